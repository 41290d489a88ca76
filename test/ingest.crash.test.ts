// Crash safety: `claimtrace ingest` on 1,000 generated articles (50 of them copies of another) is
// killed with SIGKILL in the middle of the run, on each store. What was stored must be whole
// (every article with all its claims, nothing half-written) and the same command run again must
// complete the job: articles == distinct inputs, and every article has its claims.
import { test, describe, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { openStore } from "../src/store/index.js";
import { reextract } from "../src/cli/commands/reprocess-store.js";
import { generateArticle } from "./ingest.generate.js";
import { createTestDatabase, dropTestDatabase } from "./store.pg.js";

const N = 1000;
const DISTINCT = 950;
const CLI = ["--import", "tsx", "src/cli/main.ts"];

let dir = "";
before(() => {
  dir = mkdtempSync(join(tmpdir(), "claimtrace-crash-"));
  mkdirSync(join(dir, "in"));
  for (let i = 0; i < N; i++) {
    // Every 20th file repeats the previous one's text: 1,000 inputs, 950 distinct articles.
    const a = generateArticle(i % 20 === 19 ? i - 1 : i);
    writeFileSync(join(dir, "in", `a${String(i).padStart(4, "0")}.txt`), a.text);
  }
});
after(() => rmSync(dir, { recursive: true, force: true }));

/** Counts articles in the store from outside the ingesting process. */
type Counter = { count(): Promise<number>; close(): Promise<void> };

function sqliteCounter(file: string): Counter {
  let db: Database.Database | null = null;
  return {
    async count() {
      try {
        db ??= new Database(file, { readonly: true, fileMustExist: true });
        return (db.prepare("SELECT count(*) AS n FROM articles").get() as { n: number }).n;
      } catch {
        return 0; // not created or not migrated yet
      }
    },
    async close() { db?.close(); },
  };
}

function pgCounter(url: string): Counter {
  const c = new pg.Client({ connectionString: url });
  const ready = c.connect();
  return {
    async count() {
      await ready;
      try {
        return Number((await c.query("SELECT count(*) AS n FROM articles")).rows[0].n);
      } catch {
        return 0;
      }
    },
    async close() { await c.end(); },
  };
}

/** Runs ingest and SIGKILLs it once `killAt` articles are stored. Returns how many were stored at the kill. */
async function ingestAndKill(db: string, counter: Counter, killAt: number): Promise<number> {
  const child = spawn(process.execPath, [...CLI, "ingest", join(dir, "in"), "--db", db, "--quiet", "--concurrency", "4"], { stdio: ["ignore", "pipe", "pipe"] });
  let exited = false;
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) => child.on("exit", (code, signal) => { exited = true; r({ code, signal }); }));
  let seen = 0;
  while (!exited) {
    seen = await counter.count();
    if (seen >= killAt) {
      child.kill("SIGKILL");
      break;
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  const { signal } = await exit;
  assert.equal(signal, "SIGKILL", `the run was killed (it had stored ${seen} articles)`);
  return seen;
}

/** Every stored article is whole: its claims are all there, and they are what extraction gives for its text. */
async function assertWhole(db: string): Promise<{ articles: number; claims: number }> {
  const store = await openStore(db, { create: false });
  try {
    const stats = await store.stats();
    let claims = 0;
    for (let offset = 0; offset < stats.articles; offset += 200) {
      const { rows } = await store.listArticles({}, { limit: 200, offset });
      for (const r of rows) {
        const a = (await store.getArticle(r.id))!;
        assert.equal(a.claims.length, a.claim_count, `article ${a.id}: ${a.claims.length} stored claims, ${a.claim_count} recorded`);
        const { result } = reextract(a);
        assert.equal(a.claims.length, result.claims.length, `article ${a.id} has all the claims extraction gives`);
        const stored = a.claims.reduce((n, c) => n + c.quantities.length, 0);
        assert.equal(stored, result.claims.reduce((n, c) => n + c.quantities.length, 0), `article ${a.id}: every quantity stored`);
        claims += a.claims.length;
      }
    }
    assert.equal(claims, stats.claims, "no claim without its article");
    return { articles: stats.articles, claims };
  } finally {
    await store.close();
  }
}

function rerun(db: string): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [...CLI, "ingest", join(dir, "in"), "--db", db, "--quiet", "--json"], { encoding: "utf8", timeout: 300000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

for (const backend of ["sqlite", "postgres"] as const) {
  describe(`SIGKILL during ingest of ${N} articles (${backend})`, () => {
    let db = "";
    before(async () => {
      db = backend === "sqlite" ? join(dir, "crash.db") : await createTestDatabase("claimtrace_crash");
    });
    after(async () => {
      if (backend === "postgres" && db) await dropTestDatabase(db);
    });

    test("killed mid-run: no partial article; re-run completes: articles == distinct inputs, each with its claims", { timeout: 600000 }, async (t) => {
      const counter = backend === "sqlite" ? sqliteCounter(db) : pgCounter(db);
      const atKill = await ingestAndKill(db, counter, 300);
      await counter.close();
      const afterKill = await assertWhole(db);
      assert.ok(afterKill.articles >= 300 && afterKill.articles < DISTINCT, `killed in the middle (${afterKill.articles} stored, ${atKill} seen)`);
      if (backend === "sqlite") {
        const raw = new Database(db, { readonly: true });
        assert.equal((raw.pragma("integrity_check", { simple: true }) as string), "ok");
        raw.close();
      }
      const r = rerun(db);
      assert.equal(r.code, 0, r.stderr);
      const summary = JSON.parse(r.stdout) as { ingested: number; duplicates: number; merged: number; failed: unknown[] };
      assert.deepEqual(summary.failed, []);
      assert.equal(summary.ingested, DISTINCT - afterKill.articles, "the re-run stores exactly what the killed run had not");
      assert.equal(summary.ingested + summary.duplicates + summary.merged, N);
      const done = await assertWhole(db);
      assert.equal(done.articles, DISTINCT);
      t.diagnostic(`${backend}: killed with ${afterKill.articles} articles (${afterKill.claims} claims) stored, all whole; ` +
        `re-run: ingested ${summary.ingested}, duplicates ${summary.duplicates + summary.merged}; final ${done.articles} articles, ${done.claims} claims`);
      assert.ok(done.claims >= DISTINCT, `the generated articles have claims (${done.claims})`);
      // A third run changes nothing.
      const again = JSON.parse(rerun(db).stdout) as { ingested: number; duplicates: number };
      assert.equal(again.ingested, 0);
      assert.equal(again.duplicates, N);
    });
  });
}
