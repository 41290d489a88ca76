// Mentions: actors (people, bodies, states, outlets, groups), places and counted items, resolved
// through the gazetteer. Three steps per sentence:
//   1. longest gazetteer match at each token (aliases in the article's language plus English,
//      with the language's case forms generated at build time);
//   2. composition of adjacent pieces into one entity: a country with an institution in either
//      order ("Russia's Ministry of Defense", "Bộ Quốc phòng Nga", "Министерство обороны России"),
//      an office with the person who holds it ("US Secretary of State Antony Blinken"),
//      an honorific with a name ("Mr. Lin");
//   3. discourse: an office without a name resolves to the person named with it earlier in the
//      article, else to its holder at the publication date; a bare surname or "the diplomat"
//      resolves to the person mentioned before.
import type { EntityRef, EntityType, Mention, Sentence, Token } from "../types.js";
import type { LangPack } from "../lang/types.js";
import { PhraseTrie, perPack, phraseSet, type PhraseMatch } from "./phrases.js";
import { loadGazetteer, type Entity } from "../gazetteer/load.js";
import { gazTrie, type GazHit } from "./gaztrie.js";
import { reusableMask } from "./mask.js";
import { composite } from "../gazetteer/schema.js";
import { isCasedWord, normWord, opensCapital } from "./tokenize.js";

export interface ActorMention extends Mention {
  kind: "actor" | "place";
  entity: EntityRef & { type: EntityType };
  /** Case form that cannot be a subject (genitive, locative, possessive). */
  oblique: boolean;
  /** Country id the mention belongs to, for composition. */
  country?: string;
  /** For a capital city: the country whose government it may stand for. */
  capitalOf?: EntityRef & { type: EntityType };
}

const NO_HITS: GazHit[] = [];

const wordTries = perPack((pack: LangPack) => {
  const set = (xs: string[]) => phraseSet(xs);
  return {
    honorific: set(pack.honorifics),
    of: set(pack.ofWords),
    pre: set(pack.prepositions),
    // Words that open a phrase of the grammar, never a name.
    func: set([...pack.prepositions, ...pack.attribution.accordingBefore, ...pack.attribution.conjunctions, ...pack.attribution.complementizers,
      ...pack.attribution.conditionalWords, ...pack.attribution.continuationWords, ...Object.keys(pack.attribution.verbs)]),
    post: set(pack.postpositions),
    anaphora: phraseSet(pack.personAnaphora, pack.inflection),
    countryAnaphora: phraseSet(pack.countryAnaphora ?? [], pack.inflection),
    stop: new Set(pack.nameStopWords.map(normWord)),
    // "According to" markers that are no speech verb (uk "повідомляє" is both: its subject follows as a verb's would).
    according: set(pack.attribution.accordingBefore.filter((x) => !(x in pack.attribution.verbs))),
    det: new Set((pack.determiners ?? []).map(normWord)),
    // The number words' own keys with a value (see isNumberWord).
    numberWords: new Set(Object.keys(pack.numbers.words).filter((k) => pack.numbers.words[k] !== undefined)),
    // Where every noun is capitalised (German), the pack's own vocabulary words are nouns, not names:
    // items, roles, speaking and source nouns, counted nouns, kind cues, number words, months and weekdays.
    vocab: pack.nounsCapitalised ? phraseSet([...Object.keys(pack.items), ...Object.keys(pack.roles), ...(pack.speakerNouns ?? []), ...pack.otherNouns,
      ...pack.sourceNouns, ...Object.keys(pack.kindCues), ...pack.countNouns, ...(pack.outletNouns ?? []), ...Object.keys(pack.numbers.vague ?? {}),
      ...Object.keys(pack.numbers.multipliers), ...Object.keys(pack.dates.months ?? {}), ...Object.keys(pack.dates.weekdays ?? {}), ...pack.personAnaphora]
      .filter((x) => !/\s/u.test(x.trim())), pack.inflection) : null,
  };
});

const speechVerbs = perPack((pack: LangPack) => {
  return phraseSet([...Object.keys(pack.attribution.verbs), ...Object.keys(pack.roles)]);
});

const capitals = (() => {
  let cache: Map<string, Entity> | null = null;
  return () => {
    if (cache) return cache;
    cache = new Map();
    for (const e of loadGazetteer().entities) if (e.type === "country" && e.capital) cache.set(e.capital, e);
    return cache;
  };
})();

const offices = (() => {
  let cache: Map<string, Array<{ entity: Entity; from?: string; to?: string }>> | null = null;
  return () => {
    if (cache) return cache;
    cache = new Map();
    for (const e of loadGazetteer().entities) for (const o of e.offices ?? []) {
      const list = cache.get(o.office) ?? [];
      list.push({ entity: e, from: o.from ?? undefined, to: o.to ?? undefined });
      cache.set(o.office, list);
    }
    return cache;
  };
})();

const holderMemo = new Map<string, Map<string, Entity | null>>();

/** The person holding an office on a date (ISO), when the gazetteer knows exactly one. */
export function officeHolder(officeId: string, date: string | null): Entity | null {
  const at = date ?? new Date().toISOString().slice(0, 10);
  // Remembered per office and date: the gazetteer never changes, and an article asks of the same
  // offices again and again (each bare "the minister", each composed office).
  let byDate = holderMemo.get(officeId);
  if (!byDate) holderMemo.set(officeId, (byDate = new Map()));
  let holder = byDate.get(at);
  if (holder === undefined) {
    const holders = offices().get(officeId) ?? [];
    const hits = holders.filter((h) => (!h.from || h.from <= at) && (!h.to || at <= h.to));
    holder = hits.length === 1 ? hits[0]!.entity : null;
    if (byDate.size > 10_000) byDate.clear();
    byDate.set(at, holder);
  }
  return holder;
}


