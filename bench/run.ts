// `npm run bench`: runs every bench/*.bench.ts in turn (each prints its own figures).
import { readdirSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { buildIfStale } from "./support/built.js";

const dir = new URL("./", import.meta.url);
const only = process.argv[2];
buildIfStale();
for (const f of readdirSync(dir).filter((n) => n.endsWith(".bench.ts")).sort()) {
  if (only && !f.includes(only)) continue;
  process.stdout.write(`\n== ${f}\n`);
  await import(pathToFileURL(new URL(f, dir).pathname).href);
}
