// Claims: frames (who says it) + quantities (what is counted) + date, place, stance and kind,
// one claim per frame. Sentences without a speech verb: a headline question is the article
// asking; a sentence that continues the report of the sentence before in the same paragraph
// ("Another 14 were lost") keeps its claimant; otherwise the article states it in its own voice.
// A sentence that only names an outlet ("According to Yonhap, the information was announced …")
// gives that outlet to the claims of the sentence before.
import type { Claim, DateMention, EntityRef, Kind, NumberMention, Sentence, Stance, Token } from "../types.js";
import type { LangPack } from "../lang/types.js";
import { perPack, phraseMap, phraseSet } from "./phrases.js";
import { normWord } from "./tokenize.js";
import { because, type RuleId } from "./rules.js";
import type { ActorMention } from "./mentions.js";
import { anaphoraTrie, declinesComment, findAccording, findFrames, sentenceVerbs, type Frame, type SentenceVerbs } from "./attribution.js";
import { attachQuantities, type ItemContext } from "./quantities.js";
import { loadGazetteer } from "../gazetteer/load.js";

const tries = perPack((pack: LangPack) => {
  const kinds = phraseMap<Kind>(Object.entries(pack.kindCues), pack.inflection);
  const func = new Set([...pack.attribution.conjunctions, ...pack.attribution.complementizers, ...pack.nameStopWords].map(normWord));
  const exceptions = (pack.attribution.futureSuffixExceptions ?? []).map((s) => s.normalize("NFC"));
  return {
    kinds, future: phraseSet(pack.attribution.futureWords), cond: phraseSet(pack.attribution.conditionalWords),
    futureSuffixes: pack.attribution.futureSuffixes.map((s) => s.normalize("NFC")), exceptions, func, futureWordMemo: new Map<string, boolean>(),
    futureLast: lastUnits(pack.attribution.futureSuffixes.map((s) => s.normalize("NFC"))), anaphora: anaphoraTrie(pack), origin: phraseSet(pack.originWords), source: phraseSet(pack.sourceNouns, pack.inflection),
  };
});

export interface ArticleState {
  /** The date the text is currently talking about: the last date stated, carried forward. */
  currentDate: string | null;
  /** Frames of the previous sentence, for carrying a claimant or a via forward. */
  prevFrames: Frame[];
  prevClaims: Claim[];
  prevParagraph: number;
  items: ItemContext;
  /** The rule that set `currentDate`: carried from a stated date, or the publication date printed in the text. */
  dateRule: RuleId;
  /** Speakers who told an outlet (claimant id -> outlet): their later claims reach the article through it. */
  told: Map<string, EntityRef>;
  /** Claims of the headline that have a source, until the first body sentence with a figure (the lede) has been read. */
  headline: Claim[];
  /** Whether the lede (the first body sentence with a figure) has been read. */
  ledeRead: boolean;
}

export function newArticleState(published: string | null, publishedInText = false): ArticleState {
  return { currentDate: published, prevFrames: [], prevClaims: [], prevParagraph: -1, items: { lastItem: null, lastParagraph: -1 }, dateRule: publishedInText ? "date.published-in-text" : "date.carried", told: new Map(), headline: [], ledeRead: false };
}

const ARTICLE: EntityRef = { name: "article", id: "article", surface: "" };
const SPECIFIC = new Set(["city", "district", "facility", "area"]);

/** Who speaks in a sentence: its "according to" sources and its frames (a pure function of the sentence and its mentions). */
export interface SentenceFrames {
  according: ReturnType<typeof findAccording>;
  frames: Frame[];
  /** The sentence's speech verbs, scanned once for findFrames and for declinesComment. */
  verbs: SentenceVerbs;
}

export function sentenceFrames(tokens: Token[], s: Sentence, actors: ActorMention[], pack: LangPack): SentenceFrames {
  const according = findAccording(tokens, s, actors, pack);
  const verbs = sentenceVerbs(tokens, s, pack);
  return { according, frames: findFrames(tokens, s, actors, according, pack, verbs), verbs };
}

/**
 * The claims of a sentence. `framed` is sentenceFrames() of the sentence, which reads no article
 * state: the caller may find the frames of many sentences before making their claims in order.
 */
