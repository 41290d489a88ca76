// HTML ingest on saved news pages (test/fixtures/html): different site layouts in en, ru, vi and bn
// with navigation, related links, comments, ads, cookie banners and footers. Each page goes
// through the real ingest path (file -> charset -> Readability -> document -> store) and the
// stored article text must contain every body passage and none of the boilerplate.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore, type Store } from "../src/store/index.js";
import { collectUnits } from "../src/ingest/sources.js";
import { runIngest } from "../src/ingest/run.js";
import { DEFAULT_FETCH } from "../src/ingest/fetch.js";
import { EXTRACTOR_VERSION } from "../src/version.js";

const DIR = "test/fixtures/html";
interface Expect { lang: string; title: string; published: string; canonical: string | null; site: string | null; body: string[]; boilerplate: string[] }
const EXPECTED = JSON.parse(readFileSync(join(DIR, "expected.json"), "utf8")) as Record<string, Expect>;
const opts = { fetch: DEFAULT_FETCH, maxBytes: 10 << 20 };

let tmp = "";
let store: Store;
const ids: Record<string, number> = {};
const statuses: Record<string, string> = {};

before(async () => {
  tmp = mkdtempSync(join(tmpdir(), "claimtrace-html-"));
  store = await openStore(join(tmp, "html.db"));
  // One file at a time, in a fixed order, so the syndicated copy comes after its original.
  for (const file of Object.keys(EXPECTED).sort()) {
    const s = await runIngest(await collectUnits([join(DIR, file)], [], opts), store, { extractorVersion: EXTRACTOR_VERSION, concurrency: 1 });
    assert.deepEqual(s.failed, [], `${file} failed`);
    ids[file] = s.ids[0];
    statuses[file] = s.ingested ? "inserted" : s.merged ? "merged" : "duplicate";
  }
});
after(async () => {
  await store?.close();
  rmSync(tmp, { recursive: true, force: true });
});

test("there are at least 10 fixture pages, in all four languages, and every .html file has expectations", () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith(".html"));
  assert.ok(files.length >= 10, `${files.length} pages`);
  assert.deepEqual(files.sort(), Object.keys(EXPECTED).sort());
  assert.deepEqual([...new Set(Object.values(EXPECTED).map((e) => e.lang))].sort(), ["bn", "en", "ru", "vi"]);
});

for (const [file, exp] of Object.entries(EXPECTED)) {
  test(`${file}: body kept, boilerplate gone, metadata from the page`, async () => {
    const a = await store.getArticle(ids[file]);
    assert.ok(a, "stored");
    if (file === "en-syndicated.html") {
      // The same article text as en-broadcaster.html at another URL: stored once, with both URLs.
      assert.equal(statuses[file], "merged");
      assert.equal(ids[file], ids["en-broadcaster.html"]);
      assert.ok(a.urls.includes(exp.canonical!), a.urls.join(" "));
      return;
    }
    assert.equal(statuses[file], "inserted");
    const missing = exp.body.filter((p) => !a.text.includes(p));
    assert.deepEqual(missing, [], "body passages missing from the stored text");
    const leaked = exp.boilerplate.filter((b) => a.text.includes(b));
    assert.deepEqual(leaked, [], "boilerplate in the stored text");
    assert.ok(a.text.startsWith(`${exp.title}\n\n`), "the headline opens the text, once");
    assert.equal(a.text.split(exp.title).length - 1, 1, "headline appears once");
    assert.equal(a.lang, exp.lang);
    assert.equal(a.title, exp.title);
    assert.equal(a.published, exp.published);
    assert.equal(a.meta.canonical_url ?? null, exp.canonical);
    assert.equal(a.site_name, exp.site);
    for (const c of a.claims) {
      assert.equal(a.text.slice(c.evidence.start, c.evidence.end), c.evidence.text, "claim offsets index into the stored text");
    }
  });
}