function refOf(e: Entity, surface: string): EntityRef & { type: EntityType } {
  return { name: e.name, id: e.id, surface, type: e.type as EntityType };
}

/** How far back a surname or "the diplomat" may reach: recent mentions only, and linear time on huge inputs. */
const RECENT_PEOPLE = 64;

/** Discourse memory across an article: people named so far, offices seen with their holders. */
export class Discourse {
  people: Array<{ ref: EntityRef & { type: EntityType }; words: string[] }> = [];
  officeHolders = new Map<string, EntityRef & { type: EntityType }>();
  /** The last country an institution was composed with ("the ministry" later in the article). */
  institutionCountry = new Map<string, string>();
  /** The country of the last institution composed in the article ("the Air Force said" after "Armed Forces of Ukraine"). */
  lastCountry: string | null = null;
  /** The last country named in the text, whatever its role ("नेपाल में आए भूकंप"): what "the country's" refers to. */
  lastNamedCountry: string | null = null;
  constructor(readonly published: string | null) {}

  /** Name words (3+ characters) of the people met so far, for the one-word look-up on every token. */
  private wordIndex = new Map<string, EntityRef & { type: EntityType }>();
  /**
   * For the similar-name look-up (see similarName) in O(1) whatever the number of people met: each
   * name word, and each of its prefixes 1-3 characters shorter (of 2+ characters), with the index
   * in `people` of the last person who has it. A long text names thousands of people; scanning the
   * recent ones word by word for every capitalised word made time per word grow with the text.
   */
  private lastWithWord = new Map<string, number>();
  private lastWithPrefix = new Map<string, number>();
  /**
   * The first two code units of every key of wordIndex, as one number: findActors asks wordIndex of
   * every uncased word (stripped of its case ending first), and a word whose first two code units
   * open no key is no key, nor is any prefix of it (see mayBeNameWord).
   */
  private wordStarts = new Set<number>();

  notePerson(ref: EntityRef & { type: EntityType }, tokens: Token[], from: number, to: number, officeId?: string) {
    const words: string[] = [];
    for (let i = from; i < to; i++) if (tokens[i]!.kind === "word") words.push(tokens[i]!.norm);
    for (const w of nameWords(ref.name)) words.push(w);
    const k = this.people.length;
    this.people.push({ ref, words });
    for (let n = 0; n < words.length; n++) {
      const w = words[n]!;
      // A word twice in the list (a name word the mention's tokens hold too) changes nothing the second time.
      if (words.indexOf(w) < n) continue;
      if (w.length >= 3) { this.wordIndex.set(w, ref); this.wordStarts.add(startOf(w)); }
      this.lastWithWord.set(w, k);
      for (const p of prefixesOf(w)) this.lastWithPrefix.set(p, k);
    }
    if (officeId) this.officeHolders.set(officeId, ref);
  }

  /**
   * False when neither `word` nor any prefix of it can be a key of wordIndex (all keys have 3+ code
   * units, and none opens as the word does): personByWord(p, true) is then null for each prefix p.
   */
  mayBeNameWord(word: string): boolean {
    return word.length >= 3 && this.wordStarts.has(startOf(word));
  }

  /** The last person one of whose name words agrees with `word` (a surname after "Mr.", "মিঃ", "ông"). */
  personByWord(word: string, exact = false): (EntityRef & { type: EntityType }) | null {
    if (exact) return this.wordIndex.get(word) ?? null;
    // The last of the RECENT_PEOPLE people with a name word w such that similarName(w, word):
    // w equal to the word, w a shorter prefix of it, or the word a shorter prefix of w.
    let k = this.lastWithWord.get(word) ?? -1;
    if (word.length >= 2) k = Math.max(k, this.lastWithPrefix.get(word) ?? -1);
    for (const p of prefixesOf(word)) k = Math.max(k, this.lastWithWord.get(p) ?? -1);
    return k >= 0 && k >= this.people.length - RECENT_PEOPLE ? this.people[k]!.ref : null;
  }

  personByWords(words: string[]): (EntityRef & { type: EntityType }) | null {
    for (let k = this.people.length - 1; k >= Math.max(0, this.people.length - RECENT_PEOPLE); k--) {
      const p = this.people[k]!;
      if (words.every((x) => p.words.some((w) => similarName(w, x)))) return p.ref;
    }
    return null;
  }

  lastPerson(): (EntityRef & { type: EntityType }) | null {
    return this.people.length ? this.people[this.people.length - 1]!.ref : null;
  }
}

/** A word's first two code units as one number (see Discourse.wordStarts). */
function startOf(w: string): number {
  return w.charCodeAt(0) * 0x10000 + w.charCodeAt(1);
}

/**
 * Memos for notePerson, which runs at every mention of a person: an article names the same people
 * again and again, and splitting the name and slicing the prefixes anew made fresh strings to hash
 * each time. Bounded like the other per-word memos (cleared when large).
 */
