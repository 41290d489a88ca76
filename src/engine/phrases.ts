// Phrase matching for every lexicon (items, verbs, qualifiers, the gazetteer): a trie over
// tokens, built once per pack. Inflection is handled at build time, not at match time: each word
// of a phrase is expanded into the forms the language glues on (Bengali case suffixes,
// Russian endings), so matching is one probe of the trie's edge table per token and the engine never strips text.
import type { Token } from "../types.js";
import type { LangPack } from "../lang/types.js";
import { phraseTokens } from "./tokenize.js";
import { readFileSync } from "node:fs";
import { WordTable, hashWord, type WordTableData } from "./wordtable.js";
import { decodeTrieFile, encodeTrieFile } from "./triefile.js";

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
 * The word index shared by every trie: each word of every phrase of every trie (in each of its
 * forms) has an id, and the tries' transitions are keyed by these ids, not by strings. A token reads
 * its id once (one Map look-up, see wordIdOf), after which each step of every walk is integer work
 * in a trie's own table (see Edges). Each trie also keeps a bitset of the ids its phrases open
 * with: the stages ask a dozen tries at every token, and almost every answer is "no phrase here",
 * told by one bit test.
 */
const wordIds = new Map<string, number>();
/** Bumped when a new id is made (a trie built later): tokens then read their ids again. */
let wordEpoch = 0;

/**
 * A filter in front of wordIds: one bit per sketch of a word (its length and first and last two
 * code units, mixed), set for every trie word. With every pack loaded wordIds holds over 100,000
 * words, and a look-up in a Map that size misses the processor's caches several times (it was ~6%
 * of the extraction's CPU); most words of a text are in no phrase, and 128 KB of bits tell so from
 * the word's own characters. A set bit still asks wordIds (another word may share the sketch).
 */
const FILTER_BITS = 20;
const wordFilter = new Int32Array(1 << (FILTER_BITS - 5));
function sketch(word: string): number {
  const n = word.length;
  if (n === 0) return 0;
  const h = n ^ (word.charCodeAt(0) << 4) ^ (word.charCodeAt(n > 1 ? 1 : 0) << 11) ^ (word.charCodeAt(n - 1) << 17) ^ (word.charCodeAt(n > 1 ? n - 2 : 0) << 23);
  return Math.imul(h, 0x9e3779b1) >>> (32 - FILTER_BITS);
}

/** sketch() of s[from, to), read in place (the words of a WordTable). */
function sketchSpan(s: string, from: number, to: number): number {
  const n = to - from;
  if (n === 0) return 0;
  const h = n ^ (s.charCodeAt(from) << 4) ^ (s.charCodeAt(n > 1 ? from + 1 : from) << 11) ^ (s.charCodeAt(to - 1) << 17) ^ (s.charCodeAt(n > 1 ? to - 2 : from) << 23);
  return Math.imul(h, 0x9e3779b1) >>> (32 - FILTER_BITS);
}

/**
 * The word lists of shipped tries (see PhraseTrie.loadShipped): their words get ids only when a
 * token, a look-up or another trie asks for them, and `install` then adds the trie's edges of that
 * word. A cold start so makes ids for the few hundred words of one article, not for every case form
 * of every alias (Bengali's gazetteer: 52,631).
 */
interface ShippedWords {
  table: WordTable;
  install: (k: number, id: number) => void;
}
const shippedWords: ShippedWords[] = [];

/**
 * Every shipped list's words in one open-addressing table by hashWord, so that a word no trie has
 * yet (a token's, most often not a trie word at all) is looked up once, not in each of a hundred
 * lists (a process with every pack loaded ships 9 gazetteer tries and ~120 phrase sets). Entry e
 * is word entWord[e] of list entList[e]; a word several lists hold has an entry per list.
 */
let shipSlots = new Int32Array(1 << 10);
let entList = new Int32Array(1 << 9), entWord = new Int32Array(1 << 9), entHash = new Int32Array(1 << 9);
let entries = 0;

