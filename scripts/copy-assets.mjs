// Copies non-TypeScript assets (language-pack corpora, gazetteer data, web dashboard files) into dist/
// so the built package is self-contained: nothing is downloaded at run time.
import { cpSync, existsSync, readdirSync, statSync } from "node:fs";
import { join, extname } from "node:path";

const ASSET_EXT = new Set([".json", ".yaml", ".yml", ".html", ".css", ".js", ".svg", ".sql", ".txt"]);
function walk(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (ASSET_EXT.has(extname(name)) && !name.endsWith(".ts")) out.push(p);
  }
  return out;
}
if (existsSync("src")) for (const file of walk("src")) cpSync(file, join("dist", file.slice(4)), { recursive: true });
