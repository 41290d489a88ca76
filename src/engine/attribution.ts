// Attribution: who says what in a sentence. A speech or report verb opens a frame; its claimant
// is the nearest actor before it in the same clause that is in subject case (not genitive,
// locative or possessive: "Ukraine's call", "রাশিয়ার বিরুদ্ধে"), else an actor right after it
// (quote-final inversion, Russian "заявил Лавров"), else, after "but"/"and", the claimant of the
// frame before (ellipsis: "denied …, but said …"). A later verb inside the reported content of an
// earlier one ("Choe noted that Kim confirmed …") is reported speech, not a new frame.
// "According to X" gives an outlet as via, a person or body as claimant, anything else nothing.
import type { EntityRef, Sentence, Stance, Token } from "../types.js";
import type { AttributionVerb, LangPack } from "../lang/types.js";
import { PhraseTrie, perPack, phraseSet, type PhraseMatch } from "./phrases.js";
import { normWord } from "./tokenize.js";
import { because } from "./rules.js";
import type { ActorMention } from "./mentions.js";

export interface Frame {
  /** The speech verb (or "according to" marker) token range. */
  verbStart: number;
  verbEnd: number;
  verb: string;
  stance: Stance;
  claimant: EntityRef | null;
  claimantMention: ActorMention | null;
  via: EntityRef | null;
  /** Token range the frame covers in its sentence: evidence and the quantities it owns. */
  tokStart: number;
  tokEnd: number;
  why: string[];
  /** An "according to" source beside speech verbs: a claim only when it owns a number. */
  according?: boolean;
}

export interface According {
  tokStart: number;
  tokEnd: number;
  actor: ActorMention;
  isOutlet: boolean;
  marker: string;
  /** The source is a descriptive noun phrase or an unknown body, not a gazetteer entity. */
  generic?: boolean;
}

const BOUNDARY = new Set([",", ";", ":", "\"", "\u201c", "\u201d", "\u00ab", "\u00bb", "(", ")", "\u2014", "\u2013", "'"]);
const OPENERS = new Set(["\"", "\u201c", "\u00ab", "\u201e", "'", "\u2018"]);
const CLOSERS = new Set(["\"", "\u201d", "\u00bb", "'", "\u2019"]);
const ACTOR_TYPES = new Set(["person", "org", "office", "country", "group", "outlet"]);

/** Anaphors for the previous report ("об этом", "এ তথ্য"), shared by attribution and the claim builder. */
export const anaphoraTrie = perPack((pack: LangPack) => phraseSet(pack.anaphoricObjects));

const tries = perPack((pack: LangPack) => {
  const verbs = new PhraseTrie<AttributionVerb & { phrase: string }>(pack.inflection);
  for (const [k, v] of Object.entries(pack.attribution.verbs)) verbs.add(k, { ...v, phrase: k }, { inflect: "none" });
  return {
    verbs,
    before: phraseSet(pack.attribution.accordingBefore),
    after: phraseSet(pack.attribution.accordingAfter),
    comp: new Set(pack.attribution.complementizers.map(normWord)),
    conj: phraseSet(pack.attribution.conjunctions),
    and: new Set(pack.attribution.andWords.map(normWord)),
    passive: new Set(pack.attribution.passiveMarkers.map(normWord)),
    report: new Set(pack.attribution.reportVerbs.map(normWord)),
    source: phraseSet(pack.sourceNouns, pack.inflection),
    quot: new Set(pack.quotatives.map(normWord)),
    pre: phraseSet(pack.prepositions),
    anaphora: anaphoraTrie(pack),
    loc: new Set(pack.locativeSources.map(normWord)),
    topic: new Set((pack.topicMarkers ?? []).map(normWord)),
    det: new Set((pack.determiners ?? []).map(normWord)),
    of: new Set(pack.ofWords.map(normWord)),
    proposal: phraseSet(pack.proposalNouns ?? [], pack.inflection),
    stopWords: phraseSet([...pack.prepositions, ...Object.keys(pack.attribution.verbs)]),
    aside: phraseSet(pack.asideWords ?? []),
    day: dayTrie(pack),
  };
});

/**
 * The days an adjunct names (see adjuncts()): weekdays and relative days, each also after a
 * determiner ("el lunes", "ce matin"). A phrase's values say whether it is a bare day (true) or
 * only a determiner form (false); one phrase may be both.
 */
function dayTrie(pack: LangPack): PhraseTrie<boolean> {
  const t = new PhraseTrie<boolean>();
  for (const d of [...Object.keys(pack.dates.weekdays ?? {}), ...Object.keys(pack.dates.relative)]) {
    t.add(d, true, { inflect: "none" });
    for (const x of pack.determiners ?? []) t.add(`${x} ${d}`, false, { inflect: "none" });
  }
  return t;
}

/** A pack's discourse adverbs set off by commas ("however", "en cambio"). */
type AsideWords = ReturnType<typeof phraseSet>;

const isActor = (m: ActorMention) => m.kind === "actor" && ACTOR_TYPES.has(m.entity.type);