export function sentenceClaims(
  text: string, tokens: Token[], s: Sentence, actors: ActorMention[], nums: NumberMention[], allNums: NumberMention[],
  dates: DateMention[], pack: LangPack, st: ArticleState, framed: SentenceFrames = sentenceFrames(tokens, s, actors, pack),
): Claim[] {
  const { according, frames } = framed;
  // The actors are only read for a sentence with numbers (names hold no role words): filtered only then.
  const quantities = attachQuantities(text, tokens, s, nums, allNums, pack, st.items, nums.length ? actors.filter((m) => m.kind === "actor") : []);
  const sameParagraph = st.prevParagraph === s.paragraph;

  // Date: stated in the sentence, else the one the text was talking about.
  // A dateline's date ("KYIV, Nov 17 (Reuters) -") is when the report was filed: the event's own date in the sentence ("on Saturday") wins.
  const own = dates.filter((d) => !isDatelineDate(tokens, d, s));
  const stated = own.find((d) => d.iso && d.form === "explicit") ?? own.find((d) => d.iso) ?? dates.find((d) => d.iso);
  if (stated?.iso) { st.currentDate = stated.iso; st.dateRule = "date.carried"; }
  const date = st.currentDate;
  const dateWhy = stated?.iso ? because(stated.form === "weekday" ? "date.weekday" : "date.stated", `"${stated.text}" = ${stated.iso}`) : date ? because(st.dateRule, `${date}${st.dateRule === "date.carried" ? ", carried from earlier in the article" : ""}`) : null;

  const claims: Claim[] = [];
  const make = (f: Frame | null, tokStart: number, tokEnd: number, claimant: EntityRef | null, via: EntityRef | null, stance: Stance, why: string[]) => {
    // A speaker who told an outlet (an eyewitness speaking to AFP) goes on speaking through it.
    if (claimant && claimant.id !== "article") {
      if (via && why.some((w) => w.startsWith("via.addressee"))) st.told.set(claimant.id, via);
      else if (!via && st.told.has(claimant.id)) { const v = st.told.get(claimant.id)!; via = v; why = [...why, because("via.same-speaker", `${claimant.name} told ${v.name} earlier`)]; }
    }
    const qs = quantities.filter((q) => q.tokStart >= tokStart && q.tokStart < tokEnd);
    const start = tokens[tokStart]?.start ?? s.start, end = tokens[Math.max(tokStart, tokEnd - 1)]?.end ?? s.end;
    const ev = trimEvidence(text, start, Math.min(end, s.end));
    // The reported clause follows the verb ("X said … will"), or precedes it ("… will …, X said";
    // Bengali verb-final): look on both sides of the verb, outside the claimant's name.
    const cm = f?.claimantMention;
    const skip: [number, number] = cm ? [cm.tokStart, cm.tokEnd] : [0, 0];
    const finalStance = stance !== "assert" ? stance
      : f ? (forecastOf(tokens, f.verbEnd, tokEnd, pack, skip) === "forecast" || forecastOf(tokens, tokStart, f.verbStart, pack, skip) === "forecast" ? "forecast" : "assert")
      : forecastOf(tokens, tokStart, tokEnd, pack, skip);
    const kind = kindOf(tokens, tokStart, tokEnd, qs, finalStance, pack);
    // Where: the most specific place named in the frame (a city before its region: "স্টারভ্রোপল প্রদেশের স্বেতলোগ্রাদে" is Svetlograd).
    // Not an origin ("launched from the Kursk region") nor a dateline ("KYIV, Nov 1 (Reuters) -").
    const places = actors.filter((m) => m.kind === "place" && m.tokStart >= tokStart && m.tokEnd <= tokEnd && !isOrigin(tokens, m, pack) && !isDateline(tokens, m, s));
    const loc = places.find((m) => SPECIFIC.has(loadGazetteer().byId.get(m.entity.id)?.level ?? "")) ?? places[0];
    const claim: Claim = {
      claimant: claimant ?? null, via: via ?? null, stance: finalStance, kind,
      // Field by field, not an object rest (a slow path of the engine); same fields in the same order.
      quantities: qs.map((q) => ({ value: q.value, item: q.item, role: q.role, qualifier: q.qualifier, text: q.text, start: q.start, end: q.end, why: q.why })),
      date, location: loc ? { name: loc.entity.name, id: loc.entity.id } : null,
      evidence: { text: text.slice(ev.start, ev.end), start: ev.start, end: ev.end },
      why: claimWhy(why, dateWhy, finalStance !== stance ? because("stance.future", finalStance) : null),
    };
    if (!stated?.iso && date) (claim.inferred ??= []).push("date");
    claims.push(claim);
    return claim;
  };

  const isQuestion = endsWithQuestionMark(text, s.start, s.end);
  // "Lầu Năm Góc từ chối bình luận về con số 8.000 binh sĩ": the figure is only the topic of a refusal.
  if (!frames.length && declinesComment(tokens, s, pack, framed.verbs)) {
    st.prevParagraph = s.paragraph;
    return [];
  }
  // "Об этом сообщил губернатор." / "এ তথ্য জানিয়েছেন গভর্নর।" / "The report was carried by Reuters.":
  // a sentence that only credits the one before gives it its speaker (or its outlet).
  const credit = !quantities.length && frames.length === 1 && sameParagraph && st.prevClaims.some((c) => c.quantities.length) ? creditsPrevious(tokens, frames[0]!, s, pack, according) : false;
  if (credit) {
    const f = frames[0]!;
    const outlet = f.claimant?.type === "outlet";
    for (const c of st.prevClaims) {
      if (!c.claimant || c.claimant.id === "article") {
        if (outlet) { c.via ??= f.claimant; c.why.push(because("via.credited-next", f.claimant!.name)); }
        else { c.claimant = f.claimant; c.via ??= f.via; c.why.push(because("attr.credited-next", `${f.claimant!.name} ("${f.verb}")`)); (c.inferred ??= []).push("claimant"); }
      } else if (outlet && !c.via && c.claimant.id !== f.claimant!.id) {
        c.via = f.claimant; c.why.push(because("via.credited-next", f.claimant!.name));
      }
    }
    st.prevParagraph = s.paragraph;
    return [];
  }
  if (frames.length) {
    for (const f of frames) {
      if (f.according && !quantities.some((q) => q.tokStart >= f.tokStart && q.tokStart < f.tokEnd)) continue;
      const stance: Stance = isQuestion && f.stance === "assert" ? "question" : f.stance;
      // The frame's why lines as they are: make() copies them into the claim's and never changes them.
      make(f, f.tokStart, f.tokEnd, f.claimant, f.via, stance, f.why);
    }
  } else if (quantities.length && colonSource(tokens, s, actors)) {
    // Headline style "Минобороны РФ: …" / "…: দক্ষিণ কোরিয়ার গোয়েন্দা সংস্থা": one side of the colon is only a source.
    const src = colonSource(tokens, s, actors)!;
    make(null, s.tokStart, s.tokEnd, src.entity, null, isQuestion ? "question" : "assert", [because("attr.headline-colon", src.entity.name)]);
  } else if (quantities.length && s.headline && dashSource(tokens, s, actors)) {
    // Headline ending in a dash and its source: "Кількість травмованих … зросла до 13 — ДСНС", "… загиблі — ОВА".
    const src = dashSource(tokens, s, actors)!;
    make(null, s.tokStart, s.tokEnd, src.entity, null, isQuestion ? "question" : "assert", [because("attr.headline-dash", `${src.entity.name}, after the headline's last dash`)]);
  } else if (quantities.length && s.headline && trailingSource(tokens, s, actors, pack)) {
    // Headline ending in its source: "…মৃত্যুর আশঙ্কা ইউএনএইচসিআরের" (UNHCR's fear of …), "…, দাবি রাশিয়ার".
    const src = trailingSource(tokens, s, actors, pack)!;
    make(null, s.tokStart, s.tokEnd, src.entity, null, isQuestion ? "question" : "assert", [because("attr.headline-trailing", `${src.entity.name}, the source named at the end of the headline`)]);
  } else if (quantities.length) {
    // No speech verb: carry the claimant of the report this sentence continues, or the article.
    const carried = !s.headline && sameParagraph ? st.prevFrames[st.prevFrames.length - 1] : undefined;
    const outlet = according.find((a) => a.isOutlet)?.actor.entity ?? null;
    // The lede restates the headline: a figure of the headline said again, with no speaker, is the headline's source's.
    const restated = !s.headline && !st.ledeRead && !carried?.claimant
      ? st.headline.find((h) => h.quantities.some((hq) => quantities.some((q) => q.value === hq.value && q.item === hq.item))) : undefined;
    if (restated?.claimant) {
      const c = make(null, s.tokStart, s.tokEnd, restated.claimant, outlet ?? restated.via, isQuestion ? "question" : "assert", [because("attr.headline-lede", `${restated.claimant.name}, the headline's source, for the figure it restates`)]);
      (c.inferred ??= []).push("claimant");
    } else if (carried?.claimant) {
      const c = make(null, s.tokStart, s.tokEnd, carried.claimant, outlet ?? carried.via, isQuestion ? "question" : "assert", [because("attr.carried", `${carried.claimant.name}, from the previous sentence of the same paragraph`)]);
      (c.inferred ??= []).push("claimant");
    } else {
      make(null, s.tokStart, s.tokEnd, ARTICLE, outlet, isQuestion ? "question" : "assert", [isQuestion ? because("attr.question", "the article asks it") : because("attr.article", "no speaker in the sentence")]);
    }
  } else {
    // A sentence that only cites an outlet passes it to the claims of the sentence before.
    const outlet = according.find((a) => a.isOutlet);
    // The article's own claims take it too when the sentence is nothing but the credit ("খবর বিডিনিউজের।").
    const creditOnly = !!outlet && outlet.tokStart === s.tokStart && tokens.slice(outlet.tokEnd, s.tokEnd).every((x) => x.kind === "punct");
    if (outlet && sameParagraph) for (const c of st.prevClaims) if (!c.via && c.claimant && (c.claimant.id !== "article" || creditOnly)) {
      c.via = outlet.actor.entity;
      c.why.push(because("via.credited-next", `${outlet.actor.entity.name} ("${outlet.marker}")`));
    }
  }
  if (s.headline) st.headline.push(...claims.filter((c) => c.claimant && c.claimant.id !== "article" && c.quantities.length));
  else if (quantities.length) st.ledeRead = true;
  // Frames carry forward only when this sentence had a speaker, or continued one.
  if (frames.length) st.prevFrames = frames;
  else if (!claims.length || claims[0]!.claimant?.id === "article") st.prevFrames = sameParagraph ? st.prevFrames : [];
  st.prevClaims = claims.length ? claims : sameParagraph ? st.prevClaims : [];
  st.prevParagraph = s.paragraph;
  return claims;
}

