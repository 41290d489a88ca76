// Language identification for the four supported languages (bn, en, vi, ru), with franc.
// The script decides first (it is unambiguous for Bengali and cheap), then franc chooses among the
// languages written in that script, including unsupported neighbours (Ukrainian, Bulgarian,
// French, ...), so a Ukrainian article is reported as unsupported instead of being read as Russian.
import { franc } from "franc";
import type { Lang } from "../types.js";

export interface LangDetection {
  lang: Lang | null;
  /** ISO 639-3 code of the best guess ("und" when undetermined). */
  iso3: string;
  /** Dominant script of the text's letters. */
  script: "Bengali" | "Cyrillic" | "Latin" | "other" | "none";
}

const SUPPORTED: Record<string, Lang> = { ben: "bn", eng: "en", vie: "vi", rus: "ru" };

const NAMES: Record<string, string> = {
  ben: "Bengali", eng: "English", vie: "Vietnamese", rus: "Russian", ukr: "Ukrainian", bel: "Belarusian", bul: "Bulgarian",
  mkd: "Macedonian", srp: "Serbian", kaz: "Kazakh", asm: "Assamese", fra: "French", deu: "German", spa: "Spanish",
  por: "Portuguese", ita: "Italian", nld: "Dutch", pol: "Polish", ces: "Czech", ron: "Romanian", tur: "Turkish",
  ind: "Indonesian", swe: "Swedish", dan: "Danish", hun: "Hungarian", fin: "Finnish", und: "undetermined",
};

// Candidates per script: ours plus the unsupported languages most often confused with them.
const CYRILLIC = ["rus", "ukr", "bel", "bul", "mkd", "srp", "kaz"];
const LATIN = ["eng", "vie", "fra", "deu", "spa", "por", "ita", "nld", "pol", "ces", "ron", "tur", "ind", "swe", "dan", "hun", "fin"];

// Letters that only Vietnamese uses among Latin-script languages (horn vowels, đ, dot-below and hook-above vowels).
const VI_LETTERS = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu;

/** At most this many characters are examined: language does not change after the first pages, and it keeps detection O(1) on huge inputs. */
const SAMPLE = 20000;

export function detectLangDetail(text: string): LangDetection {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  let bengali = 0, cyrillic = 0, latin = 0, other = 0;
  for (const m of sample.matchAll(/\p{L}/gu)) {
    const ch = m[0];
    if (/\p{Script=Bengali}/u.test(ch)) bengali++;
    else if (/\p{Script=Cyrillic}/u.test(ch)) cyrillic++;
    else if (/\p{Script=Latin}/u.test(ch)) latin++;
    else other++;
  }
  const total = bengali + cyrillic + latin + other;
  if (total === 0) return { lang: null, iso3: "und", script: "none" };
  const top = Math.max(bengali, cyrillic, latin, other);
  if (top === bengali) return { lang: "bn", iso3: "ben", script: "Bengali" };
  if (top === other) return { lang: null, iso3: "und", script: "other" };
  if (top === cyrillic) {
    const iso3 = cyrillic < 12 ? "rus" : franc(sample, { only: CYRILLIC, minLength: 1 });
    return { lang: SUPPORTED[iso3] ?? null, iso3, script: "Cyrillic" };
  }
  const viLetters = sample.match(VI_LETTERS)?.length ?? 0;
  if (viLetters / latin > 0.03) return { lang: "vi", iso3: "vie", script: "Latin" };
  // Short Latin text carries too few trigrams for franc to tell English from its neighbours.
  const iso3 = latin < 40 ? "und" : franc(sample, { only: LATIN, minLength: 1 });
  return { lang: SUPPORTED[iso3] ?? null, iso3, script: "Latin" };
}

/** The language of a text among bn, en, vi and ru, or null when it is none of them (or cannot be told). */
export function detectLang(text: string): Lang | null {
  return detectLangDetail(text).lang;
}

/** One-line explanation of why no supported language was found, for error messages. */
export function describeUnsupported(d: LangDetection): string {
  if (d.script === "none") return "no letters to detect the language from";
  if (d.iso3 === "und") {
    return d.script === "other" ? "unsupported language (not written in Bengali, Cyrillic or Latin script)" : "could not tell the language (text too short); pass --lang";
  }
  return `unsupported language: looks like ${NAMES[d.iso3] ?? d.iso3} (${d.iso3}); claimtrace reads bn, en, vi, ru (pass --lang to force one)`;
}

export function isLang(s: string | null | undefined): s is Lang {
  return s === "bn" || s === "en" || s === "vi" || s === "ru";
}

/** A language tag from a page or feed ("en-GB", "ru_RU", "vi") as a supported Lang, if it is one. */
export function langFromTag(tag: string | null | undefined): Lang | null {
  if (!tag) return null;
  const base = tag.trim().toLowerCase().split(/[-_]/)[0];
  return isLang(base) ? base : null;
}
