// Extraction throughput: the dev articles (about 1,000 words each) end to end through
// extractText (ingest + segment + numbers + mentions + attribution + claims), after warm-up.
// Reports ms per article and words per second for each language.
import { readFileSync, readdirSync } from "node:fs";
import type { Lang } from "../src/types.js";
import { fromDist } from "./support/built.js";
const { extractText } = await fromDist<typeof import("../src/index.js")>("index.js");

const dir = new URL("../../shared/corpus/dev/raw/", import.meta.url);
const LANG_OF: Record<string, Lang> = { bn: "bn", en: "en", vi: "vi", ru: "ru" };
const files = readdirSync(dir).filter((f) => f.endsWith(".txt"));
const ROUNDS = 300;

{
  console.log("extract: ms per article, end to end (text -> claims), median of rounds after warm-up");
  for (const f of files) {
    const text = readFileSync(new URL(f, dir), "utf8");
    const lang = LANG_OF[f.slice(3, 5)];
    const words = text.split(/\s+/).filter(Boolean).length;
    for (let i = 0; i < 50; i++) extractText(text, { lang });
    const times: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const t0 = process.hrtime.bigint();
      extractText(text, { lang });
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    times.sort((a, b) => a - b);
    const p50 = times[Math.floor(times.length / 2)]!, p99 = times[Math.floor(times.length * 0.99)]!;
    console.log(`  ${f.padEnd(10)} ${String(words).padStart(5)} words  p50 ${p50.toFixed(2)} ms  p99 ${p99.toFixed(2)} ms  ${(words / p50 * 1000 / 1e6).toFixed(2)} M words/s`);
  }
}

