// Loads the gazetteer that ships with the package: every ./data/*.yaml next to this module
// (the build copies them into dist/gazetteer/data/), validated once against the zod schema.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type { Entity } from "./schema.js";
import { gazetteerSchemas } from "./validate.js";
import { withDerivedCountryNames } from "./derive.js";

export type { Entity } from "./schema.js";

export interface Gazetteer {
  entities: Entity[];
  byId: Map<string, Entity>;
}

let cached: Gazetteer | null = null;

// The YAML parser is needed only for the source tree's files (tests, tsx): the shipped JSON is
// read without it, so a command's start-up does not load it. A CommonJS package: require() gives
// the instance an import would.
const require = createRequire(import.meta.url);
const parseYaml = (raw: string): unknown => (require("yaml") as typeof import("yaml")).parse(raw, { uniqueKeys: true, prettyErrors: true });

/** The directory holding the data files. */
export const DATA_DIR = new URL("./data/", import.meta.url);

/** Loads, validates and indexes all data files (cached after the first call). Throws an Error naming the file and the problem. */
export function loadGazetteer(): Gazetteer {
  if (cached) return cached;
  // The build ships each data file as JSON (fast to parse); the source tree has the YAML.
  const all = readdirSync(fileURLToPath(DATA_DIR));
  const json = all.filter((f) => f.endsWith(".json"));
  const files = (json.length ? json : all.filter((f) => /\.ya?ml$/.test(f))).sort();
  if (!files.length) throw new Error(`gazetteer: no data files in ${fileURLToPath(DATA_DIR)}`);
  const entities: Entity[] = [];
  const byId = new Map<string, Entity>();
  const fileOf = new Map<string, string>();
  for (const file of files) {
    // The shipped JSON already holds the derived country names (the build merged them); YAML gets them here.
    const list = file.endsWith(".json") ? loadFile(file) : withDerivedCountryNames(loadFile(file));
    for (const e of list) {
      const prev = fileOf.get(e.id);
      if (prev) throw new Error(`gazetteer: ${file}: duplicate id "${e.id}" (already defined in ${prev})`);
      fileOf.set(e.id, file);
      byId.set(e.id, e);
      entities.push(e);
    }
  }
  cached = { entities, byId };
  return cached;
}

/** Parses and validates one data file (a YAML list of entities). Exported for tests. */
export function loadFile(file: string): Entity[] {
  const url = new URL(file, DATA_DIR);
  let doc: unknown;
  try {
    const raw = readFileSync(url, "utf8");
    doc = file.endsWith(".json") ? JSON.parse(raw) : parseYaml(raw);
  } catch (err) {
    throw new Error(`gazetteer: ${file}: invalid ${file.endsWith(".json") ? "JSON" : "YAML"}: ${(err as Error).message}`);
  }
  if (!Array.isArray(doc)) throw new Error(`gazetteer: ${file}: must be a YAML list of entities`);
  // The JSON in dist/ is written by the build from YAML it has validated (scripts/copy-assets.mjs):
  // it is trusted, so a start-up does not pay for validating 700 entities again.
  if (file.endsWith(".json")) return doc as Entity[];
  return doc.map((item: unknown, i: number) => {
    const r = gazetteerSchemas().EntitySchema.safeParse(item);
    if (!r.success) {
      const id = item && typeof item === "object" && "id" in item ? String((item as { id: unknown }).id) : "?";
      const problems = r.error.issues.map((x) => `${x.path.join(".") || "(entity)"}: ${x.message}`).join("; ");
      throw new Error(`gazetteer: ${file}: entry ${i + 1} (${id}): ${problems}`);
    }
    const e: Entity = r.data;
    const prefix = e.id.slice(0, e.id.indexOf(":"));
    const want = e.type === "institution" ? "inst" : e.type;
    if (prefix !== want) throw new Error(`gazetteer: ${file}: entry ${i + 1} (${e.id}): id prefix "${prefix}" does not match type "${e.type}"`);
    return e;
  });
}
