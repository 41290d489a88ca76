// The engine's stages one by one, on real article text: tokenizer offsets, sentence repairs,
// plain-text boilerplate and metadata, and the extraction invariants every claim must keep.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { tokenize, TOKEN_RE } from "../src/engine/tokenize.js";
import fc from "fast-check";
import { learnedSentences, segment } from "../src/engine/segment.js";
import { LANGS } from "../src/lang/index.js";
import { parse as parseYaml } from "yaml";
import { ingestText, dateFromUrl, creditTailStart } from "../src/ingest/text.js";
import { extractText } from "../src/index.js";
import { RANGE_CHARS, rangeEnd } from "../src/engine/extract.js";
import { packFor } from "../src/lang/index.js";

const DEV = new URL("../samples/", import.meta.url); // the dev articles, bundled
const dev = (f: string) => readFileSync(new URL(f, DEV), "utf8");

test("tokens cover the text exactly: digits split from glued Bengali classifiers, apostrophes kept in words", () => {
  const text = "৪৮টি ড্রোন, Russia's Su-34 shot down 1,500 km";
  const toks = tokenize(text);
  for (const t of toks) assert.equal(text.slice(t.start, t.end), t.text);
  assert.deepEqual(toks.slice(0, 2).map((t) => [t.text, t.kind, t.glued]), [["৪৮", "number", false], ["টি", "word", true]]);
  assert.ok(toks.some((t) => t.text === "Russia's" && t.kind === "word"));
});

// tokenize() reads the token grammar with a character-class table; TOKEN_RE states the grammar.
// The two must cut every text alike: the bundled articles, and any mix of the characters that
// decide a cut (digits of two scripts, letters, marks, joiners, apostrophes, kinds of space,
// characters outside the BMP, lone surrogates).
function regexTokens(text: string): Array<[number, number, string]> {
  const re = new RegExp(TOKEN_RE.source, TOKEN_RE.flags);
  return [...text.matchAll(re)].map((m) => [m.index, m.index + m[0].length, m[1] ? "number" : m[2] ? "word" : "punct"]);
}
const tableTokens = (text: string) => tokenize(text).map((t): [number, number, string] => [t.start, t.end, t.kind]);

test("the tokenizer's table cuts texts as the token grammar does", () => {
  for (const f of ["01-bn.txt", "02-en.txt", "03-vi.txt"]) assert.deepEqual(tableTokens(dev(f)), regexTokens(dev(f)), f);
  const chars = ["a", "Z", "é", "ß", "я", "Ж", "৪", "টি", "ि", "\u200c", "\u200d", "'", "\u2019", " ", "\n", "\u00a0", "\u3000", "\ufeff", "1", ".", "-", "«", "\u0301", "क", "।", "٣", "𝐀", "𝟎", "😀", "\ud800", "\udc00"];
  fc.assert(fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 24 }), (parts) => {
    const text = parts.join("");
    assert.deepEqual(tableTokens(text), regexTokens(text), JSON.stringify(text));
  }), { numRuns: 3000 });
});

test("sentences: abbreviations do not end one, a quotation spanning two stays one, lines are paragraphs", () => {
  const pack = packFor("en");
  const text = "\"We need a decision. The right is ours,\" Mr. Sybiha said.\nA headline without a full stop";
  const s = segment(text, tokenize(text), pack);
  assert.equal(s.length, 2);
  assert.equal(text.slice(s[0]!.start, s[0]!.end), "\"We need a decision. The right is ours,\" Mr. Sybiha said.");
  assert.equal(s[1]!.paragraph, 1);
  assert.ok(s[1]!.headline);
  // Quotation marks met only right after full stops (inside the spans the segmentation reads) still join the quotation.
  const spans = "He left. \"We need it. Now.\" Then he spoke.";
  assert.deepEqual(segment(spans, tokenize(spans), pack).map((x) => spans.slice(x.start, x.end)), ["He left.", "\"We need it. Now.\"", "Then he spoke."]);
  const bn = "মিঃ ব্লিঙ্কেন বলেন। উত্তর কোরিয়া অস্বীকার করেছে?";
  assert.equal(segment(bn, tokenize(bn), packFor("bn")).length, 2, "danda and ? end Bengali sentences");
});