const nameWordMemo = new Map<string, string[]>();
function nameWords(name: string): string[] {
  let ws = nameWordMemo.get(name);
  if (!ws) {
    if (nameWordMemo.size > 100_000) nameWordMemo.clear();
    nameWordMemo.set(name, (ws = name.toLowerCase().split(/\s+/)));
  }
  return ws;
}
/** A name word's prefixes 1-3 code units shorter, of 2+ (see lastWithPrefix). */
const prefixMemo = new Map<string, string[]>();
function prefixesOf(w: string): string[] {
  let ps = prefixMemo.get(w);
  if (!ps) {
    ps = [];
    for (let cut = 1; cut <= 3 && w.length - cut >= 2; cut++) ps.push(w.slice(0, w.length - cut));
    if (prefixMemo.size > 100_000) prefixMemo.clear();
    prefixMemo.set(w, ps);
  }
  return ps;
}

/** Two name words agree when equal or when one is the other plus a short ending ("চো" / "চোয়ে", "Лавров" / "Лаврова"). */
function similarName(a: string, b: string): boolean {
  if (a === b) return true;
  const s = a.length <= b.length ? a : b, l = a.length <= b.length ? b : a;
  return s.length >= 2 && l.length - s.length <= 3 && l.startsWith(s);
}

interface Piece {
  tokStart: number;
  tokEnd: number;
  oblique: boolean;
  hit: GazHit | undefined;
  honorific: boolean;
  unknownName: boolean;
  /** An unknown name right after an "according to" marker ("nach Darstellung von Resqship"): a source, even as one word. */
  sourced: boolean;
  /** A single word recognised as a person named earlier in the article. */
  known: (EntityRef & { type: EntityType }) | undefined;
}

/**
 * A piece with every field present: pieces of four kinds made as four literals had four hidden
 * classes, and compose()'s reads of them were polymorphic.
 */
function piece(tokStart: number, tokEnd: number, oblique: boolean, hit: GazHit | undefined, honorific: boolean, unknownName: boolean, sourced: boolean, known: (EntityRef & { type: EntityType }) | undefined): Piece {
  return { tokStart, tokEnd, oblique, hit, honorific, unknownName, sourced, known };
}

/** Finds the actor and place mentions of one sentence, updating the discourse memory. */
export function findActors(text: string, tokens: Token[], s: Sentence, pack: LangPack, discourse: Discourse): ActorMention[] {
  const trie = gazTrie(pack);
  const words = wordTries(pack);
  const pieces: Piece[] = [];
  // The match at token `nextAt`, found by the look-ahead for an adjective inside a name (below): the
  // next token's own, unless a piece takes that token in.
  let nextAt = -1, next: PhraseMatch<GazHit> | null = null;
  for (let i = s.tokStart; i < s.tokEnd; ) {
    const t = tokens[i]!;
    if (t.kind !== "word") { i++; continue; }
    let m = nextAt === i ? next : trie.matchAt(tokens, i, s.tokEnd);
    // "le ministère russe de la Défense": an institution's name around a country adjective.
    let inside: ReturnType<typeof adjectiveInside> = null;
    if (pack.adjectiveInsideNames) {
      nextAt = i + 1;
      next = trie.matchAt(tokens, i + 1, s.tokEnd);
      inside = adjectiveInside(trie, tokens, i, s.tokEnd, m ? m.tokEnd : i, next);
    }
    if (inside) {
      pieces.push(piece(i, i + 1, inside.oblique, inside.inst, false, false, false, undefined));
      pieces.push(piece(i + 1, inside.end, false, inside.adj, false, false, false, undefined));
      i = inside.end;
      continue;
    }
    const h = words.honorific.matchAt(tokens, i, s.tokEnd);
    const values = m ? exactHits(m.values, tokens, i) : NO_HITS;
    if (m && values.length && (!h || m.tokEnd >= h.tokEnd)) {
      // Prefer entities that are not plain institutions when several share an alias.
      const hit = pickHit(values);
      pieces.push(piece(i, m.tokEnd, m.oblique, hit, false, false, false, undefined));
      i = m.tokEnd;
      continue;
    }
    if (h) {
      pieces.push(piece(i, h.tokEnd, false, undefined, true, false, false, undefined));
      i = h.tokEnd;
      continue;
    }
    // Unknown names: in cased scripts, a run of capitalised words that is not sentence-initial,
    // or that follows an honorific/office (handled in composition by letting a single word in).
    // Function words ("Theo", "According", "In") are capitalised at a sentence start but name nothing.
    // A number word in capitals opening a sentence ("Quarante-deux migrants …") is no name.
    // Where nouns are capitalised, a word of the pack's vocabulary ("Drohnen", "Behörden") is a noun and joins no name.
    // So is a capitalised word right after an article ("des Qualms Fenster"): people's names take none.
    if (opensCapital(t.text) && !words.stop.has(t.norm) && !words.func.matchAt(tokens, i, s.tokEnd) && !isNumberWord(words.numberWords, pack, t.norm) && !(words.vocab && isNoun(words, tokens, i, i))) {
      let j = i + 1;
      while (j < s.tokEnd && !trie.matchAt(tokens, j, s.tokEnd) && !(words.vocab && isNoun(words, tokens, j, i)) && ((tokens[j]!.kind === "word" && opensCapital(tokens[j]!.text) && tokens[j]!.glued === false) || (tokens[j]!.text === "-" && tokens[j]!.glued && j + 1 < s.tokEnd && tokens[j + 1]!.glued && tokens[j + 1]!.kind === "word"))) {
        j += tokens[j]!.text === "-" ? 2 : 1;
      }
      pieces.push(piece(i, j, false, undefined, false, true, afterAccording(tokens, i, s.tokStart, words.according), undefined));
      i = j;
      continue;
    }
    // A word that is a name word of a person met earlier ("চোয়ে" after "চোয়ে সন-হুই"): that person.
    // Only uncased words (Bengali, Hindi) are looked up: whether a word is cased is read from its
    // letters, before the stop words' Set (a look-up per word of every cased text).
    // Its stem is a prefix of it: a word that opens as no name word does (most) is passed by before
    // the stop words' Set and the stripping.
    if (t.norm.length >= 3 && discourse.people.length && !isCasedWord(t.text) && discourse.mayBeNameWord(t.norm) && !words.stop.has(t.norm)) {
      const stem = stripInflection(t.norm, pack);
      const known = discourse.personByWord(stem, true);
      if (known) { pieces.push(piece(i, i + 1, stem !== t.norm && !nominativeEnding(t.norm, pack), undefined, false, false, false, known)); i++; continue; }
    }
    i++;
  }
  return compose(text, tokens, s, pieces, pack, discourse);
}

