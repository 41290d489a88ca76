// Compare on what careful readers find in the dev corpus and in articles from other outlets
// (test/fixtures/compare): the measures, the contradictions, and no false contradiction.
import { test } from "node:test";
import assert from "node:assert/strict";
import { allGold, DEV, OWN } from "./fixtures/compare/gold-claims.js";
import { buildMeasures, buildMeasuresAsync, compareStatements, intervalOf } from "../src/compare/index.js";
import type { Measure, Statement } from "../src/compare/index.js";
import { placeAround } from "../src/compare/places.js";

const measures = buildMeasures([...allGold(DEV), ...allGold(OWN)]);
const byId = (id: string): Measure => {
  const m = measures.find((x) => x.id === id);
  assert.ok(m, `measure ${id} missing; have ${measures.map((x) => x.id).join(", ")}`);
  return m;
};
const figure = (m: Measure, claimant: string, value: number) =>
  m.statements.find((s) => s.claimant === claimant && s.value === value);
const verdictOf = (m: Measure, a: Statement | undefined, b: Statement | undefined) => {
  assert.ok(a && b, "statements exist");
  return m.verdicts.find((v) => (v.a === a.id && v.b === b.id) || (v.a === b.id && v.b === a.id));
};

test("the same figure in four languages and three outlets is one statement that agrees with itself", () => {
  const m = byId("uav.destroyed.russia.2024-11-01");
  assert.equal(m.statements.length, 1);
  const s = m.statements[0];
  assert.equal(s.claimant, "Russian Ministry of Defence");
  assert.equal(s.value, 83);
  assert.deepEqual([...new Set(s.reports.map((r) => r.lang))].sort(), ["bn", "en", "ru", "vi"]);
  assert.equal(m.counts.contradict, 0);
  assert.deepEqual(m.counts.languages, ["bn", "en", "ru", "vi"]);
});

test("drones over Ukraine and drones over Russia on the same night are different measures", () => {
  const ua = byId("uav.destroyed.ukraine.2024-11-01");
  assert.ok(ua.statements.every((s) => s.value !== 83), "Russia's 83 is not a count over Ukraine");
});

test("a misreported 39 against the Air Force's 31 for the same night is a contradiction, explained", () => {
  const m = byId("uav.destroyed.ukraine.2024-11-01");
  const v = verdictOf(m, figure(m, "Ukrainian Air Force", 31), figure(m, "Ukrainian Air Force", 39));
  assert.equal(v?.verdict, "contradict");
  assert.match(v!.explanation, /31.*39|39.*31/);
  assert.match(v!.explanation, /both cannot be true/);
});

test("the next night is another point of the same series, not a contradiction", () => {
  const d1 = byId("uav.launched.ukraine.2024-11-01"), d2 = byId("uav.launched.ukraine.2024-11-02");
  assert.equal(d1.seriesId, d2.seriesId);
  assert.equal(d1.counts.contradict + d2.counts.contradict, 0);
  assert.deepEqual(d2.statements.map((s) => s.value), [79]);
  assert.ok(d1.statements.every((s) => s.value === 48));
});

test("troops in Kursk: exact 8,000 against up to 5,000 contradicts; 8,000 against up to 8,000 does not", () => {
  const m = byId("troops.deployed.kursk.all");
  assert.equal(m.shape, "stock");
  const singh = figure(m, "Sabrina Singh", 8000), nis = figure(m, "National Intelligence Service", 5000);
  const blinken = figure(m, "Antony Blinken", 8000), usua = figure(m, "United States", 8000);
  assert.equal(blinken?.qualifier, "up_to");
  const c1 = verdictOf(m, singh, nis);
  assert.equal(c1?.verdict, "contradict");
  assert.match(c1!.explanation, /"8,000" is more than "up to 5,000" allows/);
  assert.equal(verdictOf(m, usua, nis)?.verdict, "contradict");
  const ok1 = verdictOf(m, singh, blinken);
  assert.equal(ok1?.verdict, "consistent");
  assert.match(ok1!.explanation, /8,000 lies within "up to 8,000"/);
  assert.equal(verdictOf(m, usua, blinken)?.verdict, "consistent");
  assert.equal(verdictOf(m, blinken, nis)?.verdict, "consistent", "two upper bounds never contradict");
  assert.equal(verdictOf(m, usua, singh)?.verdict, "agree");
});

