// Copies non-TypeScript assets (language-pack corpora, gazetteer data, web dashboard files) into dist/
// so the built package is self-contained: nothing is downloaded at run time.
import { cpSync, existsSync, readdirSync, statSync, readFileSync, writeFileSync, mkdirSync, rmSync } from "node:fs";
import { join, extname, dirname } from "node:path";
import { parse } from "yaml";

const ASSET_EXT = new Set([".json", ".yaml", ".yml", ".html", ".css", ".js", ".svg", ".sql", ".txt"]);
function walk(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (ASSET_EXT.has(extname(name)) && !name.endsWith(".ts")) out.push(p);
  }
  return out;
}
// The gazetteer is validated here, once, with the schema the build just compiled; the JSON it
// ships is then trusted at start-up. Invalid data fails the build with the file and the problem.
let validate = null;
let derive = (list) => list;
try {
  const { EntitySchema } = (await import(new URL("../dist/gazetteer/validate.js", import.meta.url).href)).gazetteerSchemas();
  // Country names in every registered language are derived from i18n-iso-countries here, at build time.
  ({ withDerivedCountryNames: derive } = await import(new URL("../dist/gazetteer/derive.js", import.meta.url).href));
  validate = (file, list) => list.forEach((e, i) => {
    const r = EntitySchema.safeParse(e);
    if (!r.success) throw new Error(`gazetteer: ${file}: entry ${i + 1} (${e?.id ?? "?"}): ${r.error.issues.map((x) => `${x.path.join(".")}: ${x.message}`).join("; ")}`);
  });
} catch (e) {
  if (!(e && e.code === "ERR_MODULE_NOT_FOUND")) throw e;
}
if (existsSync("src")) for (const file of walk("src")) {
  const out = join("dist", file.slice(4));
  // Gazetteer data ships as JSON as well: parsing JSON at start-up is many times faster than YAML.
  if (file.startsWith(join("src", "gazetteer", "data")) && /\.ya?ml$/.test(file)) {
    mkdirSync(dirname(out), { recursive: true });
    const data = parse(readFileSync(file, "utf8"));
    if (!Array.isArray(data)) throw new Error(`gazetteer: ${file}: must be a YAML list of entities`);
    if (!validate) throw new Error("gazetteer: build dist/gazetteer/validate.js first (tsc) so the data can be validated");
    validate(file, data);
    writeFileSync(out.replace(/\.ya?ml$/, ".json"), JSON.stringify(derive(data)));
    continue;
  }
  cpSync(file, out, { recursive: true });
}
// The gazetteer's trie of each shipped pack, built here from the data just written and shipped
// as data (dist/engine/gaz-tries/<code>.bin): a start-up reads it instead of tokenising and
// inflecting every alias (see src/engine/gaztrie.ts). Needs the compiled engine (tsc first).
if (existsSync("dist/engine/gaztrie.js")) {
  const { saveGazTrie, encodeGazTrie } = await import(new URL("../dist/engine/gaztrie.js", import.meta.url).href);
  const { LANGS, loadPack } = await import(new URL("../dist/lang/registry.js", import.meta.url).href);
  // Made afresh: a file of an earlier format or of a pack since removed must not be left to load.
  rmSync(join("dist", "engine", "gaz-tries"), { recursive: true, force: true });
  mkdirSync(join("dist", "engine", "gaz-tries"), { recursive: true });
  for (const code of LANGS) writeFileSync(join("dist", "engine", "gaz-tries", `${code}.bin`), encodeGazTrie(saveGazTrie(await loadPack(code))));
}

// A pack's phrase sets with case forms, built here and shipped (dist/engine/phrase-sets/, see
// phraseSet in src/engine/phrases.ts): the extraction of each pack's corpus and the samples builds
// every set a pack's stages make, and each is written once, named by a hash of its phrases and
// inflection.
if (existsSync("dist/engine/phrases.js")) {
  const { recordPhraseSets } = await import(new URL("../dist/engine/phrases.js", import.meta.url).href);
  const sets = recordPhraseSets();
  const { extractText } = await import(new URL("../dist/index.js", import.meta.url).href);
  const { LANGS } = await import(new URL("../dist/lang/registry.js", import.meta.url).href);
  for (const code of LANGS) {
    const corpus = join("src", "lang", code, "corpus", "claims.yaml");
    const texts = existsSync(corpus) ? parse(readFileSync(corpus, "utf8")).map((e) => e.text) : [];
    for (const t of texts) extractText(t, { lang: code });
  }
  const dir = join("dist", "engine", "phrase-sets");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [name, bytes] of sets.files()) writeFileSync(join(dir, name), bytes);
}
