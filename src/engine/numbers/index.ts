// The number and date stage: one pass over the tokens finds quantities (numbers with their
// qualifiers, fractions, ratios and partitives, negated counts) and date expressions. All
// vocabulary comes from the language's NumberLexicon and DateLexicon; this code has no
// language-specific branch. See compose.ts for how numbers are composed.
import type { DateMention, NumberMention, Qualifier, Token } from "../../types.js";
import type { DateLexicon, NumberLexicon } from "./lexicon.js";
import { compileDates, compileNumbers, lookupInflected, type CompiledDates, type CompiledNumbers } from "./compile.js";
import { CLAUSE_STOP, type Ctx } from "./context.js";
import { inflectedWord, isDecimalMark, parseNumber, readAtom, tokText } from "./compose.js";
import { inflectedMonth, parsePublished, tryDate } from "./dates.js";
import { nameBefore, notQuantityAfter, phoneChain } from "./exclude.js";
import { fractionAfter, fractionAt } from "./fractions.js";
import { findQualifier } from "./qualifiers.js";
import { tryZero } from "./zero.js";
import { RootBits, internWord, tokenWordId } from "../phrases.js";
import { normWord, phraseTokens } from "../tokenize.js";

export { digitValue } from "./digits.js";
export type { DateLexicon, NumberLexicon } from "./lexicon.js";

export interface NumberLex {
  numbers: NumberLexicon;
  dates: DateLexicon;
}

interface Draft {
  value: number;
  tokStart: number;
  tokEnd: number;
  form: NumberMention["form"];
  qualifier: Qualifier;
  qStart?: number;
  qEnd?: number;
  why: string[];
  partOf?: Draft;
  wholeOf?: Draft;
  /** Followed by a partitive marker ("one of them"): a real quantity even when it is "one". */
  partitive?: boolean;
  zeroItem?: string;
  zeroRole?: string;
  /** The single word this number was read from, for the indefinite-article test. */
  word?: string;
  classifier?: boolean;
  /** The draft's place among the stage's drafts, set when they become mentions. */
  index?: number;
}

interface Pending {
  draft: Draft;
  /** Token index where the other number of the pair must start (qualifier included). */
  at: number;
  /** The pending draft is the part ("31 of …") or the whole ("৪৮টি … এর মধ্যে …"). */
  role: "part" | "whole";
  /** The marker words, for `why`. */
  marker: string;
}


/** Glued or separate classifiers after a number ("৪৮টি", "৩ জন", "14 chiếc", "3-х"). */
function classifierEnd(ctx: Ctx, k: number, d: Draft): number {
  const { toks, n } = ctx;
  const t = toks[k];
  if (!t) return k;
  if (t.kind === "word" && t.glued && n.gluedClassifier.has(t.norm)) { d.why.push(`classifier "${t.text}"`); d.classifier = true; return k + 1; }
  if (t.kind === "punct" && t.text === "-" && t.glued && toks[k + 1]?.glued && toks[k + 1].kind === "word" && n.gluedClassifier.has(toks[k + 1].norm)) {
    d.why.push(`classifier "-${toks[k + 1].text}"`);
    d.classifier = true;
    return k + 2;
  }
  if (t.kind === "word" && !t.glued && n.classifierWords.has(t.norm)) { d.why.push(`classifier "${t.text}"`); d.classifier = true; return k + 1; }
  return k;
}

interface QuantityHit {
  drafts: Draft[];
  next: number;
}

