// API latency with 100,000 claims in the store (BENCH_CLAIMS=1000000 for a million): p50 and p99
// of the main queries, through app.request() (the whole hono stack, no socket), on the embedded
// store and on PostgreSQL, with this process's CPU per request and the machine's load average
// (wall time on a shared machine is an upper bound; CPU is what the store spent here).
// Bounded: a fixed number of requests per query. The store is made fresh and removed after, unless
// BENCH_KEEP names one to keep (a SQLite path and/or a PostgreSQL URL, comma-separated): a kept
// store is filled once (resumed if a fill stopped) and reused by later runs.
// BENCH_ONLY=regex runs only the queries whose name matches (the measures are built only if asked).
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import type { Store } from "../src/store/types.js";
import { article, day, pct, pick, reseed, rnd, PER_ARTICLE, CLAIMANTS, FIGS, LANGS, WORDS } from "./support/generate.js";
import { createTestDatabase, dropTestDatabase, PG_ADMIN_URL } from "../test/store.pg.js";
import pg from "pg";
import { fromDist } from "./support/built.js";
const { openStore } = await fromDist<typeof import("../src/store/index.js")>("store/index.js");
const { createApp } = await fromDist<typeof import("../src/server/app.js")>("server/app.js");

const CLAIMS = Number(process.env.BENCH_CLAIMS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const MIN_RUNS = 20;
const BUDGET_MS = Number(process.env.BENCH_BUDGET_MS ?? 15_000);
const BACKENDS = (process.env.BENCH_BACKENDS ?? "sqlite,postgres").split(",");
const KEEP = (process.env.BENCH_KEEP ?? "").split(",").filter(Boolean);
const KEEP_SQLITE = process.env.BENCH_DB ?? KEEP.find((k) => !/^postgres(ql)?:/.test(k));
const KEEP_PG = KEEP.find((k) => /^postgres(ql)?:/.test(k));
const ONLY = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY, "i") : null;
/** Articles per putArticles call: one transaction, a handful of multi-row statements. */
const BATCH = 500;

const load = () => loadavg().map((x) => x.toFixed(2)).join(" ");

/**
 * Fills the store up to CLAIMS claims in batches through putArticles. Articles are generated from
 * the start every time (the generator is deterministic), so a stopped fill resumes where the
 * store's article count says it stopped.
 */
async function fill(store: Store, have: number): Promise<{ ms: number; cpuMs: number; articles: number }> {
  reseed();
  const t0 = performance.now(), c0 = process.cpuUsage();
  const total = CLAIMS / PER_ARTICLE;
  let batch: ReturnType<typeof article>[] = [];
  for (let n = 0; n < total; n++) {
    const a = article(n);
    if (n < have) continue;
    batch.push(a);
    if (batch.length === BATCH || n === total - 1) {
      await store.putArticles(batch);
      batch = [];
      if ((n + 1) % 20_000 === 0) process.stdout.write(`  filled ${n + 1} articles, ${((performance.now() - t0) / 1000).toFixed(0)} s\n`);
    }
  }
  const c = process.cpuUsage(c0);
  return { ms: performance.now() - t0, cpuMs: (c.user + c.system) / 1000, articles: total - have };
}

