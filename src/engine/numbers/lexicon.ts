// The shape of a language pack's number and date vocabulary. Owned by the number stage.
// Everything here is data: phrases are written lower-case as they appear in text, and the engine
// tokenises them exactly like article text (so "more than" is two tokens, "тыс." is "тыс" + ".").
// The engine compiles each lexicon once into maps and tries (see compile.ts); it holds no
// language-specific branch, so every difference between languages must be expressible here.
import type { Qualifier } from "../../types.js";

/** What a negated count says was not counted: the spec's item and role. */
export interface ZeroHint {
  item: string;
  role: string;
}

export interface NumberLexicon {
  /** Decimal mark for digit strings ("." in en/bn, "," in vi/ru). */
  decimal: "." | ",";
  /**
   * A second decimal mark read only where no other reading exists (ru: "1.5" is 1.5 because "." is
   * not a Russian group separator). A one-digit part after it is a decimal, not a month.
   */
  decimalAlt?: "." | ",";
  /** Group separators accepted between digit groups ("," / "." / " " / NBSP / U+202F). */
  group: string[];
  /** Indian grouping (1,00,000) is accepted. */
  indianGrouping?: boolean;
  /** Number words (lower-case surface -> value): units, teens, tens, and any word or phrase with a fixed value. */
  words: Record<string, number>;
  /**
   * Number words that are ambiguous with common words (vi "năm" = five / year, "không" = zero / not,
   * bn "নয়" = nine / is not): a number only right before a multiplier or a classifier, or after a connector.
   */
  weakWords?: Record<string, number>;
  /** Number words that only continue a number, never start one (vi "mốt", "tư", "lăm" after "mươi"). */
  tailWords?: Record<string, number>;
  /** Approximate quantity words with a conventional value ("a few" -> 3): qualifier approx. */
  vague?: Record<string, number>;
  /** Multiplying words (lower-case surface -> factor): hundred, thousand, million, lakh, crore, mươi, тыс., млн ... */
  multipliers: Record<string, number>;
  /** Multipliers that are a number on their own (vi "trăm" = 100); others need a number before them. */
  bareMultipliers?: string[];
  /** Multiplier letters glued to digits, matched case-sensitively ("100k", "3M", "1,2M", "3М"). */
  gluedMultipliers?: Record<string, number>;
  /** Words for "a" that count as 1 only before a multiplier or a fraction word ("a hundred", "a third"). */
  articles?: string[];
  /** Words that may join parts of one number ("and", "linh", "lẻ"). */
  connectors: string[];
  /** Decimal-point words ("point", "точка", "phẩy"): "two point five". */
  pointWords?: string[];
  /**
   * Point words that are also ordinary words (es "con" = with): read as a decimal point only when
   * the decimal part ends the number phrase, with no word after it but a multiplier ("1 con 5",
   * "dos con cinco millones"); "tres con dos heridos" stays two counts. Each must also be in `pointWords`.
   */
  weakPointWords?: string[];
  /** Sign words before a number ("minus", "negative", "âm", "минус"). */
  negativeWords?: string[];
  /** Phrases that start with a number word but are not quantities (vi "một số" = some, "ba lan" = Poland). */
  blockers?: string[];
  /** Fraction vocabulary. */
  fractions: {
    /** Denominator words after a numerator ("third(s)" -> 3, "তৃতীয়াংশ" -> 3, "трети" -> 3). */
    denominators: Record<string, number>;
    /** Words that are a fraction on their own ("half" -> 0.5, "треть" -> 1/3, "অর্ধেক" -> 0.5). */
    standalone: Record<string, number>;
    /** Infix between numerator and denominator ("phần" in "một phần ba"). */
    infix: string[];
    /**
     * Fractions added after a number, scaled by its last multiplier ("and a half" -> +0.5:
     * "one and a half" = 1.5, "3 million and a half" = 3,500,000; vi "rưỡi", ru "с половиной").
     */
    after?: Record<string, number>;
    /**
     * Fractions before a number that add to or take from its first unit, at that unit's scale
     * (bn "সাড়ে" +½, "সোয়া" +¼, "পৌনে" −¼: "সাড়ে তিন হাজার" = 3,500, "পৌনে চার লাখ" = 375,000,
     * "সাড়ে তিনশ" = 350).
     */
    before?: Record<string, number>;
  };
  /**
   * Suffixes glued to numerals: classifiers ("টি", "জন") keep a quantity; ordinal suffixes ("শে", "th")
   * make it an ordinal. Also after a hyphen ("3-й"). `onWords`: classifiers also glue to number words ("তিনটি").
   */
  numeralSuffixes: { classifier: string[]; ordinal: string[]; onWords?: boolean };
  /** Words hyphenated after a number that make it an age, not a count ("45-year-old", "24-летний"). Optional. */
  ageWords?: string[];
  /** Ordinal words that end a compound ordinal after a round number ("twenty-first", "двадцать первый"). */
  ordinalWords?: string[];
  /** Separate classifier words between a number and its noun ("chiếc", "quả", "জন"); included in the number's span. */
  classifiers: string[];
  /**
   * Inflectional endings glued to number words, multipliers, classifiers, fraction and item words
   * (bn "হাজারের", "তৃতীয়াংশও", "৩১টির"): a word matches when it is a known form plus one of these.
   */
  wordSuffixes?: string[];
  /**
   * Whether number words are glued into one word ("dreihundertfünfundzwanzigtausend"): a word that is
   * no entry is read as a compound of the pieces `words`, `multipliers` and `connectors` list, composed
   * like spaced number words. Optional (German, Dutch, the Scandinavian languages).
   */
  compoundWords?: boolean;
  /** Words before a number that make it an ordinal ("thứ" in "thứ ba"). */
  ordinalPrefixes?: string[];
  /**
   * Words after which digits with a glued full stop and a word after it are an ordinal (German "am 3.",
   * "zum 3. Jahrestag", "der 2. Platz"): the dot is the language's ordinal mark, not a sentence end. Optional.
   */
  ordinalDotAfter?: string[];
  /** Words for "one" that double as an indefinite article ("একটি", "một"): quantities only when qualified or partitive. */
  indefinite: string[];
  /**
   * Qualifier phrases (lower-case, tokens separated by spaces) before or after the number. A phrase
   * mapped to "exact" cancels a shorter qualifier it ends with ("handed over" is not "over").
   */
  qualifiers: { before: Record<string, Qualifier>; after: Record<string, Qualifier> };
  /** Partitive constructions linking two numbers: "31 of 48", "31 из 48", "৪৮টি … এর মধ্যে ৩১টি". */
  partitive: {
    /** Between part and whole, part first ("of", "of the", "из", "trong số"). */
    partFirst: string[];
    /** After the whole (and its noun), before the part ("এর মধ্যে", "মধ্যে"). */
    wholeFirst: string[];
    /** How many tokens may separate the whole from a wholeFirst marker (default 8). */
    window?: number;
    /**
     * Relative markers before the part that refer back to a whole earlier in the sentence, across a
     * comma ("48 drones, of which 39", "৪৮টি ড্রোন ছুড়েছে, যার মধ্যে ৩৯টি", "trong đó có 3").
     */
    relative?: string[];
    /** Anaphoric markers after the part ("8,000 of them", "8.000 người trong số đó", "8 000 из них"): the whole is the number before. */
    anaphoric?: string[];
  };
  /** Negated counts: pronouns ("no one", "никто") and determiners ("no", "không có") that yield 0. */
  zero: {
    /** "no one", "nobody", "không ai", "никто", "কেউ" (with negation). */
    pronouns: string[];
    /** "no", "không có", "কোনও", "без": the item must follow within two words. */
    determiners: string[];
    /** Determiners that count zero only after a negation a few words before ("did not find any bodies"). Optional. */
    negatedDeterminers?: string[];
    /** Negation words that license `negatedDeterminers` ("not", "n't", "never"). */
    negationBefore?: string[];
    /** Set when the pronoun/determiner needs a negated verb later in the clause (Bengali "কেউ ... হয়নি"). */
    needsNegation?: boolean;
    /** Negated-verb suffixes or words that satisfy needsNegation ("নি", "না", "не"). */
    negationSuffixes?: string[];
    negationWords?: string[];
    /** Words naming what was not counted ("injured", "casualties", "আহত", "thương vong", "жертв") -> item and role. */
    items: Record<string, ZeroHint>;
    /** Negation after the item noun ("жертв нет", "погибших нет"). */
    after?: string[];
    /** How many tokens after a pronoun the item may come (default 4). */
    window?: number;
  };
}