/** The quantity (or quantities, for a ratio) starting at token i. */
function tryQuantity(ctx: Ctx, i: number, floor: number): QuantityHit | null {
  const { toks } = ctx;
  const t = toks[i];
  if (t.kind === "number") {
    const why = nameBefore(ctx, i);
    if (why) {
      // After "+", the whole phone number goes ("+7 495 123-45-67").
      const p = parseNumber(ctx, i);
      const phone = toks[i - 1]?.text === "+" ? phoneChain(ctx, i)[0] : 0;
      return { drafts: [], next: Math.max(i + 1, p?.end ?? 0, phone) };
    }
  } else if (t.kind === "word") {
    const prev = toks[i - 1];
    if (prev && prev.kind === "word" && ctx.n.ordinalPrefixes.has(prev.norm)) {
      const p = parseNumber(ctx, i);
      if (p) return { drafts: [], next: Math.max(i + 1, p.end) };
    }
    const f = fractionAt(ctx, i);
    if (f) {
      // "half a million", "half million": the fraction of a multiplier.
      let k = f.end;
      const art = readAtom(ctx, k);
      if (art?.kind === "article") k = art.end;
      const m = readAtom(ctx, k);
      if (m?.kind === "mult" && m.value >= 100) {
        return { drafts: [finish(ctx, { value: f.value * m.value, tokStart: i, tokEnd: m.end, form: "words", qualifier: "exact", why: [f.why, `of "${tokText(ctx, m.start, m.end)}"`] }, floor)], next: m.end };
      }
    }
    if (f) return { drafts: [finish(ctx, { value: f.value, tokStart: i, tokEnd: f.end, form: "fraction", qualifier: "fraction", why: [f.why] }, floor)], next: f.end };
  }
  const p = parseNumber(ctx, i);
  if (!p) return null;
  if (p.drop) return { drafts: [], next: Math.max(i + 1, p.end) };
  if (!Number.isFinite(p.value)) return { drafts: [], next: p.end };
  const ex = notQuantityAfter(ctx, p);
  if (ex) return { drafts: [], next: Math.max(ex[1], p.end) };
  const form: Draft["form"] = p.hasDigits && p.hasWords ? "mixed" : p.hasDigits ? "digits" : "words";
  const d: Draft = { value: p.value, tokStart: p.start, tokEnd: p.end, form, qualifier: p.vague ? "approx" : "exact", why: p.why };
  if (p.atoms === 1 && p.end - p.start === 1 && toks[p.start].kind === "word") d.word = toks[p.start].norm;
  if (p.classifier) d.classifier = true;
  // A compound ordinal: a round number and an ordinal word ("twenty-first", "двадцать первый").
  if (p.hasWords && !p.hasDigits && p.value >= 20 && p.value % 10 === 0) {
    let k = p.end;
    if (toks[k] && toks[k].kind === "punct" && (toks[k].text === "-" || toks[k].text === "\u2014") && toks[k].glued) k++;
    if (toks[k] && toks[k].kind === "word" && ctx.n.ordinalWords.has(toks[k].norm)) return { drafts: [], next: k + 1 };
  }
  // A fraction completing a simple numerator: "two thirds", "một phần ba", "một nửa".
  const fr = p.lastMult === 1 && p.value < 100 ? fractionAfter(ctx, p.value, p.end) : null;
  if (fr) {
    d.value = fr.value;
    d.tokEnd = fr.end;
    d.form = "fraction";
    d.qualifier = "fraction";
    d.why.push(fr.why);
    d.word = undefined;
    return { drafts: [finish(ctx, d, floor)], next: d.tokEnd };
  }
  // A ratio written with a slash: "31/48" (not a date: dates were tried first).
  const sl = toks[d.tokEnd];
  if (form === "digits" && sl && sl.glued && sl.text === "/" && toks[d.tokEnd + 1]?.kind === "number" && toks[d.tokEnd + 1].glued) {
    const q = parseNumber(ctx, d.tokEnd + 1);
    if (q && !q.drop && q.hasDigits && !q.hasWords && Number.isFinite(q.value)) {
      const w: Draft = { value: q.value, tokStart: q.start, tokEnd: q.end, form: "digits", qualifier: "exact", why: [...q.why] };
      w.tokEnd = classifierEnd(ctx, w.tokEnd, w);
      finish(ctx, d, floor);
      if (d.value <= w.value) {
        d.partOf = w;
        w.wholeOf = d;
        d.why.push(`ratio: part of ${w.value} ("${tokText(ctx, d.tokStart, w.tokEnd)}")`);
        w.why.push(`ratio: whole of ${d.value}`);
      }
      w.qualifier = "exact";
      return { drafts: [d, w], next: w.tokEnd };
    }
  }
  d.tokEnd = classifierEnd(ctx, d.tokEnd, d);
  // A number restated in parentheses: "forty-five (45)", "45 (forty five)".
  if (toks[d.tokEnd]?.text === "(") {
    const q = parseNumber(ctx, d.tokEnd + 1);
    if (q && !q.drop && q.value === d.value && toks[q.end]?.text === ")") {
      d.why.push("restated in parentheses");
      d.tokEnd = q.end + 1;
      if (d.form !== (q.hasDigits ? "digits" : "words")) d.form = "mixed";
      d.word = undefined;
    }
  }
  return { drafts: [finish(ctx, d, floor)], next: d.tokEnd };
}