/** A claim's why lines: the frame's, then the date's and the stance's when there are any (pushed, not spread from arrays made for the purpose). */
function claimWhy(why: string[], dateWhy: string | null, stanceWhy: string | null): string[] {
  const out = why.slice();
  if (dateWhy) out.push(dateWhy);
  if (stanceWhy) out.push(stanceWhy);
  return out;
}

const SPACE_CHAR = /\s/u;
/** /[?？]\s*$/u on text[start, end), read backwards from the end (not a regex over the whole sentence). */
function endsWithQuestionMark(text: string, start: number, end: number): boolean {
  let k = end;
  while (k > start && SPACE_CHAR.test(text[k - 1]!)) k--;
  return k > start && (text[k - 1] === "?" || text[k - 1] === "\uff1f");
}

/** A place governed by an origin word ("from Kursk", "из Курской области", "কুরস্ক থেকে"). */
function isOrigin(tokens: Token[], m: ActorMention, pack: LangPack): boolean {
  const t = tries(pack);
  for (let j = Math.max(0, m.tokStart - 3); j < m.tokStart; j++) { const o = t.origin.matchAt(tokens, j, m.tokStart); if (o && o.tokEnd >= m.tokStart - 1) return true; }
  return !!t.origin.matchAt(tokens, m.tokEnd, m.tokEnd + 3);
}

