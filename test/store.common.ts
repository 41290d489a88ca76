// The one store test suite: every test here runs unchanged against each backend (see
// store.sqlite.test.ts and store.postgres.test.ts), so both behave the same through the Store interface.
import { test, describe, before, after } from "node:test";
import assert from "node:assert/strict";
import { openStore, openDriver, contentHash, type Store } from "../src/store/index.js";
import { migrate, MIGRATIONS } from "../src/store/migrations.js";
import { foldedNames } from "../src/query/fold.js";
import { SqlStore } from "../src/store/sql-store.js";
import type { Claim, Document, ExtractResult, Lang, Quantity } from "../src/types.js";

export interface BackendFactory {
  name: string;
  /** Creates an empty store location (file path or database URL). */
  create(): Promise<string>;
  /** Removes everything create() made. */
  destroy(spec: string): Promise<void>;
}

function q(value: number, item: string, role: string, text: string, start: number, qualifier: Quantity["qualifier"] = "exact"): Quantity {
  return { value, item, role, qualifier, text, start, end: start + text.length, why: ["test"] };
}

/** A claim whose evidence is `sentence` located in `text` (so offsets are real). */
function claim(text: string, sentence: string, over: Partial<Claim> = {}, quantities: Array<[number, string, string, string]> = []): Claim {
  const start = text.indexOf(sentence);
  assert.ok(start >= 0, `sentence not in text: ${sentence}`);
  return {
    claimant: null,
    via: null,
    stance: "assert",
    kind: "other",
    date: null,
    location: null,
    evidence: { text: sentence, start, end: start + sentence.length },
    why: ["test"],
    quantities: quantities.map(([v, item, role, t]) => q(v, item, role, t, text.indexOf(t, start))),
    ...over,
  };
}

interface Fixture { doc: Document; result: ExtractResult; urls: string[] }

function article(lang: Lang, text: string, published: string | null, title: string, claims: (text: string) => Claim[], urls: string[] = []): Fixture {
  const doc: Document = { text, meta: { lang, title, source_url: null, published }, boilerplate: [] };
  return { doc, urls, result: { article: { ...doc.meta }, claims: claims(text) } };
}

const UAF = { name: "Ukrainian Air Force", id: "org:ua-air-force" };
const RUMOD = { name: "Russian Ministry of Defence", id: "org:ru-mod" };
const UA = { name: "Ukraine", id: "place:ua" };

const EN_TEXT =
  "Drones over Ukraine\n\nThe Ukrainian Air Force said that Russia launched 48 drones overnight, and 31 of them were shot down. " +
  "Russia's Ministry of Defence said it destroyed 83 Ukrainian drones. According to Reuters, North Korea denied sending troops.";
const EN = article("en", EN_TEXT, "2024-11-01", "Drones over Ukraine", (t) => [
  claim(t, "The Ukrainian Air Force said that Russia launched 48 drones overnight, and 31 of them were shot down.",
    { claimant: { ...UAF, surface: "Ukrainian Air Force" }, kind: "interception", location: UA, date: "2024-11-01" },
    [[48, "uav", "launched", "48"], [31, "uav", "destroyed", "31"]]),
  claim(t, "Russia's Ministry of Defence said it destroyed 83 Ukrainian drones.",
    { claimant: { ...RUMOD, surface: "Russia's Ministry of Defence" }, kind: "interception" },
    [[83, "uav", "destroyed", "83"]]),
  claim(t, "According to Reuters, North Korea denied sending troops.",
    { claimant: { name: "North Korea", id: "place:kp", surface: "North Korea" }, via: { name: "Reuters", id: "outlet:reuters", surface: "Reuters" }, stance: "deny", kind: "deployment" }),
], ["https://news.example.com/world/drones-over-ukraine?utm_source=x#comments"]);