/** Attaches the qualifier around a draft. */
function finish(ctx: Ctx, d: Draft, floor: number): Draft {
  const q = findQualifier(ctx, d.tokStart, d.tokEnd, floor);
  // A phrase listed as "exact" shadows a shorter qualifier inside it ("handed over 1,000": not "over").
  if (q && q.qualifier !== "exact") {
    d.qualifier = q.qualifier;
    d.qStart = q.start;
    d.qEnd = q.end;
    d.why.push(`qualifier ${q.qualifier}: "${tokText(ctx, q.start, q.end)}" ${q.side}`);
  }
  return d;
}

const SENTENCE_STOP = new Set([".", "!", "?", "।", ";"]);
/** How far (in tokens) a relative or anaphoric partitive may reach back to its whole. */
const REACH = 25;

/**
 * Looks for a marker after a whole that introduces its part: a wholeFirst marker within the clause
 * ("৪৮টি মনুষ্যবিহীন বিমান (UAV) এর মধ্যে") or a relative one within the sentence ("…, of which").
 * Returns where the part must start.
 */
function wholeFirstMarker(ctx: Ctx, d: Draft): { at: number; marker: string } | null {
  const { toks, n } = ctx;
  let clause = true;
  for (let k = d.tokEnd; k < toks.length && k <= d.tokEnd + REACH; k++) {
    const t = toks[k];
    if (n.markerStarts.has(t)) {
      if (clause && k <= d.tokEnd + n.partWindow) {
        const m = n.wholeFirst.matchAt(toks, k);
        if (m) return { at: m.end, marker: tokText(ctx, m.start, m.end) };
      }
      const r = n.relative.matchAt(toks, k);
      if (r) return { at: r.end, marker: tokText(ctx, r.start, r.end) };
    }
    if (t.kind === "number" || (t.kind === "punct" && SENTENCE_STOP.has(t.text))) return null;
    if (t.kind === "punct" && CLAUSE_STOP.has(t.text)) clause = false;
  }
  return null;
}

/** "8,000 of them", "8.000 người trong số đó": an anaphoric marker right after the part (a word may come between). */
function anaphoricMarker(ctx: Ctx, d: Draft): string | null {
  const { toks, n } = ctx;
  for (let k = d.tokEnd; k < toks.length && k <= d.tokEnd + 2; k++) {
    const m = n.markerStarts.has(toks[k]!) ? n.anaphoric.matchAt(toks, k) : null;
    if (m) return tokText(ctx, m.start, m.end);
    if (toks[k].kind !== "word") return null;
  }
  return null;
}

/** No sentence end between tokens a and b, and not too far apart. */
function sameSentence(ctx: Ctx, a: number, b: number): boolean {
  if (b - a > REACH) return false;
  for (let k = a; k < b; k++) if (ctx.toks[k].kind === "punct" && SENTENCE_STOP.has(ctx.toks[k].text)) return false;
  return true;
}

const SIGNS = new Set(["-", "\u2212"]);

/** Which tries may find something at a token: a date, a negated count, a quantity (bits of canStart's answer). */
const DATE = 1, ZERO = 2, QTY = 4, ALL = DATE | ZERO | QTY;

/**
 * Which tries (DATE, ZERO, QTY) may find something at token i, 0 for none: a cheap test that skips
 * most words, and spares a word the tries it opens no phrase of (a number word is no date).
 * Digits may start a date or a quantity, a sign or decimal mark only a quantity: the date and zero
 * tries read words and digits only.
 */
