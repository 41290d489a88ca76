// Language detection on headlines alone: every headline of test/fixtures/headlines/<code>.txt
// (written for this test, ten or more per registered language, on war, disasters, protests,
// elections, migration) is detected as its language. Headlines are the hardest input: a few words,
// often too few for trigram statistics to tell apart the registered languages of one script.
// `node scripts/detect-headlines.mjs` reports the accuracy per language, samples included.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { franc } from "franc";
import { detectLangDetail } from "../src/ingest/lang.js";
import { LANGS, packFor } from "../src/lang/index.js";

const dir = new URL("fixtures/headlines/", import.meta.url);
const headlines = (lang: string) => readFileSync(new URL(`${lang}.txt`, dir), "utf8").split("\n").map((l) => l.trim()).filter(Boolean);

for (const lang of LANGS) {
  test(`${lang} headlines are detected as ${lang}`, () => {
    assert.ok(existsSync(new URL(`${lang}.txt`, dir)), `test/fixtures/headlines/${lang}.txt is missing`);
    const hs = headlines(lang);
    assert.ok(hs.length >= 10, `${hs.length} headlines, want 10 or more`);
    const wrong = hs.map((h) => ({ h, d: detectLangDetail(h) })).filter(({ d }) => d.lang !== lang);
    assert.deepEqual(wrong.map(({ h, d }) => `${h} -> ${d.lang ?? `none (${d.iso3})`}`), []);
  });
}

test("the test can fail: franc's trigrams alone misread some of these headlines", () => {
  // Among the registered languages of each headline's script (what detection chooses between).
  const misread = LANGS.flatMap((lang) => headlines(lang).filter((h) => {
    const scripts = packFor(lang).scripts;
    const only = LANGS.filter((l) => packFor(l).scripts.some((s) => scripts.includes(s))).map((l) => packFor(l).iso3);
    return only.length > 1 && franc(h, { only, minLength: 1 }) !== packFor(lang).iso3;
  }));
  assert.ok(misread.length > 0);
});
