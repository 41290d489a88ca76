// Tokeniser: one linear pass over the text. Unicode word characters are letters, marks (Bengali
// vowel signs are \p{M}) and the zero-width joiners; digits of any script (\p{Nd}) form their own
// tokens so that "৪৮টি" is the number "৪৮" glued to the classifier "টি". Everything else that is
// not white space is a one-character punctuation token. Apostrophes inside a word stay in it
// ("Russia's"), so a pack can list "'s" as an ending.
import type { Token } from "../types.js";

// The token grammar as one regex (each alternative unambiguous: an apostrophe group must start
// with an apostrophe): digits, or a word with inner apostrophes, or one other non-space character.
// tokenize() below reads the same grammar with a character-class table instead of running this
// regex: it is the reference the table is made from (and what tests may compare with).
export const TOKEN_RE = /(\p{Nd}+)|([\p{L}\p{M}\u200c\u200d]+(?:['\u2019][\p{L}\p{M}\u200c\u200d]+)*)|(\S)/gu;

export function normWord(s: string): string {
  return s.normalize("NFC").toLowerCase();
}

// What the tokeniser and the mention stages ask of a character, per UTF-16 code unit of the Basic
// Multilingual Plane, in one table filled on first sight from the regex classes themselves (0 = not
// yet known): its class in TOKEN_RE (low bits), its letter case, and whether lower-casing changes
// it. The stages ask these of nearly every word, and a Unicode property regex (or, outside ASCII, a
// toLowerCase() call into the runtime) per word was a share of their time. Code points outside the
// BMP (surrogate pairs) are asked of the regexes each time: they are rare.
const SPACE = 1, DIGIT = 2, LETTER = 3, OTHER = 4, CLASS = 7;
const UPPER = 8, LOWER = 16, LETTER_ANY = 32, LOWER_CHANGES = 64;
const units = new Uint8Array(0x10000);
const IS_SPACE = /^\s$/u, IS_DIGIT = /^\p{Nd}$/u, IS_LETTER = /^[\p{L}\p{M}\u200c\u200d]$/u;
const IS_UPPER = /^\p{Lu}$/u, IS_LOWER = /^\p{Ll}$/u, IS_ANY_LETTER = /^\p{L}$/u;
function classOf(ch: string): number {
  return IS_SPACE.test(ch) ? SPACE : IS_DIGIT.test(ch) ? DIGIT : IS_LETTER.test(ch) ? LETTER : OTHER;
}
/** The table's entry for BMP code unit c. */
function unit(c: number): number {
  let k = units[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    // A lone surrogate is no letter, digit or space: one "other" character, as the regex reads it.
    units[c] = k = (c >= 0xd800 && c <= 0xdfff ? OTHER : classOf(ch)) | (IS_UPPER.test(ch) ? UPPER : 0) | (IS_LOWER.test(ch) ? LOWER : 0)
      | (IS_ANY_LETTER.test(ch) ? LETTER_ANY : 0) | (ch.toLowerCase() !== ch ? LOWER_CHANGES : 0);
  }
  return k;
}
/** The class of the code point at i, and its length in code units (in `len`). */
let len = 1;
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) { len = 2; return classOf(text.slice(i, i + 2)); }
  }
  len = 1;
  return unit(c) & CLASS;
}

