// The typed records that flow through the pipeline, stage by stage:
//   ingest -> segment -> numbers -> mentions -> attribution -> claims -> store -> compare.
// Offsets are half-open [start, end) JavaScript string (UTF-16) indices into the article text.

/**
 * A language code registered in src/lang/index.ts (the registry is the one list of languages; a
 * pack may be registered at run time, so the type is open). Inputs are checked with `isLang`.
 */
export type Lang = string;

export interface Span {
  start: number;
  end: number;
}

// ---- ingest -------------------------------------------------------------------------------
export interface ArticleMeta {
  lang: Lang;
  title: string | null;
  source_url: string | null;
  /** ISO date (YYYY-MM-DD) of publication, when known. */
  published: string | null;
  /** Date and time of publication as the source wrote it (ISO 8601, with its offset), when it gave a time: orders who published a figure first. */
  published_at?: string | null;
  site_name?: string | null;
  canonical_url?: string | null;
}

/** Clean text plus what ingest learnt about it. `text` is the exact text offsets refer to. */
export interface Document {
  text: string;
  meta: ArticleMeta;
  /** Spans of boilerplate (ad placeholders, "Source: URL" lines, comment counters, captions) kept out of claims. */
  boilerplate: Array<Span & { kind: "ad" | "source" | "comments" | "caption" | "other"; text: string }>;
}

// ---- segment ------------------------------------------------------------------------------
export type TokenKind = "word" | "number" | "punct";

export interface Token extends Span {
  /** The exact surface text. */
  text: string;
  /** NFC, lower-cased surface. */
  norm: string;
  kind: TokenKind;
  /** Index of the token in the document's token array. */
  i: number;
  /** True when no whitespace separates this token from the previous one (Bengali "৪৮টি" -> "৪৮" + "টি"). */
  glued: boolean;
  /** Engine-internal cache: the word's id in the phrase tries' word index (0: in no trie), and the index version it was read at (engine/phrases.ts). */
  wordId?: number;
  wordEpoch?: number;
}

export interface Sentence extends Span {
  /** Index of the paragraph (a line block of the input) the sentence belongs to. */
  paragraph: number;
  /** Token index range [tokStart, tokEnd). */
  tokStart: number;
  tokEnd: number;
  /** A standalone line with no finite clause that ends in "?" or has no full stop: a headline or related link. */
  headline: boolean;
}

// ---- numbers ------------------------------------------------------------------------------
export type Qualifier = "exact" | "approx" | "more_than" | "at_least" | "up_to" | "at_most" | "fraction" | "less_than";

export interface NumberMention extends Span {
  value: number;
  /** The words that state the number (qualifier words excluded): the span above. */
  text: string;
  qualifier: Qualifier;
  /** Span of the qualifier words, when there are any. */
  qualifierSpan?: Span;
  /** Token index range of the number itself [tokStart, tokEnd). */
  tokStart: number;
  tokEnd: number;
  /** fraction: "one third"; ratio: "31/48" part or whole; zero: a negated count ("no one was injured"). */
  form: "digits" | "words" | "mixed" | "fraction" | "zero";
  /** For "31 of 48" / "31/48": the part points at the whole (index into the mention array) and vice versa. */
  partOf?: number;
  wholeOf?: number;
  /** For negated counts: the item and role the negation implies ("no one was injured" -> people_injured/injured). */
  zeroItem?: string;
  zeroRole?: string;
  /** True for the numeral "one" used as an indefinite article ("একটি ড্রোন", "một UAV"): a quantity only when qualified or partitive. */
  indefinite?: boolean;
  why: string[];
}

/** A date or time expression: never a quantity; resolved against the publication date. */
export interface DateMention extends Span {
  text: string;
  /** Resolved ISO date, or null when it cannot be resolved. */
  iso: string | null;
  /** explicit: "1 November"; relative: "a day earlier", "overnight"; weekday: "on Saturday". */
  form: "explicit" | "relative" | "weekday";
  tokStart: number;
  tokEnd: number;
}

// ---- mentions -----------------------------------------------------------------------------
export type EntityType = "country" | "place" | "org" | "outlet" | "person" | "office" | "group" | "institution";

export interface EntityRef {
  /** Canonical English name ("article" for the article's own voice). */
  name: string;
  /** Stable gazetteer id ("org:ru-mod", "person:antony-blinken"); "surface:<text>" for unknown names. */
  id: string;
  /** The words in the article. */
  surface: string;
  type?: EntityType;
}

export interface Mention extends Span {
  kind: "actor" | "place" | "item";
  tokStart: number;
  tokEnd: number;
  text: string;
  entity?: EntityRef & { type: EntityType };
  /** For items: the spec's item name (uav, missile, troops, ...). */
  item?: string;
  why: string;
}

// ---- claims (the contract of `claimtrace extract --json`, see ../shared/spec/claims.md) -----
export type Stance = "assert" | "deny" | "question" | "forecast";
export type Kind =
  | "air_attack" | "interception" | "strike" | "casualties" | "deployment" | "arms_transfer" | "aid" | "meeting" | "statement" | "other";

export interface Quantity {
  value: number;
  item: string;
  role: string;
  qualifier: Qualifier;
  text: string;
  start: number;
  end: number;
  why: string[];
}

export interface Claim {
  claimant: EntityRef | null;
  via: EntityRef | null;
  stance: Stance;
  kind: Kind;
  quantities: Quantity[];
  date: string | null;
  location: { name: string; id: string } | null;
  evidence: Span & { text: string };
  why: string[];
  /** Which fields were stated in the text and which were inferred (chrono's assign/imply). */
  inferred?: Array<"claimant" | "date" | "location" | "item">;
}

export interface ExtractResult {
  article: ArticleMeta & { text?: string };
  claims: Claim[];
}

export interface ExtractOptions {
  lang?: Lang;
  /** ISO publication date; overrides what ingest found. */
  published?: string;
  title?: string;
  source_url?: string;
}