test("sentences: lines segmented together (one segmenter call for several short lines) split as each line alone", () => {
  // segmentRange hands the short lines that need the segmenter to it joined by line breaks.
  const pieces = ["a", "B", "Д", "ব", "1", ".", "?", "!", "।", "…", ";", ",", " ", "\u00a0", "\"", "'", "\u201d", "\u00bb", "«", ")", "\r", "\u0301", "\u2029", "U.S. ", "Mr. ", "e.g. ", "x", "\ud83d\ude00"];
  const line = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 14 }).map((xs) => xs.join(""));
  fc.assert(fc.property(fc.constantFrom("en", "bn", "ru", "vi"), fc.array(line, { minLength: 1, maxLength: 5 }), (lang, lines) => {
    const pack = packFor(lang);
    const text = lines.join("\n");
    const together = segment(text, tokenize(text), pack).map((x) => `${x.start}-${x.end}`);
    const alone: string[] = [];
    let at = 0;
    for (const l of lines) {
      for (const x of segment(l, tokenize(l), pack)) alone.push(`${at + x.start}-${at + x.end}`);
      at += l.length + 1;
    }
    assert.deepEqual(together, alone);
  }), { numRuns: 2000 });
});

/** A line's sentences as the segmenter gives them (trimmed, offsets into the line). */
function segmenterPieces(seg: Intl.Segmenter, line: string): string[] {
  const out: string[] = [];
  for (const x of seg.segment(line)) {
    const lead = x.segment.length - x.segment.trimStart().length, body = x.segment.trim();
    if (body) out.push(`${x.index + lead}-${x.index + lead + body.length}`);
  }
  return out;
}
/** learnedSentences' pieces of a line, or null when it leaves the line to the segmenter. */
function learnedPieces(seg: Intl.Segmenter, line: string): string[] | null {
  const out: Array<{ start: number; end: number }> = [];
  return learnedSentences(seg, line, 0, line.length, out) ? out.map((p) => `${p.start}-${p.end}`) : null;
}

test("sentences: breaks read from learnt spans are the segmenter's own, on random lines of tricky characters", () => {
  // Full stops before capitals, digits, lower-case words and closing marks; other scripts' ends;
  // marks and joiners before a full stop; spaces of several kinds; a Greek question mark.
  const pieces = ["a", "B", "Д", "д", "ব", "ক", "1", "42", ".", "?", "!", "।", "॥", "…", ";", ",", ":", "-", " ", "  ", "\u00a0", "\t", "\"", "'", "\u201c", "\u201d", "\u00bb", "\u00ab", "(", ")", "[", "\u0301", "\u09c7", "\u200d", "U.S. ", "Mr. ", "e.g. ", "x", "The", "the", "\ud83d\ude00", "\r", "\u2029", "\u037e", "ό"];
  const line = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 16 }).map((xs) => xs.join(""));
  let read = 0, runs = 0;
  // One segmenter per locale for all runs, as the engine keeps one: a span learnt on one line is read back on others.
  const segs = new Map<string, Intl.Segmenter>();
  fc.assert(fc.property(fc.constantFrom("en", "bn", "ru", "vi", "el", "de"), line, (locale, l) => {
    let seg = segs.get(locale);
    if (!seg) segs.set(locale, (seg = new Intl.Segmenter(locale, { granularity: "sentence" })));
    runs++;
    // Twice: the first reading learns its spans (asking the segmenter), the second reads them back.
    for (let k = 0; k < 2; k++) {
      const got = learnedPieces(seg, l);
      if (got === null) return;
      if (k === 1) read++;
      assert.deepEqual(got, segmenterPieces(seg, l), JSON.stringify([locale, l]));
    }
  }), { numRuns: 4000 });
  // The lines left to the segmenter (surrogates, separators, marks before a full stop) must stay the exception.
  assert.ok(read > runs / 3, `${read} of ${runs} lines read from learnt spans`);
});

