// Measures maintained at write time (each claim filed under its measures, changed measures rebuilt
// from their members) must be exactly the measures the full build makes from every claim: the
// list (order, summaries) and every detail, after ingest through the real engine, a syndicated
// copy, a reprocess, a delete, and for a store filed afterwards (a store from before migration 8),
// on both stores.
import { test, before, after, describe } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDriver, openStore } from "../src/store/index.js";
import type { Store } from "../src/store/types.js";
import { createApp } from "../src/server/app.js";
import { MeasureCache } from "../src/server/measure-cache.js";
import { PAGE_CHUNK } from "../src/store/measure-tables.js";
import { buildMeasures } from "../src/compare/measures.js";
import { loadClaimsForMeasures } from "../src/compare/from-store.js";
import { measureDetail, measureSummary } from "../src/server/measure-views.js";
import { DEV, OWN, rawText } from "./fixtures/compare/gold-claims.js";
import { DEV_IDS, OWN_IDS } from "./fixtures/compare/seed.js";
import { createTestDatabase, dropTestDatabase } from "./store.pg.js";

const TOKEN = "maintained-test-token-0123456789";
const TRAPS = new URL("./fixtures/traps/", import.meta.url);
const TRAP_ARTICLES = JSON.parse(readFileSync(new URL("articles.json", TRAPS), "utf8")) as Array<{ id: string; lang: string; published: string | null; url: string | null }>;

const plain = (x: unknown) => JSON.parse(JSON.stringify(x));

