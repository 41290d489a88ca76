// Quantities: a number becomes a quantity once we know what it counts (the item) and what the
// sentence says about those items (the role). Item: the nearest item noun after the number
// (adjectives and classifiers may stand between: "83 Ukrainian drones", "10 triệu quả đạn pháo"),
// else the whole of a partitive ("31 of the 48 UAVs"), else a noun just before it (Bengali
// genitive "ক্রুজ ক্ষেপণাস্ত্রের এক তৃতীয়াংশ"), else, when the text says the count continues
// ("another 14", "of them"), the item counted just before. Role: the nearest role word.
import type { NumberMention, Quantity, Sentence, Token } from "../types.js";
import type { LangPack } from "../lang/types.js";
import { PhraseTrie, perPack, phraseSet, type PhraseMatch } from "./phrases.js";
import { normWord } from "./tokenize.js";

const AFTER_WINDOW = 5;
const BEFORE_WINDOW = 4;
/** How far back a specific head noun may stand from its number ("thương vong của Nga đã vượt quá 600.000 người"). */
const HEAD_WINDOW = 7;
/** How far back a count noun may stand from the number it is predicated of. */
const COUNT_WINDOW = 14;
const CONTINUATION_WINDOW = 2;
const HARD_BREAKS = new Set([";", "\u2014"]);
const STOP_PUNCT = new Set([".", ",", ";", ":", "!", "?", "।", "\u2014", "\u2013"]);

/** Items whose role is fixed by what they are: a distance is a distance whatever the verb. */
export const FIXED_ROLE: Record<string, string> = { km: "distance", usd: "amount", eur: "amount", percent: "total" };
/** Items that count people in a specific way, preferred over a generic "people"/"người"/"человек". */
const PEOPLE_KINDS = new Set(["casualties", "people_killed", "people_injured", "civilians", "troops", "prisoners"]);
/** Role when the sentence has no role word. */
export const DEFAULT_ROLE: Record<string, string> = { troops: "deployed", generals: "deployed", people_killed: "killed", people_injured: "injured", casualties: "total" };

const tries = perPack((pack: LangPack) => {
  const items = new PhraseTrie<string>(pack.inflection);
  for (const [k, v] of Object.entries(pack.items)) items.add(k, v);
  const roles = new PhraseTrie<string>(pack.inflection);
  for (const [k, v] of Object.entries(pack.roles)) roles.add(k, v);
  return {
    items, roles,
    cont: phraseSet(pack.attribution.continuationWords, pack.inflection),
    anaphoric: phraseSet(pack.partitive.anaphoric, pack.inflection),
    // Clause breaks for the role search: commas and the pack's conjunctions.
    breaks: new Set([",", ";", ...pack.attribution.conjunctions, ...pack.attribution.andWords].map(normWord)),
    count: phraseSet(pack.countNouns, pack.inflection),
    passive: new Set(pack.attribution.passiveMarkers.map(normWord)),
    other: phraseSet(pack.otherNouns, pack.inflection),
  };
});

export interface ItemContext {
  /** Item of the previous quantity in the same paragraph, for "another 14" and "of them". */
  lastItem: string | null;
  lastParagraph: number;
  /** Start of the sentence the last item was counted in. */
  lastSentence?: number;
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
    const m = t.items.matchAt(tokens, j, limit);
    if (m) return { item: m.values[0]!, why: `item: "${surface(tokens, m.tokStart, m.tokEnd)}" after the number`, tokStart: m.tokStart, tokEnd: m.tokEnd };
    if (t.roles.matchAt(tokens, j, limit) && j > from) return null;
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
  return best ? { ...best, why: `item: "${surface(tokens, best.tokStart, best.tokEnd)}" before the number` } : null;
}

