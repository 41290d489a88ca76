// Speakers the gazetteer does not know: a descriptive noun phrase whose head is a speaking noun
// ("the coastguard said", "the country's disaster agency said", "according to rescue workers",
// "спасенные рассказали", "по данным спасателей") or an unknown acronym ("The BNGRC said"). Such
// a phrase is a claimant kept by its words: name = the phrase without its leading determiners,
// id = "surface:<words>". The phrase is found as an actor mention, so that attribution treats it
// like any other actor (subject case, inversion, "according to", a source an outlet cites).
import type { Sentence, Token } from "../types.js";
import type { LangPack } from "../lang/types.js";
import { perPack, phraseSet, type PhraseTrie } from "./phrases.js";
import { isAcronym, normWord, opensCapital } from "./tokenize.js";
import type { ActorMention, Discourse } from "./mentions.js";

/** How many words a descriptive phrase may take besides its head. */
const MODIFIERS = 3;

const lex = perPack((pack: LangPack) => ({
  heads: phraseSet(pack.speakerNouns ?? [], pack.inflection),
  persons: phraseSet(pack.speakerPersons ?? [], pack.inflection),
  // Function words end a complement after the head ("quân đội nước này đã …" stops at "đã").
  function: new Set(pack.nameStopWords.map(normWord)),
  // Words that cannot stand inside the phrase: they open another phrase or a clause.
  stop: phraseSet([...pack.prepositions, ...pack.attribution.conjunctions, ...pack.attribution.complementizers, ...pack.attribution.accordingBefore,
    ...pack.attribution.conditionalWords, ...Object.keys(pack.attribution.verbs), ...pack.attribution.passiveMarkers,
    // A postposition or an "according to" marker after the phrase closes it ("der Wahlkommission zufolge").
    ...pack.attribution.accordingAfter, ...pack.postpositions]),
  pre: phraseSet(pack.prepositions),
  post: phraseSet(pack.postpositions),
  determiners: new Set((pack.determiners ?? []).map(normWord)),
  closers: new Set((pack.speakerClosers ?? []).map(normWord)),
  // The head words as listed are the subject forms; any other form a paradigm made is a case form.
  nominative: new Set((pack.speakerNouns ?? []).map((x) => normWord(x).split(/\s+/).pop()!)),
  items: phraseSet(Object.keys(pack.items), pack.inflection),
  roles: phraseSet(Object.keys(pack.roles), pack.inflection),
  outlets: phraseSet(pack.outletNouns ?? [], pack.inflection),
  of: phraseSet(pack.ofWords),
}));


/**
 * The three token masks of speakerMentions, reused sentence after sentence (three typed arrays per
 * sentence were a share of the stage's time): cleared up to and including the sentence's length,
 * since the look-ahead may read the entry just past its last token, which a fresh array of the
 * sentence's length answered with undefined (falsy) and a cleared one answers with 0.
 */
let maskBuf = { known: new Uint8Array(256), mine: new Uint8Array(256), grammar: new Uint8Array(256) };
function masksFor(n: number): { known: Uint8Array; mine: Uint8Array; grammar: Uint8Array } {
  if (maskBuf.known.length < n + 1) maskBuf = { known: new Uint8Array(2 * (n + 1)), mine: new Uint8Array(2 * (n + 1)), grammar: new Uint8Array(2 * (n + 1)) };
  maskBuf.known.fill(0, 0, n + 1);
  maskBuf.mine.fill(0, 0, n + 1);
  maskBuf.grammar.fill(0, 0, n + 1);
  return maskBuf;
}

/**
 * Actor mentions for the speaking noun phrases and unknown acronyms of one sentence that no
 * gazetteer mention covers. Each phrase takes up to three plain words before its head (adjectives,
 * a possessor, a determiner) and, in head-first languages, the words after it up to the next
 * boundary (genitive complements: "сотрудники береговой охраны"), never across punctuation or a
 * function word.
 */
