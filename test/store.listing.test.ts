// Claim listings at scale (migration 6), on both backends: a name filter resolved through the
// claim_names table finds exactly the claims the old scan (the name test on every claim) finds;
// deep pages found through the per-day counts visit every claim once, in the listing's order, also
// after claims are replaced; a capped count says when it is capped; the stored largest figure sorts
// as the figures do.
import { test, describe, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore, contentHash, type Store, type StoredClaim, type ClaimFilter } from "../src/store/index.js";
import { matchName } from "../src/query/names.js";
import { foldedNames } from "../src/query/fold.js";
import type { Claim, Lang } from "../src/types.js";
import { createTestDatabase, dropTestDatabase } from "./store.pg.js";

// Names as they come out of the engine: canonical names with ids, surfaces in other scripts and
// cases, diacritics, a claimant with no id, the article's own voice (null).
const CLAIMANTS: Array<Claim["claimant"]> = [
  { name: "Ukrainian Air Force", id: "org:ua-air-force", surface: "Повітряні сили" },
  { name: "Ukrainian Air Force", id: "org:ua-air-force", surface: "the Ukrainian air force" },
  { name: "Russian Ministry of Defence", id: "org:ru-mod", surface: "Минобороны России" },
  { name: "Volodymyr Zelensky", id: "person:volodymyr-zelensky", surface: "Zelenskyy" },
  { name: "Bộ Quốc phòng", id: "org:vn-mod", surface: "Bộ Quốc phòng" },
  { name: "Sergei Shoigu", id: "person:sergei-shoigu", surface: "Шойгу" },
  { name: "Local official", id: "", surface: "a local official" },
  null,
];
const VIAS: Array<Claim["via"]> = [null, { name: "Reuters", id: "outlet:reuters", surface: "Reuters" }, { name: "TASS", id: "outlet:tass", surface: "ТАСС" }];
const PLACES: Array<Claim["location"]> = [null, { name: "Kursk", id: "place:kursk" }, { name: "Kyiv", id: "place:kyiv" }, { name: "Ukraine", id: "country:ua" }];
const LANGS: Lang[] = ["en", "ru", "vi"];
const KINDS: Array<Claim["kind"]> = ["air_attack", "interception", "deployment"];

function fixture(n: number) {
  const claims: Claim[] = [];
  let text = `Report ${n}\n\n`;
  for (let k = 0; k < 1 + (n % 4); k++) {
    const s = `Sentence ${k} of report ${n} with ${n * 7 + k} drones.`;
    const start = text.length;
    text += s + " ";
    const noFigure = (n + k) % 5 === 0;
    claims.push({
      claimant: CLAIMANTS[(n + k) % CLAIMANTS.length], via: VIAS[(n * 3 + k) % VIAS.length],
      stance: (n + k) % 7 === 3 ? "deny" : "assert", kind: KINDS[(2 * n + k) % KINDS.length],
      quantities: noFigure ? [] : [{ value: (n * 37 + k * 11) % 50, item: "uav", role: "launched", qualifier: "exact", text: String(n), start, end: start + 1, why: ["t"] },
        { value: (n * 13 + k) % 30, item: "missile", role: "launched", qualifier: "exact", text: String(n), start, end: start + 1, why: ["t"] },
        // Some claims count one item twice (launched and destroyed): still one claim in a listing by item.
        ...((n + k) % 4 === 1 ? [{ value: (n * 5 + k) % 20, item: "uav", role: "destroyed", qualifier: "exact" as const, text: String(n), start, end: start + 1, why: ["t"] }] : [])],
      date: (n + k) % 3 === 0 ? null : `2024-10-${String(1 + ((n + k) % 9)).padStart(2, "0")}`,
      location: PLACES[(n + 2 * k) % PLACES.length], evidence: { text: s, start, end: start + s.length }, why: ["t"],
    });
  }
  // Every fifth article has no publication date: its undated claims have no listing day at all.
  const meta = { lang: LANGS[n % LANGS.length], title: `Report ${n}`, source_url: `https://t.example/${n}`, published: n % 5 === 4 ? null : `2024-10-${String(1 + (n % 7)).padStart(2, "0")}` };
  return { doc: { text, meta, boilerplate: [] }, urls: [meta.source_url], contentHash: contentHash(text), result: { article: meta, claims }, extractorVersion: 1, origin: "test" };
}