test("sentences: breaks read from learnt spans are the segmenter's own on every line of the samples and the packs' corpora", () => {
  const texts: Array<[string, string]> = [];
  for (const f of ["01-bn.txt", "02-en.txt", "03-vi.txt"]) texts.push([f.slice(3, 5), dev(f)]);
  for (const lang of LANGS) {
    const path = new URL(`../src/lang/${lang}/corpus/claims.yaml`, import.meta.url);
    texts.push([lang, (parseYaml(readFileSync(path, "utf8")) as Array<{ text: string }>).map((e) => e.text).join("\n")]);
  }
  let read = 0, lines = 0;
  for (const [lang, text] of texts) {
    // One segmenter for all the lines of a language, as the engine keeps one per locale: later lines read earlier ones' spans.
    const seg = new Intl.Segmenter(packFor(lang as never).locale, { granularity: "sentence" });
    for (const l of text.split("\n")) {
      if (!l.trim()) continue;
      lines++;
      const got = learnedPieces(seg, l);
      if (got === null) continue;
      read++;
      assert.deepEqual(got, segmenterPieces(seg, l), `${lang}: ${l}`);
    }
  }
  assert.ok(read > lines * 0.9, `${read} of ${lines} lines read from learnt spans`);
});

test("plain-text ingest finds the scraped-site boilerplate, the source URL and the date it encodes", () => {
  const doc = ingestText(dev("01-bn.txt"));
  assert.equal(doc.meta.lang, "bn");
  const kinds = doc.boilerplate.map((b) => `${b.kind}:${b.text}`);
  assert.ok(kinds.includes("ad:[বিজ্ঞাপন_২]"));
  assert.ok(kinds.includes("comments:মন্তব্য (0)"));
  assert.ok(kinds.some((k) => k.startsWith("source:সূত্র: https://thanhnien.vn/")));
  assert.equal(doc.meta.published, "2024-11-01");
  const en = ingestText(dev("02-en.txt"));
  assert.deepEqual(en.boilerplate.map((b) => b.kind).sort(), ["ad", "comments", "source"]);
  assert.equal(ingestText("Photo: Reuters/Gleb Garanich\nKyiv said 3 drones were downed.", { lang: "en" }).boilerplate[0]!.kind, "caption");
});

test("a credit tail's start: the bounded look-back gives what walking back to the last full stop gives", () => {
  // The look-back as first written: the last [.!?] before the line's last character, then its spaces.
  const reference = (line: string) => {
    let q = line.length - 2;
    for (; q >= 0; q--) if (".!?".includes(line[q]!)) break;
    if (q < 0) return -1;
    let r = q + 1;
    while (r < line.length && /\s/.test(line[r]!)) r++;
    return r > q + 1 && line.length - r <= 2 * 63 ? q : -1;
  };
  const pieces = ["a", "Photo", " ", "  ", " ".repeat(40), " ".repeat(130), ".", "!", "?", "(AFP)", "x".repeat(30), "y".repeat(120), "\u00a0"];
  fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 24 }).map((xs) => xs.join("")), (line) => {
    assert.equal(creditTailStart(line), reference(line), JSON.stringify(line));
  }), { numRuns: 5000 });
});

test("a caption ends with its credit after the last full stop; a long last sentence that opens with a photo cue is no credit", () => {
  const kinds = (text: string, lang: "en" | "fr") => ingestText(text, { lang }).boilerplate.map((b) => b.kind);
  assert.deepEqual(kinds("Rescuers search the rubble of a building in Kyiv. (Photo: AFP)\nKyiv said 3 drones were downed.", "en"), ["caption"]);
  assert.deepEqual(kinds("Des sauveteurs à Audresselles, le 25 octobre 2024. Photo d'illustration\nLa police a dit que 3 personnes sont mortes.", "fr"), ["caption"]);
  assert.deepEqual(kinds("Rescuers searched the rubble in Kyiv. Photo opportunities were few as rescuers worked through the night to reach the trapped residents of the building\nKyiv said 3 drones were downed.", "en"), []);
});