/**
 * "Число погибших … возросло до 35", "the number of injured rose to 23", "নিহতের সংখ্যা বেড়ে ৩৫":
 * a number predicated of a count takes the item named with the count noun, however long the
 * adjunct between them (in the same sentence, before the number). Bengali puts the item before
 * the count noun ("নিহতের সংখ্যা"), the others after it.
 */
function countNounItem(tokens: Token[], to: number, s: Sentence, pack: LangPack): Found | null {
  const t = tries(pack);
  for (let j = Math.max(s.tokStart, to - COUNT_WINDOW); j < to; j++) {
    const c = t.count.matchAt(tokens, j, to);
    if (!c) continue;
    const after = t.items.matchAt(tokens, c.tokEnd, to);
    const before = j > s.tokStart ? itemBefore(tokens, j, s.tokStart, pack, 2) : null;
    const m = after ? { item: after.values[0]!, tokStart: after.tokStart, tokEnd: after.tokEnd } : before;
    if (m) return { item: m.item, tokStart: m.tokStart, tokEnd: m.tokEnd, why: `item: "${surface(tokens, m.tokStart, m.tokEnd)}", named with the count "${surface(tokens, c.tokStart, c.tokEnd)}"` };
  }
  return null;
}

function surface(tokens: Token[], a: number, b: number): string {
  return tokens.slice(a, b).map((t) => t.text).join(" ");
}

function near(trie: PhraseTrie<string>, tokens: Token[], a: number, b: number, s: Sentence): boolean {
  for (let j = Math.max(s.tokStart, a - CONTINUATION_WINDOW); j < Math.min(s.tokEnd, b + CONTINUATION_WINDOW + 2); j++) if (trie.matchAt(tokens, j, s.tokEnd)) return true;
  return false;
}

/** Nearest role word to a token range, optionally skipping some roles, by token distance. `hits` are the sentence's role words, found once per sentence. */
function nearestRole(tokens: Token[], a: number, b: number, sentenceHits: PhraseMatch<string>[], pack: LangPack, accept: (role: string) => boolean, exclude?: [number, number], before = Infinity): { role: string; word: string } | null {
  const t = tries(pack);
  const hits = sentenceHits.filter((h) => h.tokEnd <= before);
  let best: { role: string; word: string; d: number } | null = null;
  for (const h of hits) {
    if (exclude && h.tokStart >= exclude[0] && h.tokEnd <= exclude[1]) continue;
    const role = h.values[0]!;
    if (!accept(role)) continue;
    // Distance in tokens, from the number before it or from the end of the counted noun after it;
    // a role across a clause break ("shot down, and a few thousand troops …") counts as farther.
    const after = exclude ? Math.max(b, exclude[1]) : b;
    let d = h.tokEnd <= a ? a - h.tokEnd : h.tokStart >= after ? h.tokStart - after : 0;
    const [x, y] = h.tokEnd <= a ? [h.tokEnd, a] : [after, h.tokStart];
    let hard = false;
    for (let j = x; j < y; j++) {
      // A semicolon or a dash joins two statements: a role across it belongs to the other one.
      if (HARD_BREAKS.has(tokens[j]!.text)) { hard = true; break; }
      if (t.breaks.has(tokens[j]!.norm)) d += 3;
    }
    if (hard) continue;
    if (!best || d < best.d) best = { role, word: surface(tokens, h.tokStart, h.tokEnd), d };
  }
  return best;
}

/**
 * Turns the numbers of one sentence into quantities. Numbers with no countable item (years of
 * age, "two countries", a bare "a"/"একটি" used as an article) are dropped: a claim is a count of
 * something the spec knows.
 */