/**
 * The tokens of text[from, to) (the whole text by default), with offsets into `text`. A range must
 * start and end at white space (the engine cuts at line breaks), so no token is cut. One linear
 * pass with the table above: the same tokens as matching TOKEN_RE, without a match array and a
 * regex call per token. A code unit of the BMP is read from the table in the loop itself (the call
 * of classAt, and its `len`, are for surrogates), and a word's letters are read once: the same
 * reading gathers whether lower-casing changes any of them and its highest code unit.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let prevEnd = -1;
  // Whether the range is NFC, asked only when a word holds a code unit from U+0300 on (see below):
  // -1 = not asked yet. Most input is NFC, and then each word is only lower-cased.
  let nfc = -1;
  const n = text.length;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    const k = c >= 0xd800 && c <= 0xdfff ? classAt(text, i) : unit(c) & CLASS;
    if (k === SPACE) { i += c >= 0xd800 && c <= 0xdfff ? len : 1; continue; }
    const start = i;
    let kind: Token["kind"];
    // For a word: the table entries of its letters or'ed (LOWER_CHANGES), its highest code unit, and whether it has a surrogate.
    let acc = 0, hi = 0, surrogate = false;
    if (k === DIGIT) {
      kind = "number";
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d >= 0xd800 && d <= 0xdfff) { if (classAt(text, i) !== DIGIT) break; i += len; continue; }
        if ((unit(d) & CLASS) !== DIGIT) break;
        i++;
      }
    } else if (k === LETTER) {
      kind = "word";
      for (;;) {
        while (i < n) {
          const d = text.charCodeAt(i);
          if (d >= 0xd800 && d <= 0xdfff) { if (classAt(text, i) !== LETTER) break; surrogate = true; i += len; continue; }
          const u = unit(d);
          if ((u & CLASS) !== LETTER) break;
          acc |= u;
          if (d > hi) hi = d;
          i++;
        }
        // An apostrophe joins two runs of letters ("Russia's"): only when letters follow it.
        const a = text.charCodeAt(i);
        if (i + 1 < n && (a === 0x27 || a === 0x2019) && classAt(text, i + 1) === LETTER) { if (a > hi) hi = a; i += 1; continue; }
        break;
      }
    } else {
      kind = "punct";
      i += c >= 0xd800 && c <= 0xdfff ? len : 1;
    }
    const word = text.slice(start, i);
    let norm = word;
    if (kind === "word") {
      // Below U+0300 every code unit is NFC on its own and none combines with another: such a word
      // is NFC whatever the range. Otherwise the range's answer decides, as normWord would.
      if (hi < 0x300 || (nfc === -1 ? (nfc = rangeIsNfc(text, from, to) ? 1 : 0) : nfc) === 1) {
        // Lower-casing leaves a word as it is when no letter changes (a surrogate is left to toLowerCase()).
        norm = !surrogate && (acc & LOWER_CHANGES) === 0 ? word : word.toLowerCase();
      } else norm = normWord(word);
    }
    tokens.push({ start, end: i, text: word, norm, kind, i: tokens.length, glued: prevEnd === start, wordId: 0, wordEpoch: -1 });
    prevEnd = i;
  }
  return tokens;
}

function rangeIsNfc(text: string, from: number, to: number): boolean {
  const part = from === 0 && to === text.length ? text : text.slice(from, to);
  return part.normalize("NFC") === part;
}

/** Tokenises a lexicon phrase the way article text is tokenised, returning the normalised forms. */
export function phraseTokens(phrase: string): string[] {
  return tokenize(phrase.normalize("NFC")).map((t) => t.norm);
}

const OPENS_CAPITAL = /^\p{Lu}/u;

/**
 * Whether a word opens with a capital letter (/^\p{Lu}/u), asked of nearly every word by the
 * mention stages: an ASCII first letter is answered from its code, any other from the case table
 * (a surrogate by the regex).
 */
export function opensCapital(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  if (c >= 0xd800 && c <= 0xdfff) return OPENS_CAPITAL.test(word);
  // An empty word (charCodeAt gives NaN) opens with nothing.
  return word.length > 0 && (unit(c) & UPPER) !== 0;
}

/** An unknown acronym ("BNGRC") or a name written with an inner capital ("LifeNews"). */
const ACRONYM = /^(?:\p{Lu}{2,6}|\p{Lu}\p{Ll}+\p{Lu}[\p{L}]*)$/u;

/**
 * ACRONYM.test(word), read from the case table: two to six capitals, or a capital, lower-case
 * letters, a capital and any letters. A word with a surrogate (outside the table) asks the regex.
 */
export function isAcronym(word: string): boolean {
  const n = word.length;
  for (let k = 0; k < n; k++) { const c = word.charCodeAt(k); if (c >= 0xd800 && c <= 0xdfff) return ACRONYM.test(word); }
  if (n === 0 || (unit(word.charCodeAt(0)) & UPPER) === 0) return false;
  // All capitals: two to six of them.
  let k = 1;
  while (k < n && (unit(word.charCodeAt(k)) & UPPER) !== 0) k++;
  if (k === n) return n >= 2 && n <= 6;
  // Else one capital, a run of lower-case letters (lower and upper are disjoint: the run is maximal), a capital, letters.
  if (k !== 1) return false;
  while (k < n && (unit(word.charCodeAt(k)) & LOWER) !== 0) k++;
  if (k === 1 || k === n || (unit(word.charCodeAt(k)) & UPPER) === 0) return false;
  for (k++; k < n; k++) if ((unit(word.charCodeAt(k)) & LETTER_ANY) === 0) return false;
  return true;
}

/**
 * Whether a word has letters with case (its lower- and upper-case forms differ), without making
 * both forms for the common scripts. A word with an ASCII letter, a Latin-1 letter or a basic
 * Cyrillic letter is cased: its upper-case form holds a capital that no lower-case mapping makes.
 * A word written only in Devanagari or Bengali (with the zero-width joiners) is not: those scripts
 * have no case. Anything else compares the two forms.
 */
export function isCasedWord(word: string): boolean {
  let indic = true;
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7) || (c >= 0x410 && c <= 0x44f)) return true;
    if (!((c >= 0x900 && c <= 0x9ff) || c === 0x200c || c === 0x200d)) indic = false;
  }
  if (indic) return false;
  return word.toLowerCase() !== word.toUpperCase();
}
