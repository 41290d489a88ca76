// LOCAL COPY of bench/api.bench.ts for the api-agg work (issue #11), not run by `npm run bench`:
// fills through putArticles in batches (BENCH_BATCH, default 500; resumes a partly filled store),
// keeps a store between runs (BENCH_DB for SQLite, BENCH_PG=<url> for an existing PostgreSQL
// database, never dropped), runs only the queries matching BENCH_ONLY (a regex), skips the
// measures, and adds the node process's CPU per request (p50/p99/max). Drop it once api.bench.ts
// fills fast (api-list's change).
// API latency with 100,000 claims in the store: p50 and p99 of the main queries, through
// app.request() (the whole hono stack, no socket), on the embedded store and on PostgreSQL.
// Bounded: a fixed number of requests per query; the store is made fresh and removed after.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore } from "../src/store/index.js";
import type { Store } from "../src/store/types.js";
import { contentHash } from "../src/store/hash.js";
import type { Claim, Lang, Qualifier } from "../src/types.js";
import { createApp } from "../src/server/app.js";
import { createTestDatabase, dropTestDatabase } from "../test/store.pg.js";

const CLAIMS = Number(process.env.BENCH_CLAIMS ?? 100_000);
const PER_ARTICLE = 10;
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const MIN_RUNS = 20;
const BUDGET_MS = Number(process.env.BENCH_BUDGET_MS ?? 15_000);
const BATCH = Number(process.env.BENCH_BATCH ?? 500);
const ONLY = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY) : null;
const BACKENDS = (process.env.BENCH_BACKENDS ?? "sqlite,postgres").split(",");

// A deterministic generator, so every run measures the same store.
let seed = 42;
const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];

const LANGS: Lang[] = ["en", "ru", "bn", "vi"];
const CLAIMANTS = ["Ukrainian Air Force", "Russian Ministry of Defence", "Antony Blinken", "Kim Yong-hyun", "Pentagon", "Kremlin",
  "National Intelligence Service", "North Korea", "Volodymyr Zelensky", "Governor of Kursk", "Ukrainian General Staff", "Lloyd Austin",
  "Sergei Shoigu", "Dmitry Peskov", "UN OHCHR", "Kyiv City Military Administration", "Belgorod Governor", "NATO", "Sabrina Singh", "Yonhap"];
const VIAS = [null, null, "Reuters", "TASS", "Yonhap", "AFP", "Ukrinform", "RIA Novosti"];
const PLACES = ["Ukraine", "Russia", "Kursk", "Kyiv", "Kharkiv", "Odesa", "Belgorod", "Bryansk", "Donetsk", null];
const FIGS: Array<[string, string, string]> = [["uav", "launched", "air_attack"], ["uav", "destroyed", "interception"], ["missile", "launched", "air_attack"],
  ["troops", "deployed", "deployment"], ["missile", "transferred", "arms_transfer"], ["people_killed", "killed", "casualties"], ["people_injured", "injured", "casualties"]];
const QUALS: Qualifier[] = ["exact", "exact", "exact", "approx", "up_to", "more_than", "at_least"];
const WORDS = ["drones", "overnight", "air", "defence", "region", "attack", "troops", "missiles", "officials", "said", "according", "reported", "border", "forces"];

function day(i: number): string {
  return new Date(Date.UTC(2024, 8, 1) + (i % 120) * 86_400_000).toISOString().slice(0, 10);
}

function article(n: number) {
  const lang = pick(LANGS), published = day(n);
  const sentences: string[] = [];
  const claims: Claim[] = [];
  let text = `Report ${n}: ${pick(WORDS)} ${pick(WORDS)}\n\n`;
  for (let k = 0; k < PER_ARTICLE; k++) {
    const [item, role, kind] = pick(FIGS);
    const who = pick(CLAIMANTS), via = pick(VIAS), place = pick(PLACES);
    const value = item === "troops" ? 1000 * (1 + Math.floor(rnd() * 12)) : 1 + Math.floor(rnd() * 120);
    const deny = rnd() < 0.03;
    const num = value.toLocaleString("en-US");
    const s = `${who} said ${deny ? "it denied that" : ""} ${num} ${item.replace(/_/g, " ")} were ${role} ${place ? `in ${place}` : ""} ${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)}.`;
    const start = text.length;
    const qStart = start + s.indexOf(num);
    text += s + " ";
    sentences.push(s);
    claims.push({
      claimant: { name: who, id: `org:${who.toLowerCase().replace(/\W+/g, "-")}`, surface: who },
      via: via ? { name: via, id: `outlet:${via.toLowerCase().replace(/\W+/g, "-")}`, surface: via } : null,
      stance: deny ? "deny" : "assert", kind: kind as Claim["kind"],
      quantities: deny ? [] : [{ value, item, role, qualifier: pick(QUALS), text: num, start: qStart, end: qStart + num.length, why: ["bench"] }],
      date: rnd() < 0.8 ? day(n + Math.floor(rnd() * 3)) : null,
      location: place ? { name: place, id: `place:${place.toLowerCase()}` } : null,
      evidence: { text: s, start, end: start + s.length }, why: ["bench"],
    });
  }
  const meta = { lang, title: `Report ${n}`, source_url: `https://news${n % 37}.example/a/${n}`, published, site_name: `news${n % 37}` };
  return { doc: { text, meta, boilerplate: [] }, urls: [meta.source_url], contentHash: contentHash(text), result: { article: meta, claims }, extractorVersion: 1, origin: "bench" };
}

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

