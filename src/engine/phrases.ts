// Phrase matching for every lexicon (items, verbs, qualifiers, the gazetteer): a trie over
// tokens, built once per pack. Inflection is handled at build time, not at match time: each word
// of a phrase is expanded into the forms the language glues on (Bengali case suffixes,
// Russian endings), so matching is one Map lookup per token and the engine never strips text.
import type { Token } from "../types.js";
import type { LangPack } from "../lang/types.js";
import { phraseTokens } from "./tokenize.js";

export interface Inflection {
  /** Endings appended to a base form ("র", "এর", "কে"; "'s"). */
  suffixes: string[];
  /** Paradigms: a base ending and the endings that replace it ("а" -> "ы", "е", "у", "ой"). */
  paradigms?: Array<[string, string[]]>;
  /** Appended endings that still leave the word in subject position ("রা" plural, "ও" "also"). */
  nominativeSuffixes?: string[];
  /** Shortest stem a paradigm may leave. */
  minStem: number;
  /**
   * Which word of a phrase carries its case: "any" (Russian "Министерства обороны": the first) or
   * "last" (head-final Bengali: "জাতিসংঘের শরণার্থী সংস্থা" is a subject, its genitive is inside). Default any.
   */
  caseOn?: "any" | "last";
  /**
   * Elided articles and prepositions glued to the first word of a phrase by an apostrophe (French
   * "l'armée", "d'Ukraine"): the text writes them as one word, so each phrase also matches with
   * them. `oblique` ones govern the word ("d'" = of): the phrase is then no subject. Optional.
   */
  elisions?: { subject: string[]; oblique: string[] };
}

export interface Form {
  form: string;
  /** True when the form marks a non-subject case (genitive, locative, accusative, possessive). */
  oblique: boolean;
}

const formCache = new WeakMap<Inflection, Map<string, Form[]>>();

/** All forms of one word: the base, base + suffix, paradigm replacements (memoised per inflection). */
export function inflect(word: string, inf: Inflection | undefined): Form[] {
  if (!inf) return [{ form: word, oblique: false }];
  let cache = formCache.get(inf);
  if (!cache) formCache.set(inf, (cache = new Map()));
  let forms = cache.get(word);
  if (!forms) cache.set(word, (forms = inflectUncached(word, inf)));
  return forms;
}

/** Per inflection: each suffix and whether it is oblique (not a nominative suffix), worked out once rather than per word. */
const suffixCache = new WeakMap<Inflection, Array<{ suffix: string; oblique: boolean }>>();
function suffixesOf(inf: Inflection): Array<{ suffix: string; oblique: boolean }> {
  let list = suffixCache.get(inf);
  if (!list) {
    const nominative = new Set((inf.nominativeSuffixes ?? []).map((x) => x.normalize("NFC")));
    suffixCache.set(inf, (list = inf.suffixes.map((s) => ({ suffix: s, oblique: !nominative.has(s.normalize("NFC")) }))));
  }
  return list;
}

const ENDS_IN_LETTER = /[\p{L}\p{M}]$/u;
/**
 * A word as the tokeniser reads one (TOKEN_RE's word: letters and marks, apostrophes only between
 * them). A form that is not one can never be a token's text, and is not added: the English
 * possessive "ministers'" is the token "ministers" and a "'" (two of the five forms English makes of
 * every gazetteer word, kept out of the tries that a start-up builds).
 */
