// A language pack: everything the engine knows about one language, as data.
// The engine holds no language-specific branch; it reads these fields.
// Phrases are written as they appear in text, lower-case; the engine tokenises them the same way
// it tokenises articles, so "shot down" is two tokens and "ঘোষণা করেছে" two tokens.
import type { Kind, Lang, Qualifier, Stance } from "../types.js";
import type { DateLexicon, NumberLexicon } from "../engine/numbers/lexicon.js";
import type { Inflection } from "../engine/phrases.js";

export type { DateLexicon, NumberLexicon, Qualifier };

export interface AttributionVerb {
  /** Stance the verb gives the claim (default assert): "denied" -> deny. */
  stance?: Stance;
  /** Kind the verb implies when no quantity says otherwise ("called on" -> statement). */
  kind?: Kind;
  /**
   * A verb of attitude ("supported", "backed") is a statement only about something said or proposed
   * ("supported Ukraine's call"), never about a party ("openly supported Moscow"): it needs one of
   * the pack's `proposalNouns` within a few words after it.
   */
  onlyWithObject?: boolean;
  /** A phrase that contains a speech verb but is no speech ("স্বাগত জানিয়েছেন" = welcomed): listed so the longer match wins and is ignored. */
  ignore?: boolean;
  /** Declining to comment ("từ chối bình luận", "মন্তব্য করতে রাজি হননি"): with no other speaker, the sentence asserts nothing, not even in the article's voice. */
  noStatement?: boolean;
}

/**
 * Words the compare stage reads around a number to tell what kind of figure it is (see
 * src/compare/cues.ts). Lower-case phrases, matched at a word start; suffixes may follow in
 * languages that glue them on.
 */
export interface CompareCues {
  /** A running total, not one event's count: "since the war began", "so far this year", "с начала года". */
  runningTotal: string[];
  /** A figure that rose to a new level ("the toll rose to", "tăng lên", "возросло до"): a point of a series. */
  rising: string[];
  /** The event happened at night ("overnight", "late at night", "đêm", "ночью", "রাতে"): it spans two dates. */
  night: string[];
  /** Background, not an event: a population or a size ("population", "dân số", "население", "জনসংখ্যা"). */
  background: string[];
  /** Next to a "one", a rank, not a count: "one of the largest", "một trong những", "одна из", "অন্যতম". */
  rank: string[];
}

