// `claimtrace history`, `origin` and `export --format jsonld --reviewer …` as a user runs them, on
// the traps corpus (test/fixtures/traps) ingested as NDJSON with publication times.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const CLI = ["--import", "tsx", "src/cli/main.ts"];
const DIR = new URL("./fixtures/traps/", import.meta.url);
const ARTICLES = JSON.parse(readFileSync(new URL("articles.json", DIR), "utf8")) as Array<{ id: string; lang: string; published: string | null; url: string | null }>;
let tmp = "", db = "";

function run(args: string[]) {
  const r = spawnSync(process.execPath, [...CLI, ...args], { encoding: "utf8", timeout: 120000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

before(() => {
  tmp = mkdtempSync(join(tmpdir(), "claimtrace-cli-history-"));
  db = join(tmp, "h.db");
  const lines = ARTICLES.map((a) => JSON.stringify({
    text: readFileSync(new URL(`raw/${a.id}.txt`, DIR), "utf8"), title: a.id, lang: a.lang,
    ...(a.published ? { published: a.published } : {}), ...(a.url ? { url: a.url } : {}),
  }));
  writeFileSync(join(tmp, "traps.ndjson"), lines.join("\n") + "\n");
  const r = run(["ingest", join(tmp, "traps.ndjson"), "--db", db]);
  assert.equal(r.code, 0, r.err);
});
after(() => rmSync(tmp, { recursive: true, force: true }));

test("history lists the series seen on several dates, with their paths", () => {
  const r = run(["history", "--db", db]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /^ {2}77 → (120 \/ 233|233 \/ 120) → 262 → 413$/m);
  assert.match(r.out, /^ {2}3,000 → 8,000 → 10,000$/m);
  assert.match(r.out, /2023-10-10 {2}413 \(rose to\) {2}Afghan government {2}\(prothomalo\.com\/bn 2023-10-10T11:00:00\+06:00\)/);
  const json = JSON.parse(run(["history", "--db", db, "--json", "--item", "troops"]).out) as Array<{ path: string }>;
  assert.deepEqual(json.map((h) => h.path), ["3,000 → 8,000 → 10,000"]);
  const bad = run(["history", "nothing.here", "--db", db]);
  assert.equal(bad.code, 3);
  assert.match(bad.err, /^claimtrace: no series nothing\.here/);
});

test("origin names the first article (with its time) and the relays in order, across languages", () => {
  const r = run(["origin", "--db", db, "--item", "troops"]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /3,000 \(.*South Korean National Intelligence Service.*\): first published by en\.yna\.co\.kr \(en\) at 2024-10-18 09:12 \+09:00, relayed by reuters\.com \(en, via Yonhap\) at 2024-10-18 11:40 \+09:00, then thanhnien\.vn \(vi\) at 2024-10-18 12:05 \+07:00, then prothomalo\.com \(bn\) at 2024-10-18 17:30 \+06:00/);
});

test("export jsonld: the reviewer as configured, datePublished on every review, ratings only on grounds", () => {
  const r = run(["export", "--db", db, "--format", "jsonld", "--reviewer", "Example Checks", "--review-url", "https://checks.example.org/"]);
  assert.equal(r.code, 0, r.err);
  const reviews = JSON.parse(r.out) as Array<Record<string, any>>;
  assert.ok(reviews.every((x) => x.author.name === "Example Checks" && x.author.url === "https://checks.example.org/" && /^\d{4}-\d{2}-\d{2}$/.test(x.datePublished)));
  assert.ok(reviews.every((x) => typeof x.url === "string" && x.url.startsWith("https://checks.example.org/#/article/")));
  assert.equal(reviews.filter((x) => x.reviewRating).length, 2);
  assert.ok(!reviews.some((x) => x.reviewRating?.ratingValue === 1));
  const bad = run(["export", "--db", db, "--format", "jsonld", "--review-url", "javascript:alert(1)"]);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /^claimtrace: --review-url javascript:alert\(1\): expected an http\(s\) URL/);
});
