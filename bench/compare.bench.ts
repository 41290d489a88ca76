// Speed against peers, per language, and at scale (issue #11), in one process:
//  1. the same ~1,000-word English article (samples/02-en.txt) through Recognizers-Text's English
//     NumberModel, compromise (numbers + quotations), chrono-node (dates), a bare Intl.Segmenter
//     sentence split, one digit regex, and claimtrace's whole extraction (extractText), with the
//     ratios the issue sets targets for;
//  2. claimtrace's ms per article for every registered language (its samples/ text, else its
//     pack's corpus sentences joined into ~1,000 words);
//  3. ms per 1,000 words from 1,000 to 1,000,000 words (articles joined with newlines), which must
//     stay flat (linear passes), and the peak RSS of the 1,000,000-word run (measured in a child
//     process so the earlier runs do not count).
// Times are CPU time of this process (process.cpuUsage: user + system), the median over rounds of
// batches at steady state (every task of a table is first warmed up, round-robin, for at least a
// second of CPU and 50 calls: a figure taken after a handful of calls measures the JIT, not the
// code); the tasks of a table run round-robin, one batch each per round, so that a machine
// shared with other work slows every task alike and the ratios stay fair. Wall time is printed
// beside it; on a loaded machine (load average printed first) both are upper bounds.
//   npm run bench compare        (BENCH_QUICK=1 for shorter runs)
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadavg, cpus } from "node:os";
import { parse as parseYaml } from "yaml";
import type { Lang } from "../src/types.js";
import { fromDist } from "./support/built.js";
const { extractText } = await fromDist<typeof import("../src/index.js")>("index.js");
const { LANGS } = await fromDist<typeof import("../src/lang/index.js")>("lang/index.js");

const root = new URL("../", import.meta.url);
const samplesDir = new URL("samples/", root);
const words = (t: string) => t.split(/\s+/).filter(Boolean).length;
const quick = !!process.env.BENCH_QUICK;

const cpuMs = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
const median = (xs: number[]) => { const v = [...xs].sort((a, b) => a - b); return v[Math.floor(v.length / 2)]!; };

/** `runs`: timed calls; `warm`: warm-up calls before them. */
interface Timing { cpu: number; wall: number; runs: number; warm: number }

/**
 * Median CPU and wall ms per call of each task, at steady state. First a warm-up, round-robin like
 * the timing (tasks that share code, such as one engine over nine language packs, settle with
 * every caller's shapes seen): passes of about `batchMs` per task until every task has run for at
 * least `warmMs` of CPU and at least WARM_RUNS calls (lazy tables are built on the first calls, the
 * JIT optimises only after many), bounded by 4 x `warmMs` for very slow tasks. Then batches of
 * enough calls for about `batchMs` of CPU (sized from the last warm-up pass), round-robin over the
 * tasks until `rounds` are done.
 */
const WARM_RUNS = 50;
function timeTasks(tasks: Array<[string, () => void]>, rounds: number, batchMs: number, warmMs: number): Map<string, Timing> {
  const spent = new Map<string, number>(tasks.map(([n]) => [n, 0])), calls = new Map<string, number>(tasks.map(([n]) => [n, 0]));
  const size = new Map<string, number>();
  const warm = (name: string) => (spent.get(name)! >= warmMs && calls.get(name)! >= WARM_RUNS) || spent.get(name)! >= 4 * warmMs;
  while (tasks.some(([name]) => !warm(name))) {
    for (const [name, fn] of tasks) {
      const t0 = cpuMs();
      let n = 0;
      do { fn(); n++; } while (cpuMs() - t0 < batchMs);
      const took = cpuMs() - t0;
      spent.set(name, spent.get(name)! + took);
      calls.set(name, calls.get(name)! + n);
      size.set(name, Math.max(1, Math.round(n * batchMs / Math.max(took, 0.001))));
    }
  }
  const cpu = new Map<string, number[]>(tasks.map(([n]) => [n, []])), wall = new Map<string, number[]>(tasks.map(([n]) => [n, []]));
  for (let r = 0; r < rounds; r++) {
    for (const [name, fn] of tasks) {
      const k = size.get(name)!;
      const c0 = cpuMs(), w0 = performance.now();
      for (let i = 0; i < k; i++) fn();
      cpu.get(name)!.push((cpuMs() - c0) / k);
      wall.get(name)!.push((performance.now() - w0) / k);
    }
  }
  return new Map(tasks.map(([n]) => [n, { cpu: median(cpu.get(n)!), wall: median(wall.get(n)!), runs: rounds * size.get(n)!, warm: calls.get(n)! }]));
}

