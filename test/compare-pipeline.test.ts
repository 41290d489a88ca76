// End to end through the real pipeline: the dev articles and the compare fixtures are posted to
// the API's ingest endpoint (extraction by the engine, storage by the store), then the measures
// are read back. Asserts what a careful reader would list and no false contradiction; the exact
// claims depend on the engine, so only outcomes that any correct extraction must give are checked.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore } from "../src/store/index.js";
import type { Store } from "../src/store/types.js";
import { createApp } from "../src/server/app.js";
import type { Measure } from "../src/compare/types.js";
import { DEV, OWN, rawText } from "./fixtures/compare/gold-claims.js";
import { DEV_IDS, OWN_IDS } from "./fixtures/compare/seed.js";

const TOKEN = "pipeline-test-token-0123456789";
let dir: string, store: Store, app: ReturnType<typeof createApp>;
let measures: Measure[] = [];

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "claimtrace-pipeline-"));
  store = await openStore(join(dir, "p.db"));
  app = createApp({ store, token: TOKEN, measureTtlMs: 0 });
  for (const [d, ids] of [[DEV, DEV_IDS], [OWN, OWN_IDS]] as const) {
    for (const id of ids) {
      const gold = JSON.parse(readFileSync(join(d, "gold", `${id}.json`), "utf8"));
      const text = rawText(d, id);
      const r = await app.request("/api/ingest", {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
        body: JSON.stringify({ text, lang: gold.lang, published: gold.published }),
      });
      assert.ok(r.status === 201 || r.status === 200, `${id}: HTTP ${r.status} ${await r.text()}`);
    }
  }
  const list = await (await app.request("/api/measures?limit=500")).json() as { items: Array<{ id: string }> };
  for (const { id } of list.items) measures.push(await (await app.request(`/api/measures/${encodeURIComponent(id)}`)).json() as Measure);
  if (process.env.CLAIMTRACE_SHOW_MEASURES) {
    for (const m of measures) {
      console.log(`${m.label} [${m.counts.contradict} contradict, ${m.counts.consistent} consistent, ${m.counts.agree} agree; ${m.counts.languages}]`);
      for (const v of m.verdicts) if (v.verdict === "contradict") console.log(`   ✗ ${v.explanation}`);
    }
  }
});
after(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const contradictions = () => measures.flatMap((m) => m.verdicts.filter((v) => v.verdict === "contradict").map((v) => ({ m, v })));

test("exact 8,000 North Korean troops in Kursk against up to 5,000 is found and explained", () => {
  const hit = contradictions().find(({ m, v }) => m.key.item === "troops" && /kursk/.test(m.key.place ?? "") &&
    /"8,000"/.test(v.explanation) && /(up to|at most) 5,000/.test(v.explanation));
  assert.ok(hit, contradictions().map(({ v }) => v.explanation).join("\n"));
  assert.match(hit.v.explanation, /both cannot be true/);
});

test("North Korea's denial contradicts the counts of its troops", () => {
  const hit = contradictions().find(({ m, v }) => m.key.item === "troops" && /North Korea\b.*denies/.test(v.explanation));
  assert.ok(hit, "a denial-vs-count contradiction on troops");
});

test("Russia's 83 drones is reported in several languages and nothing contradicts it", () => {
  // The measure where most languages report 83 (an engine may misplace one report elsewhere).
  const langsOf = (x: Measure) => new Set(x.statements.filter((s) => s.value === 83).flatMap((s) => s.reports.map((r) => r.lang)));
  const m = measures.filter((x) => x.key.item === "uav" && x.key.role === "destroyed" && langsOf(x).size > 0)
    .sort((a, b) => langsOf(b).size - langsOf(a).size)[0];
  assert.ok(m, "a measure holding 83");
  const langs = langsOf(m);
  assert.ok(langs.size >= 2, `languages: ${[...langs]}`);
  assert.ok(!m.verdicts.some((v) => v.verdict === "contradict" && /\b83\b/.test(v.explanation)), "nothing contradicts 83 over Russia");
});

test("no false contradiction between consistent figures", () => {
  const bad = contradictions().filter(({ v }) =>
    (/"8,000"/.test(v.explanation) && /up to 8,000/.test(v.explanation)) ||
    (/about 10,000/.test(v.explanation) && /more than 10,000/.test(v.explanation)) ||
    (/up to 5,000/.test(v.explanation) && /up to 8,000/.test(v.explanation)));
  assert.deepEqual(bad.map(({ v }) => v.explanation), []);
});
