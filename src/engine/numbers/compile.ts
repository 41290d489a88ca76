// Compiles a language's number and date vocabulary once into maps and tries, cached per lexicon
// object (WeakMap), so the number stage does one Map lookup per token and never builds a regex
// from lexicon entries.
import type { Qualifier } from "../../types.js";
import { normWord, phraseTokens } from "../tokenize.js";
import type { DateLexicon, NumberLexicon, ZeroHint } from "./lexicon.js";
import { PhraseTrie } from "./trie.js";
import { RootBits } from "../phrases.js";

export type EntryKind =
  | "word" | "weak" | "tail" | "vague" | "mult" | "article" | "connector" | "point" | "negative" | "blocker" | "standalone";

export interface NumEntry {
  kind: EntryKind;
  value: number;
  phrase: string;
}

/** Endings indexed by their last character, so stripping tries only the endings a word can have. */
export class SuffixIndex {
  private readonly byLast = new Map<string, string[]>();
  constructor(suffixes: Iterable<string>) {
    for (const s0 of suffixes) {
      const s = normWord(s0);
      if (!s) continue;
      const last = s[s.length - 1];
      const list = this.byLast.get(last) ?? [];
      if (!list.includes(s)) list.push(s);
      this.byLast.set(last, list);
    }
    for (const list of this.byLast.values()) list.sort((a, b) => b.length - a.length);
  }
  /** Candidate endings of `word` (longest first). */
  endingsOf(word: string): string[] {
    return this.byLast.get(word[word.length - 1]) ?? [];
  }
  get empty(): boolean {
    return this.byLast.size === 0;
  }
}

export interface CompiledNumbers {
  lex: NumberLexicon;
  /** Every number-forming phrase (words, multipliers, connectors, articles, sign and point words, blockers, standalone fractions). */
  num: PhraseTrie<NumEntry>;
  /** Single-token entries, for matching inflected forms. */
  single: Map<string, NumEntry>;
  denominators: Map<string, number>;
  infix: PhraseTrie<true>;
  fracAfter: PhraseTrie<number>;
  fracBefore: PhraseTrie<number>;
  /** Glued words after a numeral that keep it a quantity: classifiers, classifier + ending, endings alone. */
  gluedClassifier: Set<string>;
  ordinalSuffix: Set<string>;
  ageWords: Set<string>;
  ordinalDotAfter: Set<string>;
  classifierWords: Map<string, true>;
  /** Inflectional endings; `classifierEndings` adds classifier (+ ending) combinations for number words. */
  endings: SuffixIndex;
  classifierEndings: SuffixIndex;
  classifierSet: Set<string>;
  ordinalPrefixes: Set<string>;
  ordinalWords: Set<string>;
  indefinite: Set<string>;
  qualBefore: PhraseTrie<Qualifier>;
  qualBeforeFwd: PhraseTrie<Qualifier>;
  qualAfter: PhraseTrie<Qualifier>;
  partFirst: PhraseTrie<true>;
  wholeFirst: PhraseTrie<true>;
  relative: PhraseTrie<true>;
  anaphoric: PhraseTrie<true>;
  /**
   * The first words of the partitive markers (partFirst, wholeFirst, relative, anaphoric), exact:
   * the scans after each number test one bit of this small set per token before asking the tries,
   * whose own first-word filter is a row of a table over every word of every pack (a cache miss).
   */
  markerStarts: RootBits;
  partWindow: number;
  zeroPronouns: PhraseTrie<true>;
  zeroDeterminers: PhraseTrie<true>;
  zeroNegatedDeterminers: PhraseTrie<true>;
  negationBefore: Set<string>;
  zeroItems: PhraseTrie<ZeroHint>;
  zeroItemSingle: Map<string, ZeroHint>;
  zeroAfter: PhraseTrie<true>;
  negationSuffixes: string[];
  negationWords: Set<string>;
  zeroWindow: number;
  gluedMult: Map<string, number>;
  group: Set<string>;
  /** Words take endings or glue into compounds: else a word is a number word only as listed. */
  inflects: boolean;
  /** Memo of inflected number-word lookups by word (filled by compose.ts). */
  inflected: Map<string, { entry: NumEntry; classifier: boolean } | null>;
  /** Memo of inflected month lookups by word. */
  monthMemo: Map<string, number | null>;
  /** First tokens of every phrase that can start a quantity: other words are skipped at once (inflected forms are checked too). */
  starts: Set<string>;
}

export interface CompiledDates {
  lex: DateLexicon;
  /** Month names as phrases ("tháng mười một") and single words (matched with inflection too). */
  monthTrie: PhraseTrie<number>;
  months: Map<string, number>;
  monthWords: Set<string>;
  /** Words joining day, month and year ("de" in "6 de agosto de 2022"). */
  dateJoiners: Set<string>;
  /** Words joining two days into a span ("au" in "du 18 au 19 mai"). */
  spanJoiners: Set<string>;
  dayWords: Set<string>;
  yearWords: Set<string>;
  /** Year words as phrases after a year ("году", "г.", "সালে"). */
  yearAfter: PhraseTrie<true>;
  yearBefore: Set<string>;
  relative: PhraseTrie<number>;
  weekdays: PhraseTrie<number>;
  publishedLabels: PhraseTrie<true>;
  timeUnits: PhraseTrie<true>;
  /** First tokens of every date phrase: a token not in here (and not a digit) cannot start a date. */
  starts: Set<string>;
}