/** "According to X" and "X-এর মতে": the actor and whether it is an outlet (via) or a source (claimant). */
export function findAccording(tokens: Token[], s: Sentence, actors: ActorMention[], pack: LangPack): According[] {
  const t = tries(pack);
  const out: According[] = [];
  // Where actors start, made when a marker is first met (most sentences have none).
  let starts: Set<number> | undefined;
  // The per-token loop captures nothing in closures (a captured loop variable costs an allocation
  // per token): each marker found is read by a function of its own.
  for (let i = s.tokStart; i < s.tokEnd; i++) {
    const b = t.before.matchAt(tokens, i, s.tokEnd);
    if (b) {
      starts ??= new Set(actors.map((m) => m.tokStart));
      const a = sourceAfterMarker(tokens, s, actors, t, i, b.tokEnd, starts);
      if (a) out.push({ tokStart: i, tokEnd: a.tokEnd, actor: a, isOutlet: a.entity.type === "outlet", marker: b.values[0]!, generic: a.entity.id.startsWith("surface:") });
      i = b.tokEnd - 1;
      continue;
    }
    const f = t.after.matchAt(tokens, i, s.tokEnd);
    if (f) {
      const a = sourceBeforeMarker(tokens, s, actors, t, i);
      if (a) out.push({ tokStart: a.tokStart, tokEnd: f.tokEnd, actor: a, isOutlet: a.entity.type === "outlet", marker: f.values[0]!, generic: a.entity.id.startsWith("surface:") });
    }
  }
  return out;
}

/** The source after an "according to" marker at token i that ends before token `end` ("according to X"). */
function sourceAfterMarker(tokens: Token[], s: Sentence, actors: ActorMention[], t: ReturnType<typeof tries>, i: number, end: number, starts: Set<number>): ActorMention | undefined {
  // The actor follows at once; a determiner of the pack (an article "the" may be part of the alias
  // or not) or an opening quote may stand between ("по данным «Медиазоны»").
  const skip = (k: number) => { const x = tokens[k]; return !!x && (t.det.has(x.norm) || OPENERS.has(x.text)); };
  // The actor's name may also begin inside the marker ("theo hãng tin" + "hãng tin Reuters").
  // Or after a few plain words: adjectives and an outlet noun ("according to the Ukrainian authorities",
  // "как передает агентство Associated Press"); never across punctuation, a preposition or a verb.
  let reach = end, sourceNoun = false;
  // A source noun may take its preposition ("according to an estimate by the police", "figures from the ministry"),
  // also after a participle and a time ("de acuerdo con el balance divulgado este sábado por el Ministerio"):
  // the agent's preposition is allowed once a source noun has been read.
  while (reach < s.tokEnd && reach - end < (sourceNoun ? 8 : 5) && tokens[reach]!.kind === "word" && !starts.has(reach)
    && (!t.stopWords.matchAt(tokens, reach, reach + 1) || t.det.has(tokens[reach]!.norm) || (reach > end && t.pre.matchAt(tokens, reach, reach + 1) && (sourceNoun || t.source.matchAt(tokens, reach - 1, reach))))) {
    if (t.source.matchAt(tokens, reach, reach + 1)) sourceNoun = true;
    reach++;
  }
  return actors.find((m) => isActor(m) && ((m.tokStart > i && m.tokStart <= end && m.tokEnd > end) || (m.tokStart === end + 1 && skip(end)) || (m.tokStart === end + 2 && skip(end) && skip(end + 1)) || (m.tokStart === reach && reach > end)));
}

/** The source before an "according to" marker that follows it, at token i ("X-এর মতে", "Reuters reported"). */
function sourceBeforeMarker(tokens: Token[], s: Sentence, actors: ActorMention[], t: ReturnType<typeof tries>, i: number): ActorMention | undefined {
  // The source just before the marker, or before a source noun ("ইউক্রিনফর্মের খবর অনুযায়ী"); a closing quote may stand between.
  const noun = (() => { for (let k = Math.max(s.tokStart, i - 2); k < i; k++) { const m = t.source.matchAt(tokens, k, i); if (m && m.tokEnd === i) return k; } return -1; })();
  const ends = new Set([i, i - 1, noun, noun - 1].filter((x) => x > s.tokStart));
  // Or its genitive before the source noun ("रक्षा मंत्रालय के बयान के मुताबिक" = according to the ministry's statement).
  const ofNoun = noun > s.tokStart + 1 && t.of.has(tokens[noun - 1]!.norm);
  return actors.find((m) => isActor(m) && ends.has(m.tokEnd) && (m.tokEnd === i || m.tokEnd === noun || (ofNoun && m.tokEnd === noun - 1) || CLOSERS.has(tokens[m.tokEnd]?.text ?? "")));
}

/** The speech verbs of a sentence (every match of the pack's verbs), which findFrames and declinesComment both read. */
export type SentenceVerbs = PhraseMatch<AttributionVerb & { phrase: string }>[];
export function sentenceVerbs(tokens: Token[], s: Sentence, pack: LangPack): SentenceVerbs {
  return tries(pack).verbs.scan(tokens, s.tokStart, s.tokEnd);
}

/** Whether the sentence says that someone declined to comment ("từ chối bình luận về …"): what it mentions is asserted by no one. */
export function declinesComment(tokens: Token[], s: Sentence, pack: LangPack, scanned: SentenceVerbs = sentenceVerbs(tokens, s, pack)): string | null {
  const v = scanned.find((m) => m.values[0]!.noStatement);
  return v ? v.values[0]!.phrase : null;
}