const ONE_WORD = /^[\p{L}\p{M}\u200c\u200d]+(?:['\u2019][\p{L}\p{M}\u200c\u200d]+)*$/u;

function inflectUncached(word: string, inf: Inflection | undefined): Form[] {
  const out: Form[] = [{ form: word, oblique: false }];
  if (!inf || !ENDS_IN_LETTER.test(word)) return out;
  for (const { suffix, oblique } of suffixesOf(inf)) {
    const form = (word + suffix).normalize("NFC");
    if (ONE_WORD.test(form)) out.push({ form, oblique });
  }
  for (const [ending, repl] of inf.paradigms ?? []) {
    if (!word.endsWith(ending) || word.length - ending.length < inf.minStem) continue;
    const stem = word.slice(0, word.length - ending.length);
    for (const r of repl) out.push({ form: (stem + r).normalize("NFC"), oblique: true });
  }
  return out;
}

/**
 * The root index shared by every trie. Each word that opens a phrase of some trie has an id, and
 * each trie keeps a bitset of the ids its phrases open with. A token reads its id once (one Map
 * look-up), after which a trie with no phrase opening at that word is ruled out by one bit test:
 * the stages ask a dozen tries at every token, and almost every answer is "no phrase here".
 */
const rootIds = new Map<string, number>();
/** Bumped when a new id is made (a trie built later): tokens then read their ids again. */
let rootEpoch = 0;

/**
 * A filter in front of rootIds: one bit per sketch of a word (its length and first and last two
 * code units, mixed), set for every root word. With every pack loaded rootIds holds ~100,000 words,
 * and a look-up in a Map that size misses the processor's caches several times (it was ~6% of the
 * extraction's CPU); most words of a text open no phrase, and 128 KB of bits tell so from the
 * word's own characters. A set bit still asks rootIds (another word may share the sketch).
 */
const FILTER_BITS = 20;
const rootFilter = new Int32Array(1 << (FILTER_BITS - 5));
function sketch(word: string): number {
  const n = word.length;
  if (n === 0) return 0;
  const h = n ^ (word.charCodeAt(0) << 4) ^ (word.charCodeAt(n > 1 ? 1 : 0) << 11) ^ (word.charCodeAt(n - 1) << 17) ^ (word.charCodeAt(n > 1 ? n - 2 : 0) << 23);
  return Math.imul(h, 0x9e3779b1) >>> (32 - FILTER_BITS);
}

function internRoot(word: string): number {
  let id = rootIds.get(word);
  if (id === undefined) {
    rootIds.set(word, (id = rootIds.size + 1));
    const b = sketch(word);
    rootFilter[b >>> 5]! |= 1 << (b & 31);
    rootEpoch++;
  }
  return id;
}

/**
 * The last answers of rootIds, one per sketch bucket (direct-mapped): a text repeats its words, and
 * a stream of texts its language's, and a string comparison here is cheaper than a look-up in
 * rootIds, whose size (see rootFilter) makes it miss the caches. Cleared when an id is made.
 */
const RECENT_BITS = 12;
const recentWords: Array<string | undefined> = new Array(1 << RECENT_BITS).fill(undefined);
const recentIds = new Int32Array(1 << RECENT_BITS);
let recentEpoch = -1;

function rootIdOf(tok: Token): number {
  if (tok.rootEpoch !== rootEpoch) {
    const norm = tok.norm;
    const b = sketch(norm);
    let id = 0;
    if ((rootFilter[b >>> 5]! & (1 << (b & 31))) !== 0) {
      if (recentEpoch !== rootEpoch) { recentWords.fill(undefined); recentEpoch = rootEpoch; }
      const r = b & ((1 << RECENT_BITS) - 1);
      if (recentWords[r] === norm) id = recentIds[r]!;
      else { id = rootIds.get(norm) ?? 0; recentWords[r] = norm; recentIds[r] = id; }
    }
    tok.rootId = id;
    tok.rootEpoch = rootEpoch;
  }
  return tok.rootId!;
}

/** A token's root id (0: no trie's phrase opens with its word), read once per token and epoch. */
function tokenRootId(tok: Token): number {
  return tok.rootEpoch === rootEpoch ? tok.rootId! : rootIdOf(tok);
}

/**
 * A set of root words as one bit per root id (see rootIds): `has` answers with one bit test
 * whether some phrase opens with a token's word, before any Map look-up by the word. PhraseTrie
 * keeps its first words (and their oblique forms) in these, and so does numbers/trie.ts.
 */
export class RootBits {
  private bits = new Uint32Array(8);

  /** Marks a word; its root id. */
  mark(word: string): number {
    const id = internRoot(word);
    this.markId(id);
    return id;
  }

  markId(id: number): void {
    if (id >>> 5 >= this.bits.length) {
      const grown = new Uint32Array(Math.max((id >>> 5) + 1, this.bits.length * 2));
      grown.set(this.bits);
      this.bits = grown;
    }
    this.bits[id >>> 5]! |= 1 << (id & 31);
  }

  hasId(id: number): boolean {
    const w = id >>> 5;
    return id !== 0 && w < this.bits.length && (this.bits[w]! & (1 << (id & 31))) !== 0;
  }

  /** Whether some marked word is the token's. */
  has(tok: Token): boolean {
    return this.hasId(tokenRootId(tok));
  }
}

interface Node<T> {
  next: Map<string, Node<T>>;
  values: T[] | undefined;
  /** Keys of `next` that are oblique (case) forms. */
  obl: Set<string> | undefined;
}

/**
 * A node with every field present from the start: nodes that gained `values` and `obl` as phrases
 * were added (in either order, or not at all) had five hidden classes, and the walk's reads of
 * them were megamorphic (a look-up in the engine's stub cache for each step of every walk).
 */
function newNode<T>(): Node<T> {
  return { next: new Map(), values: undefined, obl: undefined };
}

export interface PhraseMatch<T> {
  values: T[];
  tokStart: number;
  tokEnd: number;
  /** Whether the last word matched an oblique (non-subject) form. */
  oblique: boolean;
}

export class PhraseTrie<T> {
  private root: Node<T> = newNode();
  size = 0;

  private readonly caseOnLast: boolean;
  /** Root id k marked: some phrase opens with the word of root id k (see rootIds). */
  private readonly rootBits = new RootBits();
  /**
   * The root's children by root id (the other nodes hold theirs by word): the walk's first step. With
   * a number for key the look-up neither hashes nor compares strings, and in the gazetteer's root
   * (tens of thousands of words) reading the key string to compare it missed the processor's caches.
   */
  private rootKids = new Map<number, Node<T>>();
  /**
   * Root id k marked: the word of root id k is an oblique (case) form at the root (as `obl` of the
   * other nodes). Bits beside rootBits rather than a Set: every walk asks, and a bit test is no hash look-up.
   */
  private readonly rootOblBits = new RootBits();

  constructor(private readonly inflection?: Inflection) {
    this.caseOnLast = inflection?.caseOn === "last";
  }

  /** Adds a phrase. `inflectAll` expands every word; otherwise only the last (head-final languages). */
  add(phrase: string, value: T, opts: { inflect?: "none" | "last" | "all" } = {}): void {
    const words = phraseTokens(phrase);
    if (!words.length) return;
    const mode = opts.inflect ?? "all";
    const el = this.inflection?.elisions;
    // Plain loops, no closure or copied arrays per phrase: a pack's tries take thousands of phrases
    // (the gazetteer's names), built by a cold start in code that has not been optimised yet.
    let frontier: Node<T>[] = [this.root];
    for (let k = 0; k < words.length; k++) {
      const w = words[k]!;
      let forms = mode === "none" || (mode === "last" && k < words.length - 1) ? [{ form: w, oblique: false }] : inflect(w, this.inflection);
      if (k === 0 && el && mode !== "none" && /^[\p{L}]/u.test(w)) {
        forms = [...forms, ...forms.flatMap((f) => [...el.subject.map((e) => ({ form: (e + f.form).normalize("NFC"), oblique: f.oblique })), ...el.oblique.map((e) => ({ form: (e + f.form).normalize("NFC"), oblique: true }))])];
      }
      const base = forms[0]!.form;
      const nextFrontier: Node<T>[] = [];
      for (const node of frontier) {
        // The base form decides the child; other forms point at the same child unless taken.
        // The root keys its children by root id (see rootKids), every other node by word.
        let child: Node<T> | undefined;
        if (node === this.root) {
          const ids: number[] = [];
          for (let f = 0; f < forms.length; f++) ids.push(this.rootBits.mark(forms[f]!.form));
          child = this.rootKids.get(ids[0]!);
          if (!child) this.rootKids.set(ids[0]!, (child = newNode()));
          for (let f = 1; f < forms.length; f++) {
            if (!this.rootKids.has(ids[f]!)) this.rootKids.set(ids[f]!, child);
            if (forms[f]!.oblique) this.rootOblBits.markId(ids[f]!);
          }
        } else {
          child = node.next.get(base);
          if (!child) node.next.set(base, (child = newNode()));
          for (let f = 1; f < forms.length; f++) {
            const { form, oblique } = forms[f]!;
            if (!node.next.has(form)) node.next.set(form, child);
            if (oblique) (node.obl ??= new Set()).add(form);
          }
        }
        if (!nextFrontier.includes(child)) nextFrontier.push(child);
      }
      frontier = nextFrontier;
    }
    for (const node of frontier) {
      (node.values ??= []).push(value);
      this.size++;
    }
  }

  /** Longest phrase starting at token i and ending before token `limit`. */
  matchAt(tokens: Token[], i: number, limit = tokens.length): PhraseMatch<T> | null {
    // Callers look ahead of a mention or behind it ("m.tokEnd + 3", "i - 2"): clamp both ends to
    // the tokens, so a phrase can end the text (a place name with no full stop after it).
    if (limit > tokens.length) limit = tokens.length;
    if (i < 0) i = 0;
    if (i >= limit) return null;
    // Most tokens open no phrase of this trie: one bit test says so (see rootIds).
    const id = tokenRootId(tokens[i]!);
    if (!this.rootBits.hasId(id)) return null;
    return this.walk(tokens, i, limit, id);
  }

  /**
   * The phrase walk of matchAt from a token that opens some phrase. Apart from it, matchAt stays
   * small enough for the compiler to inline into the stages' token loops, where nearly every call
   * ends at the bit test.
   */
  private walk(tokens: Token[], i: number, limit: number, id: number): PhraseMatch<T> | null {
    // The first step by the token's root id (see rootKids); then one Map look-up per token, one result object at the end.
    let node: Node<T> | undefined = this.rootKids.get(id)!;
    // A phrase is oblique when any of its words matched a case form (ru "Министерства обороны"),
    // or, in head-final languages, when its last word did.
    let oblique = this.rootOblBits.hasId(id);
    let bestNode: Node<T> | null = null, bestEnd = 0, bestObl = false;
    if (node.values) { bestNode = node; bestEnd = i + 1; bestObl = oblique; }
    for (let j = i + 1; j < limit; j++) {
      const key = tokens[j]!.norm;
      const next: Node<T> | undefined = node!.next.get(key);
      if (!next) break;
      // A phrase is oblique when any of its words matched a case form (ru "Министерства обороны"),
      // or, in head-final languages, when its last word did.
      if (node!.obl?.has(key)) oblique = true;
      else if (this.caseOnLast) oblique = false;
      node = next;
      if (next.values) { bestNode = next; bestEnd = j + 1; bestObl = oblique; }
    }
    return bestNode ? { values: bestNode.values!, tokStart: i, tokEnd: bestEnd, oblique: bestObl } : null;
  }

  /** All non-overlapping longest matches in [from, to), left to right. */
  scan(tokens: Token[], from: number, to: number): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    this.eachMatch(tokens, from, to, (m) => out.push(m));
    return out;
  }

  /** scan()'s matches handed to `fn` one by one, without the array (for a caller that runs on every sentence). */
  eachMatch(tokens: Token[], from: number, to: number, fn: (m: PhraseMatch<T>) => void): void {
    for (let i = from; i < to; ) {
      const m = this.matchAt(tokens, i, to);
      if (m) { fn(m); i = m.tokEnd; } else i++;
    }
  }
}

/**
 * A set of phrases as a trie whose value is the phrase itself: the grammar words of a pack
 * (markers, conjunctions, honorifics). With an inflection, case forms are generated too.
 */
export function phraseSet(phrases: Iterable<string>, inflection?: Inflection): PhraseTrie<string> {
  const t = new PhraseTrie<string>(inflection);
  for (const x of phrases) t.add(x, x, { inflect: inflection ? "all" : "none" });
  return t;
}

/** Caches one compiled structure per pack (packs are immutable module constants). */
export function perPack<T>(build: (pack: LangPack) => T): (pack: LangPack) => T {
  const cache = new WeakMap<LangPack, T>();
  return (pack) => {
    let v = cache.get(pack);
    if (v === undefined) cache.set(pack, (v = build(pack)));
    return v;
  };
}