const BN_TEXT = "ইউক্রেনের বিমান বাহিনী ঘোষণা করেছে যে রাশিয়া ৪৮টি ড্রোন উৎক্ষেপণ করেছে, যার মধ্যে ৩১টি ভূপাতিত করা হয়েছে।";
const BN = article("bn", BN_TEXT, "2024-11-02", "ড্রোন হামলা", (t) => [
  claim(t, BN_TEXT, { claimant: { ...UAF, surface: "ইউক্রেনের বিমান বাহিনী" }, kind: "interception", location: UA },
    [[48, "uav", "launched", "৪৮টি"], [31, "uav", "destroyed", "৩১টি"]]),
], ["https://bn.example.org/news/123"]);

const RU_TEXT = "Минобороны России сообщило, что над Брянской областью сбиты 12 беспилотников. Киев это не комментировал.";
const RU = article("ru", RU_TEXT, "2024-10-30", "Сбиты беспилотники", (t) => [
  claim(t, "Минобороны России сообщило, что над Брянской областью сбиты 12 беспилотников.",
    { claimant: { ...RUMOD, surface: "Минобороны России" }, kind: "interception", date: "2024-10-29", location: { name: "Bryansk Oblast", id: "place:ru-bry" } },
    [[12, "uav", "destroyed", "12"]]),
]);

const VI_TEXT = "Theo Yonhap, Triều Tiên đã chuyển khoảng 8.000 quân tới Nga.";
const VI = article("vi", VI_TEXT, null, "Quân Triều Tiên", (t) => [
  claim(t, VI_TEXT, { claimant: null, via: { name: "Yonhap", id: "outlet:yonhap", surface: "Yonhap" }, kind: "deployment" },
    [[8000, "troops", "deployed", "8.000"]]),
]);

async function put(store: Store, f: Fixture, urls = f.urls, version = 1) {
  return store.putArticle({ doc: f.doc, urls, contentHash: contentHash(f.doc.text), result: f.result, extractorVersion: version, origin: "test" });
}

