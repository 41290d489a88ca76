// Speed against peers, per language, and at scale (issue #11), in one process:
//  1. the same ~1,000-word English article (samples/02-en.txt) through Recognizers-Text's English
//     NumberModel, compromise (numbers + quotations), chrono-node (dates), a bare Intl.Segmenter
//     sentence split, one digit regex, and claimtrace's whole extraction (extractText); tinybench,
//     median latency after warm-up, with the ratios the issue sets targets for;
//  2. claimtrace's ms per article for every registered language (its samples/ text, else its
//     pack's corpus sentences joined into ~1,000 words);
//  3. ms per 1,000 words from 1,000 to 1,000,000 words (articles joined with newlines), which must
//     stay flat (linear passes), and the peak RSS of the 1,000,000-word run (measured in a child
//     process so the earlier runs do not count).
//   npm run bench compare        (BENCH_QUICK=1 for shorter runs)
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Bench } from "tinybench";
import { parse as parseYaml } from "yaml";
import { extractText } from "../src/index.js";
import { LANGS } from "../src/lang/index.js";
import type { Lang } from "../src/types.js";

const root = new URL("../", import.meta.url);
const samplesDir = new URL("samples/", root);
const words = (t: string) => t.split(/\s+/).filter(Boolean).length;
const quick = !!process.env.BENCH_QUICK;

/** A ~1,000-word text of a language: its .txt sample, else its claim corpus sentences joined. */
function articleFor(lang: Lang): { text: string; from: string } {
  const sample = readdirSync(samplesDir).find((f) => f.endsWith(`-${lang}.txt`));
  if (sample) return { text: readFileSync(new URL(sample, samplesDir), "utf8"), from: `samples/${sample}` };
  const path = new URL(`src/lang/${lang}/corpus/claims.yaml`, root);
  if (!existsSync(path)) return { text: "", from: "none" };
  const sentences = (parseYaml(readFileSync(path, "utf8")) as Array<{ text: string }>).map((e) => e.text);
  const parts: string[] = [];
  for (let n = 0, i = 0; n < 1000 && sentences.length; i++) {
    const s = sentences[i % sentences.length]!;
    parts.push(s);
    n += words(s);
  }
  return { text: parts.join("\n\n"), from: `src/lang/${lang}/corpus/claims.yaml (${sentences.length} sentences)` };
}

/** n words of English news: the English sample repeated, articles separated by a newline. */
function scaled(base: string, n: number): string {
  const per = words(base);
  const copies = Math.max(1, Math.round(n / per));
  return Array.from({ length: copies }, () => base).join("\n");
}

