// The number stage's example corpora are its tests: every src/lang/<code>/corpus/numbers.yaml is a
// list of texts with the quantities (and optionally dates) expected in them. One generic runner,
// one test per case, plus checks that hold for every case (offsets are slices of the text) and
// that long inputs finish.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import type { NumberMention } from "../src/types.js";
import { tokenize } from "../src/engine/tokenize.js";
import { digitValue, findNumbers } from "../src/engine/numbers/index.js";
import { isLang, packFor } from "../src/lang/index.js";

/** The language pack of a code (its numbers and dates), or undefined for an unknown code. */
const numberLexFor = (lang: string) => (isLang(lang) ? packFor(lang) : undefined);

interface ExpectedNumber {
  value: number;
  text?: string;
  qualifier?: string;
  partOf?: number;
  wholeOf?: number;
  zeroItem?: string;
  indefinite?: boolean;
}

interface Case {
  text: string;
  published?: string;
  numbers: ExpectedNumber[];
  dates?: Array<{ iso: string | null; text?: string }>;
  note?: string;
}

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const langDir = join(root, "src", "lang");

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-4 * Math.max(1, Math.abs(b));
}

function checkOffsets(text: string, ms: Array<{ start: number; end: number; text: string }>): void {
  for (const m of ms) {
    assert.ok(m.start >= 0 && m.start < m.end && m.end <= text.length, `bad span ${m.start}-${m.end}`);
    assert.equal(text.slice(m.start, m.end), m.text, "text is the slice of its offsets");
  }
}

const published = (v: unknown): string | null => (v instanceof Date ? v.toISOString().slice(0, 10) : v == null ? null : String(v));

for (const lang of readdirSync(langDir).sort()) {
  const file = join(langDir, lang, "corpus", "numbers.yaml");
  if (!existsSync(file)) continue;
  const lex = numberLexFor(lang);
  const cases = parse(readFileSync(file, "utf8")) as Case[];
  test(`${lang}: corpus has at least 40 cases and a lexicon`, () => {
    assert.ok(lex, `no number lexicon registered for ${lang}`);
    assert.ok(Array.isArray(cases) && cases.length >= 40, `${cases?.length} cases`);
  });
  if (!lex) continue;
  for (const c of cases) {
    test(`${lang}: ${c.text}`, () => {
      const pub = published(c.published) ?? "2024-11-01";
      const r = findNumbers(c.text, tokenize(c.text), lex, pub);
      checkOffsets(c.text, r.numbers);
      checkOffsets(c.text, r.dates);
      const got = r.numbers.map((m: NumberMention) => `${m.text}=${m.value}${m.qualifier === "exact" ? "" : ` (${m.qualifier})`}`);
      assert.equal(r.numbers.length, c.numbers.length, `quantities: got ${JSON.stringify(got)}`);
      c.numbers.forEach((e, k) => {
        const m = r.numbers[k];
        assert.ok(close(m.value, e.value), `#${k} value ${m.value} != ${e.value} (${JSON.stringify(got)})`);
        if (e.text !== undefined) assert.equal(m.text, e.text, `#${k} text`);
        assert.equal(m.qualifier, e.qualifier ?? (m.form === "fraction" ? "fraction" : "exact"), `#${k} qualifier`);
        if (e.partOf !== undefined) assert.equal(m.partOf, e.partOf, `#${k} partOf`);
        if (e.wholeOf !== undefined) assert.equal(m.wholeOf, e.wholeOf, `#${k} wholeOf`);
        if (e.zeroItem !== undefined) assert.equal(m.zeroItem, e.zeroItem, `#${k} zeroItem`);
        assert.equal(!!m.indefinite, !!e.indefinite, `#${k} indefinite`);
        assert.ok(m.why.length > 0, `#${k} has a why`);
      });
      if (c.dates) {
        assert.equal(r.dates.length, c.dates.length, `dates: got ${JSON.stringify(r.dates.map((d) => d.text))}`);
        c.dates.forEach((e, k) => {
          assert.equal(r.dates[k].iso, e.iso == null ? null : published(e.iso), `date #${k} iso`);
          if (e.text !== undefined) assert.equal(r.dates[k].text, e.text, `date #${k} text`);
        });
      }
    });
  }
}

