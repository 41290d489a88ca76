// Segmentation: paragraphs (lines of the input) and sentences. Intl.Segmenter finds sentence
// ends (it knows the Bengali danda and "?"), then two repairs that it cannot know about:
// an abbreviation from the pack ("Mr.", "ড.") does not end a sentence, and a quotation that
// spans several sentences ("… territory. The right … ours," Sybiha said.) stays one sentence,
// because the speech verb after the quote owns all of it.
import type { Sentence, Token } from "../types.js";
import type { LangPack } from "../lang/types.js";

const END_PUNCT = /[.!।॥…]["'\u201d\u00bb)\]]*\s*$/u;
const MAX_QUOTE_MERGE = 6;
/**
 * Longest stretch of one line handed to Intl.Segmenter at once. V8's segmenter slows down
 * quadratically over one long line (a whole article without line breaks, an NDJSON text), so a
 * long line is segmented in windows of this size; a window's last sentence may be cut off by the
 * window, so it is segmented again at the head of the next window and the boundaries are the
 * segmenter's own. Only a single sentence longer than a window is cut (between two tokens): that
 * also bounds the work of every later per-sentence stage.
 */
export const MAX_WINDOW = 2048;
/** Longest abbreviation looked for before a full stop ("U.S.", "г.", "ড."). */
const MAX_ABBREVIATION = 16;

const segmenters = new Map<string, Intl.Segmenter>();
function segmenterFor(locale: string): Intl.Segmenter {
  let s = segmenters.get(locale);
  if (!s) segmenters.set(locale, (s = new Intl.Segmenter(locale, { granularity: "sentence" })));
  return s;
}

/** A quotation mark quoteBalance counts (straight, curly and angle double quotes, low-9 opening). */
export function isQuotationMark(c: number): boolean {
  return c === 0x22 || c === 0x201c || c === 0x201d || c === 0x201e || c === 0x00ab || c === 0x00bb;
}

/** Counts whether a span leaves a quotation open: straight quotes toggle, curly/angle quotes nest. */
function quoteBalance(text: string, from: number, to: number): number {
  let open = 0, straight = 0;
  // Char codes, not one-character strings: this walks every character of every sentence.
  // Opening quotes \u201c \u00ab \u201e nest with closing \u201d \u00bb; straight quotes toggle.
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) straight ^= 1;
    else if (c === 0x201c || c === 0x00ab || c === 0x201e) open++;
    else if ((c === 0x201d || c === 0x00bb) && open > 0) open--;
  }
  return open + straight;
}

export function segment(text: string, tokens: Token[], pack: LangPack): Sentence[] {
  return segmentRange(text, tokens, pack, 0, text.length, 0).sentences;
}

/**
 * The sentences of the lines in text[from, to) (`to` at a line end), paragraphs numbered from
 * `firstParagraph`; `tokens` are the range's. Returns the next paragraph number with them, so that
 * a long text can be segmented range after range with the numbering of one pass.
 */
