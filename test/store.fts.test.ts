// Free-text search at scale (migration 9), on both backends: whatever plan the store picks (SQLite:
// prefixes expanded to indexed words, a count by FTS5 alone, a walk of the listing's index when
// there are many matches; PostgreSQL: a GIN index of the words, migration 13), claims and articles found by free text are
// exactly those the plain rule gives (every query word is the start of a word of the claim's
// evidence, claimant, outlet or place; of the article's title or text), in the listing's order,
// with the same totals, capped or not, for frequent words, rare words, prefixes, Bengali with
// vowel signs, Cyrillic, and with other filters and sorts.
import { test, describe, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore, openDriver, contentHash, type Store, type StoredClaim, type ClaimFilter, type ClaimSort } from "../src/store/index.js";
import type { Claim, Lang } from "../src/types.js";
import { SqlStore, DAY_WALK_QUERIES } from "../src/store/sql-store.js";
import { migrate } from "../src/store/migrations.js";
import pg from "pg";
import { createTestDatabase, dropTestDatabase } from "./store.pg.js";

// Words by how often they occur: "said" in every claim (2,400: past the count cap and the SQLite
// plan's walk threshold), "drones" in half, "missiles" in a fifth, rare ones in a few claims.
const LANGS: Lang[] = ["en", "ru", "bn"];
const EXTRA = ["ইউক্রেনের বিমান বাহিনী", "беспилотников над Брянской областью", "беспилотник сбит", "Zeppelinx sighted", "", "", "", ""];
const CLAIMANTS = [
  { name: "Ukrainian Air Force", id: "org:ua-air-force", surface: "Повітряні сили" },
  { name: "Pentagon", id: "org:pentagon", surface: "Pentagon" },
  { name: "বাংলাদেশ সেনাবাহিনী", id: "org:bd-army", surface: "সেনাবাহিনী" },
];
const ARTICLES = 240, PER = 10;

function fixture(n: number) {
  const claims: Claim[] = [];
  let text = `Report ${n} ${n % 7 === 0 ? "overnight zeppelinx" : "daily"}\n\n`;
  for (let k = 0; k < PER; k++) {
    const i = n * PER + k;
    const s = `Officials said ${i % 2 ? "drones" : "shells"} ${i % 5 ? "" : "missiles"} ${i * 7} hit ${EXTRA[i % EXTRA.length]} ${i % 97 === 0 ? "rarissimo" : ""} ${i % 500 === 0 ? "singularis" : ""}.`;
    const start = text.length;
    text += s + " ";
    claims.push({
      claimant: CLAIMANTS[i % CLAIMANTS.length], via: i % 4 ? null : { name: "Reuters", id: "outlet:reuters", surface: "Reuters" }, stance: "assert", kind: "air_attack",
      quantities: i % 3 ? [{ value: i % 50, item: "uav", role: "launched", qualifier: "exact", text: "1", start, end: start + 1, why: ["t"] }] : [],
      date: i % 6 === 0 ? null : `2024-10-${String(1 + (i % 27)).padStart(2, "0")}`,
      location: i % 9 === 0 ? { name: "Kursk", id: "place:kursk" } : null, evidence: { text: s, start, end: start + s.length }, why: ["t"],
    });
  }
  const meta = { lang: LANGS[n % LANGS.length], title: `Report ${n}`, source_url: `https://fts.example/${n}`, published: n % 11 === 10 ? null : `2024-09-${String(1 + (n % 28)).padStart(2, "0")}` };
  return { doc: { text, meta, boilerplate: [] }, urls: [meta.source_url], contentHash: contentHash(text), result: { article: meta, claims }, extractorVersion: 1, origin: "test" };
}

// The plain rule, written out: words are runs of letters, marks and digits, lower-cased.
const words = (s: string) => s.normalize("NFC").toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
const matches = (q: string, texts: Array<string | null | undefined>) => {
  const have = words(texts.filter(Boolean).join(" \n "));
  const want = words(q);
  return want.length > 0 && want.every((w) => have.some((h) => h.startsWith(w)));
};
const claimMatches = (q: string, c: StoredClaim) =>
  matches(q, [c.evidence.text, c.claimant?.name, c.claimant?.surface, c.via?.name, c.via?.surface, c.location?.name]);