/**
 * Where nouns are capitalised (words.vocab set), whether token k is a noun of the vocabulary, a stop
 * word, or (k = at, where a name would start) a word after a determiner (see findActors). A function
 * of its own: a closure made per sentence was one more allocation for every sentence of every text.
 */
function isNoun(words: { vocab: PhraseTrie<string> | null; stop: Set<string>; det: Set<string> }, tokens: Token[], k: number, at: number): boolean {
  return !!words.vocab!.matchAt(tokens, k, k + 1) || words.stop.has(tokens[k]!.norm) || (k === at && words.det.has(tokens[k - 1]?.norm ?? ""));
}

/** Names an object inherits (Object.prototype's): a look-up of the number words by such a word finds them. */
const INHERITED = new Set(Object.getOwnPropertyNames(Object.prototype));

/**
 * Whether `pack.numbers.words[norm] !== undefined`, from a Set of its keys: a property look-up by a
 * token's word (a string the engine has not interned) searched the runtime's table of all interned
 * strings for every capitalised word. A word naming an inherited property is asked of the object itself.
 */
function isNumberWord(numberWords: Set<string>, pack: LangPack, norm: string): boolean {
  return numberWords.has(norm) || (INHERITED.has(norm) && pack.numbers.words[norm] !== undefined);
}

/**
 * The hits of an alias match at token i that hold with the capitals written ("US", not "us"). A
 * function of its own: a closure over the token loop's index would cost an allocation per token.
 */
function exactHits(values: GazHit[], tokens: Token[], i: number): GazHit[] {
  // Plain loops: nearly every alias has no exact form, and the answer is then the values as they are.
  let any = false;
  for (let k = 0; k < values.length; k++) if (values[k]!.exact) { any = true; break; }
  return any ? values.filter((v) => !v.exact || v.exact.every((w, k) => tokens[i + k]?.text.startsWith(w))) : values;
}

/**
 * An institution whose name has a country adjective after its first word ("ministère | russe | de la
 * Défense"): the institution hit and the adjective hit, the adjective's piece running to the name's
 * end. Only when the name so read is longer than what matches at i without the adjective. `a` is
 * the match at i + 1 (findActors keeps it for its next token).
 */
function adjectiveInside(trie: PhraseTrie<GazHit>, tokens: Token[], i: number, limit: number, plainEnd: number, a: PhraseMatch<GazHit> | null): { inst: GazHit; adj: GazHit; end: number; oblique: boolean } | null {
  const adj = a?.values.find((v) => v.as === "adjective" && v.entity.type === "country");
  if (!a || !adj) return null;
  const rest = [tokens[i]!, ...tokens.slice(a.tokEnd, Math.min(limit, a.tokEnd + 8))];
  const m = trie.matchAt(rest, 0);
  if (!m || m.tokEnd < 2) return null;
  const inst = m.values.find((v) => v.entity.type === "institution");
  const end = a.tokEnd + m.tokEnd - 1;
  if (!inst || end <= plainEnd) return null;
  return { inst, adj, end, oblique: m.oblique };
}

/**
 * composite(), remembered per institution and target: the gazetteer is loaded once and never
 * changes, and the same bodies are composed sentence after sentence (filling an id and a name
 * template each time). Callers only read the result.
 */
const composites = new WeakMap<Entity, Map<Entity, { id: string; name: string } | null>>();
function compositeOf(inst: Entity, target: Entity, byId: Map<string, Entity>): { id: string; name: string } | null {
  let m = composites.get(inst);
  if (!m) composites.set(inst, (m = new Map()));
  let c = m.get(target);
  if (c === undefined) m.set(target, (c = composite(inst, target, byId)));
  return c;
}

function pickHit(values: GazHit[]): GazHit {
  // The first person, else the first name that is no institution, else the first hit (one pass, no closures).
  let name: GazHit | undefined;
  for (let k = 0; k < values.length; k++) {
    const v = values[k]!;
    if (v.entity.type === "person") return v;
    if (!name && v.as === "name" && v.entity.type !== "institution") name = v;
  }
  return name ?? values[0]!;
}

const isInstitution = (p: Piece) => p.hit && p.hit.entity.type === "institution";
const isPerson = (p: Piece) => p.hit && p.hit.entity.type === "person";

/** Entity types that join a run of pieces, and those that join one next to an institution (sets made once, not per piece). */
const RUN_TYPES = new Set(["country", "institution", "person"]);
const INST_TARGET_TYPES = new Set(["place", "org"]);