function addEntry(list: number, k: number, hash: number): void {
  if (2 * (entries + 1) > shipSlots.length) {
    const slots = new Int32Array(2 * shipSlots.length), mask = slots.length - 1;
    for (let e = 0; e < entries; e++) {
      let s = entHash[e]! & mask;
      while (slots[s] !== 0) s = (s + 1) & mask;
      slots[s] = e + 1;
    }
    shipSlots = slots;
  }
  if (entries === entList.length) {
    const grow = (a: Int32Array) => { const b = new Int32Array(2 * a.length); b.set(a); return b; };
    entList = grow(entList); entWord = grow(entWord); entHash = grow(entHash);
  }
  const mask = shipSlots.length - 1;
  let s = hash & mask;
  while (shipSlots[s] !== 0) s = (s + 1) & mask;
  shipSlots[s] = entries + 1;
  entList[entries] = list; entWord[entries] = k; entHash[entries] = hash;
  entries++;
}

/**
 * Lists of more than BIG_LIST words (a gazetteer trie's) are not copied into that table, which would
 * cost a cold start a pass over all their words: each is probed in its own table (in its file).
 */
const BIG_LIST = 4096;
const bigLists: number[] = [];

/** Calls install of every list that holds `word` (hash: hashWord(word) | 0) with id; with id 0, only whether any does. */
function eachShipped(word: string, hash: number, id: number): boolean {
  const mask = shipSlots.length - 1;
  let any = false;
  for (let s = hash & mask; ; s = (s + 1) & mask) {
    const e = shipSlots[s]! - 1;
    if (e < 0) break;
    if (entHash[e] !== hash) continue;
    const l = shippedWords[entList[e]!]!;
    if (!l.table.wordIs(entWord[e]!, word)) continue;
    if (id === 0) return true;
    any = true;
    l.install(entWord[e]!, id);
  }
  for (let i = 0; i < bigLists.length; i++) {
    const l = shippedWords[bigLists[i]!]!;
    const k = l.table.indexOfHashed(word, hash);
    if (k < 0) continue;
    if (id === 0) return true;
    any = true;
    l.install(k, id);
  }
  return any;
}

/** A new word's id; the shipped lists that hold it install their edges of it. */
function newId(word: string): number {
  const id = wordIds.size + 1;
  wordIds.set(word, id);
  if (ROW * (id + 1) > rootRows.length) {
    const grown = new Uint32Array(2 * rootRows.length);
    grown.set(rootRows);
    rootRows = grown;
  }
  const b = sketch(word);
  wordFilter[b >>> 5]! |= 1 << (b & 31);
  if (shippedWords.length > 0) eachShipped(word, hashWord(word) | 0, id);
  return id;
}

/** The id of a trie word, made on first sight. */
export function internWord(word: string): number {
  let id = wordIds.get(word);
  if (id === undefined) {
    id = newId(word);
    wordEpoch++;
  }
  return id;
}

/**
 * The id of a word that only shipped lists hold, made now; 0 when none holds it. No epoch bump:
 * since the list came (see registerShippedWords), every token that asked for this word came here,
 * so none holds a stale 0 for it.
 */
function shippedId(word: string): number {
  return shippedWords.length > 0 && eachShipped(word, hashWord(word) | 0, 0) ? newId(word) : 0;
}

/**
 * Adds a shipped trie's word list: its words pass the filter from now on, those that already have
 * ids get their edges now, the others when first asked for (see newId).
 */
export function registerShippedWords(table: WordTable, install: (k: number, id: number) => void): void {
  table.eachSpan((blob, from, to) => {
    const b = sketchSpan(blob, from, to);
    wordFilter[b >>> 5]! |= 1 << (b & 31);
  });
  // The words known already, found from the smaller side: a phrase set's few hundred words are
  // looked up in wordIds; a gazetteer's tens of thousands are asked for each word wordIds has.
  if (table.size <= wordIds.size) {
    for (let k = 0; k < table.size; k++) {
      const id = wordIds.get(table.word(k));
      if (id !== undefined) install(k, id);
    }
  } else {
    for (const [word, id] of wordIds) {
      const k = table.indexOf(word);
      if (k >= 0) install(k, id);
    }
  }
  const list = shippedWords.length;
  shippedWords.push({ table, install });
  if (table.size > BIG_LIST) bigLists.push(list);
  else for (let k = 0; k < table.size; k++) addEntry(list, k, table.hashOf(k) | 0);
  // Tokens that read "no trie's word" for one of these words read their ids again.
  wordEpoch++;
}