export function speakerMentions(text: string, tokens: Token[], s: Sentence, actors: ActorMention[], pack: LangPack): ActorMention[] {
  const t = lex(pack);
  if (!pack.speakerNouns) return [];
  // Most sentences have no outlet noun, speaking noun or acronym: one pass of bit tests finds the
  // first token where each loop below can find one (before it, both loops pass every token by), and
  // a sentence with none is done without the masks and closures.
  const { outletFrom, headFrom } = firstCandidates(tokens, s, t.outlets, t.heads);
  if (outletFrom < 0 && headFrom < 0) return [];
  // Token masks keep this linear in the sentence: which tokens a known actor or a found speaker covers.
  const { known, mine, grammar } = masksFor(s.tokEnd - s.tokStart);
  for (const m of actors) for (let k = Math.max(m.tokStart, s.tokStart); k < Math.min(m.tokEnd, s.tokEnd); k++) known[k - s.tokStart] = 1;
  const any = (mask: Uint8Array, a: number, b: number) => { for (let k = Math.max(a, s.tokStart); k < Math.min(b, s.tokEnd); k++) if (mask[k - s.tokStart]) return true; return false; };
  const covered = (a: number, b: number) => any(known, a, b);
  const out: ActorMention[] = [];
  const push = (m: ActorMention) => { out.push(m); for (let k = m.tokStart; k < m.tokEnd; k++) mine[k - s.tokStart] = 1; };
  // Tokens inside a grammar phrase ("по информации", "according to") never join a speaker's phrase.
  // The grammar phrases are found at the first question, from the sentence's start as always (the
  // same non-overlapping matches): only a sentence with a speaking noun or an acronym asks, and most
  // have none, where a scan of every sentence was a tenth of this stage.
  let grammarFound = false;
  const isGrammar = (k: number) => {
    if (!grammarFound) {
      grammarFound = true;
      t.stop.eachMatch(tokens, s.tokStart, s.tokEnd, (m) => { for (let q = m.tokStart; q < m.tokEnd; q++) grammar[q - s.tokStart] = 1; });
    }
    return grammar[k - s.tokStart] === 1;
  };
  // "the Italian news agency ANSA", "газета Ekathimerini", "издание FlashSiberia": a name right after an
  // outlet noun is an outlet, whether the gazetteer knows it (left alone) or not (retyped or made here).
  if (outletFrom >= 0) for (let i = outletFrom; i < s.tokEnd; i++) {
    const o = t.outlets.matchAt(tokens, i, s.tokEnd);
    if (!o) continue;
    // Inside a known name ("the Telegram channel Baza" is one gazetteer alias): nothing to add.
    if (covered(i, o.tokEnd)) { i = o.tokEnd - 1; continue; }
    const named = known[o.tokEnd - s.tokStart] ? startingAt(actors, o.tokEnd) : undefined;
    if (named) {
      if (named.entity.id.startsWith("surface:")) {
        named.entity = { ...named.entity, type: "outlet" };
        named.why = `${named.why}; an outlet: named after "${text.slice(tokens[i]!.start, tokens[o.tokEnd - 1]!.end)}"`;
      }
      i = o.tokEnd - 1;
      continue;
    }
    let j = o.tokEnd;
    while (j < s.tokEnd && j - o.tokEnd < 4 && tokens[j]!.kind === "word" && opensCapital(tokens[j]!.text) && !covered(j, j + 1)) j++;
    if (j === o.tokEnd) continue;
    const name = text.slice(tokens[o.tokEnd]!.start, tokens[j - 1]!.end);
    push({ kind: "actor", start: tokens[o.tokEnd]!.start, end: tokens[j - 1]!.end, tokStart: o.tokEnd, tokEnd: j, text: name,
      entity: { name, id: `surface:${name.toLowerCase()}`, surface: name, type: "outlet" }, oblique: false,
      why: `outlet: "${name}" named after "${text.slice(tokens[i]!.start, tokens[o.tokEnd - 1]!.end)}"` });
    i = j - 1;
  }
  const taken = (a: number, b: number) => covered(a, b) || any(mine, a, b);
  if (headFrom >= 0) for (let i = headFrom; i < s.tokEnd; i++) {
    const tok = tokens[i]!;
    if (tok.kind !== "word") continue;
    const h = t.heads.matchAt(tokens, i, s.tokEnd);
    const acronym = !h && opensCapital(tok.text) && isAcronym(tok.text) && !t.items.matchAt(tokens, i, s.tokEnd) && !isDatelineWord(tokens, i, s);
    if (!h && !acronym) continue;
    const headEnd = h ? h.tokEnd : i + 1;
    // A speaking noun right after a number is counted, not speaking ("20 пассажиров", "300 firefighters").
    if (tokens[i - 1]?.kind === "number") { i = headEnd - 1; continue; }
    // The head of "the news agency ANSA" is the outlet named after it.
    if (taken(i, headEnd) || taken(headEnd, headEnd + 1)) { i = headEnd - 1; continue; }
    // Modifiers before the head: plain words, not another phrase's words, not a number.
    let a = i;
    while (a > s.tokStart && i - a < MODIFIERS) {
      const p = tokens[a - 1]!;
      // A name takes no modifiers, only a determiner ("The BNGRC").
      if (p.kind !== "word" || ((acronym || pack.speakerModifiersBefore === false) && !t.determiners.has(p.norm)) || isGrammar(a - 1) || taken(a - 1, a) || t.heads.matchAt(tokens, a - 1, a)) break;
      a--;
      // A determiner opens the noun phrase: a word before it belongs to the clause ("brachte die Küstenwache").
      if (t.determiners.has(p.norm)) break;
    }
    let b = headEnd;
    if (pack.speakerComplements) {
      // Head-first languages: the genitive complement after the head ("источник в силовых структурах" stops at "в").
      while (b < s.tokEnd && b - headEnd < MODIFIERS && tokens[b]!.kind === "word" && !t.heads.matchAt(tokens, b, b + 1)) {
        // An unknown name after the head is part of it ("UBND xã Tân Lập"): take it whole and stop.
        // So is the place whose body it is ("Công an TP Hà Nội", "UBND tỉnh Quảng Nam").
        const name = known[b - s.tokStart] ? nameOrPlaceAt(actors, b) : undefined;
        if (name) { b = name.tokEnd; break; }
        // So is a place or name after an "of" word ("la préfecture du Var", "la alcaldía de Valencia").
        const of = t.of.matchAt(tokens, b, s.tokEnd);
        const owned = of ? nameOrPlaceAt(actors, of.tokEnd) : undefined;
        if (owned) { b = owned.tokEnd; break; }
        // A capitalised name the gazetteer does not know ("du Var", "de Calais"): the words in capitals.
        if (of && opensCapital(tokens[of.tokEnd]?.text ?? "") && tokens[of.tokEnd]!.kind === "word" && !covered(of.tokEnd, of.tokEnd + 1)) {
          b = of.tokEnd + 1;
          while (b < s.tokEnd && b - headEnd < MODIFIERS + 3 && tokens[b]!.kind === "word" && opensCapital(tokens[b]!.text) && !covered(b, b + 1)) b++;
          break;
        }
        if (taken(b, b + 1)) break;
        // A demonstrative closes the phrase and belongs to it ("quân đội nước này").
        if (t.closers.has(tokens[b]!.norm)) { b++; break; }
        if (isGrammar(b) || t.roles.matchAt(tokens, b, s.tokEnd) || taken(b, b + 1) || t.stop.matchAt(tokens, b, b + 1) || t.function.has(tokens[b]!.norm)) break;
        b++;
      }
    }
    // A possessor before the phrase belongs to its name ("Ukraine's grid operator", "the country's disaster agency").
    const owner = a > s.tokStart && known[a - 1 - s.tokStart] ? possessorBefore(actors, tokens, a) : undefined;
    if (owner) a = owner.tokStart;
    // An unknown acronym right before the phrase names it ("The CMRS cyclone centre"): one speaker.
    const prevOut = out[out.length - 1];
    if (!acronym && prevOut && prevOut.entity.type === "group" && prevOut.tokEnd === a && prevOut.why.startsWith("speaker: unknown acronym")) {
      out.pop();
      for (let k = prevOut.tokStart; k < prevOut.tokEnd; k++) mine[k - s.tokStart] = 0;
      a = prevOut.tokStart;
    }
    // The name drops leading determiners ("the", "its"); the surface keeps them.
    let n = a;
    while (n < i && t.determiners.has(tokens[n]!.norm)) n++;
    const surface = text.slice(tokens[a]!.start, tokens[b - 1]!.end);
    // A head in a case form is named by its listed base form ("по оценке организаторов" -> "организаторы"):
    // its modifiers agree with it and would be in that case too, so the base head alone names it.
    // A form that is itself listed ("behörden" beside "behörde") is no case form of another head.
    const seen = tokens.slice(i, headEnd).map((x) => x.norm).join(" ");
    const inflected = !!h && !listedAs(h.values, seen);
    // In a head-final language only the head takes the case ("স্বাস্থ্য অধিদপ্তরের"): its modifiers stay in the name.
    const name = !inflected ? text.slice(tokens[n]!.start, tokens[b - 1]!.end)
      : pack.inflection.caseOn === "last" && n < i ? `${text.slice(tokens[n]!.start, tokens[i - 1]!.end)} ${h!.values[0]!}` : h!.values[0]!;
    // Governed by a preposition ("to the coastguard", "властям" is left to the case forms): not a subject.
    // A form the inflection marks as a subject form (bn "প্রত্যক্ষদর্শীই", "কর্মকর্তারা") is no case form.
    const oblique = (a > s.tokStart && !!t.pre.matchAt(tokens, a - 1, a)) || (!!h && h.oblique && !t.nominative.has(tokens[headEnd - 1]!.norm)) ||
      (b < s.tokEnd && !!t.post.matchAt(tokens, b, s.tokEnd));
    push({
      kind: "actor", start: tokens[a]!.start, end: tokens[b - 1]!.end, tokStart: a, tokEnd: b, text: surface,
      entity: { name, id: `surface:${name.toLowerCase()}`, surface, type: "group" }, oblique,
      why: acronym ? `speaker: unknown acronym "${name}"` : `speaker: the noun phrase "${surface}" (head "${text.slice(tokens[i]!.start, tokens[headEnd - 1]!.end)}")`,
    });
    i = b - 1;
  }
  return out;
}

