// The kept claim counts (src/store/claim-counts.ts) against the GROUP BY over claims, on a store of
// real extracted articles: every filter shape the counts answer gives the same facets, timelines
// and map as the scan, after inserts, replaces (new claims, a new language, a new publication
// date) and deletes; a store emptied of claims has no count left; the migration's backfill of an
// existing store gives the same counts as the write path.
import { test, describe, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { openStore, openDriver, contentHash } from "../src/store/index.js";
import { migrate } from "../src/store/migrations.js";
import { SqlStore, FACET_SAMPLE } from "../src/store/sql-store.js";
import { extractText } from "../src/pipeline.js";
import type { ClaimFilter } from "../src/store/types.js";
import type { Lang } from "../src/types.js";
import type { BackendFactory } from "./store.common.js";

const SOURCES: Array<[string, Lang]> = [
  ["samples/01-bn.txt", "bn"], ["samples/02-en.txt", "en"], ["samples/03-vi.txt", "vi"],
  ["test/fixtures/lang-articles/uk-drones.txt", "uk"], ["test/fixtures/lang-articles/hi-drones.txt", "hi"],
];
const DAYS = ["2024-11-01", "2024-11-02", "2024-11-05", null];

/** Each source text as several articles (a line added, so each is its own), published on different days. */
function articles() {
  return SOURCES.flatMap(([file, lang], i) => [0, 1, 2].map((k) => {
    const text = `${readFileSync(file, "utf8")}\n\nCopy ${k}.`;
    const result = extractText(text, { lang });
    const published = DAYS[(i + k) % DAYS.length];
    const meta = { ...result.article, lang, title: `${file} ${k}`, published };
    return { doc: { text, meta, boilerplate: [] }, urls: [`https://counts.example/${i}/${k}`], contentHash: contentHash(text), result: { ...result, article: meta }, extractorVersion: 1 };
  }));
}

async function same(store: SqlStore, filters: ClaimFilter[], label: string): Promise<void> {
  for (const f of filters) {
    store.useCounts = true;
    const counted = [await store.facets(f), await store.timeline(f, "stance"), await store.timeline(f, "kind"), await store.places(f)];
    store.useCounts = false;
    const scanned = [await store.facets(f), await store.timeline(f, "stance"), await store.timeline(f, "kind"), await store.places(f)];
    store.useCounts = true;
    assert.deepEqual(counted, scanned, `${label}: ${JSON.stringify(f)}`);
  }
}

export function countsSuite(factory: BackendFactory): void {
  describe(`claim counts on ${factory.name}`, () => {
    let spec = "";
    let store: SqlStore;
    let filters: ClaimFilter[] = [];
    before(async () => {
      spec = await factory.create();
      store = (await openStore(spec)) as SqlStore;
      await store.putArticles(articles());
      // Filters built from what the store holds: each claimant by name and by one word of it.
      const all = await store.facets({});
      const names = all.claimant.map((c) => c.value).filter((v) => v !== "article");
      assert.ok(names.length >= 3, `too few claimants extracted: ${names.join(", ")}`);
      const dates = all.date.map((d) => d.value).sort();
      filters = [
        {}, { lang: "en" }, { lang: "bn" }, { lang: "uk" }, { claimant: "article" }, { claimant: "nobody-at-all" },
        ...names.slice(0, 6).map((claimant) => ({ claimant })),
        ...names.slice(0, 3).map((n) => ({ claimant: n.split(/\s+/).at(-1)!.toLowerCase() })),
        { from: dates[1] }, { to: dates[1] }, { from: dates[0], to: dates[dates.length - 2] },
        { claimant: names[0], from: dates[1] }, { lang: "vi", to: dates[2] }, { lang: "en", claimant: names[0], from: dates[0], to: dates[3] },
        // Stance and kind: the timeline from the counts, facets and map from the claims.
        { stance: "deny" }, { stance: "assert", lang: "en" }, { kind: all.kind[0].value }, { kind: all.kind[all.kind.length - 1].value, from: dates[1] },
        { stance: "assert", kind: all.kind[0].value, claimant: names[0] }, { kind: "no-such-kind" },
      ];
    });
    after(async () => {
      await store?.close();
      if (spec) await factory.destroy(spec);
    });

    test("counted facets, timelines and map equal the scan of claims, for every filter shape they answer", async () => {
      const all = await store.facets({});
      assert.ok(all.date.length >= 3 && all.lang.length === 5, "the store holds several days and all five languages");
      await same(store, filters, "after insert");
      // The claims with no date (neither theirs nor the article's) are counted beside the points.
      let some = 0;
      for (const f of filters) {
        const rows = (await store.listClaims(f, { limit: 100_000, offset: 0 })).rows;
        const undated = rows.filter((c) => !(c.date ?? c.published)).length;
        some += undated;
        for (const counts of [true, false]) {
          store.useCounts = counts;
          try {
            const line = await store.timeline(f, "kind");
            assert.equal(line.undated, undated, `undated, ${counts ? "kept counts" : "scan"}: ${JSON.stringify(f)}`);
            assert.equal(line.points.reduce((t, x) => t + x.count, 0) + line.undated, rows.length, `dated + undated: ${JSON.stringify(f)}`);
          } finally {
            store.useCounts = true;
          }
        }
      }
      assert.ok(some > 0, "some filters select undated claims");
    });

    test("facets of a filter the counts cannot answer: the scan's counts while the matches fit the sample, else those of the newest matches", async () => {
      const all = await store.facets({});
      const uncountable: ClaimFilter[] = [
        { q: "drones" }, { q: "said" }, { kind: all.kind[0].value }, { stance: "deny" }, { item: all.item[0].value },
        { place: all.place[0]?.value ?? "Kyiv" }, { q: "drones", lang: "en" }, { kind: all.kind[0].value, claimant: all.claimant[0].value }, { q: "nothingatall" },
      ];
      let sampled = 0, timelines = 0;
      // The flags are put back whatever happens, so a failure here does not leak into later tests.
      try {
        for (const f of uncountable) {
          store.useCounts = false;
          const scanned = await store.facets(f);
          const scannedLine = await store.timeline(f, "stance");
          const scannedKinds = await store.timeline(f, "kind");
          // The timeline's kept counts hold stance and kind (and claimant, language, day): only the
          // other filters make it count the newest matches.
          const lineSampled = ["q", "item", "role", "via", "place", "articleId"].some((k) => k in f);
          store.useCounts = true;
          const total = (await store.listClaims(f, { limit: 0, offset: 0 })).total;
          store.facetSample = 100_000;
          assert.deepEqual(await store.facets(f), scanned, `all matches: ${JSON.stringify(f)}`);
          assert.deepEqual(await store.timeline(f, "stance"), scannedLine, `timeline, all matches: ${JSON.stringify(f)}`);
          // A sample smaller than the matches: the counts are those of the first claims of the listing, and say so.
          store.facetSample = 7;
          const some = await store.facets(f);
          const newest = (await store.listClaims(f, { limit: 7, offset: 0 })).rows;
          if (total > 7) {
            sampled++;
            assert.equal(some.sample, 7, JSON.stringify(f));
            const kinds = new Map<string, number>();
            for (const c of newest) kinds.set(c.kind, (kinds.get(c.kind) ?? 0) + 1);
            assert.deepEqual(some.kind.map((k) => [k.value, k.count]).sort(), [...kinds].sort(), `sampled kinds: ${JSON.stringify(f)}`);
            assert.equal(some.stance.reduce((t, x) => t + x.count, 0), 7);
            // The map likewise: the places of those claims.
            const map = await store.places(f);
            assert.equal(map.sample, 7);
            const named = new Map<string, number>();
            for (const c of newest) if (c.location) named.set(c.location.name, (named.get(c.location.name) ?? 0) + 1);
            assert.deepEqual(map.items.map((x) => [x.name, x.count]).sort(), [...named].sort(), `sampled places: ${JSON.stringify(f)}`);
            // The timeline likewise (dated claims by day and kind), unless every match is asked for.
            const line = await store.timeline(f, "kind");
            if (!lineSampled) {
              assert.deepEqual(line, scannedKinds, `timeline from the kept counts: ${JSON.stringify(f)}`);
              continue;
            }
            timelines++;
            assert.equal(line.sample, 7);
            const days = new Map<string, number>();
            for (const c of newest) {
              const day = c.date ?? c.published;
              if (day) days.set(`${day} ${c.kind}`, (days.get(`${day} ${c.kind}`) ?? 0) + 1);
            }
            assert.deepEqual(line.points.map((x) => [`${x.date} ${x.value}`, x.count]).sort(), [...days].sort(), `sampled timeline: ${JSON.stringify(f)}`);
            assert.equal(line.undated, newest.filter((c) => !(c.date ?? c.published)).length, `undated of the sample: ${JSON.stringify(f)}`);
            const every = await store.timeline(f, "stance", { all: true });
            assert.deepEqual(every, scannedLine, `timeline of every match: ${JSON.stringify(f)}`);
            // Every match's undated claims, whatever the listing's count (capped for free text) says.
            const rows = (await store.listClaims(f, { limit: 100_000, offset: 0 })).rows;
            assert.equal(every.undated, rows.filter((c) => !(c.date ?? c.published)).length, `undated of every match: ${JSON.stringify(f)}`);
          } else {
            assert.deepEqual(some, scanned, `fewer matches than the sample: ${JSON.stringify(f)}`);
            assert.deepEqual(await store.timeline(f, "stance"), scannedLine, `timeline, fewer matches than the sample: ${JSON.stringify(f)}`);
            store.useCounts = false;
            const all = await store.places(f);
            store.useCounts = true;
            assert.deepEqual(await store.places(f), all);
          }
        }
      } finally {
        store.useCounts = true;
        store.facetSample = FACET_SAMPLE;
      }
      assert.ok(sampled >= 3 && timelines >= 2, `the filters should include broad ones: ${sampled}, ${timelines} timelines`);
    });

    test("after replace (other claims, another language, another date) and delete, the counts still equal the scan", async () => {
      const ids = (await store.listArticles({}, { limit: 100, offset: 0 })).rows.map((r) => r.id).sort((a, b) => a - b);
      const donor = await store.getArticle(ids[ids.length - 1]);
      // Reprocess: another article's claims.
      await store.replaceClaims(ids[0], { article: donor!.meta, claims: donor!.claims }, 2);
      // A re-read document that changes language and publication date (claims without a date move).
      const a1 = await store.getArticle(ids[1]);
      await store.replaceClaims(ids[1], { article: a1!.meta, claims: a1!.claims }, 2,
        { text: a1!.text, meta: { ...a1!.meta, lang: "ru", published: "2024-12-24" }, boilerplate: [] });
      // Delete: no claims left.
      await store.replaceClaims(ids[2], { article: donor!.meta, claims: [] }, 2);
      await same(store, [...filters, { lang: "ru" }], "after replace/delete");
      assert.ok((await store.facets({})).lang.some((l) => l.value === "ru"));
    });

    test("a store emptied of claims keeps no count, and the backfill recounts an existing store exactly", async () => {
      const before = await store.facets({});
      // The migration's backfill, run again over the stored claims, gives the same counts.
      const d = await openDriver(spec);
      await d.run("DELETE FROM schema_migrations WHERE version = 7");
      await migrate(d);
      await d.close();
      await same(store, filters, "after backfill");
      assert.deepEqual(await store.facets({}), before);
      const ids = (await store.listArticles({}, { limit: 100, offset: 0 })).rows.map((r) => r.id);
      for (const id of ids) await store.replaceClaims(id, { article: {}, claims: [] } as never, 3);
      const d2 = await openDriver(spec);
      const [{ n }] = await d2.all<{ n: number }>("SELECT count(*) AS n FROM claim_counts WHERE n <> 0");
      await d2.close();
      assert.equal(Number(n), 0);
      assert.deepEqual((await store.facets({})).claimant, []);
    });
  });
}
