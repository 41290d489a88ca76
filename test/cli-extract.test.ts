// The `extract` and `numbers` commands as a user runs them: real articles in, the spec's JSON
// out; bad input gets one line on stderr and a documented exit code, never a stack trace.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const CLI = new URL("../src/cli/main.ts", import.meta.url).pathname;
const DEV = new URL("../samples/", import.meta.url).pathname; // the dev articles, bundled
const tmp = mkdtempSync(join(tmpdir(), "claimtrace-cli-"));

function run(args: string[], input?: string | Buffer) {
  // A generous limit only to turn a hang into a failure; speed is measured by `npm run bench`.
  const r = spawnSync(process.execPath, ["--import", "tsx", CLI, ...args], { input, encoding: "utf8", timeout: 180_000, maxBuffer: 256 << 20 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function oneLineError(r: { err: string }, pattern: RegExp) {
  const lines = r.err.trim().split("\n");
  assert.equal(lines.length, 1, `expected one line on stderr, got:\n${r.err}`);
  assert.match(lines[0]!, /^claimtrace: /);
  assert.match(lines[0]!, pattern);
  assert.doesNotMatch(r.err, /\n\s+at /, "no stack trace");
}

test("extract --json on the Bengali dev article gives the spec's record", () => {
  const r = run(["extract", "--json", join(DEV, "01-bn.txt")]);
  assert.equal(r.code, 0, r.err);
  const doc = JSON.parse(r.out);
  assert.equal(doc.article.lang, "bn");
  assert.equal(doc.article.published, "2024-11-01", "publication date read from the Source URL");
  assert.match(doc.article.source_url, /^https:\/\/thanhnien\.vn\//);
  const text = readFileSync(join(DEV, "01-bn.txt"), "utf8");
  const airForce = doc.claims.find((c: { claimant: { id: string } | null }) => c.claimant?.id === "org:ua-air-force");
  assert.ok(airForce, "the Ukrainian Air Force claim");
  const values = airForce.quantities.map((q: { value: number; role: string }) => `${q.value}/${q.role}`).sort();
  assert.deepEqual(values, ["31/destroyed", "48/launched"]);
  for (const c of doc.claims) {
    assert.equal(text.slice(c.evidence.start, c.evidence.end), c.evidence.text);
    assert.ok(Array.isArray(c.why) && c.why.length > 0);
    for (const q of c.quantities) assert.equal(text.slice(q.start, q.end), q.text);
  }
  // Boilerplate never becomes a claim.
  assert.ok(!doc.claims.some((c: { evidence: { text: string } }) => /বিজ্ঞাপন|মন্তব্য \(0\)|সূত্র:/.test(c.evidence.text)));
});

test("extract reads standard input with -, and --lang/--date override detection", () => {
  const r = run(["extract", "--json", "--lang", "en", "--date", "2023-05-02", "-"], "Russia's defence ministry said on Monday that air defences shot down 12 Ukrainian drones.\n");
  assert.equal(r.code, 0, r.err);
  const doc = JSON.parse(r.out);
  assert.equal(doc.article.published, "2023-05-02");
  assert.equal(doc.claims[0].quantities[0].value, 12);
  assert.equal(doc.claims[0].claimant.name, "Russian Ministry of Defence");
});

test("extract prints a table by default and the rules with --explain", () => {
  const table = run(["extract", join(DEV, "02-en.txt")]);
  assert.equal(table.code, 0, table.err);
  assert.match(table.out, /claimant\s+via\s+stance/);
  assert.match(table.out, /Ukrainian Air Force/);
  const explain = run(["extract", "--explain", join(DEV, "02-en.txt")]);
  // Every rule line starts with its stable id (src/engine/rules.ts).
  assert.match(explain.out, /attr\.subject-verb: Ukrainian Air Force \+ "announced"/);
  assert.match(explain.out, /item\.after: /);
  assert.match(explain.out, /date\.stated: /);
});

test("bad input: empty, white space, binary, invalid UTF-8, missing, a folder", () => {
  const empty = join(tmp, "empty.txt");
  writeFileSync(empty, "");
  oneLineError(run(["extract", empty]), /empty/);
  const blank = join(tmp, "blank.txt");
  writeFileSync(blank, "  \n\n\t ");
  oneLineError(run(["extract", blank]), /no text/);
  const bin = join(tmp, "image.png");
  writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
  const rb = run(["extract", bin]);
  assert.equal(rb.code, 3);
  oneLineError(rb, /binary/);
  const latin1 = join(tmp, "latin1.txt");
  writeFileSync(latin1, Buffer.from("Kyiv said caf\xe9 was hit by 3 drones.", "latin1"));
  oneLineError(run(["extract", latin1]), /not valid UTF-8/);
  const missing = run(["extract", join(tmp, "nope.txt")]);
  assert.equal(missing.code, 3);
  oneLineError(missing, /no such file/);
  oneLineError(run(["extract", tmp]), /is a directory/);
});

test("bad options and unsupported languages are usage or input errors", () => {
  const lang = run(["extract", "--lang", "xx", join(DEV, "02-en.txt")]);
  assert.equal(lang.code, 2);
  oneLineError(lang, /--lang xx/);
  const date = run(["extract", "--date", "2024-13-45", join(DEV, "02-en.txt")]);
  assert.equal(date.code, 2);
  oneLineError(date, /--date/);
  // Dutch: a neighbour of the German pack, named and refused.
  const dutch = join(tmp, "nl.txt");
  writeFileSync(dutch, "De regering heeft maandag meegedeeld dat de leveringen aan Oekraïne worden voortgezet en dat er nog meer gesprekken gepland zijn.\n");
  const nl = run(["extract", dutch]);
  assert.equal(nl.code, 3);
  oneLineError(nl, /unsupported language: looks like Dutch/);
});

test("one line of 1,000,000 digits gives a result, not a hang", () => {
  const f = join(tmp, "digits.txt");
  writeFileSync(f, "1".repeat(1_000_000) + "\n");
  const r = run(["extract", "--json", "--lang", "en", f]);
  assert.equal(r.code, 0, r.err);
  assert.deepEqual(JSON.parse(r.out).claims, [], "a bare number counts nothing: no claim");
});

test("numbers reads one text per line and prints one JSON array per line", () => {
  const r = run(["numbers", "--lang", "bn"], "প্রায় ১০,০০০ সৈন্য\n১ নভেম্বর\nএক তৃতীয়াংশ\n");
  assert.equal(r.code, 0, r.err);
  const lines = r.out.trim().split("\n").map((l) => JSON.parse(l));
  assert.equal(lines.length, 3);
  assert.equal(lines[0][0].value, 10000);
  assert.equal(lines[0][0].qualifier, "approx");
  assert.deepEqual(lines[1], [], "a date is not a quantity");
  assert.ok(Math.abs(lines[2][0].value - 1 / 3) < 1e-6);
});

// The tables and the claims CSV group integers by hand (src/server/quantity-text.ts, so that a start-up
// builds no Intl.NumberFormat): the text is en-US's, for every size and sign.
test("fmtValue writes every integer as en-US formats it", async () => {
  const { fmtValue } = await import("../src/server/quantity-text.js");
  const nf = new Intl.NumberFormat("en-US");
  const values = [0, -0, 1, -1, 7, 12, 999, 1000, -1000, 9999, 10000, 123456, 1234567, 1e9, -987654321, 2 ** 53 - 1, -(2 ** 53 - 1), 2 ** 53, 2 ** 60, 1e21, -1e25, 1.5e300];
  for (let d = 1; d <= 16; d++) values.push(10 ** d - 1, 10 ** d, -(10 ** d) + 1, Math.round(Math.random() * 10 ** d));
  for (const v of values) assert.equal(fmtValue(v), nf.format(v), String(v));
  assert.equal(fmtValue(1.23456), "1.2346");
  assert.equal(fmtValue(Infinity), "Infinity");
});