const ids = (rows: Array<{ id: number }>) => rows.map((r) => r.id);

const QUERIES = ["said", "said drones", "SAID Drones", "drones missiles", "dr", "missiles kursk", "ইউক্রেন", "বাহিনী", "সেনা", "беспилот",
  "беспилотников брянской", "zeppelinx", "rarissimo", "rarissimo said", "1", "said 1 drones", "nothingatall", "said nothingatall", "pentagon reuters", "singularis", "singularis drones"];

function suite(name: string, create: () => Promise<string>, destroy: (spec: string) => Promise<void>) {
  describe(`free-text search on ${name}`, () => {
    let spec = "", store: Store;
    before(async () => {
      spec = await create();
      store = await openStore(spec, { create: true });
      for (let n = 0; n < ARTICLES; n += 40) await store.putArticles(Array.from({ length: 40 }, (_, k) => fixture(n + k)));
    });
    after(async () => {
      await store?.close();
      await destroy(spec);
    });

    test("claims: exactly the plain rule's, in the listing's order, totals exact and capped", async () => {
      const all = (await store.listClaims({}, { limit: 10_000, offset: 0 })).rows;
      assert.equal(all.length, ARTICLES * PER);
      const sizes: number[] = [];
      for (const q of QUERIES) {
        const want = ids(all.filter((c) => claimMatches(q, c)));
        sizes.push(want.length);
        const exact = await store.listClaims({ q }, { limit: 10_000, offset: 0 });
        assert.deepEqual(ids(exact.rows), want, q);
        assert.equal(exact.total, want.length, `${q}: total`);
        for (const cap of [10_000, 40]) {
          for (const offset of [0, 35]) {
            const page = await store.listClaims({ q }, { limit: 20, offset, countUpTo: cap });
            assert.deepEqual(ids(page.rows), want.slice(offset, offset + 20), `${q}: page at ${offset}, cap ${cap}`);
            assert.deepEqual([page.total, page.totalExact], [Math.min(want.length, cap), want.length <= cap], `${q}: total, cap ${cap}`);
          }
        }
        const none = await store.listClaims({ q }, { limit: 5, offset: 0, countUpTo: 0 });
        assert.deepEqual(ids(none.rows), want.slice(0, 5), `${q}: rows without a count`);
      }
      // The comparison covers every case: all claims, over a thousand, a few dozen, a handful, none.
      assert.ok(sizes.includes(all.length) && sizes.some((n) => n > 1000 && n < all.length) && sizes.some((n) => n > 10 && n < 100)
        && sizes.some((n) => n > 0 && n < 10) && sizes.includes(0), String(sizes));
    });

    test("claims: free text with other filters and sorts", async () => {
      const filters: ClaimFilter[] = [{ lang: "ru" }, { lang: "bn" }, { from: "2024-10-05", to: "2024-10-20" }, { lang: "en", from: "2024-10-10" }];
      const sorts: Array<ClaimSort | undefined> = [undefined, { by: "date", order: "desc" }, { by: "date", order: "asc" }, { by: "claimant", order: "asc" }, { by: "figure", order: "desc" }];
      for (const f of filters) {
        for (const sort of sorts) {
          const base = (await store.listClaims(f, { limit: 10_000, offset: 0 }, sort)).rows;
          for (const q of ["said", "said drones", "беспилот", "ইউক্রেন", "rarissimo", "nothingatall"]) {
            const want = ids(base.filter((c) => claimMatches(q, c)));
            const label = `${q} ${JSON.stringify(f)} ${JSON.stringify(sort)}`;
            const page = await store.listClaims({ ...f, q }, { limit: 15, offset: 10, countUpTo: 100 }, sort);
            assert.deepEqual(ids(page.rows), want.slice(10, 25), label);
            assert.deepEqual([page.total, page.totalExact], [Math.min(want.length, 100), want.length <= 100], `${label}: total`);
          }
        }
      }
    });

    test("claims: many matches walked day by day (SQLite) give the same pages and totals whatever the walk's budget", async () => {
      const sql = store as SqlStore;
      const all = (await store.listClaims({}, { limit: 10_000, offset: 0 })).rows;
      const plain = (await store.listClaims({ lang: "ru" }, { limit: 10_000, offset: 0 })).rows;
      try {
        // 0 queries: the rest looked up at once; 1, 2 and 3: a few runs of days walked, then the
        // rest; the default: every day walked.
        for (const days of [0, 1, 2, 3, DAY_WALK_QUERIES]) {
          sql.dayWalkQueries = days;
          for (const [f, base] of [[{}, all], [{ lang: "ru" as Lang }, plain]] as const) {
            for (const q of ["said", "said drones", "drones missiles", "dr"]) {
              const want = ids(base.filter((c) => claimMatches(q, c)));
              for (const [offset, limit, cap] of [[0, 50, 1000], [35, 20, 40], [900, 30, 10_000], [want.length - 5, 20, 100]]) {
                const label = `${q} ${JSON.stringify(f)}, ${days} queries, at ${offset}`;
                const page = await store.listClaims({ ...f, q }, { limit, offset, countUpTo: cap });
                assert.deepEqual(ids(page.rows), want.slice(offset, offset + limit), label);
                assert.deepEqual([page.total, page.totalExact], [Math.min(want.length, cap), want.length <= cap], `${label}: total`);
              }
            }
          }
        }
      } finally {
        sql.dayWalkQueries = DAY_WALK_QUERIES;
      }
    });

    test("articles: exactly the plain rule's over title and text, newest first, exact totals", async () => {
      const all = (await store.listArticles({}, { limit: 10_000, offset: 0 })).rows;
      const text = new Map<number, string>();
      for (const a of all) text.set(a.id, (await store.getArticle(a.id))!.text);
      for (const q of ["said", "drones zeppelinx", "report", "overnight", "ইউক্রেন", "беспилот", "1", "nothingatall"]) {
        for (const f of [{}, { lang: "ru" as Lang }]) {
          const want = ids(all.filter((a) => (!("lang" in f) || a.lang === f.lang) && matches(q, [a.title, text.get(a.id)])));
          const got = await store.listArticles({ ...f, q }, { limit: 30, offset: 5 });
          assert.deepEqual(ids(got.rows), want.slice(5, 35), `${q} ${JSON.stringify(f)}`);
          assert.equal(got.total, want.length, `${q} ${JSON.stringify(f)}: total`);
        }
      }
    });

    // Run last: it adds claims. The library takes any string as a claim's date; one that is not a
    // plain ISO day ("2024/10/05 10:00") must not make its pieces searchable words (SQLite's rows
    // hold a day word per ISO day: migrations 15 and 16), and the day walk passes such a day by.
    test("claims whose date is not an ISO day: no date pieces found by free text, listing in order", async () => {
      const odd = fixture(ARTICLES);
      odd.doc.text = `Odd dates ${odd.doc.text}`;
      odd.contentHash = contentHash(odd.doc.text);
      const dates = ["2024/10/05 10:00", "2024-10-07T08:00", "", "2024-10-09"];
      odd.result.claims = odd.result.claims.slice(0, dates.length).map((c, k) => ({ ...c, date: dates[k] }));
      await store.putArticles([odd]);
      const check = async (label: string) => {
        const all = (await store.listClaims({}, { limit: 10_000, offset: 0 })).rows;
        assert.ok(all.some((c) => c.date === "2024/10/05 10:00"), `${label}: the odd claims are stored`);
        for (const q of ["05", "10 00", "0800", "20241009", "said", "said drones", "dr"]) {
          const want = ids(all.filter((c) => claimMatches(q, c)));
          for (const [offset, cap] of [[0, 40], [0, 10_000], [30, 100]]) {
            const page = await store.listClaims({ q }, { limit: 50, offset, countUpTo: cap });
            assert.deepEqual(ids(page.rows), want.slice(offset, offset + 50), `${label}: ${q} at ${offset}`);
          }
        }
      };
      await check("written now");
      if (store.backend !== "sqlite") return;
      // A store written before migration 16: the odd claims' rows hold the tail migration 15 gave them.
      const d = await openDriver(spec);
      try {
        await d.run(`UPDATE claims_fts SET body = body || ' ' || char(57344) || replace((SELECT edate FROM claims c WHERE c.id = claims_fts.rowid), '-', '')
          WHERE rowid IN (SELECT id FROM claims WHERE edate IS NOT NULL AND edate NOT GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')`);
        const [{ n }] = await d.all<{ n: number }>(`SELECT count(*) AS n FROM claims_fts WHERE claims_fts MATCH '"05"'`);
        assert.ok(Number(n) > 0, "the old tail makes 05 a word");
        await d.run("DELETE FROM schema_migrations WHERE version = 16");
        await migrate(d);
        const [{ m }] = await d.all<{ m: number }>(`SELECT count(*) AS m FROM claims_fts WHERE claims_fts MATCH '"05"'`);
        assert.equal(Number(m), 0, "migration 16 takes the tail away");
      } finally {
        await d.close();
      }
      await check("after migration 16");
    });
  });
}