/** A place opening a news dateline: the sentence starts with it and a dash follows within a few words. */
function isDateline(tokens: Token[], m: ActorMention, s: Sentence): boolean {
  if (m.tokStart !== s.tokStart || tokens[m.tokEnd]?.text !== ",") return false;
  for (let j = m.tokEnd; j < Math.min(s.tokEnd, m.tokEnd + 10); j++) if (["-", "\u2013", "\u2014"].includes(tokens[j]!.text) && !tokens[j]!.glued) return true;
  return false;
}

/** A date in a dateline: the sentence opens with a word in capitals, the date follows within a few words, then the agency in brackets or a dash. */
function isDatelineDate(tokens: Token[], d: DateMention, s: Sentence): boolean {
  if (d.tokStart - s.tokStart > 8 || !/^\p{Lu}{2,}/u.test(tokens[s.tokStart]?.text ?? "")) return false;
  for (let j = d.tokEnd; j < Math.min(s.tokEnd, d.tokEnd + 5); j++) if (["(", "-", "\u2013", "\u2014"].includes(tokens[j]!.text)) return true;
  return false;
}

/** In "SOURCE: content" or "content: SOURCE", the actor that fills one side of the first colon by itself. */
function colonSource(tokens: Token[], s: Sentence, actors: ActorMention[]): ActorMention | null {
  let colon = -1;
  for (let j = s.tokStart; j < s.tokEnd; j++) if (tokens[j]!.text === ":") { colon = j; break; }
  if (colon < 0) return null;
  let end = s.tokEnd;
  while (end > colon + 1 && tokens[end - 1]!.kind === "punct") end--;
  // An unknown capitalised name ("Cyclone Gezani: death toll climbs") is as likely the topic as a source: only known actors and descriptive speakers.
  const speaks = (m: ActorMention) => m.kind === "actor" && m.entity.type !== "place" && !(m.entity.id.startsWith("surface:") && m.entity.type === "person");
  return actors.find((m) => speaks(m) && ((m.tokStart === s.tokStart && m.tokEnd === colon) || (m.tokStart === colon + 1 && m.tokEnd === end))) ?? null;
}