/**
 * Whether piece b follows piece a, directly or after an "of" word ("Ministry of Defense"). A function
 * of its own, as compose's closures were made anew for every sentence.
 */
function adjacent(a: Piece, b: Piece, tokens: Token[], of: PhraseTrie<string>): boolean {
  if (a.tokEnd === b.tokStart) return true;
  const m = of.matchAt(tokens, a.tokEnd, b.tokStart);
  return !!m && m.tokEnd === b.tokStart;
}

/** compose()'s mask of the tokens its mentions cover. */
const coveredFor = reusableMask();

function compose(text: string, tokens: Token[], s: Sentence, pieces: Piece[], pack: LangPack, discourse: Discourse): ActorMention[] {
  const gaz = loadGazetteer();
  const words = wordTries(pack);
  const out: ActorMention[] = [];
  let k = 0;
  while (k < pieces.length) {
    // Gather a run of adjacent pieces: [honorific] [country|institution]* [person|unknown name].
    let end = k + 1;
    while (end < pieces.length && adjacent(pieces[end - 1]!, pieces[end]!, tokens, words.of)) {
      const p = pieces[end]!;
      const prev = pieces[end - 1]!;
      // Two plain names side by side are two mentions ("Russia Ukraine"); a name closes a run.
      if ((isPerson(prev) || prev.unknownName) && !(p.hit?.entity.type === "country" && prev.unknownName)) break;
      if (prev.hit?.entity.type === "country" && p.hit?.entity.type === "country") break;
      // An outlet is never part of a body's name ("à Reuters l'armée israélienne").
      if (prev.hit?.entity.type === "outlet") break;
      const instNext = isInstitution(prev) || (end + 1 < pieces.length && isInstitution(pieces[end + 1]!) && adjacent(p, pieces[end + 1]!, tokens, words.of));
      if (p.hit && !RUN_TYPES.has(p.hit.entity.type) && !(instNext && INST_TARGET_TYPES.has(p.hit.entity.type))) break;
      end++;
    }
    resolveRun(text, tokens, pieces, k, end, pack, discourse, gaz.byId, out);
    k = end;
  }
  // Person anaphora ("the diplomat", "কূটনীতিক", "nhà ngoại giao") resolve to the last person named.
  const covered = coveredFor(s.tokEnd - s.tokStart);
  for (const m of out) for (let k = m.tokStart; k < m.tokEnd; k++) if (k >= s.tokStart && k < s.tokEnd) covered[k - s.tokStart] = 1;
  for (let i = s.tokStart; i < s.tokEnd; i++) {
    if (covered[i - s.tokStart] || tokens[i]!.kind !== "word") continue;
    const a = words.anaphora.matchAt(tokens, i, s.tokEnd);
    if (!a) continue;
    // A title as anaphor ("मंत्री ने बताया", "the minister said") means the last person introduced with
    // that title, not merely the last person named (an officer may have spoken in between).
    const title = tokens[a.tokEnd - 1]!.norm;
    const person = (title.length >= 3 ? discourse.personByWord(title) : null) ?? discourse.lastPerson();
    if (person) {
      const surface = text.slice(tokens[i]!.start, tokens[a.tokEnd - 1]!.end);
      out.push({ kind: "actor", start: tokens[i]!.start, end: tokens[a.tokEnd - 1]!.end, tokStart: i, tokEnd: a.tokEnd, text: surface,
        entity: { ...person, surface }, oblique: a.oblique, why: `coreference: "${surface}" refers to ${person.name}, the last person named` });
    }
    i = a.tokEnd - 1;
  }
  // Sorted by start (stable); mostly in order already, and then left as it is.
  for (let k = 1; k < out.length; k++) if (out[k - 1]!.tokStart > out[k]!.tokStart) { out.sort((x, y) => x.tokStart - y.tokStart); break; }
  // A bare institution ("заявили в Воздушных силах", "the ministry said") belongs to the country it
  // was composed with earlier in the article, else to the only country named in its sentence, else
  // to the pack's home country.
  // The countries named in the sentence, gathered at its first bare institution (most sentences have none).
  let sentenceCountries: Set<string> | undefined;
  for (let k = 0; k < out.length; k++) {
    const m = out[k]!;
    if (!m.entity.id.startsWith("inst:")) continue;
    const inst = gaz.byId.get(m.entity.id);
    if (!inst) continue;
    if (!sentenceCountries) {
      sentenceCountries = new Set();
      for (const p of pieces) if (p.hit?.entity.type === "country") sentenceCountries.add(p.hit.entity.id);
    }
    const made = withItsCountry(tokens, s, m, inst, sentenceCountries, pack, discourse);
    if (made) out[k] = made;
  }
  // A name governed by a preposition ("in Ukraine", "của Nga") or followed by a postposition
  // ("রাশিয়ার বিরুদ্ধে") is not a subject.
  for (const m of out) {
    let b = m.tokStart - 1;
    if (b > s.tokStart && words.stop.has(tokens[b]!.norm) && !words.pre.matchAt(tokens, b, b + 1)) b--;
    if (b >= s.tokStart && words.pre.matchAt(tokens, b, m.tokStart)) m.oblique = true;
    if (m.tokEnd < s.tokEnd && words.post.matchAt(tokens, m.tokEnd, s.tokEnd)) m.oblique = true;
  }
  for (const p of pieces) if (p.hit?.entity.type === "country") discourse.lastNamedCountry = p.hit.entity.id;
  return out;
}