/** Token ranges inside quotation marks (straight quotes pair up; curly and angle quotes nest). */
function quoteSpans(tokens: Token[], s: Sentence): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let open = -1, single = false;
  for (let j = s.tokStart; j < s.tokEnd; j++) {
    const c = tokens[j]!.text;
    if (c === '"') { if (open < 0) open = j; else { out.push([open, j + 1]); open = -1; } }
    else if (c === "\u201c" || c === "\u00ab" || c === "\u201e") { if (open < 0) open = j; }
    else if ((c === "\u201d" || c === "\u00bb") && open >= 0) { out.push([open, j + 1]); open = -1; }
    // Single curly quotes (Bengali ‘…’): "’" closes only a quote that "‘" opened (else it is an apostrophe).
    else if (c === "\u2018") { if (open < 0) { open = j; single = true; } }
    else if (c === "\u2019" && open >= 0 && single) { out.push([open, j + 1]); open = -1; single = false; }
  }
  return out;
}

export function findFrames(tokens: Token[], s: Sentence, actors: ActorMention[], according: According[], pack: LangPack, scanned: SentenceVerbs = sentenceVerbs(tokens, s, pack)): Frame[] {
  const t = tries(pack);
  const frames: Frame[] = [];
  const quoted = quoteSpans(tokens, s);
  // The spans read by index: a destructured pair ("([qa, qb]) =>") took an array iterator for every span of every question.
  const inQuote = (a: number, b: number) => quoted.some((q) => a >= q[0] && b <= q[1]);
  // Names inside a quotation are what the speaker talks about, never the speaker. Most sentences
  // have no quotation and no capital: their actors are then kept as they are, without two new arrays.
  if (quoted.length || actors.some((m) => m.capitalOf)) {
    actors = actors.filter((m) => !inQuote(m.tokStart, m.tokEnd)).map((m) => (m.capitalOf && !m.oblique) || (m.capitalOf && t.loc.has(tokens[m.tokStart - 1]?.norm ?? "")) ? asGovernment(m) : m);
  }
  const verbs = scanned.filter((v) => {
    if (v.values[0]!.ignore) return false;
    // A speech verb inside a quotation is part of what is quoted.
    if (inQuote(v.tokStart, v.tokEnd)) return false;
    // A verb inside an actor's name or an "according to" phrase is no verb here.
    if (actors.some((m) => m.tokStart <= v.tokStart && v.tokEnd <= m.tokEnd)) return false;
    if (according.some((a) => a.tokStart <= v.tokStart && v.tokEnd <= a.tokEnd)) return false;
    // After a determiner a one-word "verb" is a noun ("declined to comment on the reports"); a verb phrase
    // that takes its noun ("এ খবর দিয়েছে") is still a verb.
    if (v.tokEnd - v.tokStart === 1 && t.det.has(tokens[v.tokStart - 1]?.norm ?? "")) return false;
    // Support for a party is no statement; support for what was said or proposed is.
    if (v.values[0]!.onlyWithObject && !nearProposal(tokens, v.tokEnd, s.tokEnd, t.proposal)) return false;
    // Passive ("the information was announced", "thông tin được công bố"): no speaker.
    const prev = tokens[v.tokStart - 1];
    if (prev && t.passive.has(prev.norm) && v.tokStart - 1 >= s.tokStart) return false;
    return true;
  });
  let lastVerbEnd = -1;
  for (const v of verbs) {
    const info = v.values[0]!;
    const last = frames[frames.length - 1];
    const why: string[] = [];
    const prevVerbEnd = lastVerbEnd;
    // A verb opens reported content when it found a speaker, or when a complementiser follows it;
    // a speakerless participle ("commenting on …, the spokesman said") opens nothing.
    const opensContent = (k: number) => t.comp.has(tokens[k]?.norm ?? "") || t.comp.has(tokens[k + 1]?.norm ?? "");
    if (frames.length || opensContent(v.tokEnd)) lastVerbEnd = v.tokEnd;
    // Reported speech: a verb after an earlier speech verb (whether or not its speaker was found)
    // belongs to that report unless a new clause starts between them.
    if (prevVerbEnd >= 0) {
      const split = clauseBreak(tokens, prevVerbEnd, v.tokStart, t.conj);
      const subj = subjectBefore(tokens, v.tokStart, s.tokStart, actors, undefined, undefined, t.aside);
      const adjacentSubject = subj && subj.tokEnd >= v.tokStart - 1;
      if (!split.commaConj && !(split.conj && adjacentSubject)) continue; // reported speech inside the earlier frame
    }
    // A quotative before the verb ("… ধ্বংস হয়েছে বলে জানিয়েছে X") closes the reported clause:
    // the speaker is after the verb, or else the first subject of the sentence, not the nearest.
    // One adjunct word may stand between the quotative and the verb ("… হয়েছে বলে রোববার জানিয়েছে X").
    const adjunct = (k: number) => tokens[k]?.kind === "word" && k >= s.tokStart && !actors.some((m) => m.tokStart <= k && k < m.tokEnd);
    const quotative = t.quot.has(tokens[v.tokStart - 1]?.norm ?? "") || (adjunct(v.tokStart - 1) && t.quot.has(tokens[v.tokStart - 2]?.norm ?? ""));
    // The speaker right after the verb, past the adjuncts between them ("…, a indiqué dimanche le ministère",
    // "dijo el lunes el ministerio", "сообщило в воскресенье МВД страны"): read once, when first asked.
    let reach: Reach | undefined;
    const speaker = (m: ActorMention, lo: number, hi: number) => isActor(m) && !m.oblique && m.tokStart >= lo && m.tokStart <= hi;
    const after = () => {
      if (t.comp.has(tokens[v.tokEnd]?.norm ?? "")) return null;
      const r = (reach ??= adjuncts(tokens, v.tokEnd, s.tokEnd, t, actors));
      return actors.find((m) => speaker(m, v.tokEnd, r.near) || (r.pp && speaker(m, v.tokEnd + 2, v.tokEnd + 2)))
        ?? (r.time > v.tokEnd ? actors.find((m) => speaker(m, r.time, r.time + 1)) : undefined) ?? null;
    };
    let claimantMention = quotative ? after() ?? subjectFirst(tokens, v.tokStart, s.tokStart, actors) : subjectBefore(tokens, v.tokStart, s.tokStart, actors, t.source, t.pre, t.aside);
    if (claimantMention) why.push(claimantMention.tokStart >= v.tokEnd ? because("attr.inverted", `"${info.phrase}" + ${claimantMention.entity.name}`) : because("attr.subject-verb", `${claimantMention.entity.name} + "${info.phrase}"`));
    if (!claimantMention) {
      // Inversion ("…," said Lavrov; "— заявил Лавров"; "“…,” টেলিগ্রামে লিখেছেন গ্লাদকভ"): only for a
      // verb that opens its clause (nothing but adjuncts after a quote or a boundary), a
      // subject-case actor right after it. Elsewhere a name after the verb starts the content.
      const before = tokens[v.tokStart - 1];
      const opensClause = !before || v.tokStart === s.tokStart || BOUNDARY.has(before.text) || afterQuote(tokens, v.tokStart, s.tokStart, actors) || anaphorOnly(tokens, v.tokStart, s.tokStart, t.anaphora) || topicOnly(tokens, v.tokStart, s.tokStart, t.topic);
      claimantMention = opensClause ? after() : null;
      if (claimantMention) why.push(because("attr.inverted", `"${info.phrase}" + ${claimantMention.entity.name}`));
      // Verb-second languages put the subject right after the finite verb whenever anything else opens
      // the clause ("Am Dienstag teilte die Feuerwehr mit", "Laut Medien meldete die Polizei …").
      if (!claimantMention && pack.verbSecond) {
        claimantMention = after();
        if (claimantMention) why.push(because("attr.verb-second", `"${info.phrase}" + ${claimantMention.entity.name}`));
      }
    }
    if (!claimantMention && pack.finalSubject) {
      // Verb-final languages move the subject behind the verb to end the sentence on it ("… শুক্রবার
      // অস্বীকার করেছে উত্তর কোরিয়া।", "… जानकारी दी पुलिस ने।"): a subject-case actor right after the
      // verb with nothing but punctuation after it is the speaker.
      const m = after();
      if (m && tokens.slice(m.tokEnd, s.tokEnd).every((x) => x.kind === "punct")) {
        claimantMention = m;
        why.push(because("attr.final-subject", `"${info.phrase}" + ${m.entity.name} at the end of the sentence`));
      }
    }
    if (!claimantMention && t.loc.size) {
      // "В Минобороны России заявили …": an impersonal verb whose source is a body after "в".
      claimantMention = locativeSource(tokens, v.tokStart, s, actors, t);
      if (claimantMention) why.push(because("attr.impersonal-locative", `"${info.phrase}" in ${claimantMention.entity.name}`));
    }
    const j = claimantMention ? joint(tokens, claimantMention, actors, t.and) : null;
    let claimant: EntityRef | null = j?.ref ?? null;
    let frameStart = j && j.tokStart < v.tokStart ? j.tokStart : v.tokStart;
    if (!claimant && last && clauseBreak(tokens, last.verbEnd, v.tokStart, t.conj).conj) {
      // Ellipsis ("denied …, but said …"): the frame starts at the conjunction.
      claimant = last.claimant;
      claimantMention = last.claimantMention;
      frameStart = clauseStart(tokens, v.tokStart, last.verbEnd, t.conj);
      if (claimant) why.push(because("attr.ellipsis", `${claimant.name}, the subject carried over to "${info.phrase}"`));
    }
    if (!claimant) continue;
    lastVerbEnd = v.tokEnd;
    frames.push({
      verbStart: v.tokStart, verbEnd: v.tokEnd, verb: info.phrase, stance: info.stance ?? "assert", claimant, claimantMention, via: null,
      tokStart: frameStart, tokEnd: s.tokEnd, why,
    });
  }
  // "According to Mr. Lavrov, …" with no speech verb: the source is the claimant. Several sources in
  // one sentence ("по оценке организаторов, … тысяч, по данным полиции — …") each own the words from their marker on.
  // With speech verbs in the sentence too, a source named before all of them owns the words before the
  // first speaker ("Protesters numbered 12,000, according to police, while the union said 40,000 marched").
  const firstVerb = frames.length ? Math.min(...frames.map((f) => f.verbStart)) : Infinity;
  const verbFrames = frames.length;
  for (const a of according) if (!a.isOutlet && (!verbFrames || (a.tokEnd <= firstVerb && !frames.some((f) => f.claimantMention === a.actor)))) {
    frames.push({ verbStart: a.tokStart, verbEnd: a.tokEnd, verb: a.marker, stance: "assert", claimant: a.actor.entity, claimantMention: a.actor, via: null,
      tokStart: a.tokStart, tokEnd: s.tokEnd, why: [because(a.generic ? "attr.according-to.generic" : "attr.according-to", `"${a.marker}" ${a.actor.entity.name}`)], according: verbFrames > 0 });
  }
  // Frames cover the sentence in turn: each ends where the next begins.
  frames.sort((a, b) => a.tokStart - b.tokStart);
  for (let k = 0; k < frames.length; k++) {
    const f = frames[k]!;
    // The first frame owns the sentence start: a leading quote or "On 1 November," belongs to it.
    if (k === 0) f.tokStart = s.tokStart;
    f.tokEnd = k + 1 < frames.length ? frames[k + 1]!.tokStart : s.tokEnd;
  }
  // Sources named after their figures ("8 000 selon la police, 40 000 selon les organisateurs",
  // "15.000 según la policía y 60.000 según los convocantes"): when the first source follows words of
  // content, each source owns the words since the source before it (rule attr.according-after-content).
  if (!verbFrames && frames.length > 1 && frames[0]!.verbStart > s.tokStart && frames.every((f) => f.verbStart >= f.tokStart)) {
    for (let k = 1; k < frames.length; k++) {
      const prev = frames[k - 1]!, f = frames[k]!;
      if (prev.verbEnd >= f.verbStart) continue;
      f.tokStart = prev.verbEnd;
      prev.tokEnd = prev.verbEnd;
      f.why.push(because("attr.according-after-content", `"${f.verb}" after its figures`));
    }
  }
  // Outlets: "according to TASS" goes to the frame nearest to it.
  for (const a of according) {
    if (!a.isOutlet || !frames.length) continue;
    let best = frames[0]!, bestD = Infinity;
    for (const f of frames) {
      const d = a.tokEnd <= f.verbStart ? f.verbStart - a.tokEnd : a.tokStart >= f.verbEnd ? a.tokStart - f.verbEnd : 0;
      const inside = a.tokStart >= f.tokStart && a.tokEnd <= f.tokEnd;
      if ((inside ? d - 1000 : d) < bestD) { best = f; bestD = inside ? d - 1000 : d; }
    }
    if (!best.via && best.claimant?.id !== a.actor.entity.id) {
      best.via = a.actor.entity;
      best.why.push(because("via.according-to", `"${a.marker}" ${a.actor.entity.name}`));
    }
  }
  // An outlet relaying a named source ("TASS quoted Governor X", "сообщает ТАСС со ссылкой на X",
  // "গ্লাদকভের বরাতে তাস জানিয়েছে"): the source speaks, the outlet is the via.
  const source = according.find((a) => !a.isOutlet);
  if (source) for (const f of frames) if (f.claimantMention?.entity.type === "outlet" && f.claimant?.id !== source.actor.entity.id) {
    f.via = f.claimant;
    f.claimant = source.actor.entity;
    f.claimantMention = source.actor;
    f.why.push(because("attr.relayed-source", `${source.actor.entity.name} ("${source.marker}"), relayed by ${f.via!.name}`));
  }
  // An outlet that is the subject of a sentence whose speaker is someone else relays that speaker
  // ("Hãng tin AFP dẫn lời Thống đốc Gladkov cho biết …", "TASS quoted Governor Gladkov as saying …").
  // An agency in brackets ("ANTANANARIVO (AFP) —", "(Source: Reuters)") is the article's own credit line, not a relay.
  const bracketed = (m: ActorMention) => tokens[m.tokStart - 1]?.text === "(" && tokens[m.tokEnd]?.text === ")";
  const relay = actors.find((m) => m.entity.type === "outlet" && !m.oblique && !bracketed(m) && !according.some((a) => a.actor === m) && !frames.some((f) => f.claimantMention === m));
  if (relay) for (const f of frames) if (!f.via && f.claimant && f.claimant.type !== "outlet" && relay.tokStart < f.verbStart) {
    f.via = relay.entity;
    f.why.push(because("via.relays", `${relay.entity.name} relays it`));
  }
  // An outlet that reports what someone else said is the via, not the claimant.
  for (const f of frames) if (f.claimantMention?.entity.type === "outlet" && t.report.has(normWord(f.verb)) && !f.via) {
    f.via = f.claimant;
    f.why.push(because("via.reports", `${f.claimant!.name} reports it`));
  }
  // "told AFP", "বার্তা সংস্থা এএফপিকে বলেছেন", "nói với đài BBC": the outlet the speaker told it to
  // relays it (in a case form or after a preposition right before the verb, or just after the verb).
  for (const f of frames) {
    if (f.via) continue;
    const m = actors.find((x) => x.entity.type === "outlet" && x !== f.claimantMention && x.entity.id !== f.claimant?.id &&
      ((x.oblique && x.tokEnd === f.verbStart) || (x.tokStart >= f.verbEnd && x.tokStart <= f.verbEnd + 1)));
    if (m) { f.via = m.entity; f.why.push(because("via.addressee", `${m.entity.name}, told it`)); }
  }
  // An outlet does not relay itself.
  for (const f of frames) if (f.via && f.claimant && f.via.id === f.claimant.id) f.via = null;
  return frames;
}