export function segmentRange(text: string, tokens: Token[], pack: LangPack, from: number, to: number, firstParagraph: number, cut: RangeCut = {}): { sentences: Sentence[]; nextParagraph: number } {
  const abbreviations = abbreviationSet(pack);
  const seg = segmenterFor(pack.locale);
  const raw: Array<{ start: number; end: number; paragraph: number }> = [];
  // Each non-blank line's sentences, in order; a short line that needs the segmenter waits in
  // `batch` for one call with the lines after it (see segmentBatch).
  const lines: Array<Array<{ start: number; end: number }>> = [];
  const batch: Array<{ from: number; to: number; line: number }> = [];
  let batchChars = 0;
  let learned: Array<{ start: number; end: number }> = [];
  // Lines read by learnedSentences with no quotation mark: no quotation to join sentences over.
  const quoteFree = new Set<number>();
  let read = 0;
  let lineStart = from;
  while (lineStart <= to) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0 || lineEnd > to) lineEnd = to;
    if (text.slice(lineStart, lineEnd).trim()) {
      const n = lineEnd - lineStart;
      // A long line too: learnt spans ask the segmenter only of short snippets, whatever the line's
      // length. A sentence longer than a window is cut by lineSentences (see MAX_WINDOW): such a line is left to it.
      if (n > MAX_WINDOW) {
        if (learnedSentences(seg, text, lineStart, lineEnd, learned) !== 0 && learned.every((p) => p.end - p.start <= MAX_WINDOW)) { lines.push(learned); learned = []; }
        else { learned.length = 0; lines.push(lineSentences(seg, text, lineStart, lineEnd, tokens)); }
      }
      // A line of one sentence too: its last span (". " at its end) is read like any other.
      else if ((read = learnedSentences(seg, text, lineStart, lineEnd, learned)) !== 0) {
        if (read === 1) quoteFree.add(lines.length);
        lines.push(learned);
        learned = [];
      } else {
        learned.length = 0;
        if (batchChars + n + 1 > MAX_WINDOW) { segmentBatch(seg, text, batch, lines); batch.length = 0; batchChars = 0; }
        batch.push({ from: lineStart, to: lineEnd, line: lines.length });
        batchChars += n + 1;
        lines.push([]);
      }
    }
    if (lineEnd === to) break;
    lineStart = lineEnd + 1;
  }
  segmentBatch(seg, text, batch, lines);
  let paragraph = firstParagraph;
  for (let k = 0; k < lines.length; k++) {
    const merged = mergeAbbreviations(text, lines[k]!, abbreviations);
    const pieces = quoteFree.has(k) ? merged : mergeQuotes(text, merged);
    for (const p of pieces) raw.push({ start: p.start, end: p.end, paragraph });
    paragraph++;
  }
  // Map sentences to token ranges with one forward walk.
  const sentences: Sentence[] = [];
  let ti = 0;
  const paraSize = new Map<number, number>();
  for (const r of raw) paraSize.set(r.paragraph, (paraSize.get(r.paragraph) ?? 0) + 1);
  for (const r of raw) {
    while (ti < tokens.length && tokens[ti]!.start < r.start) ti++;
    const tokStart = ti;
    while (ti < tokens.length && tokens[ti]!.end <= r.end) ti++;
    // A paragraph of one sentence with no sentence-final full stop is a headline or a related link.
    // The rest of a line cut mid-way (RangeCut) follows that line's sentences: never a headline.
    const headline = paraSize.get(r.paragraph) === 1 && !(cut.continuesLine && r.paragraph === firstParagraph) && !END_PUNCT.test(text.slice(r.start, r.end));
    sentences.push({ start: r.start, end: r.end, paragraph: r.paragraph, tokStart, tokEnd: ti, headline });
  }
  // A line cut mid-way goes on in the next range: its paragraph too.
  return { sentences, nextParagraph: cut.endsMidLine && paragraph > firstParagraph ? paragraph - 1 : paragraph };
}

/** How a range meets its neighbours when a long line was cut between two sentences (see ../extract.ts, lineCut). */
export interface RangeCut {
  /** The range starts inside a line: its first paragraph continues the previous range's last. */
  continuesLine?: boolean;
  /** The range ends inside a line: its last paragraph goes on in the next range. */
  endsMidLine?: boolean;
}

/** How far to either side of a place sentenceStartsAt reads. */
export const SEGMENTER_LOOK = 256;

/**
 * Whether the segmenter ends a sentence at `at` in text with the same line around it: the text
 * from `at - SEGMENTER_LOOK` to `at + SEGMENTER_LOOK` on that line has a sentence that starts at `at` (after spaces).
 * The segmenter's rules look only a few characters to either side of a break, so this local
 * answer is the one a segmentation of the whole line gives.
 */
export function sentenceStartsAt(text: string, at: number, pack: LangPack): boolean {
  const w0 = Math.max(0, at - SEGMENTER_LOOK);
  // The window's own line only (searched within the window: bounded work whatever the text).
  const window = text.slice(w0, Math.min(text.length, at + SEGMENTER_LOOK));
  const nlBefore = at > w0 ? window.lastIndexOf("\n", at - w0 - 1) : -1;
  const nlAfter = window.indexOf("\n", at - w0);
  const from = nlBefore >= 0 ? w0 + nlBefore + 1 : w0, to = nlAfter >= 0 ? w0 + nlAfter : w0 + window.length;
  let start = at;
  while (start < to && (text.charCodeAt(start) === 0x20 || text.charCodeAt(start) === 0x09)) start++;
  for (const s of segmenterFor(pack.locale).segment(text.slice(from, to))) {
    const begins = from + s.index + (s.segment.length - s.segment.trimStart().length);
    if (begins === start) return true;
    if (begins > start) return false;
  }
  return false;
}

/** Whether the text before `end` is a pack's abbreviation ("Mr.", "U.S."): the segmentation joins the sentences around it. */
export function abbreviationBefore(text: string, end: number, pack: LangPack): boolean {
  return endsWithAbbreviation(text, end, abbreviationSet(pack));
}