/** The id of a word if some trie has it, else 0 (for a look-up by string, not by token). */
export function wordIdOf(word: string): number {
  return wordIds.get(word) ?? shippedId(word);
}

/**
 * The last answers of wordIds, one per sketch bucket (direct-mapped): a text repeats its words, and
 * a stream of texts its language's, and a string comparison here is cheaper than a look-up in
 * wordIds, whose size (see wordFilter) makes it miss the caches. Cleared when an id is made.
 */
const RECENT_BITS = 12;
const recentWords: Array<string | undefined> = new Array(1 << RECENT_BITS).fill(undefined);
const recentIds = new Int32Array(1 << RECENT_BITS);
let recentEpoch = -1;

function readWordId(tok: Token): number {
  const norm = tok.norm;
  const b = sketch(norm);
  let id = 0;
  if ((wordFilter[b >>> 5]! & (1 << (b & 31))) !== 0) {
    if (recentEpoch !== wordEpoch) { recentWords.fill(undefined); recentEpoch = wordEpoch; }
    const r = b & ((1 << RECENT_BITS) - 1);
    if (recentWords[r] === norm) id = recentIds[r]!;
    else { id = wordIds.get(norm) ?? shippedId(norm); recentWords[r] = norm; recentIds[r] = id; }
  }
  tok.wordId = id;
  tok.wordEpoch = wordEpoch;
  return id;
}

/** A token's word id (0: no trie has its word), read once per token and epoch. */
export function tokenWordId(tok: Token): number {
  return tok.wordEpoch === wordEpoch ? tok.wordId! : readWordId(tok);
}

/**
 * The tries' first words, by word id: each trie that has phrases holds one bit of a row of ROW
 * 32-bit words per word id, and a token's row tells in one cache line which tries may have a phrase
 * opening at it. The stages ask about ten tries at every token; with a bitset of its own per trie,
 * each question read another array (another cache line, missed as often as not in the pipeline).
 * Tries take bits in turn, the (ROW * 32 + 1)-th shares the first's (a language's packs build about
 * 60 tries): a shared bit can say yes for a word that opens only the other trie's phrases, so a yes
 * is a "maybe", which the walk's first step answers (see RootFilter).
 */
const ROW = 4;
let rootRows = new Uint32Array(ROW * 1024);
let rootSlots = 0;

/**
 * A trie's bit in rootRows. `mayOpen` has no false negatives and few false positives (see rootRows):
 * for the tries, whose walk checks the root's edge anyway; an exact set is RootBits.
 */
export class RootFilter {
  /** Which word of a row, and the bit in it (0 until a word is marked: then no word may open). */
  private w = 0;
  private bit = 0;

  /** Marks a word; its word id. */
  mark(word: string): number {
    const id = internWord(word);
    this.markId(id);
    return id;
  }

  /** Marks the word of id `id` (made by internWord). */
  markId(id: number): void {
    if (this.bit === 0) {
      const k = rootSlots++ % (ROW * 32);
      this.w = k >>> 5;
      this.bit = 1 << (k & 31);
    }
    rootRows[ROW * id + this.w]! |= this.bit;
  }

  /** Whether some phrase may open with the word of id `id` (0: no trie's word). */
  mayOpen(id: number): boolean {
    return (rootRows[ROW * id + this.w]! & this.bit) !== 0;
  }
}

/**
 * An exact set of words as one bit per word id (see wordIds): `has` answers with one bit test
 * whether a token's word is in it. The numbers stage's start table, whose answer is final (the
 * tries use RootFilter, whose yes their walk checks).
 */
export class RootBits {
  private bits = new Uint32Array(8);

  /** Marks a word; its word id. */
  mark(word: string): number {
    const id = internWord(word);
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
    return this.hasId(tokenWordId(tok));
  }
}

/**
 * The transitions of one trie: (node id, word id) -> child id and an oblique flag, in one
 * open-addressing hash table in a typed array. Nodes are numbers (the root is 0) and their values
 * live in arrays indexed by them. Before, each node was an object with a Map by word string: a
 * walk in the gazetteer's trie (tens of thousands of nodes) touched a Map per step and read key
 * strings to compare them, and missed the processor's caches at each (a walk cost 0.5-1 µs in the
 * pipeline against ~46 ns in a loop of its own). Here a step is a hash of two integers and a probe
 * of one 16-byte slot: [parent + 1 (0: empty), word id, child, oblique].
 */
