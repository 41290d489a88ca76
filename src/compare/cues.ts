// What kind of figure a number is, read from the words around it in the claim's evidence: an event
// count or a running total, a point of a rising series, a night, a background figure (a city's
// population), a rank ("one of the largest"), and whose count it is (Ukraine's losses or Russia's).
// Extraction does not (yet) say these things; compare reads them conservatively from the
// language packs' cue lists (src/lang/<code>/compare.ts) and, when unsure, keeps figures apart.
import type { Lang, Quantity } from "../types.js";
import type { CompareCues } from "../lang/types.js";
import { packFor } from "../lang/index.js";
import { loadGazetteer } from "../gazetteer/load.js";
import type { SourcedClaim } from "./types.js";
import { itemClass, roleClass } from "./vocabulary.js";

export interface FigureContext {
  /** "since the war began", "so far this year": a running total, never compared with one event's count. */
  total: boolean;
  /** "the toll rose to 233": a point of a series. */
  rising: boolean;
  /** The claim speaks of a night ("overnight", "late at night"): the event spans two dates. */
  night: boolean;
  /** A population or size, not something that happened. */
  background: boolean;
  /** "one of the largest attacks": the "one" ranks, it does not count. */
  rank: boolean;
  /** Whose count it is, for losses: the country named as its owner ("Ukraine lost 43,000", "198,000 Russian troops"); null when none is. */
  side: string | null;
}

/** Roles whose count belongs to a side: one army's losses are not the other's. */
export const SIDED_ROLES = new Set(["killed", "injured", "lost", "captured", "missing", "wounded"]);
/**
 * Items that belong to an army. A disaster's toll "in Afghanistan" has no side, and a country
 * named next to it is where, not whose (a Bengali locative looks like any other inflected name).
 */
export const SIDED_ITEMS = new Set(["troops", "generals", "casualties", "tank", "aircraft", "helicopter", "armoured_vehicle", "ship"]);

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const WORD = "[\\p{L}\\p{M}\\p{N}]";

/** A suffixing language lets endings follow a cue word ("রাতে" for "রাত", "России" for "Росси…"). */
function suffixing(lang: Lang): boolean {
  return packFor(lang).inflection.suffixes.some((s) => /\p{L}/u.test(s) && !s.includes("'") && !s.includes("\u2019"));
}

function cueRegex(phrases: string[], lang: Lang): RegExp | null {
  if (!phrases.length) return null;
  const alt = [...phrases].sort((a, b) => b.length - a.length).map(esc).join("|");
  const end = suffixing(lang) ? "" : `(?!${WORD})`;
  // Matched against lower-cased text: a case-insensitive Unicode regex is several times slower.
  return new RegExp(`(?<!${WORD})(?:${alt.toLowerCase()})${end}`, "u");
}

const EMPTY: CompareCues = { runningTotal: [], rising: [], night: [], background: [], rank: [] };
type CueSet = { [K in keyof CompareCues]: RegExp | null };
// Caches by pack object: a pack registered at run time (or again) gets its own tables.
const cueCache = new WeakMap<object, CueSet>();

function cuesFor(lang: Lang): CueSet {
  let c = cueCache.get(packFor(lang));
  if (!c) {
    const src = packFor(lang).compare ?? EMPTY;
    c = {
      runningTotal: cueRegex(src.runningTotal, lang), rising: cueRegex(src.rising, lang), night: cueRegex(src.night, lang),
      background: cueRegex(src.background, lang), rank: cueRegex(src.rank, lang),
    };
    cueCache.set(packFor(lang), c);
  }
  return c;
}

/**
 * Country names and adjectives of the gazetteer in one language as two alternations (one of the
 * forms matched in any case, one of the short or listed forms matched only as written), with the
 * country each form names: one scan of a stretch, not one per form.
 */
interface CountryForms { res: RegExp[]; country: Map<string, string> }
const countryCache = new WeakMap<object, CountryForms>();

function countriesFor(lang: Lang): CountryForms {
  let c = countryCache.get(packFor(lang));
  if (c) return c;
  const end = suffixing(lang) ? "" : `(?!${WORD})`;
  const anyCase: string[] = [], asWritten: string[] = [];
  const country = new Map<string, string>();
  for (const e of loadGazetteer().entities) {
    if (e.type !== "country") continue;
    const strict = new Set(e.caseSensitive ?? []);
    const forms = [...(e.aliases[lang] ?? []), ...((e as { adjectives?: Record<string, string[]> }).adjectives?.[lang] ?? [])];
    for (const f of forms) {
      if (f.length < 2) continue;
      (strict.has(f) || f.length <= 3 ? asWritten : anyCase).push(f);
      if (!country.has(f.toLowerCase())) country.set(f.toLowerCase(), e.name.toLowerCase());
    }
  }
  const alt = (fs: string[]) => fs.sort((a, b) => b.length - a.length).map(esc).join("|");
  const res = [
    ...(anyCase.length ? [new RegExp(`(?<!${WORD})(?:${alt(anyCase)})${end}`, "giu")] : []),
    ...(asWritten.length ? [new RegExp(`(?<!${WORD})(?:${alt(asWritten)})${end}`, "gu")] : []),
  ];
  c = { res, country };
  countryCache.set(packFor(lang), c);
  return c;
}