/** The sentences of the line [from, to), trimmed, with offsets into `text`; segmented in bounded windows (see MAX_WINDOW). */
function lineSentences(seg: Intl.Segmenter, text: string, from: number, to: number, tokens: Token[]): Array<{ start: number; end: number }> {
  const pieces: Array<{ start: number; end: number }> = [];
  const push = (start: number, t: string) => pushTrimmed(pieces, start, t);
  // Tokens before the line, skipped once: `tk` only moves forward, so finding cuts is linear.
  let tk = lowerBound(tokens, from);
  let pos = from;
  while (pos < to) {
    if (to - pos <= MAX_WINDOW) {
      if (oneSentence(seg, text, pos, to)) push(pos, text.slice(pos, to));
      else for (const s of seg.segment(text.slice(pos, to))) push(pos + s.index, s.segment);
      break;
    }
    // The window ends between two tokens: after the last token that fits, or after a token longer than a window.
    while (tk < tokens.length && tokens[tk]!.end <= pos) tk++;
    let k = tk;
    while (k + 1 < tokens.length && tokens[k + 1]!.end <= pos + MAX_WINDOW) k++;
    const cut = k < tokens.length && tokens[k]!.end > pos ? Math.min(tokens[k]!.end, to) : to;
    const segs = Array.from(seg.segment(text.slice(pos, cut)));
    if (cut < to && segs.length > 1) {
      // The last sentence may continue past the window: take it again at the head of the next one.
      const last = segs.pop()!;
      for (const s of segs) push(pos + s.index, s.segment);
      pos += last.index;
    } else {
      for (const s of segs) push(pos + s.index, s.segment);
      pos = cut;
    }
  }
  return pieces;
}

/**
 * The sentences of several short lines (each at most MAX_WINDOW, together at most MAX_WINDOW with a
 * line break after each), from one call of the segmenter on the lines joined by "\n": each line's
 * pieces go to lines[b.line]. The segmenter's fixed cost per call (~3 µs: a copy of its break
 * iterator and of the text) was most of its cost on a paragraph of two or three sentences. The
 * pieces are those of one call per line: a line break always ends a sentence (Unicode's rule SB4,
 * which no rule looks across: SB8's look-ahead stops at a paragraph separator, and SB7, SB8a-SB11
 * look behind for a full stop, which a line break is not), so the segmenter starts afresh after
 * each line; the break it adds to a line's last sentence is trimmed with the sentence's spaces.
 */
function segmentBatch(seg: Intl.Segmenter, text: string, batch: Array<{ from: number; to: number; line: number }>, lines: Array<Array<{ start: number; end: number }>>): void {
  if (!batch.length) return;
  let joined = "";
  for (const b of batch) joined += text.slice(b.from, b.to) + "\n";
  // `k` is the line holding the segment's start; `at` where that line starts in `joined`.
  let k = 0, at = 0;
  for (const s of seg.segment(joined)) {
    while (s.index >= at + (batch[k]!.to - batch[k]!.from) + 1) { at += batch[k]!.to - batch[k]!.from + 1; k++; }
    pushTrimmed(lines[batch[k]!.line]!, batch[k]!.from + s.index - at, s.segment);
  }
}

/** Adds the sentence `t`, found at `start`, trimmed (when not blank), to `pieces`. */
function pushTrimmed(pieces: Array<{ start: number; end: number }>, start: number, t: string): void {
  const lead = t.length - t.trimStart().length;
  const body = t.trim();
  if (body) pieces.push({ start: start + lead, end: start + lead + body.length });
}

/**
 * Which UTF-16 code units may end a sentence for a segmenter (full stops, question marks, dandas,
 * paragraph separators: what Unicode calls ATerm, STerm and ParaSep), learnt from the segmenter
 * itself on first sight of each code unit: 1 = never ends one, 2 = may. Per segmenter, because a
 * locale may tailor the rules (Greek reads ";" as a question mark).
 */
const breakers = new WeakMap<Intl.Segmenter, Uint8Array>();
const CLOSE_AFTER_END = new Set([0x22, 0x27, 0x29, 0x5d, 0x2019, 0x201d, 0x00bb]);
const PARA_SEP = new Set([0x0a, 0x0d, 0x85, 0x2028, 0x2029]);
function breakTable(seg: Intl.Segmenter): Uint8Array {
  let table = breakers.get(seg);
  if (!table) breakers.set(seg, (table = new Uint8Array(0x10000)));
  return table;
}
function mayEndSentence(seg: Intl.Segmenter, table: Uint8Array, c: number): boolean {
  let k = table[c]!;
  if (k === 0) {
    // A full stop or a separator ends "ab. Cd": the segment count says whether this one does.
    let n = 0;
    for (const _ of seg.segment(`ab${String.fromCharCode(c)} Cd`)) n++;
    table[c] = k = n > 1 ? 2 : 1;
  }
  return k === 2;
}

