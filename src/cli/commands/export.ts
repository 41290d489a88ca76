// `claimtrace export`: a selection of claims as CSV, NDJSON or schema.org ClaimReview JSON-LD.
import type { Command } from "commander";
import { CliError, EXIT } from "../errors.js";
import { DEFAULT_REVIEWER, EXPORT_FORMATS, type ExportFormat, type Reviewer } from "../../server/defaults.js";
import type { ClaimFilter } from "../../store/types.js";
import { parseDate, printWarnings } from "../options.js";

interface Opts { db?: string; format: string; limit?: string; bom?: boolean; reviewer?: string; reviewUrl?: string; [k: string]: string | boolean | undefined }

const FILTERS = ["claimant", "via", "item", "role", "kind", "stance", "lang", "place", "from", "to", "q"] as const;
const FILTER_ARG: Record<(typeof FILTERS)[number], string> = {
  claimant: "name|id", via: "name|id", item: "item", role: "role", kind: "kind", stance: "stance", lang: "code",
  place: "name|id", from: "YYYY-MM-DD", to: "YYYY-MM-DD", q: "words",
};
/** The same filters as `claimtrace claims`, described as there. */
const FILTER_HELP: Record<(typeof FILTERS)[number], string> = {
  claimant: "who claims it: any part of a name, any case, any language (zelensky, зеленский), or an id",
  via: "the outlet it came through (reuters, TASS, outlet:yonhap)",
  item: "a quantity counting this item, in any language's word (uav, drone, troops; see claimtrace vocabulary)",
  role: "a quantity with this role (launched, destroyed, shot down, ...)",
  kind: "event type (air_attack, interception, strike, casualties, deployment, ...)",
  stance: "assert, deny, question or forecast",
  lang: "article language (see claimtrace vocabulary)",
  place: "location: any part of a name, any language, or an id",
  from: "claim date (else the publication date) on or after",
  to: "claim date (else the publication date) on or before",
  q: "free text: every word (or word start) in the evidence, claimant, via or place",
};

export function registerExport(program: Command): void {
  const cmd = program
    .command("export")
    .description("write a selection of claims as CSV (one row per claim; csv-numbers: one row per number), NDJSON or ClaimReview JSON-LD")
    .option("--db <path|url>", "store: SQLite file path or postgres:// URL (default $CLAIMTRACE_DB or ./claimtrace.db)")
    .option("--format <fmt>", `output format: ${EXPORT_FORMATS.join(", ")}`, "ndjson")
    .option("--limit <n>", "at most this many claims")
    .option("--bom", "with a CSV format: start with a UTF-8 byte order mark (for spreadsheets)")
    .option("--reviewer <name>", "jsonld: the organisation publishing the reviews (default: claimtrace)")
    .option("--review-url <url>", "jsonld: the reviewing organisation's URL; each review links to <url>#claim-<id>");
  for (const f of FILTERS) cmd.option(`--${f} <${FILTER_ARG[f]}>`, FILTER_HELP[f]);
  cmd.action(async (opts: Opts) => {
    if (opts.bom && !opts.format.startsWith("csv")) throw new CliError(`--bom: only with --format csv or csv-numbers`, EXIT.usage);
    // The query vocabulary (and the gazetteer behind it) loads here, not at start-up.
    const [{ openStoreForCli }, { claimReview, csvHeader, csvRows, ndjsonLine, standingsByClaim }, { toClaimFilter, BadRequest }, { buildMeasures }, { loadClaimsForMeasures }, { claimQueryWarnings }] = await Promise.all([
      import("../../server/open-store.js"), import("../../server/exporters.js"), import("../../server/params.js"), import("../../compare/measures.js"), import("../../compare/from-store.js"),
      import("../../query/warnings.js"),
    ]);
    if (!(EXPORT_FORMATS as string[]).includes(opts.format)) throw new CliError(`--format ${opts.format}: choose one of ${EXPORT_FORMATS.join(", ")}`, EXIT.usage);
    const format = opts.format as ExportFormat;
    const limit = opts.limit === undefined ? Infinity : Number(opts.limit);
    if (!(limit > 0) || (limit !== Infinity && !Number.isInteger(limit))) throw new CliError(`--limit ${opts.limit}: expected a positive whole number`, EXIT.usage);
    // Dates checked as in `claimtrace claims`, with the same message naming the option.
    parseDate(opts.from as string | undefined, "--from");
    parseDate(opts.to as string | undefined, "--to");
    let filter: ClaimFilter;
    try {
      filter = toClaimFilter(Object.fromEntries(FILTERS.filter((f) => opts[f] !== undefined).map((f) => [f, String(opts[f])])));
    } catch (e) {
      throw new CliError(`--${e instanceof BadRequest ? e.message : String(e)}`, EXIT.usage);
    }
    if (opts.reviewUrl !== undefined && !/^https?:\/\/[^\s]+$/.test(opts.reviewUrl)) throw new CliError(`--review-url ${opts.reviewUrl}: expected an http(s) URL`, EXIT.usage);
    if (opts.reviewer !== undefined && opts.reviewer.trim() === "") throw new CliError("--reviewer: expected a name", EXIT.usage);
    const reviewer: Reviewer = { name: opts.reviewer?.trim() ?? DEFAULT_REVIEWER.name, url: opts.reviewUrl ?? null };
    const store = await openStoreForCli(opts.db);
    try {
      // ClaimReview rates each claim against what other sources say: measures over the whole store.
      const standings = format === "jsonld" ? standingsByClaim(buildMeasures(await loadClaimsForMeasures(store))) : null;
      const out = process.stdout;
      if (format === "csv" || format === "csv-numbers") out.write(csvHeader(format, !!opts.bom));
      if (format === "jsonld") out.write("[\n");
      let n = 0;
      for (let offset = 0; n < limit; offset += 1000) {
        const { rows } = await store.listClaims(filter, { limit: Math.min(1000, limit - n), offset, countUpTo: 0 });
        for (const c of rows) {
          const line = format === "csv" || format === "csv-numbers" ? csvRows(c, format) : format === "ndjson" ? ndjsonLine(c)
            : (n ? ",\n" : "") + JSON.stringify(claimReview(c, standings!.get(String(c.id)), reviewer.url?.replace(/\/+$/, "") ?? null, reviewer), null, 1);
          if (!out.write(line)) await new Promise((r) => out.once("drain", r));
          n++;
        }
        if (rows.length < 1000) break;
      }
      if (format === "jsonld") out.write("\n]\n");
      printWarnings(await claimQueryWarnings(store, filter, n));
      process.stderr.write(`claimtrace: exported ${n} claims as ${format}\n`);
    } finally {
      await store.close();
    }
  });
}
