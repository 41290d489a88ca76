// Forgiving search and its warnings as a user meets them on the command line: `claims` by any part
// of a name, in any language's alias, without accents; item and role words in any language; an
// unknown value answered with the closest valid values, never a silent empty result;
// `vocabulary`; `measures --item`; dates checked with the option named; the claims CSV read back. The store is the bundled
// samples (samples/: the dev articles in bn/en/vi, saved pages, an NDJSON export), ingested once.
// Each case is a process, so this file checks a few of each; test/query.api.test.ts runs the
// many variants in process, on both stores.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LANGS } from "../src/lang/index.js";
import { csvObjects } from "./support/csv.js";

const CLI = ["--import", "tsx", new URL("../src/cli/main.ts", import.meta.url).pathname];
let tmp = "", db = "";

function run(args: string[]) {
  const r = spawnSync(process.execPath, [...CLI, ...args], { encoding: "utf8", timeout: 180_000, maxBuffer: 64 << 20 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

interface Row { id: number; claimant: { name: string; surface: string } | null; article_lang: string; quantities: Array<{ item: string; role: string }> }
function claims(...args: string[]): { total: number; claims: Row[]; err: string } {
  const r = run(["claims", "--db", db, "--json", "--limit", "500", ...args]);
  assert.equal(r.code, 0, r.err);
  return { ...JSON.parse(r.out), err: r.err };
}
const ids = (x: { claims: Row[] }) => x.claims.map((c) => c.id).sort((a, b) => a - b);

before(() => {
  tmp = mkdtempSync(join(tmpdir(), "claimtrace-query-"));
  db = join(tmp, "q.db");
  const r = run(["ingest", "samples", "--db", db, "--quiet"]);
  assert.equal(r.code, 0, r.err);
});
after(() => rmSync(tmp, { recursive: true, force: true }));

test("claimant by any part of a name, any case, in the gazetteer's alias of any language", () => {
  const canonical = claims("--claimant", "Volodymyr Zelensky");
  assert.ok(canonical.total >= 2, "the samples quote Zelensky in more than one article");
  assert.ok(canonical.claims.every((c) => c.claimant?.name === "Volodymyr Zelensky"));
  for (const q of ["ZELEN", "зеленский", "জেলেনস্কি"]) {
    const r = claims("--claimant", q);
    assert.deepEqual(ids(r), ids(canonical), `--claimant ${q}`);
    assert.equal(r.err, "", `--claimant ${q}: no warning when something matches`);
  }
});

test("accents and diacritics are ignored, on the gazetteer's names and on the article's own words", () => {
  // The Vietnamese article names the Russian ministry "Bộ Quốc phòng Nga".
  const plain = claims("--claimant", "bo quoc phong nga");
  assert.ok(plain.total > 0);
  assert.ok(plain.claims.every((c) => c.claimant?.name === "Russian Ministry of Defence"));
  assert.ok(plain.claims.some((c) => c.claimant?.surface === "Bộ Quốc phòng Nga"));
  // A surface the gazetteer has no alias for: the Vietnamese article's "người phát ngôn … Lâm Kiếm".
  const lam = claims("--claimant", "lam kiem");
  assert.ok(lam.total > 0 && lam.claims.every((c) => c.claimant?.name === "Lin Jian"), JSON.stringify(lam.claims.map((c) => c.claimant)));
});

test("item and role words of any language read as the engine's values", () => {
  const uav = claims("--item", "uav");
  assert.ok(uav.total > 0);
  for (const word of ["drones", "беспилотник"]) assert.deepEqual(ids(claims("--item", word)), ids(uav), `--item ${word}`);
  // "shot down" is destroyed, and destroyed is intercepted (the spec counts them as one fact).
  const shot = claims("--item", "drone", "--role", "shot down");
  assert.ok(shot.total > 0);
  assert.ok(shot.claims.every((c) => c.quantities.some((q) => q.item === "uav" && (q.role === "destroyed" || q.role === "intercepted"))));
  assert.deepEqual(ids(shot), ids(claims("--item", "uav", "--role", "destroyed")));
});

test("an unknown value gets a warning with the closest valid values, never a silent empty result", () => {
  const typo = run(["claims", "--db", db, "--claimant", "zelenksy"]);
  assert.equal(typo.code, 0);
  assert.match(typo.out, /no claims match/);
  assert.equal(typo.err.trim().split("\n").length, 1, typo.err);
  assert.match(typo.err, /^claimtrace: warning: claimant "zelenksy" matches no stored claim; closest: Volodymyr Zelensky/);
  const item = run(["claims", "--db", db, "--item", "dronne"]); // a typo ("dron" is Spanish for drone, a known word)
  assert.match(item.err, /^claimtrace: warning: item "dronne" is not a known item; closest: uav/);
  // Every filter matches alone, not together: say so, with the counts.
  const both = run(["claims", "--db", db, "--claimant", "north korea", "--item", "drone"]);
  assert.match(both.err, /no claim matches all the filters together \(claims per filter alone: claimant "north korea": \d+; item "drone": \d+\)/);
  // The same for export.
  const ex = run(["export", "--db", db, "--format", "csv", "--claimant", "zelenksy"]);
  assert.equal(ex.code, 0);
  assert.match(ex.err, /claimtrace: warning: claimant "zelenksy" matches no stored claim; closest: Volodymyr Zelensky/);
  // A stance is one of four: a word for one is read as it, anything else is an error naming them.
  assert.ok(claims("--stance", "denied").claims.every((c) => (c as unknown as { stance: string }).stance === "deny"));
  const st = run(["claims", "--db", db, "--stance", "denay"]);
  assert.equal(st.code, 2);
  assert.match(st.err, /^claimtrace: --stance denay: choose one of assert, deny, question, forecast \(closest: deny\)\n$/);
});

test("dates are real calendar dates, and each error names its own option", () => {
  for (const [opt, bad] of [["--from", "2024-13-01"], ["--to", "2023-02-29"]]) {
    const r = run(["claims", "--db", db, opt, bad]);
    assert.equal(r.code, 2, `${opt} ${bad}`);
    assert.equal(r.err, `claimtrace: ${opt} ${bad}: expected a calendar date as YYYY-MM-DD\n`);
  }
  const ex = run(["export", "--db", db, "--to", "2024-02-30"]);
  assert.equal(ex.code, 2);
  assert.equal(ex.err, "claimtrace: --to 2024-02-30: expected a calendar date as YYYY-MM-DD\n");
});

test("vocabulary lists items, roles, kinds, stances and the registry's languages", () => {
  const r = run(["vocabulary", "--json"]);
  assert.equal(r.code, 0, r.err);
  const v = JSON.parse(r.out);
  const uav = v.items.find((x: { value: string }) => x.value === "uav");
  assert.ok(uav.synonyms.en.includes("drone") && uav.synonyms.ru.length > 0 && uav.synonyms.bn.length > 0);
  assert.ok(v.roles.some((x: { value: string; synonyms: { en: string[] } }) => x.value === "destroyed" && x.synonyms.en.includes("shot down")));
  assert.deepEqual(v.stances.map((x: { value: string }) => x.value), ["assert", "deny", "question", "forecast"]);
  assert.ok(v.kinds.some((x: { value: string }) => x.value === "air_attack"));
  assert.deepEqual(v.languages.map((l: { code: string }) => l.code), LANGS);
  const text = run(["vocabulary"]);
  assert.match(text.out, /^items \(--item\)\n/);
  assert.match(text.out, /\nlanguages \(--lang\)\n[\s\S]*\bbn +Bengali\n/);
});

test("measures --item takes any word for the item, and says what is missing when nothing matches", () => {
  const troop = run(["measures", "--db", db, "--item", "troop", "--json"]);
  assert.equal(troop.code, 0, troop.err);
  const ms = JSON.parse(troop.out) as Array<{ key: { item: string } }>;
  assert.ok(ms.length > 0 && ms.every((m) => m.key.item === "troops"));
  const none = run(["measures", "--db", db, "--item", "tank"]);
  assert.equal(none.code, 0);
  assert.match(none.out, /^No measures match: none counts tank \(--item tank\)\. The store's \d+ measures count: uav \(\d+\), /);
  assert.doesNotMatch(none.out, /no claims with numbers/);
});

test("one CSV layout for claims, from `claims` and from `export`; read back with an RFC 4180 reader it is the JSON", () => {
  const json = claims();
  assert.ok(json.total > 20 && json.total < 500, "the whole store on one page");
  const fromClaims = run(["claims", "--db", db, "--format", "csv", "--limit", "500"]);
  const fromExport = run(["export", "--db", db, "--format", "csv"]);
  assert.equal(fromClaims.code, 0, fromClaims.err);
  assert.equal(fromExport.code, 0, fromExport.err);
  assert.equal(fromExport.out, fromClaims.out, "the same bytes from both commands");
  const rows = csvObjects(fromClaims.out);
  assert.equal(rows.length, json.total);
  const guard = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);
  json.claims.forEach((c, k) => {
    const full = c as unknown as {
      id: number; article_id: number; article_lang: string; published: string | null; date: string | null; stance: string; kind: string;
      claimant: { name: string; id: string } | null; via: { name: string; id: string } | null; location: { name: string } | null;
      evidence: { text: string; start: number; end: number }; article_title: string | null; article_url: string | null;
      quantities: Array<{ value: number; item: string; role: string; qualifier: string }>;
    };
    const r = rows[k];
    assert.deepEqual(
      [r.id, r.article_id, r.article_lang, r.published, r.date, r.claimant, r.claimant_id, r.via, r.via_id, r.stance, r.kind, r.location,
        r.evidence, r.evidence_start, r.evidence_end, r.article_title, r.article_url],
      [String(full.id), String(full.article_id), full.article_lang, full.published ?? "", full.date ?? "", guard(full.claimant?.name ?? "article"),
        full.claimant?.id ?? "", guard(full.via?.name ?? ""), full.via?.id ?? "", full.stance, full.kind, guard(full.location?.name ?? ""),
        guard(full.evidence.text), String(full.evidence.start), String(full.evidence.end), guard(full.article_title ?? ""), full.article_url ?? ""],
      `row ${k + 1}`);
    const parts = r.quantities ? r.quantities.split("; ") : [];
    assert.equal(parts.length, full.quantities.length, r.quantities);
    parts.forEach((p, n) => assert.ok(p.endsWith(`${full.quantities[n].item} (${full.quantities[n].role})`), p));
  });
  // The second layout, one row per number, only under its own name; numbers as plain numbers.
  const numbers = csvObjects(run(["export", "--db", db, "--format", "csv-numbers"]).out);
  const expected = json.claims.flatMap((c) => {
    const qs = (c as unknown as { quantities: Array<{ value: number; item: string; role: string; qualifier: string }> }).quantities;
    return qs.length ? qs.map((q) => [String(c.id), String(q.value), q.qualifier, q.item, q.role]) : [[String(c.id), "", "", "", ""]];
  });
  assert.deepEqual(numbers.map((r) => [r.id, r.value, r.qualifier, r.item, r.role]), expected);
  // --bom: a UTF-8 byte order mark first, the rest unchanged.
  const bom = run(["claims", "--db", db, "--format", "csv", "--limit", "500", "--bom"]);
  assert.equal(bom.out, `\uFEFF${fromClaims.out}`);
  assert.equal(run(["export", "--db", db, "--format", "ndjson", "--bom"]).code, 2, "--bom only with a CSV format");
});