/**
 * The first token of the sentence where an outlet noun may open (-1: none), and the first word where
 * a speaking noun may open or that may be an acronym (-1: none): the first tokens where
 * speakerMentions' two loops can find something (bit tests have no false negatives; an acronym
 * there needs a capital first and isAcronym, which are asked again there).
 */
function firstCandidates(tokens: Token[], s: Sentence, outlets: PhraseTrie<string>, heads: PhraseTrie<string>): { outletFrom: number; headFrom: number } {
  let outletFrom = -1, headFrom = -1;
  for (let i = s.tokStart; i < s.tokEnd; i++) {
    const tok = tokens[i]!;
    if (outletFrom < 0 && outlets.mayOpenAt(tok)) outletFrom = i;
    if (headFrom < 0 && tok.kind === "word" && (heads.mayOpenAt(tok) || (opensCapital(tok.text) && isAcronym(tok.text)))) headFrom = i;
    if (outletFrom >= 0 && headFrom >= 0) break;
  }
  return { outletFrom, headFrom };
}

// The look-ups of speakerMentions' token loops, as functions of their own: a closure over a loop's
// variables would make the loop allocate on every token.
/** The actor starting at token k. */
function startingAt(actors: ActorMention[], k: number): ActorMention | undefined {
  return actors.find((m) => m.tokStart === k);
}

