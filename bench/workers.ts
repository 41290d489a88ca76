// Worker fleet throughput on PostgreSQL (not part of `npm run bench`: it needs minutes):
//   npx tsx bench/workers.ts --articles 10000 --workers 1,2,4 [--kill] [--job-timeout 20] [--jobs 2]
// First a single-process `claimtrace ingest` of the same N generated articles (no queue: the
// reference for the claims count and for the speed; with --jobs, also `ingest --jobs N`). Then for
// each worker count: a fresh database, the articles enqueued by `ingest --queue`, that many
// `claimtrace worker --until-empty --stats` processes, timed from their start to the last exit.
// With --kill, the 4-worker run (or the last count) is run again with one worker SIGKILLed at a
// third of the articles and a replacement started. Each run is checked with SQL: articles stored,
// distinct content hashes, duplicates, claims (must equal the single-process ingest's).
// Where the time goes: the workers' own accounts (extraction = building the document and running
// the engine, CPU; store = the PostgreSQL transaction; queue = pg-boss fetch and complete) and the
// CPU of the PostgreSQL backends serving the run's database (sampled from /proc).
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import pg from "pg";
import { createTestDatabase, dropTestDatabase } from "../test/store.pg.js";
import { generateArticle } from "../test/ingest.generate.js";

const arg = (name: string, dflt: string) => { const i = process.argv.indexOf(name); return i >= 0 ? process.argv[i + 1]! : dflt; };
const N = Number(arg("--articles", "2000"));
const counts = arg("--workers", "1,2,4").split(",").map(Number);
const kill = process.argv.includes("--kill");
const jobTimeout = arg("--job-timeout", "20");
const ingestJobs = process.argv.includes("--jobs") ? arg("--jobs", "2").split(",").map(Number) : [];
const workerArgs = arg("--worker-args", "").split(" ").filter(Boolean);
const CLI = new URL("../dist/cli/main.js", import.meta.url).pathname;
const file = join(mkdtempSync(join(tmpdir(), "ct-wbench-")), "wire.ndjson");
// The generated input is removed however the run ends (it is 10,000 articles at the size).
process.once("exit", () => rmSync(dirname(file), { recursive: true, force: true }));
writeFileSync(file, Array.from({ length: N }, (_, i) => JSON.stringify({ ...generateArticle(i), url: `https://example.org/wire/${i}` })).join("\n") + "\n");

interface Stats { jobs: number; stored: number; failed: number; batches: number; wall_s: number; cpu_s: number; fetch_s: number; extract_s: number; engine_cpu_s: number; store_s: number; complete_s: number; idle_s: number }
const stats: Stats[] = [];
const start = (db: string): ChildProcess => {
  const p = spawn(process.execPath, [CLI, "worker", "--db", db, "--until-empty", "--check-expired", "2", "--stats", ...workerArgs], { stdio: ["ignore", "ignore", "pipe"] });
  let err = "";
  p.stderr!.setEncoding("utf8").on("data", (d: string) => (err += d));
  p.once("close", () => {
    for (const line of err.split("\n")) if (line.startsWith('{"worker_stats"')) stats.push(JSON.parse(line).worker_stats);
    const other = err.split("\n").filter((l) => l && !l.startsWith('{"worker_stats"') && !l.startsWith("claimtrace worker:"));
    if (other.length) process.stderr.write(other.slice(0, 5).join("\n") + "\n");
  });
  closed.set(p, new Promise<void>((r) => p.once("close", () => r())));
  return p;
};
// "close": its stderr (the stats line) has been read to the end. Listened for from the start, so a
// worker killed before anyone waits for it is not waited for forever.
const closed = new WeakMap<ChildProcess, Promise<void>>();
const exited = (p: ChildProcess) => closed.get(p)!;

