// Folding for forgiving search: the same function on what is stored and on what the user types, so
// "zelenskyy", "Zelenskyy" and "ZELENSKYY" meet, "Bộ Quốc phòng" is found by "bo quoc phong" and
// "Зелёный" by "зеленый". Only the diacritics of Latin, Cyrillic and Greek letters are dropped (the
// combining marks U+0300–U+036F after canonical decomposition); the vowel signs of Bengali and other
// Indic scripts are letters of the word, never diacritics, so they are kept.
const COMBINING = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
// Letters with a stroke or a ligature that have no decomposition.
const STROKES: Record<string, string> = { "đ": "d", "ð": "d", "ø": "o", "ł": "l", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i" };
const STROKE_RE = /[đðøłßæœı]/g;
const WORD_RE = /[\p{L}\p{M}\p{N}\u200c\u200d]+/gu;

/** Text without a character beyond ASCII: its decompositions are itself and it has no marks or strokes. */
const ASCII_ONLY = /^[\x00-\x7f]*$/;
/** WORD_RE on lower-case ASCII: letters and digits. */
const ASCII_WORD_RE = /[a-z0-9]+/g;

/** The words of `s`, lower-cased, without Latin/Cyrillic/Greek diacritics, in NFC, joined by single spaces. */
export function fold(s: string): string {
  // Most names are plain ASCII ("Reuters", "Associated Press"): the same words without normalising
  // twice (a title check folds every outlet name of the gazetteer at start-up).
  if (ASCII_ONLY.test(s)) return (s.toLowerCase().match(ASCII_WORD_RE) ?? []).join(" ");
  const plain = s.normalize("NFD").toLowerCase().replace(COMBINING, "").replace(STROKE_RE, (c) => STROKES[c]).normalize("NFC");
  return (plain.match(WORD_RE) ?? []).join(" ");
}

/**
 * What a name column stores for word-prefix search: each name folded, with a space before every
 * word and "|" between names, so `LIKE '% zelen%'` matches a word start and a query of several
 * words never spans two names.
 */
export function foldedNames(...names: Array<string | null | undefined>): string | null {
  const parts = names.filter((n): n is string => !!n).map(fold).filter(Boolean);
  return parts.length ? ` ${[...new Set(parts)].join(" | ")} ` : null;
}

/** True when `query` (folded) starts at a word of `name` (folded): "zelen" in "volodymyr zelensky". */
export function wordPrefixOf(query: string, name: string): boolean {
  return query.length > 0 && ` ${name}`.includes(` ${query}`);
}

/** The three folded name columns of a stored claim: claimant (name and surface), via (name and surface), place. */
export function claimFolds(claimant: string | null | undefined, claimantSurface: string | null | undefined,
  via: string | null | undefined, viaSurface: string | null | undefined, place: string | null | undefined): Array<string | null> {
  return [foldedNames(claimant, claimantSurface), foldedNames(via, viaSurface), foldedNames(place)];
}