/** Words that put a country name in place position ("in Ukraine"): a place, not an owner. */
const prepCache = new WeakMap<object, RegExp | null>();
function placePrepBefore(lang: Lang): RegExp | null {
  const pack = packFor(lang);
  if (!prepCache.has(pack)) {
    const preps = pack.prepositions.filter((p) => p !== "of" && p !== "by");
    prepCache.set(pack, preps.length ? new RegExp(`(?<!${WORD})(?:${preps.map(esc).join("|")})\\s+$`, "iu") : null);
  }
  return prepCache.get(pack)!;
}

/** The country named in `text` nearest its end (`last`) or start, not in place position. */
function countryIn(text: string, lang: Lang, last: boolean): string | null {
  if (!text) return null;
  let best: { at: number; country: string } | null = null;
  const prep = placePrepBefore(lang);
  const { res, country } = countriesFor(lang);
  for (const re of res) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (prep && prep.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
      const name = country.get(m[0].toLowerCase());
      if (name && (!best || (last ? m.index > best.at : m.index < best.at))) best = { at: m.index, country: name };
    }
  }
  return best?.country ?? null;
}

/**
 * The number's own stretch of the evidence: from the number before it (or the evidence's start)
 * to the number after it (or the end), cut at a semicolon or sentence end, as text before and
 * after the number.
 */
export function stretchOf(sc: SourcedClaim, q: Quantity): { before: string; after: string } {
  const ev = sc.claim.evidence;
  const inside = q.end > q.start && q.start >= ev.start && q.end <= ev.end;
  if (!inside) return { before: "", after: "" };
  const qs = sc.claim.quantities;
  const prev = qs.filter((x) => x.end <= q.start).reduce((m, x) => Math.max(m, x.end), ev.start);
  const next = qs.filter((x) => x.start >= q.end).reduce((m, x) => Math.min(m, x.start), ev.end);
  let before = ev.text.slice(prev - ev.start, q.start - ev.start);
  let after = ev.text.slice(q.end - ev.start, next - ev.start);
  const cutB = Math.max(before.lastIndexOf(";"), before.search(/[.!?।]\s[^.!?।]*$/u));
  if (cutB >= 0) before = before.slice(cutB + 1);
  const cutA = after.search(/;|[.!?।](\s|$)/u);
  if (cutA >= 0) after = after.slice(0, cutA);
  return { before, after };
}

export function figureContext(sc: SourcedClaim, q: Quantity): FigureContext {
  const lang = sc.article.lang;
  const cues = cuesFor(lang);
  const { before, after } = stretchOf(sc, q);
  // The number's own words joined to its neighbours, so that cues spanning it ("one of the") match.
  const around = `${before}${q.text}${after}`.replace(/\s+/g, " ").toLowerCase();
  const near = `${before.slice(-30)}${q.text}${after.slice(0, 30)}`.replace(/\s+/g, " ").toLowerCase();
  const has = (re: RegExp | null, s: string) => (re ? re.test(s) : false);
  const rising = has(cues.rising, around);
  return {
    total: has(cues.runningTotal, around),
    rising,
    night: has(cues.night, sc.claim.evidence.text.toLowerCase()),
    background: has(cues.background, around),
    rank: q.value === 1 && has(cues.rank, near),
    side: SIDED_ROLES.has(roleClass(q.role)) && SIDED_ITEMS.has(itemClass(q.item)) ? countryIn(before, lang, true) ?? countryIn(after.slice(0, 40), lang, false) : null,
  };
}

/** Item phrases of a language by the item they name, for reading what a denial denies. */
const itemCache = new WeakMap<object, Array<{ re: RegExp; item: string }>>();

/** The items a text names (its words looked up in the pack's item lexicon), as item classes. */
export function itemsNamed(text: string, lang: Lang, classOf: (item: string) => string): Set<string> {
  let list = itemCache.get(packFor(lang));
  if (!list) {
    const end = suffixing(lang) ? "" : `(?!${WORD})`;
    const byItem = new Map<string, string[]>();
    for (const [phrase, item] of Object.entries(packFor(lang).items)) {
      if (phrase.length < 2) continue;
      byItem.set(item, [...(byItem.get(item) ?? []), phrase]);
    }
    list = [...byItem].map(([item, phrases]) => ({
      item, re: new RegExp(`(?<!${WORD})(?:${phrases.sort((a, b) => b.length - a.length).map(esc).join("|")})${end}`, "iu"),
    }));
    itemCache.set(packFor(lang), list);
  }
  const out = new Set<string>();
  for (const { re, item } of list) if (re.test(text)) out.add(classOf(item));
  return out;
}