export interface DateLexicon {
  /** Month names and abbreviations (lower-case) -> month 1..12, in every case form used. */
  months: Record<string, number>;
  /** Words followed by a month number ("tháng" in "tháng 6"). */
  monthWords?: string[];
  /** Words that join a day to its month and a month to its year (es/pt "de": "6 de agosto de 2022"). Optional. */
  dateJoiners?: string[];
  /**
   * Words that join two days into one span ("du 18 au 19 mai", "dans la nuit de lundi à mardi",
   * "del 18 al 19 de mayo"): the span is one date mention, dated by its last day, the day a night
   * or a run of days ends and its figures are reported. Optional.
   */
  spanJoiners?: string[];
  /** Words that introduce a numeric date ("ngày" in "ngày 1.11"). */
  dayWords: string[];
  /** Words that mark a year, before or after it ("năm", "সালে", "году", "year"). */
  yearWords: string[];
  /** Prepositions that make a following 1900–2100 number a year ("in", "since", "в"). */
  yearBefore?: string[];
  /** Numeric day.month order for "1.11" / "31/10" style dates. */
  numericOrder: "dm" | "md";
  /** Relative expressions (lower-case phrase) -> day offset from the reference date ("yesterday" -> -1, "overnight" -> 0). */
  relative: Record<string, number>;
  /**
   * Weekday names (lower-case phrase, in every form used) -> day of the week, 0 = Sunday … 6 = Saturday.
   * "on Saturday", "в субботу", "শনিবার", "thứ Bảy": the last such day on or before publication. Optional.
   */
  weekdays?: Record<string, number>;
  /** Weekday names are written with a capital ("Saturday", "thứ Bảy"): a lower-case homograph ("thứ hai" = second) is no weekday. */
  weekdaysCased?: boolean;
  /** Labels of a publication date line ("published", "updated", "опубликовано", "প্রকাশিত", "cập nhật"). Optional. */
  publishedLabels?: string[];
  /** Words for time of day and duration units that make a number a time or duration, not a count ("giờ", "hours", "ঘণ্টা"). */
  timeUnits: string[];
}