function trieOf<V>(phrases: Iterable<string>, value: (p: string) => V, reversed = false): PhraseTrie<V> {
  const t = new PhraseTrie<V>(reversed);
  for (const p of phrases) t.add(p, value(p));
  return t;
}

function single(phrase: string): string | null {
  const toks = phraseTokens(phrase);
  return toks.length === 1 ? toks[0] : null;
}

const numCache = new WeakMap<NumberLexicon, CompiledNumbers>();
const dateCache = new WeakMap<DateLexicon, CompiledDates>();

export function compileNumbers(lex: NumberLexicon): CompiledNumbers {
  const hit = numCache.get(lex);
  if (hit) return hit;
  const num = new PhraseTrie<NumEntry>();
  const singleMap = new Map<string, NumEntry>();
  const add = (phrase: string, kind: EntryKind, value: number) => {
    const e: NumEntry = { kind, value, phrase };
    num.add(phrase, e);
    const s = single(phrase);
    if (s && !singleMap.has(s)) singleMap.set(s, e);
  };
  // Order matters only for phrases listed twice: blockers first, then the more specific kinds.
  for (const p of lex.blockers ?? []) add(p, "blocker", 0);
  for (const [p, v] of Object.entries(lex.words)) add(p, "word", v);
  for (const [p, v] of Object.entries(lex.vague ?? {})) add(p, "vague", v);
  for (const [p, v] of Object.entries(lex.multipliers)) add(p, "mult", v);
  for (const [p, v] of Object.entries(lex.weakWords ?? {})) add(p, "weak", v);
  for (const [p, v] of Object.entries(lex.tailWords ?? {})) add(p, "tail", v);
  for (const [p, v] of Object.entries(lex.fractions.standalone)) add(p, "standalone", v);
  for (const p of lex.articles ?? []) add(p, "article", 1);
  for (const p of lex.connectors) add(p, "connector", 0);
  for (const p of lex.pointWords ?? []) add(p, "point", 0);
  for (const p of lex.negativeWords ?? []) add(p, "negative", -1);

  const classifiers = lex.numeralSuffixes.classifier.map(normWord);
  const endingsList = (lex.wordSuffixes ?? []).map(normWord);
  const gluedClassifier = new Set<string>([...classifiers, ...endingsList]);
  const classifierCombos: string[] = [...classifiers];
  for (const c of classifiers) for (const e of endingsList) { gluedClassifier.add(c + e); classifierCombos.push(c + e); }

  const zeroItems = new PhraseTrie<ZeroHint>();
  const zeroItemSingle = new Map<string, ZeroHint>();
  for (const [p, h] of Object.entries(lex.zero.items)) {
    zeroItems.add(p, h);
    const s = single(p);
    if (s) zeroItemSingle.set(s, h);
  }

  const c: CompiledNumbers = {
    lex,
    num,
    single: singleMap,
    denominators: new Map(Object.entries(lex.fractions.denominators).map(([k, v]) => [normWord(k), v])),
    infix: trieOf(lex.fractions.infix, () => true as const),
    fracAfter: trieOf(Object.keys(lex.fractions.after ?? {}), (p) => (lex.fractions.after ?? {})[p]),
    fracBefore: trieOf(Object.keys(lex.fractions.before ?? {}), (p) => (lex.fractions.before ?? {})[p]),
    gluedClassifier,
    ordinalSuffix: new Set(lex.numeralSuffixes.ordinal.map(normWord)),
    ageWords: new Set((lex.ageWords ?? []).map(normWord)),
    ordinalDotAfter: new Set((lex.ordinalDotAfter ?? []).map(normWord)),
    classifierWords: new Map(lex.classifiers.map((w) => [normWord(w), true as const])),
    endings: new SuffixIndex(endingsList),
    classifierEndings: new SuffixIndex(lex.numeralSuffixes.onWords ? classifierCombos : []),
    classifierSet: new Set(classifiers),
    ordinalPrefixes: new Set((lex.ordinalPrefixes ?? []).map(normWord)),
    ordinalWords: new Set((lex.ordinalWords ?? []).map(normWord)),
    indefinite: new Set(lex.indefinite.map(normWord)),
    qualBefore: trieOf(Object.keys(lex.qualifiers.before), (p) => lex.qualifiers.before[p], true),
    qualBeforeFwd: trieOf(Object.keys(lex.qualifiers.before), (p) => lex.qualifiers.before[p]),
    qualAfter: trieOf(Object.keys(lex.qualifiers.after), (p) => lex.qualifiers.after[p]),
    partFirst: trieOf(lex.partitive.partFirst, () => true as const),
    wholeFirst: trieOf(lex.partitive.wholeFirst, () => true as const),
    relative: trieOf(lex.partitive.relative ?? [], () => true as const),
    anaphoric: trieOf(lex.partitive.anaphoric ?? [], () => true as const),
    markerStarts: new RootBits(),
    partWindow: lex.partitive.window ?? 8,
    zeroPronouns: trieOf(lex.zero.pronouns, () => true as const),
    zeroDeterminers: trieOf(lex.zero.determiners, () => true as const),
    zeroNegatedDeterminers: trieOf(lex.zero.negatedDeterminers ?? [], () => true as const),
    negationBefore: new Set((lex.zero.negationBefore ?? []).map(normWord)),
    zeroItems,
    zeroItemSingle,
    zeroAfter: trieOf(lex.zero.after ?? [], () => true as const),
    negationSuffixes: (lex.zero.negationSuffixes ?? []).map(normWord),
    negationWords: new Set((lex.zero.negationWords ?? []).map(normWord)),
    zeroWindow: lex.zero.window ?? 4,
    gluedMult: new Map(Object.entries(lex.gluedMultipliers ?? {})),
    group: new Set(lex.group),
    inflects: false,
    inflected: new Map(),
    monthMemo: new Map(),
    starts: new Set(),
  };
  const firsts = [
    ...Object.keys(lex.words), ...Object.keys(lex.vague ?? {}), ...Object.keys(lex.multipliers), ...Object.keys(lex.weakWords ?? {}),
    ...Object.keys(lex.fractions.standalone), ...Object.keys(lex.fractions.before ?? {}), ...(lex.articles ?? []), ...(lex.pointWords ?? []), ...(lex.negativeWords ?? []),
    ...(lex.blockers ?? []), ...lex.zero.pronouns, ...lex.zero.determiners, ...(lex.zero.negatedDeterminers ?? []), ...(lex.zero.after?.length ? Object.keys(lex.zero.items) : []),
  ];
  for (const p of firsts) { const t = phraseTokens(p)[0]; if (t) c.starts.add(t); }
  const p = lex.partitive;
  for (const m of [...p.partFirst, ...p.wholeFirst, ...(p.relative ?? []), ...(p.anaphoric ?? [])]) { const t = phraseTokens(m)[0]; if (t) c.markerStarts.mark(t); }
  c.inflects = !(c.endings.empty && c.classifierEndings.empty && !lex.compoundWords);
  numCache.set(lex, c);
  return c;
}

