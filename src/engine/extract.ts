// The extraction pipeline, one pure stage after another:
//   tokenize -> segment -> numbers and dates -> per sentence: mentions -> attribution -> claims.
// Sentences inside scraped boilerplate (ad placeholders, "Source:" lines, comment counters,
// photo captions) are skipped. Offsets are always into the whole text; a very long text is
// analysed range after range (RANGE_CHARS) with one discourse running across them.
import type { Claim, DateMention, Document, EntityRef, ExtractResult, NumberMention, Sentence, Token } from "../types.js";
import type { LangPack } from "../lang/types.js";
import type { ActorMention } from "./mentions.js";
import { perPack, phraseSet } from "./phrases.js";
import { because } from "./rules.js";
// The registry's light part: the document's pack must be loaded by the caller. ../pipeline.ts and
// every program that extracts many texts (ingest, the server, its worker) import ../lang/index.ts,
// which loads every pack; `claimtrace extract` loads only the article's (loadPack), so one English
// article does not load eight other languages' lexicons.
import { packFor } from "../lang/registry.js";
import { tokenize } from "./tokenize.js";
import { abbreviationBefore, isQuotationMark, segmentRange, SEGMENTER_LOOK, sentenceStartsAt } from "./segment.js";
import { findNumbers } from "./numbers/index.js";
import { Discourse, findActors } from "./mentions.js";
import { newArticleState, sentenceClaims, sentenceFrames, type SentenceFrames } from "./claims.js";
import { publishedInText } from "./published.js";
import { withSpeakers } from "./speakers.js";

/**
 * Longest stretch of text tokenised and analysed at once. A long text (a feed dump, a book) is
 * taken range after range, each ending at a line break after a full stop, so that its tokens,
 * numbers and per-sentence structures are garbage once its claims are made: memory and the
 * garbage collector's work stay those of one range, and time per word stays flat however long the
 * text. The discourse (people named, the date talked about, the previous sentence's speaker) runs
 * on across ranges; sentences never span a line break, and every look-ahead of the stages stops at
 * a full stop, so a cut there changes nothing. A text shorter than this is one range.
 */
