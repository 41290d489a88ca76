// The server's and the exporters' defaults, in a module that imports nothing heavy: the CLI's declarations
// (`serve --help`, `export --help`) show them without loading the server.
export const DEFAULT_MAX_BODY = 2 * 1024 * 1024;
export const DEFAULT_EXTRACT_BUDGET_MS = 15_000;
export const DEFAULT_BODY_TIMEOUT_MS = 30_000;
import { VERSION } from "../version.js";

export type ExportFormat = "csv" | "csv-numbers" | "ndjson" | "jsonld";
export const EXPORT_FORMATS: ExportFormat[] = ["csv", "csv-numbers", "ndjson", "jsonld"];

/** Who publishes the reviews: configurable (`--reviewer`, `--review-url`), claimtrace by default. */
export interface Reviewer {
  name: string;
  url?: string | null;
  /** The reviews' datePublished (YYYY-MM-DD); today by default. */
  date?: string;
}

export const DEFAULT_REVIEWER: Reviewer = { name: `claimtrace ${VERSION}` };