async function fill(store: Store): Promise<number> {
  seed = 42;
  const t0 = performance.now();
  const have = (await store.stats()).articles;
  for (let n = 0; n < have; n++) article(n); // keep the generator in step when resuming
  const cpu0 = process.cpuUsage();
  let batch: ReturnType<typeof article>[] = [];
  for (let n = have; n < CLAIMS / PER_ARTICLE; n++) {
    batch.push(article(n));
    if (batch.length === BATCH) { await store.putArticles(batch); batch = []; }
  }
  if (batch.length) await store.putArticles(batch);
  const cpu = process.cpuUsage(cpu0);
  process.stdout.write(`fill CPU (this process): ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s\n`);
  return performance.now() - t0;
}

async function measure(backend: string, store: Store): Promise<void> {
  const fillMs = (await store.stats()).claims >= CLAIMS ? 0 : await fill(store);
  const stats = await store.stats();
  process.stdout.write(`${backend}: ${stats.claims} claims in ${stats.articles} articles, filled in ${(fillMs / 1000).toFixed(1)} s\n`);
  const token = "bench-token-0123456789abcdef";
  const app = createApp({ store, token, measureTtlMs: 60_000 });
  const get = async (path: string) => {
    const r = await app.request(path);
    if (r.status !== 200) throw new Error(`${path}: HTTP ${r.status} ${await r.text()}`);
    await r.arrayBuffer();
  };
  const coldMeasures = 0; const measureIds: string[] = [];

  const queries: Array<[string, () => string]> = [
    ["claims, first page", () => "/api/claims?limit=50"],
    ["claims, deep page", () => `/api/claims?limit=50&offset=${Math.floor(rnd() * 90_000)}`],
    ["claims by item+lang", () => `/api/claims?item=${pick(FIGS)[0]}&lang=${pick(LANGS)}&limit=50`],
    ["claims by claimant+dates", () => `/api/claims?claimant=${encodeURIComponent(pick(CLAIMANTS))}&from=${day(10)}&to=${day(40)}&limit=50`],
    ["claims, free text", () => `/api/claims?q=${pick(WORDS)}+${pick(WORDS)}&limit=50`],
    ["claims sorted by claimant", () => `/api/claims?sort=claimant&order=${pick(["asc", "desc"])}&limit=50`],
    ["claims sorted by figure, deep", () => `/api/claims?sort=figure&limit=50&offset=${Math.floor(rnd() * 50_000)}`],
    ["claims by lang sorted by place", () => `/api/claims?lang=${pick(LANGS)}&sort=place&limit=50`],
    ["timeline by stance", () => "/api/timeline?by=stance"],
    ["timeline by kind, one claimant", () => `/api/timeline?by=kind&claimant=${encodeURIComponent(pick(CLAIMANTS))}`],
    ["places (map)", () => `/api/places?lang=${pick(LANGS)}`],
    ["facets, new filter (uncached)", () => `/api/facets?claimant=${encodeURIComponent(pick(CLAIMANTS))}&from=${day(Math.floor(rnd() * 100))}`],
    ["facets, all (cached)", () => "/api/facets"],
    ["facets by lang (cached)", () => `/api/facets?lang=${pick(LANGS)}`],
    ["article", () => `/api/articles/${1 + Math.floor(rnd() * (CLAIMS / PER_ARTICLE))}`],
    ["measures list (cached)", () => "/api/measures?limit=50&contested=1"],
    ["measure detail (cached)", () => `/api/measures/${encodeURIComponent(pick(measureIds))}`],
    ["export csv, 1,000 claims", () => `/api/export?format=csv&limit=1000&lang=${pick(LANGS)}`],
  ];
  // Each query runs RUNS times or for BUDGET_MS, whichever ends first (at least MIN_RUNS): the
  // bench stays bounded on a slow store, and the runs count says how many samples p99 rests on.
  const w = [30, 6, 10, 10, 10, 10, 10];
  const line = (r: string[]) => process.stdout.write(r.map((c, i) => (i === 0 ? c.padEnd(w[i]) : c.padStart(w[i] - 2).padEnd(w[i]))).join("") + "\n");
  process.stdout.write(`measures, first build (cold): ${(coldMeasures / 1000).toFixed(1)} s (once, in the background at server start)\n`);
  line(["query", "runs", "p50 ms", "p99 ms", "cpu p50", "cpu p99", "cpu max"]);
  for (const [name, path] of queries.filter(([n]) => !ONLY || ONLY.test(n))) {
    const ms: number[] = [];
    const cpu: number[] = [];
    const started = performance.now();
    while (ms.length < RUNS && (ms.length < MIN_RUNS || performance.now() - started < BUDGET_MS)) {
      const p = path();
      const t = performance.now();
      const c0 = process.cpuUsage();
      await get(p);
      const c1 = process.cpuUsage(c0);
      ms.push(performance.now() - t);
      cpu.push((c1.user + c1.system) / 1000);
    }
    line([name, String(ms.length), pct(ms, 50).toFixed(1), pct(ms, 99).toFixed(1), pct(cpu, 50).toFixed(1), pct(cpu, 99).toFixed(1), Math.max(...cpu).toFixed(1)]);
  }

}

if (BACKENDS.includes("sqlite")) {
  // BENCH_DB keeps the filled store between runs (for profiling); by default it is made and removed.
  const dir = mkdtempSync(join(tmpdir(), "claimtrace-apibench-"));
  const store = await openStore(process.env.BENCH_DB ?? join(dir, "bench.db"));
  try {
    await measure("sqlite", store);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
if (BACKENDS.includes("postgres")) {
  let url: string | null = null;
  try {
    url = process.env.BENCH_PG ?? await createTestDatabase("claimtrace_apibench");
  } catch (e) {
    process.stdout.write(`postgres: not measured: ${(e as Error).message}\n`);
  }
  if (url) {
    const store = await openStore(url);
    try {
      await measure("postgres", store);
    } finally {
      await store.close();
      if (!process.env.BENCH_PG) await dropTestDatabase(url);
    }
  }
}