export class Edges {
  private slots = new Int32Array(4 * 16);
  private mask = 15;
  private used = 0;
  /** Nodes made so far (the root included). */
  nodes = 1;

  private static hash(node: number, word: number): number {
    const h = Math.imul(node ^ Math.imul(word, 0x9e3779b1), 0x85ebca6b);
    return h ^ (h >>> 15);
  }

  /** The slot of (node, word), or -1. */
  private find(node: number, word: number): number {
    const slots = this.slots, mask = this.mask, key = node + 1;
    for (let s = Edges.hash(node, word) & mask; ; s = (s + 1) & mask) {
      const p = slots[4 * s]!;
      if (p === key && slots[4 * s + 1] === word) return 4 * s;
      if (p === 0) return -1;
    }
  }

  /** The child of `node` by `word`, or -1. */
  child(node: number, word: number): number {
    const s = this.find(node, word);
    return s < 0 ? -1 : this.slots[s + 2]!;
  }

  /** child() and the edge's oblique flag as one number: child * 2 + oblique, or -1 (one probe for a walk's step). */
  step(node: number, word: number): number {
    const s = this.find(node, word);
    return s < 0 ? -1 : this.slots[s + 2]! * 2 + this.slots[s + 3]!;
  }

  /** A new node's id. */
  newNode(): number {
    return this.nodes++;
  }

  /** Adds the edge (node, word) -> child; the edge must be absent. */
  set(node: number, word: number, child: number): void {
    if (2 * (this.used + 1) > this.mask + 1) this.grow();
    this.put(node, word, child, 0);
    this.used++;
  }

  /** Marks the edge (node, word) oblique (a case form); the edge must be present. */
  markOblique(node: number, word: number): void {
    this.slots[this.find(node, word) + 3] = 1;
  }

  /** Every edge as [parent, word id, child, oblique] in a flat list (for PhraseTrie.save). */
  entries(): number[] {
    const out: number[] = [], slots = this.slots;
    for (let s = 0; s < slots.length; s += 4) if (slots[s] !== 0) out.push(slots[s]! - 1, slots[s + 1]!, slots[s + 2]!, slots[s + 3]!);
    return out;
  }

  /** Makes an empty table of room for `edges` edges and `nodes` nodes, to be filled by add() without growing. */
  reserve(edges: number, nodes: number): void {
    let size = 16;
    while (size < 2 * (edges + 1)) size *= 2;
    this.slots = new Int32Array(4 * size);
    this.mask = size - 1;
    this.used = edges;
    this.nodes = nodes;
  }

  /** Adds an edge to a table made by reserve() (absent, and counted there). */
  add(node: number, word: number, child: number, oblique: number): void {
    this.put(node, word, child, oblique);
  }

  private put(node: number, word: number, child: number, oblique: number): void {
    const slots = this.slots, mask = this.mask;
    let s = Edges.hash(node, word) & mask;
    while (slots[4 * s] !== 0) s = (s + 1) & mask;
    slots[4 * s] = node + 1;
    slots[4 * s + 1] = word;
    slots[4 * s + 2] = child;
    slots[4 * s + 3] = oblique;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.mask = (this.mask << 1) | 1;
    for (let s = 0; s < old.length; s += 4) if (old[s] !== 0) this.put(old[s]! - 1, old[s + 1]!, old[s + 2]!, old[s + 3]!);
  }
}

export interface PhraseMatch<T> {
  values: T[];
  tokStart: number;
  tokEnd: number;
  /** Whether the last word matched an oblique (non-subject) form. */
  oblique: boolean;
}

/** A PhraseTrie as data for a file (see PhraseTrie.saveShipped). */
export interface ShippedTrie {
  /** The words on the edges, each once. */
  words: WordTableData;
  /** Word k's edges are edges[3 * starts[k], 3 * starts[k + 1]), each as parent, child, oblique (0 or 1). */
  starts: Int32Array;
  edges: Int32Array;
  nodes: number;
  /** Per end node: node, value count, then the values' numbers. */
  ends: number[];
  size: number;
}