/**
 * Where a speaker may start after a verb, past the adjuncts between them (see adjuncts()).
 * Three readings, kept apart because each accepts what the others do not (merging them changes
 * claims): `near` and `pp` are tried together, `time` only when they find nobody.
 */
interface Reach {
  /**
   * Anywhere from the verb to here: past up to two adjuncts in either order, an outlet told ("a
   * déclaré à l'AFP le porte-parole") and a day with its determiner ("dijo el lunes", "dimanche
   * soir"), then determiners. A day after a preposition is not read here, only in `time`.
   */
  near: number;
  /** Also right after a preposition and one word that is no name ("повідомило в неділю МВС"). */
  pp: boolean;
  /**
   * Else where a time adjunct ends, or one token on: an optional preposition and a bare day ("в
   * воскресенье", "on Sunday", "накануне"); `from` when there is none. Never a day with its
   * determiner after a preposition ("в этот понедельник"): admitting it would give speakers to
   * verbs that have none today. A preposition that opens a multi-word day ("en la madrugada", "в
   * ночь", "trong đêm") is read as the preposition, and the rest is no bare day: such days count
   * in `near` only. locativeSource reads this end alone ("В США в пятницу заявили").
   */
  time: number;
}

/**
 * The adjunct scanner: what stands between an inverted verb and its speaker ("a indiqué mardi à
 * Reuters l'armée", "повідомили в неділю у ДСНС"), read from token `from` up to `to`.
 */
