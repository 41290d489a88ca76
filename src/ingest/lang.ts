// Language identification among the registered packs (src/lang/index.ts), with franc.
// The script decides first (cheap, and unambiguous when one pack writes it), then franc chooses
// among the registered languages of that script and the neighbours their packs declare
// (Ukrainian, Belarusian, Serbian for Russian; French, German, ... for English), so a neighbour
// is reported as unsupported instead of being misread as a language we read. franc's guess comes
// through ./trigrams.ts, which builds only the trigram models a text is scored against.
import { francGuess as franc } from "./trigrams.js";
import type { Lang } from "../types.js";
import type { LangMeta } from "../lang/types.js";
// The registry's light part: detection reads every language's meta, never its pack (lexicons).
import { allMetas, isLang, langList, registryVersion } from "../lang/registry.js";

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
/** Below this many letters a text is headline-length: a registered language must show one of its frequent words (headlineWords). */
const HEADLINE = 160;

/** What detection reads of a script's packs beyond their codes: built the first time a text is mostly in that script. */
interface ScriptCues { needs: Map<string, Need>; words: Map<Lang, Set<string>>; marks: Map<Lang, RegExp> }
interface Script { name: string; re: RegExp; packs: LangMeta[]; only: string[]; cues: () => ScriptCues }
interface ScriptTable {
  version: number;
  scripts: Script[];
  byIso3: Map<string, LangMeta>;
  /** Per character seen: the index of its script in `scripts`, -1 for a letter of no pack's script, -2 for no letter. */
  scriptOf: Map<string, number>;
}
let table: ScriptTable | null = null;

/** Per script: its packs and franc's candidates (their codes plus their declared neighbours). Rebuilt when the registry changes. */
function scriptTable(): ScriptTable {
  if (table && table.version === registryVersion()) return table;
  const byScript = new Map<string, LangMeta[]>();
  for (const p of allMetas()) for (const s of p.scripts) byScript.set(s, [...(byScript.get(s) ?? []), p]);
  const scripts = [...byScript].map(([name, packs]): Script => {
    // The neighbours' regular expressions (dozens of words each) are compiled for the script a text is in, not for all.
    let cues: ScriptCues | null = null;
    return {
      name,
      re: new RegExp(`\\p{Script=${name}}`, "u"),
      packs,
      only: [...new Set(packs.flatMap((p) => [p.iso3, ...p.neighbours]))],
      cues: () => (cues ??= {
        needs: new Map(packs.flatMap((p) => neighbourNeeds(p))),
        words: new Map(packs.map((p) => [p.code, new Set((p.headlineWords ?? []).map((w) => w.normalize("NFC").toLowerCase()))])),
        marks: new Map(packs.flatMap((p) => (p.markLetters ? [[p.code, new RegExp(`[${p.markLetters}]`, "iu")] as const] : []))),
      }),
    };
  });
  table = { version: registryVersion(), scripts, byIso3: new Map(allMetas().map((p) => [p.iso3, p])), scriptOf: new Map() };
  return table;
}

const LETTER = /\p{L}/u;

/** The index in `t.scripts` of a character's script, -1 for a letter of none of them, -2 for a non-letter; remembered per character (a text repeats its few dozen letters). */
function scriptIndex(t: ScriptTable, ch: string): number {
  let i = t.scriptOf.get(ch);
  if (i === undefined) {
    i = !LETTER.test(ch) ? -2 : t.scripts.findIndex((s) => s.re.test(ch));
    t.scriptOf.set(ch, i);
  }
  return i;
}

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** What a neighbour needs of a text: `test(sample)` says whether the text has it. */
interface Need { test(sample: string): boolean }

/**
 * The text's words: maximal runs of letters and marks (case-insensitively so, as the needs' word
 * boundaries are), distinct, for the last sample asked about (every neighbour asks about the same).
 */
const RUN = /[\p{L}\p{M}]+/giu;
const WORD = /^[\p{L}\p{M}]+$/iu;
let lastRuns: { sample: string; runs: string[] } | null = null;
function runsOf(sample: string): string[] {
  if (lastRuns?.sample !== sample) lastRuns = { sample, runs: [...new Set(sample.match(RUN))] };
  return lastRuns.runs;
}

/**
 * Per neighbour of a pack: the letters or whole words (neighbourLetters, neighbourWords) without which a text is not that neighbour.
 * A whole word is one that no letter or mark touches on either side: one of the text's runs (runsOf)
 * matches it from end to end, the same answer as a pattern with look-behind and look-ahead for
 * letters over the whole text, without compiling such a pattern per neighbour (~1 ms each, a dozen
 * of them for a Latin-script text). Words of more than letters and marks are looked for with that
 * pattern. Exported for test/lang-detect-cold.test.ts, which checks both ways agree.
 */
export function neighbourNeeds(p: LangMeta): Array<readonly [string, Need]> {
  const codes = new Set([...Object.keys(p.neighbourLetters ?? {}), ...Object.keys(p.neighbourWords ?? {})]);
  return [...codes].map((code) => {
    const chars = p.neighbourLetters?.[code];
    const words = (p.neighbourWords?.[code] ?? []).map((w) => escape(w.normalize("NFC")));
    const letters = chars ? new RegExp(`[${chars}]`, "iu") : null;
    if (words.length && words.every((w) => WORD.test(w))) {
      const word = new RegExp(`^(?:${words.join("|")})$`, "iu");
      return [code, { test: (sample: string) => !!letters?.test(sample) || runsOf(sample).some((r) => word.test(r)) }] as const;
    }
    const alts: string[] = [];
    if (chars) alts.push(`[${chars}]`);
    if (words.length) alts.push(`(?<![\\p{L}\\p{M}])(?:${words.join("|")})(?![\\p{L}\\p{M}])`);
    return [code, new RegExp(alts.join("|"), "iu")] as const;
  });
}