export function compileDates(lex: DateLexicon): CompiledDates {
  const hit = dateCache.get(lex);
  if (hit) return hit;
  const set = (xs: string[] | undefined) => new Set((xs ?? []).map(normWord));
  const c: CompiledDates = {
    lex,
    monthTrie: trieOf(Object.keys(lex.months), (p) => lex.months[p]),
    months: new Map(Object.entries(lex.months).map(([k, v]) => [normWord(k), v])),
    monthWords: set(lex.monthWords),
    dateJoiners: set(lex.dateJoiners),
    spanJoiners: set(lex.spanJoiners),
    dayWords: set(lex.dayWords),
    yearWords: set(lex.yearWords),
    yearAfter: trieOf(lex.yearWords, () => true as const),
    yearBefore: set(lex.yearBefore),
    relative: trieOf(Object.keys(lex.relative), (p) => lex.relative[p]),
    weekdays: trieOf(Object.keys(lex.weekdays ?? {}), (p) => lex.weekdays![p]!),
    publishedLabels: trieOf(lex.publishedLabels ?? [], () => true as const),
    timeUnits: trieOf(lex.timeUnits, () => true as const),
    starts: new Set<string>(),
  };
  for (const k of [...c.monthWords, ...c.dayWords, ...c.yearWords]) c.starts.add(k);
  for (const p of Object.keys(lex.months)) { const t = phraseTokens(p)[0]; if (t) c.starts.add(t); }
  for (const p of [...Object.keys(lex.relative), ...Object.keys(lex.weekdays ?? {})]) { const t = phraseTokens(p)[0]; if (t) c.starts.add(t); }
  dateCache.set(lex, c);
  return c;
}

/** Looks a single word up in `map`, also as a known form plus one inflectional ending. */
export function lookupInflected<V>(norm: string, map: Map<string, V>, endings: SuffixIndex): { value: V; base: string; ending: string } | null {
  const v = map.get(norm);
  if (v !== undefined) return { value: v, base: norm, ending: "" };
  if (endings.empty || norm.length < 2) return null;
  for (const e of endings.endingsOf(norm)) {
    if (e.length >= norm.length || !norm.endsWith(e)) continue;
    const base = norm.slice(0, norm.length - e.length);
    const w = map.get(base);
    if (w !== undefined) return { value: w, base, ending: e };
  }
  return null;
}
