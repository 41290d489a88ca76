// Quantities: a number becomes a quantity once we know what it counts (the item) and what the
// sentence says about those items (the role). Item: the nearest item noun after the number
// (adjectives and classifiers may stand between: "83 Ukrainian drones", "10 triệu quả đạn pháo"),
// else the whole of a partitive ("31 of the 48 UAVs"), else a noun just before it (Bengali
// genitive "ক্রুজ ক্ষেপণাস্ত্রের এক তৃতীয়াংশ"), else, when the text says the count continues
// ("another 14", "of them"), the item counted just before. Role: the nearest role word.
import type { NumberMention, Quantity, Sentence, Token } from "../types.js";
import type { LangPack } from "../lang/types.js";
import { reusableMask } from "./mask.js";
import { perPack, phraseMap, phraseSet, type PhraseMatch, type PhraseTrie } from "./phrases.js";
import { normWord } from "./tokenize.js";
import { because } from "./rules.js";

const AFTER_WINDOW = 5;
const BEFORE_WINDOW = 4;
/** How far back a specific head noun may stand from its number ("thương vong của Nga đã vượt quá 600.000 người"). */
const HEAD_WINDOW = 7;
/** How far back a count noun may stand from the number it is predicated of. */
const COUNT_WINDOW = 20;
const CONTINUATION_WINDOW = 2;
const HARD_BREAKS = new Set([";", "\u2014"]);
const STOP_PUNCT = new Set([".", ",", ";", ":", "!", "?", "।", "\u2014", "\u2013"]);

/** Items whose role is fixed by what they are: a distance is a distance whatever the verb. */
export const FIXED_ROLE: Record<string, string> = { people_killed: "killed", people_injured: "injured", km: "distance", mile: "distance", nautical_mile: "distance", usd: "amount", eur: "amount", gbp: "amount", rub: "amount", afn: "amount", percent: "total", population: "total" };
/** Items that count people in a specific way, preferred over a generic "people"/"người"/"человек". */
const PEOPLE_KINDS = new Set(["casualties", "people_killed", "people_injured", "civilians", "troops", "prisoners", "population"]);
/** Items that count people whatever befell them: their fate decides the people item ("двое из них погибли" after 49 injured). */
const PEOPLE_FATE = new Set(["people", "people_killed", "people_injured", "casualties"]);
/** Items that count persons: what "lost" or "went missing" says of them is that they are missing. */
const PERSONS = new Set(["people", "civilians", "children", "women", "men", "migrants", "refugees", "passenger", "troops", "crew"]);
/** People counted by their place on a vessel, not by who they are. */
const ON_BOARD = new Set(["passenger", "crew"]);
/** Role when the sentence has no role word. */
export const DEFAULT_ROLE: Record<string, string> = { troops: "deployed", generals: "deployed", people_killed: "killed", people_injured: "injured", casualties: "total" };

const tries = perPack((pack: LangPack) => {
  const items = phraseMap(Object.entries(pack.items), pack.inflection);
  const roles = phraseMap(Object.entries(pack.roles), pack.inflection);
  return {
    items, roles,
    cont: phraseSet(pack.attribution.continuationWords, pack.inflection),
    according: phraseSet(pack.attribution.accordingBefore),
    and: new Set(pack.attribution.andWords.map(normWord)),
    anaphoric: phraseSet(pack.partitive.anaphoric, pack.inflection),
    // Clause breaks for the role search: commas and the pack's conjunctions.
    breaks: new Set([",", ";", ...pack.attribution.conjunctions, ...pack.attribution.andWords].map(normWord)),
    count: phraseSet(pack.countNouns, pack.inflection),
    passive: new Set(pack.attribution.passiveMarkers.map(normWord)),
    other: phraseSet(pack.otherNouns, pack.inflection),
    attack: phraseSet(pack.attackNouns ?? [], pack.inflection),
    speed: phraseSet(pack.speedWords ?? []),
    restate: phraseSet(pack.restatements ?? []),
    /** Nouns are capitalised (German): a lower-case word is no noun, so nothing a number counts. */
    nounsCapitalised: !!pack.nounsCapitalised,
    stop: new Set([...pack.nameStopWords, ...pack.attribution.complementizers].map(normWord)),
    protest: phraseSet(pack.protestCues ?? [], pack.inflection),
    // A preposition ends the counted noun phrase ("27 survivors from collapsed buildings"); "of" links a measure to its item.
    partFirst: phraseSet(pack.partitive.partFirst, pack.inflection),
    supWords: new Set((pack.superlatives?.words ?? []).map(normWord)),
    supSuffixes: (pack.superlatives?.suffixes ?? []).map(normWord),
    pre: new Set(pack.prepositions.map(normWord).filter((p) => !pack.ofWords.map(normWord).includes(p) && !pack.partitive.partFirst.map(normWord).includes(p))),
    // Classifiers, longest first: the glued ones ("৪৮টি", "চারজন") and the separate words ("14 chiếc").
    classifiers: [...new Set([...pack.numbers.numeralSuffixes.classifier, ...pack.numbers.classifiers].map(normWord))].sort((a, b) => b.length - a.length),
    adpositions: phraseSet([...pack.prepositions, ...pack.postpositions]),
    // Postpositions that are not also a qualifier after a number ("৪০টি পর্যন্ত ড্রোন" = up to 40 drones).
    indefinite: new Set(pack.numbers.indefinite.map(normWord)),
    post: phraseSet(pack.postpositions.filter((p) => !(p in pack.numbers.qualifiers.after))),
    classifierItems: Object.entries(pack.classifierItems ?? {}).map(([k, v]) => [normWord(k), v] as const),
  };
});