test("dates in URLs: path dates, compact dates, one unambiguous yymmdd in a CMS id, else nothing", () => {
  assert.equal(dateFromUrl("https://example.com/2024/11/01/story"), "2024-11-01");
  assert.equal(dateFromUrl("https://example.com/news-20230514-x"), "2023-05-14");
  assert.equal(dateFromUrl("https://thanhnien.vn/chien-su-185241101154310964.htm"), "2024-11-01");
  assert.equal(dateFromUrl("https://example.com/article/123"), null);
});

test("every claim of the dev articles keeps its provenance and explains itself", () => {
  for (const [f, lang] of [["01-bn.txt", "bn"], ["02-en.txt", "en"], ["03-vi.txt", "vi"]] as const) {
    const text = dev(f);
    const r = extractText(text, { lang });
    assert.ok(r.claims.length > 20, `${f}: ${r.claims.length} claims`);
    for (const c of r.claims) {
      assert.equal(text.slice(c.evidence.start, c.evidence.end), c.evidence.text);
      assert.ok(c.why.length);
      for (const q of c.quantities) {
        assert.equal(text.slice(q.start, q.end), q.text);
        assert.ok(q.start >= c.evidence.start && q.end <= c.evidence.end, `${f}: quantity "${q.text}" lies in its evidence`);
      }
    }
  }
});

test("the same article in three languages gives the same quantities, claimants and canonical names", () => {
  const facts = (f: string, lang: "bn" | "en" | "vi") => new Set(extractText(dev(f), { lang }).claims.flatMap((c) => c.quantities.map((q) => `${+q.value.toPrecision(3)}|${q.item.replace(/^cruise_/, "")}|${c.claimant?.name}`)));
  const en = facts("02-en.txt", "en"), bn = facts("01-bn.txt", "bn"), vi = facts("03-vi.txt", "vi");
  assert.deepEqual([...bn].sort(), [...en].sort());
  assert.deepEqual([...vi].sort(), [...en].sort());
  assert.ok(en.has("48|uav|Ukrainian Air Force") && en.has("83|uav|Russian Ministry of Defence") && en.has("1000|missile|Kim Yong-hyun"));
});

test("extraction is deterministic and linear on a long input", () => {
  const text = dev("02-en.txt");
  assert.deepEqual(extractText(text, { lang: "en" }), extractText(text, { lang: "en" }));
  const long = (text + "\n").repeat(40);
  const r = extractText(long, { lang: "en" });
  const one = extractText(text, { lang: "en" }).claims.filter((c) => c.quantities.length).length;
  assert.equal(r.claims.filter((c) => c.quantities.length).length, one * 40, "each copy gives the same quantity claims");
});

// A text longer than a range with no line break (a feed on one line, a page's text without
// breaks) is cut inside its line, between two sentences (extract.ts: lineCut), so that its tokens
// and mentions are not all alive at once. The cut must change nothing: the sample articles on one
// line, repeated, give every copy the claims of the others wherever the cuts fall (the first copy
// meets its people for the first time, the last ends the text; both are left out).
function oneLineCopies(file: string): { line: string; text: string; copies: number } {
  const line = dev(file).split("\n").map((l) => l.trim()).filter(Boolean).join(" ");
  const copies = Math.ceil(300_000 / (line.length + 1));
  return { line, text: Array.from({ length: copies }, () => line).join(" "), copies };
}

