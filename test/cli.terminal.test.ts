// Stored text reaches a terminal without its control characters: a title or an evidence sentence
// carrying ESC sequences (colour, cursor moves, an OSC 52 clipboard write, a window title), C1
// controls or bidi overrides prints as plain text in every table and plain printer, while --json
// gives the text back exactly.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const CLI = ["--import", "tsx", "src/cli/main.ts"];
const run = (args: string[]) => spawnSync(process.execPath, [...CLI, ...args], { encoding: "utf8", timeout: 120_000 });

const OSC52 = "\x1b]52;c;Y3VybCBldmlsLmV4YW1wbGUgfCBzaA==\x07";
const TITLE = `Drones \x1b[2J\x1b[31mred\x1b[0m ${OSC52}title \x9b1;1H\u202eevil\u202c`;
const TEXT = `The ministry said \x1b]0;pwned\x1b\\12 drones were destroyed \x1b[1Aovernight ${OSC52}over the region, officials said.\r\n` +
  "The governor said 4 buildings were damaged\x07 in the attack.\n";
const BAD = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;

let tmp = "", db = "", id = 0;
before(() => {
  tmp = mkdtempSync(join(tmpdir(), "claimtrace-term-"));
  db = join(tmp, "t.db");
  const nd = join(tmp, "a.ndjson");
  writeFileSync(nd, JSON.stringify({ title: TITLE, text: TEXT, lang: "en", published: "2024-11-01" }) + "\n");
  const r = run(["ingest", nd, "--db", db, "--json"]);
  assert.equal(r.status, 0, r.stderr);
  id = JSON.parse(r.stdout).ids[0];
});
after(() => rmSync(tmp, { recursive: true, force: true }));

function clean(out: string, what: string) {
  assert.doesNotMatch(out, BAD, `${what}: no control characters (got ${JSON.stringify(out.match(BAD)?.[0])})`);
}

test("claims, articles, articles show (with --text) and extract print no control characters", () => {
  const file = join(tmp, "a.txt");
  writeFileSync(file, TEXT);
  const outs: Array<[string, string[]]> = [
    ["claims", ["claims", "--db", db]],
    ["articles", ["articles", "--db", db]],
    ["articles show", ["articles", "show", String(id), "--db", db]],
    ["articles show --text", ["articles", "show", String(id), "--db", db, "--text"]],
    ["extract", ["extract", file, "--title", TITLE]],
    ["extract --explain", ["extract", file, "--explain", "--title", TITLE]],
  ];
  for (const [what, args] of outs) {
    const r = run(args);
    assert.equal(r.status, 0, `${what}: ${r.stderr}`);
    clean(r.stdout, what);
    assert.match(r.stdout, /drones|Drones/, `${what} still prints the text`);
  }
  const show = run(["articles", "show", String(id), "--db", db, "--text"]).stdout;
  assert.match(show, /<U\+202E>evil<U\+202C>/, "bidi overrides shown, not obeyed");
  assert.match(show, /Drones red title evil|Drones red title <U\+202E>evil/, "the title's words remain");
});

test("--json keeps the stored text exactly", () => {
  const a = JSON.parse(run(["articles", "show", String(id), "--db", db, "--json"]).stdout);
  assert.equal(a.title, TITLE);
  assert.equal(a.text, TEXT);
  const c = JSON.parse(run(["claims", "--db", db, "--json"]).stdout);
  assert.ok(c.claims.some((x: { evidence: { text: string } }) => x.evidence.text.includes(OSC52)));
});