function canStart(ctx: Ctx, i: number, table: StartTable): number {
  const t = ctx.toks[i];
  if (t.kind === "number") return DATE | QTY;
  if (t.kind === "punct") {
    if (!(SIGNS.has(t.text) || isDecimalMark(ctx, t.text))) return 0;
    // A sign or decimal mark starts a number only before digits or (a sign) a decimal mark: see
    // isMinus and readDigits. Every full stop of an English text is a decimal mark, every dash a
    // sign, and each went through the date, zero and quantity tries to find nothing. Unless a
    // lexicon phrase opens with the mark (a fraction before a number), which the tries must see.
    const nx = ctx.toks[i + 1];
    if (nx !== undefined && (nx.kind === "number" || (nx.kind === "punct" && isDecimalMark(ctx, nx.text)))) return QTY;
    return table.starts.has(t) ? QTY : 0;
  }
  // A word that opens a lexicon phrase: one bit test on the token's root id (see StartTable).
  const id = tokenWordId(t);
  if (table.starts.hasId(id)) {
    // Most such words of a text only open longer phrases ("the" of "the one", "that" of "that one"):
    // then the next word must be a second word of one, or every try finds nothing.
    let mask = table.whole.get(id) ?? 0;
    const nx = ctx.toks[i + 1];
    if (nx !== undefined && mask !== ALL) mask |= table.pairs.get(id * PAIR + tokenWordId(nx)) ?? 0;
    // An inflected number word, month or item may start any of them (as before this table told them apart).
    return mask !== ALL && table.inflects && openerInflected(ctx, table, t.norm) ? ALL : mask;
  }
  if (!table.inflects) return 0;
  // Else an inflected number word or month, which starts with a word of the lexicons (see stemStarts).
  const w = t.norm;
  if (!table.stemStarts.has(w.charCodeAt(0)) && !(w.length >= 2 && table.stemStarts.has(w.charCodeAt(0) * 0x10000 + w.charCodeAt(1)))) return 0;
  // Then one look-up in the memo of answers.
  let v = table.memo.get(t.norm);
  if (v === undefined) {
    v = inflectedStart(ctx, t.norm);
    if (table.memo.size > 100_000) table.memo.clear();
    table.memo.set(t.norm, v);
  }
  return v ? ALL : 0;
}

function inflectedStart(ctx: Ctx, norm: string): boolean {
  return inflectedWord(ctx.n, norm) !== null || inflectedMonth(ctx, norm) !== null;
}

/**
 * For a word that opens only longer phrases: can it still start something as an inflected number
 * word, month or (before a negation, `zero.after`) item? Memoised per word like inflectedStart.
 */
function openerInflected(ctx: Ctx, table: StartTable, norm: string): boolean {
  let v = table.openerMemo.get(norm);
  if (v === undefined) {
    const n = ctx.n;
    v = inflectedStart(ctx, norm) || (!!n.lex.zero.after?.length && lookupInflected(norm, n.zeroItemSingle, n.endings) !== null);
    if (table.openerMemo.size > 100_000) table.openerMemo.clear();
    table.openerMemo.set(norm, v);
  }
  return v;
}

/**
 * What canStart reads of a pair of compiled lexicons (a pack's). `starts`: the first words of the
 * number and date phrases, as a bitset over the shared root ids (phrases.ts), which every token
 * reads once for the mention stage's tries anyway: most words of a text are none of them, and a
 * look-up by the word string in a memo of every word met (it was ~3% of an extraction) missed the
 * processor's caches. `inflects`: the lexicons strip endings or read compounds, so a word outside
 * `starts` may still be a number word or a month; `memo` holds those answers per word (a word's
 * answer depends on the lexicons alone, and a text repeats its words).
 */
interface StartTable {
  starts: RootBits;
  /**
   * `whole`: the words that are a phrase (or a word of a set the tries read) on their own, by id;
   * `pairs`: the first two words of the longer phrases, as first id * PAIR + second id. Each to
   * the tries (DATE, ZERO, QTY) whose phrases they open. A word in `starts` starts something only
   * as far as these say (or inflected).
   */
  whole: Map<number, number>;
  pairs: Map<number, number>;
  inflects: boolean;
  memo: Map<string, boolean>;
  openerMemo: Map<string, boolean>;
  stemStarts: StemFilter;
}

/** Word ids stay far below this (a language's packs hold some 10^5 words): a pair key is exact. */
const PAIR = 2 ** 26;

/**
 * Every phrase and word a try reads at the token it starts from: the number phrases (any kind),
 * fractions before a number, negated counts, and the dates' months, relative days, weekdays and
 * day, month and year words. A superset is safe (the tries then decide); a phrase left out is not.
 */