function suite(name: string, open: () => Promise<{ spec: string; cleanup: () => Promise<void> }>) {
  describe(name, () => {
    let store: Store, spec: string, cleanup: () => Promise<void>;
    let app: ReturnType<typeof createApp>;
    const post = async (body: object) => {
      const r = await app.request("/api/ingest", {
        method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` }, body: JSON.stringify(body),
      });
      const text = await r.text();
      assert.ok(r.status < 300, `HTTP ${r.status} ${text}`);
      return JSON.parse(text) as { id: number; status: string };
    };

    /** The API's list (waiting out pending rebuilds) and every detail, against the full build. */
    async function sameAsFullBuild(): Promise<number> {
      let list: { total: number; items: Array<{ id: string }>; building?: boolean };
      for (let i = 0; ; i++) {
        list = await (await app.request("/api/measures?limit=500")).json() as typeof list;
        if (!list.building) break;
        assert.ok(i < 200, "measures still building after 20 s");
        await new Promise((r) => setTimeout(r, 100));
      }
      const all = buildMeasures(await loadClaimsForMeasures(store));
      assert.ok(all.length < 500, "the fixtures fit one page");
      assert.deepEqual(plain(list.items), plain(all.map(measureSummary)));
      for (const m of all) {
        const d = await (await app.request(`/api/measures/${encodeURIComponent(m.id)}`)).json();
        assert.deepEqual(d, plain(measureDetail(m, all)), m.id);
        // Every page of three, up to the last: the same pages as the full build's.
        for (let offset = 0; ; offset += 3) {
          const p = await (await app.request(`/api/measures/${encodeURIComponent(m.id)}?offset=${offset}&limit=3`)).json();
          assert.deepEqual(p, plain(measureDetail(m, all, { offset, limit: 3 })), `${m.id} from ${offset}`);
          if (!p.page.more) break;
        }
      }
      return all.length;
    }

    before(async () => {
      ({ spec, cleanup } = await open());
      store = await openStore(spec);
      app = createApp({ store, token: TOKEN, measureTtlMs: 0 });
      for (const a of [...TRAP_ARTICLES].reverse()) {
        const text = readFileSync(new URL(`raw/${a.id}.txt`, TRAPS), "utf8");
        await post({ text, title: a.id, lang: a.lang, ...(a.published ? { published: a.published } : {}), ...(a.url ? { url: a.url } : {}) });
      }
      for (const [d, ids] of [[DEV, DEV_IDS], [OWN, OWN_IDS]] as const) {
        for (const id of ids) {
          const gold = JSON.parse(readFileSync(join(d, "gold", `${id}.json`), "utf8"));
          await post({ text: rawText(d, id), lang: gold.lang, published: gold.published });
        }
      }
    });
    after(async () => {
      await store.close();
      await cleanup();
    });

    test("after ingest and a syndicated copy, the maintained measures are the full build's", async () => {
      const before = await sameAsFullBuild();
      assert.ok(before >= 20, `the fixtures make measures (${before})`);
      const copy = await post({ text: readFileSync(new URL("raw/t02-en-reuters.txt", TRAPS), "utf8"), lang: "en", url: "https://www.thestar.com.my/news/world/2024/10/18/north-korea-troops" });
      assert.equal(copy.status, "merged");
      await sameAsFullBuild();
    });

    test("after a reprocess that moves, drops and changes claims, and after a delete", async () => {
      const { rows: arts } = await store.listArticles({}, { limit: 100, offset: 0 });
      const withFigures = arts.filter((a) => a.claim_count > 1);
      assert.ok(withFigures.length >= 3);
      // Reprocess: the first article's claims one day later and its first claim dropped.
      const a0 = (await store.getArticle(withFigures[0].id))!;
      const moved = a0.claims.slice(1).map(({ id, article_id, article_lang, article_title, article_url, published, published_at, ...c }) =>
        ({ ...c, date: c.date ? new Date(Date.parse(c.date) + 86_400_000).toISOString().slice(0, 10) : "2024-10-20" }));
      await store.replaceClaims(a0.id, { article: a0.meta, claims: moved }, 2);
      await sameAsFullBuild();
      // Another article's figures doubled (new statements, maybe new contradictions).
      const a1 = (await store.getArticle(withFigures[1].id))!;
      const doubled = a1.claims.map(({ id, article_id, article_lang, article_title, article_url, published, published_at, ...c }) =>
        ({ ...c, quantities: c.quantities.map((q) => ({ ...q, value: q.value * 2 })) }));
      await store.replaceClaims(a1.id, { article: a1.meta, claims: doubled }, 2);
      await sameAsFullBuild();
      // Delete: an article left with no claims takes its figures (and denials) out of every measure.
      await store.replaceClaims(withFigures[2].id, { article: (await store.getArticle(withFigures[2].id))!.meta, claims: [] }, 2);
      await sameAsFullBuild();
    });

    test("a store filed by other code (or before migration 8) is filed again in the background, to the same measures", async () => {
      const d = await openDriver(spec);
      try {
        // A filing by other code (another FILING_VERSION): every claim is filed again, as for a store from before migration 8.
        // Its filings are gone too: only filing every claim again (the backfill) can bring the measures back.
        for (const t of ["measure_members", "measure_denials", "measure_dirty", "measures", "measure_series", "measure_episodes"]) await d.run(`DELETE FROM ${t}`);
        await d.run("UPDATE measure_state SET n = n + 1000 WHERE k = 'filing'");
      } finally {
        await d.close();
      }
      const fresh = createApp({ store, token: TOKEN, measureTtlMs: 0 });
      app = fresh;
      await sameAsFullBuild();
      assert.equal((await app.request("/api/measures/no.such.measure")).status, 404);
    });

    test("a store from before migration 12 (details whole, figures not kept) is upgraded and rebuilt to the same measures", async () => {
      await sameAsFullBuild();
      await store.close();
      const d = await openDriver(spec);
      try {
        // Back to migration 8's tables: no chunks, no kept figures, built measures in the old format.
        await d.run("DROP TABLE measure_pages");
        await d.run("ALTER TABLE measure_members DROP COLUMN fig");
        await d.run("DELETE FROM schema_migrations WHERE version = 12");
        await d.run("UPDATE measures SET body = '{\"old\":true}'");
      } finally {
        await d.close();
      }
      store = await openStore(spec);
      const d2 = await openDriver(spec);
      try {
        const [{ n }] = await d2.all<{ n: number }>("SELECT count(*) AS n FROM measures");
        assert.equal(Number(n), 0, "old-format measures are dropped by the migration");
        const [{ f }] = await d2.all<{ f: number }>("SELECT count(*) AS f FROM measure_members WHERE fig IS NOT NULL");
        assert.equal(Number(f), 0, "claims filed before keep no figure");
      } finally {
        await d2.close();
      }
      app = createApp({ store, token: TOKEN, measureTtlMs: 0 });
      await sameAsFullBuild();
    });

    test("a page of a detail's list is read from the chunks that hold it, across chunk boundaries", async () => {
      const t = store.measures!;
      const items = Array.from({ length: 2 * PAGE_CHUNK + 17 }, (_, i) => JSON.stringify({ i }));
      const row = { id: "test.page", seriesId: "test", role: "r", item: "i", day: null, head: "{}", seriesPart: "{}", body: "{}", days: "[]", lists: { statements: items, denials: [] } };
      await t.save([{ id: "test.page", gen: 0, row }]);
      try {
        for (const [offset, limit] of [[0, 100], [95, 10], [PAGE_CHUNK, PAGE_CHUNK], [150, 500], [2 * PAGE_CHUNK + 16, 5], [5000, 10]]) {
          const got = (await t.page(["test.page"], offset, limit)).get("test.page")!;
          assert.deepEqual(got.get("statements"), { total: items.length, items: items.slice(offset, offset + limit) }, `${offset}+${limit}`);
          assert.deepEqual(got.get("denials"), { total: 0, items: [] });
        }
      } finally {
        await t.save([{ id: "test.page", gen: 0, row: null }]);
      }
      assert.equal((await t.page(["test.page"], 0, 10)).size, 0, "a removed measure's chunks are gone");
    });

    test("the full snapshot (series, exports) is rebuilt after a write that keeps every count, and not without one", async () => {
      const cache = new MeasureCache(store, 0);
      const a = await cache.get({ fresh: true });
      assert.equal(await cache.get({ fresh: true }), a, "an unchanged store keeps its snapshot");
      // A reprocess that changes figures but not how many claims or quantities there are (not the
      // newest article: SQLite may give its claims their old ids back).
      const { rows: arts } = await store.listArticles({}, { limit: 100, offset: 0 });
      const newest = Math.max(...arts.map((x) => x.id));
      let art: Awaited<ReturnType<Store["getArticle"]>> = null;
      for (const x of arts) {
        if (x.id === newest || x.claim_count === 0) continue;
        art = await store.getArticle(x.id);
        if (art!.claims.some((c) => c.quantities.length)) break;
      }
      assert.ok(art, "an article with figures");
      const tripled = art.claims.map(({ id, article_id, article_lang, article_title, article_url, published, published_at, ...c }) =>
        ({ ...c, quantities: c.quantities.map((q) => ({ ...q, value: q.value * 3 + 1 })) }));
      await store.replaceClaims(art.id, { article: art.meta, claims: tripled }, 3);
      const b = await cache.get({ fresh: true });
      assert.notEqual(b, a, "the write is seen");
      assert.deepEqual(plain(b.measures), plain(buildMeasures(await loadClaimsForMeasures(store))));
    });
  });
}

suite("sqlite", async () => {
  const dir = mkdtempSync(join(tmpdir(), "claimtrace-maintained-"));
  return { spec: join(dir, "m.db"), cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
});
suite("postgres", async () => {
  const url = await createTestDatabase("measures_maint");
  return { spec: url, cleanup: () => dropTestDatabase(url) };
});