function adjuncts(tokens: Token[], from: number, to: number, t: ReturnType<typeof tries>, actors: ActorMention[]): Reach {
  let k = from, any = false;
  for (let n = 0; n < 2; n++) {
    const told = t.pre.matchAt(tokens, k, to) ? actors.find((m) => m.entity.type === "outlet" && m.tokStart === k + 1) : undefined;
    if (told) { k = told.tokEnd; any = true; continue; }
    const end = dayAt(tokens, k, to, t, false);
    if (end === k) break;
    k = end; any = true;
    // A word of the time of day after the day ("dimanche soir le ministère").
    if (tokens[k]?.kind === "word" && !t.det.has(tokens[k]!.norm) && !t.pre.matchAt(tokens, k, k + 1) && t.det.has(tokens[k + 1]?.norm ?? "")) k++;
  }
  if (any) while (k < to && k < from + 8 && t.det.has(tokens[k]!.norm)) k++;
  // The one word after a one-word preposition may be anything that is no name (its bound is the token, not `to`).
  const pp = !!t.pre.matchAt(tokens, from, from + 1) && tokens[from + 1]?.kind === "word" && !actors.some((m) => m.tokStart <= from + 1 && from + 1 < m.tokEnd);
  return { near: Math.max(from + 1, any ? k : from), pp, time: dayAt(tokens, from, to, t, true) };
}