test("digitValue reads digits of any script", () => {
  assert.equal(digitValue("7"), 7);
  assert.equal(digitValue("৭"), 7);
  assert.equal(digitValue("٣"), 3);
  assert.equal(digitValue("९"), 9);
  assert.equal(digitValue("๕"), 5);
  assert.equal(digitValue("𝟠"), 8);
  assert.equal(digitValue("a"), -1);
});

test("bn: a number word for every number 0–100", () => {
  const bn = numberLexFor("bn")!.numbers;
  const values = new Set([...Object.values(bn.words), ...Object.values(bn.weakWords ?? {})]);
  for (let v = 0; v <= 100; v++) assert.ok(values.has(v), `no Bengali word for ${v}`);
});

test("a line of 1,000,000 digits finishes", () => {
  const text = "1".repeat(1_000_000);
  const r = findNumbers(text, tokenize(text), numberLexFor("en")!, null);
  assert.ok(r.numbers.length <= 1);
  for (const m of r.numbers) assert.equal(m.text, text.slice(m.start, m.end));
});

test("a 2 MB line of words finishes", () => {
  const unit = "about 1,500 drones and two thousand missiles were fired at least twice, no one was injured ";
  const text = unit.repeat(Math.ceil(2_000_000 / unit.length));
  const r = findNumbers(text, tokenize(text), numberLexFor("en")!, "2024-11-01");
  const reps = Math.ceil(2_000_000 / unit.length);
  assert.equal(r.numbers.length, reps * 3);
  assert.equal(r.numbers[0].value, 1500);
  assert.equal(r.numbers[0].qualifier, "approx");
  checkOffsets(text, r.numbers.slice(0, 50));
});

test("random strings never throw and keep offsets, order and finite values", () => {
  let seed = 11;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const chars = [..."0123456789০১২৩৪৫৬৭৮৯٠١٢𝟘𝟙.,/-+:() \u00a0\n akMGкМ%_টিশে"];
  const words = ["one", "hundred", "a", "half", "of", "no", "এক", "হাজার", "মধ্যে", "কেউ", "hai", "mươi", "năm", "tháng", "ngày", "không", "ai", "две", "тыс", "из", "никто", "ноября"];
  for (let k = 0; k < 400; k++) {
    let text = "";
    for (let j = 1 + Math.floor(rnd() * 20); j > 0; j--) text += rnd() < 0.3 ? ` ${words[Math.floor(rnd() * words.length)]} ` : chars[Math.floor(rnd() * chars.length)];
    for (const lang of ["bn", "en", "vi", "ru"]) {
      const r = findNumbers(text, tokenize(text), numberLexFor(lang)!, k % 2 ? "2024-11-01" : null);
      checkOffsets(text, r.numbers);
      checkOffsets(text, r.dates);
      r.numbers.forEach((m, q) => {
        assert.ok(Number.isFinite(m.value), `${lang} ${JSON.stringify(text)}`);
        if (q) assert.ok(m.start >= r.numbers[q - 1].end, `${lang} ${JSON.stringify(text)}: in order, no overlap`);
      });
    }
  }
});

test("offsets equal the text slices on the dev articles", () => {
  const dev = join(root, "samples"); // the dev articles, bundled
  for (const f of readdirSync(dev).filter((n) => n.endsWith(".txt"))) {
    const lang = f.replace(/^.*-(\w+)\.txt$/, "$1");
    const lex = numberLexFor(lang);
    if (!lex) continue;
    const text = readFileSync(join(dev, f), "utf8");
    const r = findNumbers(text, tokenize(text), lex, "2024-11-01");
    checkOffsets(text, r.numbers);
    checkOffsets(text, r.dates);
    assert.ok(r.numbers.length > 5);
  }
});
