// Language identification among the registered packs (src/lang/index.ts), with franc.
// The script decides first (cheap, and unambiguous when one pack writes it), then franc chooses
// among the registered languages of that script and the neighbours their packs declare
// (Ukrainian, Belarusian, Serbian for Russian; French, German, ... for English), so a neighbour
// is reported as unsupported instead of being misread as a language we read.
import { franc } from "franc";
import type { Lang } from "../types.js";
import type { LangPack } from "../lang/types.js";
import { allPacks, isLang, langList, registryVersion } from "../lang/index.js";

export { isLang };

export interface LangDetection {
  lang: Lang | null;
  /** ISO 639-3 code of the best guess ("und" when undetermined). */
  iso3: string;
  /** Dominant script of the text's letters (a Unicode script name), "other" for a script no pack writes, "none" without letters. */
  script: string;
}

/** At most this many characters are examined: language does not change after the first pages, and it keeps detection O(1) on huge inputs. */
const SAMPLE = 20000;
/** Below this many letters franc's trigrams cannot tell registered languages of one script apart. */
const MIN_LETTERS = 40;
const SHORT = 12;
/** Below this many letters (a headline's length) the packs' function words vote before franc's trigrams. */
const MARKED_LETTERS = 2 * MIN_LETTERS;

interface ScriptTable {
  version: number;
  scripts: Array<{ name: string; re: RegExp; packs: LangPack[]; only: string[]; needs: Map<string, RegExp> }>;
  byIso3: Map<string, LangPack>;
}
let table: ScriptTable | null = null;

/** Per script: its packs and franc's candidates (their codes plus their declared neighbours). Rebuilt when the registry changes. */
function scriptTable(): ScriptTable {
  if (table && table.version === registryVersion()) return table;
  const byScript = new Map<string, LangPack[]>();
  for (const p of allPacks()) for (const s of p.scripts) byScript.set(s, [...(byScript.get(s) ?? []), p]);
  const scripts = [...byScript].map(([name, packs]) => ({
    name,
    re: new RegExp(`\\p{Script=${name}}`, "u"),
    packs,
    only: [...new Set(packs.flatMap((p) => [p.iso3, ...p.neighbours]))],
    needs: new Map(packs.flatMap((p) => neighbourNeeds(p))),
  }));
  table = { version: registryVersion(), scripts, byIso3: new Map(allPacks().map((p) => [p.iso3, p])) };
  return table;
}

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Per neighbour of a pack: the letters or whole words (neighbourLetters, neighbourWords) without which a text is not that neighbour. */
function neighbourNeeds(p: LangPack): Array<readonly [string, RegExp]> {
  const codes = new Set([...Object.keys(p.neighbourLetters ?? {}), ...Object.keys(p.neighbourWords ?? {})]);
  return [...codes].map((code) => {
    const alts: string[] = [];
    const chars = p.neighbourLetters?.[code];
    if (chars) alts.push(`[${chars}]`);
    const words = p.neighbourWords?.[code];
    if (words?.length) alts.push(`(?<![\\p{L}\\p{M}])(?:${words.map((w) => escape(w.normalize("NFC"))).join("|")})(?![\\p{L}\\p{M}])`);
    return [code, new RegExp(alts.join("|"), "iu")] as const;
  });
}

const display = new Intl.DisplayNames(["en"], { type: "language" });

/** English name of an ISO 639-3 (or 639-1) code, from ICU: "ukr" -> "Ukrainian". */
export function languageName(code: string): string {
  if (code === "und") return "undetermined";
  const pack = scriptTable().byIso3.get(code);
  if (pack) return pack.name;
  try {
    return display.of(code) ?? code;
  } catch {
    return code;
  }
}

