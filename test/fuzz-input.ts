// Hostile and odd article text for the property test (test/robust.test.ts) and `npm run fuzz`
// (test/fuzz.ts): words the packs know (items, roles, speech verbs, places, numbers), digits of
// several scripts, separators, quotes, lone surrogates and arbitrary Unicode, glued together in
// any order, so that a lexicon phrase, a place name or a number can end the text, open it or
// stand next to anything. `checkResult` states what must hold of any extraction.
import fc from "fast-check";
import type { ExtractResult, Lang } from "../src/types.js";
import { LANGS, PACKS } from "../src/lang/index.js";

/** Words a pack reacts to: the ones that drive the look-aheads and look-behinds of every stage. */
function packWords(lang: Lang): string[] {
  const p = PACKS[lang];
  const n = p.numbers as unknown as Record<string, unknown>;
  const numberWords = Object.values(n).flatMap((v) => (v && typeof v === "object" && !Array.isArray(v) ? Object.keys(v as object) : Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []));
  return [
    ...Object.keys(p.items), ...Object.keys(p.roles), ...Object.keys(p.kindCues), ...Object.keys(p.attribution.verbs),
    ...p.attribution.accordingBefore, ...p.attribution.accordingAfter, ...p.attribution.complementizers, ...p.attribution.conjunctions,
    ...p.attribution.futureWords, ...p.attribution.passiveMarkers, ...p.attribution.continuationWords,
    ...p.partitive.partFirst, ...p.partitive.wholeFirst, ...p.partitive.anaphoric, ...p.honorifics, ...p.abbreviations,
    ...numberWords,
  ].filter((w) => typeof w === "string" && w.length > 0);
}

// Names from the gazetteer in every script, and unknown capitalised names.
const NAMES = ["Ukraine", "Kursk", "Russia", "Moscow", "North Korea", "Reuters", "TASS", "Kyiv", "Belgorod", "Zelensky",
  "Россия", "Курск", "Курской области", "Москве", "ТАСС", "Украина", "ইউক্রেন", "রাশিয়া", "কুরস্ক", "রাশিয়ার", "মস্কো",
  "Nga", "Ukraine", "Kursk", "Bộ Quốc phòng Nga", "Hàn Quốc", "Triều Tiên", "Mr. Smith", "Ivan Petrov", "Dr.", "U.S."];
// Digits of several scripts: ASCII, Bengali, Devanagari, Arabic-Indic, fullwidth, and mathematical bold.
const DIGITS = ["0123456789", "০১২৩৪৫৬৭৮৯", "०१२३४५६७८९", "٠١٢٣٤٥٦٧٨٩", "０１２３４５６７８９", "𝟎𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗"];
const SEPARATORS = [" ", " ", " ", "\n", "\n\n", "\t", "\r\n", "\u00a0", "\u2028", "\u200b", "\u200c", "\u200d", ",", ".", ". ", "।", "॥", ";", ":", "?", "!",
  "…", "-", "\u2013", "\u2014", "/", "+", "%", "(", ")", "[", "]", "'", "\u2019", '"', "\u201c", "\u201d", "\u201e", "\u00ab", "\u00bb", "’s", "টি", "-го", "'s"];

const digitString = fc.tuple(fc.integer({ min: 0, max: DIGITS.length - 1 }), fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 12 }), fc.constantFrom("", ",", ".", " ", "/", ":", "-"), fc.nat({ max: 999 }))
  .map(([script, ds, sep, tail]) => {
    const digits = [...DIGITS[script]!];
    const head = ds.map((d) => digits[d]).join("");
    return sep ? head + sep + String(tail).split("").map((d) => digits[+d]).join("") : head;
  });

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));

function piece(lang: Lang): fc.Arbitrary<string> {
  const words = packWords(lang);
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...words) },
    { weight: 2, arbitrary: fc.constantFrom(...words).map((w) => w[0]!.toUpperCase() + w.slice(1)) },
    { weight: 3, arbitrary: fc.constantFrom(...NAMES) },
    { weight: 3, arbitrary: digitString },
    { weight: 4, arbitrary: fc.constantFrom(...SEPARATORS) },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 6 }) },
    { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 6 }) },
    { weight: 1, arbitrary: loneSurrogate },
  );
}

export interface FuzzCase {
  text: string;
  lang: Lang;
  published: string | undefined;
}

/** One article: pieces joined with or without a space, ending however it ends (no full stop forced). */
export function fuzzCase(maxPieces = 40): fc.Arbitrary<FuzzCase> {
  return fc.constantFrom(...LANGS).chain((lang) =>
    fc.record({
      text: fc.array(fc.tuple(piece(lang), fc.constantFrom(" ", " ", "", "\n")), { minLength: 1, maxLength: maxPieces })
        .map((ps) => ps.map(([p, gap]) => p + gap).join("").trimEnd()),
      lang: fc.constant(lang),
      published: fc.option(fc.constantFrom("2024-11-01", "2024-02-29", "1999-12-31", "2025-01-01"), { nil: undefined }),
    }));
}

/** What must hold of any extraction: every offset inside the text, every reported text its slice. Returns the problems found. */
export function checkResult(text: string, r: ExtractResult): string[] {
  const bad: string[] = [];
  const span = (what: string, start: unknown, end: unknown, shown: unknown) => {
    if (typeof start !== "number" || typeof end !== "number" || !Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start > end) {
      bad.push(`${what}: span [${String(start)}, ${String(end)}) outside the text (length ${text.length})`);
    } else if (text.slice(start, end) !== shown) bad.push(`${what}: text ${JSON.stringify(shown)} is not the slice ${JSON.stringify(text.slice(start, end))}`);
  };
  r.claims.forEach((c, i) => {
    span(`claim ${i} evidence`, c.evidence.start, c.evidence.end, c.evidence.text);
    c.quantities.forEach((q, k) => {
      span(`claim ${i} quantity ${k}`, q.start, q.end, q.text);
      if (!Number.isFinite(q.value)) bad.push(`claim ${i} quantity ${k}: value ${q.value}`);
    });
    for (const [who, ref] of [["claimant", c.claimant], ["via", c.via]] as const) {
      // Surfaces carry no offsets: they must still be words of this text.
      if (ref && ref.surface && !text.includes(ref.surface)) bad.push(`claim ${i} ${who} surface ${JSON.stringify(ref.surface)} is not in the text`);
    }
    if (!Array.isArray(c.why) || !c.why.length) bad.push(`claim ${i}: no why`);
  });
  return bad;
}