/** An unknown person's name or a place starting at token k. */
function nameOrPlaceAt(actors: ActorMention[], k: number): ActorMention | undefined {
  return actors.find((m) => m.tokStart === k && ((m.entity.id.startsWith("surface:") && m.entity.type === "person") || m.kind === "place"));
}

/** A possessor ("Ukraine's") ending right before token a. */
function possessorBefore(actors: ActorMention[], tokens: Token[], a: number): ActorMention | undefined {
  return actors.find((m) => m.tokEnd === a && m.oblique && m.kind === "actor" && /['\u2019]s?$/u.test(tokens[m.tokEnd - 1]!.text));
}

/** Whether a head's phrases list the words as seen (then they are no case form of another head). */
function listedAs(values: string[], seen: string): boolean {
  return values.some((v) => normWord(v) === seen);
}

/** An all-capitals word opening a dateline ("LAMPEDUSA, Italy —", "KYIV (Reuters) -") names a place, not a speaker. */
function isDatelineWord(tokens: Token[], i: number, s: Sentence): boolean {
  const next = tokens[i + 1];
  return i === s.tokStart && !!next && (next.text === "," || next.text === "(");
}

/**
 * The actors of one sentence with its descriptive speakers added. A speaker named by a person noun
 * ("ওই পুরুষ প্রত্যক্ষদর্শী", "the witness"), or a gazetteer group named by one ("প্রত্যক্ষদর্শীরা"),
 * is remembered as a person, so that "he"/"তিনি"/"ông" later refers back to it.
 */
export function withSpeakers(text: string, tokens: Token[], s: Sentence, actors: ActorMention[], pack: LangPack, discourse: Discourse): ActorMention[] {
  const speakers = speakerMentions(text, tokens, s, actors, pack);
  // Unknown names a speaker phrase took in are no speakers of their own.
  const inside = (m: ActorMention) => speakers.some((x) => x.tokStart <= m.tokStart && m.tokEnd <= x.tokEnd);
  // A place inside a speaker's phrase still says where; it is no speaker (nor its capital's government).
  const kept = speakers.length ? actors.filter((m) => !(m.entity.id.startsWith("surface:") && inside(m))).map((m) => m.kind === "place" && inside(m) ? { ...m, oblique: true } : m) : actors;
  const all = speakers.length ? [...kept, ...speakers].sort((a, b) => a.tokStart - b.tokStart) : actors;
  const t = lex(pack);
  if (t.persons.size) for (const m of all) {
    if (m.kind !== "actor" || (m.entity.type !== "group" && !m.entity.id.startsWith("surface:")) || m.entity.type === "outlet") continue;
    if (t.persons.firstIn(tokens, m.tokStart, m.tokEnd)) discourse.notePerson(m.entity, tokens, m.tokStart, m.tokEnd);
  }
  return all;
}