/**
 * Whether the segmenter would return text[from, to) as one sentence, decided without running it
 * (it is most of the segmentation's cost, and most lines of one-sentence paragraphs need no
 * split): true when no code unit before the line's trailing run of sentence ends, closing quotes
 * and brackets, then spaces, may end a sentence (see mayEndSentence). Sentence ends are only made
 * after such a code unit (Unicode's sentence rules SB4 and SB11), and the trailing run holds none
 * inside it (SB8a, SB9, SB10), so the segmenter would give the whole line. Surrogate pairs, a
 * space inside the trailing run and anything else unusual answer false: the segmenter decides.
 */
function oneSentence(seg: Intl.Segmenter, text: string, from: number, to: number): boolean {
  const table = breakTable(seg);
  let k = to;
  while (k > from && (text.charCodeAt(k - 1) === 0x20 || text.charCodeAt(k - 1) === 0x09)) k--;
  for (; k > from; k--) {
    const c = text.charCodeAt(k - 1);
    if (CLOSE_AFTER_END.has(c)) continue;
    if (c >= 0xd800 && c <= 0xdfff) return false;
    if (!PARA_SEP.has(c) && mayEndSentence(seg, table, c)) continue;
    break;
  }
  for (let i = from; i < k; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0xd800 && c <= 0xdfff) || mayEndSentence(seg, table, c)) return false;
  }
  return true;
}

/**
 * Where the segmenter ends sentences in a line, decided from the text around each place it may end
 * one, without running it on the line. Unicode's sentence rules (UAX #29, which ICU and so
 * Intl.Segmenter implement; V8 applies no abbreviation list) only break after a run that opens with
 * a full stop, question mark or the like (SB11), and what decides is local: the character before
 * the full stop (SB7: "U.S" + "." + capital), the full stops, closing marks and spaces of the run
 * (SB8a-SB10), and what follows up to the next letter (SB6: a digit; SB8: a lower-case letter after
 * any punctuation or digits). So a "span" from such a character to the next letter, with the
 * character before it, decides every break inside it, alike wherever it occurs: the first time a
 * span is met, the segmenter is asked about it alone and its breaks are kept (per segmenter: a
 * locale may tailor the rules); later lines with the same spans are cut from the kept answers.
 * News repeats the same few spans (". T", ", \u201d he", "? W"), and the segmenter's run over a
 * line of several sentences was the largest part of the segmentation. A paragraph separator inside
 * a line (a CR) is such a character too: the rules always break after it (SB4). Anything unusual (a
 * surrogate pair, more than MAX_MARKS combining marks before the full stop, a span longer than
 * MAX_SPAN) answers false, and the caller runs the segmenter on the line.
 */
const MAX_SPAN = 24;
/** Most combining marks and format characters read before a full stop (see learnedSentences). */
const MAX_MARKS = 4;
/** Kept answers per segmenter, at most MAX_LEARNED (then new spans are asked each time). */
const MAX_LEARNED = 1 << 14;
const learnedBreaks = new WeakMap<Intl.Segmenter, Map<string, readonly number[]>>();
const LETTER_TABLE = new Uint8Array(0x10000);
const IS_LETTER_OR_MARK = /^[\p{L}\p{M}\p{Cf}]$/u, IS_LETTER_ONLY = /^\p{L}$/u;
/** 1: a letter (\p{L}); 2: a combining mark or format character; 3: neither (learnt on first sight). */
function letterClass(c: number): number {
  let k = LETTER_TABLE[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    LETTER_TABLE[c] = k = IS_LETTER_ONLY.test(ch) ? 1 : IS_LETTER_OR_MARK.test(ch) ? 2 : 3;
  }
  return k;
}

/**
 * The sentences of the line text[from, to) (trimmed, pushed onto `out`), as the segmenter gives
 * them, when every span of the line can be read from learnt answers (see above): then 1, or 2 when
 * the line holds a quotation mark (what quoteBalance counts); 0 when it cannot be read so.
 */