export class PhraseTrie<T> {
  /** The transitions by word id, oblique (case) forms flagged on their edges (see Edges). */
  private readonly edges = new Edges();
  /** The phrases' values by node id (undefined: no phrase ends there). */
  private readonly values: Array<T[] | undefined> = [undefined];
  size = 0;

  private readonly caseOnLast: boolean;
  /** The words the phrases open with (see rootRows): most tokens open none, told by one bit test. */
  private readonly rootBits = new RootFilter();

  constructor(private readonly inflection?: Inflection) {
    this.caseOnLast = inflection?.caseOn === "last";
  }

  /** Adds a phrase. `inflectAll` expands every word; otherwise only the last (head-final languages). */
  add(phrase: string, value: T, opts: { inflect?: "none" | "last" | "all" } = {}): void {
    const words = phraseTokens(phrase);
    if (!words.length) return;
    const mode = opts.inflect ?? "all";
    const el = this.inflection?.elisions;
    const edges = this.edges;
    // Plain loops, no closure or copied arrays per phrase: a pack's tries take thousands of phrases
    // (the gazetteer's names), built by a cold start in code that has not been optimised yet.
    let frontier: number[] = [0];
    for (let k = 0; k < words.length; k++) {
      const w = words[k]!;
      let forms = mode === "none" || (mode === "last" && k < words.length - 1) ? [{ form: w, oblique: false }] : inflect(w, this.inflection);
      if (k === 0 && el && mode !== "none" && /^[\p{L}]/u.test(w)) {
        forms = [...forms, ...forms.flatMap((f) => [...el.subject.map((e) => ({ form: (e + f.form).normalize("NFC"), oblique: f.oblique })), ...el.oblique.map((e) => ({ form: (e + f.form).normalize("NFC"), oblique: true }))])];
      }
      const ids: number[] = [];
      for (let f = 0; f < forms.length; f++) ids.push(k === 0 ? this.rootBits.mark(forms[f]!.form) : internWord(forms[f]!.form));
      const nextFrontier: number[] = [];
      for (const node of frontier) {
        // The base form decides the child; other forms point at the same child unless taken.
        let child = edges.child(node, ids[0]!);
        if (child < 0) {
          edges.set(node, ids[0]!, (child = edges.newNode()));
          this.values.push(undefined);
        }
        for (let f = 1; f < forms.length; f++) {
          if (edges.child(node, ids[f]!) < 0) edges.set(node, ids[f]!, child);
          if (forms[f]!.oblique) edges.markOblique(node, ids[f]!);
        }
        if (!nextFrontier.includes(child)) nextFrontier.push(child);
      }
      frontier = nextFrontier;
    }
    for (const node of frontier) {
      (this.values[node] ??= []).push(value);
      this.size++;
    }
  }

  /**
   * The trie as data, for a trie built at build time and shipped (see engine/gaztrie.ts): its words
   * (sorted, so the same phrases give the same file), each with its edges, and each end node's
   * values as numbers given by `index`. PhraseTrie.loadShipped gives back a trie that answers every
   * match alike.
   */
  saveShipped(index: (v: T) => number): ShippedTrie {
    const raw = this.edges.entries();
    const byId = new Map<number, string>();
    for (const [w, id] of wordIds) byId.set(id, w);
    const perWord = new Map<string, number[]>();
    for (let k = 0; k < raw.length; k += 4) {
      const w = byId.get(raw[k + 1]!)!;
      let list = perWord.get(w);
      if (!list) perWord.set(w, (list = []));
      list.push(raw[k]!, raw[k + 2]!, raw[k + 3]!);
    }
    const words = [...perWord.keys()].sort();
    const starts = new Int32Array(words.length + 1), edges = new Int32Array(raw.length / 4 * 3);
    let e = 0;
    words.forEach((w, k) => {
      const list = perWord.get(w)!;
      // Edges of a word by parent: the order in the file does not depend on the table's layout.
      const order = Array.from({ length: list.length / 3 }, (_, j) => j).sort((x, y) => list[3 * x]! - list[3 * y]! || list[3 * x + 1]! - list[3 * y + 1]!);
      for (const j of order) { edges[e++] = list[3 * j]!; edges[e++] = list[3 * j + 1]!; edges[e++] = list[3 * j + 2]!; }
      starts[k + 1] = e / 3;
    });
    const ends: number[] = [];
    this.values.forEach((vs, node) => { if (vs) ends.push(node, vs.length, ...vs.map(index)); });
    return { words: WordTable.build(words), starts, edges, nodes: this.edges.nodes, ends, size: this.size };
  }

