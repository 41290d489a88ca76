// Worker fleet throughput on PostgreSQL (not part of `npm run bench`: it needs minutes):
//   npx tsx bench/workers.ts --articles 2000 --workers 1,2,4 [--kill]
// For each worker count: a fresh database, N generated articles enqueued by `ingest --queue`, that
// many `claimtrace worker --until-empty` processes (with --kill, one is SIGKILLed at a third of the
// run and a replacement started); prints articles/s and whether every article is stored exactly once.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { createTestDatabase, dropTestDatabase } from "../test/store.pg.js";
import { generateArticle } from "../test/ingest.generate.js";

const arg = (name: string, dflt: string) => { const i = process.argv.indexOf(name); return i >= 0 ? process.argv[i + 1]! : dflt; };
const N = Number(arg("--articles", "2000"));
const counts = arg("--workers", "1,2,4").split(",").map(Number);
const kill = process.argv.includes("--kill");
const CLI = new URL("../dist/cli/main.js", import.meta.url).pathname;
const file = join(mkdtempSync(join(tmpdir(), "ct-wbench-")), "wire.ndjson");
writeFileSync(file, Array.from({ length: N }, (_, i) => JSON.stringify({ ...generateArticle(i), url: `https://example.org/wire/${i}` })).join("\n") + "\n");
const start = (db: string): ChildProcess => spawn(process.execPath, [CLI, "worker", "--db", db, "--until-empty", "--check-expired", "5"], { stdio: "ignore" });
const exited = (p: ChildProcess) => new Promise<void>((r) => (p.exitCode !== null || p.signalCode ? r() : p.once("exit", () => r())));

for (const w of counts) {
  const db = await createTestDatabase("claimtrace_wbench");
  const client = new pg.Client({ connectionString: db });
  try {
    const q = spawnSync(process.execPath, [CLI, "ingest", "--queue", "--job-timeout", "30", "--db", db, file], { encoding: "utf8" });
    if (q.status !== 0) throw new Error(q.stderr);
    await client.connect();
    const count = async () => Number((await client.query("SELECT count(*) AS n FROM articles")).rows[0].n);
    const t0 = performance.now();
    const procs = Array.from({ length: w }, () => start(db));
    if (kill) {
      while ((await count()) < N / 3) await new Promise((r) => setTimeout(r, 250));
      procs[0]!.kill("SIGKILL");
      procs.push(start(db));
    }
    await Promise.all(procs.map(exited));
    const s = (performance.now() - t0) / 1000;
    const n = await count();
    const dup = (await client.query("SELECT count(*) AS n FROM (SELECT content_hash FROM articles GROUP BY content_hash HAVING count(*) > 1) d")).rows[0].n;
    const claims = (await client.query("SELECT count(*) AS n FROM claims")).rows[0].n;
    console.log(`${w} worker(s)${kill ? ", one killed and replaced" : ""}: ${N} articles in ${s.toFixed(1)} s = ${(N / s).toFixed(1)} articles/s; stored ${n}, duplicates ${dup}, claims ${claims}`);
  } finally {
    await client.end().catch(() => undefined);
    await dropTestDatabase(db);
  }
}