export function storeSuite(factory: BackendFactory): void {
  describe(`store on ${factory.name}`, () => {
    let spec = "";
    let store: Store;
    const ids: Record<string, number> = {};

    before(async () => {
      spec = await factory.create();
      store = await openStore(spec);
      ids.en = (await put(store, EN)).id;
      ids.bn = (await put(store, BN)).id;
      ids.ru = (await put(store, RU)).id;
      ids.vi = (await put(store, VI)).id;
    });
    after(async () => {
      await store?.close();
      await factory.destroy(spec);
    });

    test("stores articles with their claims, quantities and URLs", async () => {
      assert.deepEqual(await store.stats(), { articles: 4, claims: 6, quantities: 7, urls: 2 });
    });

    test("migrations are versioned and idempotent: reopening migrates nothing and keeps the data", async () => {
      const again = await openStore(spec);
      await again.migrate();
      assert.equal((await again.stats()).articles, 4);
      await again.close();
    });

    test("the same input twice changes nothing", async () => {
      const before = await store.stats();
      const r = await put(store, EN);
      assert.deepEqual(r, { id: ids.en, status: "duplicate" });
      assert.deepEqual(await store.stats(), before);
    });

    test("a syndicated copy (same text, other URL) is stored once, with both URLs", async () => {
      const r = await put(store, EN, ["https://mirror.example.net/syndicated/drones"]);
      assert.deepEqual(r, { id: ids.en, status: "merged" });
      const a = await store.getArticle(ids.en);
      assert.deepEqual(a!.urls.sort(), ["https://mirror.example.net/syndicated/drones", "https://news.example.com/world/drones-over-ukraine"]);
      assert.equal((await store.stats()).articles, 4);
      // Again: nothing new.
      assert.equal((await put(store, EN, ["https://mirror.example.net/syndicated/drones#top"])).status, "duplicate");
    });

    test("a different text at a known URL is a duplicate of the article stored there", async () => {
      const edited = article("bn", BN_TEXT + " আপডেট।", "2024-11-02", "ড্রোন হামলা", () => []);
      const r = await put(store, edited, ["https://bn.example.org/news/123"]);
      assert.deepEqual(r, { id: ids.bn, status: "duplicate" });
      assert.equal((await store.getArticle(ids.bn))!.text, BN_TEXT);
    });

    test("findArticle finds by content hash and by normalised URL", async () => {
      assert.equal((await store.findArticle({ contentHash: contentHash(RU_TEXT), urls: [] }))?.id, ids.ru);
      assert.equal((await store.findArticle({ contentHash: "nope", urls: ["https://NEWS.example.com/world/drones-over-ukraine?fbclid=1"] }))?.id, ids.en);
      assert.equal(await store.findArticle({ contentHash: "nope", urls: ["https://elsewhere.example/"] }), null);
    });

    test("putArticle is one transaction: a failing claim leaves no article, claim or URL behind", async () => {
      const before = await store.stats();
      const bad = article("en", "Broken article with a quantity the schema rejects, number 5.", null, "Broken", (t) => [
        claim(t, "Broken article with a quantity the schema rejects, number 5.", {}, [[5, "uav", "launched", "5"]]),
      ], ["https://broken.example/1"]);
      (bad.result.claims[0].quantities[0] as { item: unknown }).item = null; // NOT NULL violation on the last insert
      await assert.rejects(put(store, bad));
      assert.deepEqual(await store.stats(), before);
      assert.equal(await store.findArticle({ contentHash: contentHash(bad.doc.text), urls: ["https://broken.example/1"] }), null);
    });

    test("getArticle returns text, metadata and claims whose offsets index into the stored text", async () => {
      const a = await store.getArticle(ids.en);
      assert.ok(a);
      assert.equal(a.text, EN_TEXT);
      assert.equal(a.lang, "en");
      assert.equal(a.title, "Drones over Ukraine");
      assert.equal(a.published, "2024-11-01");
      assert.equal(a.url, "https://news.example.com/world/drones-over-ukraine");
      assert.equal(a.claim_count, 3);
      assert.deepEqual(a.claims.map((c) => c.claimant?.name ?? null), ["Ukrainian Air Force", "Russian Ministry of Defence", "North Korea"]);
      for (const c of a.claims) {
        assert.equal(a.text.slice(c.evidence.start, c.evidence.end), c.evidence.text);
        for (const x of c.quantities) assert.equal(a.text.slice(x.start, x.end), x.text);
        assert.equal(c.article_id, ids.en);
        assert.equal(c.article_title, "Drones over Ukraine");
      }
      assert.equal(await store.getArticle(999999), null);
    });

    const names = async (f: Parameters<Store["listClaims"]>[0]) =>
      (await store.listClaims(f, { limit: 100, offset: 0 })).rows.map((c) => `${c.article_lang}:${c.claimant?.name ?? "article"}`).sort();

    test("filters: claimant by canonical name (any case), id or surface; 'article' for the article's own voice", async () => {
      assert.deepEqual(await names({ claimant: "ukrainian air force" }), ["bn:Ukrainian Air Force", "en:Ukrainian Air Force"]);
      assert.deepEqual(await names({ claimant: "org:ru-mod" }), ["en:Russian Ministry of Defence", "ru:Russian Ministry of Defence"]);
      assert.deepEqual(await names({ claimant: "Минобороны России" }), ["ru:Russian Ministry of Defence"]);
      assert.deepEqual(await names({ claimant: "article" }), ["vi:article"]);
      // Any part of a name finds it (forgiving search, src/query): "Ukrainian" is a word of the name.
      assert.deepEqual(await names({ claimant: "Ukrainian" }), ["bn:Ukrainian Air Force", "en:Ukrainian Air Force"]);
      assert.deepEqual(await names({ claimant: "Ukrainians" }), []);
    });

    test("filters: via, kind, stance, lang, place, article", async () => {
      assert.deepEqual(await names({ via: "reuters" }), ["en:North Korea"]);
      assert.deepEqual(await names({ via: "outlet:yonhap" }), ["vi:article"]);
      assert.deepEqual(await names({ stance: "deny" }), ["en:North Korea"]);
      assert.deepEqual(await names({ kind: "deployment" }), ["en:North Korea", "vi:article"]);
      assert.deepEqual(await names({ lang: "ru" }), ["ru:Russian Ministry of Defence"]);
      assert.deepEqual(await names({ place: "ukraine" }), ["bn:Ukrainian Air Force", "en:Ukrainian Air Force"]);
      assert.deepEqual(await names({ place: "place:ru-bry" }), ["ru:Russian Ministry of Defence"]);
      assert.equal((await store.listClaims({ articleId: ids.en }, { limit: 10, offset: 0 })).total, 3);
    });

    test("filters: item and role match the same quantity", async () => {
      assert.deepEqual(await names({ item: "troops" }), ["vi:article"]);
      assert.deepEqual(await names({ item: "uav", role: "launched" }), ["bn:Ukrainian Air Force", "en:Ukrainian Air Force"]);
      assert.deepEqual(await names({ item: "troops", role: "launched" }), []);
      assert.equal((await store.listClaims({ role: "destroyed" }, { limit: 10, offset: 0 })).total, 4);
    });

    test("filters: date range on the claim date, else the publication date (inclusive)", async () => {
      // en claim 1 dated 2024-11-01; en claims 2-3 inherit 2024-11-01; bn 2024-11-02; ru claim 2024-10-29; vi none.
      assert.deepEqual(await names({ from: "2024-11-02" }), ["bn:Ukrainian Air Force"]);
      assert.deepEqual(await names({ to: "2024-10-31" }), ["ru:Russian Ministry of Defence"]);
      assert.equal((await store.listClaims({ from: "2024-11-01", to: "2024-11-01" }, { limit: 10, offset: 0 })).total, 3);
    });

    test("free text: words in any order, word prefixes, Bengali with inflections, Cyrillic in any case, Vietnamese", async () => {
      assert.deepEqual(await names({ q: "drones launched" }), ["en:Ukrainian Air Force"]);
      assert.deepEqual(await names({ q: "ইউক্রেন" }), ["bn:Ukrainian Air Force"]); // prefix of ইউক্রেনের
      assert.deepEqual(await names({ q: "ভূপাতিত" }), ["bn:Ukrainian Air Force"]);
      assert.deepEqual(await names({ q: "БРЯНСКОЙ беспилотн" }), ["ru:Russian Ministry of Defence"]);
      assert.deepEqual(await names({ q: "Triều Tiên" }), ["vi:article"]);
      assert.deepEqual(await names({ q: "reuters" }), ["en:North Korea"]); // via names are searchable
      assert.deepEqual(await names({ q: "zeppelin" }), []);
      assert.deepEqual(await names({ q: "   " }), []);
    });

    test("every query is parameterised: hostile filter values match nothing and break nothing", async () => {
      for (const evil of ["' OR 1=1 --", "\" OR \"\"=\"", "x'); DROP TABLE claims; --", "NEAR(a b)", "%", "_", "\\", "?"]) {
        assert.deepEqual(await names({ claimant: evil }), []);
        assert.deepEqual(await names({ q: evil }), []);
        assert.equal((await store.listArticles({ q: evil, site: evil }, { limit: 5, offset: 0 })).total, 0);
      }
      assert.equal((await store.stats()).claims, 6);
    });

    test("pagination: total counts all matches, pages are disjoint, order is newest first", async () => {
      const all = await store.listClaims({}, { limit: 100, offset: 0 });
      assert.equal(all.total, 6);
      const p1 = await store.listClaims({}, { limit: 4, offset: 0 });
      const p2 = await store.listClaims({}, { limit: 4, offset: 4 });
      assert.equal(p1.total, 6);
      assert.deepEqual([...p1.rows, ...p2.rows].map((r) => r.id), all.rows.map((r) => r.id));
      assert.equal(p2.rows.length, 2);
      assert.equal(all.rows[0].article_lang, "bn"); // 2024-11-02 is the newest date
      assert.equal(all.rows[all.rows.length - 1].article_lang, "vi"); // no date: last
    });

    test("facets count claims per claimant, via, item, lang and date under the filter", async () => {
      const f = await store.facets({});
      assert.deepEqual(f.claimant, [
        { value: "Russian Ministry of Defence", count: 2 },
        { value: "Ukrainian Air Force", count: 2 },
        { value: "North Korea", count: 1 },
        { value: "article", count: 1 },
      ]);
      assert.deepEqual(f.via, [{ value: "Reuters", count: 1 }, { value: "Yonhap", count: 1 }]);
      assert.deepEqual(f.item, [{ value: "uav", count: 4 }, { value: "troops", count: 1 }]);
      assert.deepEqual(f.lang, [{ value: "en", count: 3 }, { value: "bn", count: 1 }, { value: "ru", count: 1 }, { value: "vi", count: 1 }]);
      assert.deepEqual(f.date, [{ value: "2024-11-01", count: 3 }, { value: "2024-10-29", count: 1 }, { value: "2024-11-02", count: 1 }]);
      const fr = await store.facets({ lang: "ru" });
      assert.deepEqual(fr.claimant, [{ value: "Russian Ministry of Defence", count: 1 }]);
      assert.deepEqual(fr.via, []);
    });

    test("articles: list with filters and pagination", async () => {
      const all = await store.listArticles({}, { limit: 10, offset: 0 });
      assert.equal(all.total, 4);
      assert.deepEqual(all.rows.map((r) => r.lang), ["bn", "en", "ru", "vi"]); // newest publication first, undated last
      assert.deepEqual((await store.listArticles({ lang: "vi" }, { limit: 10, offset: 0 })).rows.map((r) => r.title), ["Quân Triều Tiên"]);
      assert.deepEqual((await store.listArticles({ q: "беспилотников" }, { limit: 10, offset: 0 })).rows.map((r) => r.lang), ["ru"]);
      assert.deepEqual((await store.listArticles({ from: "2024-11-01" }, { limit: 10, offset: 0 })).rows.map((r) => r.lang), ["bn", "en"]);
      const page = await store.listArticles({}, { limit: 1, offset: 1 });
      assert.equal(page.total, 4);
      assert.equal(page.rows[0].lang, "en");
      assert.equal(page.rows[0].claim_count, 3);
    });

    test("reprocess: articlesOlderThan yields old articles; replaceClaims swaps claims, version and search index in place", async () => {
      const older = [];
      for await (const a of store.articlesOlderThan(2)) older.push(a.id);
      assert.deepEqual(older.sort((x, y) => x - y), Object.values(ids).sort((x, y) => x - y));
      const text = RU_TEXT;
      const newClaim = claim(text, "Киев это не комментировал.", { claimant: { name: "Kyiv", id: "place:kyiv", surface: "Киев" }, kind: "statement" });
      await store.replaceClaims(ids.ru, { article: { ...RU.doc.meta }, claims: [newClaim] }, 2);
      const a = await store.getArticle(ids.ru);
      assert.equal(a!.extractor_version, 2);
      assert.equal(a!.claim_count, 1);
      assert.deepEqual(a!.claims.map((c) => c.claimant?.name), ["Kyiv"]);
      assert.deepEqual(await names({ q: "комментировал" }), ["ru:Kyiv"]);
      assert.deepEqual(await names({ q: "Брянской" }), []);
      assert.equal((await store.stats()).quantities, 6);
      const still = [];
      for await (const x of store.articlesOlderThan(2)) still.push(x.id);
      assert.equal(still.includes(ids.ru), false);
      assert.equal(still.length, 3);
    });

    test("concurrent writers of the same new article store it once", async () => {
      const f = article("en", "A brand new article about 7 missiles, written by many writers at once.", "2024-12-01", "Race", () => []);
      const results = await Promise.all(Array.from({ length: 8 }, (_, i) => put(store, f, [`https://race.example/${i}`])));
      assert.equal(results.filter((r) => r.status === "inserted").length, 1);
      assert.equal(new Set(results.map((r) => r.id)).size, 1);
      assert.equal((await store.getArticle(results[0].id))!.urls.length, 8);
    });

    test("a translation stored under the original's URL is its own article (URLs identify within a language)", async () => {
      const tr = article("vi", "Không quân Ukraine cho biết Nga phóng 48 UAV, 31 chiếc bị bắn hạ.", "2024-11-02", "UAV", () => []);
      const r = await put(store, tr, ["https://bn.example.org/news/123"]);
      assert.equal(r.status, "inserted");
      assert.notEqual(r.id, ids.bn);
      assert.equal((await store.findArticle({ contentHash: "nope", urls: ["https://bn.example.org/news/123"], lang: "bn" }))?.id, ids.bn);
      assert.equal(await store.findArticle({ contentHash: "nope", urls: ["https://bn.example.org/news/123"], lang: "ru" }), null);
      ids.tr = r.id;
    });

    test("findArticles answers each key as findArticle does, in key order (the queue worker's batch look-up)", async () => {
      const keys = [
        { contentHash: "nope", urls: ["https://elsewhere.example/"] },
        { contentHash: "nope", urls: ["https://bn.example.org/news/123"], lang: "ru" as const },
        { contentHash: contentHash(RU_TEXT), urls: [] },
        { contentHash: "nope", urls: ["https://bn.example.org/news/123"], lang: "bn" as const },
        { contentHash: "nope", urls: ["https://NEWS.example.com/world/drones-over-ukraine?fbclid=1"] },
        { contentHash: "nope", urls: ["https://bn.example.org/news/123"] },
        { contentHash: contentHash(RU_TEXT), urls: ["https://bn.example.org/news/123"], lang: "bn" as const },
      ];
      const one = await Promise.all(keys.map((k) => store.findArticle(k)));
      assert.deepEqual((await store.findArticles(keys)).map((x) => x && Number(x.id)), one.map((x) => x && Number(x.id)));
      assert.deepEqual(one.map((x) => x && Number(x.id)), [null, null, ids.ru, ids.bn, ids.en, Math.min(ids.bn, ids.tr), ids.ru]);
      assert.deepEqual(await store.findArticles([]), []);
    });

    test("putArticles: one transaction for a group; duplicates within the group and against the store resolved in order", async () => {
      const before = await store.stats();
      const a = article("en", "Group article A: the ministry said 5 drones were downed over the region overnight.", "2024-12-02", "A", (t) => [
        claim(t, "Group article A: the ministry said 5 drones were downed over the region overnight.", { kind: "interception" }, [[5, "uav", "destroyed", "5"]]),
      ]);
      const b = article("ru", "Групповая статья Б: министерство сообщило о 6 сбитых беспилотниках.", "2024-12-02", "Б", () => []);
      const res = await store.putArticles([
        { doc: a.doc, urls: ["https://group.example/a"], contentHash: contentHash(a.doc.text), result: a.result, extractorVersion: 1 },
        { doc: a.doc, urls: ["https://group.example/a-copy"], contentHash: contentHash(a.doc.text), result: a.result, extractorVersion: 1 },
        { doc: b.doc, urls: ["https://group.example/b"], contentHash: contentHash(b.doc.text), result: b.result, extractorVersion: 1 },
        { doc: EN.doc, urls: EN.urls, contentHash: contentHash(EN.doc.text), result: EN.result, extractorVersion: 1 },
        { doc: { ...b.doc, text: b.doc.text + " Обновлено." }, urls: ["https://group.example/b"], contentHash: contentHash(b.doc.text + " Обновлено."), result: b.result, extractorVersion: 1 },
      ]);
      assert.deepEqual(res.map((r) => r.status), ["inserted", "merged", "inserted", "duplicate", "duplicate"]);
      assert.equal(res[1].id, res[0].id);
      assert.equal(res[3].id, ids.en);
      assert.equal(res[4].id, res[2].id);
      const after = await store.stats();
      assert.deepEqual(after, { articles: before.articles + 2, claims: before.claims + 1, quantities: before.quantities + 1, urls: before.urls + 3 });
      assert.deepEqual((await store.getArticle(res[0].id))!.urls.sort(), ["https://group.example/a", "https://group.example/a-copy"]);
      // All or nothing: a group with one bad article stores none of it.
      const c = article("en", "Group article C with a broken quantity, 9 of them.", null, "C", (t) => [claim(t, "Group article C with a broken quantity, 9 of them.", {}, [[9, "uav", "launched", "9"]])]);
      (c.result.claims[0].quantities[0] as { role: unknown }).role = null;
      const d = article("en", "Group article D is fine and mentions 4 tanks.", null, "D", () => []);
      await assert.rejects(store.putArticles([
        { doc: d.doc, urls: [], contentHash: contentHash(d.doc.text), result: d.result, extractorVersion: 1 },
        { doc: c.doc, urls: [], contentHash: contentHash(c.doc.text), result: c.result, extractorVersion: 1 },
      ]));
      assert.deepEqual(await store.stats(), after);
    });

    test("migrations: recorded in schema_migrations; a store at an older version is upgraded in place, data kept", async () => {
      const d = await openDriver(spec);
      const versions = (await d.all<{ version: number }>("SELECT version FROM schema_migrations ORDER BY version")).map((r) => Number(r.version));
      assert.deepEqual(versions, MIGRATIONS.map((m) => m.version));
      await d.close();
      // A second store holding an article, taken back to version 2 (before the folded names of
      // migration 3) as a claimtrace of that version left it; opening it applies the rest.
      const old = await factory.create();
      const d1 = await openDriver(old);
      await migrate(d1);
      const v1 = new SqlStore(d1);
      assert.equal((await put(v1, RU)).status, "inserted");
      for (const col of ["claimant_fold", "via_fold", "location_fold"]) await d1.run(`ALTER TABLE claims DROP COLUMN ${col}`);
      // Later migrations undone too (5: publication time), so the upgrade applies them again.
      await d1.run("ALTER TABLE articles DROP COLUMN published_at");
      // 6: listing columns, their indexes and the names and days tables.
      for (const ix of ["claims_lang", "claims_fig", "claims_place_order", "claims_claimant_asc", "claims_claimant_desc"]) await d1.run(`DROP INDEX ${ix}`);
      for (const col of ["lang", "fig"]) await d1.run(`ALTER TABLE claims DROP COLUMN ${col}`);
      for (const t of ["claim_names", "claim_days"]) await d1.run(`DROP TABLE ${t}`);
      await d1.run("DELETE FROM schema_migrations WHERE version > 2");
      await v1.close();
      const s2 = await openStore(old);
      assert.equal((await s2.stats()).articles, 1);
      assert.equal((await s2.listClaims({ lang: "ru" }, { limit: 5, offset: 0 })).total, 1);
      // The upgrade filled the folded names of the stored claim from its names.
      const d3 = await openDriver(old);
      const [row] = await d3.all<{ claimant_name: string; claimant_surface: string; claimant_fold: string }>("SELECT claimant_name, claimant_surface, claimant_fold FROM claims");
      assert.equal(row.claimant_fold, foldedNames(row.claimant_name, row.claimant_surface));
      await d3.close();
      await s2.close();
      const d2 = await openDriver(old);
      assert.deepEqual((await d2.all<{ version: number }>("SELECT version FROM schema_migrations ORDER BY version")).map((r) => Number(r.version)), MIGRATIONS.map((m) => m.version));
      await d2.close();
      await factory.destroy(old);
    });
  });
}
