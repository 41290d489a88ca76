// A PostgreSQL server that stops answering must not hang the store forever: with
// CLAIMTRACE_PG_TIMEOUT_MS set low, a statement blocked by a lock held elsewhere, and a connection
// that goes silent mid-transaction (a TCP proxy here stops forwarding, as a network partition
// would), each fail with one line naming the problem and the database (never its password), also
// from the CLI (exit 4) and the API (503); the failed write is not stored, and the store works
// again once the server answers.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import net from "node:net";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { openStore, contentHash, StoreError, type Store, type PutArticleInput } from "../src/store/index.js";
import { ingestText } from "../src/ingest/text.js";
import { extractDocument } from "../src/engine/extract.js";
import { startServer } from "../src/server/serve.js";
import { createTestDatabase, dropTestDatabase } from "./store.pg.js";

const TIMEOUT_MS = 300;
let url = "";
let tmp = "";

before(async () => {
  url = await createTestDatabase("claimtrace_silent");
  tmp = mkdtempSync(join(tmpdir(), "claimtrace-silent-"));
  process.env.CLAIMTRACE_PG_TIMEOUT_MS = String(TIMEOUT_MS);
});
after(async () => {
  delete process.env.CLAIMTRACE_PG_TIMEOUT_MS;
  rmSync(tmp, { recursive: true, force: true });
  await dropTestDatabase(url);
});

const text = (n: number) =>
  `Officials said on Monday that ${200 + n} drones were launched overnight in wave ${n}. ` +
  `The ministry said ${n + 5} of them were destroyed over the region.`;

function input(n: number): PutArticleInput {
  const doc = ingestText(text(n), { lang: "en", published: "2024-11-04" });
  return { doc, urls: [`https://news.example.com/silent/${n}`], contentHash: contentHash(doc.text), result: extractDocument(doc), extractorVersion: 1, origin: "test" };
}

/** The URL with a password added (trust auth ignores it): no error may show it. */
function withPassword(u: string, port?: number): string {
  const x = new URL(u);
  x.password = "s3cret-pw";
  if (port) x.port = String(port);
  return x.toString();
}

async function rejection(p: Promise<unknown>): Promise<StoreError> {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof StoreError, `a StoreError, not ${(e as Error)?.stack ?? e}`);
    return e;
  }
  assert.fail("the store call did not fail");
}

function assertOneLine(msg: string, dbName: string): void {
  assert.doesNotMatch(msg, /\n/, "one line");
  assert.ok(msg.includes(dbName), `names the database: ${msg}`);
  assert.ok(msg.includes("127.0.0.1"), `names the host: ${msg}`);
  assert.ok(!msg.includes("s3cret-pw"), `never the password: ${msg}`);
}

/** Holds ACCESS EXCLUSIVE on a table in an open transaction until released. */
async function lockTable(table: string): Promise<{ release(): Promise<void> }> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  await c.query("BEGIN");
  await c.query(`LOCK TABLE ${table} IN ACCESS EXCLUSIVE MODE`);
  return { async release() { await c.query("ROLLBACK"); await c.end(); } };
}

test("a statement blocked by a lock fails after CLAIMTRACE_PG_TIMEOUT_MS with one line; nothing half-written; the store works after the lock is released", { timeout: 60_000 }, async () => {
  const dbName = new URL(url).pathname.slice(1);
  const store = await openStore(withPassword(url));
  try {
    await store.putArticle(input(0));
    const lock = await lockTable("claims");
    let released = false;
    try {
      const read = await rejection(store.listClaims({}, { limit: 10, offset: 0 }));
      assertOneLine(read.message, dbName);
      assert.match(read.message, new RegExp(`took longer than ${TIMEOUT_MS} ms`));
      // The API answers 503 with that line instead of hanging the request.
      const server = await startServer({ store, token: null, port: 0, host: "127.0.0.1" });
      try {
        const res = await fetch(`${server.url}/api/claims`);
        const body = await res.text();
        assert.equal(res.status, 503, body);
        assert.match(body, new RegExp(`^\\{"error":"store unavailable, try again: PostgreSQL store [^\\n]*took longer than ${TIMEOUT_MS} ms[^\\n]*"\\}$`));
        assert.ok(!body.includes("s3cret-pw"));
      } finally {
        await server.close();
      }
      // A write: its article row goes in before the claims wait on the lock; the transaction is rolled back.
      const write = await rejection(store.putArticles([input(1)]));
      assertOneLine(write.message, dbName);
      await lock.release();
      released = true;
    } finally {
      if (!released) await lock.release();
    }
    const stats = await store.stats();
    assert.equal(stats.articles, 1, "the failed write stored nothing");
    const again = await store.putArticles([input(1)]);
    assert.equal(again[0]!.status, "inserted");
    const { total } = await store.listClaims({}, { limit: 10, offset: 0 });
    assert.ok(total > 0, "claims readable again");
  } finally {
    await store.close();
  }
});

