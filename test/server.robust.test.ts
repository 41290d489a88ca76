// The API under hostile or unlucky requests, over real HTTP: a huge article must not hold up other
// requests (extraction runs in worker threads) and over its time budget gets a one-line 422; a body
// dripped byte by byte gets 408 and the connection closed; bad input of any kind is a 4xx with a
// one-line reason, never a 500, on SQLite and on PostgreSQL; export links never come from Host.
import { test, describe, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, mkdtempSync, rmSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore } from "../src/store/index.js";
import type { Store } from "../src/store/types.js";
import { startServer, type RunningServer } from "../src/server/serve.js";
import { createTestDatabase, dropTestDatabase } from "./store.pg.js";

const TOKEN = "robust-test-token-0123456789";
const SAMPLE = readFileSync("samples/02-en.txt", "utf8");
/** A real article repeated to about `chars` characters: seconds of extraction. */
const big = (chars: number) => { let t = ""; while (t.length < chars) t += SAMPLE + "\n\n"; return t; };

const post = (base: string, body: unknown) =>
  fetch(`${base}/api/ingest`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify(body),
  });

async function oneLineError(res: Response, status: number) {
  const body = await res.text();
  assert.equal(res.status, status, body);
  assert.match(body, /^\{"error":"[^\n]+"\}$/, "one line of JSON");
  return JSON.parse(body).error as string;
}

let tmp = "";
before(() => { tmp = mkdtempSync(join(tmpdir(), "claimtrace-robust-")); });
after(() => rmSync(tmp, { recursive: true, force: true }));

/** A server on an embedded store of its own for the enclosing describe(), closed after it. */
function serverFor(file: string, opts: { maxBodyBytes?: number; extractBudgetMs?: number; bodyTimeoutMs?: number }) {
  const ctx = {} as { store: Store; server: RunningServer };
  before(async () => {
    ctx.store = await openStore(join(tmp, file));
    ctx.server = await startServer({ store: ctx.store, token: TOKEN, port: 0, host: "127.0.0.1", ...opts });
  });
  after(async () => { await ctx.server.close(); await ctx.store.close(); });
  return ctx;
}

describe("extraction off the event loop", () => {
  const ctx = serverFor("pool.db", { maxBodyBytes: 4 << 20, extractBudgetMs: 120_000 });

  test("a 300 KB article being extracted does not hold up the health check", async () => {
    const order: string[] = [];
    const ingest = post(ctx.server.url, { text: big(300_000), lang: "en" }).then(async (r) => { order.push("ingest"); return r; });
    await new Promise((r) => setTimeout(r, 300)); // the article is in a worker by now
    const health = await fetch(`${ctx.server.url}/api/health`);
    order.push("health");
    assert.equal(health.status, 200);
    const res = await ingest;
    assert.equal(res.status, 201, await res.clone().text());
    assert.deepEqual(order, ["health", "ingest"], "the health check answered while the article was extracted");
  });
});

describe("time budget per article", () => {
  const ctx = serverFor("budget.db", { maxBodyBytes: 4 << 20, extractBudgetMs: 300 });

  test("over budget: 422 with one line; the worker is replaced and the next article is stored", async () => {
    const msg = await oneLineError(await post(ctx.server.url, { text: big(300_000), lang: "en" }), 422);
    assert.match(msg, /longer than 0\.3s to extract/);
    assert.equal((await ctx.store.stats()).articles, 0, "nothing stored");
    const ok = await post(ctx.server.url, { text: "The ministry said 12 drones were destroyed overnight over the region.", lang: "en" });
    assert.equal(ok.status, 201, await ok.text());
  });
});

describe("slow clients", () => {
  const ctx = serverFor("slow.db", { bodyTimeoutMs: 1500 });

  test("a body dripped a byte at a time gets 408 and the connection is closed", async () => {
    const { port } = new URL(ctx.server.url);
    const sock = connect(Number(port), "127.0.0.1");
    let got = "";
    sock.on("data", (d) => (got += d));
    sock.write(`POST /api/ingest HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nAuthorization: Bearer ${TOKEN}\r\nContent-Length: 1000\r\n\r\n{"text":"`);
    const drip = setInterval(() => { if (!sock.destroyed) sock.write("a"); }, 200);
    // Bounded: the test gives the server 10 s to close the connection.
    const closed = await Promise.race([
      new Promise<boolean>((r) => sock.once("close", () => r(true))),
      new Promise<boolean>((r) => setTimeout(() => r(false), 10_000)),
    ]);
    clearInterval(drip);
    sock.destroy();
    assert.ok(closed, "the server closed the connection");
    assert.match(got, /^HTTP\/1\.1 408 /);
    assert.match(got, /\r\n\r\n\{"error":"the request was not received within 1\.5s"\}$/);
  });
});