suite("sqlite", async () => join(mkdtempSync(join(tmpdir(), "claimtrace-fts-")), "t.db"), async (spec) => rmSync(join(spec, ".."), { recursive: true, force: true }));
suite("postgres", () => createTestDatabase("claimtrace_fts"), (url) => (url ? dropTestDatabase(url) : Promise.resolve()));

// PostgreSQL's word index (migration 13): a text's words become a tsvector, whose lexemes hold at
// most 2,047 bytes and whose words at most 1 MB. A text past either limit is stored all the same
// (an ingest never fails on it), its other words are found, and the index serves the match.
describe("free-text word index on postgres: limits and plan", () => {
  let url = "", store: Store;
  before(async () => {
    url = await createTestDatabase("claimtrace_fts_words");
    store = await openStore(url, { create: true });
  });
  after(async () => {
    await store?.close();
    if (url) await dropTestDatabase(url);
  });

  test("a 3,000-letter word and an article of 1.5 MB of distinct words are stored and searchable", async () => {
    const blob = "q".repeat(3000);
    const long = fixture(0);
    const s = `Officials said ${blob} zeppelinx drones.`;
    long.doc.text = `Report blob\n\n${s}`;
    long.contentHash = contentHash(long.doc.text);
    long.result.claims = [{ ...long.result.claims[0]!, evidence: { text: s, start: 13, end: 13 + s.length } }];
    // ~190,000 distinct eight-letter words (1.5 MB of them): more than a tsvector holds.
    const many = Array.from({ length: 190_000 }, (_, i) => `w${i.toString(36).padStart(7, "x")}`).join(" ");
    const big = fixture(1);
    big.doc.text = `Huge ${many} tailword`;
    big.contentHash = contentHash(big.doc.text);
    big.result.claims = [];
    await store.putArticles([long, big]);
    assert.deepEqual((await store.listClaims({ q: "zeppelinx drones" }, { limit: 10, offset: 0 })).rows.map((c) => c.evidence.text), [s]);
    assert.equal((await store.listClaims({ q: blob }, { limit: 10, offset: 0 })).total, 0, "a word longer than a lexeme matches nothing");
    assert.equal((await store.listArticles({ q: "huge wxxxxxx0" }, { limit: 10, offset: 0 })).total, 1, "the first words of a huge article are found");
  });

  test("a claim with more words than the listing's index holds is found by each of them, and the others stay in the index", async () => {
    // ~450 distinct words of eight letters (4 KB of them): past WORDS_IX_BYTES, so not in words_ix.
    const wide = Array.from({ length: 450 }, (_, i) => `v${i.toString(36).padStart(7, "k")}`).join(" ");
    const a = fixture(2);
    const s = `Officials said ${wide} drones zeppelinx.`;
    a.doc.text = `Report wide\n\n${s}`;
    a.contentHash = contentHash(a.doc.text);
    a.result.claims = [{ ...a.result.claims[0]!, evidence: { text: s, start: 13, end: 13 + s.length } }];
    await store.putArticles([a]);
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      const rows = (await c.query("SELECT evidence_text, words_ix IS NULL AS big FROM claims WHERE search LIKE '% zeppelinx%' ORDER BY id")).rows;
      assert.deepEqual(rows.map((r) => r.big), [false, true], "the short claim is in words_ix, the wide one is not");
    } finally {
      await c.end();
    }
    const found = async (q: string) => (await store.listClaims({ q }, { limit: 10, offset: 0 })).rows.map((x) => x.evidence.text.includes(" vkkkkkk") ? "wide" : "short").sort();
    assert.deepEqual(await found("zeppelinx drones"), ["short", "wide"]);
    assert.deepEqual(await found("vkkkkkkc"), ["wide"], "a word from the middle, as a prefix");
    assert.deepEqual(await found("vkkkkkkcx"), [], "no word starts so");
    assert.deepEqual(await found("drones zeppelinx vkkkkkc8"), ["wide"]);
    assert.equal((await store.listClaims({ q: "zeppelinx" }, { limit: 10, offset: 0, countUpTo: 1 })).total, 1, "a capped count counts both kinds");
  });

  test("migration 18 on a store written before it: the words move to words_ix, found alike, and the pages are marked all-visible", async () => {
    const before = async () => Promise.all(["zeppelinx drones", "vkkkkkkc", "said", "hu"].map(async (q) => (await store.listClaims({ q }, { limit: 50, offset: 0 })).rows.map((c) => c.id)));
    const want = await before();
    const d = await openDriver(url);
    try {
      // The schema of migration 13: the words in their own column with a GIN index, no words_ix.
      await d.run("DROP INDEX claims_order_words");
      await d.run("DROP INDEX claims_words_big");
      await d.run("DROP INDEX claims_words_ix");
      await d.run("ALTER TABLE claims DROP COLUMN words_ix");
      await d.run("ALTER TABLE claims ADD COLUMN words tsvector GENERATED ALWAYS AS (claimtrace_words(search)) STORED");
      await d.run("CREATE INDEX claims_words ON claims USING gin (words)");
      await d.run("DELETE FROM schema_migrations WHERE version = 18");
      await migrate(d);
      const cols = (await d.all<{ c: string }>("SELECT column_name AS c FROM information_schema.columns WHERE table_name = 'claims' AND column_name IN ('words', 'words_ix')")).map((r) => r.c);
      assert.deepEqual(cols, ["words_ix"]);
      const [{ big, small }] = await d.all<{ big: number; small: number }>("SELECT count(*) FILTER (WHERE words_ix IS NULL) AS big, count(*) FILTER (WHERE words_ix IS NOT NULL) AS small FROM claims");
      assert.equal(Number(big), 1, "the wide claim");
      assert.equal(Number(small), 1, "the short claim");
      // VACUUM after the commit (postgresAfter): the rewritten table's pages are all-visible again.
      const [{ v }] = await d.all<{ v: number }>("SELECT relallvisible AS v FROM pg_class WHERE oid = 'claims'::regclass");
      assert.ok(Number(v) > 0, "pages marked all-visible");
    } finally {
      await d.close();
    }
    assert.deepEqual(await before(), want);
  });

  test("the match is served by the GIN index of the words, and a walk in the listing's order reads the words from its index", async () => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      await c.query("VACUUM claims");
      // A tiny table: the planner would as soon walk a whole index, so only a bitmap is left to it here.
      await c.query("SET enable_seqscan = off; SET enable_indexscan = off; SET enable_indexonlyscan = off");
      const plan = (await c.query("EXPLAIN SELECT id FROM claims WHERE words_ix @@ CAST($1 AS tsquery)", ["'zeppelinx':* & 'dr':*"])).rows.map((r) => r["QUERY PLAN"]).join("\n");
      assert.match(plan, /claims_words_ix/, plan);
      await c.query("SET enable_bitmapscan = off; SET enable_indexscan = on; SET enable_indexonlyscan = on");
      const walk = (await c.query("EXPLAIN SELECT id FROM claims c WHERE c.words_ix @@ CAST($1 AS tsquery) ORDER BY c.edate DESC NULLS LAST, c.article_id DESC, c.ord LIMIT 50", ["'said':*"])).rows.map((r) => r["QUERY PLAN"]).join("\n");
      assert.match(walk, /Index Only Scan using claims_order_words/, walk);
    } finally {
      await c.end();
    }
  });
});
