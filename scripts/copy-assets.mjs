// Copies non-TypeScript assets (language-pack corpora, gazetteer data, web dashboard files) into dist/
// so the built package is self-contained: nothing is downloaded at run time.
import { cpSync, existsSync, readdirSync, statSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
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
if (existsSync("src")) for (const file of walk("src")) {
  const out = join("dist", file.slice(4));
  // Gazetteer data ships as JSON as well: parsing JSON at start-up is many times faster than YAML.
  if (file.startsWith(join("src", "gazetteer", "data")) && /\.ya?ml$/.test(file)) {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out.replace(/\.ya?ml$/, ".json"), JSON.stringify(parse(readFileSync(file, "utf8"))));
    continue;
  }
  cpSync(file, out, { recursive: true });
}