/**
 * The day at token k and where it ends (k when none): with `preposition` false a day or a
 * determiner form ("mardi", "el lunes"); with it true a bare day, after a preposition when one
 * stands at k ("в воскресенье", "вчера"). The trie's longest phrase decides: a bare day is refused
 * when a longer determiner form covers it, which no pack has (no bare day opens a determiner form).
 */
function dayAt(tokens: Token[], k: number, to: number, t: ReturnType<typeof tries>, preposition: boolean): number {
  const p = preposition ? t.pre.matchAt(tokens, k, to) : null;
  const d = t.day.matchAt(tokens, p ? p.tokEnd : k, to);
  return d && (!preposition || d.values.includes(true)) ? d.tokEnd : k;
}

/** A proposal noun within a few words after a verb of attitude ("supported Ukraine's call"). */
function nearProposal(tokens: Token[], from: number, to: number, proposal: PhraseTrie<string>): boolean {
  for (let j = from; j < Math.min(to, from + 5); j++) {
    if (BOUNDARY.has(tokens[j]!.text) || tokens[j]!.text === ".") return false;
    if (proposal.matchAt(tokens, j, to)) return true;
  }
  return false;
}

/** The first token of the clause holding token i: just after the last boundary before it (commas optionally let through). */
function clauseFloor(tokens: Token[], i: number, floor: number, acrossCommas = false, aside?: AsideWords): number {
  for (let j = i - 1; j >= floor; j--) {
    const c = tokens[j]!.text;
    // An aside inside the clause does not end it: "Liên hợp quốc (LHQ) cho biết", "দুই প্রত্যক্ষদর্শী—একজন পুরুষ ও একজন নারী—এএফপিকে বলেছেন".
    const open = asideOpening(tokens, j, floor, aside);
    if (open >= 0) { j = open; continue; }
    if (BOUNDARY.has(c) && !(acrossCommas && c === ",")) return j + 1;
  }
  return floor;
}