/** In a headline "content — SOURCE", the known actor that fills everything after the last spaced dash by itself. */
function dashSource(tokens: Token[], s: Sentence, actors: ActorMention[]): ActorMention | null {
  let end = s.tokEnd;
  while (end > s.tokStart && tokens[end - 1]!.kind === "punct") end--;
  const m = actors.find((x) => x.kind === "actor" && x.entity.type !== "place" && !x.entity.id.startsWith("surface:") && x.tokEnd === end);
  if (!m || m.tokStart < s.tokStart + 2) return null;
  // The dash right before the source (a comma may precede it: "…, — ОВА"), standing free, not joining words.
  const d = tokens[m.tokStart - 1]!;
  return ["-", "\u2013", "\u2014"].includes(d.text) && !d.glued && !tokens[m.tokStart]!.glued ? m : null;
}

/** In a headline, an actor that ends it right after a source noun ("দাবি", "আশঙ্কা", "claim"): the headline's source. */
function trailingSource(tokens: Token[], s: Sentence, actors: ActorMention[], pack: LangPack): ActorMention | null {
  let end = s.tokEnd;
  while (end > s.tokStart && tokens[end - 1]!.kind === "punct") end--;
  const m = actors.find((x) => x.kind === "actor" && x.entity.type !== "place" && x.tokEnd === end);
  if (!m || m.tokStart <= s.tokStart) return null;
  const src = tries(pack).source;
  for (let j = Math.max(s.tokStart, m.tokStart - 2); j < m.tokStart; j++) { const x = src.matchAt(tokens, j, m.tokStart); if (x && x.tokEnd === m.tokStart) return m; }
  return null;
}

/** Whether a frame's content is only an anaphor for the report before it ("об этом", "এ তথ্য", "this"), or nothing but the outlet's report verb. */
function creditsPrevious(tokens: Token[], f: Frame, s: Sentence, pack: LangPack, according: Array<{ tokStart: number; tokEnd: number }>): boolean {
  const t = tries(pack);
  for (let j = s.tokStart; j < s.tokEnd; j++) {
    if (f.claimantMention && j >= f.claimantMention.tokStart && j < f.claimantMention.tokEnd) continue;
    const m = t.anaphora.matchAt(tokens, j, s.tokEnd);
    // The anaphor must be the whole content: at most a few words besides verb, speaker and anaphor
    // (punctuation and function words, such as postpositions, not counted). An outlet's credit after
    // it ("…, передает ТАСС") is no content either: it is the via.
    if (m) {
      let other = 0;
      for (let k = s.tokStart; k < s.tokEnd; k++) {
        const inSpeaker = f.claimantMention && k >= f.claimantMention.tokStart && k < f.claimantMention.tokEnd;
        if (inSpeaker || (k >= f.verbStart && k < f.verbEnd) || (k >= m.tokStart && k < m.tokEnd) || according.some((a) => k >= a.tokStart && k < a.tokEnd)) continue;
        if (tokens[k]!.kind === "word" && !t.func.has(tokens[k]!.norm)) other++;
      }
      return other <= 4;
    }
  }
  return false;
}

/** The last code units of some endings, or null when one is empty (every word ends with it). */
function lastUnits(endings: string[]): Set<number> | null {
  return endings.some((e) => !e) ? null : new Set(endings.map((e) => e.charCodeAt(e.length - 1)));
}