// Child mode: one extraction of N words, then the peak RSS (used for the 1,000,000-word figure).
if (process.env.CLAIMTRACE_BENCH_RSS) {
  const text = scaled(articleFor("en").text, Number(process.env.CLAIMTRACE_BENCH_RSS));
  const t0 = performance.now();
  const r = extractText(text, { lang: "en" });
  const ms = performance.now() - t0;
  console.log(JSON.stringify({ ms, words: words(text), claims: r.claims.length, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
  process.exit(0);
}

const en = articleFor("en");
const enWords = words(en.text);

// ---- 1. peers on the same English article ----
{
  const { NumberRecognizer, Culture } = await import("@microsoft/recognizers-text-number");
  const nlp = (await import("compromise")).default;
  const chrono = await import("chrono-node");
  const numberModel = new NumberRecognizer(Culture.English).getNumberModel();
  const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
  const digits = /\d[\d.,]*/g;
  let sink = 0;
  const tasks: Array<[string, () => void]> = [
    ["one digit regex", () => { sink += (en.text.match(digits) ?? []).length; }],
    ["Intl.Segmenter sentences", () => { for (const _ of segmenter.segment(en.text)) sink++; }],
    ["chrono-node (dates)", () => { sink += chrono.parse(en.text).length; }],
    ["claimtrace extractText", () => { sink += extractText(en.text, { lang: "en" }).claims.length; }],
    ["Recognizers-Text NumberModel (en)", () => { sink += numberModel.parse(en.text).length; }],
    ["compromise numbers + quotations", () => { const d = nlp(en.text); sink += d.numbers().json().length + d.quotations().json().length; }],
  ];
  const bench = new Bench({ time: quick ? 300 : 2000, warmupTime: quick ? 100 : 500, iterations: 10, warmupIterations: 5 });
  // Lazy tables (gazetteer, lexicons) build on the first calls: warm every peer well before timing.
  for (const [, fn] of tasks) for (let i = 0; i < 20; i++) fn();
  for (const [name, fn] of tasks) bench.add(name, fn);
  await bench.run();
  const p50 = new Map<string, number>();
  console.log(`peers: ${en.from} (${enWords} words, English), median ms per article (tinybench, after warm-up)`);
  for (const t of bench.tasks) {
    const r = t.result as { latency?: { p50: number }; samples?: unknown };
    const ms = r.latency?.p50 ?? NaN;
    p50.set(t.name, ms);
    console.log(`  ${t.name.padEnd(36)} ${ms.toFixed(3).padStart(9)} ms   (${(t.result as { latency?: { samplesCount?: number } }).latency?.samplesCount ?? "?"} runs)`);
  }
  const ct = p50.get("claimtrace extractText")!;
  const rec = p50.get("Recognizers-Text NumberModel (en)")!;
  const seg = p50.get("Intl.Segmenter sentences")!;
  console.log(`  claimtrace vs Recognizers-Text: ${(rec / ct).toFixed(1)}x faster (target >= 7x) ${rec / ct >= 7 ? "ok" : "MISSED"}`);
  console.log(`  claimtrace vs Intl.Segmenter: ${(ct / seg).toFixed(1)}x slower (target <= 5x) ${ct / seg <= 5 ? "ok" : "MISSED"}`);
  if (sink < 0) console.log(sink); // keeps the work observable
}

// ---- 2. every registered language ----
{
  console.log("\nper language: claimtrace extractText, median ms per article after warm-up");
  const bench = new Bench({ time: quick ? 300 : 1500, warmupTime: quick ? 100 : 300, iterations: 10 });
  const meta = new Map<string, string>();
  for (const lang of LANGS) {
    const a = articleFor(lang);
    if (!a.text) { console.log(`  ${lang}: no sample and no corpus`); continue; }
    meta.set(lang, `${String(words(a.text)).padStart(5)} words  ${a.from}`);
    bench.add(lang, () => { extractText(a.text, { lang }); });
  }
  await bench.run();
  for (const t of bench.tasks) {
    const ms = (t.result as { latency?: { p50: number } }).latency?.p50 ?? NaN;
    console.log(`  ${t.name.padEnd(3)} ${ms.toFixed(2).padStart(8)} ms   ${meta.get(t.name)}`);
  }
}

// ---- 3. scaling ----
{
  console.log("\nscaling: English articles joined with newlines, ms per 1,000 words (median of runs after one warm-up)");
  const sizes = quick ? [1_000, 10_000, 100_000] : [1_000, 10_000, 100_000, 1_000_000];
  const per: number[] = [];
  for (const n of sizes) {
    const text = scaled(en.text, n);
    const w = words(text);
    const runs = n >= 1_000_000 ? 2 : n >= 100_000 ? 3 : 9;
    extractText(text, { lang: "en" });
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      extractText(text, { lang: "en" });
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const med = times[Math.floor(times.length / 2)]!;
    per.push(med / w * 1000);
    console.log(`  ${String(w).padStart(9)} words  ${med.toFixed(1).padStart(9)} ms total  ${(med / w * 1000).toFixed(2).padStart(6)} ms / 1,000 words  (${runs} runs)`);
  }
  const spread = Math.max(...per) / Math.min(...per);
  console.log(`  spread (slowest / fastest per 1,000 words): ${spread.toFixed(2)}x (target <= 1.5x) ${spread <= 1.5 ? "ok" : "MISSED"}`);
  const n = sizes[sizes.length - 1]!;
  const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url)], { env: { ...process.env, CLAIMTRACE_BENCH_RSS: String(n) }, encoding: "utf8" });
  if (child.status === 0) {
    const r = JSON.parse(child.stdout.trim().split("\n").pop()!) as { ms: number; words: number; claims: number; maxRssMB: number };
    console.log(`  peak RSS of one ${r.words.toLocaleString("en-US")}-word extraction (fresh process): ${r.maxRssMB.toFixed(0)} MB; ${r.claims} claims in ${r.ms.toFixed(0)} ms`);
  } else console.log(`  peak RSS run failed: ${child.stderr.trim().split("\n").slice(-3).join(" | ")}`);
}