/** CPU seconds of the PostgreSQL backends connected to `db`, sampled every 200 ms (a backend's last 200 ms before it exits are missed). */
function pgCpu(admin: pg.Client, db: string) {
  const last = new Map<number, number>();
  let stop = false;
  const tick = async () => {
    while (!stop) {
      const { rows } = await admin.query<{ pid: number }>("SELECT pid FROM pg_stat_activity WHERE datname = $1", [new URL(db).pathname.slice(1)]);
      for (const { pid } of rows) {
        try {
          const f = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
          last.set(pid, (Number(f[11]) + Number(f[12])) / 100);
        } catch { /* gone */ }
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  };
  const running = tick();
  return async () => { stop = true; await running; return [...last.values()].reduce((a, b) => a + b, 0); };
}

async function check(client: pg.Client) {
  const one = async (sql: string) => Number((await client.query(sql)).rows[0].n);
  return {
    stored: await one("SELECT count(*) AS n FROM articles"),
    distinct: await one("SELECT count(DISTINCT content_hash) AS n FROM articles"),
    urls: await one("SELECT count(DISTINCT url) AS n FROM article_urls"),
    duplicates: await one("SELECT count(*) AS n FROM (SELECT content_hash FROM articles GROUP BY content_hash HAVING count(*) > 1) d"),
    claims: await one("SELECT count(*) AS n FROM claims"),
  };
}

const admin = new pg.Client({ connectionString: (await import("../test/store.pg.js")).PG_ADMIN_URL });
await admin.connect();
type Row = { label: string; workers: string; seconds: number; killed: string; s: Awaited<ReturnType<typeof check>>; pgCpu: number; cpu?: number; w?: Stats };
const rows: Row[] = [];

async function run(label: string, workers: string, killed: boolean, body: (db: string) => Promise<number | void>, setup?: (db: string) => Promise<unknown>): Promise<Row> {
  const db = await createTestDatabase("ct_fleet_wbench");
  const client = new pg.Client({ connectionString: db });
  try {
    await client.connect();
    await setup?.(db);
    stats.length = 0;
    const t0 = performance.now();
    const cpu = pgCpu(admin, db);
    const procCpu = await body(db);
    const seconds = (performance.now() - t0) / 1000;
    const row: Row = { label, workers, seconds, killed: killed ? "yes" : "no", s: await check(client), pgCpu: await cpu(), cpu: procCpu ?? undefined };
    if (stats.length) {
      row.w = stats.reduce((a, b) => Object.fromEntries(Object.keys(a).map((k) => [k, (a as never)[k] + (b as never)[k]])) as unknown as Stats);
      row.cpu = row.w.cpu_s;
    }
    rows.push(row);
    print([row]);
    return row;
  } finally {
    await client.end().catch(() => undefined);
    await dropTestDatabase(db);
  }
}

/** Runs the CLI (asynchronously: the PostgreSQL CPU sampler keeps running) and returns its CPU seconds, all threads. */
const cli = (args: string[]) => new Promise<number>((resolve, reject) => {
  const p = spawn("/usr/bin/time", ["-f", "cpu %U %S", process.execPath, CLI, ...args], { stdio: ["ignore", "ignore", "pipe"] });
  let err = "";
  p.stderr!.setEncoding("utf8").on("data", (d: string) => (err += d));
  p.once("close", (code) => {
    const m = /cpu ([\d.]+) ([\d.]+)/.exec(err);
    if (code !== 0 || !m) reject(new Error(`claimtrace ${args.join(" ")}: ${err}`));
    else resolve(Number(m[1]) + Number(m[2]));
  });
});

let header = false;
function print(list: Row[]) {
  if (!header) {
    console.log("| run | workers | articles | seconds | articles/s | killed | stored | distinct hashes | duplicates | claims | claimtrace CPU s | engine CPU s | extract s | store s | queue s | idle s | PG backend CPU s |");
    console.log("| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    header = true;
  }
  for (const r of list) {
    const w = r.w, f = (x: number | undefined) => (x === undefined ? "—" : x.toFixed(1));
    console.log(`| ${r.label} | ${r.workers} | ${N} | ${r.seconds.toFixed(1)} | ${(N / r.seconds).toFixed(1)} | ${r.killed} | ${r.s.stored} | ${r.s.distinct} | ${r.s.duplicates} | ${r.s.claims} | ${f(r.cpu)} | ${f(w?.engine_cpu_s)} | ${f(w?.extract_s)} | ${f(w?.store_s)} | ${f(w ? w.fetch_s + w.complete_s : undefined)} | ${f(w?.idle_s)} | ${r.pgCpu.toFixed(1)} |`);
  }
}

const ref = await run("ingest (one process, no queue)", "—", false, (db) => cli(["ingest", "--quiet", "--db", db, file]));
for (const j of ingestJobs) await run(`ingest --jobs ${j}`, "—", false, (db) => cli(["ingest", "--quiet", "--jobs", String(j), "--db", db, file]));

const fleet = async (w: number, withKill: boolean) =>
  run(`worker ×${w}${withKill ? ", one SIGKILLed" : ""}`, String(w), withKill, async (db) => {
    const client = new pg.Client({ connectionString: db });
    await client.connect();
    try {
      const procs = Array.from({ length: w }, () => start(db));
      if (withKill) {
        const count = async () => Number((await client.query("SELECT count(*) AS n FROM articles")).rows[0].n);
        while ((await count()) < N / 3) await new Promise((r) => setTimeout(r, 250));
        procs[0]!.kill("SIGKILL");
        procs.push(start(db));
      }
      await Promise.all(procs.map(exited));
    } finally {
      await client.end();
    }
  // Enqueueing is not timed: a fleet's speed is how fast it drains a queue.
  }, (db) => cli(["ingest", "--queue", "--job-timeout", jobTimeout, "--db", db, file]));

for (const w of counts) await fleet(w, false);
if (kill) await fleet(counts.includes(4) ? 4 : counts[counts.length - 1]!, true);
await admin.end();

console.log(`\n${N} generated articles (test/ingest.generate.ts: en, ru, vi, bn), job timeout ${jobTimeout} s; seconds = wall time from the workers' start to the last exit (engine load at start-up included)`);
const bad = rows.filter((r) => r.s.stored !== N || r.s.distinct !== N || r.s.duplicates !== 0 || r.s.claims !== ref.s.claims);
console.log(bad.length ? `NOT exactly once: ${bad.map((r) => r.label).join(", ")}` : `every run: ${N} articles stored exactly once, ${ref.s.claims} claims (= the single-process ingest)`);
if (bad.length) process.exitCode = 1;