export function attachQuantities(text: string, tokens: Token[], s: Sentence, nums: NumberMention[], all: NumberMention[], pack: LangPack, ctx: ItemContext): Array<Quantity & { tokStart: number; tokEnd: number }> {
  const t = tries(pack);
  if (ctx.lastParagraph !== s.paragraph) { ctx.lastItem = null; ctx.lastParagraph = s.paragraph; }
  const out: Array<Quantity & { tokStart: number; tokEnd: number }> = [];
  const items = new Map<NumberMention, Found | null>();
  // Wholes first, so that parts can borrow their item.
  const order = [...nums].sort((x, y) => Number(x.partOf !== undefined) - Number(y.partOf !== undefined));
  const roleWords = t.roles.scan(tokens, s.tokStart, s.tokEnd);
  const numberTokens = new Set<number>();
  for (const n of nums) for (let k = n.tokStart; k < n.tokEnd; k++) numberTokens.add(k);
  for (const n of order) {
    const why: string[] = [...n.why];
    let found: Found | null = null;
    const qStart = n.qualifierSpan ? Math.min(n.tokStart, tokenAt(tokens, n.qualifierSpan.start, s)) : n.tokStart;
    if (n.form === "zero" && n.zeroItem) found = { item: n.zeroItem, why: `item: implied by the negated count`, tokStart: n.tokStart, tokEnd: n.tokEnd };
    // A part names its own item when it has one ("8,000 troops, including 3 generals"), else
    // it counts what its whole counts ("31 of the 48 drones").
    if (!found && n.partOf !== undefined) {
      found = itemAfter(tokens, n.tokEnd, s.tokEnd, pack, numberTokens);
      const whole = all[n.partOf];
      const w = whole ? items.get(whole) : null;
      if (!found && w) found = { ...w, why: `item: the whole "${whole!.text}" counts ${w.item}` };
    }
    if (!found) {
      // "over nine regions", "in 3 districts", "for 2 days": the number counts something that is
      // no item of the spec; it must not borrow an item from elsewhere.
      if (t.other.matchAt(tokens, n.tokEnd, s.tokEnd)) { items.set(n, null); continue; }
      found = itemAfter(tokens, n.tokEnd, s.tokEnd, pack, numberTokens);
    }
    const anaphoric = near(t.anaphoric, tokens, n.tokStart, n.tokEnd, s);
    if (found && found.item === "people" && anaphoric && ctx.lastItem) found = { ...found, item: ctx.lastItem, why: `item: "of them" refers back to ${ctx.lastItem}` };
    if (!found) found = itemBefore(tokens, qStart, s.tokStart, pack);
    else if (found.item === "people" && !anaphoric) {
      // "thương vong … vượt quá 600.000 người": a specific head noun before wins over a generic one after.
      const before = itemBefore(tokens, qStart, s.tokStart, pack, HEAD_WINDOW);
      if (before && PEOPLE_KINDS.has(before.item)) found = before;
    }
    if (!found) found = countNounItem(tokens, qStart, s, pack);
    // Ellipsis: "76 drones were shot down and 95 were lost": a bare number right before a verb
    // counts what the count before it in the same sentence counted.
    if (!found && ctx.lastItem && ctx.lastSentence === s.start && (t.passive.has(tokens[n.tokEnd]?.norm ?? "") || t.roles.matchAt(tokens, n.tokEnd, s.tokEnd)))
      found = { item: ctx.lastItem, why: `item: ${ctx.lastItem}, the noun left out after the count before it`, tokStart: n.tokStart, tokEnd: n.tokEnd };
    if (!found && ctx.lastItem && (anaphoric || near(t.cont, tokens, qStart, n.tokEnd, s)))
      found = { item: ctx.lastItem, why: `item: continues the count of ${ctx.lastItem} before it`, tokStart: n.tokStart, tokEnd: n.tokEnd };
    items.set(n, found);
    if (!found) continue;
    // "a few drones" is no figure anyone claims ("a few thousand troops" is: about 3,000).
    if (n.value < 10 && n.why.some((w) => w.startsWith("vague quantity word"))) continue;
    // The numeral "one" as an indefinite article ("একটি ড্রোন", "một UAV") is no count.
    if (n.indefinite && n.qualifier === "exact" && n.partOf === undefined && n.wholeOf === undefined) continue;
    why.push(found.why);

    // Role: fixed by the item, else the negation's, else the nearest role word. In "31 of 48
    // launched", the whole takes the launch and the part what happened to it.
    let role: string | null = FIXED_ROLE[found.item] ?? (n.form === "zero" ? n.zeroRole ?? null : null);
    const itemSpan: [number, number] = [found.tokStart, found.tokEnd];
    // "1,018 injured", "23 người bị thương": the item phrase is itself the role.
    if (!role && DEFAULT_ROLE[found.item] && found.tokEnd > found.tokStart) {
      const own = t.roles.scan(tokens, found.tokStart, found.tokEnd)[0];
      if (own && own.values[0] === DEFAULT_ROLE[found.item]) { role = own.values[0]!; why.push(`role: ${role} (the item's own word)`); }
    }
    const part = n.wholeOf !== undefined ? all[n.wholeOf] : undefined;
    if (!role && n.wholeOf !== undefined && part && part.start > n.start && !nearestRole(tokens, n.tokStart, n.tokEnd, roleWords, pack, (x) => x === "launched", itemSpan)) {
      // Whole first ("shot down 39 drones, 21 of them over Kursk"): the verb governs the whole.
      // Only the words before the part: what follows it is said of the part ("trong đó hơn 200 người thiệt mạng").
      const r = nearestRole(tokens, n.tokStart, n.tokEnd, roleWords, pack, () => true, itemSpan, part.tokStart);
      role = r?.role ?? DEFAULT_ROLE[found.item] ?? "total";
      why.push(r ? `role: ${role} ("${r.word}"), the whole named first` : `role: ${role}, the whole named first`);
    } else if (!role && n.wholeOf !== undefined) {
      const r = nearestRole(tokens, n.tokStart, n.tokEnd, roleWords, pack, (x) => x === "launched", itemSpan);
      role = r ? "launched" : DEFAULT_ROLE[found.item] ?? "total";
      why.push(r ? `role: launched ("${r.word}"), the whole of a partitive` : `role: ${role}, the whole of a partitive`);
    } else if (!role && n.partOf !== undefined) {
      const r = nearestRole(tokens, n.tokStart, n.tokEnd, roleWords, pack, (x) => x !== "launched", itemSpan);
      if (r) { role = r.role; why.push(`role: ${r.role} ("${r.word}"), the part of a partitive`); }
    } else if (!role) {
      const r = nearestRole(tokens, n.tokStart, n.tokEnd, roleWords, pack, () => true, itemSpan);
      if (r) { role = r.role; why.push(`role: ${r.role} ("${r.word}")`); }
    } else why.push(`role: ${role}`);
    let item = found.item;
    if (item === "people" && role === "killed") item = "people_killed";
    if (item === "people" && role === "injured") item = "people_injured";
    if (!role) { role = DEFAULT_ROLE[item] ?? "total"; why.push(`role: ${role} (default for ${item})`); }
    // People are sent, not launched or handed over: troops that are "sent" are deployed.
    if ((item === "troops" || item === "generals") && (role === "launched" || role === "transferred")) { role = "deployed"; why.push("role: deployed (troops that are sent)"); }
    // Carry the base item, so that the next count is read again by its own role ("4 killed, 11 more injured").
    ctx.lastItem = found.item === "people" || found.item === "people_killed" || found.item === "people_injured" ? "people" : item;
    ctx.lastSentence = s.start;
    out.push({ value: n.value, item, role, qualifier: n.qualifier, text: n.text, start: n.start, end: n.end, why, tokStart: n.tokStart, tokEnd: n.tokEnd });
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

function tokenAt(tokens: Token[], offset: number, s: Sentence): number {
  for (let j = s.tokStart; j < s.tokEnd; j++) if (tokens[j]!.end > offset) return j;
  return s.tokEnd;
}