export interface ItemContext {
  /** Item of the previous quantity in the same paragraph, for "another 14" and "of them". */
  lastItem: string | null;
  lastParagraph: number;
  /** Start of the sentence the last item was counted in. */
  lastSentence?: number;
  /** Token end of that sentence: a count noun in the very next sentence may restate its count. */
  lastSentenceTokEnd?: number;
  /** What the last count of people counted, fate included (people_injured): "of these, 177 were discharged" are still injured. */
  lastPeople?: string;
}

interface Found {
  item: string;
  why: string;
  tokStart: number;
  tokEnd: number;
}

function itemAfter(tokens: Token[], from: number, limit: number, pack: LangPack, numberTokens?: Set<number>): Found | null {
  const t = tries(pack);
  for (let j = from; j < limit && j < from + AFTER_WINDOW; j++) {
    const tok = tokens[j]!;
    // Another count stops the search; a number inside a name ("Ka-52", "Challenger 2") does not.
    if (STOP_PUNCT.has(tok.text) || (tok.kind === "number" && (!numberTokens || numberTokens.has(j)))) return null;
    // A postposition closes the number's phrase: in "নিহত ১৫ জনের মধ্যে শিশুও" the children are not the 15.
    if (j > from - 1 && t.post.matchAt(tokens, j, limit)) return null;
    const m = t.items.matchAt(tokens, j, limit);
    if (m) return { item: m.values[0]!, why: because("item.after", surface(tokens, m.tokStart, m.tokEnd)), tokStart: m.tokStart, tokEnd: m.tokEnd };
    if (t.roles.matchAt(tokens, j, limit) && j > from) return null;
    // A participle may carry its own adjunct before the noun ("48 выпущенных по Киеву ракет"); after any other word the phrase has ended.
    if (j > from && t.pre.has(tok.norm) && !t.roles.matchAt(tokens, j - 1, j)) return null;
  }
  return null;
}

function itemBefore(tokens: Token[], to: number, floor: number, pack: LangPack, window = BEFORE_WINDOW): Found | null {
  const t = tries(pack);
  // The item phrase ending nearest to the number, and of those the longest ("ক্রুজ ক্ষেপণাস্ত্রের",
  // not just "ক্ষেপণাস্ত্রের"): look a little further back than the window for its first word.
  let best: { tokStart: number; tokEnd: number; item: string } | null = null;
  let lo = Math.max(floor, to - window);
  for (let j = to - 1; j >= lo; j--) if (STOP_PUNCT.has(tokens[j]!.text) || tokens[j]!.kind === "number") { lo = j + 1; break; }
  for (let j = Math.max(floor, lo - 2); j < to; j++) {
    const m = t.items.matchAt(tokens, j, to);
    if (!m || m.tokEnd <= lo) continue;
    // "три танка и 12 орудий": a noun right after another number is that number's.
    if (tokens[m.tokStart - 1]?.kind === "number") continue;
    if (!best || m.tokEnd > best.tokEnd || (m.tokEnd === best.tokEnd && m.tokStart < best.tokStart)) best = { tokStart: m.tokStart, tokEnd: m.tokEnd, item: m.values[0]! };
  }
  return best ? { ...best, why: because("item.before", surface(tokens, best.tokStart, best.tokEnd)) } : null;
}

/**
 * "Число погибших … возросло до 35", "the number of injured rose to 23", "নিহতের সংখ্যা বেড়ে ৩৫":
 * a number predicated of a count takes the item named with the count noun, however long the
 * adjunct between them (in the same sentence, before the number). Bengali puts the item before
 * the count noun ("নিহতের সংখ্যা"), the others after it.
 */
function countNounItem(tokens: Token[], to: number, s: Sentence, pack: LangPack, ctx?: ItemContext): Found | null {
  const t = tries(pack);
  for (let j = Math.max(s.tokStart, to - COUNT_WINDOW); j < to; j++) {
    const c = t.count.matchAt(tokens, j, to);
    if (!c) continue;
    // "death toll climbs to 38, more than 12,000 displaced": the count noun is said of the first number after it.
    if (tokens.slice(c.tokEnd, to).some((x) => x.kind === "number")) continue;
    // "the death toll from the quake has risen to 233": a count noun that is itself an item phrase names its item.
    const own = t.items.matchAt(tokens, c.tokStart, to);
    const after = own && own.tokEnd >= c.tokEnd ? own : t.items.matchAt(tokens, c.tokEnd, to);
    const before = j > s.tokStart ? itemBefore(tokens, j, s.tokStart, pack, 2) : null;
    const m = after ? { item: after.values[0]!, tokStart: after.tokStart, tokEnd: after.tokEnd } : before;
    // "police put the figure at 25,000", "… police said. The organisers put the number at 60,000": a count
    // noun with no item of its own restates the count before it in the sentence or the sentence just before.
    // Not inside a partitive ("trong số đó 39"): a count noun governed by a preposition is no subject.
    const restates = ctx && ctx.lastItem && (ctx.lastSentence === s.start || ctx.lastSentenceTokEnd === s.tokStart);
    if (!m && restates && !(j > s.tokStart && t.adpositions.matchAt(tokens, j - 1, j))) return { item: ctx.lastItem!, tokStart: c.tokStart, tokEnd: c.tokEnd, why: because("item.count-noun", `"${surface(tokens, c.tokStart, c.tokEnd)}" restates ${ctx.lastItem}`) };
    if (m) return { item: m.item, tokStart: m.tokStart, tokEnd: m.tokEnd, why: because("item.count-noun", `"${surface(tokens, m.tokStart, m.tokEnd)}" with "${surface(tokens, c.tokStart, c.tokEnd)}"`) };
  }
  return null;
}