/**
 * Short text (a headline) in a script several registered packs write: the packs whose required
 * letters it has (another pack's neighbourLetters: no і, ї, є or ґ, no Ukrainian), and of those the
 * one whose frequent words (headlineWords) it uses most; none on a tie or without any such word.
 */
/** Whether the text uses one of a pack's frequent words (true for a pack that lists none). */
function usesWords(sample: string, words: Set<string>): boolean {
  if (!words.size) return true;
  return (sample.normalize("NFC").toLowerCase().match(/[\p{L}\p{M}]+/gu) ?? []).some((t) => words.has(t));
}

function shortGuess(sample: string, packs: LangMeta[], needs: Map<string, Need>, words: Map<Lang, Set<string>>, marks: Map<Lang, RegExp>): LangMeta | null {
  const candidates = packs.filter((p) => needs.get(p.iso3)?.test(sample) ?? true);
  if (candidates.length === 1) return candidates[0]!;
  const tokens = sample.normalize("NFC").toLowerCase().match(/[\p{L}\p{M}]+/gu) ?? [];
  let best: LangMeta | null = null, bestScore = 0, tie = false;
  for (const p of candidates) {
    const set = words.get(p.code)!;
    // A pack's marking letters (German ä, ö, ü, ß) add a vote only beside one of its words: "Earthquake hits Türkiye" stays English.
    const hits = tokens.reduce((n, t) => n + (set.has(t) ? 1 : 0), 0);
    const score = hits && marks.get(p.code)?.test(sample) ? hits + 1 : hits;
    if (score > bestScore) { best = p; bestScore = score; tie = false; }
    else if (score === bestScore && score > 0) tie = true;
  }
  return tie ? null : best;
}

/** Built on first use: only an error message names an unsupported language, and ICU's names cost a start-up. */
let display: Intl.DisplayNames | null = null;

/** English name of an ISO 639-3 (or 639-1) code, from ICU: "ukr" -> "Ukrainian". */
export function languageName(code: string): string {
  if (code === "und") return "undetermined";
  const pack = scriptTable().byIso3.get(code);
  if (pack) return pack.name;
  try {
    display ??= new Intl.DisplayNames(["en"], { type: "language" });
    return display.of(code) ?? code;
  } catch {
    return code;
  }
}

export function detectLangDetail(text: string): LangDetection {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const t = scriptTable();
  const { scripts } = t;
  const counts = new Array<number>(scripts.length).fill(0);
  let other = 0, total = 0;
  // Each code point once (what /\p{L}/gu visits), its script looked up rather than tested against every script's pattern.
  for (const ch of sample) {
    const i = scriptIndex(t, ch);
    if (i === -2) continue;
    total++;
    if (i < 0) other++;
    else counts[i]++;
  }
  if (total === 0) return { lang: null, iso3: "und", script: "none" };
  let top = 0;
  for (let i = 1; i < scripts.length; i++) if (counts[i]! > counts[top]!) top = i;
  // A script no pack writes: franc over all its languages only names the language for the message.
  if (!scripts.length || other > counts[top]!) return { lang: null, iso3: other < SHORT ? "und" : franc(sample, { minLength: 1 }), script: "other" };
  const s = scripts[top]!, letters = counts[top]!;
  const { needs, words, marks } = s.cues();
  const found = (p: LangMeta): LangDetection => ({ lang: p.code, iso3: p.iso3, script: s.name });
  // Letters only one language of the script uses decide it (Vietnamese among Latin-script languages).
  for (const p of s.packs) {
    if (!p.letters) continue;
    const re = new RegExp(`[${p.letters.chars}]`, "giu");
    if ((sample.match(re)?.length ?? 0) / letters > p.letters.share) return found(p);
  }
  if (s.only.length === 1) return found(s.packs[0]!);
  // Short text: a script's sole language is named outright under SHORT letters and checked against its
  // neighbours above; where two registered languages share the script, short text is not told apart.
  if (letters < MIN_LETTERS && (s.packs.length > 1 || letters < SHORT)) {
    if (s.packs.length === 1) return found(s.packs[0]!);
    const guess = shortGuess(sample, s.packs, needs, words, marks);
    if (!guess) return { lang: null, iso3: "und", script: s.name };
    // The guess is among registered packs only: franc, choosing between it and those of its unsupported
    // neighbours whose own words (neighbourWords) the text shows, still names a neighbour ("Die aantal dooies het …" is Afrikaans).
    const registered = new Set(s.packs.map((x) => x.iso3));
    const candidates = [guess.iso3, ...guess.neighbours.filter((code) => !registered.has(code) && !!guess.neighbourWords?.[code] && !!needs.get(code)?.test(sample))];
    const iso3 = candidates.length === 1 ? guess.iso3 : franc(sample, { only: candidates, minLength: 1 });
    return iso3 === guess.iso3 || iso3 === "und" ? found(guess) : { lang: null, iso3, script: s.name };
  }
  const only = s.only.filter((code) => needs.get(code)?.test(sample) ?? true);
  const iso3 = franc(sample, { only, minLength: 1 });
  const pack = s.packs.find((p) => p.iso3 === iso3);
  // Headline-length text: franc's trigrams take "Israel says it struck 120 targets in southern Lebanon"
  // for French. A registered language none of whose frequent words the text uses yields to the one whose words it uses most.
  if (pack && letters < HEADLINE && !usesWords(sample, words.get(pack.code)!)) {
    const other = shortGuess(sample, s.packs, needs, words, marks);
    if (other) return found(other);
  }
  return { lang: pack?.code ?? null, iso3, script: s.name };
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
    const written = [...new Set(allMetas().flatMap((p) => p.scripts))];
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
