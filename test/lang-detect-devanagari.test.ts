// Detection among Devanagari languages: Hindi is read; its neighbours (Bhojpuri, Marathi, ...) are
// reported as unsupported. Franc's trigrams take short Hindi headlines for Bhojpuri or Magahi; the
// neighbours' own function words (the pack's neighbourWords) keep them out of the running.
import { test } from "node:test";
import assert from "node:assert/strict";
import { detectLangDetail } from "../src/ingest/lang.js";
import { franc } from "franc";

// Headlines written for this test in the style of Hindi news sites.
const HEADLINES = [
  "गुजरात में भूकंप के झटके, कोई हताहत नहीं",
  "राजधानी में किसानों के मार्च में 50 हजार से ज्यादा लोग शामिल हुए",
  "चुनाव आयोग के मुताबिक पहले चरण में 64 फीसदी मतदान",
  "बिहार में बाढ़ से 12 लोगों की मौत, हजारों घर पानी में डूबे",
];
const DEVANAGARI = ["hin", "mar", "nep", "bho", "mai", "mag", "awa", "san"];

test("Hindi headlines are hi, including ones whose trigrams look like Bhojpuri or Magahi", () => {
  // The test can fail: at least one headline is another language to franc alone.
  assert.ok(HEADLINES.some((h) => franc(h, { only: DEVANAGARI, minLength: 1 }) !== "hin"));
  for (const h of HEADLINES) assert.deepEqual(detectLangDetail(h), { lang: "hi", iso3: "hin", script: "Devanagari" }, h);
});

test("Bhojpuri and Marathi are unsupported and named", () => {
  assert.deepEqual(detectLangDetail("गांव में आग लग गइल बा, लोगन के कहनाम बा कि सरकार कुछु ना कइलस आ ओकर घर जर गइल"), { lang: null, iso3: "bho", script: "Devanagari" });
  assert.deepEqual(detectLangDetail("मुंबईत मुसळधार पाऊस झाला असून अनेक भागांत पाणी साचले आहे आणि वाहतूक ठप्प झाली"), { lang: null, iso3: "mar", script: "Devanagari" });
});
