// The store contract: what every backend (embedded SQLite file, PostgreSQL) offers, typed and async
// so that callers (CLI, HTTP API, compare) never know which one they talk to. Every query behind
// it is parameterised; filters are plain data, never SQL fragments.
import type { MeasureTables } from "./measure-tables.js";
import type { ArticleMeta, Claim, Document, ExtractResult, Lang } from "../types.js";

/** Filters for claims. All given fields must hold (AND). Strings compare exactly unless noted. */
export interface ClaimFilter {
  /** Claimant: canonical name (case-insensitive), gazetteer id, or the surface words. "article" = the article's own voice. */
  claimant?: string;
  /** Outlet the claim came through: canonical name (case-insensitive), id or surface. */
  via?: string;
  /** The claim has a quantity counting this item (uav, missile, troops, ...). With `role`: the same quantity. */
  item?: string;
  /** The claim has a quantity with this role (launched, destroyed, ...). */
  role?: string;
  kind?: string;
  stance?: string;
  /** Language of the article. */
  lang?: Lang;
  /** Location: canonical name (case-insensitive) or id. */
  place?: string;
  /** Inclusive ISO date bounds (YYYY-MM-DD) on the claim's date, or the article's publication date when the claim has none. */
  from?: string;
  to?: string;
  /** Free text over the evidence sentence and the claimant/via names: every word must occur (word prefix). */
  q?: string;
  articleId?: number;
}

export interface ArticleFilter {
  lang?: Lang;
  from?: string;
  to?: string;
  /** Free text over title and article text (every word must occur). */
  q?: string;
  /** Site name (case-insensitive). */
  site?: string;
}

export interface Page {
  limit: number;
  offset: number;
  /**
   * Count the matches only up to this many (a listing's "10,000+"): beyond it the total is that
   * number and `totalExact` is false. 0: no count at all (an export reads rows only). Default: exact.
   */
  countUpTo?: number;
}

/** The columns claims can be sorted by: a fixed list, each mapped to one SQL expression in the store. */
export const CLAIM_SORTS = ["date", "claimant", "outlet", "stance", "kind", "place", "lang", "article", "figure"] as const;
export type ClaimSortColumn = (typeof CLAIM_SORTS)[number];
/** Missing values (no claimant, no place, no figure) come last in either direction. */
export interface ClaimSort {
  by: ClaimSortColumn;
  order: "asc" | "desc";
}

/** Claims per day (the claim's date, else the publication date) and per value of a dimension. */
export type TimelineBy = "stance" | "kind";
export interface TimelinePoint {
  date: string;
  value: string;
  count: number;
}

/**
 * A timeline: the dated claims per day and value, and how many matching claims have no date (off
 * the timeline). `sample`: counted over the newest `sample` matches only (a filter the kept
 * counts cannot answer); `undated` is then of those.
 */
export interface TimelineCounts {
  points: TimelinePoint[];
  undated: number;
  sample?: number;
}

/** Claims per stated place (gazetteer id when the place resolved, null for a name kept as written). */
export interface PlaceCount {
  id: string | null;
  name: string;
  count: number;
}

/** The spec's claim record plus where it is stored and which article states it. */
export interface StoredClaim extends Claim {
  id: number;
  article_id: number;
  article_lang: Lang;
  article_title: string | null;
  /** Canonical URL, else the source URL, else the first URL the article was found at; null for local files without one. */
  article_url: string | null;
  /** The article's publication date (ISO) when known. */
  published: string | null;
  /** Its date and time (ISO 8601 as the source wrote it) when the source gave a time. */
  published_at?: string | null;
}

export interface StoredArticleSummary {
  id: number;
  lang: Lang;
  title: string | null;
  /** Same rule as StoredClaim.article_url. */
  url: string | null;
  /** Every URL the article was found at (canonical, source, fetched, syndicated copies). */
  urls: string[];
  published: string | null;
  published_at?: string | null;
  site_name: string | null;
  content_hash: string;
  extractor_version: number;
  claim_count: number;
  /** ISO timestamp of the first ingest. */
  ingested_at: string;
}

export interface StoredArticle extends StoredArticleSummary {
  /** The exact text claim offsets index into (for HTML: the extracted article text). */
  text: string;
  meta: ArticleMeta;
  boilerplate: Document["boilerplate"];
  /** Where the article came from (file path, URL, "stdin", "file.ndjson:12"). */
  origin: string | null;
  claims: StoredClaim[];
}