for (const backend of ["sqlite", "postgres"] as const) {
  describe(`bad input is a 4xx with one line, never a 500 (${backend})`, () => {
    let store: Store, server: RunningServer, pgUrl = "";
    before(async () => {
      store = await openStore(backend === "sqlite" ? join(tmp, "bad.db") : (pgUrl = await createTestDatabase("claimtrace_robust")));
      server = await startServer({ store, token: TOKEN, port: 0, host: "127.0.0.1" });
      const r = await post(server.url, { text: SAMPLE, lang: "en" });
      assert.equal(r.status, 201);
    });
    after(async () => {
      await server.close();
      await store.close();
      if (pgUrl) await dropTestDatabase(pgUrl);
    });

    test("a NUL or control character in a filter: 400 (claims, articles, facets, export)", async () => {
      for (const path of ["/api/claims?claimant=a%00b", "/api/claims?q=x%00", "/api/articles?q=%00", "/api/facets?item=%1B[31m", "/api/export?format=ndjson&claimant=%00"]) {
        const msg = await oneLineError(await fetch(server.url + path), 400);
        assert.match(msg, /control character/, path);
      }
    });

    test("ids too large for the database: 400", async () => {
      assert.match(await oneLineError(await fetch(`${server.url}/api/claims?article=99999999999999999999`), 400), /^article: /);
      assert.match(await oneLineError(await fetch(`${server.url}/api/articles/99999999999999999999`), 400), /too large/);
      assert.equal((await fetch(`${server.url}/api/articles/9007199254740991`)).status, 404);
    });

    test("empty text, a NUL in the text, an undetectable language: 400", async () => {
      assert.match(await oneLineError(await post(server.url, { text: "   \n " }), 400), /text is empty/);
      assert.match(await oneLineError(await post(server.url, { text: "The ministry said\u0000 12 drones were destroyed." }), 400), /NUL/);
      assert.match(await oneLineError(await post(server.url, { text: "1234 5678 !!! ##" }), 400), /language/);
      assert.match(await oneLineError(await post(server.url, { text: "这是一篇关于无人机的中文文章，官员说十二架无人机被摧毁。" }), 400), /unsupported language/);
    });

    test("the whole export streams to the end", async () => {
      const res = await fetch(`${server.url}/api/export?format=ndjson`);
      assert.equal(res.status, 200);
      const lines = (await res.text()).trim().split("\n");
      const { total } = await (await fetch(`${server.url}/api/claims?limit=1`)).json() as { total: number };
      assert.equal(lines.length, total);
    });

    test("JSON-LD export links are relative, whatever the Host header says", async () => {
      const res = await fetch(`${server.url}/api/export?format=jsonld&limit=3`, { headers: { host: "evil.example" } });
      const reviews = await res.json() as Array<{ url?: string }>;
      assert.ok(reviews.length > 0);
      for (const r of reviews) assert.match(r.url ?? "", /^\/#\/article\/\d+\?claim=\d+$/);
    });
  });
}

test("JSON-LD export links from the configured public URL", async () => {
  const store = await openStore(join(tmp, "public.db"));
  const server = await startServer({ store, token: TOKEN, port: 0, host: "127.0.0.1", publicUrl: "https://claims.example.org/" });
  try {
    assert.equal((await post(server.url, { text: SAMPLE, lang: "en" })).status, 201);
    const reviews = await (await fetch(`${server.url}/api/export?format=jsonld&limit=2`, { headers: { host: "evil.example" } })).json() as Array<{ url: string }>;
    for (const r of reviews) assert.match(r.url, /^https:\/\/claims\.example\.org\/#\/article\//);
  } finally {
    await server.close();
    await store.close();
  }
});