/** The classifier that ends a number ("৪৮টি" -> টি, "চারজনের" -> জন, "14 chiếc" -> chiếc), allowing a case ending of up to three letters after it. */
function classifierOf(tokens: Token[], n: NumberMention, pack: LangPack): { cls: string; cased: boolean } | null {
  // A separate classifier with a case ending is left out of the number's span ("২৩ জনকে"): look at the word after it.
  const next = tokens[n.tokEnd];
  if (next && next.kind === "word" && !next.glued) for (const c of tries(pack).classifiers) {
    if (next.norm.startsWith(c) && next.norm.length > c.length && next.norm.length - c.length <= 3) return { cls: c, cased: true };
  }
  const last = tokens[n.tokEnd - 1];
  if (!last || last.kind !== "word") return null;
  for (const c of tries(pack).classifiers) {
    const k = last.norm.lastIndexOf(c);
    const rest = last.norm.length - k - c.length;
    if (k >= 0 && rest <= 3 && (k > 0 || n.tokEnd - n.tokStart > 1)) return { cls: c, cased: rest > 0 };
  }
  return null;
}

/**
 * Whether no noun follows a number: it carries a case ending itself ("দুটিকে", "দুটির"), or what
 * follows is punctuation, the sentence end, a preposition or postposition, a passive marker or a
 * role word ("14 chiếc ở vùng Bryansk", "মাত্র ৯টি।", "৫টি ধ্বংস হয়েছে").
 */
function nounless(tokens: Token[], n: NumberMention, cased: boolean, s: Sentence, pack: LangPack): boolean {
  if (cased) return true;
  const next = tokens[n.tokEnd];
  if (!next || n.tokEnd >= s.tokEnd || next.kind === "punct") return true;
  const t = tries(pack);
  return t.passive.has(next.norm) || !!t.roles.matchAt(tokens, n.tokEnd, s.tokEnd) || !!t.adpositions.matchAt(tokens, n.tokEnd, s.tokEnd);
}

function surface(tokens: Token[], a: number, b: number): string {
  // The words joined by spaces, without the slice and map arrays (this runs for every "why" line).
  if (a < 0 || b > tokens.length) return tokens.slice(a, b).map((t) => t.text).join(" ");
  let out = a < b ? tokens[a]!.text : "";
  for (let k = a + 1; k < b; k++) out += " " + tokens[k]!.text;
  return out;
}

/**
 * "73,16% виборців, тобто 12 418 592 особи": generic persons after a restatement word are what the
 * noun just before it counted (voters), when that noun is an item.
 */
function restated(tokens: Token[], qStart: number, s: Sentence, t: ReturnType<typeof tries>): Found | null {
  for (let j = Math.max(s.tokStart, qStart - 3); j < qStart; j++) {
    const r = t.restate.matchAt(tokens, j, qStart);
    if (!r || r.tokEnd !== qStart) continue;
    const end = tokens[j - 1]?.text === "," || tokens[j - 1]?.text === "\u2014" ? j - 1 : j;
    for (let k = Math.max(s.tokStart, end - 3); k < end; k++) {
      const m = t.items.matchAt(tokens, k, end);
      if (m && m.tokEnd === end && m.values[0] !== "people") return { item: m.values[0]!, tokStart: m.tokStart, tokEnd: m.tokEnd, why: because("item.restated", `"${surface(tokens, m.tokStart, m.tokEnd)}" restated by "${surface(tokens, r.tokStart, r.tokEnd)}"`) };
    }
  }
  return null;
}

/** Whether a plain word (no preposition, conjunction or function word) follows the number: the number counts it. */
function countsWordAfter(tokens: Token[], from: number, s: Sentence, t: ReturnType<typeof tries>): boolean {
  const w = tokens[from];
  if (!w || from >= s.tokEnd || w.kind !== "word") return false;
  // "ist auf 233 gestiegen": where every noun is capitalised, a lower-case word after the number is a verb.
  if (t.nounsCapitalised && !/^\p{Lu}/u.test(w.text)) return false;
  return !t.adpositions.matchAt(tokens, from, s.tokEnd) && !t.stop.has(w.norm) && !t.breaks.has(w.norm);
}

/** How far after a count (past its noun) the verb of its own clause may stand: "ще дев'ятеро людей, у тому числі одна дитина, були травмовані". */
const CLAUSE_AFTER = 10;