  /**
   * A trie from saveShipped()'s data, its values looked up in `values` by the saved numbers. Its
   * edges are added word by word as the words get ids (see registerShippedWords): the table is
   * made with room for all of them at once, and each word's edges go in when it is first asked for.
   */
  static loadShipped<T>(data: ShippedTrie, inflection: Inflection | undefined, values: readonly T[]): PhraseTrie<T> {
    const trie = new PhraseTrie<T>(inflection);
    const edges = trie.edges, { starts, edges: list } = data;
    edges.reserve(list.length / 3, data.nodes);
    // Filled with undefined, not given a length: a packed array, as add() makes, for the walks.
    const vs = trie.values;
    for (let k = 1; k < data.nodes; k++) vs.push(undefined);
    for (let k = 0; k < data.ends.length; ) {
      const node = data.ends[k++]!, n = data.ends[k++]!;
      // Pushed, not `new Array(n)` (holey): the same kind of array as add() makes, for the stages reading them.
      const out: T[] = [];
      for (let j = 0; j < n; j++) out.push(values[data.ends[k++]!]!);
      vs[node] = out;
    }
    trie.size = data.size;
    registerShippedWords(new WordTable(data.words), (k, id) => {
      for (let e = starts[k]!; e < starts[k + 1]!; e++) {
        const parent = list[3 * e]!;
        edges.add(parent, id, list[3 * e + 1]!, list[3 * e + 2]!);
        // The words of edges from the root open phrases: the ones add() marks.
        if (parent === 0) trie.rootBits.markId(id);
      }
    });
    return trie;
  }

  /** Longest phrase starting at token i and ending before token `limit`. */
  matchAt(tokens: Token[], i: number, limit = tokens.length): PhraseMatch<T> | null {
    // Callers look ahead of a mention or behind it ("m.tokEnd + 3", "i - 2"): clamp both ends to
    // the tokens, so a phrase can end the text (a place name with no full stop after it).
    if (limit > tokens.length) limit = tokens.length;
    if (i < 0) i = 0;
    if (i >= limit) return null;
    // Most tokens open no phrase of this trie: one bit test says so (see wordIds).
    const id = tokenWordId(tokens[i]!);
    if (!this.rootBits.mayOpen(id)) return null;
    return this.walk(tokens, i, limit, id);
  }

  /**
   * Whether some phrase may open at the token (no false negatives: when false, matchAt there is
   * null). One bit test, for a stage that asks it of a whole sentence before any walk.
   */
  mayOpenAt(tok: Token): boolean {
    return this.rootBits.mayOpen(tokenWordId(tok));
  }

  /**
   * The phrase walk of matchAt from a token that opens some phrase. Apart from it, matchAt stays
   * small enough for the compiler to inline into the stages' token loops, where nearly every call
   * ends at the bit test.
   */
  private walk(tokens: Token[], i: number, limit: number, id: number): PhraseMatch<T> | null {
    const edges = this.edges, values = this.values;
    // One probe of the edge table per token (see Edges), one result object at the end.
    let e = edges.step(0, id);
    // The root filter may have said yes for another trie's word (see rootRows).
    if (e < 0) return null;
    let node = e >> 1;
    // A phrase is oblique when any of its words matched a case form (ru "Министерства обороны"),
    // or, in head-final languages, when its last word did.
    let oblique = (e & 1) !== 0;
    let bestNode = -1, bestEnd = 0, bestObl = false;
    if (values[node] !== undefined) { bestNode = node; bestEnd = i + 1; bestObl = oblique; }
    for (let j = i + 1; j < limit; j++) {
      const w = tokenWordId(tokens[j]!);
      if (w === 0) break;
      e = edges.step(node, w);
      if (e < 0) break;
      if ((e & 1) !== 0) oblique = true;
      else if (this.caseOnLast) oblique = false;
      node = e >> 1;
      if (values[node] !== undefined) { bestNode = node; bestEnd = j + 1; bestObl = oblique; }
    }
    return bestNode >= 0 ? { values: values[bestNode]!, tokStart: i, tokEnd: bestEnd, oblique: bestObl } : null;
  }