console.log(`machine: ${cpus().length} CPUs, load average ${loadavg().map((x) => x.toFixed(1)).join(" ")} (1, 5, 15 min); node ${process.version}`);

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
  const times = timeTasks(tasks, quick ? 7 : 21, quick ? 50 : 100, quick ? 1000 : 3000);
  console.log(`peers: ${en.from} (${enWords} words, English), median ms per article after warm-up`);
  console.log(`  ${"".padEnd(36)} ${"CPU ms".padStart(9)} ${"wall ms".padStart(9)}   ${"x claimtrace".padStart(12)}`);
  const ct = times.get("claimtrace extractText")!.cpu;
  for (const [name] of tasks) {
    const t = times.get(name)!;
    console.log(`  ${name.padEnd(36)} ${t.cpu.toFixed(3).padStart(9)} ${t.wall.toFixed(3).padStart(9)}   ${(t.cpu / ct).toFixed(2).padStart(11)}x  (${t.runs} runs after ${t.warm} warm-up)`);
  }
  const rec = times.get("Recognizers-Text NumberModel (en)")!.cpu;
  const seg = times.get("Intl.Segmenter sentences")!.cpu;
  console.log(`  claimtrace vs Recognizers-Text: ${(rec / ct).toFixed(1)}x faster (target >= 7x) ${rec / ct >= 7 ? "ok" : "MISSED"}`);
  console.log(`  claimtrace vs Intl.Segmenter: ${(ct / seg).toFixed(1)}x slower (target <= 5x) ${ct / seg <= 5 ? "ok" : "MISSED"}`);
  if (sink < 0) console.log(sink); // keeps the work observable
}

// ---- 2. every registered language ----
{
  console.log("\nper language: claimtrace extractText, median ms per article after warm-up (CPU; wall in brackets)");
  const tasks: Array<[string, () => void]> = [];
  const meta = new Map<string, { words: number; from: string }>();
  for (const lang of LANGS) {
    const a = articleFor(lang);
    if (!a.text) { console.log(`  ${lang}: no sample and no corpus`); continue; }
    meta.set(lang, { words: words(a.text), from: a.from });
    tasks.push([lang, () => { extractText(a.text, { lang }); }]);
  }
  const times = timeTasks(tasks, quick ? 7 : 15, quick ? 50 : 100, quick ? 1000 : 2000);
  for (const [lang] of tasks) {
    const t = times.get(lang)!, m = meta.get(lang)!;
    console.log(`  ${lang.padEnd(3)} ${t.cpu.toFixed(2).padStart(7)} ms (${t.wall.toFixed(2).padStart(6)})  ${String(m.words).padStart(5)} words  ${(t.cpu / m.words * 1000).toFixed(2).padStart(5)} ms / 1,000 words  ${m.from}  (${t.runs} runs after ${t.warm} warm-up)`);
  }
}

// ---- 3. scaling ----
{
  console.log("\nscaling: English articles joined with newlines, CPU ms per 1,000 words (median of runs after one warm-up)");
  const sizes = quick ? [1_000, 10_000, 100_000] : [1_000, 10_000, 100_000, 1_000_000];
  const per: number[] = [];
  for (const n of sizes) {
    const text = scaled(en.text, n);
    const w = words(text);
    // The same number of words per size (about 2,000,000; at least 3 runs), so each figure is a
    // median over a comparable stretch of a loaded machine's time.
    const runs = Math.max(3, Math.round(2_000_000 / w));
    extractText(text, { lang: "en" });
    const cpu: number[] = [], wall: number[] = [];
    for (let i = 0; i < runs; i++) {
      const c0 = cpuMs(), t0 = performance.now();
      extractText(text, { lang: "en" });
      cpu.push(cpuMs() - c0);
      wall.push(performance.now() - t0);
    }
    const med = median(cpu), medWall = median(wall);
    per.push(med / w * 1000);
    console.log(`  ${String(w).padStart(9)} words  ${med.toFixed(1).padStart(9)} ms CPU (${medWall.toFixed(1).padStart(9)} wall)  ${(med / w * 1000).toFixed(2).padStart(6)} ms / 1,000 words  (${runs} runs)`);
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
