// The records the compare stage works on and produces. Compare is pure: it takes claims that
// already carry where they were read (article, language, outlet) and returns measures; it never
// touches the store, so it can be unit-tested with hand-built claims and reused by CLI and API.
import type { Claim, Lang, Qualifier, Stance } from "../types.js";

/** A claim plus the article it was read in. Built from the store's StoredClaim by `fromStored`. */
export interface SourcedClaim {
  /** Stable id of the claim (store id, or any unique string in tests). */
  id: string;
  claim: Claim;
  article: {
    id: string;
    lang: Lang;
    title: string | null;
    url: string | null;
    /** The outlet that published the article (site name, else the URL's host). */
    outlet: string | null;
    /** Publication date (YYYY-MM-DD), or date and time (ISO 8601) when the source gave one. */
    published: string | null;
    /** Other URLs the same text was found at (syndicated copies merged into this article). */
    copies?: string[];
  };
}

/**
 * Measures of a running count (troops present, missiles transferred) span time; events are per day;
 * running totals ("1,994 exchanged since the war began", "the toll rose to 233") are a series of
 * their own, never compared with one event's count.
 */
export type MeasureShape = "stock" | "event" | "total";

export interface MeasureKey {
  /** Item class (drone -> uav; a child item such as cruise_missile stays itself: see vocabulary.ts). */
  item: string;
  /** Role class (intercepted/shot down -> destroyed; present -> deployed). */
  role: string;
  /** Canonical place name, or null when no source says where. */
  place: string | null;
  /** Whose count it is, for losses ("ukraine", "russia"); null when not stated or not a loss. */
  side: string | null;
  /** Day (YYYY-MM-DD) for event measures (for a night, the morning it ends), null for stock and total measures and undated events. */
  day: string | null;
}

/** [lo, hi] with open/closed ends: the set of true values a stated figure allows. */
export interface Interval {
  lo: number;
  hi: number;
  loOpen: boolean;
  hiOpen: boolean;
}

/** One article's report of one figure (or one denial). */
export interface Report {
  claimId: string;
  /** Index into claim.quantities, or -1 for a denial without a number. */
  quantityIndex: number;
  articleId: string;
  lang: Lang;
  outlet: string | null;
  url: string | null;
  title: string | null;
  /** The article's publication date, or date and time when the page gave one (ISO 8601). */
  published: string | null;
  /** Other URLs of the same text (syndicated copies). */
  copies?: string[];
  via: string | null;
  evidence: string;
  /** The words that state the number ("up to 8,000"), or the evidence for a denial. */
  text: string;
}

/**
 * What one source says about a measure on one date: identical figures from the same claimant in
 * several articles (or languages) are one statement with several reports, so that repeating a
 * wire story does not multiply agreements.
 */
export interface Statement {
  id: string;
  claimant: string;
  claimantId: string;
  stance: Stance;
  /** null for a denial that states no number. */
  value: number | null;
  qualifier: Qualifier | null;
  /** The claim's date, else the article's publication date (then dateInferred). */
  date: string | null;
  dateInferred: boolean;
  interval: Interval | null;
  /** The claim speaks of a night: the event spans its date and the next (or the one before). */
  night?: boolean;
  /** "rose to": a point of a rising series, never a contradiction of an earlier, lower point. */
  rising?: boolean;
  reports: Report[];
}

export type VerdictKind = "agree" | "consistent" | "contradict";

export interface Verdict {
  a: string;
  b: string;
  verdict: VerdictKind;
  /** Why, in words a reader can check ("8,000 lies within 'up to 8,000'"). */
  explanation: string;
}

export interface Measure {
  /** Stable across runs: derived from the key. */
  id: string;
  /** Groups event measures of the same item, role and place across days (the chart's series). */
  seriesId: string;
  key: MeasureKey;
  shape: MeasureShape;
  label: string;
  /** Statements with a figure, by date then claimant. */
  statements: Statement[];
  /** Denials that bear on the measure (a denial of the event or of its item). */
  denials: Statement[];
  /** Questions and forecasts about it: shown, never used in verdicts. */
  other: Statement[];
  verdicts: Verdict[];
  /** True when the measure had more comparable pairs than MeasureOptions.maxPairs: counts cover the pairs compared. `verdicts` holds at most maxVerdictsKept of each kind; `counts` counts them all. */
  truncated: boolean;
  counts: Record<VerdictKind, number> & { sources: number; articles: number; languages: Lang[] };
}