function markOpeners(table: StartTable, n: CompiledNumbers, d: CompiledDates): void {
  const l = n.lex, dl = d.lex;
  const quantity = [
    ...(l.blockers ?? []), ...Object.keys(l.words), ...Object.keys(l.vague ?? {}), ...Object.keys(l.multipliers),
    ...Object.keys(l.weakWords ?? {}), ...Object.keys(l.tailWords ?? {}), ...Object.keys(l.fractions.standalone),
    ...(l.articles ?? []), ...l.connectors, ...(l.pointWords ?? []), ...(l.negativeWords ?? []), ...Object.keys(l.fractions.before ?? {}),
  ];
  const zero = [...l.zero.pronouns, ...l.zero.determiners, ...(l.zero.negatedDeterminers ?? []), ...Object.keys(l.zero.items)];
  const setWords = [...(dl.monthWords ?? []), ...dl.dayWords, ...dl.yearWords];
  const date = [...Object.keys(dl.months), ...Object.keys(dl.relative), ...Object.keys(dl.weekdays ?? {}), ...setWords];
  const or = (m: Map<number, number>, key: number, bit: number) => m.set(key, (m.get(key) ?? 0) | bit);
  for (const [list, bit] of [[quantity, QTY], [zero, ZERO], [date, DATE]] as const) {
    for (const p of list) {
      const toks = phraseTokens(p);
      if (toks.length === 1) or(table.whole, internWord(toks[0]!), bit);
      else if (toks.length > 1) or(table.pairs, internWord(toks[0]!) * PAIR + internWord(toks[1]!), bit);
    }
  }
  // The sets of single words and the months map compare the token's norm with the word's
  // (normWord), not its tokens.
  for (const w of [...setWords, ...Object.keys(dl.months)]) or(table.whole, internWord(normWord(w)), DATE);
}

/**
 * How the words of the number and month maps start: the first two code units of each (as one
 * number, from 0x10000 up: a word's first unit is a letter, never 0), a word of one code unit as
 * that unit (below 0x10000), which may also start a longer word. An inflected number word or month is such a word plus endings, or a compound
 * of them: it starts as one of them does, and a word that starts otherwise is answered without the
 * memo of every word met (a look-up that missed the caches: ~2.7% of a Bengali article).
 */
function stemStartsOf(words: Iterable<string>): StemFilter {
  const out = new StemFilter();
  for (const k of words) if (k.length >= 2) out.add(k.charCodeAt(0) * 0x10000 + k.charCodeAt(1)); else if (k.length === 1) out.add(k.charCodeAt(0));
  return out;
}

/**
 * The set of stem starts as 16,384 hashed bits (2 KB), asked of every word of an inflecting
 * language outside `starts`: a Set<number> look-up per word cost ~1.5% of the stage. A false yes
 * (two starts sharing a bit) only costs the memo's look-up, whose answer is exact.
 */
class StemFilter {
  private readonly bits = new Int32Array(1 << 9);
  private static slot(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> 18;
  }
  add(key: number): void {
    const b = StemFilter.slot(key);
    this.bits[b >>> 5]! |= 1 << (b & 31);
  }
  has(key: number): boolean {
    const b = StemFilter.slot(key);
    return (this.bits[b >>> 5]! & (1 << (b & 31))) !== 0;
  }
}
const startTables = new WeakMap<CompiledNumbers, WeakMap<CompiledDates, StartTable>>();
function startTable(n: CompiledNumbers, d: CompiledDates): StartTable {
  let byDates = startTables.get(n);
  if (!byDates) startTables.set(n, (byDates = new WeakMap()));
  let table = byDates.get(d);
  if (!table) {
    const starts = new RootBits();
    for (const w of n.starts) starts.mark(w);
    for (const w of d.starts) starts.mark(w);
    table = { starts, whole: new Map(), pairs: new Map(), inflects: n.inflects, memo: new Map(), openerMemo: new Map(), stemStarts: stemStartsOf([...n.single.keys(), ...d.months.keys()]) };
    markOpeners(table, n, d);
    byDates.set(d, table);
  }
  return table;
}

