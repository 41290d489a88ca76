// Tokeniser: one linear pass over the text. Unicode word characters are letters, marks (Bengali
// vowel signs are \p{M}) and the zero-width joiners; digits of any script (\p{Nd}) form their own
// tokens so that "৪৮টি" is the number "৪৮" glued to the classifier "টি". Everything else that is
// not white space is a one-character punctuation token. Apostrophes inside a word stay in it
// ("Russia's"), so a pack can list "'s" as an ending.
import type { Token } from "../types.js";

// One global regex, each alternative unambiguous (an apostrophe group must start with an apostrophe),
// so matching is linear in the text length.
const TOKEN_RE = /(\p{Nd}+)|([\p{L}\p{M}\u200c\u200d]+(?:['\u2019][\p{L}\p{M}\u200c\u200d]+)*)|(\S)/gu;

export function normWord(s: string): string {
  return s.normalize("NFC").toLowerCase();
}

/**
 * The tokens of text[from, to) (the whole text by default), with offsets into `text`. A range must
 * start and end at white space (the engine cuts at line breaks), so no token is cut.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let prevEnd = -1;
  // Most input is already NFC: check once, and then only lower-case each word (for an NFC word
  // both give the same form, so the check may be made on the range alone).
  const part = from === 0 && to === text.length ? text : text.slice(from, to);
  const nfc = part.normalize("NFC") === part;
  TOKEN_RE.lastIndex = from;
  for (let m = TOKEN_RE.exec(text); m && m.index < to; m = TOKEN_RE.exec(text)) {
    const start = m.index, end = start + m[0].length;
    const kind: Token["kind"] = m[1] ? "number" : m[2] ? "word" : "punct";
    tokens.push({ start, end, text: m[0], norm: kind === "word" ? (nfc ? m[0].toLowerCase() : normWord(m[0])) : m[0], kind, i: tokens.length, glued: prevEnd === start, rootId: 0, rootEpoch: -1 });
    prevEnd = end;
  }
  return tokens;
}

/** Tokenises a lexicon phrase the way article text is tokenised, returning the normalised forms. */
export function phraseTokens(phrase: string): string[] {
  return tokenize(phrase.normalize("NFC")).map((t) => t.norm);
}