test("claimtrace ingest with the claims table locked: exit 4 with one line, the article not stored; stored by the next run", { timeout: 120_000 }, async () => {
  const file = join(tmp, "locked.txt");
  writeFileSync(file, text(50));
  const run = () => new Promise<{ code: number | null; out: string; err: string }>((res) => {
    const p = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", "ingest", file, "--db", withPassword(url)], {
      stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, CLAIMTRACE_PG_TIMEOUT_MS: String(TIMEOUT_MS) },
    });
    let out = "", err = "";
    p.stdout!.on("data", (d) => (out += d));
    p.stderr!.on("data", (d) => (err += d));
    p.once("exit", (code) => res({ code, out, err }));
  });
  const count = async () => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      return Number((await c.query("SELECT count(*) AS n FROM articles WHERE text LIKE '%wave 50.%'")).rows[0].n);
    } finally {
      await c.end();
    }
  };
  // The store is migrated before the lock (a migration would wait on it too, and fail the same way).
  await (await openStore(url)).close();
  const lock = await lockTable("claims");
  let first;
  try {
    first = await run();
  } finally {
    await lock.release();
  }
  assert.equal(first.code, 4, `exit 4 (store): ${first.err}`);
  assert.match(first.err, new RegExp(`^claimtrace: PostgreSQL store [^\\n]*${new URL(url).pathname.slice(1)}[^\\n]*took longer than ${TIMEOUT_MS} ms[^\\n]*\\n$`));
  assert.ok(!first.err.includes("s3cret-pw"));
  assert.equal(await count(), 0, "not stored, so not acknowledged");
  const second = await run();
  assert.equal(second.code, 0, second.err);
  assert.match(second.out, /^ingested 1, duplicates 0, failed 0/);
  assert.equal(await count(), 1);
});

/**
 * A TCP proxy to the server that can go silent: from `silenceOn(marker)`, the first client message
 * containing marker and everything after it, both ways, on that connection and every connection
 * open then, is dropped, and nothing is closed: what a network partition looks like. Connections
 * made after `heal()` are forwarded again.
 */
async function silentProxy(target: URL) {
  type Pair = { client: net.Socket; server: net.Socket; silent: boolean };
  const pairs = new Set<Pair>();
  let marker: string | null = null;
  let silenced = 0;
  const srv = net.createServer((client) => {
    const server = net.connect(Number(target.port || 5432), target.hostname);
    const pair: Pair = { client, server, silent: false };
    pairs.add(pair);
    client.on("data", (d) => {
      if (!pair.silent && marker && d.includes(marker)) {
        for (const p of pairs) p.silent = true;
        silenced++;
      }
      if (!pair.silent) server.write(d);
    });
    server.on("data", (d) => { if (!pair.silent) client.write(d); });
    // A partition tells nobody that the other side closed.
    client.on("close", () => { if (!pair.silent) server.destroy(); });
    server.on("close", () => { if (!pair.silent) client.destroy(); });
    client.on("error", () => undefined);
    server.on("error", () => undefined);
  });
  await new Promise<void>((res) => srv.listen(0, "127.0.0.1", res));
  return {
    port: (srv.address() as net.AddressInfo).port,
    silenceOn(m: string) { marker = m; },
    heal() { marker = null; },
    silenced: () => silenced,
    async close() {
      for (const p of pairs) { p.client.destroy(); p.server.destroy(); }
      await new Promise((res) => srv.close(res));
    },
  };
}

test("a connection that goes silent mid-transaction fails the write with one line, not a hang; the write is not stored and succeeds once the network heals", { timeout: 60_000 }, async () => {
  const dbName = new URL(url).pathname.slice(1);
  const proxy = await silentProxy(new URL(url));
  let store: Store | null = null;
  try {
    store = await openStore(withPassword(url, proxy.port));
    await store.putArticle(input(100));
    const before = (await store.stats()).articles;
    // Silent once the claims are sent: the article's row is in, the transaction open.
    proxy.silenceOn("INSERT INTO claims");
    const write = await rejection(store.putArticles([input(101)]));
    assert.equal(proxy.silenced(), 1, "the proxy went silent mid-transaction");
    assertOneLine(write.message, dbName);
    assert.ok(write.message.includes(String(proxy.port)), "names the address used");
    assert.match(write.message, new RegExp(`no answer from the server within ${TIMEOUT_MS + 1000} ms`));
    proxy.heal();
    // A read on a fresh connection works; the orphaned transaction, still open on the server behind
    // the silent connection, is ended by the server (idle_in_transaction_session_timeout), which
    // frees the article's unique keys for the retry.
    assert.equal((await store.stats()).articles, before, "the silent write stored nothing");
    const again = await store.putArticles([input(101)]);
    assert.equal(again[0]!.status, "inserted");
    assert.equal((await store.stats()).articles, before + 1);
  } finally {
    await store?.close();
    await proxy.close();
  }
});

test("CLAIMTRACE_PG_TIMEOUT_MS that is no number is a one-line store error naming it", async () => {
  process.env.CLAIMTRACE_PG_TIMEOUT_MS = "30s";
  try {
    const e = await rejection(openStore(url));
    assert.equal(e.message, 'CLAIMTRACE_PG_TIMEOUT_MS must be a whole number of milliseconds (0 for no limit), not "30s"');
  } finally {
    process.env.CLAIMTRACE_PG_TIMEOUT_MS = String(TIMEOUT_MS);
  }
});