export function findNumbers(text: string, tokens: Token[], lex: NumberLex, published: string | null): { numbers: NumberMention[]; dates: DateMention[] } {
  const ctx: Ctx = { text, toks: tokens, n: compileNumbers(lex.numbers), d: compileDates(lex.dates), published: parsePublished(published), atoms: new Array(tokens.length) };
  const starts = startTable(ctx.n, ctx.d);
  const drafts: Draft[] = [];
  const dates: DateMention[] = [];
  let pending: Pending[] = [];
  let i = 0, floor = 0;
  const link = (d: Draft) => {
    const start = d.qStart !== undefined && d.qStart < d.tokStart ? d.qStart : d.tokStart;
    for (const p of pending) {
      if (p.at !== start && p.at !== d.tokStart) continue;
      const [part, whole] = p.role === "part" ? [p.draft, d] : [d, p.draft];
      if (part.value <= whole.value && part.partOf === undefined && whole.wholeOf === undefined && part !== whole) {
        part.partOf = whole;
        whole.wholeOf = part;
        part.why.push(`partitive: part of ${whole.value} ("${p.marker}")`);
        whole.why.push(`partitive: whole of ${part.value} ("${p.marker}")`);
      }
    }
    if (pending.length) pending = pending.filter((p) => p.at > d.tokStart);
  };
  while (i < tokens.length) {
    const can = canStart(ctx, i, starts);
    if (can === 0) { i++; continue; }
    const dt = can & DATE ? tryDate(ctx, i) : null;
    if (dt) {
      dates.push({ start: tokens[dt.tokStart].start, end: tokens[dt.tokEnd - 1].end, text: text.slice(tokens[dt.tokStart].start, tokens[dt.tokEnd - 1].end), iso: dt.iso, form: dt.form, tokStart: dt.tokStart, tokEnd: dt.tokEnd });
      i = floor = dt.tokEnd;
      continue;
    }
    const z = can & ZERO ? tryZero(ctx, i) : null;
    if (z) {
      drafts.push({ value: 0, tokStart: z.tokStart, tokEnd: z.tokEnd, form: "zero", qualifier: "exact", why: z.why, zeroItem: z.hint.item, zeroRole: z.hint.role });
      i = floor = z.tokEnd;
      continue;
    }
    const q = can & QTY ? tryQuantity(ctx, i, floor) : null;
    if (!q) { i++; continue; }
    // Marker words between a part and its whole ("trên" in "31 trên 48") are no qualifier of the whole.
    let markerEnd = 0;
    for (const d of q.drafts) {
      link(d);
      drafts.push(d);
      // "up to 8,000 of them": the whole is the number before, in the same sentence.
      const ana = d.form !== "zero" ? anaphoricMarker(ctx, d) : null;
      if (ana) {
        d.partitive = true;
        const prev = drafts[drafts.length - 2];
        if (prev && prev.form !== "zero" && prev.form !== "fraction" && prev.wholeOf === undefined && d.partOf === undefined && d.value <= prev.value && sameSentence(ctx, prev.tokEnd, d.tokStart)) {
          d.partOf = prev;
          prev.wholeOf = d;
          d.why.push(`partitive: "${ana}", part of ${prev.value}`);
          prev.why.push(`partitive: whole of ${d.value} ("${ana}")`);
        } else d.why.push(`partitive: "${ana}"`);
      }
      // "31 of (the) 48", "31 из 48", "ít nhất một trong số …": the next number, if right there, is the whole.
      const pf = ana ? null : ctx.n.partFirst.matchAt(tokens, d.tokEnd);
      if (pf && d.partOf === undefined) {
        d.partitive = true;
        d.why.push(`partitive: "${tokText(ctx, pf.start, pf.end)}"`);
        pending.push({ draft: d, at: pf.end, role: "part", marker: tokText(ctx, pf.start, pf.end) });
        markerEnd = pf.end;
      }
      if ((d.form === "digits" || d.classifier || d.form === "mixed") && d.wholeOf === undefined) {
        const wf = wholeFirstMarker(ctx, d);
        if (wf) pending.push({ draft: d, at: wf.at, role: "whole", marker: wf.marker });
      }
    }
    i = Math.max(i + 1, q.next);
    floor = Math.max(i, markerEnd);
  }
  return { numbers: toMentions(ctx, drafts), dates };
}

function toMentions(ctx: Ctx, drafts: Draft[]): NumberMention[] {
  const { text, toks, n } = ctx;
  // Each draft's place, for partOf and wholeOf (a field, not a Map keyed by the drafts: hashing each
  // object was most of this function).
  for (let k = 0; k < drafts.length; k++) drafts[k]!.index = k;
  return drafts.map((d) => {
    const start = toks[d.tokStart].start, end = toks[d.tokEnd - 1].end;
    const m: NumberMention = { value: d.value, start, end, text: text.slice(start, end), qualifier: d.qualifier, tokStart: d.tokStart, tokEnd: d.tokEnd, form: d.form, why: d.why };
    if (d.qStart !== undefined && d.qEnd !== undefined) m.qualifierSpan = { start: toks[d.qStart].start, end: toks[d.qEnd - 1].end };
    if (d.partOf) m.partOf = d.partOf.index;
    if (d.wholeOf) m.wholeOf = d.wholeOf.index;
    if (d.zeroItem) { m.zeroItem = d.zeroItem; m.zeroRole = d.zeroRole; }
    if (d.value === 1 && d.form === "words" && d.word && n.indefinite.has(d.word) && d.qualifier === "exact" && !d.partitive && !d.partOf && !d.wholeOf) {
      m.indefinite = true;
      m.why.push(`"${d.word}" as an indefinite article: a quantity only when qualified or partitive`);
    }
    return m;
  });
}
