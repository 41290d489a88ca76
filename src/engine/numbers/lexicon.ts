// The shape of a language pack's number and date vocabulary. Owned by the number stage.
import type { Qualifier } from "../../types.js";

export interface NumberLexicon {
  /** Decimal mark for digit strings ("." in en/bn, "," in vi/ru). */
  decimal: "." | ",";
  /** Group separators accepted between digit groups ("," / "." / " " / NBSP / U+202F). */
  group: string[];
  /** Indian grouping (1,00,000) is accepted. */
  indianGrouping?: boolean;
  /** Number words (lower-case surface -> value): units, teens, tens, and any word with a fixed value. */
  words: Record<string, number>;
  /** Multiplying words (lower-case surface -> factor): hundred, thousand, million, lakh, crore, mươi, тыс., млн ... */
  multipliers: Record<string, number>;
  /** Words that may join parts of one number ("and", "linh", "lẻ"). */
  connectors: string[];
  /** Fraction vocabulary. */
  fractions: {
    /** Denominator words after a numerator ("third(s)" -> 3, "তৃতীয়াংশ" -> 3, "трети" -> 3). */
    denominators: Record<string, number>;
    /** Words that are a fraction on their own ("half" -> 0.5, "треть" -> 1/3, "অর্ধেক" -> 0.5). */
    standalone: Record<string, number>;
    /** Infix between numerator and denominator ("phần" in "một phần ba"). */
    infix: string[];
  };
  /** Suffixes glued to numerals: classifiers ("টি", "জন") keep a quantity; ordinal suffixes ("শে", "th") make it an ordinal. */
  numeralSuffixes: { classifier: string[]; ordinal: string[] };
  /** Separate classifier words between a number and its noun ("chiếc", "quả", "জন"). */
  classifiers: string[];
  /** Words for "one" that double as an indefinite article ("a", "একটি", "một"): quantities only when qualified or partitive. */
  indefinite: string[];
  /** Qualifier phrases (lower-case, tokens separated by spaces) before or after the number. */
  qualifiers: { before: Record<string, Qualifier>; after: Record<string, Qualifier> };
  /** Negated counts: pronouns ("no one", "никто") and determiners ("no", "không có") that yield 0. */
  zero: {
    /** "no one", "nobody", "không ai", "никто", "কেউ" (with negation). */
    pronouns: string[];
    /** "no", "không có", "কোনও", "ни одного". */
    determiners: string[];
    /** Set when the pronoun/determiner needs a negated verb later in the clause (Bengali "কেউ ... হয়নি"). */
    needsNegation?: boolean;
    /** Negated-verb suffixes or words that satisfy needsNegation ("নি", "না", "не"). */
    negationSuffixes?: string[];
    negationWords?: string[];
  };
}

export interface DateLexicon {
  /** Month names and abbreviations (lower-case) -> month 1..12, in every case form used. */
  months: Record<string, number>;
  /** Words that introduce a numeric date ("ngày" in "ngày 1.11"). */
  dayWords: string[];
  /** Words that mark a year ("năm", "সালে", "году", "year"). */
  yearWords: string[];
  /** Numeric day.month order for "1.11" / "31/10" style dates. */
  numericOrder: "dm" | "md";
  /** Relative expressions (lower-case phrase) -> day offset from the reference date ("yesterday" -> -1, "overnight" -> 0). */
  relative: Record<string, number>;
  /** Words for time of day and duration units that make a number a time or duration, not a count ("giờ", "hours", "ঘণ্টা"). */
  timeUnits: string[];
}
