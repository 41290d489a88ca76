// An article's title comes from the page's metadata or its headline, never from a caption, a
// credit line, an agency byline ("dpa"), a section label ("What we know") or widget text ("This
// audio is created with AI assistance"). Pages written for this test (test/fixtures/titles/), plain
// texts with such lines above the headline, and an NDJSON title that is a byline.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { extractHtmlArticle } from "../src/ingest/html.js";
import { ingestText } from "../src/ingest/text.js";
import { buildDocument } from "../src/ingest/run.js";
import { notTitleReason } from "../src/ingest/title.js";

const page = (f: string) => extractHtmlArticle(readFileSync(new URL(`./fixtures/titles/${f}`, import.meta.url), "utf8"));

test("HTML: the headline wins over a section label, an agency byline, widget text and a caption", () => {
  // <h1>What we know</h1> is a summary box's label; the <title> (less its site suffix) is the headline.
  assert.equal(page("label-h1.html").meta.title, "Warehouses burn after overnight drone attack");
  // og:title and <title> say only "dpa": the JSON-LD headline is the title.
  assert.equal(page("agency-og.html").meta.title, "Air defences intercept most drones over the river city");
  // An audio widget's line before the <h1>, and a one-word <title>.
  const widget = page("widget-first.html");
  assert.equal(widget.meta.title, "Drone debris sets two railway warehouses on fire");
  assert.ok(widget.text.startsWith("Drone debris sets two railway warehouses on fire\n\n"), "the headline opens the text");
  // Russian: a photo credit in twitter:title, a section label in <title>.
  assert.equal(page("caption-title.html").meta.title, "ПВО сбила большую часть беспилотников над городом");
});

test("HTML: when every candidate is noise the article has no title, and its text is still read", () => {
  const a = page("only-noise.html");
  assert.equal(a.meta.title, null);
  assert.match(a.text, /air defence units intercepted most of the drones/);
});

test("plain text: lines a scraper copied above the headline are skipped; running text is never a title", () => {
  const body = "Air defence units intercepted most of the drones overnight, the regional administration said on Sunday.";
  const t = (text: string) => ingestText(text, { lang: "en" }).meta.title;
  assert.equal(t(`This audio is created with AI assistance\nWhat we know\n\nDrone debris sets two warehouses on fire\n\n${body}\n`), "Drone debris sets two warehouses on fire");
  assert.equal(t(`dpa\n${body}\n`), null);
  assert.equal(t(`Photo: Reuters/Jane Fielding\n${body}\n`), null);
  assert.equal(t(`${body}\nDrone debris sets two warehouses on fire\n`), null, "a line after the body is not a headline");
  assert.equal(t(`Что известно\nПВО сбила большую часть беспилотников\n\nРегиональная администрация сообщила об этом в воскресенье.\n`), "ПВО сбила большую часть беспилотников");
  assert.equal(t(`Ảnh: AFP\nNga tuyên bố bắn hạ 83 UAV trong đêm\n\nBộ Quốc phòng Nga cho biết như vậy hôm 1.11.\n`), "Nga tuyên bố bắn hạ 83 UAV trong đêm");
});

test("NDJSON: a title that is a byline gives way to the page's headline", () => {
  const html = readFileSync(new URL("./fixtures/titles/widget-first.html", import.meta.url), "utf8");
  const doc = buildDocument({ kind: "html", content: html, fragment: false, baseUrl: null, urls: [], origin: "x.ndjson:1", hints: { title: "dpa" } });
  assert.equal(doc.meta.title, "Drone debris sets two railway warehouses on fire");
});

test("what is a title and what is not, in four languages", () => {
  for (const s of ["What we know", "dpa", "AFP/Reuters", "© AFP 2024", "This audio is created with AI assistance", "Listen to this article · 4 min",
    "By Jane Fielding", "Photo: Reuters/Jane Fielding", "Что известно", "Фото: пресс-служба", "Ảnh: AFP", "Đọc thêm", "আরও পড়ুন", "ছবি: সংগৃহীত", "Live"]) {
    assert.notEqual(notTitleReason(s), null, s);
  }
  for (const s of ["Air defences intercept most drones over the river city", "ПВО сбила большую часть беспилотников", "Nga tuyên bố bắn hạ 83 UAV",
    "রাশিয়া ৮৩টি ড্রোন ভূপাতিতের দাবি", "Reuters reporter detained in Moscow"]) {
    assert.equal(notTitleReason(s), null, s);
  }
});

// The title check folds every outlet name of the gazetteer at start-up; fold() takes ASCII text by a
// shorter way (src/query/fold.ts), which must give what the full way gives.
test("fold: ASCII text folds as the full way folds it", async () => {
  const { fold } = await import("../src/query/fold.js");
  const full = (s: string) => (s.normalize("NFD").toLowerCase().replace(/[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g, "").normalize("NFC").match(/[\p{L}\p{M}\p{N}\u200c\u200d]+/gu) ?? []).join(" ");
  let ascii = "";
  for (let c = 0; c < 128; c++) ascii += String.fromCharCode(c);
  const samples = [ascii, "Associated Press", "AFP/Reuters", "  BBC  News 24 ", "U.S. Department of State", "Al-Jazeera's", "", "___", "x1Y2z3", "RIA Novosti (Moscow)"];
  for (let i = 0; i < 200; i++) samples.push(Array.from({ length: 12 }, (_, k) => ascii[(i * 31 + k * 17) % 128]).join(""));
  for (const s of samples) assert.equal(fold(s), full(s), JSON.stringify(s));
  assert.equal(fold("Bộ Quốc phòng"), "bo quoc phong");
});