export function learnedSentences(seg: Intl.Segmenter, text: string, from: number, to: number, out: Array<{ start: number; end: number }>): number {
  const table = breakTable(seg);
  let memo = learnedBreaks.get(seg);
  if (!memo) learnedBreaks.set(seg, (memo = new Map()));
  let pieceStart = from, quoted = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return 0;
    if (isQuotationMark(c)) quoted = true;
    if (!mayEndSentence(seg, table, c)) continue;
    // The span: from this character to the next letter (included), or to the line's end.
    let j = i + 1;
    while (j < to && j - i <= MAX_SPAN) {
      const d = text.charCodeAt(j);
      if (d >= 0xd800 && d <= 0xdfff) return 0;
      if (isQuotationMark(d)) quoted = true;
      if (letterClass(d) === 1) break;
      j++;
    }
    if (j - i > MAX_SPAN) return 0; // (the loop stops there: a line of digits and full stops is read once)
    const end = j < to ? j + 1 : to;
    // The character before it decides SB7. Combining marks and format characters are skipped by
    // the rules (SB5: a vowel sign before a danda): they go into the span's key with the letter they follow.
    let before = i;
    while (before > from && i - before <= MAX_MARKS) {
      const b = text.charCodeAt(--before);
      if (b >= 0xd800 && b <= 0xdfff) return 0;
      if (letterClass(b) !== 2) break;
    }
    if (before < i && letterClass(text.charCodeAt(before)) === 2) return 0;
    // The key is the snippet itself: one that ends at the line's end is told from one that ends
    // at a letter by its last character (no letter), so the two kinds never share a key.
    const key = text.slice(before, end);
    let breaks = memo.get(key);
    if (!breaks) {
      // Asked alone: the snippet's own start and (at the line's end) its end are no breaks of the line.
      const found: number[] = [];
      for (const sg of seg.segment(key)) if (sg.index > i - before) found.push(sg.index - (i - before));
      breaks = found;
      if (memo.size < MAX_LEARNED) memo.set(key, breaks);
    }
    for (let k = 0; k < breaks.length; k++) {
      const at = i + breaks[k]!;
      pushTrimmed(out, pieceStart, text.slice(pieceStart, at));
      pieceStart = at;
    }
    i = j - 1;
  }
  pushTrimmed(out, pieceStart, text.slice(pieceStart, to));
  return quoted ? 2 : 1;
}

/** Index of the first token ending after `offset`. */
function lowerBound(tokens: Token[], offset: number): number {
  let lo = 0, hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const abbrCache = new WeakMap<LangPack, Set<string>>();
function abbreviationSet(pack: LangPack): Set<string> {
  let s = abbrCache.get(pack);
  if (!s) abbrCache.set(pack, (s = new Set(pack.abbreviations.map((a) => a.normalize("NFC").toLowerCase()))));
  return s;
}

function mergeAbbreviations(text: string, pieces: Array<{ start: number; end: number }>, abbr: Set<string>) {
  const out: Array<{ start: number; end: number }> = [];
  for (const p of pieces) {
    const prev = out[out.length - 1];
    if (prev && endsWithAbbreviation(text, prev.end, abbr)) prev.end = p.end;
    else out.push({ ...p });
  }
  return out;
}

/** True when the text before `end` is an abbreviation from the pack ("Mr.", "Dr.", "ড."). */
function endsWithAbbreviation(text: string, end: number, abbr: Set<string>): boolean {
  if (text[end - 1] !== ".") return false;
  let i = end - 1;
  // Walk back over the word (letters, marks, dots inside abbreviations like "U.S.").
  while (i > 0 && end - i < MAX_ABBREVIATION && /[\p{L}\p{M}.]/u.test(text[i - 1]!)) i--;
  if (i > 0 && /[\p{L}\p{M}.]/u.test(text[i - 1]!)) return false; // a longer word: no abbreviation
  return abbr.has(text.slice(i, end).toLowerCase());
}

function mergeQuotes(text: string, pieces: Array<{ start: number; end: number }>) {
  const out: Array<{ start: number; end: number }> = [];
  let i = 0;
  while (i < pieces.length) {
    const cur = { ...pieces[i]! };
    let j = i + 1;
    while (j < pieces.length && j - i < MAX_QUOTE_MERGE && quoteBalance(text, cur.start, cur.end) !== 0) {
      cur.end = pieces[j]!.end;
      j++;
    }
    // Merge only when it closed the quote; otherwise keep the original split.
    if (j > i + 1 && quoteBalance(text, cur.start, cur.end) !== 0) {
      out.push({ ...pieces[i]! });
      i++;
    } else {
      out.push(cur);
      i = j;
    }
  }
  return out;
}