/** A continuation word ending right before the count (or its qualifier): "ще 11", "ещё девять", "another 14". */
function continuesBefore(tokens: Token[], qStart: number, s: Sentence, cont: PhraseTrie<string>): boolean {
  for (let j = Math.max(s.tokStart, qStart - 3); j < qStart; j++) { const m = cont.matchAt(tokens, j, qStart); if (m && m.tokEnd === qStart) return true; }
  return false;
}

function near(trie: PhraseTrie<string>, tokens: Token[], a: number, b: number, s: Sentence): boolean {
  for (let j = Math.max(s.tokStart, a - CONTINUATION_WINDOW); j < Math.min(s.tokEnd, b + CONTINUATION_WINDOW + 2); j++) if (trie.matchAt(tokens, j, s.tokEnd)) return true;
  return false;
}

/**
 * Clause breaks between two tokens of a sentence, counted in O(1) from prefix sums made once per
 * sentence: the role search asks this for every pair of a number and a role word, so counting by
 * walking the tokens between them made a long sentence cubic.
 */
interface BreakCounts {
  /** Whether a hard break (";", a dash) lies in tokens [x, y). */
  hard(x: number, y: number): boolean;
  /** Clause breaks (commas, conjunctions) in tokens [x, y). */
  soft(x: number, y: number): number;
}

/**
 * The prefix sums of breakCounts, one pair of buffers reused sentence after sentence (grown when a
 * sentence is longer): the counts of a sentence are only read while its quantities are attached,
 * before the next sentence's are made, and two typed arrays per sentence were a visible share of
 * the stage's time.
 */
let hardBuf = new Int32Array(256), softBuf = new Int32Array(256);

function breakCounts(tokens: Token[], s: Sentence, breaks: Set<string>): BreakCounts {
  const n = s.tokEnd - s.tokStart;
  if (hardBuf.length < n + 1) { hardBuf = new Int32Array(2 * (n + 1)); softBuf = new Int32Array(2 * (n + 1)); }
  const hard = hardBuf, soft = softBuf;
  hard[0] = 0; soft[0] = 0;
  for (let k = 0; k < n; k++) {
    const tok = tokens[s.tokStart + k]!;
    hard[k + 1] = hard[k]! + (HARD_BREAKS.has(tok.text) ? 1 : 0);
    soft[k + 1] = soft[k]! + (breaks.has(tok.norm) ? 1 : 0);
  }
  const at = (a: Int32Array, k: number) => a[Math.min(n, Math.max(0, k - s.tokStart))]!;
  return {
    hard: (x, y) => y > x && at(hard, y) - at(hard, x) > 0,
    soft: (x, y) => (y > x ? at(soft, y) - at(soft, x) : 0),
  };
}

/** Nearest role word to a token range, optionally skipping some roles, by token distance. `hits` are the sentence's role words, found once per sentence. */
function nearestRole(tokens: Token[], a: number, b: number, hits: PhraseMatch<string>[], br: BreakCounts, accept: (role: string) => boolean, exclude?: [number, number], before = Infinity): { role: string; word: string } | null {
  let best: { role: string; word: string; d: number } | null = null;
  for (const h of hits) {
    // Only the role words that end by `before` (skipped here rather than filtered into a new array per call).
    if (h.tokEnd > before) continue;
    if (exclude && h.tokStart >= exclude[0] && h.tokEnd <= exclude[1]) continue;
    const role = h.values[0]!;
    if (!accept(role)) continue;
    // Distance in tokens, from the number before it or from the end of the counted noun after it;
    // a role across a clause break ("shot down, and a few thousand troops …") counts as farther.
    const after = exclude ? Math.max(b, exclude[1]) : b;
    let d = h.tokEnd <= a ? a - h.tokEnd : h.tokStart >= after ? h.tokStart - after : 0;
    // Two numbers, not a destructured pair (an array and its iterator for every role word).
    const x = h.tokEnd <= a ? h.tokEnd : after, y = h.tokEnd <= a ? a : h.tokStart;
    // A semicolon or a dash joins two statements: a role across it belongs to the other one.
    if (br.hard(x, y)) continue;
    d += 3 * br.soft(x, y);
    if (!best || d < best.d) best = { role, word: surface(tokens, h.tokStart, h.tokEnd), d };
  }
  return best;
}

/**
 * Turns the numbers of one sentence into quantities. Numbers with no countable item (years of
 * age, "two countries", a bare "a"/"একটি" used as an article) are dropped: a claim is a count of
 * something the spec knows.
 */