  /** All non-overlapping longest matches in [from, to), left to right. */
  scan(tokens: Token[], from: number, to: number): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    this.eachMatch(tokens, from, to, (m) => out.push(m));
    return out;
  }

  /** scan()'s first match (the phrase at the first token of [from, to) where one matches), without the array of all of them; null when scan() finds none. */
  firstIn(tokens: Token[], from: number, to: number): PhraseMatch<T> | null {
    for (let i = from; i < to; i++) {
      const m = this.matchAt(tokens, i, to);
      if (m) return m;
    }
    return null;
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
 * (markers, conjunctions, honorifics). With an inflection, case forms are generated too: those sets
 * are built by the build and shipped (see shippedSet), the others are cheap to build.
 */
export function phraseSet(phrases: Iterable<string>, inflection?: Inflection): PhraseTrie<string> {
  return phraseMap(Array.from(phrases, (x): [string, string] => [x, x]), inflection);
}

/** Phrases with their values as a trie (an item's name per item phrase): shipped like phraseSet's when inflected. */
export function phraseMap<V>(entries: ReadonlyArray<readonly [string, V]>, inflection?: Inflection): PhraseTrie<V> {
  const phrases = entries.map((e) => e[0]);
  if (inflection && !recording) {
    const shipped = shippedSet(phrases, inflection, entries.map((e) => e[1]));
    if (shipped) return shipped;
  }
  const t = new PhraseTrie<V>(inflection);
  for (const [x, v] of entries) t.add(x, v, { inflect: inflection ? "all" : "none" });
  // Values are saved by their entry's index: the first entry of the phrase that holds the value.
  if (inflection && recording) recording.set(setKey(phrases, inflection), { trie: t as PhraseTrie<unknown>, values: entries.map((e) => e[1]) });
  return t;
}

/**
 * A pack's phrase sets with case forms, as the build ships them (dist/engine/phrase-sets/, one file
 * per set, named by a hash of what it is built from; see scripts/copy-assets.mjs). Building them
 * means inflecting every phrase (Bengali: 40 endings, each form normalised) and interning every
 * form: ~80 ms of a cold Bengali `extract`, most of it for the speakers' nouns, items and roles. A
 * file is used only when its header holds the same phrases and inflection (the whole key, not only
 * its hash); the source tree has no files, and sets are built as before.
 */
let shippedSets = new URL("./phrase-sets/", import.meta.url);
/** How many sets were read from files (for the tests, which also point it at their own files). */
let setsRead = 0;
export function phraseSetFiles(dir?: URL): { read: number } {
  if (dir) shippedSets = dir;
  return { read: setsRead };
}
let recording: Map<string, { trie: PhraseTrie<unknown>; values: unknown[] }> | null = null;

function setKey(phrases: string[], inflection: Inflection): string {
  return JSON.stringify([inflection, phrases]);
}

/** The file name of a set's key. */
function setFile(key: string): string {
  return `${hashWord(key).toString(16).padStart(8, "0")}.bin`;
}

function shippedSet<V>(phrases: string[], inflection: Inflection, values: readonly V[]): PhraseTrie<V> | null {
  const key = setKey(phrases, inflection);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(new URL(setFile(key), shippedSets));
  } catch {
    return null;
  }
  const r = decodeTrieFile<{ key: string }>(bytes);
  if (!r || r.header.key !== key) return null;
  setsRead++;
  return PhraseTrie.loadShipped(r.trie, inflection, values);
}

/**
 * For the build: from now on, phrase sets with case forms are built (never read from files) and
 * kept; `files()` gives each kept set as a file name and its bytes.
 */
export function recordPhraseSets(): { files(): Array<[string, Buffer]> } {
  const kept = (recording = new Map<string, { trie: PhraseTrie<unknown>; values: unknown[] }>());
  return {
    files: () => [...kept].map(([key, { trie, values }]) => [setFile(key), encodeTrieFile({ key }, trie.saveShipped((v) => values.indexOf(v)))]),
  };
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