/**
 * A bare institution of compose() with its country, or null when none composes (a function of its
 * own: its closures over a loop's variables made the loop allocate for every mention).
 */
function withItsCountry(tokens: Token[], s: Sentence, m: ActorMention, inst: Entity, sentenceCountries: Set<string>, pack: LangPack, discourse: Discourse): ActorMention | null {
  const gaz = loadGazetteer();
  const words = wordTries(pack);
  // "देश के गृह मंत्रालय", "the country's ministry": the country named last, before this sentence or in it.
  const before = m.tokStart - 1;
  const ofBefore = before > s.tokStart && words.of.matchAt(tokens, before, m.tokStart) ? before : m.tokStart;
  const anaphor = (discourse.lastNamedCountry || sentenceCountries.size) && [1, 2].some((w) => { const a = words.countryAnaphora.matchAt(tokens, ofBefore - w, ofBefore); return !!a && a.tokEnd === ofBefore; });
  const named = anaphor ? (sentenceCountries.size ? [...sentenceCountries].pop() : discourse.lastNamedCountry) : undefined;
  const countryId = named ?? discourse.institutionCountry.get(inst.id) ?? (sentenceCountries.size === 1 ? [...sentenceCountries][0] : undefined) ?? (pack.homeCountry ? `country:${pack.homeCountry}` : undefined) ?? discourse.lastCountry ?? undefined;
  const country = countryId ? gaz.byId.get(countryId) : undefined;
  const made = country ? compositeOf(inst, country, gaz.byId) : null;
  if (!made) return null;
  const holder = inst.kind === "office" ? discourse.officeHolders.get(made.id) ?? (() => { const h = officeHolder(made.id, discourse.published); return h ? refOf(h, m.text) : null; })() : null;
  const type: EntityType = holder ? holder.type : gaz.byId.get(made.id)?.type === "org" || inst.kind !== "office" ? "org" : "office";
  return { ...m, entity: holder ? { ...holder, surface: m.text } : { name: made.name, id: made.id, surface: m.text, type }, country: country!.id,
    why: `${m.why}; its country: ${country!.name} (${named ? "the country named last" : discourse.institutionCountry.get(inst.id) === countryId ? "named with it earlier" : sentenceCountries.size === 1 ? "the only country in the sentence" : pack.homeCountry ? "the language's home country" : "the country of the last body named"})` };
}

/** An actor mention over a run's span (built field by field: an object spread in the middle of a literal is a slow path of the engine). */
function actorAt(span: Pick<Mention, "start" | "end" | "tokStart" | "tokEnd" | "text">, entity: ActorMention["entity"], oblique: boolean, why: string): ActorMention {
  return { kind: "actor", start: span.start, end: span.end, tokStart: span.tokStart, tokEnd: span.tokEnd, text: span.text, entity, oblique, why };
}

/**
 * The mentions of the run pieces[from, to), pushed onto `out` (compose's list: no array per run). The
 * run is read in place, and what the rules ask of its pieces is gathered in one pass (this runs for
 * every piece of every sentence, and most runs are one piece).
 */