test("one claim counting two places puts each number in its own measure (10,000 in Russia, up to 8,000 in Kursk)", () => {
  const russia = byId("troops.deployed.russia.all");
  const b = figure(russia, "Antony Blinken", 10000);
  assert.ok(b, "about 10,000 in Russia");
  assert.deepEqual([...new Set(b.reports.map((r) => r.lang))].sort(), ["bn", "en", "vi"], "found in all three languages");
  assert.ok(!russia.statements.some((s) => s.value === 8000), "8,000 belongs to Kursk");
  assert.equal(verdictOf(russia, b, figure(russia, "South Korean Ministry of National Defense", 10000))?.verdict, "consistent",
    "about 10,000 and more than 10,000 can both be true");
});

test("North Korea's denial contradicts every count of its troops in Russia and within it", () => {
  for (const id of ["troops.deployed.russia.all", "troops.deployed.kursk.all"]) {
    const m = byId(id);
    const deniers = new Set(m.denials.map((d) => d.claimant));
    assert.ok(deniers.has("North Korea") && deniers.has("North Korean Foreign Ministry"), `${id}: ${[...deniers]}`);
    const contra = m.verdicts.filter((v) => v.verdict === "contradict" && m.denials.some((d) => d.id === v.a));
    assert.equal(contra.length, m.denials.length * m.statements.filter((s) => s.stance === "assert").length);
    assert.match(contra[0].explanation, /denies/);
  }
  // A denial about Russia says nothing about drones over Ukraine.
  assert.equal(byId("uav.launched.ukraine.2024-11-01").denials.length, 0);
});

test("questions are shown but never judged; consistent figures are never contradictions", () => {
  const m = byId("missile.transferred.any.all");
  assert.ok(m.other.some((s) => s.stance === "question"));
  assert.equal(m.counts.contradict, 0);
  const falseAlarms = measures.flatMap((x) => x.verdicts.filter((v) => v.verdict === "contradict")).filter((v) => /lies within|can both be true/.test(v.explanation));
  assert.deepEqual(falseAlarms, []);
});

test("what a careful reader lists: exactly these measures hold contradictions", () => {
  const contested = measures.filter((m) => m.counts.contradict > 0).map((m) => m.id).sort();
  assert.deepEqual(contested, [
    "generals.deployed.kursk.all", // US and Ukraine: 3 generals in Kursk; North Korea denies sending anyone
    "troops.deployed.kursk.all", // 8,000 vs up to 5,000; the denial
    "troops.deployed.russia.all", // the denial against about / more than 10,000
    "uav.destroyed.ukraine.2024-11-01", // 31 vs a misreported 39
  ]);
});

