#!/usr/bin/env node
// Turns a corpus folder laid out as raw/<id>.txt + gold/<id>.json (../shared/corpus/dev, …/news)
// into NDJSON for `claimtrace ingest`, carrying each article's language, publication date, URL and
// outlet from its gold file: the measuring runs of the compare stage need the articles' dates.
// Usage: node scripts/corpus-ndjson.mjs DIR... > corpus.ndjson
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join, basename } from "node:path";

for (const dir of process.argv.slice(2)) {
  for (const f of readdirSync(join(dir, "raw")).filter((n) => n.endsWith(".txt")).sort()) {
    const id = basename(f, ".txt");
    const goldPath = join(dir, "gold", `${id}.json`);
    const gold = existsSync(goldPath) ? JSON.parse(readFileSync(goldPath, "utf8")) : {};
    const text = readFileSync(join(dir, "raw", f), "utf8");
    const line = { text, title: id, lang: gold.lang ?? undefined, published: gold.published ?? undefined, url: gold.url ?? gold.source_url ?? undefined };
    process.stdout.write(JSON.stringify(line) + "\n");
  }
}