function resolveRun(text: string, tokens: Token[], pieces: Piece[], from: number, to: number, pack: LangPack, discourse: Discourse, byId: Map<string, Entity>, out: ActorMention[]): void {
  const first = pieces[from]!, last = pieces[to - 1]!;
  const runLength = to - from;
  // The first piece of each sort, whether every piece is known/honorific/institution, whether any is honorific.
  let knownPiece: Piece | undefined, countryPiece: Piece | undefined, instPiece: Piece | undefined, personPiece: Piece | undefined, unknown: Piece | undefined;
  let honorific = false, allKnownish = true;
  for (let q = from; q < to; q++) {
    const p = pieces[q]!;
    const type = p.hit ? p.hit.entity.type : undefined;
    if (p.known && !knownPiece) knownPiece = p;
    if (type === "country" && !countryPiece) countryPiece = p;
    if (type === "institution" && !instPiece) instPiece = p;
    if (type === "person" && !personPiece) personPiece = p;
    if (p.unknownName && !unknown) unknown = p;
    if (p.honorific) honorific = true;
    if (!(p.known || p.honorific || type === "institution")) allKnownish = false;
  }
  // A name word of a person met earlier, alone or after an honorific/title ("মিঃ লিন").
  if (knownPiece && allKnownish) {
    const sur = text.slice(tokens[first.tokStart]!.start, tokens[last.tokEnd - 1]!.end);
    out.push({ kind: "actor", start: tokens[first.tokStart]!.start, end: tokens[last.tokEnd - 1]!.end, tokStart: first.tokStart, tokEnd: last.tokEnd, text: sur,
      entity: { ...knownPiece.known!, surface: sur }, oblique: knownPiece.oblique, why: `coreference: "${sur}" is ${knownPiece.known!.name}, named earlier` });
    return;
  }
  const surface = text.slice(tokens[first.tokStart]!.start, tokens[last.tokEnd - 1]!.end);
  // Mentions are built field by field from this (an object spread in the middle of a literal is a slow path of the engine).
  const base = { start: tokens[first.tokStart]!.start, end: tokens[last.tokEnd - 1]!.end, tokStart: first.tokStart, tokEnd: last.tokEnd, text: surface };
  const country = countryPiece?.hit?.entity;
  // The head decides the case: the person if named, else the institution, else the last piece.
  const headPiece = personPiece ?? unknown ?? instPiece ?? last;
  const oblique = headPiece.oblique;

  // An institution (office preferred: people speak) composed with a country.
  let office: { id: string; name: string; kind: string } | null = null;
  if (instPiece) {
    const run = pieces.slice(from, to);
    const insts = run.filter(isInstitution).map((p) => p.hit!.entity);
    const head = insts.find((e) => e.kind === "office") ?? insts[insts.length - 1]!;
    // The target is a country ("Russian MoD"), or a place or body for offices scoped to them
    // ("Stavropol governor", "NATO Secretary General").
    const targets = [country, ...run.filter((p) => p.hit && (p.hit.entity.type === "place" || p.hit.entity.type === "org")).map((p) => p.hit!.entity)].filter((x): x is Entity => !!x);
    // A body of a country names that country for the institution next to it ("Воздушные силы ВСУ").
    for (const p of run) if (!country && p.hit && p.hit.entity !== head && p.hit.entity.country && p.hit.entity.type !== "institution") {
      const c = byId.get(p.hit.entity.country);
      if (c?.type === "country") targets.unshift(c);
    }
    // An institution of one country only names its country itself ("Ngoại trưởng Mỹ", "госсекретарь").
    if (!targets.length && head.countries?.length === 1) {
      const only = byId.get(`country:${head.countries[0]}`);
      if (only) targets.push(only);
    }
    let made: { id: string; name: string } | null = null;
    for (const target of targets) if ((made = compositeOf(head, target, byId))) { if (target.type === "country") { discourse.institutionCountry.set(head.id, target.id); discourse.lastCountry = target.id; } break; }
    const kind = byId.get(made?.id ?? "")?.type === "org" ? "org" : head.kind ?? "org";
    // Without a country the office is named by its plain English alias ("Governor", "Foreign Minister").
    office = made ? { id: made.id, name: made.name, kind } : { id: head.id, name: head.aliases.en?.[0] ?? head.name.replace(/\{[a-zA-Z]+\}\s*/g, "").trim(), kind: head.kind ?? "org" };
  }

  if (personPiece) {
    const e = personPiece.hit!.entity;
    const ref = refOf(e, surface);
    discourse.notePerson(ref, tokens, base.tokStart, base.tokEnd, office?.id);
    out.push(actorAt(base, ref, oblique, office ? `person: ${e.name} with title ${office.name}` : `gazetteer: ${e.name}`));
    return;
  }
  if (unknown) {
    // A surname after an honorific, or alone, refers to a person named earlier ("Mr. Blinken").
    const known = discourse.personByWord(tokens[unknown.tokEnd - 1]!.norm);
    if (known && (honorific || unknown.tokEnd - unknown.tokStart === 1)) {
      out.push(actorAt(base, { ...known, surface }, oblique, `coreference: "${surface}" is ${known.name}, named earlier`));
      return;
    }
  }
  if (unknown && unknown.sourced && runLength === 1) {
    // One capitalised word governed by "according to" names a source (a body, an outlet or a person): kept by its words.
    const nameSurface = text.slice(tokens[unknown.tokStart]!.start, tokens[unknown.tokEnd - 1]!.end);
    const ref = { name: nameSurface, id: `surface:${nameSurface.toLowerCase()}`, surface, type: "group" as const };
    out.push(actorAt(base, ref, oblique, `unknown name "${nameSurface}" after an "according to" marker`));
    return;
  }
  if (unknown && (honorific || office || unknown.tokEnd - unknown.tokStart >= 2 || !isSentenceInitial(tokens, unknown.tokStart))) {
    const nameSurface = text.slice(tokens[unknown.tokStart]!.start, tokens[unknown.tokEnd - 1]!.end);
    if (!honorific && !office && unknown.tokEnd - unknown.tokStart < 2) return;
    const ref = { name: nameSurface, id: `surface:${nameSurface.toLowerCase()}`, surface, type: "person" as const };
    discourse.notePerson(ref, tokens, unknown.tokStart, unknown.tokEnd, office?.id);
    out.push(actorAt(base, ref, oblique, `unknown name "${nameSurface}"${office ? ` with title ${office.name}` : honorific ? " after an honorific" : ""}`));
    return;
  }
  if ((honorific && !office && !country) || (office && office.kind === "office" && !country && runLength === 1)) {
    // An honorific followed by an uncased name (Bengali "মিঃ লিন"): the next word names a person met before.
    const next = tokens[last.tokEnd];
    // Only for scripts without capitals: in a cased script a lower-case word after "ông" is no name.
    const cased = next ? next.text.toLowerCase() !== next.text.toUpperCase() : false;
    if (next && next.kind === "word" && !(cased && !opensCapital(next.text))) {
      // The name: up to two words (or the pack's honorificNameWords) that are not function words or verbs.
      let j = last.tokEnd;
      const stop = wordTries(pack).stop;
      const verbs = speechVerbs(pack);
      const most = pack.honorificNameWords ?? 2;
      while (j < tokens.length && j < last.tokEnd + most && tokens[j]!.kind === "word" && !stop.has(tokens[j]!.norm) && !verbs.matchAt(tokens, j)) j++;
      // One word ("মিঃ লিন"): a person met before with that name word; two words: both must agree.
      const nameWords = tokens.slice(last.tokEnd, j).map((x) => stripInflection(x.norm, pack));
      const known = nameWords.length === 1 ? discourse.personByWord(nameWords[0]!) : nameWords.length === 2 ? discourse.personByWords(nameWords) : null;
      if (known) {
        const endTok = tokens[j - 1]!;
        const sur = text.slice(base.start, endTok.end);
        out.push({ kind: "actor", start: base.start, end: endTok.end, tokStart: base.tokStart, tokEnd: j, text: sur, entity: { ...known, surface: sur }, oblique: false, why: `coreference: "${sur}" is ${known.name}, named earlier` });
        return;
      }
      if (j > last.tokEnd) {
        const nameSurface = text.slice(tokens[last.tokEnd]!.start, tokens[j - 1]!.end);
        const ref = { name: nameSurface, id: `surface:${nameSurface.toLowerCase()}`, surface: text.slice(base.start, tokens[j - 1]!.end), type: "person" as const };
        // Noted with its title, as a gazetteer person is: "the minister" later refers back to this one.
        discourse.notePerson(ref, tokens, base.tokStart, j);
        out.push({ kind: "actor", start: base.start, end: tokens[j - 1]!.end, tokStart: base.tokStart, tokEnd: j, text: ref.surface, entity: ref, oblique: false, why: `unknown name "${nameSurface}" after an honorific` });
        return;
      }
    }
    // A bare honorific names no one; a bare office still names its holder (below).
    if (!office) return;
  }
  if (office) {
    const type: EntityType = office.kind === "office" ? "office" : "org";
    if (type === "office") {
      // An office alone: the person named with it earlier, else its holder at the article's date.
      const seen = discourse.officeHolders.get(office.id);
      const holder = seen ? null : officeHolder(office.id, discourse.published);
      const person = seen ?? (holder ? refOf(holder, surface) : null);
      if (person) { out.push(actorAt(base, { ...person, surface }, oblique, `office: ${office.name} is held by ${person.name}`)); return; }
    }
    out.push({ kind: "actor", start: base.start, end: base.end, tokStart: base.tokStart, tokEnd: base.tokEnd, text: base.text, entity: { name: office.name, id: office.id, surface, type }, oblique, country: country?.id, why: `composite: ${office.name}` });
    return;
  }
  // Plain entities: each piece on its own (a run of one, or pieces that did not compose).
  for (let q = from; q < to; q++) {
    const p = pieces[q]!;
    if (!p.hit) continue;
    if (p.hit.as === "adjective") continue; // "Ukrainian drones": an attribute, not an actor
    const e = p.hit.entity;
    const start = tokens[p.tokStart]!.start, end = tokens[p.tokEnd - 1]!.end;
    // A run of one piece has the run's surface.
    const sur = runLength === 1 ? surface : text.slice(start, end);
    const kind = e.type === "place" ? "place" : "actor";
    // A capital may stand for its government ("Moscow said", "В Сеуле заявили"): remember whose.
    const capitalOf = e.type === "place" ? capitals().get(e.id) : undefined;
    out.push({ kind, start, end, tokStart: p.tokStart, tokEnd: p.tokEnd, text: sur, entity: refOf(e, sur), oblique: p.oblique, country: e.type === "country" ? e.id : e.country, capitalOf: capitalOf ? refOf(capitalOf, sur) : undefined, why: `gazetteer: ${e.name}` });
  }
}