export const RANGE_CHARS = 1 << 16;
/** A line that ends a sentence: a full stop (any script's), maybe inside a closing quote or bracket. */
const SENTENCE_END_BEFORE = /[.!?\u0964\u0965\u2026]["'\u201d\u00bb)\]]*[ \t\r]*$/u;

/** Extracts the claims of one document. Pure: same input, same output. */
export function extractDocument(doc: Document): ExtractResult {
  const pack = packFor(doc.meta.lang);
  const { text } = doc;
  // No publication date from the metadata: the one printed at the top of the text, if any.
  const printed = doc.meta.published ? null : publishedInText(text, pack);
  const published = doc.meta.published ?? printed?.iso ?? null;
  const discourse = new Discourse(published);
  const state = newArticleState(published, !!printed);
  const claims: Claim[] = [];
  let sourceOutlet: EntityRef | null = null;
  let bi = 0, paragraph = 0;
  const skip = [...doc.boilerplate].sort((a, b) => a.start - b.start);
  let midLine = false;
  for (let from = 0; from <= text.length; ) {
    const { to, mid } = rangeEnd(text, from, pack);
    const tokens = tokenize(text, from, to);
    const seg = segmentRange(text, tokens, pack, from, to, paragraph, { continuesLine: midLine, endsMidLine: mid });
    midLine = mid;
    paragraph = seg.nextParagraph;
    const { numbers, dates } = findNumbers(text, tokens, pack, published);
    // The mentions of every sentence of the range first, then its claims: each pass keeps its own
    // code and lexicons in the processor's caches, where alternating the stages sentence by sentence
    // made each evict the other's. Only the mention stages read and update the discourse (in text
    // order, as before); the claims read the mentions and the article state alone.
    const sentences = seg.sentences;
    const mentions: ActorMention[][] = new Array(sentences.length);
    for (let k = 0; k < sentences.length; k++) {
      const s = sentences[k]!;
      mentions[k] = withSpeakers(text, tokens, s, findActors(text, tokens, s, pack, discourse), pack, discourse);
    }
    // The sentences that make claims: not boilerplate, not a source line. Then who speaks in each
    // (pure, so again one pass for all), then their claims in order.
    const claiming: number[] = [];
    for (let si = 0; si < sentences.length; si++) {
      const s = sentences[si]!;
      while (bi < skip.length && skip[bi]!.end <= s.start) bi++;
      if (bi < skip.length && skip[bi]!.start < s.end) continue;
      const line = sourceLine(tokens, s, mentions[si]!, pack);
      if (line) { sourceOutlet ??= line; continue; }
      claiming.push(si);
    }
    const framed: SentenceFrames[] = new Array(claiming.length);
    for (let k = 0; k < claiming.length; k++) framed[k] = sentenceFrames(tokens, sentences[claiming[k]!]!, mentions[claiming[k]!]!, pack);
    let ni = 0, di = 0;
    for (let k = 0; k < claiming.length; k++) {
      const s = sentences[claiming[k]!]!;
      // Numbers and dates are in text order: take this sentence's with two moving cursors.
      const nums: NumberMention[] = [];
      while (ni < numbers.length && numbers[ni]!.start < s.start) ni++;
      for (let j = ni; j < numbers.length && numbers[j]!.start < s.end; j++) nums.push(numbers[j]!);
      const ds: DateMention[] = [];
      while (di < dates.length && dates[di]!.start < s.start) di++;
      for (let j = di; j < dates.length && dates[j]!.start < s.end; j++) ds.push(dates[j]!);
      for (const c of sentenceClaims(text, tokens, s, mentions[claiming[k]!]!, nums, numbers, ds, pack, state, framed[k])) claims.push(c);
    }
    if (to >= text.length) break;
    // A line break is no one's; a cut inside a line leaves its space to the next range.
    from = mid ? to : to + 1;
  }
  // "তথ্যসূত্র : বিবিসি", "Nguồn: Reuters", "Source: AFP": the page credits an outlet for what it carries.
  if (sourceOutlet) for (const c of claims) if (!c.via && c.claimant?.id !== sourceOutlet.id && c.claimant?.type !== "outlet") {
    c.via = sourceOutlet;
    c.why.push(because("via.source-line", `${sourceOutlet.name}, named as the page's source`));
  }
  return { article: { ...doc.meta, published }, claims };
}

/**
 * Where the range starting at `from` ends: the text's end when it is near, else the first line
 * break after RANGE_CHARS that follows a full stop (see RANGE_CHARS). A long stretch with no such
 * line break (one line holding a whole feed, a text without line breaks) is cut inside a line,
 * between two sentences (lineCut): otherwise every token, mention and frame of it would be alive
 * at once, and each collection of the garbage collector would walk them all (a 1 MB line took 1.7
 * times as long per word as the same text with line breaks). A text with neither is taken whole.
 * `mid` says the cut is inside a line.
 */
export function rangeEnd(text: string, from: number, pack: LangPack): { to: number; mid: boolean } {
  if (text.length - from <= RANGE_CHARS) return { to: text.length, mid: false };
  // A line break is preferred within one more RANGE_CHARS: the cut of texts with lines stays where it was.
  const lineLimit = from + 2 * RANGE_CHARS;
  for (let nl = text.indexOf("\n", from + RANGE_CHARS); nl >= 0 && nl <= lineLimit; nl = text.indexOf("\n", nl + 1)) {
    if (fullStopBefore(text, from, nl)) return { to: nl, mid: false };
  }
  return lineCut(text, from, pack) ?? { to: text.length, mid: false };
}

/**
 * The first place from `from + RANGE_CHARS` on where the text may be cut with the same sentences
 * either way, or null: a line break after a full stop (as rangeEnd's), or a place inside a line
 * between two sentences. That is a space after a full stop (maybe inside a closing quote or
 * bracket) that is no abbreviation's, where the segmenter starts a sentence (asked of the text
 * around it), and the sentences that segment.ts could join across it are whole on one side:
 * - an abbreviation joins the sentence after it: none ends before the cut;
 * - a quotation joins at most MAX_QUOTE_MERGE sentences from one with a quotation mark: there is no
 *   quotation mark in the QUIET_SENTENCES sentences before the cut (counted at full stops that are
 *   no abbreviation's, with a margin for sentences the segmenter does not end there).
 * The stages' look-aheads stop at a full stop, and the discourse runs on across ranges. One scan
 * from a bounded distance before `from + RANGE_CHARS` to the cut: linear.
 */
function lineCut(text: string, from: number, pack: LangPack): { to: number; mid: boolean } | null {
  const start = from + RANGE_CHARS;
  // Sentence ends and quotation marks are gathered from a little before `start`, so that a cut just
  // after it knows the sentences before it; candidates are taken from `start` on.
  const ends: number[] = [];
  let lastQuote = -1, nextAsk = 0;
  for (let q = Math.max(from, start - LOOK_BEHIND); q < text.length; q++) {
    const c = text.charCodeAt(q);
    if (isQuotationMark(c)) { lastQuote = q; continue; }
    if (c === 0x0a) {
      if (q >= start && fullStopBefore(text, from, q)) return { to: q, mid: false };
      // The text after a line break is another line, segmented on its own.
      ends.length = 0;
      lastQuote = -1;
      continue;
    }
    if (c !== 0x20 || text.charCodeAt(q - 1) === 0x20) continue;
    if (!fullStopBefore(text, from, q) || abbreviationBefore(text, q, pack)) continue;
    const quiet = ends.length >= QUIET_SENTENCES && ends[ends.length - QUIET_SENTENCES]! > lastQuote;
    if (q >= start && quiet && q >= nextAsk) {
      if (sentenceStartsAt(text, q, pack)) return { to: q, mid: true };
      // The segmenter reads a few hundred characters around each place asked: after a no, the next
      // question waits as long, so that a text of full stops it never ends a sentence at ("a. b. c.")
      // costs at most about two segmentations of it.
      nextAsk = q + SEGMENTER_LOOK;
    }
    ends.push(q);
    if (ends.length > 2 * QUIET_SENTENCES) ends.splice(0, QUIET_SENTENCES);
  }
  return null;
}
/** Whether text[.., at) ends with a full stop (maybe inside a closing quote or bracket, then spaces): a bounded look-behind, not before `from`. */
function fullStopBefore(text: string, from: number, at: number): boolean {
  return SENTENCE_END_BEFORE.test(text.slice(Math.max(from, at - 16), at));
}

/** Sentences before a cut inside a line with no quotation mark: MAX_QUOTE_MERGE (6) and a margin. */
const QUIET_SENTENCES = 8;
/** How far before a range's nominal end the cut's look at the sentences before it starts. */
const LOOK_BEHIND = 16384;

/** A line that is only a source label and an outlet ("তথ্যসূত্র : বিবিসি", "Nguồn: AFP"): the outlet. */
function sourceLine(tokens: Token[], s: Sentence, actors: ActorMention[], pack: LangPack): EntityRef | null {
  const labels = sourceLabels(pack);
  const l = labels.matchAt(tokens, s.tokStart, s.tokEnd);
  if (!l || tokens[l.tokEnd]?.text !== ":") return null;
  let end = s.tokEnd;
  while (end > l.tokEnd + 1 && tokens[end - 1]!.kind === "punct") end--;
  const m = actors.find((x) => x.kind === "actor" && x.entity.type === "outlet" && x.tokStart === l.tokEnd + 1 && x.tokEnd === end);
  return m ? m.entity : null;
}

const sourceLabels = perPack((pack: LangPack) => phraseSet(pack.boilerplate.sourceLabels));