export function detectLangDetail(text: string): LangDetection {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const { scripts } = scriptTable();
  const counts = new Array<number>(scripts.length).fill(0);
  let other = 0, total = 0;
  for (const m of sample.matchAll(/\p{L}/gu)) {
    total++;
    const i = scripts.findIndex((s) => s.re.test(m[0]));
    if (i < 0) other++;
    else counts[i]++;
  }
  if (total === 0) return { lang: null, iso3: "und", script: "none" };
  let top = 0;
  for (let i = 1; i < scripts.length; i++) if (counts[i]! > counts[top]!) top = i;
  // A script no pack writes: franc over all its languages only names the language for the message.
  if (!scripts.length || other > counts[top]!) return { lang: null, iso3: other < SHORT ? "und" : franc(sample, { minLength: 1 }), script: "other" };
  const s = scripts[top]!, letters = counts[top]!;
  const found = (p: LangPack): LangDetection => ({ lang: p.code, iso3: p.iso3, script: s.name });
  // Letters only one language of the script uses decide it (Vietnamese among Latin-script languages).
  for (const p of s.packs) {
    if (!p.letters) continue;
    const re = new RegExp(`[${p.letters.chars}]`, "giu");
    if ((sample.match(re)?.length ?? 0) / letters > p.letters.share) return found(p);
  }
  if (s.only.length === 1) return found(s.packs[0]!);
  // Short text: a script's sole language is named outright under SHORT letters and checked against its
  // neighbours above; where two registered languages share the script, short text is not told apart.
  // A short text (a headline) in a script several packs write: franc's trigrams are unreliable on a few
  // words (a German headline comes out Catalan or Afrikaans), so the packs' own function words vote,
  // with a pack's marking letters (`markLetters`) as one more vote. A clear winner (two votes ahead)
  // is the language unless franc, choosing only between it and its own neighbours, names a neighbour.
  if (letters < MARKED_LETTERS && letters >= SHORT && s.packs.length > 1) {
    const voted = functionWordVote(sample, s.packs);
    if (voted) {
      const registered = new Set(s.packs.map((x) => x.iso3));
      const candidates = [voted.iso3, ...voted.neighbours.filter((code) => !registered.has(code) && (s.needs.get(code)?.test(sample) ?? true))];
      const iso3 = candidates.length === 1 ? voted.iso3 : franc(sample, { only: candidates, minLength: 1 });
      return iso3 === voted.iso3 || iso3 === "und" ? found(voted) : { lang: null, iso3, script: s.name };
    }
    // No clear vote, but letters only one pack uses (German ü in "Ukraine schießt 31 Drohnen ab"): franc chooses
    // among the registered languages of the script and that pack's neighbours, not every pack's neighbours.
    const marked = letters < MIN_LETTERS ? s.packs.filter((p) => p.markLetters && new RegExp(`[${p.markLetters}]`, "iu").test(sample)) : [];
    if (marked.length === 1) {
      const candidates = [...new Set([...s.packs.map((x) => x.iso3), ...marked[0]!.neighbours.filter((code) => s.needs.get(code)?.test(sample) ?? true)])];
      const iso3 = franc(sample, { only: candidates, minLength: 1 });
      return { lang: s.packs.find((x) => x.iso3 === iso3)?.code ?? null, iso3, script: s.name };
    }
  }
  if (letters < MIN_LETTERS && (s.packs.length > 1 || letters < SHORT)) return s.packs.length === 1 ? found(s.packs[0]!) : { lang: null, iso3: "und", script: s.name };
  const only = s.only.filter((code) => s.needs.get(code)?.test(sample) ?? true);
  const iso3 = franc(sample, { only, minLength: 1 });
  const pack = s.packs.find((p) => p.iso3 === iso3);
  return { lang: pack?.code ?? null, iso3, script: s.name };
}

/** Per pack, its function words (lower case), for the short-text vote. Rebuilt with the registry. */
let functionWords: { version: number; words: Map<LangPack, Set<string>> } | null = null;

/** The pack whose function words (and marking letters) the text shows at least two more of than any other's, or null. */
function functionWordVote(sample: string, packs: LangPack[]): LangPack | null {
  if (!functionWords || functionWords.version !== registryVersion()) {
    functionWords = { version: registryVersion(), words: new Map(allPacks().map((p) => [p, new Set(p.nameStopWords.map((w) => w.normalize("NFC").toLowerCase()))])) };
  }
  const tokens = sample.normalize("NFC").toLowerCase().match(/[\p{L}\p{M}']+/gu) ?? [];
  const scores = packs.map((p) => {
    const words = functionWords!.words.get(p) ?? new Set<string>();
    let n = tokens.reduce((acc, w) => acc + (words.has(w) ? 1 : 0), 0);
    if (p.markLetters && new RegExp(`[${p.markLetters}]`, "iu").test(sample)) n++;
    return n;
  });
  let best = 0;
  for (let k = 1; k < packs.length; k++) if (scores[k]! > scores[best]!) best = k;
  const second = Math.max(-Infinity, ...scores.filter((_, k) => k !== best));
  return scores[best]! >= 2 && scores[best]! - second >= 2 ? packs[best]! : null;
}

/** The language of a text among the registered ones, or null when it is none of them (or cannot be told). */
export function detectLang(text: string): Lang | null {
  return detectLangDetail(text).lang;
}

/** One-line explanation of why no supported language was found, for error messages. */
export function describeUnsupported(d: LangDetection): string {
  if (d.script === "none") return "no letters to detect the language from";
  if (d.iso3 === "und") {
    if (d.script !== "other") return "could not tell the language (text too short); pass --lang";
  }
  if (d.script === "other") {
    const written = [...new Set(allPacks().flatMap((p) => p.scripts))];
    const looks = d.iso3 === "und" ? "" : `: looks like ${languageName(d.iso3)} (${d.iso3})`;
    return `unsupported language${looks} (not written in ${written.slice(0, -1).join(", ")}${written.length > 1 ? " or " : ""}${written.at(-1)} script)`;
  }
  return `unsupported language: looks like ${languageName(d.iso3)} (${d.iso3}); claimtrace reads ${langList()} (pass --lang to force one)`;
}

/** A language tag from a page or feed ("en-GB", "ru_RU", "vi") as a supported Lang, if it is one. */
export function langFromTag(tag: string | null | undefined): Lang | null {
  if (!tag) return null;
  const base = tag.trim().toLowerCase().split(/[-_]/)[0];
  return isLang(base) ? base : null;
}