export type FacetName = "claimant" | "via" | "item" | "lang" | "date" | "stance" | "kind" | "place";
/**
 * Claim counts per value of each facet. `sample`: the counts are over the newest `sample` claims
 * of the selection only (it has more: a filter the kept counts cannot answer, see SqlStore.facets).
 */
export type Facets = Record<FacetName, Array<{ value: string; count: number }>> & { sample?: number };

export interface PutArticleInput {
  doc: Document;
  /** URLs the article was found at; with doc.meta.canonical_url they identify it. Normalised by the store (fragment and tracking parameters dropped). */
  urls: string[];
  /** Hash of the article text (see contentHash in ./hash.ts): identical text at any URL is one article. */
  contentHash: string;
  result: ExtractResult;
  extractorVersion: number;
  origin?: string | null;
}

/**
 * inserted: a new article; duplicate: already stored (same text, or same URL in the same language), nothing changed;
 * merged: same text already stored under other URLs, the new URLs were added to it.
 */
export type PutStatus = "inserted" | "duplicate" | "merged";

export interface Store {
  /** "sqlite" or "postgres". */
  readonly backend: "sqlite" | "postgres";
  /** Applies pending schema migrations (idempotent, safe with concurrent callers). */
  migrate(): Promise<void>;
  /**
   * The article already stored under this content hash, or under any of these URLs (in `lang`, when
   * given: a translation at the original's URL is another article). Cheap: lets ingest skip extraction.
   */
  findArticle(key: { contentHash: string; urls: string[]; lang?: Lang }): Promise<{ id: number; extractor_version: number } | null>;
  /** findArticle for several keys in two statements (by hash, then by URL), not two per key: answers in key order. */
  findArticles(keys: Array<{ contentHash: string; urls: string[]; lang?: Lang }>): Promise<Array<{ id: number; extractor_version: number } | null>>;
  /** One transaction: the article, its URLs, claims and quantities, or nothing. */
  putArticle(input: PutArticleInput): Promise<{ id: number; status: PutStatus }>;
  /**
   * Several articles in one transaction (all or none), results in input order; a later input may be
   * a duplicate of an earlier one. Ingest batches its writes this way: a commit costs far more than
   * the inserts (PostgreSQL waits for the disk on each), and atomicity per article still holds.
   */
  putArticles(inputs: PutArticleInput[]): Promise<Array<{ id: number; status: PutStatus }>>;
  /** Claims under the filter, one page, newest first unless `sort` says otherwise. */
  listClaims(filter: ClaimFilter, page: Page, sort?: ClaimSort): Promise<{ total: number; rows: StoredClaim[]; totalExact?: boolean }>;
  /**
   * Claim counts per day and stance (or kind) under the filter, days in order; undated claims are
   * counted apart (`undated`). `sample`: counted over the newest `sample` matching claims only (see facets), unless
   * `all` asks for every match (a scan: seconds for a frequent word at a million claims).
   */
  timeline(filter: ClaimFilter, by: TimelineBy, opts?: { all?: boolean }): Promise<TimelineCounts>;
  /** Claims per place, most claims first; `sample`: counted over the newest `sample` matching claims only (see facets). */
  places(filter: ClaimFilter): Promise<{ items: PlaceCount[]; sample?: number }>;
  /** Claim counts per value of each facet under the filter, most frequent first (at most 50 per facet). */
  facets(filter: ClaimFilter): Promise<Facets>;
  getArticle(id: number): Promise<StoredArticle | null>;
  listArticles(filter: ArticleFilter, page: Page): Promise<{ total: number; rows: StoredArticleSummary[] }>;
  /** Articles whose extractor version is older than `version`, in id order, read in batches (safe to write while iterating). */
  articlesOlderThan(version: number): AsyncIterable<StoredArticle>;
  /** One transaction: replaces the article's claims (and its text/meta when `doc` is given) and sets its extractor version. */
  replaceClaims(articleId: number, result: ExtractResult, extractorVersion: number, doc?: Document): Promise<void>;
  /** Measures maintained at write time (absent: a store that keeps none; compare builds them from all claims). */
  readonly measures?: MeasureTables;
  /** Counts for summaries and tests. */
  stats(): Promise<{ articles: number; claims: number; quantities: number; urls: number }>;
  /** A short text that changes whenever stored claims change (cheap: no count over the tables), for caches of counts. */
  changeStamp?(): Promise<string>;
  close(): Promise<void>;
}
