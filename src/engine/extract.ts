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
import { segmentRange } from "./segment.js";
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
  for (let from = 0; from <= text.length; ) {
    const to = rangeEnd(text, from);
    const tokens = tokenize(text, from, to);
    const seg = segmentRange(text, tokens, pack, from, to, paragraph);
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
    from = to + 1;
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
 * break after RANGE_CHARS that follows a full stop (see RANGE_CHARS). A text without one is
 * taken whole, as before ranges.
 */
function rangeEnd(text: string, from: number): number {
  if (text.length - from <= RANGE_CHARS) return text.length;
  for (let nl = text.indexOf("\n", from + RANGE_CHARS); nl >= 0; nl = text.indexOf("\n", nl + 1)) {
    // Only the end of the line before the break is tested: a bounded look-behind.
    const lineStart = Math.max(from, nl - 16);
    if (SENTENCE_END_BEFORE.test(text.slice(lineStart, nl))) return nl;
  }
  return text.length;
}

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
