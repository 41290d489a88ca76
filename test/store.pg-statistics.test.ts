// PostgreSQL plans the write path's own statements (the counts kept per batch, look-ups by
// article) from the planner's statistics. A store filled on a server whose autovacuum is off (or
// behind) would otherwise keep the statistics of its empty tables and plan a batch's look-up as a
// scan of every claim, slowing each write as the store grows. The store refreshes them itself once
// it has grown the claims by a share of their size: not after every batch, and not never.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import pg from "pg";
import { openStore, contentHash, type PutArticleInput } from "../src/store/index.js";
import { ingestText } from "../src/ingest/text.js";
import { extractDocument } from "../src/engine/extract.js";
import { generateArticle } from "./ingest.generate.js";
import { createTestDatabase, dropTestDatabase } from "./store.pg.js";

let url = "";
before(async () => { url = await createTestDatabase("claimtrace_stats"); });
after(async () => { await dropTestDatabase(url); });

// Four extracted articles (one per language of the generator), each stored many times under a
// distinct text (a serial line appended after the claims' offsets): thousands of claims without
// extracting thousands of articles.
let bases: Array<{ doc: ReturnType<typeof ingestText>; result: ReturnType<typeof extractDocument> }> = [];
const extractBases = () => Array.from({ length: 4 }, (_, i) => {
  const g = generateArticle(i);
  const doc = ingestText(g.text, { lang: g.lang, published: g.published });
  return { doc, result: extractDocument(doc) };
});

function input(i: number): PutArticleInput {
  const { doc, result } = bases[i % bases.length];
  const text = `${doc.text}\n\nSerial ${i}.`;
  return { doc: { ...doc, text }, urls: [`https://news.example.com/stats/${i}`], contentHash: contentHash(text), result, extractorVersion: 1, origin: "test" };
}

async function analyzedClaims(): Promise<number> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const r = await c.query("SELECT greatest(reltuples, 0)::bigint AS n FROM pg_class WHERE oid = 'claims'::regclass");
    return Number(r.rows[0].n);
  } finally {
    await c.end();
  }
}

test("a PostgreSQL store refreshes the planner's statistics as ingest grows it, not after every batch", async () => {
  bases = extractBases();
  const store = await openStore(url);
  try {
    const before = await analyzedClaims();
    assert.equal(before, 0, "a fresh store's statistics say it is empty");
    // A small first batch: the statistics are left as they are.
    const first = Array.from({ length: 20 }, (_, i) => input(i));
    await store.putArticles(first);
    const small = first.reduce((n, x) => n + x.result.claims.length, 0);
    assert.ok(small > 0, "the generated articles have claims");
    assert.equal(await analyzedClaims(), 0, `${small} claims written: too few to refresh the statistics`);
    // Batches until well past the threshold: the statistics then count the claims stored.
    let written = small;
    for (let b = 1; written < 1500; b++) {
      const batch = Array.from({ length: 100 }, (_, i) => input(20 + (b - 1) * 100 + i));
      await store.putArticles(batch);
      written += batch.reduce((n, x) => n + x.result.claims.length, 0);
    }
    const stored = (await store.stats()).claims;
    const seen = await analyzedClaims();
    assert.ok(seen >= 1000 && seen <= stored, `statistics count ${seen} of the ${stored} claims stored`);
  } finally {
    await store.close();
  }
});

test("where autovacuum is off for claims, the store also vacuums them as it grows: new pages are marked all-visible", async () => {
  // Migration 18's walk reads the words from the listing's index only on pages marked all-visible.
  bases = bases.length ? bases : extractBases();
  const other = await createTestDatabase("claimtrace_stats_vac");
  const store = await openStore(other);
  const c = new pg.Client({ connectionString: other });
  await c.connect();
  try {
    await c.query("ALTER TABLE claims SET (autovacuum_enabled = false)");
    const visible = async () => Number((await c.query("SELECT relallvisible AS v FROM pg_class WHERE oid = 'claims'::regclass")).rows[0].v);
    for (let b = 0, written = 0; written < 1500; b++) {
      const batch = Array.from({ length: 100 }, (_, i) => input(100_000 + b * 100 + i));
      await store.putArticles(batch);
      written += batch.reduce((n, x) => n + x.result.claims.length, 0);
    }
    assert.ok(await visible() > 0, "pages marked all-visible");
  } finally {
    await c.end();
    await store.close();
    await dropTestDatabase(other);
  }
});
