// The worker fleet on PostgreSQL (pg-boss): a few hundred generated articles enqueued by
// `ingest --queue`, two workers, one SIGKILLed mid-run, a third started; when the queue is empty
// every article is stored exactly once, with exactly the claims a fresh extraction gives.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { createTestDatabase, dropTestDatabase } from "./store.pg.js";
import { generateArticle } from "./ingest.generate.js";
import { extractText } from "../src/index.js";

const CLI = new URL("../dist/cli/main.js", import.meta.url).pathname;
const N = 300;

function worker(db: string): ChildProcess {
  // Short job timeout and expiry check, so the killed worker's job is retried within seconds.
  const p = spawn(process.execPath, [CLI, "worker", "--db", db, "--until-empty", "--check-expired", "2"], { stdio: ["ignore", "ignore", "pipe"] });
  p.stderr!.setEncoding("utf8");
  return p;
}
const exited = (p: ChildProcess) => new Promise<number | null>((r) => (p.exitCode !== null || p.signalCode ? r(p.exitCode) : p.once("exit", (code) => r(code))));

test("workers: a killed worker loses nothing and nothing is stored twice", { timeout: 600_000 }, async () => {
  const db = await createTestDatabase("claimtrace_worker");
  const client = new pg.Client({ connectionString: db });
  try {
    const dir = mkdtempSync(join(tmpdir(), "ct-worker-"));
    const file = join(dir, "wire.ndjson");
    const articles = Array.from({ length: N }, (_, i) => ({ ...generateArticle(i), url: `https://example.org/wire/${i}` }));
    writeFileSync(file, articles.map((a) => JSON.stringify(a)).join("\n") + "\n");
    const q = spawnSync(process.execPath, [CLI, "ingest", "--queue", "--job-timeout", "6", "--db", db, file], { encoding: "utf8", timeout: 120_000 });
    assert.equal(q.status, 0, q.stderr);
    assert.match(q.stdout, new RegExp(`queued ${N}, failed 0`));
    // Enqueueing again adds no job: the job id is the article's content hash.
    const again = spawnSync(process.execPath, [CLI, "ingest", "--queue", "--db", db, file], { encoding: "utf8", timeout: 120_000 });
    assert.equal(again.status, 0, again.stderr);

    await client.connect();
    const count = async () => Number((await client.query("SELECT count(*) AS n FROM articles")).rows[0].n);
    const jobs = Number((await client.query("SELECT count(*) AS n FROM pgboss.job WHERE name = 'claimtrace-ingest'")).rows[0].n);
    assert.equal(jobs, N, "each article is one job, however often it was enqueued");

    const a = worker(db), b = worker(db);
    // Kill one worker once the run is well under way, but not finished.
    while ((await count()) < N / 5) await new Promise((r) => setTimeout(r, 200));
    a.kill("SIGKILL");
    const c = worker(db);
    const codes = await Promise.all([exited(b), exited(c)]);
    assert.deepEqual(codes, [0, 0]);
    assert.ok(a.signalCode === "SIGKILL");

    assert.equal(await count(), N, "every article stored");
    const dup = await client.query("SELECT content_hash FROM articles GROUP BY content_hash HAVING count(*) > 1");
    assert.equal(dup.rowCount, 0, "no article stored twice");
    const stored = await client.query<{ url: string; text: string; n: string }>(
      "SELECT u.url, a.text, (SELECT count(*) FROM claims c WHERE c.article_id = a.id) AS n FROM articles a JOIN article_urls u ON u.article_id = a.id",
    );
    const byUrl = new Map(stored.rows.map((r) => [r.url, r]));
    for (const art of articles) {
      const row = byUrl.get(art.url);
      assert.ok(row, `${art.url} stored`);
      const want = extractText(art.text, { lang: art.lang, published: art.published }).claims.length;
      assert.ok(want > 0);
      assert.equal(Number(row.n), want, `${art.url}: its claims, once`);
    }
  } finally {
    await client.end().catch(() => undefined);
    await dropTestDatabase(db);
  }
});

test("workers: SIGTERM drains (the batches in hand are stored and their jobs completed), and a later worker finishes the queue", { timeout: 600_000 }, async () => {
  const db = await createTestDatabase("claimtrace_worker");
  const client = new pg.Client({ connectionString: db });
  try {
    const file = join(mkdtempSync(join(tmpdir(), "ct-worker-")), "wire.ndjson");
    const n = 200;
    writeFileSync(file, Array.from({ length: n }, (_, i) => JSON.stringify({ ...generateArticle(1000 + i), url: `https://example.org/drain/${i}` })).join("\n") + "\n");
    // A long job timeout: a job left active by the stopped worker would stay active, and be seen.
    const q = spawnSync(process.execPath, [CLI, "ingest", "--queue", "--job-timeout", "600", "--db", db, file], { encoding: "utf8", timeout: 120_000 });
    assert.equal(q.status, 0, q.stderr);
    await client.connect();
    const one = async (sql: string) => Number((await client.query(sql)).rows[0].n);
    const count = () => one("SELECT count(*) AS n FROM articles");

    const w = spawn(process.execPath, [CLI, "worker", "--db", db, "--batch-size", "8"], { stdio: ["ignore", "ignore", "pipe"] });
    let err = "";
    w.stderr!.setEncoding("utf8").on("data", (d: string) => (err += d));
    while ((await count()) < 20) await new Promise((r) => setTimeout(r, 100));
    w.kill("SIGTERM");
    assert.equal(await exited(w), 0, err);
    const stored = await count();
    assert.ok(stored < n, "stopped before the queue was empty");
    assert.equal(await one("SELECT count(*) AS n FROM pgboss.job WHERE name = 'claimtrace-ingest' AND state = 'active'"), 0, "no job left in hand");
    assert.equal(await one("SELECT count(*) AS n FROM pgboss.job WHERE name = 'claimtrace-ingest' AND state = 'completed'"), stored, "every stored article's job completed, and only those");
    assert.match(err, new RegExp(`claimtrace worker: ${stored} articles stored, 0 failed\\n`));

    const last = worker(db);
    assert.equal(await exited(last), 0);
    assert.equal(await count(), n);
    assert.equal(await one("SELECT count(DISTINCT content_hash) AS n FROM articles"), n);
  } finally {
    await client.end().catch(() => undefined);
    await dropTestDatabase(db);
  }
});