/** The old scan's test on one claim: canonical name in any case, id, surface, gazetteer ids, folded word starts. */
function oldNameTest(field: "claimant" | "via" | "place", input: string, c: StoredClaim): boolean {
  const m = matchName(field, input);
  const v = field === "claimant" ? c.claimant : field === "via" ? c.via : c.location;
  if (!v) return false;
  const surface = field === "place" ? null : (v as { surface?: string }).surface ?? null;
  const folded = field === "place" ? foldedNames(v.name) : foldedNames(v.name, surface);
  return v.name.normalize("NFC").toLowerCase() === input.normalize("NFC").toLowerCase() || v.id === input ||
    (surface !== null && surface === input) || (!!v.id && m.ids.includes(v.id)) ||
    (!!m.folded && !!folded && folded.includes(` ${m.folded}`));
}

const ids = (rows: StoredClaim[]) => rows.map((r) => r.id);

function suite(name: string, create: () => Promise<string>, destroy: (spec: string) => Promise<void>) {
  describe(`claim listings on ${name}`, () => {
    let spec = "", store: Store, all: StoredClaim[] = [];
    before(async () => {
      spec = await create();
      store = await openStore(spec, { create: true });
      await store.putArticles(Array.from({ length: 60 }, (_, n) => fixture(n)));
      all = (await store.listClaims({}, { limit: 10_000, offset: 0 })).rows;
    });
    after(async () => {
      await store?.close();
      await destroy(spec);
    });

    test("a name filter through claim_names finds exactly the claims the old scan found", async () => {
      const queries: Array<["claimant" | "via" | "place", string]> = [
        ["claimant", "Ukrainian Air Force"], ["claimant", "ukrainian air force"], ["claimant", "air"], ["claimant", "Повітряні сили"],
        ["claimant", "org:ru-mod"], ["claimant", "минобороны"], ["claimant", "Zelenskyy"], ["claimant", "zelen"], ["claimant", "bo quoc"],
        ["claimant", "Bộ Quốc phòng"], ["claimant", "шойгу"], ["claimant", "local"], ["claimant", "nobody at all"], ["claimant", "a local official"],
        ["via", "reuters"], ["via", "ТАСС"], ["via", "tass"], ["via", "outlet:tass"], ["via", "afp"],
        ["place", "kursk"], ["place", "KYIV"], ["place", "Ukraine"], ["place", "country:ua"], ["place", "ky"], ["place", "Moscow"],
      ];
      let found = 0;
      for (const [field, input] of queries) {
        const want = all.filter((c) => oldNameTest(field, input, c)).map((c) => c.id).sort((a, b) => a - b);
        const got = ids((await store.listClaims({ [field]: input } as ClaimFilter, { limit: 10_000, offset: 0 })).rows).sort((a, b) => a - b);
        assert.deepEqual(got, want, `${field} ${JSON.stringify(input)}`);
        found += got.length;
      }
      assert.ok(found > 100, "the queries find claims (the comparison is not between two empty lists)");
    });

    test("deep pages (found through claims per day) visit every claim once, in the listing's order", async () => {
      for (const size of [1, 7, 50]) {
        const seen: number[] = [];
        for (let offset = 0; offset < all.length + size; offset += size) {
          const page = await store.listClaims({}, { limit: size, offset });
          assert.equal(page.total, all.length);
          seen.push(...ids(page.rows));
        }
        assert.deepEqual(seen, ids(all), `pages of ${size}`);
      }
      // The listing's order itself: newest day first, undated last.
      const days = all.map((c) => c.date ?? c.published ?? "");
      for (let i = 1; i < days.length; i++) assert.ok(days[i] === "" || (days[i - 1] !== "" && days[i - 1] >= days[i]), `order at ${i}`);
      assert.equal(days[days.length - 1], "", "some claims are undated");
    });

    test("after claims are replaced and more are added, the total and the deep pages stay right", async () => {
      const first = all[0].article_id, undated = all[all.length - 1].article_id;
      const f = fixture(1000);
      await store.replaceClaims(first, { article: f.result.article, claims: f.result.claims }, 2);
      await store.replaceClaims(undated, { article: f.result.article, claims: [] }, 2);
      await store.putArticles([fixture(61), fixture(62)]);
      const now = (await store.listClaims({}, { limit: 10_000, offset: 0 })).rows;
      assert.equal((await store.stats()).claims, now.length);
      const seen: number[] = [];
      for (let offset = 0; offset < now.length; offset += 9) {
        const page = await store.listClaims({}, { limit: 9, offset });
        assert.equal(page.total, now.length);
        seen.push(...ids(page.rows));
      }
      assert.deepEqual(seen, ids(now));
      all = now;
    });

    test("a capped count says it is capped; an export reads rows without counting", async () => {
      const lang = await store.listClaims({ lang: "en" }, { limit: 3, offset: 0 });
      assert.ok(lang.total > 5);
      const capped = await store.listClaims({ lang: "en" }, { limit: 3, offset: 0, countUpTo: 5 });
      assert.deepEqual([capped.total, capped.totalExact], [5, false]);
      assert.deepEqual(ids(capped.rows), ids(lang.rows));
      const roomy = await store.listClaims({ lang: "en" }, { limit: 3, offset: 0, countUpTo: lang.total });
      assert.deepEqual([roomy.total, roomy.totalExact], [lang.total, true]);
      const none = await store.listClaims({ lang: "en" }, { limit: 3, offset: 0, countUpTo: 0 });
      assert.deepEqual(ids(none.rows), ids(lang.rows));
      assert.equal(none.totalExact, false);
    });

    test("sort by figure follows each claim's largest figure, no figure last, ties in the listing's order", async () => {
      const pos = new Map(all.map((c, i) => [c.id, i]));
      const top = (c: StoredClaim) => (c.quantities.length ? Math.max(...c.quantities.map((q) => q.value)) : null);
      for (const order of ["desc", "asc"] as const) {
        const want = [...all].sort((x, y) => {
          const a = top(x), b = top(y);
          if (a !== b) return a === null ? 1 : b === null ? -1 : order === "desc" ? b - a : a - b;
          return pos.get(x.id)! - pos.get(y.id)!;
        });
        const got = (await store.listClaims({}, { limit: 10_000, offset: 0 }, { by: "figure", order })).rows;
        assert.deepEqual(ids(got), ids(want), order);
        const deep = (await store.listClaims({}, { limit: 5, offset: 17 }, { by: "figure", order })).rows;
        assert.deepEqual(ids(deep), ids(want).slice(17, 22));
        // Every page (found through claims per figure, largest first): every claim once, in order.
        const seen: number[] = [];
        for (let offset = 0; offset < all.length + 7; offset += 7) seen.push(...ids((await store.listClaims({}, { limit: 7, offset }, { by: "figure", order })).rows));
        assert.deepEqual(seen, ids(want), `${order}, page by page`);
      }
    });

    test("a language with a sort: exactly that language's claims, in the sort's order, page by page", async () => {
      // SQLite walks the sort's index and checks the language on the way (`+c.lang`): the same rows as the filter alone, ordered as the sort alone.
      for (const by of ["place", "claimant", "figure"] as const) {
        for (const order of ["asc", "desc"] as const) {
          const sorted = ids((await store.listClaims({}, { limit: 10_000, offset: 0 }, { by, order })).rows);
          for (const lang of ["ru", "vi"]) {
            const mine = new Set(ids((await store.listClaims({ lang }, { limit: 10_000, offset: 0 })).rows));
            assert.ok(mine.size > 0, `${lang} has claims`);
            const want = sorted.filter((id) => mine.has(id));
            const got = ids((await store.listClaims({ lang }, { limit: 10_000, offset: 0 }, { by, order })).rows);
            assert.deepEqual(got, want, `${lang} by ${by} ${order}`);
            const page = ids((await store.listClaims({ lang }, { limit: 4, offset: 3 }, { by, order })).rows);
            assert.deepEqual(page, want.slice(3, 7), `${lang} by ${by} ${order}, a page`);
          }
        }
      }
    });

    test("kind and stance, together or alone, with dates: exactly those claims, in the listing's order, page by page", async () => {
      const day = (c: StoredClaim) => c.date ?? c.published;
      const cases: ClaimFilter[] = [
        { kind: "deployment", stance: "deny" }, { kind: "air_attack", stance: "assert" }, { kind: "interception" }, { stance: "deny" },
        { kind: "deployment", stance: "deny", from: "2024-10-03" }, { kind: "interception", stance: "assert", to: "2024-10-05", lang: "ru" },
        { kind: "deployment", stance: "question" },
      ];
      let found = 0;
      for (const f of cases) {
        const want = ids(all.filter((c) => (!f.kind || c.kind === f.kind) && (!f.stance || c.stance === f.stance) && (!f.lang || c.article_lang === f.lang) &&
          (!f.from || (!!day(c) && day(c)! >= f.from)) && (!f.to || (!!day(c) && day(c)! <= f.to))));
        const got = await store.listClaims(f, { limit: 10_000, offset: 0 });
        assert.deepEqual(ids(got.rows), want, JSON.stringify(f));
        const page = await store.listClaims(f, { limit: 3, offset: 2, countUpTo: 4 });
        assert.deepEqual(ids(page.rows), want.slice(2, 5), `${JSON.stringify(f)}, a page`);
        assert.deepEqual([page.total, page.totalExact], [Math.min(want.length, 4), want.length <= 4], `${JSON.stringify(f)}, capped count`);
        found += want.length;
      }
      assert.ok(all.some((c) => c.kind === "deployment" && c.stance === "deny") && found > 50, "the filters find claims");
    });

    test("a filter by item (claim_items) finds exactly the claims counting it, in the listing's order, with other filters, page by page", async () => {
      const has = (c: StoredClaim, item: string, role?: string) => c.quantities.some((q) => q.item === item && (!role || q.role === role));
      const day = (c: StoredClaim) => c.date ?? c.published;
      const cases: Array<[ClaimFilter, (c: StoredClaim) => boolean]> = [
        [{ item: "uav" }, (c) => has(c, "uav")],
        [{ item: "drones", lang: "ru" }, (c) => has(c, "uav") && c.article_lang === "ru"],
        [{ item: "missile", lang: "vi" }, (c) => has(c, "missile") && c.article_lang === "vi"],
        [{ item: "uav", role: "destroyed" }, (c) => has(c, "uav", "destroyed")],
        [{ item: "missile", role: "destroyed", lang: "en" }, () => false],
        [{ item: "uav", lang: "en", claimant: "Ukrainian Air Force" }, (c) => has(c, "uav") && c.article_lang === "en" && oldNameTest("claimant", "Ukrainian Air Force", c)],
        [{ item: "uav", from: "2024-10-03", to: "2024-10-06", place: "kyiv" }, (c) => has(c, "uav") && !!day(c) && day(c)! >= "2024-10-03" && day(c)! <= "2024-10-06" && oldNameTest("place", "kyiv", c)],
        [{ item: "tanks", lang: "ru" }, () => false],
      ];
      let found = 0;
      for (const [filter, keep] of cases) {
        const want = ids(all.filter(keep));
        const got = await store.listClaims(filter, { limit: 10_000, offset: 0 });
        assert.deepEqual(ids(got.rows), want, JSON.stringify(filter));
        assert.deepEqual([got.total, got.totalExact], [want.length, true], JSON.stringify(filter));
        const page = await store.listClaims(filter, { limit: 4, offset: 3, countUpTo: 5 });
        assert.deepEqual(ids(page.rows), want.slice(3, 7), `${JSON.stringify(filter)}, a page`);
        assert.deepEqual([page.total, page.totalExact], [Math.min(want.length, 5), want.length <= 5], `${JSON.stringify(filter)}, capped count`);
        found += want.length;
      }
      assert.ok(found > 100, "the filters find claims");
      // Claims replaced: their items go with them, the new ones come with theirs.
      const first = all.find((c) => has(c, "uav"))!.article_id;
      await store.replaceClaims(first, { article: fixture(2000).result.article, claims: fixture(2001).result.claims }, 3);
      const now = (await store.listClaims({}, { limit: 10_000, offset: 0 })).rows;
      assert.deepEqual(ids((await store.listClaims({ item: "uav" }, { limit: 10_000, offset: 0 })).rows), ids(now.filter((c) => has(c, "uav"))));
      all = now;
    });
  });
}

suite("sqlite", async () => join(mkdtempSync(join(tmpdir(), "claimtrace-listing-")), "t.db"), async (spec) => rmSync(join(spec, ".."), { recursive: true, force: true }));
suite("postgres", () => createTestDatabase("claimtrace_listing"), (url) => (url ? dropTestDatabase(url) : Promise.resolve()));
