// The HTTP API through app.request() (no listening socket): reads, filters, measures, exports,
// the token on writes, body limits, and one-line errors.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore } from "../src/store/index.js";
import type { Store } from "../src/store/types.js";
import { createApp } from "../src/server/app.js";
import { tokenMatches } from "../src/server/auth.js";
import { seedAll, seedHostile } from "./fixtures/compare/seed.js";

let dir: string, store: Store, app: ReturnType<typeof createApp>, ids: Record<string, number>;
const TOKEN = "s3cret-token-for-tests";

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "claimtrace-server-"));
  store = await openStore(join(dir, "t.db"));
  ids = await seedAll(store);
  ids.hostile = await seedHostile(store);
  app = createApp({ store, token: TOKEN, maxBodyBytes: 64 * 1024, measureTtlMs: 0 });
});
after(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = async (path: string) => {
  const r = await app.request(path);
  return { status: r.status, type: r.headers.get("content-type") ?? "", headers: r.headers, text: await r.text() };
};
const json = async (path: string) => {
  const r = await get(path);
  assert.match(r.type, /json/, `${path}: ${r.text.slice(0, 200)}`);
  return { status: r.status, body: JSON.parse(r.text) };
};

test("claims: filters and pagination like `claimtrace claims`", async () => {
  const all = await json("/api/claims?limit=5");
  assert.equal(all.status, 200);
  assert.equal(all.body.items.length, 5);
  assert.ok(all.body.total > 40);
  const p2 = await json("/api/claims?limit=5&offset=5");
  assert.notDeepEqual(p2.body.items.map((c: { id: number }) => c.id), all.body.items.map((c: { id: number }) => c.id));
  const ru = await json("/api/claims?lang=ru&item=uav");
  assert.ok(ru.body.items.length >= 1);
  assert.ok(ru.body.items.every((c: { article_lang: string }) => c.article_lang === "ru"));
  const deny = await json("/api/claims?stance=deny");
  assert.ok(deny.body.items.some((c: { claimant: { name: string } }) => c.claimant.name === "North Korean Foreign Ministry"));
  const bad = await json("/api/claims?limit=100000");
  assert.equal(bad.status, 400);
  assert.match(bad.body.error, /^limit: /);
  assert.doesNotMatch(bad.body.error, /\n|at .*\.ts/);
  assert.equal((await json("/api/claims?from=yesterday")).status, 400);
  assert.equal((await json("/api/claims?lang=fr")).status, 400);
});

test("facets: claimant, outlet (via), item, language, date", async () => {
  const f = (await json("/api/facets")).body;
  for (const k of ["claimant", "via", "item", "lang", "date"]) assert.ok(Array.isArray(f[k]), k);
  assert.ok(f.lang.some((x: { value: string }) => x.value === "ru"));
  assert.ok(f.item.find((x: { value: string }) => x.value === "uav").count >= 5);
});

test("articles: list and one article with its exact text and claims", async () => {
  const list = (await json("/api/articles?lang=vi")).body;
  assert.ok(list.items.length >= 2);
  const a = (await json(`/api/articles/${ids["13-bn-nis"]}`)).body;
  assert.equal(a.lang, "bn");
  const c = a.claims[0];
  assert.equal(a.text.slice(c.evidence.start, c.evidence.end), c.evidence.text, "offsets index the stored text");
  assert.equal((await json("/api/articles/999999")).status, 404);
  assert.equal((await json("/api/articles/abc")).status, 400);
});

test("measures: contested first, with verdicts explained and a series over time", async () => {
  const list = (await json("/api/measures?contested=1")).body;
  const ids = list.items.map((m: { id: string }) => m.id);
  assert.ok(ids.includes("troops.deployed.kursk.all"), ids.join(","));
  assert.ok(ids.includes("uav.destroyed.ukraine.2024-11-01"));
  const m = (await json("/api/measures/troops.deployed.kursk.all")).body;
  const contra = m.verdicts.filter((v: { verdict: string }) => v.verdict === "contradict").map((v: { explanation: string }) => v.explanation);
  assert.ok(contra.some((e: string) => /"8,000" is more than "up to 5,000" allows/.test(e)), contra.join("\n"));
  assert.ok(contra.some((e: string) => /North Korea denies/.test(e)));
  assert.ok(m.series.length >= 3);
  const launched = (await json("/api/measures/uav.launched.ukraine.2024-11-01")).body;
  assert.deepEqual([...new Set(launched.series.map((p: { date: string }) => p.date))], ["2024-11-01", "2024-11-02", "2024-11-03"]);
  assert.equal((await json("/api/measures/nope")).status, 404);
});

test("exports: CSV (formula-safe), NDJSON, ClaimReview JSON-LD", async () => {
  const csv = await get("/api/export?format=csv&lang=en&item=troops");
  assert.equal(csv.status, 200);
  assert.match(csv.type, /text\/csv/);
  const lines = csv.text.trim().split("\r\n");
  assert.match(lines[0], /^claim_id,article_id,lang,/);
  assert.ok(lines.some((l) => l.includes(",8000,exact,troops,deployed,")), lines.join("\n"));
  const nd = await get("/api/export?format=ndjson&stance=deny");
  const rows = nd.text.trim().split("\n").map((l) => JSON.parse(l));
  assert.ok(rows.length >= 4 && rows.every((r) => r.stance === "deny"));
  const ld = await get("/api/export?format=jsonld&item=troops&place=Kursk");
  assert.match(ld.type, /application\/ld\+json/);
  const reviews = JSON.parse(ld.text);
  assert.ok(reviews.length >= 3);
  assert.ok(reviews.every((r: Record<string, unknown>) => r["@context"] === "https://schema.org" && r["@type"] === "ClaimReview"));
  const nis = reviews.find((r: { itemReviewed: { author: { name: string } } }) => r.itemReviewed.author.name === "National Intelligence Service");
  assert.equal(nis.reviewRating.alternateName, "Contradicted by another source");
  assert.match(nis.reviewRating.ratingExplanation, /up to 5,000/);
  assert.equal((await get("/api/export?format=xml")).status, 400);
});

test("writes need the token (compared in constant time); bodies are limited; errors are one line", async () => {
  const body = JSON.stringify({ text: "Russia launched 12 drones at Ukraine overnight, the Ukrainian Air Force said.", lang: "en", published: "2024-11-04" });
  const post = (headers: Record<string, string>, b: string = body) => app.request("/api/ingest", { method: "POST", headers: { "content-type": "application/json", ...headers }, body: b });
  assert.equal((await post({})).status, 401);
  assert.equal((await post({ authorization: "Bearer wrong" })).status, 401);
  assert.equal((await post({ authorization: `Basic ${TOKEN}` })).status, 401);
  const langTotal = async () => ((await json("/api/facets")).body.lang as Array<{ count: number }>).reduce((a, x) => a + x.count, 0);
  const before = await langTotal();
  const ok = await post({ authorization: `Bearer ${TOKEN}` });
  assert.equal(ok.status, 201, await ok.clone().text());
  assert.equal(await langTotal(), before + (await ok.clone().json()).claims, "cached facets are dropped by an ingest");
  const again = await post({ authorization: `Bearer ${TOKEN}` });
  assert.equal((await again.json()).status, "duplicate");
  const big = await post({ authorization: `Bearer ${TOKEN}` }, JSON.stringify({ text: "x".repeat(100 * 1024) }));
  assert.equal(big.status, 413);
  const junk = await post({ authorization: `Bearer ${TOKEN}` }, "{not json");
  assert.equal(junk.status, 400);
  assert.deepEqual(Object.keys(await junk.json()), ["error"]);
  const extra = await post({ authorization: `Bearer ${TOKEN}` }, JSON.stringify({ text: "a", evil: 1 }));
  assert.equal(extra.status, 400);
  const noWrites = createApp({ store, token: null });
  assert.equal((await noWrites.request("/api/ingest", { method: "POST", headers: { "content-type": "application/json" }, body })).status, 403);
  assert.ok(tokenMatches("abc", "abc") && !tokenMatches("abc", "abd") && !tokenMatches("ab", "abc"));
});

test("OpenAPI document and dashboard are served, with a strict Content-Security-Policy", async () => {
  const doc = (await json("/openapi.json")).body;
  assert.equal(doc.openapi.slice(0, 2), "3.");
  for (const p of ["/api/claims", "/api/facets", "/api/articles/{id}", "/api/measures/{id}", "/api/export", "/api/ingest"]) assert.ok(doc.paths[p], p);
  const html = await get("/");
  assert.match(html.type, /text\/html/);
  assert.match(html.headers.get("content-security-policy") ?? "", /script-src 'self'(;|$)/);
  assert.doesNotMatch(html.text, /<script>(?!<\/script>)/, "no inline script");
  const chart = await get("/static/chart.umd.js");
  assert.equal(chart.status, 200);
  assert.match(chart.text.slice(0, 400), /Chart\.js v4/);
  assert.equal((await get("/static/../../package.json")).status, 404);
});