export function attachQuantities(text: string, tokens: Token[], s: Sentence, nums: NumberMention[], all: NumberMention[], pack: LangPack, ctx: ItemContext, names: Array<{ tokStart: number; tokEnd: number }> = []): Array<Quantity & { tokStart: number; tokEnd: number }> {
  const t = tries(pack);
  if (ctx.lastParagraph !== s.paragraph) { ctx.lastItem = null; ctx.lastParagraph = s.paragraph; }
  // Most sentences have no number: skip the per-sentence scans (role words, breaks, anaphors) below.
  if (!nums.length) return [];
  const out: Array<Quantity & { tokStart: number; tokEnd: number }> = [];
  const items = new Map<NumberMention, Found | null>();
  const roleOf = new Map<NumberMention, string>();
  // Wholes first, so that parts can borrow their item.
  const order = wholesFirst(nums);
  // A role word inside a name is no role ("the regional fire service", "International Rescue Committee").
  const inName = inNameFor(s.tokEnd - s.tokStart);
  for (const m of names) for (let k = Math.max(m.tokStart, s.tokStart); k < Math.min(m.tokEnd, s.tokEnd); k++) inName[k - s.tokStart] = 1;
  const roleWords = t.roles.scan(tokens, s.tokStart, s.tokEnd).filter((h) => !inName[h.tokStart - s.tokStart]);
  const breaks = breakCounts(tokens, s, t.breaks);
  const deadWholes = new Set<NumberMention>();
  // The sentence's anaphors ("of these") and protest cues are read by two rare rules only: scanned
  // at their first use (the same matches, from the sentence's start), not for every sentence with a number.
  let anaphors: PhraseMatch<string>[] | null = null;
  let protestCue: boolean | null = null;
  const numberTokens = new Set<number>();
  for (const n of nums) for (let k = n.tokStart; k < n.tokEnd; k++) numberTokens.add(k);
  for (const n of order) {
    const why: string[] = n.why.slice();
    let found: Found | null = null;
    const qStart = n.qualifierSpan ? Math.min(n.tokStart, tokenAt(tokens, n.qualifierSpan.start, s)) : n.tokStart;
    if (n.form === "zero" && n.zeroItem) found = { item: n.zeroItem, why: because("item.negated", n.zeroItem), tokStart: n.tokStart, tokEnd: n.tokEnd };
    // A part names its own item when it has one ("8,000 troops, including 3 generals"), else
    // it counts what its whole counts ("31 of the 48 drones").
    if (!found && n.partOf !== undefined) {
      found = itemAfter(tokens, n.tokEnd, s.tokEnd, pack, numberTokens);
      const whole = all[n.partOf];
      const w = whole ? items.get(whole) : null;
      if (!found && w) found = { ...w, why: because("item.whole", `"${whole!.text}" counts ${w.item}`) };
    }
    // A qualifier after the number ("10 लाख से ज्यादा लोग", "৫০০-র বেশি মানুষ") stands between it and its noun:
    // the noun phrase starts after it, so the qualifier's postposition does not end the phrase.
    const nounFrom = n.qualifierSpan && n.qualifierSpan.start >= n.end ? Math.max(n.tokEnd, tokenAt(tokens, n.qualifierSpan.end, s)) : n.tokEnd;
    if (!found) {
      // "over nine regions", "in 3 districts", "for 2 days": the number counts something that is
      // no item of the spec; it must not borrow an item from elsewhere.
      if (t.other.matchAt(tokens, nounFrom, s.tokEnd)) { items.set(n, null); continue; }
      found = itemAfter(tokens, nounFrom, s.tokEnd, pack, numberTokens);
    }
    const clsHit = found ? null : classifierOf(tokens, n, pack);
    const cls = clsHit?.cls;
    // "১৮০ জন", "চারজন": a classifier for persons counts people when no noun says more.
    const clsItem = cls ? t.classifierItems.find((e) => e[0] === cls)?.[1] : undefined;
    if (!found && clsItem) found = { item: clsItem, why: because("item.classifier", `"${cls}" counts ${clsItem}`), tokStart: n.tokStart, tokEnd: n.tokEnd };
    const anaphoric = near(t.anaphoric, tokens, n.tokStart, n.tokEnd, s);
    if (found && found.item === "people" && anaphoric && ctx.lastItem) found = { ...found, item: ctx.lastItem, why: because("item.anaphoric", ctx.lastItem) };
    if (!found) found = itemBefore(tokens, qStart, s.tokStart, pack);
    else if (found.item === "people" && !anaphoric) {
      // "thương vong … vượt quá 600.000 người": a specific head noun before wins over a generic one after.
      const before = itemBefore(tokens, qStart, s.tokStart, pack, HEAD_WINDOW);
      // Not across a clause break: in "19 की मौत हो गई और 40 से ज्यादा लापता" the dead are another clause's count.
      if (before && PEOPLE_KINDS.has(before.item) && !breaks.soft(before.tokEnd, qStart)) found = before;
    }
    if (found?.item === "people") found = restated(tokens, qStart, s, t) ?? found;
    // "зіткненні двох автобусів": a number right before a word it counts (no item of the pack) is not the count noun's figure.
    if (!found && !countsWordAfter(tokens, n.tokEnd, s, t)) found = countNounItem(tokens, qStart, s, pack, ctx);
    // Ellipsis: "76 drones were shot down and 95 were lost": a bare number right before a verb
    // counts what the count before it in the same sentence counted.
    if (!found && ctx.lastItem && ctx.lastSentence === s.start && (t.passive.has(tokens[n.tokEnd]?.norm ?? "") || t.roles.matchAt(tokens, n.tokEnd, s.tokEnd)))
      found = { item: ctx.lastItem, why: because("item.ellipsis", ctx.lastItem), tokStart: n.tokStart, tokEnd: n.tokEnd };
    // "по данным полиции — 4 тысячи", "police: 18,000": a bare count right after a dash or colon restates the count before it in the sentence.
    // "8 000 selon la police, 40 000 selon les organisateurs": a bare count right before a source restates the count before it.
    if (!found && ctx.lastItem && ctx.lastSentence === s.start && (tokens[qStart - 1]?.text === "," || t.and.has(tokens[qStart - 1]?.norm ?? "")) && t.according.matchAt(tokens, n.tokEnd, s.tokEnd))
      found = { item: ctx.lastItem, why: because("item.ellipsis", `${ctx.lastItem}, restated before a source`), tokStart: n.tokStart, tokEnd: n.tokEnd };
    if (!found && ctx.lastItem && ctx.lastSentence === s.start && [":", "\u2014", "\u2013", "-"].includes(tokens[qStart - 1]?.text ?? ""))
      found = { item: ctx.lastItem, why: because("item.ellipsis", `${ctx.lastItem}, restated after "${tokens[qStart - 1]!.text}"`), tokStart: n.tokStart, tokEnd: n.tokEnd };
    if (!found && ctx.lastItem && (anaphoric || near(t.cont, tokens, qStart, n.tokEnd, s)))
      found = { item: ctx.lastItem, why: because("item.continues", ctx.lastItem), tokStart: n.tokStart, tokEnd: n.tokEnd };
    // "এর একটি পৌঁছেছে, আর দুটিকে উদ্ধার করেছে", "14 chiếc ở vùng Bryansk": a classifier with no noun
    // after it counts what the paragraph was counting.
    if (!found && clsHit && ctx.lastItem && nounless(tokens, n, clsHit.cased, s, pack))
      found = { item: ctx.lastItem, why: because("item.classifier-elided", `"${cls}" with no noun: ${ctx.lastItem}, counted before in the paragraph`), tokStart: n.tokStart, tokEnd: n.tokEnd };
    // "दो को रेफर किया गया", "85 का इलाज": in a language of postpositions a bare number with a case
    // postposition right after it is a noun phrase of its own, the items counted before in the paragraph.
    if (!found && ctx.lastItem && n.tokEnd < s.tokEnd && t.post.matchAt(tokens, n.tokEnd, s.tokEnd))
      found = { item: ctx.lastItem, why: because("item.ellipsis", `${ctx.lastItem}, a bare count with the postposition "${tokens[n.tokEnd]!.text}"`), tokStart: n.tokStart, tokEnd: n.tokEnd };
    items.set(n, found);
    if (!found) continue;
    // "one of the largest attacks", "одна из крупнейших атак": a superlative class, not a count.
    if (n.value === 1 && superlativeAfter(tokens, n.tokEnd, s.tokEnd, t)) continue;
    // "a few drones" is no figure anyone claims ("a few thousand troops" is: about 3,000).
    if (n.value < 10 && n.why.some((w) => w.startsWith("vague quantity word"))) continue;
    // The numeral "one" as an indefinite article ("একটি ড্রোন", "một UAV") is no count; with no noun
    // after it ("এর একটি পৌঁছেছে" = one of them reached) it is the numeral.
    // A noun that is itself a casualty ("un mort", "একজন নিহত") is only ever counted, never an
    // article's mere "a" (rule item.indefinite-casualty).
    const casualtyNoun = (found.item === "people_killed" || found.item === "people_injured") && found.tokStart === n.tokEnd;
    const article = n.indefinite && n.qualifier === "exact" && n.partOf === undefined && n.wholeOf === undefined && !found.why.startsWith("item.classifier-elided") && !casualtyNoun;
    // "une personne a péri", "a coûté la vie à une personne": a person whose death or injury the clause
    // reports is counted, like a casualty noun (decided once the role is known, below).
    const personFate = article && PERSONS.has(found.item) && found.tokStart === n.tokEnd;
    if (article && !personFate) continue;
    if (n.indefinite && casualtyNoun) why.push(because("item.indefinite-casualty", `"${n.text}" before a casualty noun counts one`));
    // A "qualifier" that is also a preposition before the article is the preposition ("trên một chiếc thuyền" = on a boat).
    if (n.value === 1 && t.indefinite.has(tokens[n.tokStart]!.norm) && n.qualifierSpan && t.adpositions.matchAt(tokens, tokenAt(tokens, n.qualifierSpan.start, s), n.tokStart)) continue;
    why.push(found.why);

    // Role: fixed by the item, else the negation's, else the nearest role word. In "31 of 48
    // launched", the whole takes the launch and the part what happened to it.
    // A part that borrows its whole's people ("49 injured, two of them died") takes its own fate.
    const borrowed = n.partOf !== undefined && PEOPLE_FATE.has(found.item) && found.why.startsWith("item.whole");
    let role: string | null = (borrowed ? undefined : FIXED_ROLE[found.item]) ?? (n.form === "zero" ? n.zeroRole ?? null : null);
    const itemSpan: [number, number] = [found.tokStart, found.tokEnd];
    // "1,018 injured", "23 người bị thương", "40 से ज्यादा लापता": the item phrase is itself the role.
    if (!role && found.tokEnd > found.tokStart && (DEFAULT_ROLE[found.item] || found.item === "people")) {
      const own = t.roles.firstIn(tokens, found.tokStart, found.tokEnd);
      if (own && (found.item === "people" || own.values[0] === DEFAULT_ROLE[found.item])) { role = own.values[0]!; why.push(because("role.own-word", role)); }
    }
    const part = n.wholeOf !== undefined ? all[n.wholeOf] : undefined;
    if (!role && n.wholeOf !== undefined && part && part.start > n.start && !nearestRole(tokens, n.tokStart, n.tokEnd, roleWords, breaks, (x) => x === "launched", itemSpan)) {
      // Whole first ("shot down 39 drones, 21 of them over Kursk"): the verb governs the whole.
      // Only the words before the part: what follows it is said of the part ("trong đó hơn 200 người thiệt mạng").
      const r = nearestRole(tokens, n.tokStart, n.tokEnd, roleWords, breaks, () => true, itemSpan, part.tokStart);
      role = r?.role ?? DEFAULT_ROLE[found.item] ?? "total";
      why.push(because("role.whole-first", r ? `${role} ("${r.word}")` : role));
    } else if (!role && n.wholeOf !== undefined) {
      const r = nearestRole(tokens, n.tokStart, n.tokEnd, roleWords, breaks, (x) => x === "launched", itemSpan);
      role = r ? "launched" : DEFAULT_ROLE[found.item] ?? "total";
      why.push(because("role.partitive-whole", r ? `launched ("${r.word}")` : role));
    } else if (!role && n.partOf !== undefined) {
      const r = nearestRole(tokens, n.tokStart, n.tokEnd, roleWords, breaks, (x) => x !== "launched", itemSpan);
      const whole = all[n.partOf];
      const wr = whole ? roleOf.get(whole) : undefined;
      if (r) { role = r.role; why.push(because("role.partitive-part", `${r.role} ("${r.word}")`)); }
      else if (wr && wr !== "total" && wr !== "launched") { role = wr; why.push(because("role.partitive-inherit", `${wr}, as its whole "${whole!.text}"`)); }
    } else if (!role) {
      // "загинув один чоловік, ще дев'ятеро … були травмовані": after a continuation word the count
      // opens a clause of its own; its verb follows it (within the clause), else the nearest counts.
      const own = continuesBefore(tokens, qStart, s, t.cont) ? nearestRole(tokens, n.tokStart, n.tokEnd, roleWords.filter((h) => h.tokStart >= n.tokEnd && h.tokStart - Math.max(n.tokEnd, itemSpan[1]) <= CLAUSE_AFTER), breaks, () => true, itemSpan) : null;
      const r = own ?? nearestRole(tokens, n.tokStart, n.tokEnd, roleWords, breaks, () => true, itemSpan);
      if (own) { role = own.role; why.push(because("role.continues", `${own.role} ("${own.word}")`)); }
      else if (r) { role = r.role; why.push(because("role.nearest", `${r.role} ("${r.word}")`)); }
    } else why.push(because("role.fixed", role));
    // "458 drone attacks", "458 атак беспилотников": a count of attacks by a weapon is that weapon launched.
    if ((role === "total" || !role) && found.tokEnd > found.tokStart && attackNear(tokens, n.tokEnd, found, t.attack)) { role = "launched"; why.push(because("role.weapon-attacks", `"${surface(tokens, n.tokEnd, found.tokEnd + 1)}"`)); }
    // "12 задержанных", "the 40 evacuated": the counted word is itself the role.
    if (!role && found.tokEnd > found.tokStart) {
      const own = t.roles.firstIn(tokens, found.tokStart, found.tokEnd);
      if (own) { role = own.values[0]!; why.push(because("role.own-word", role)); }
    }
    let item = found.item;
    // "210 शव बरामद", "34 bodies were recovered": bodies recovered count the dead, and so do the parts
    // of such a count ("जिनमें 83 महिलाएं" = 83 of them women).
    const whole = n.partOf !== undefined ? all[n.partOf] : undefined;
    if (role === "recovered" && (item === "body" || (whole && deadWholes.has(whole)))) {
      if (item === "body") { item = "people_killed"; deadWholes.add(n); }
      role = "killed";
      why.push(because("item.bodies-recovered", `${item}, killed`));
    }
    // "इनमें से 177 को छुट्टी मिली" after "264 लोग घायल हुए": a part of the injured that is discharged or
    // moved is still counted among the injured; only another fate (died, missing) changes its item.
    // The "of these" reaches every bare count after it in the sentence ("इनमें से 177 को …, दो को … और 85 का …").
    const ofThese = anaphoric || (borrowedItem(found) && (anaphors ??= t.anaphoric.scan(tokens, s.tokStart, s.tokEnd)).some((a) => a.tokEnd <= n.tokStart));
    if (item === "people" && ofThese && ctx.lastPeople === "people_injured" && role !== "killed" && role !== "missing") { item = "people_injured"; why.push(because("item.anaphoric-fate", `${item}: a part of the injured counted before`)); }
    // "प्रदर्शन में 35 लाख लोग शामिल हुए", "took to the streets": people who attend a protest are protesters.
    if (item === "people" && role === "attended" && (protestCue ??= t.protest.firstIn(tokens, s.tokStart, s.tokEnd) !== null)) { item = "protesters"; why.push(because("item.protest-crowd", item)); }
    // "winds of up to 250 kilometres (155 miles) per hour": a distance per hour is a speed, not a distance.
    if (role === "distance" && perHour(tokens, found.tokEnd, s.tokEnd, t.speed)) { item = `${item}_per_hour`; role = "total"; why.push(because("item.speed", item)); }
    if (PEOPLE_FATE.has(item) && role === "killed" && item !== "people_killed") { item = "people_killed"; why.push(because("item.people-fate", item)); }
    if (PEOPLE_FATE.has(item) && role === "injured" && item !== "people_injured") { item = "people_injured"; why.push(because("item.people-fate", item)); }
    // Cases of a disease that proved fatal ("390,000 cases, of which 4,332 fatal") are deaths.
    if (item === "case" && role === "killed" && n.partOf !== undefined) { item = "people_killed"; why.push(because("item.people-fate", `${item}: fatal cases`)); }
    // Passengers and crew are people on board: what befalls them is counted as people ("20 пассажиров не найдены").
    if (ON_BOARD.has(item) && (role === "missing" || role === "killed" || role === "injured")) { item = role === "killed" ? "people_killed" : role === "injured" ? "people_injured" : "people"; why.push(because("item.people-fate", item)); }
    // People or fighters "shot down" or "destroyed" ("15 आतंकियों को मार गिराया", "уничтожены 15 боевиков") are killed.
    if (role === "destroyed" && (PERSONS.has(item) || item === "militants")) { role = "killed"; why.push(because("role.people-destroyed", role)); }
    // People who are lost are missing (drones that are lost are lost).
    if (role === "lost" && PERSONS.has(item)) { role = "missing"; why.push(because("role.people-lost", role)); }
    if (personFate) {
      if (role !== "killed" && role !== "injured") continue;
      why.push(because("item.indefinite-casualty", `"${n.text}" person ${role}: counts one`));
    }
    if (!role) { role = DEFAULT_ROLE[item] ?? "total"; why.push(because("role.default", `${role} for ${item}`)); }
    // People are sent, not launched or handed over: troops that are "sent" are deployed.
    if ((item === "troops" || item === "generals") && (role === "launched" || role === "transferred" || role === "attended")) { role = "deployed"; why.push(because("role.people-sent", "deployed")); }
    // Carry the base item, so that the next count is read again by its own role ("4 killed, 11 more injured").
    ctx.lastItem = (found.item === "people" || found.item === "people_killed" || found.item === "people_injured") && item !== "protesters" ? "people" : item;
    if (PEOPLE_FATE.has(item)) ctx.lastPeople = item;
    ctx.lastSentence = s.start;
    roleOf.set(n, role);
    ctx.lastSentenceTokEnd = s.tokEnd;
    out.push({ value: n.value, item, role, qualifier: n.qualifier, text: n.text, start: n.start, end: n.end, why, tokStart: n.tokStart, tokEnd: n.tokEnd });
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

/**
 * The numbers with the wholes first and the parts after them, each in their order (as the stable
 * sort by "is a part" made them): most sentences have no part, and then the numbers as they are.
 */
function wholesFirst(nums: NumberMention[]): NumberMention[] {
  let parts = false;
  for (const n of nums) if (n.partOf !== undefined) { parts = true; break; }
  if (!parts) return nums;
  const out: NumberMention[] = [];
  for (const n of nums) if (n.partOf === undefined) out.push(n);
  for (const n of nums) if (n.partOf !== undefined) out.push(n);
  return out;
}

/** attachQuantities' mask of the tokens inside names. */
const inNameFor = reusableMask();

/** Whether a count took its item from the count before it rather than from a noun of its own. */
function borrowedItem(f: Found): boolean {
  return f.why.startsWith("item.ellipsis") || f.why.startsWith("item.continues") || f.why.startsWith("item.anaphoric");
}

/** A partitive marker right after the number whose next word is a superlative ("of the largest", "из крупнейших", "из самых"). */
function superlativeAfter(tokens: Token[], from: number, to: number, t: ReturnType<typeof tries>): boolean {
  const m = t.partFirst.matchAt(tokens, from, to);
  const w = m ? tokens[m.tokEnd] : undefined;
  if (!w || w.kind !== "word") return false;
  return t.supWords.has(w.norm) || t.supSuffixes.some((x) => w.norm.length > x.length + 2 && w.norm.endsWith(x));
}

/** A speed word after a unit, past a parenthetical restatement ("(155 miles) per hour"). */
function perHour(tokens: Token[], from: number, to: number, speed: PhraseTrie<string>): boolean {
  let j = from;
  // The restatement itself: "(155 miles) per hour".
  if (tokens[j]?.text === ")") j++;
  else if (tokens[j]?.text === "(") { const k = tokens.slice(j, Math.min(to, j + 8)).findIndex((x) => x.text === ")"); if (k < 0) return false; j += k + 1; }
  return j < to && !!speed.matchAt(tokens, j, to);
}

/** An attack noun between the number and its item, or right after the item. */
function attackNear(tokens: Token[], numEnd: number, found: Found, attack: PhraseTrie<string>): boolean {
  if (found.tokStart < numEnd) return false;
  if (attack.firstIn(tokens, numEnd, found.tokStart)) return true;
  return !!attack.matchAt(tokens, found.tokEnd, found.tokEnd + 1);
}

function tokenAt(tokens: Token[], offset: number, s: Sentence): number {
  for (let j = s.tokStart; j < s.tokEnd; j++) if (tokens[j]!.end > offset) return j;
  return s.tokEnd;
}