test("with no place stated, two sources' counts of one night are not judged unless equal; one source's are", () => {
  const mk = (id: string, who: string, value: number): import("../src/compare/index.js").SourcedClaim => ({
    id, article: { id: `a-${id}`, lang: "en", title: null, url: null, outlet: "x", published: "2024-11-01" },
    claim: { claimant: { name: who, id: `org:${who}`, surface: who }, via: null, stance: "assert", kind: "interception",
      quantities: [{ value, item: "uav", role: "destroyed", qualifier: "exact", text: String(value), start: 0, end: 2, why: [] }],
      date: "2024-11-01", location: null, evidence: { text: `${value} drones`, start: 0, end: 10 }, why: [] },
  });
  const [m] = buildMeasures([mk("1", "Ukrainian Air Force", 31), mk("2", "Russian Ministry of Defence", 83), mk("3", "Ukrainian Air Force", 39), mk("4", "Someone", 31)]);
  assert.equal(m.key.place, null);
  const pairs = m.verdicts.map((v) => `${v.verdict}:${[v.a, v.b].map((id) => m.statements.find((s) => s.id === id)!.value).sort().join("/")}`).sort();
  assert.deepEqual(pairs, ["agree:31/31", "contradict:31/39"]);
  // With no date either, one source's 31 and 39 may be two nights: not judged.
  const undated = (c: ReturnType<typeof mk>) => ({ ...c, article: { ...c.article, published: null }, claim: { ...c.claim, date: null } });
  const [u] = buildMeasures([undated(mk("1", "Ukrainian Air Force", 31)), undated(mk("3", "Ukrainian Air Force", 39)), undated(mk("5", "Kyiv", 31))]);
  assert.equal(u.key.day, null);
  assert.deepEqual(u.verdicts.map((v) => v.verdict), ["agree"]);
});

test("intervals: round figures carry their rounding, bounds are open or closed as said", () => {
  assert.deepEqual(intervalOf(8000, "exact"), { lo: 7600, hi: 8400, loOpen: false, hiOpen: false });
  assert.deepEqual(intervalOf(48, "exact"), { lo: 48, hi: 48, loOpen: false, hiOpen: false });
  assert.deepEqual(intervalOf(1000, "more_than"), { lo: 1000, hi: Infinity, loOpen: true, hiOpen: false });
  const st = (id: string, value: number | null, qualifier: Statement["qualifier"], stance: Statement["stance"] = "assert"): Statement => ({
    id, claimant: id, claimantId: id, stance, value, qualifier, date: "2024-11-01", dateInferred: false,
    interval: value === null || qualifier === null ? null : intervalOf(value, qualifier), reports: [],
  });
  assert.equal(compareStatements(st("a", 1000, "exact"), st("b", 1000, "more_than"))?.verdict, "consistent", "1,000 (rounded) and more than 1,000");
  assert.equal(compareStatements(st("a", 5000, "up_to"), st("b", 5000, "more_than"))?.verdict, "contradict");
  assert.equal(compareStatements(st("a", 5000, "at_most"), st("b", 5000, "at_least"))?.verdict, "consistent", "exactly 5,000 satisfies both");
  assert.equal(compareStatements(st("a", 0, "exact"), st("b", null, null, "deny"))?.verdict, "agree", "no troops is what a denial says");
  assert.equal(compareStatements(st("a", 0.3333, "fraction"), st("b", 5, "exact")), null, "a share and a count are not comparable");
  assert.equal(compareStatements(st("a", 3, "exact", "question"), st("b", 5, "exact")), null);
});

test("place of a number: after it in English, before it in Bengali, inflected in Russian", () => {
  const en = "about 10,000 soldiers in Russia, and up to 8,000 of them deployed to Kursk province (Russia)";
  assert.equal(placeAround(en, 0, 6, 12, 38)?.key, "russia");
  assert.equal(placeAround(en, 12, 38, 43, en.length)?.key, "kursk");
  const bn = "বর্তমানে রাশিয়ায় প্রায় ১০,০০০ সেনা রয়েছে";
  const at = bn.indexOf("১০,০০০");
  assert.equal(placeAround(bn, 0, at, at + 6, bn.length)?.key, "russia");
  const ru = "до 5 тысяч военных в Курской области";
  assert.equal(placeAround(ru, 0, 3, 10, ru.length)?.key, "kursk");
});

test("the build that yields to the event loop gives the same measures", async () => {
  const claims = [...allGold(DEV), ...allGold(OWN)];
  assert.deepEqual(JSON.parse(JSON.stringify(await buildMeasuresAsync(claims))), JSON.parse(JSON.stringify(buildMeasures(claims))));
});