/** For a token that closes an aside (")" or a dash glued to the words on both sides), the token that opens it, else -1. */
function asideOpening(tokens: Token[], j: number, floor: number, aside?: AsideWords): number {
  const c = tokens[j]!.text;
  // A discourse adverb between commas ("Israel, en cambio, negó", "X, however, denied") is an aside
  // too (rule attr.aside-adverb): the pack lists them.
  if (c === "," && aside) {
    for (let k = j - 1; k >= floor && k > j - 6; k--) {
      if (tokens[k]!.text === ",") return aside.matchAt(tokens, k + 1, j)?.tokEnd === j ? k : -1;
      if (tokens[k]!.kind !== "word") return -1;
    }
    return -1;
  }
  const gluedDash = (k: number) => (tokens[k]!.text === "\u2014" || tokens[k]!.text === "\u2013") && tokens[k]!.glued && !!tokens[k + 1]?.glued;
  if (c !== ")" && !gluedDash(j)) return -1;
  for (let k = j - 1; k >= floor && k > j - 16; k--) {
    const x = tokens[k]!.text;
    if (c === ")" ? x === "(" : gluedDash(k)) return k;
    if (x === "." || x === ";" || x === ")" || x === "(") return -1;
  }
  return -1;
}

/** A capital standing for its government, as an actor of that country ("Moscow said", "В Сеуле заявили"). */
function asGovernment(m: ActorMention): ActorMention {
  return m.capitalOf ? { ...m, kind: "actor", entity: m.capitalOf, why: `${m.why}; metonymy: ${m.entity.name} for ${m.capitalOf.name}` } : m;
}

/**
 * The nearest actor in subject case before token `i`, within its clause; failing that, an actor
 * that owns the subject ("Video from Baza showed", "বাজার ভিডিওতে দেখা গেছে", "Video của kênh Baza
 * cho thấy"): an oblique name next to one of the pack's source nouns.
 */
function subjectBefore(tokens: Token[], i: number, floor: number, actors: ActorMention[], source?: PhraseTrie<string>, pre?: PhraseTrie<string>, asideWords?: AsideWords): ActorMention | null {
  const lo = clauseFloor(tokens, i, floor, false, asideWords);
  let best: ActorMention | null = null;
  // A name inside an aside ("UBND phường Khương Đình (quận Thanh Xuân) cho biết") is no subject: the aside is skipped.
  const asides: Array<[number, number]> = [];
  for (let j = i - 1; j >= lo; j--) { const open = asideOpening(tokens, j, lo, asideWords); if (open >= 0) { asides.push([open, j]); j = open; } }
  const aside = (m: ActorMention) => asides.some((x) => m.tokStart > x[0] && m.tokEnd <= x[1]);
  for (const m of actors) if (isActor(m) && !m.oblique && m.tokStart >= lo && m.tokEnd <= i && !aside(m) && (!best || m.tokEnd > best.tokEnd)) best = m;
  if (best || !source) return best;
  // A possessor before its head noun speaks for it ("Ukraine's army said", "রাশিয়ার সরকার বলেছে"):
  // an actor in a case form (not after a preposition) followed by one or two words and the verb.
  for (const m of actors) {
    if (!isActor(m) || !m.oblique || m.tokStart < lo || m.tokEnd > i || i - m.tokEnd < 1 || i - m.tokEnd > 2) continue;
    if (pre && m.tokStart > lo && pre.matchAt(tokens, m.tokStart - 1, m.tokStart)) continue;
    if (tokens.slice(m.tokEnd, i).every((x) => x.kind === "word")) return m;
  }
  // Apposition ("…", ông Popko, người đứng đầu chính quyền Kiev, nói): no actor in the clause, and
  // the comma segment before it starts with one.
  if (lo > floor && tokens[lo - 1]!.text === "," && !actors.some((m) => m.tokStart >= lo && m.tokEnd <= i && m.entity.type === "person")) {
    // Up to two comma segments back: "X, <title>, said" or "X, <title> of Y, said".
    let end = lo - 1;
    for (let hop = 0; hop < 2 && end > floor; hop++) {
      let start = floor;
      for (let j = end - 1; j >= floor; j--) if (BOUNDARY.has(tokens[j]!.text)) { start = j + 1; break; }
      const head = actors.find((m) => isActor(m) && !m.oblique && m.tokStart === start && m.entity.type === "person");
      if (head) return head;
      if (start <= floor || tokens[start - 1]!.text !== ",") break;
      end = start - 1;
    }
  }
  for (const m of actors) {
    if (!isActor(m) || m.tokStart < lo || m.tokEnd > i) continue;
    // The source noun may be the verb itself (headline "X-এর দাবি, …").
    for (let j = Math.max(lo, m.tokStart - 3); j < Math.min(i + 1, m.tokEnd + 2); j++) {
      if (j >= m.tokStart && j < m.tokEnd) continue;
      if (source.matchAt(tokens, j, i + 1)) return m;
    }
  }
  return null;
}