async function measure(backend: string, store: Store, url?: string): Promise<void> {
  const before = await store.stats();
  if (before.claims >= CLAIMS) process.stdout.write(`${backend}: kept store, not filled\n`);
  else {
    const f = await fill(store, before.articles);
    process.stdout.write(`${backend}: filled ${f.articles} articles in ${(f.ms / 1000).toFixed(1)} s wall, ${(f.cpuMs / 1000).toFixed(1)} s CPU in this process ` +
      `(${Math.round((f.articles * PER_ARTICLE) / (f.ms / 1000))} claims/s wall)\n`);
    if (url) {
      // What autovacuum does to a store that has been in use: statistics and the visibility map
      // (index-only walks); a bench run straight after a bulk fill would otherwise plan blind.
      const t0 = performance.now();
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query("VACUUM (ANALYZE)");
      await c.end();
      process.stdout.write(`${backend}: VACUUM (ANALYZE) in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
    }
  }
  const stats = await store.stats();
  process.stdout.write(`${backend}: ${stats.claims} claims in ${stats.articles} articles; load average ${load()}\n`);
  const token = "bench-token-0123456789abcdef";
  const app = createApp({ store, token, measureTtlMs: 60_000 });
  const get = async (path: string) => {
    const r = await app.request(path);
    if (r.status !== 200) throw new Error(`${path}: HTTP ${r.status} ${await r.text()}`);
    await r.arrayBuffer();
  };
  const wantMeasures = !ONLY || ONLY.test("measures list") || ONLY.test("measure detail");
  let coldMeasures = 0, measureIds: string[] = [];
  if (wantMeasures) {
    const t0 = performance.now();
    await get("/api/measures?limit=10");
    coldMeasures = performance.now() - t0;
    // The build goes on in the background after the first answer (it says building): it is let
    // finish before the queries are timed, or they would time this process's build as well.
    const t1 = performance.now();
    while (((await (await app.request("/api/measures?limit=1")).json()) as { building?: boolean }).building && performance.now() - t1 < 600_000) {
      await new Promise((r) => setTimeout(r, 200));
    }
    process.stdout.write(`measures, background build after the first answer: ${((performance.now() - t1) / 1000).toFixed(1)} s\n`);
    measureIds = ((await (await app.request("/api/measures?limit=200")).json()) as { items: Array<{ id: string }> }).items.map((m) => m.id);
  }

  // Article ids as stored: a fill that was stopped and resumed (or two at once) leaves gaps in the
  // ids, so they are read from five pages spread over the listing rather than assumed 1..N.
  const articleIds: number[] = [];
  for (let k = 0; k < 5; k++) {
    const off = Math.floor((k / 5) * (CLAIMS / PER_ARTICLE));
    const page = (await (await app.request(`/api/articles?limit=100&offset=${off}`)).json()) as { items: Array<{ id: number }> };
    articleIds.push(...page.items.map((a) => a.id));
  }

  const queries: Array<[string, () => string]> = [
    ["claims, first page", () => "/api/claims?limit=50"],
    ["claims, deep page", () => `/api/claims?limit=50&offset=${Math.floor(rnd() * 0.9 * CLAIMS)}`],
    ["claims by item+lang", () => `/api/claims?item=${pick(FIGS)[0]}&lang=${pick(LANGS)}&limit=50`],
    ["claims by claimant+dates", () => `/api/claims?claimant=${encodeURIComponent(pick(CLAIMANTS))}&from=${day(10)}&to=${day(40)}&limit=50`],
    ["claims, free text", () => `/api/claims?q=${pick(WORDS)}+${pick(WORDS)}&limit=50`],
    ["claims sorted by claimant", () => `/api/claims?sort=claimant&order=${pick(["asc", "desc"])}&limit=50`],
    ["claims sorted by figure, deep", () => `/api/claims?sort=figure&limit=50&offset=${Math.floor(rnd() * 0.5 * CLAIMS)}`],
    ["claims by lang sorted by place", () => `/api/claims?lang=${pick(LANGS)}&sort=place&limit=50`],
    ["timeline by stance", () => "/api/timeline?by=stance"],
    ["timeline by kind, one claimant", () => `/api/timeline?by=kind&claimant=${encodeURIComponent(pick(CLAIMANTS))}`],
    ["places (map)", () => `/api/places?lang=${pick(LANGS)}`],
    // The map of a filter the kept counts cannot answer: the newest 1,000 matches' places (uncached: a random start day).
    ["places, free text (uncached)", () => `/api/places?q=${pick(WORDS)}&from=${day(Math.floor(rnd() * 100))}`],
    // The timeline of free text counts every match (no kept count holds words): bounded by the budget below.
    ["timeline, free text (uncached)", () => `/api/timeline?by=stance&q=${pick(WORDS)}&from=${day(Math.floor(rnd() * 100))}`],
    ["facets, new filter (uncached)", () => `/api/facets?claimant=${encodeURIComponent(pick(CLAIMANTS))}&from=${day(Math.floor(rnd() * 100))}`],
    // Filters the kept counts cannot answer: counted over the newest 1,000 matches (SqlStore.facets);
    // a random start day makes each request a new filter, so none is served from the cache.
    ["facets, free text (uncached)", () => `/api/facets?q=${pick(WORDS)}+${pick(WORDS)}&from=${day(Math.floor(rnd() * 100))}`],
    ["facets, kind+stance (uncached)", () => `/api/facets?kind=${pick(FIGS)[2]}&stance=${pick(["assert", "deny"])}&from=${day(Math.floor(rnd() * 100))}`],
    ["facets, all (cached)", () => "/api/facets"],
    ["facets by lang (cached)", () => `/api/facets?lang=${pick(LANGS)}`],
    ["article", () => `/api/articles/${pick(articleIds)}`],
    ["measures list (cached)", () => "/api/measures?limit=50&contested=1"],
    ["measure detail (cached)", () => `/api/measures/${encodeURIComponent(pick(measureIds))}`],
    ["export csv, 1,000 claims", () => `/api/export?format=csv&limit=1000&lang=${pick(LANGS)}`],
  ];
  // Each query runs RUNS times or for BUDGET_MS, whichever ends first (at least MIN_RUNS): the
  // bench stays bounded on a slow store, and the runs count says how many samples p99 rests on.
  const w = [32, 6, 10, 10, 12];
  const line = (r: string[]) => process.stdout.write(r.map((c, i) => (i === 0 ? c.padEnd(w[i]) : c.padStart(w[i] - 2).padEnd(w[i]))).join("") + "\n");
  if (wantMeasures) process.stdout.write(`measures, first build (cold): ${(coldMeasures / 1000).toFixed(1)} s (once, in the background at server start)\n`);
  // CPU: this process's (user + system) per request, the mean; on PostgreSQL the server's own CPU is not in it.
  line(["query", "runs", "p50 ms", "p99 ms", "CPU ms/req"]);
  for (const [name, path] of queries) {
    if (ONLY && !ONLY.test(name)) continue;
    // A store whose measures are still being built (a large store filed in the background) lists
    // none yet: its detail cannot be asked for, and the table says so rather than failing.
    if (name.startsWith("measure detail") && !measureIds.length) {
      process.stdout.write(`${name.padEnd(w[0])}not measured: no measure built yet (the list says building)\n`);
      continue;
    }
    const ms: number[] = [];
    // One request first, not counted: what a server does once after start (the gazetteer's folded names, statements).
    await get(path());
    const started = performance.now(), c0 = process.cpuUsage();
    while (ms.length < RUNS && (ms.length < MIN_RUNS || performance.now() - started < BUDGET_MS)) {
      const p = path();
      const t = performance.now();
      await get(p);
      ms.push(performance.now() - t);
    }
    const cpu = process.cpuUsage(c0);
    line([name, String(ms.length), pct(ms, 50).toFixed(1), pct(ms, 99).toFixed(1), ((cpu.user + cpu.system) / 1000 / ms.length).toFixed(1)]);
  }
  process.stdout.write(`load average after: ${load()}\n`);
  if (!wantMeasures) return;

  // An ingest makes the measures stale: the next measures request starts a rebuild in the
  // background and other requests are served meanwhile (the build yields every few ms).
  const r = await app.request("/api/ingest", {
    method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ text: "Russia launched 12 drones at Ukraine overnight, the Ukrainian Air Force said.", lang: "en", published: day(5) }),
  });
  if (r.status >= 300) throw new Error(`ingest: HTTP ${r.status}`);
  await get("/api/measures?limit=10");
  const during: number[] = [];
  const t1 = performance.now();
  while (during.length < MIN_RUNS * 5 && performance.now() - t1 < BUDGET_MS) {
    const t = performance.now();
    await get("/api/claims?limit=50");
    during.push(performance.now() - t);
  }
  line(["claims, during measure rebuild", String(during.length), pct(during, 50).toFixed(1), pct(during, 99).toFixed(1)]);
}

/** Opens a store, timing the migrations it applies (a kept store made by an older claimtrace is migrated here). */
async function openTimed(backend: string, where: string): Promise<Store> {
  const t0 = performance.now();
  const store = await openStore(where);
  process.stdout.write(`${backend}: opened (and migrated) in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  return store;
}

process.stdout.write(`claims: ${CLAIMS}; load average ${load()}\n`);
if (BACKENDS.includes("sqlite")) {
  // A kept store (BENCH_KEEP or BENCH_DB) is left in place; by default a fresh one is made and removed.
  const dir = KEEP_SQLITE ? null : mkdtempSync(join(tmpdir(), "claimtrace-apibench-"));
  if (KEEP_SQLITE) process.stdout.write(`sqlite: ${existsSync(KEEP_SQLITE) ? "reusing" : "keeping"} ${KEEP_SQLITE}\n`);
  const store = await openTimed("sqlite", KEEP_SQLITE ?? join(dir!, "bench.db"));
  try {
    await measure("sqlite", store);
  } finally {
    await store.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}
if (BACKENDS.includes("postgres")) {
  let url: string | null = KEEP_PG ?? null;
  if (KEEP_PG) {
    // A kept database is made when missing (PostgreSQL has no "open or create").
    const name = new URL(KEEP_PG).pathname.slice(1);
    const admin = new URL(PG_ADMIN_URL);
    const c = new pg.Client({ connectionString: admin.toString() });
    await c.connect();
    const exists = (await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount;
    if (!exists && /^[a-z0-9_]+$/.test(name)) await c.query(`CREATE DATABASE ${name}`);
    await c.end();
    process.stdout.write(`postgres: ${exists ? "reusing" : "keeping"} ${KEEP_PG}\n`);
  } else {
    try {
      url = await createTestDatabase("claimtrace_apibench");
    } catch (e) {
      process.stdout.write(`postgres: not measured: ${(e as Error).message}\n`);
    }
  }
  if (url) {
    const store = await openTimed("postgres", url);
    try {
      await measure("postgres", store, url);
    } finally {
      await store.close();
      if (!KEEP_PG) await dropTestDatabase(url);
    }
  }
}
