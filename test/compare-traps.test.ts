// The traps of issue #10 on articles written for it (test/fixtures/traps: bn, en, vi, ru), through
// the real pipeline (API ingest → engine → store → measures): the exact set of contradictions,
// none of the traps among them, the same night in two languages in one measure, a figure's history
// and origin, and ClaimReview ratings only where independent sources were compared.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore } from "../src/store/index.js";
import type { Store } from "../src/store/types.js";
import { createApp } from "../src/server/app.js";
import type { Measure, Statement } from "../src/compare/types.js";
import type { FigureOrigin, SeriesHistory } from "../src/compare/history.js";
import { phrase } from "../src/compare/intervals.js";

const DIR = new URL("./fixtures/traps/", import.meta.url);
const ARTICLES = JSON.parse(readFileSync(new URL("articles.json", DIR), "utf8")) as Array<{ id: string; lang: string; published: string | null; url: string | null }>;
const TOKEN = "traps-test-token-0123456789";
let dir: string, store: Store, app: ReturnType<typeof createApp>;
type Detail = Measure & { history: SeriesHistory | null; origins: FigureOrigin[] };
const measures: Detail[] = [];

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "claimtrace-traps-"));
  store = await openStore(join(dir, "t.db"));
  app = createApp({ store, token: TOKEN, measureTtlMs: 0, reviewer: { name: "Example Checks", url: "https://checks.example.org", date: "2024-12-01" } });
  // Newest first: the store's order is the reverse of publication, so only the kept times of day
  // can put Yonhap first.
  for (const a of [...ARTICLES].reverse()) {
    const text = readFileSync(new URL(`raw/${a.id}.txt`, DIR), "utf8");
    const body = { text, title: a.id, lang: a.lang, ...(a.published ? { published: a.published } : {}), ...(a.url ? { url: a.url } : {}) };
    const r = await app.request("/api/ingest", {
      method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` }, body: JSON.stringify(body),
    });
    assert.equal(r.status, 201, `${a.id}: HTTP ${r.status} ${await r.text()}`);
  }
  // A syndicated copy: Reuters' text at a newspaper's address is the same article, one more relay.
  const copy = await app.request("/api/ingest", {
    method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ text: readFileSync(new URL("raw/t02-en-reuters.txt", DIR), "utf8"), lang: "en", url: "https://www.thestar.com.my/news/world/2024/10/18/north-korea-troops" }),
  });
  assert.equal(copy.status, 200, await copy.text());
  const list = await (await app.request("/api/measures?limit=500")).json() as { items: Array<{ id: string }> };
  for (const { id } of list.items) measures.push(await (await app.request(`/api/measures/${encodeURIComponent(id)}`)).json() as Detail);
});
after(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const fig = (s: Statement) => (s.value === null || s.qualifier === null ? "denial" : phrase(s.value, s.qualifier));
const holding = (value: number) => measures.filter((m) => [...m.statements, ...m.other].some((s) => s.value === value));

/** Every contradiction as "item role: figure vs figure", the lower first, denials first. */
function contradictions(): string[] {
  const out = new Set<string>();
  for (const m of measures) {
    const byId = new Map([...m.statements, ...m.denials].map((s) => [s.id, s]));
    for (const v of m.verdicts) {
      if (v.verdict !== "contradict") continue;
      const pair = [byId.get(v.a)!, byId.get(v.b)!].sort((x, y) => (x.value ?? -1) - (y.value ?? -1)).map(fig);
      out.add(`${m.key.item} ${m.key.role}: ${pair.join(" vs ")}`);
    }
  }
  return [...out].sort();
}

test("exactly the real contradictions: North Korea's denial against counts of its troops, and 45 against 54 drones downed the same night", () => {
  assert.deepEqual(contradictions(), [
    "troops deployed: denial vs 10,000",
    "troops deployed: denial vs 3,000",
    "troops deployed: denial vs 8,000",
    "troops deployed: denial vs about 8,000",
    "uav destroyed: 45 vs 54",
  ]);
});

test("a denial of sending troops bears on troops only: not on drones launched nor on shells supplied", () => {
  for (const m of [...holding(62), ...holding(7000)]) {
    assert.equal(m.denials.length, 0, m.label);
    assert.equal(m.counts.contradict, 0, m.label);
  }
});

test("unrelated figures are never one measure: 7,000 containers and 103 prisoners; 300 exchanged in August and 1,994 since the war began", () => {
  for (const [a, b] of [[7000, 103], [300, 1994]]) {
    for (const m of holding(a)) assert.ok(!m.statements.some((s) => s.value === b), `${a} and ${b} in ${m.label}`);
  }
  const total = holding(1994);
  assert.ok(total.length > 0 && total.every((m) => m.shape === "total"), "1,994 since the war began is a running total");
  assert.ok(holding(300).every((m) => m.shape !== "total"), "300 in August is one exchange");
});

test("whose losses: Ukraine's 43,000 and Russia's 198,000 are two measures, each with its side", () => {
  const ua = holding(43000), ru = holding(198000);
  assert.equal(ua.length, 1);
  assert.equal(ru.length, 1);
  assert.notEqual(ua[0].id, ru[0].id);
  assert.equal(ua[0].key.side, "ukraine");
  assert.equal(ru[0].key.side, "russia");
});

test("undated figures of different nights are shown but never judged", () => {
  const m = holding(40);
  assert.equal(m.length, 1);
  assert.equal(m[0].key.day, null);
  assert.ok(m[0].statements.some((s) => s.value === 90), "both undated counts are listed");
  assert.equal(m[0].counts.contradict + m[0].counts.consistent, 0);
});

test("the same night in Bengali ('7 November, late at night') and Vietnamese ('overnight', 8 November) is one measure", () => {
  const m = holding(74);
  assert.equal(m.length, 1, m.map((x) => x.id).join(", "));
  assert.deepEqual(m[0].counts.languages, ["bn", "vi"]);
  assert.ok(m[0].verdicts.some((v) => v.verdict === "agree"));
});

test("a rank ('one of the largest missile attacks') and a population ('a city of 3,000,000') are no counts", () => {
  assert.deepEqual(holding(3_000_000), []);
  assert.ok(!measures.some((m) => m.key.item === "missile" && m.statements.some((s) => s.value === 1)));
  assert.equal(holding(12).length, 1, "the real count of missiles is kept");
});

test("a rising toll is a history, not a contradiction: 77 → 233 → 262 → 413", async () => {
  const m = holding(413)[0];
  assert.ok(m.history, "the measure view carries its history");
  assert.match(m.history.path, /^77 → (120 \/ 233|233 \/ 120) → 262 → 413$/);
  assert.deepEqual(m.history.languages, ["bn", "en", "ru", "vi"]);
  const all = await (await app.request(`/api/series/${encodeURIComponent(m.seriesId)}`)).json() as { histories: SeriesHistory[] };
  assert.ok(all.histories.some((h) => h.path === m.history!.path));
  for (const x of measures.filter((y) => y.seriesId === m.seriesId)) assert.equal(x.counts.contradict, 0, x.label);
});

test("troops in Russia over time: 3,000 → 8,000 → 10,000, listed by the series API", async () => {
  const list = await (await app.request("/api/series?item=troops")).json() as { items: Array<{ path: string; seriesId: string }> };
  assert.ok(list.items.some((h) => h.path === "3,000 → 8,000 → 10,000"), JSON.stringify(list.items));
});

test("origin: the 3,000 figure was first published by Yonhap and relayed by Reuters, Thanh Niên and Prothom Alo", () => {
  const m = holding(3000)[0];
  const o = m.origins.find((x) => x.value === 3000);
  assert.ok(o);
  assert.equal(o.first.outlet, "en.yna.co.kr");
  assert.deepEqual(o.relays.map((r) => r.outlet), ["reuters.com", "thanhnien.vn", "prothomalo.com"]);
  assert.deepEqual(o.languages, ["bn", "en", "vi"]);
  assert.equal(o.first.published, "2024-10-18T09:12:00+09:00", "the time of day is kept");
  assert.deepEqual(o.relays[0].copies, ["https://www.thestar.com.my/news/world/2024/10/18/north-korea-troops"]);
  assert.match(o.text, /first published by en\.yna\.co\.kr \(en\) at 2024-10-18 09:12 \+09:00, relayed by reuters\.com \(en, via Yonhap; syndicated copies at thestar\.com\.my\) at 2024-10-18 11:40 \+09:00/);
});

test("ClaimReview: rated only where independent sources were compared; never from a denial alone; reviewer and date as configured", async () => {
  const reviews = await (await app.request("/api/export?format=jsonld&limit=1000")).json() as Array<Record<string, any>>;
  assert.ok(reviews.length > 20);
  for (const r of reviews) {
    assert.equal(r.author.name, "Example Checks");
    assert.equal(r.author.url, "https://checks.example.org");
    assert.equal(r.datePublished, "2024-12-01");
  }
  const rated = reviews.filter((r) => r.reviewRating);
  // The only pair of independent sources compared: GUR's about 8,000 and the State Department's 8,000 in Kursk.
  assert.deepEqual(rated.map((r) => r.reviewRating.alternateName), ["Consistent with other sources", "Consistent with other sources"]);
  assert.ok(rated.every((r) => /8,000/.test(r.claimReviewed)));
  const blinken = reviews.find((r) => /10,000/.test(r.claimReviewed));
  assert.ok(blinken && !blinken.reviewRating, "a count only a denial answers is not rated");
  assert.match(blinken.reviewBody, /Not rated/);
  assert.ok(!reviews.some((r) => r.reviewRating?.ratingValue === 1), "no claim is rated false");
});