/** Whether an "according to" marker ends right before token i ("nach Darstellung von", "according to", "theo"). */
function afterAccording(tokens: Token[], i: number, floor: number, according: PhraseTrie<string>): boolean {
  for (let k = Math.max(floor, i - 5); k < i; k++) { const m = according.matchAt(tokens, k, i); if (m && m.tokEnd === i) return true; }
  return false;
}

/** Characters after which a word opens a sentence or a quotation (all in the BMP: one code unit each). */
const OPENS_AFTER = new Set(".!?।\"“”«»:\n");

/** Whether token i follows one holding such a character (a punctuation token, mostly of one character). */
function isSentenceInitial(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev) return true;
  for (let k = 0; k < prev.text.length; k++) if (OPENS_AFTER.has(prev.text[k]!)) return true;
  return false;
}

/** Removes one case ending (longest first) for comparing a word with names seen before. */
function nominativeEnding(word: string, pack: LangPack): boolean {
  return (pack.inflection.nominativeSuffixes ?? []).some((x) => word.endsWith(x.normalize("NFC")));
}

/**
 * The pack's case endings, longest first, grouped by their last code unit: only the endings that
 * end as a word does can be its ending, and the first of that group that fits is the first of the
 * whole list that fits (the grouping keeps the order). A Bengali pack lists dozens of endings and
 * the uncased words of every sentence are stripped: trying them all was ~5% of a Bengali article.
 */
const suffixesByLast = perPack((pack: LangPack) => {
  const sorted = [...new Set(pack.inflection.suffixes.map((x) => x.normalize("NFC")))].sort((a, b) => b.length - a.length);
  const byLast = new Map<number, string[]>();
  for (const sn of sorted) {
    // An empty ending would strip nothing: the word comes back as it is, as when none fits.
    if (!sn) continue;
    const last = sn.charCodeAt(sn.length - 1);
    let g = byLast.get(last);
    if (!g) byLast.set(last, (g = []));
    g.push(sn);
  }
  return byLast;
});

/** Removes the longest case ending the pack knows, keeping the minimum stem. */
function stripInflection(word: string, pack: LangPack): string {
  const group = suffixesByLast(pack).get(word.charCodeAt(word.length - 1));
  if (group) for (const sn of group) if (word.length - sn.length >= pack.inflection.minStem && word.endsWith(sn)) return word.slice(0, word.length - sn.length);
  return word;
}