export interface LangPack {
  code: Lang;
  /** English name of the language. */
  name: string;
  /** ISO 639-3 code used by the language identifier (franc). */
  iso3: string;
  /** Locale for Intl.Segmenter. */
  locale: string;
  /** Scripts the language is written in, as Unicode script names for \p{Script=...}: detection picks the packs of the text's script. */
  scripts: string[];
  /**
   * Detection: ISO 639-3 codes of unsupported languages in the same script that are easily taken
   * for this one (Russian: Ukrainian, Belarusian, Serbian, ...). They are candidates for the
   * language identifier, so a neighbour is reported as unsupported instead of misread as this language.
   */
  neighbours: string[];
  /**
   * Detection: letters without which a text is not that neighbour (ISO 639-3 -> letters): a
   * Russian headline with no і, ї, є or ґ is not Ukrainian, however its trigrams look. Optional.
   */
  neighbourLetters?: Record<string, string>;
  /**
   * Detection: words without which a text is not that neighbour (ISO 639-3 -> words), for neighbours
   * that share every letter: a Hindi headline with none of Bhojpuri's बा, बाड़े, भइल, गइल is not
   * Bhojpuri. When a neighbour has both, either a letter or a word keeps it a candidate. Optional.
   */
  neighbourWords?: Record<string, string[]>;
  /**
   * Detection: the language's most frequent short words (articles, prepositions, conjunctions, a few
   * headline verbs). Text too short for the statistical identifier (a headline) in a script several
   * registered languages share is given to the language whose words it uses most. Optional.
   */
  headlineWords?: string[];
  /**
   * Detection: letters only this language uses among the languages of its script (Vietnamese horn
   * vowels), and the share of the script's letters above which they decide the language without
   * the statistical identifier. Optional.
   */
  letters?: { chars: string; share: number };
  /**
   * Detection of short text (a headline) in a script several packs write: letters that no other
   * registered pack of the script uses (German ä, ö, ü, ß among en, fr, es, vi), one more vote for
   * this language beside its headlineWords. Optional.
   */
  markLetters?: string;
  /**
   * Whether the language capitalises every noun (German): then a capital marks no name. A run of
   * capitalised words is an unknown name only when no word of it is in the pack's vocabulary
   * (items, roles, speaking nouns, counted nouns, number words, ...), and a single capitalised word only
   * after a title or honorific. Optional (default false).
   */
  nounsCapitalised?: boolean;
  /**
   * Whether the finite verb of a main clause stands second (German): after an adverbial that opens
   * the clause the subject follows the speech verb ("Am Dienstag teilte die Feuerwehr mit").
   * Optional (default false: inversion only where the verb opens its clause).
   */
  verbSecond?: boolean;
  /** Case/inflection endings stripped when matching names and lexicon words, and the shortest stem kept. */
  inflection: Inflection;
  /** Abbreviations ending in a full stop that do not end a sentence ("mr.", "ms.", "ড.", "г."). */
  abbreviations: string[];
  /** Scraped-site boilerplate: ad placeholder words, "Source:" labels, comment-counter words, caption cues. */
  boilerplate: {
    adWords: string[]; sourceLabels: string[]; commentWords: string[]; photoCues: string[];
    /**
     * Lines a page shows above its headline that are never a title (lower-case): section labels
     * ("what we know", "что известно") and widget text ("this audio is created with ai assistance",
     * "listen to this article"). A line equal to one, or starting with one of three words or more, is no title.
     */
    notTitles?: string[];
    /** Words that open a byline ("by", "автор", "bởi"): "By Jane Doe" is no title. */
    bylineWords?: string[];
  };
  numbers: NumberLexicon;
  dates: DateLexicon;
  /** Item nouns (lower-case phrase) -> the spec's item (uav, missile, troops, people, km, ...). */
  items: Record<string, string>;
  /** Verbs and participles (lower-case phrase) -> the spec's role (launched, destroyed, lost, ...). */
  roles: Record<string, string>;
  /** Words that tie a role-less quantity to a kind of event (phrase -> kind): "aid package" -> aid, "attack" -> strike. */
  kindCues: Record<string, Kind>;
  attribution: {
    /** Speech and report verbs (phrase -> stance/kind): "said", "বলেছেন", "cho biết", "заявил". */
    verbs: Record<string, AttributionVerb>;
    /** "according to X" markers: before X ("according to", "theo", "по данным") and after X ("-এর মতে", "অনুসারে"). */
    accordingBefore: string[];
    accordingAfter: string[];
    /** Report verbs whose subject is an outlet that relays ("reported", "đưa tin", "сообщает"). */
    reportVerbs: string[];
    /** Complementisers opening reported content ("that", "যে", "rằng", "что"). */
    complementizers: string[];
    /** Coordinating conjunctions that may open a new clause with an elided subject ("but", "and", "কিন্তু", "nhưng", "но"). */
    conjunctions: string[];
    /** Words that connect two claimants into one joint claimant ("and", "ও", "và", "и"). */
    andWords: string[];
    /** Markers of the future in the claim's clause ("will", "sẽ", "будет") and future verb endings ("বে", "বেন"). */
    futureWords: string[];
    futureSuffixes: string[];
    /** Word endings that look like a future suffix but are not (Bengali adverbs in "-ভাবে"). */
    futureSuffixExceptions?: string[];
    /** Conditional openers ("if", "যদি", "nếu", "если"): a conditional is not a forecast. */
    conditionalWords: string[];
    /** Passive auxiliaries after which a speech verb has no agent ("was", "হয়", "được", "было"). */
    passiveMarkers: string[];
    /** Continuation cues that carry the previous claimant into a sentence ("another", "আরও", "khác", "ещё"). */
    continuationWords: string[];
  };
  /** Partitive constructions: "31 of 48", "31 из 48", "trong số", "এর মধ্যে". */
  partitive: {
    /** Between part and whole, part first ("of", "of the", "из", "trong số"). */
    partFirst: string[];
    /** After the whole, before the part ("এর মধ্যে", "মধ্যে"). */
    wholeFirst: string[];
    /** Anaphoric wholes: "of them", "তাদের মধ্যে", "trong số đó", "из них". */
    anaphoric: string[];
  };
  /**
   * Whether a country adjective may stand inside an institution's name, after its head noun
   * ("le ministère russe de la Défense", "el Ministerio ruso de Defensa"): the name is matched
   * around the adjective. Optional.
   */
  adjectiveInsideNames?: boolean;
  /** Honorifics and titles before a person's name ("mr.", "governor", "মিঃ", "ông", "г-н"). */
  honorifics: string[];
  /**
   * How many words after an honorific or title may form an unknown name in a script without capitals
   * (default 2): Hindi names with initials run to four ("मंत्री पी ए मोहम्मद रियास ने") and end at a
   * postposition or function word. Optional.
   */
  honorificNameWords?: number;
  /** Generic person nouns that refer back to the last person mentioned ("the diplomat", "কূটনীতিক", "nhà ngoại giao"). */
  personAnaphora: string[];
  /** Words that may not start or continue an unknown name (function words), for scripts without capitals. */
  nameStopWords: string[];
  /** The country a bare institution names when nothing else in the article does (Russian "Минобороны" = Russia's MoD). Optional. */
  homeCountry?: string;
  /**
   * Words for "the country" that refer back to the country named last ("देश" in "देश के गृह मंत्रालय",
   * "দেশটির"): an institution after one, with the pack's of-word between, is that country's. Optional.
   */
  countryAnaphora?: string[];
  /** Words that make a place an origin, not where it happened ("launched from Kursk", "из Курской области", "từ", "থেকে" after the name). */
  originWords: string[];
  /** Counted nouns that are no item of the spec ("regions", "days", "областей", "tỉnh", "জেলা"): a number counting them is no claim quantity. */
  otherNouns: string[];
  /** Nouns for a count of something ("число погибших", "number of", "số người", "সংখ্যা"): a number predicated of the count counts that thing. */
  countNouns: string[];
  /**
   * The language puts its verb last and may move the subject behind it to end the sentence on the
   * speaker ("… অস্বীকার করেছে উত্তর কোরিয়া।"): an actor right after a speech verb, with nothing after
   * it but punctuation, is that verb's speaker (rule attr.final-subject). Optional; off for SVO languages,
   * where a name after the verb is its object.
   */
  finalSubject?: boolean;
  /** Quotative particles before a speech verb ("… হয়েছে বলে জানিয়েছে X"): the verb may take its speaker after it, and otherwise the first subject of the clause speaks. */
  quotatives: string[];
  /** Anaphors that stand for the previous sentence's report ("об этом", "এ তথ্য", "thông tin trên"): "Об этом сообщил губернатор" credits that sentence. */
  anaphoricObjects: string[];
  /**
   * Prepositions that open a topic phrase before an inverted speech verb ("Про загибель двох рятувальників
   * повідомив голова ДСНС", "Об этом сообщил …" with any topic): the verb still opens its clause. Optional.
   */
  topicMarkers?: string[];
  /** Prepositions that mark a body as the speaker of an impersonal verb ("В Минобороны заявили …"). */
  locativeSources: string[];
  /**
   * Head nouns that make a descriptive noun phrase a speaker ("coastguard", "agency", "survivors",
   * "спасатели", "источник"): "the coastguard said", "according to rescue workers". Optional; a pack
   * that lists them also gets unknown all-capital acronyms as speakers ("The BNGRC said").
   */
  speakerNouns?: string[];
  /** Speaker nouns that name a person ("eyewitness", "প্রত্যক্ষদর্শী", "nhân chứng"): "he" may refer back to them. Optional. */
  speakerPersons?: string[];
  /** Whether a speaking noun takes its complement after it ("источник в силовых структурах", "сотрудники полиции"). */
  speakerComplements?: boolean;
  /** Whether plain words before a speaking noun are its modifiers (default true: "local media", "местные власти"); false where only a determiner may precede the head (vi). */
  speakerModifiersBefore?: boolean;
  /** Demonstratives that close a speaker phrase after its head and belong to it ("quân đội nước này"). Optional. */
  speakerClosers?: string[];
  /** Discourse adverbs set off by commas between a subject and its verb ("however", "for its part", "en cambio", "por su parte"): the aside does not end the clause. Optional. */
  asideWords?: string[];
  /** Nouns for an outlet ("news agency", "newspaper", "газета", "издание"): a name right after one is an outlet ("the news agency ANSA"). */
  outletNouns?: string[];
  /** What is said or proposed ("call", "proposal", "plan", "предложение"): the object that makes a verb of attitude a statement. */
  proposalNouns?: string[];
  /**
   * Words that restate the count before them in other terms ("that is", "тобто", "то есть"): "73% of voters,
   * that is 12 million persons" counts voters, not persons. Optional.
   */
  restatements?: string[];
  /** Words after a distance unit that make it a speed ("per hour", "в час"). Optional. */
  speedWords?: string[];
  /**
   * Words that make a gathering a protest ("protest", "प्रदर्शन", "आंदोलन", "सड़कों पर" = on the streets):
   * people who attend, in a sentence with one of them, are counted as protesters. Optional.
   */
  protestCues?: string[];
  /** Nouns for attacks ("attacks", "strikes", "атак"): a count of attacks by a weapon ("458 drone attacks") is that weapon launched. */
  attackNouns?: string[];
  /** Superlatives after "one of the" ("largest", "most", "крупнейших", "самых"): "one of the largest attacks" counts nothing. Words and endings. */
  superlatives?: { words: string[]; suffixes: string[] };
  /** Determiners dropped from a descriptive speaker's name ("the", "its"). */
  determiners?: string[];
  /** Nouns for what a source puts out ("video", "statement", "ভিডিও", "заявление"): "Video from Baza showed …" is said by Baza. */
  sourceNouns: string[];
  /** Prepositions before a noun and postpositions after it: a name governed by one is not a subject ("in Ukraine", "রাশিয়ার বিরুদ্ধে"). */
  prepositions: string[];
  postpositions: string[];
  /** Connector between an institution and its country ("of" in "Ministry of Defence of Russia"). */
  ofWords: string[];
  /** Classifiers that say what they count when no noun follows (bn "জন" = persons): classifier -> item. Optional. */
  classifierItems?: Record<string, string>;
  /** Cues for the compare stage: running totals, rises, night, background figures, ranks (src/lang/<code>/compare.ts). */
  compare?: CompareCues;
}

/**
 * What the registry holds of a language before its pack loads (src/lang/<code>/meta.ts): identity,
 * everything detection reads, and the boilerplate words ingest reads for every language ("a Bengali
 * page can carry an English [ad_2]"). Small: a command that reads one article loads only its own
 * language's lexicons (src/lang/index.ts).
 */
export type LangMeta = Pick<LangPack,
  "code" | "name" | "iso3" | "locale" | "scripts" | "neighbours" | "neighbourLetters" | "neighbourWords" | "headlineWords" | "letters" | "markLetters" | "boilerplate">;