test("a line longer than a range is cut between sentences, and the cuts change no claim", () => {
  for (const [file, lang] of [["02-en.txt", "en"], ["01-bn.txt", "bn"], ["03-vi.txt", "vi"]] as const) {
    const { line, text, copies } = oneLineCopies(file);
    // The ranges' ends: inside the line (the text has no line break), each at a sentence's end.
    const ends: number[] = [];
    for (let from = 0, r = rangeEnd(text, from, packFor(lang)); ; r = rangeEnd(text, from, packFor(lang))) {
      ends.push(r.to);
      if (r.to >= text.length) break;
      assert.ok(r.mid, `${lang}: a cut inside the line`);
      assert.match(text.slice(r.to - 2, r.to + 1), /[.।"”)] $/u, `${lang}: cut at ${r.to} after a full stop`);
      from = r.to;
    }
    assert.ok(ends.length >= 4, `${lang}: ${ends.length} ranges for ${text.length} characters`);
    const size = line.length + 1;
    const shift = (v: unknown, d: number): unknown => Array.isArray(v) ? v.map((x) => shift(x, d))
      : v && typeof v === "object" ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, (k === "start" || k === "end") && typeof x === "number" ? x - d : shift(x, d)]))
      : v;
    const per: string[][] = Array.from({ length: copies }, () => []);
    for (const c of extractText(text, { lang, published: "2024-11-01" }).claims) {
      const k = Math.floor(c.evidence.start / size);
      per[k]!.push(JSON.stringify(shift(c, k * size)));
    }
    assert.ok(per[1]!.length >= 20, `${lang}: ${per[1]!.length} claims in a copy`);
    for (let k = 2; k < copies - 1; k++) assert.deepEqual(per[k], per[1], `${lang}: copy ${k + 1} of ${copies} (ranges end at ${ends.join(", ")})`);
  }
});

// Where a line is cut between two sentences, the paragraph goes on: the sentence after the cut
// still carries the previous one's speaker. Sentences the segmentation joins (a quotation over two
// sentences, an abbreviation's full stop) are never cut apart. Each case is placed so that its
// first full stop is the first one after the range's nominal end, in a line far longer than a
// range; its claims must be those it gives in a short text.
test("a line cut between sentences keeps its paragraph, and never parts sentences that belong together", () => {
  const filler = "The talks went on for many hours.";
  // `lead`: how many characters of the case come before the range's nominal end (fewer than come
  // before its first full stop). `last`: the case ends the text, so the rest of the line after the
  // cut is one sentence with no full stop (which alone on a line would read as a headline).
  const cases = [
    { text: "The Defence Ministry said 5 drones were shot down over the region. It also said 3 missiles were intercepted near the border.", lead: 12, cutInside: true },
    { text: "The Defence Ministry said 5 drones were shot down over the region. Three missiles hit the city \u2013 Interfax", lead: 12, cutInside: true, last: true },
    { text: "\u201cWe shot down 5 drones over the region. Three more were jammed,\u201d the Defence Ministry said on Monday.", lead: 12, cutInside: false },
    { text: "Mr. Smith said 5 drones were shot down over the region on Monday.", lead: 1, cutInside: false },
    // A full stop the segmenter does not end a sentence at (a lower-case word follows it), and no abbreviation.
    { text: "The Defence Ministry said 5 drones flew over the region. two were shot down near the border.", lead: 12, cutInside: false },
  ];
  const pack = packFor("en");
  for (const { text: c, lead, cutInside, last } of cases) {
    const at = RANGE_CHARS - lead;
    const head = Array.from({ length: Math.floor((at - 1) / (filler.length + 1)) }, () => filler).join(" ");
    const text = head.padEnd(at, " ") + c + (last ? "" : " " + Array.from({ length: 2000 }, () => filler).join(" "));
    const r = rangeEnd(text, 0, pack);
    assert.ok(r.mid && (r.to < at + c.length) === cutInside, `cut at ${r.to}; the case is at ${at}-${at + c.length}`);
    const inCase = (t: string, from: number) => extractText(t, { lang: "en", published: "2024-11-01" }).claims
      .filter((x) => x.evidence.start >= from && x.evidence.start < from + c.length)
      .map((x) => ({ ...x, evidence: { ...x.evidence, start: x.evidence.start - from, end: x.evidence.end - from }, quantities: x.quantities.map((q) => ({ ...q, start: q.start - from, end: q.end - from })) }));
    const alone = inCase(`${filler} ${c}`, filler.length + 1);
    assert.ok(alone.length >= 1 && alone.every((x) => x.claimant), c);
    assert.deepEqual(inCase(text, at), alone, c);
  }
});