/** The first subject-case actor of the clause before token i (the matrix subject before a reported clause). */
function subjectFirst(tokens: Token[], i: number, floor: number, actors: ActorMention[]): ActorMention | null {
  const lo = clauseFloor(tokens, i, floor, true);
  return actors.find((m) => isActor(m) && !m.oblique && m.tokStart >= lo && m.tokEnd <= i) ?? null;
}

/** True when a quotation closes the clause before token i and no actor stands between (only adjuncts). */
function afterQuote(tokens: Token[], i: number, floor: number, actors: ActorMention[]): boolean {
  for (let j = i - 1; j >= floor; j--) {
    const c = tokens[j]!.text;
    if (c === '"' || c === "\u201d" || c === "\u00bb" || c === "\u2019") return !actors.some((m) => m.tokStart > j && m.tokEnd <= i);
    if (BOUNDARY.has(c) && c !== ",") return false;
  }
  return false;
}

/** True when only an anaphor for the previous report stands before the verb in its clause ("Об этом сообщил X", "এ তথ্য জানিয়েছেন X"). */
function anaphorOnly(tokens: Token[], i: number, floor: number, anaphora: PhraseTrie<string>): boolean {
  const lo = clauseFloor(tokens, i, floor);
  const m = anaphora.matchAt(tokens, lo, i);
  return !!m && m.tokEnd === i;
}

/** Whether the verb's clause is only a topic phrase before it ("Про загибель двох рятувальників | повідомив …"). */
function topicOnly(tokens: Token[], i: number, floor: number, topic: Set<string>): boolean {
  const lo = clauseFloor(tokens, i, floor);
  return topic.has(tokens[lo]?.norm ?? "") && i - lo <= TOPIC_WORDS && tokens.slice(lo, i).every((x) => x.kind !== "punct");
}
const TOPIC_WORDS = 10;

/** A body governed by a locative preposition in the verb's clause ("в Минобороны", "в Кремле"); never a place. */
function locativeSource(tokens: Token[], i: number, s: Sentence, actors: ActorMention[], t: ReturnType<typeof tries>): ActorMention | null {
  const lo = clauseFloor(tokens, i, s.tokStart);
  // A country is the source only right before the verb ("В США утверждают", "В США в пятницу заявили"):
  // further away, "в России" is where something happened. The time adjunct between them is read
  // as between a verb and its speaker (adjuncts(), `time`).
  const nextToVerb = (m: ActorMention) => m.tokEnd === i || adjuncts(tokens, m.tokEnd, s.tokEnd, t, actors).time === i;
  return actors.find((m) => isActor(m) && (m.entity.type !== "country" || !!m.capitalOf || nextToVerb(m)) && m.tokStart > lo && m.tokEnd <= i && t.loc.has(tokens[m.tokStart - 1]!.norm)) ?? null;
}

/** The start of the clause holding token i: after the last boundary punctuation before it. */
function clauseStart(tokens: Token[], i: number, floor: number, conj: PhraseTrie<string>): number {
  for (let j = i - 1; j >= floor; j--) {
    if (BOUNDARY.has(tokens[j]!.text) && tokens[j]!.text !== "\"" && tokens[j]!.text !== "\u201d") return j + 1;
    if (conj.matchAt(tokens, j, i)) return j;
  }
  return floor;
}

/** Whether a new clause starts between two token positions: a conjunction, and whether a comma precedes it. */
function clauseBreak(tokens: Token[], from: number, to: number, conj: PhraseTrie<string>): { conj: boolean; commaConj: boolean } {
  let c = false, cc = false;
  for (let j = from; j < to; j++) {
    if (!conj.matchAt(tokens, j, to)) continue;
    c = true;
    const prev = tokens[j - 1];
    if (prev && (prev.text === "," || prev.text === ";")) cc = true;
  }
  return { conj: c, commaConj: cc };
}

/** "US and Ukraine claim …": two actors joined by "and" speak together. */
function joint(tokens: Token[], m: ActorMention, actors: ActorMention[], and: Set<string>): { ref: EntityRef; tokStart: number } {
  const andTok = tokens[m.tokStart - 1];
  if (andTok && and.has(andTok.norm)) {
    // "X and Y", and the correlative "и X, и Y" / "both X and Y" with a comma before the second "and".
    const other = actors.find((x) => isActor(x) && (x.tokEnd === m.tokStart - 1 || (x.tokEnd === m.tokStart - 2 && tokens[m.tokStart - 2]!.text === ",")));
    if (other) return { ref: { name: `${other.entity.name} and ${m.entity.name}`, id: `${other.entity.id}+${m.entity.id}`, surface: `${other.entity.surface} ${andTok.text} ${m.entity.surface}`, type: m.entity.type }, tokStart: other.tokStart };
  }
  // "[US] ও [Ukraine]-এর দাবি": in a coordination only the last conjunct carries the case ending.
  const next = tokens[m.tokEnd];
  if (next && and.has(next.norm)) {
    const other = actors.find((x) => isActor(x) && x.tokStart === m.tokEnd + 1);
    if (other) return { ref: { name: `${m.entity.name} and ${other.entity.name}`, id: `${m.entity.id}+${other.entity.id}`, surface: `${m.entity.surface} ${next.text} ${other.entity.surface}`, type: m.entity.type }, tokStart: m.tokStart };
  }
  return { ref: m.entity, tokStart: m.tokStart };
}
