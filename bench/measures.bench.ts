// Measures at scale: the first build (or its replacement) and the measures list and detail,
// p50/p99 through app.request(), on a store filled through putArticles in batches of 500 (the
// same generator as api.bench.ts). BENCH_DB (SQLite path) / BENCH_PG (database URL) keep the
// filled store between runs; without either, a SQLite store in a temporary folder is filled and removed; CPU time of the first build is reported next to wall time, since
// wall time on a shared machine is only an upper bound.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Store } from "../src/store/types.js";
import { article, pct, pick, reseed, rnd, PER_ARTICLE, FIGS, PLACES } from "./support/generate.js";
import { fromDist } from "./support/built.js";
const { openStore } = await fromDist<typeof import("../src/store/index.js")>("store/index.js");
const { createApp } = await fromDist<typeof import("../src/server/app.js")>("server/app.js");

const CLAIMS = Number(process.env.BENCH_CLAIMS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const BUDGET_MS = Number(process.env.BENCH_BUDGET_MS ?? 15_000);
// `npm run bench` runs every bench with no settings: a store is then made for this run only.
const tmp = process.env.BENCH_PG ?? process.env.BENCH_DB ? null : mkdtempSync(join(tmpdir(), "claimtrace-measuresbench-"));
const SPEC = process.env.BENCH_PG ?? process.env.BENCH_DB ?? join(tmp!, "bench.db");

/** Fills through putArticles, 500 articles per call (one transaction each): fast enough for 1M claims. */
async function fill(store: Store, from: number): Promise<number> {
  reseed();
  const t0 = performance.now();
  const n = CLAIMS / PER_ARTICLE;
  for (let i = 0; i < n; i += 500) {
    const batch = [];
    for (let k = i; k < Math.min(n, i + 500); k++) batch.push(article(k)); // always generated: the generator's state advances
    if (i + 500 > from) await store.putArticles(batch);
    if (i % 20_000 === 0) process.stderr.write(`  filled ${i * PER_ARTICLE} claims\n`);
  }
  return performance.now() - t0;
}


const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };

const t0 = performance.now(), c0 = cpu();
const store = await openStore(SPEC);
process.stdout.write(`open+migrate: ${((performance.now() - t0) / 1000).toFixed(1)} s wall, ${((cpu() - c0) / 1000).toFixed(1)} s CPU\n`);
try {
  const have = (await store.stats()).claims;
  if (have < CLAIMS) {
    const ms = await fill(store, have / PER_ARTICLE);
    process.stdout.write(`filled in ${(ms / 1000).toFixed(1)} s\n`);
  }
  const stats = await store.stats();
  process.stdout.write(`${store.backend}: ${stats.claims} claims, ${stats.articles} articles, ${stats.quantities} quantities\n`);
  if (process.env.BENCH_FILL_ONLY) process.exit(0);
  const app = createApp({ store, token: "bench-token-0123456789abcdef", measureTtlMs: 60_000 });
  const get = async (path: string) => {
    const r = await app.request(path);
    if (r.status !== 200) throw new Error(`${path}: HTTP ${r.status} ${await r.text()}`);
    return path.includes("limit=") ? r.json() as Promise<any> : r.arrayBuffer().then(() => null as any); // a detail is read, not parsed (as api.bench.ts)
  };
  const w0 = performance.now(), cc0 = cpu(), rss0 = process.memoryUsage().rss;
  const first = await get("/api/measures?limit=10");
  process.stdout.write(`measures, first request: ${((performance.now() - w0) / 1000).toFixed(1)} s wall, ${((cpu() - cc0) / 1000).toFixed(1)} s CPU, ` +
    `rss ${(rss0 / 2 ** 20).toFixed(0)} -> ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB, total ${first.total}${first.building ? " (building)" : ""}\n`);
  // Until every measure is built, the list is partial: wait (polling) and report how long the build took.
  if (first.building) {
    let peak = process.memoryUsage().rss;
    for (;;) {
      await new Promise((r) => setTimeout(r, 200));
      peak = Math.max(peak, process.memoryUsage().rss);
      const r = await get("/api/measures?limit=1");
      if (!r.building) { process.stdout.write(`measures built: ${((performance.now() - w0) / 1000).toFixed(1)} s wall, ${((cpu() - cc0) / 1000).toFixed(1)} s CPU (all of this process), peak rss ${(peak / 2 ** 20).toFixed(0)} MB, total ${r.total}\n`); break; }
    }
  }
  const ids: string[] = (await get("/api/measures?limit=500")).items.map((m: { id: string }) => m.id);
  const queries: Array<[string, () => string]> = [
    ["measures list", () => "/api/measures?limit=50"],
    ["measures list, contested", () => "/api/measures?limit=50&contested=1"],
    ["measures list, item+place", () => `/api/measures?limit=50&item=${pick(FIGS)[0]}&place=${pick(PLACES) ?? "kursk"}`],
    ["measures list, deep page", () => `/api/measures?limit=50&offset=${Math.floor(rnd() * 5000)}`],
    ["measure detail", () => `/api/measures/${encodeURIComponent(pick(ids))}`],
  ];
  for (const [name, path] of queries) {
    const ms: number[] = [];
    const started = performance.now();
    while (ms.length < RUNS && (ms.length < 20 || performance.now() - started < BUDGET_MS)) {
      const p = path();
      const t = performance.now();
      await get(p);
      ms.push(performance.now() - t);
    }
    process.stdout.write(`${name.padEnd(28)} runs ${String(ms.length).padStart(4)}  p50 ${pct(ms, 50).toFixed(1).padStart(7)} ms  p99 ${pct(ms, 99).toFixed(1).padStart(7)} ms\n`);
  }
} finally {
  await store.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
}