/** Whether a word ends with one of the endings (a loop: this runs for nearly every word of a claim, twice). */
function endsWithAny(word: string, endings: string[]): boolean {
  for (const x of endings) if (word.endsWith(x)) return true;
  return false;
}

/**
 * Whether a word is in the future tense by its ending (not a function word, not an exception):
 * forecastOf asks it of nearly every word of every claim, and the answer depends on the pack alone,
 * so it is remembered per word (bounded like the other per-word memos). A pack without future
 * endings is never asked.
 */
function futureByEnding(t: { func: Set<string>; futureSuffixes: string[]; exceptions: string[]; futureWordMemo: Map<string, boolean>; futureLast: Set<number> | null }, norm: string): boolean {
  // A word whose last letter ends no future ending has none: answered without the memo, a look-up
  // in a Map of every word met (it was ~1.4% of a Bengali article's extraction).
  if (t.futureLast && !t.futureLast.has(norm.charCodeAt(norm.length - 1))) return false;
  let v = t.futureWordMemo.get(norm);
  if (v === undefined) {
    v = !t.func.has(norm) && norm.length > 2 && endsWithAny(norm, t.futureSuffixes) && !endsWithAny(norm, t.exceptions);
    if (t.futureWordMemo.size > 100_000) t.futureWordMemo.clear();
    t.futureWordMemo.set(norm, v);
  }
  return v;
}

/** A claim is a forecast when its reported clause is in the future and not conditional. */
function forecastOf(tokens: Token[], from: number, to: number, pack: LangPack, skip: [number, number] = [0, 0]): Stance {
  const t = tries(pack);
  let conditional = false;
  for (let j = from; j < to; j++) {
    if (j >= skip[0] && j < skip[1]) continue;
    const tok = tokens[j]!;
    if (t.cond.matchAt(tokens, j, to)) conditional = true;
    const future = t.future.matchAt(tokens, j, to) || (tok.kind === "word" && t.futureSuffixes.length > 0 && futureByEnding(t, tok.norm));
    if (future) return conditional ? "assert" : "forecast";
  }
  return "assert";
}

const ROLE_KIND: Array<[string[], Kind]> = [
  [["destroyed", "intercepted", "lost"], "interception"],
  [["transferred"], "arms_transfer"],
  [["deployed"], "deployment"],
];

function kindOf(tokens: Token[], from: number, to: number, qs: Array<{ role: string; item: string }>, stance: Stance, pack: LangPack): Kind {
  // Plain loops over the quantities, no closures: this runs for every claim.
  for (let r = 0; r < ROLE_KIND.length; r++) { const roles = ROLE_KIND[r]![0]; for (const q of qs) if (roles.includes(q.role)) return ROLE_KIND[r]![1]; }
  if (qs.length) {
    // The roles first, the kind cues of the span only when they decide (the answer is the same in either order).
    let strike = false, casualties = false, launched = false;
    for (const q of qs) {
      if (q.role === "hit" || q.role === "damaged" || q.role === "distance") strike = true;
      if (q.role === "killed" || q.role === "injured" || q.item === "casualties") casualties = true;
      if (q.role === "launched") launched = true;
    }
    if (strike || kindCues(tokens, from, to, pack).includes("strike")) return "strike";
    if (casualties) return "casualties";
    if (launched) return "air_attack";
    return "other";
  }
  // Statements: a denial or a forecast is about the event it names; other speech is a statement.
  if (stance === "deny" || stance === "forecast") {
    const cues = kindCues(tokens, from, to, pack);
    for (const k of STATEMENT_KINDS) if (cues.includes(k)) return k;
  }
  return "statement";
}

/** The kinds of a statement, in the order they are tried. */
const STATEMENT_KINDS: Kind[] = ["aid", "deployment", "arms_transfer", "strike"];

/** The kind cues of tokens [from, to): the trie's non-overlapping longest matches, left to right. */
function kindCues(tokens: Token[], from: number, to: number, pack: LangPack): Kind[] {
  const out: Kind[] = [];
  tries(pack).kinds.eachMatch(tokens, from, to, (m) => out.push(m.values[0]!));
  return out;
}

function trimEvidence(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /[\s,;:]/u.test(text[start]!)) start++;
  while (end > start && /[\s,;:]/u.test(text[end - 1]!)) end--;
  return { start, end };
}
