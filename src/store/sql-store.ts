// The one query layer: every query of the store, written once over the Driver interface, run by
// both backends. Parameters always travel separately from the SQL text; filters add `?` clauses.
// The only dialect branch is free text: SQLite uses its FTS5 tables, PostgreSQL a LIKE over a
// lower-cased copy computed here (so case folding is the same, whatever the server's locale).
import type { ArticleMeta, Claim, Document, ExtractResult, Lang } from "../types.js";
import type { Driver, Queryable } from "./driver.js";
import { migrate } from "./migrations.js";
import { countable, countableBySk, countClaims, countsWhere, lockHotRows } from "./claim-counts.js";
import { MeasureTables, fileClaims, markArticles, markDirty } from "./measure-tables.js";
import { normalizeUrl } from "./hash.js";
import { claimFolds } from "../query/fold.js";
import { expandFilter } from "../query/filter.js";
import type { NameMatch } from "../query/names.js";
import type {
  ArticleFilter, ClaimFilter, ClaimSort, ClaimSortColumn, FacetName, Facets, Page, PlaceCount, PutArticleInput, PutStatus,
  Store, StoredArticle, StoredArticleSummary, StoredClaim, TimelineBy, TimelineCounts, TimelinePoint,
} from "./types.js";

/** A WHERE clause with its parameters; `article` when it refers to the articles table (alias a). */
type Where = { sql: string; params: unknown[]; article?: boolean };
/** One condition of a claim filter, with its own parameters. */
type Cond = { sql: string; params: unknown[] };
/** A claim filter's WHERE, with the forms some listings need (see claimWhere). */
interface ClaimWhere extends Where {
  langScan: Where;
  byItem: { item: string; lang: string | undefined; rest: Cond } | null;
  /** SQLite: where in `params` the free text's FTS5 expression sits (-1: none), for a caller that puts its own there (textByDays). */
  ftsAt: number;
}
/** What a write adds to the rows it shares with every other writer: claims per day and per largest figure, measures to rebuild, name forms. */
type HotRows = { days: Map<string, number>; figs: Map<number, number>; marks: Set<string>; names: Map<string, string[]> };

const lower = (s: string | null | undefined): string | null => (s == null ? null : s.normalize("NFC").toLowerCase());

// A word: letters, marks (Bengali vowel signs) and digits of any script, as FTS5's tokenizer is
// configured in the migration. One linear regex.
const WORD_RE = /[\p{L}\p{M}\p{N}\u200c\u200d]+/gu;
const words = (s: string): string[] => s.normalize("NFC").toLowerCase().match(WORD_RE) ?? [];

/** Words of a free-text query (at most 16): no user syntax ever reaches FTS or LIKE. */
function queryWords(q: string): string[] {
  return words(q).slice(0, 16);
}

/** The FTS5 expression of the words as prefixes, each quoted (no user text is FTS syntax): "ইউক্রেন"* matches ইউক্রেনের. */
function prefixMatch(words: string[]): string {
  return words.map((x) => `"${x}"*`).join(" ");
}

/**
 * SQLite: the word each claim's FTS row holds for its listing day (migration 15), so that FTS5
 * can answer "these words, on this day" from the day's short list. It starts with a private-use
 * character, which FTS5's tokenizer keeps in a word (category Co) and a query word never holds
 * (queryWords takes letters, marks and digits), so no search can match it.
 */
export const dayWord = (edate: string | null): string | null =>
  edate && ISO_DAY.test(edate) ? `\ue000${edate.slice(0, 4)}${edate.slice(5, 7)}${edate.slice(8)}` : null;

/**
 * The days that have a day word: a plain ISO day. Claims come from the extractor with such dates,
 * but the library takes any string; another form (a time, slashes) would put its pieces in the
 * row as searchable words ("2024/10/05" gives "10" and "05"), so such a claim has no day word and
 * the walk stops at its day (textByDays).
 */
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * SQLite, free text with many matches in the listing's order: the walk by days makes at most this
 * many FTS5 queries (runs of days, see textByDays) before the rest is looked up as a whole. Each
 * query reads the words' whole lists (5 ms for two frequent words at a million claims): with a
 * query per day, the thin days of a rarer pair of words cost 50 ms at 100,000 claims, and many
 * thin days with a selective second filter up to 20,000 queries.
 */
export const DAY_WALK_QUERIES = 8;

/** A free-text match prepared for SQLite (SqlStore.ftsMatch): the FTS5 expression, null when nothing can match. */
interface FtsMatch {
  match: string | null;
  /** Many matches: walk the page's index and check each id against them (see textWhere). */
  walk: boolean;
}

/** At most this many indexed words per query word's prefix; past it the prefix goes to FTS5 as is. */
const MAX_EXPANSION = 32;
/**
 * From this many matches on, a page walks the listing's index checking ids against the matches
 * (about 0.3 µs a match, then a short walk) instead of looking up and sorting every match (about
 * 3 µs a match): the two cost the same near a thousand matches.
 */
const WALK_FROM = 2000;

/**
 * PostgreSQL's search column: the lower-cased words separated by single spaces, with a leading
 * space, so that `LIKE '% word%'` is a word-prefix match exactly like FTS5's `"word"*`, whatever
 * the server's locale.
 */
function searchText(s: string): string {
  return ` ${words(s).join(" ")} `;
}

function likeEscape(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * PostgreSQL: the words as a tsquery of quoted prefixes ('air':* & 'drones':*). Quoted lexemes are
 * taken as written (no parser, no dictionary), and a query word is letters, marks and digits only,
 * so no user text is query syntax; quotes and backslashes are escaped all the same.
 */
function tsPrefixQuery(words: string[]): string {
  return words.map((x) => `'${x.replace(/\\/g, "\\\\").replace(/'/g, "''")}':*`).join(" & ");
}

/** Evidence, claimant and via words: what free-text claim search looks at. */
function claimSearchBody(c: Claim): string {
  return [c.evidence.text, c.claimant?.name, c.claimant?.surface, c.via?.name, c.via?.surface, c.location?.name]
    .filter(Boolean)
    .join(" \n ");
}

function displayUrl(meta: ArticleMeta, urls: string[]): string | null {
  return (meta.canonical_url && normalizeUrl(meta.canonical_url)) || (meta.source_url && normalizeUrl(meta.source_url)) || urls[0] || null;
}

/**
 * The URLs that identify the article: its canonical URL and the URLs it was found at. Not the
 * "Source: URL" a pasted text names: that is where a text (often a translation) came from, and
 * translations of one article are different articles.
 */
function normUrls(doc: Document, urls: string[]): string[] {
  const out = new Set<string>();
  for (const u of [doc.meta.canonical_url, ...urls]) {
    const n = u ? normalizeUrl(u) : null;
    if (n) out.add(n);
  }
  return [...out];
}

const chunk = <T>(xs: T[], n: number): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
};

const nowIso = () => new Date().toISOString();

/** The claim's largest figure (claims.fig), null without one. */
const claimFig = (c: Claim): number | null => (c.quantities.length ? Math.max(...c.quantities.map((x) => x.value)) : null);

interface ArticleRow {
  id: number;
  lang: string;
  title: string | null;
  url: string | null;
  published: string | null;
  published_at: string | null;
  site_name: string | null;
  content_hash: string;
  extractor_version: number;
  claim_count: number;
  ingested_at: string;
  text?: string;
  meta?: string;
  boilerplate?: string;
  origin?: string | null;
}

interface ClaimRow {
  id: number;
  article_id: number;
  data: string;
  article_lang: string;
  article_title: string | null;
  article_url: string | null;
  published: string | null;
  published_at: string | null;
}

/**
 * Sort keys: each column name maps to one fixed expression (nothing from a request reaches the
 * SQL text). Text keys are the lower-cased copies the store keeps, so case never decides order.
 * `article` needs the articles table joined.
 */
const SORT_EXPR: Record<ClaimSortColumn, { sql: string; text?: boolean; article?: boolean }> = {
  date: { sql: "c.edate" },
  claimant: { sql: "c.claimant_key", text: true },
  outlet: { sql: "c.via_key", text: true },
  stance: { sql: "c.stance", text: true },
  kind: { sql: "c.kind", text: true },
  place: { sql: "c.location_key", text: true },
  lang: { sql: "a.lang", text: true, article: true },
  article: { sql: "lower(a.title)", text: true, article: true },
  // The claim's largest figure, stored with it (migration 6) and indexed with the tie-break.
  figure: { sql: "c.fig" },
};
/** The default listing order, also the tie-break after any sort key: newest first, then reading order. */
const DEFAULT_ORDER = "c.edate DESC NULLS LAST, c.article_id DESC, c.ord";

const CLAIM_COLS = `c.id, c.article_id, c.data, a.lang AS article_lang, a.title AS article_title, a.url AS article_url, a.published, a.published_at`;
const ARTICLE_COLS = `a.id, a.lang, a.title, a.url, a.published, a.published_at, a.site_name, a.content_hash, a.extractor_version, a.claim_count, a.ingested_at`;

/**
 * Matching claims that facets of an uncountable filter count at most (the newest). A thousand
 * claims give each facet's leading values and their shares; reading them costs a few ms where
 * every match of a frequent word costs seconds (see facets).
 */
export const FACET_SAMPLE = 1_000;
/** Statistics are refreshed after ANALYZE_SHARE of the claims' size, and at least ANALYZE_MIN claims, were written. */
const ANALYZE_SHARE = 0.2;
const ANALYZE_MIN = 1000;

export class SqlStore implements Store {
  readonly backend: "sqlite" | "postgres";
  /** Facets, timeline and map from the kept counts when the filter allows; off, from the claims (tests compare the two). */
  useCounts = true;
  /** Facets of a filter the counts cannot answer are counted over at most this many matching claims (see facets). */
  facetSample = FACET_SAMPLE;
  /** SQLite: FTS5 queries a free-text listing's day walk makes at most (see textByDays). */
  dayWalkQueries = DAY_WALK_QUERIES;

  /** Measures kept up to date at write time (see ./measure-tables.ts). */
  readonly measures: MeasureTables;

  /**
   * PostgreSQL: claims this process has written since it last refreshed the planner's statistics,
   * and the claims table's size as the statistics then said (null: not read yet).
   */
  private unanalyzed = 0;
  private analyzedSize: number | null = null;

  constructor(private readonly d: Driver) {
    this.backend = d.dialect;
    this.measures = new MeasureTables(d);
  }

  migrate(): Promise<void> {
    return migrate(this.d);
  }

  // ---- writes ---------------------------------------------------------------------------------

  async findArticle(key: { contentHash: string; urls: string[]; lang?: Lang }): Promise<{ id: number; extractor_version: number } | null> {
    const byHash = await this.d.all<{ id: number; extractor_version: number }>(
      "SELECT id, extractor_version FROM articles WHERE content_hash = ?",
      [key.contentHash],
    );
    if (byHash.length) return byHash[0];
    const urls = key.urls.map((u) => normalizeUrl(u)).filter((u): u is string => !!u);
    if (!urls.length) return null;
    const byUrl = await this.d.all<{ id: number; extractor_version: number }>(
      `SELECT a.id, a.extractor_version FROM article_urls u JOIN articles a ON a.id = u.article_id
       WHERE u.url IN (${urls.map(() => "?").join(", ")})${key.lang ? " AND a.lang = ?" : ""} ORDER BY a.id LIMIT 1`,
      key.lang ? [...urls, key.lang] : urls,
    );
    return byUrl[0] ?? null;
  }

  async findArticles(keys: Array<{ contentHash: string; urls: string[]; lang?: Lang }>): Promise<Array<{ id: number; extractor_version: number } | null>> {
    type Found = { id: number; extractor_version: number };
    const byHash = new Map<string, Found>();
    for (const part of chunk([...new Set(keys.map((k) => k.contentHash))], 500)) {
      const rows = await this.d.all<{ id: number; extractor_version: number; content_hash: string }>(
        `SELECT id, extractor_version, content_hash FROM articles WHERE content_hash IN (${part.map(() => "?").join(", ")})`, part);
      for (const r of rows) if (!byHash.has(r.content_hash)) byHash.set(r.content_hash, { id: r.id, extractor_version: r.extractor_version });
    }
    // By URL, for the keys the hash did not find (as findArticle: the lowest id in the key's language).
    const urlsOf = keys.map((k) => (byHash.has(k.contentHash) ? [] : k.urls.map((u) => normalizeUrl(u)).filter((u): u is string => !!u)));
    const byUrl = new Map<string, Array<Found & { lang: string }>>();
    for (const part of chunk([...new Set(urlsOf.flat())], 500)) {
      const rows = await this.d.all<{ url: string; id: number; extractor_version: number; lang: string }>(
        `SELECT u.url, a.id, a.extractor_version, a.lang FROM article_urls u JOIN articles a ON a.id = u.article_id
         WHERE u.url IN (${part.map(() => "?").join(", ")})`, part);
      for (const r of rows) {
        const list = byUrl.get(r.url) ?? [];
        list.push({ id: r.id, extractor_version: r.extractor_version, lang: r.lang });
        byUrl.set(r.url, list);
      }
    }
    return keys.map((k, i) => {
      const hit = byHash.get(k.contentHash);
      if (hit) return hit;
      let best: Found | null = null;
      for (const u of urlsOf[i]) {
        for (const r of byUrl.get(u) ?? []) {
          if (k.lang && r.lang !== k.lang) continue;
          if (!best || Number(r.id) < Number(best.id)) best = { id: r.id, extractor_version: r.extractor_version };
        }
      }
      return best;
    });
  }

  async putArticle(input: PutArticleInput): Promise<{ id: number; status: PutStatus }> {
    return (await this.putArticles([input]))[0];
  }

  async putArticles(inputs: PutArticleInput[]): Promise<Array<{ id: number; status: PutStatus }>> {
    if (!inputs.length) return [];
    // Two writers racing on the same new article (PostgreSQL runs transactions concurrently): the
    // loser hits the unique content_hash and retries, and then finds the winner's row.
    for (let attempt = 0; ; attempt++) {
      try {
        // A lost connection is retried once: safe, since a commit that did happen is found by its hash.
        const out = await this.d.tx((q) => this.putAll(q, inputs), { retryOnConnectionLoss: true });
        await this.keepStatistics(inputs.reduce((n, i) => n + i.result.claims.length, 0));
        return out;
      } catch (e) {
        if ((e as { code?: string }).code !== "23505" || attempt >= 3) throw e;
      }
    }
  }

  /**
   * PostgreSQL: refreshes the planner's statistics of the store's tables once this process has
   * grown the claims by a fifth since they were last taken (and by at least ANALYZE_MIN claims),
   * as autovacuum would. The write path's own statements (the counts kept per batch, the look-ups
   * by article) are planned from these statistics: with none, or with those of an empty store, a
   * look-up of a batch's 5,000 claims by article is planned as a scan of every claim, and a fill
   * slows down as the store grows (seen on a server with autovacuum off: 20 s per 500 articles at
   * 330,000 claims). A server whose autovacuum is on does the same sooner or later; this does not
   * depend on it. Runs after the commit, outside the transaction; a failure here loses nothing
   * (the claims are stored) and is left to autovacuum, so it is not reported as a write failure.
   */
  private async keepStatistics(claims: number): Promise<void> {
    if (this.d.dialect !== "postgres") return;
    this.unanalyzed += claims;
    try {
      this.analyzedSize ??= await this.claimsAsAnalyzed();
      if (this.unanalyzed < Math.max(ANALYZE_MIN, ANALYZE_SHARE * this.analyzedSize)) return;
      const tables = await this.d.all<{ t: string }>("SELECT tablename AS t FROM pg_tables WHERE schemaname = current_schema() AND tablename <> 'claims'");
      // Where autovacuum is off for claims, they are vacuumed here too, as autovacuum would after
      // inserts: that marks the new pages all-visible, which lets a free-text walk read the claims'
      // words from the listing's index alone (migration 18) instead of visiting each row. Where it
      // is on, it does that in the background, off the writer's path.
      const [{ auto }] = await this.d.all<{ auto: boolean }>(`SELECT current_setting('autovacuum') = 'on'
        AND NOT coalesce((SELECT 'autovacuum_enabled=false' = ANY (reloptions) FROM pg_class WHERE oid = 'claims'::regclass), false) AS auto`);
      await this.d.run(auto ? "ANALYZE claims" : "VACUUM (ANALYZE) claims");
      if (tables.length) await this.d.run(`ANALYZE ${tables.map((r) => `"${r.t.replace(/"/g, '""')}"`).join(", ")}`);
      this.unanalyzed = 0;
      this.analyzedSize = await this.claimsAsAnalyzed();
    } catch {
      // Statistics are an aid to the planner, not data: see above.
    }
  }

  /** The claims table's row count as PostgreSQL's statistics have it (0 when never analyzed). */
  private async claimsAsAnalyzed(): Promise<number> {
    const r = await this.d.all<{ n: number }>("SELECT greatest(reltuples, 0)::bigint AS n FROM pg_class WHERE oid = 'claims'::regclass");
    return Number(r[0]?.n ?? 0);
  }

  /**
   * The writes of a group of articles, set-based: a handful of statements for the whole group
   * (look-ups, one multi-row INSERT per table), not a handful per article. On PostgreSQL every
   * statement is a network round trip, so this is what sets its ingest rate.
   */
  private async putAll(q: Queryable, inputs: PutArticleInput[]): Promise<Array<{ id: number; status: PutStatus }>> {
    const pg = this.d.dialect === "postgres";
    const urlsOf = inputs.map((i) => normUrls(i.doc, i.urls));
    // What the store has already: articles by hash, and by URL (with their language).
    const byHash = new Map<string, number>();
    for (const part of chunk([...new Set(inputs.map((i) => i.contentHash))], 500)) {
      const rows = await q.all<{ id: number; content_hash: string }>(
        `SELECT id, content_hash FROM articles WHERE content_hash IN (${part.map(() => "?").join(", ")})`, part);
      for (const r of rows) byHash.set(r.content_hash, Number(r.id));
    }
    const byUrl = new Map<string, { id: number | null; hash: string; lang: string }>();
    for (const part of chunk([...new Set(urlsOf.flat())], 500)) {
      const rows = await q.all<{ url: string; article_id: number; lang: string; content_hash: string }>(
        `SELECT u.url, u.article_id, a.lang, a.content_hash FROM article_urls u JOIN articles a ON a.id = u.article_id
         WHERE u.url IN (${part.map(() => "?").join(", ")})`, part);
      for (const r of rows) byUrl.set(r.url, { id: Number(r.article_id), hash: r.content_hash, lang: r.lang });
    }
    // Decide each input in order; articles new in this group are keyed by hash until they have ids.
    type Plan = { kind: "new" } | { kind: "hash"; hash: string } | { kind: "url"; id: number | null; hash: string };
    const plans: Plan[] = [];
    const fresh: PutArticleInput[] = [];
    const freshHashes = new Set<string>();
    inputs.forEach((input, k) => {
      const lang = input.doc.meta.lang;
      // Same text already stored (under any URL), or earlier in this group: only its new URLs are added.
      if (byHash.has(input.contentHash) || freshHashes.has(input.contentHash)) {
        plans.push({ kind: "hash", hash: input.contentHash });
        return;
      }
      // Same URL in the same language, different text (a page edited since, a feed summary vs the
      // full page): the article first stored there is kept; re-ingesting never rewrites it. A
      // translation published at the original's URL is its own article.
      const hit = urlsOf[k].map((u) => byUrl.get(u)).find((x) => x && x.lang === lang);
      if (hit) {
        plans.push({ kind: "url", id: hit.id, hash: hit.hash });
        return;
      }
      plans.push({ kind: "new" });
      fresh.push(input);
      freshHashes.add(input.contentHash);
      for (const u of urlsOf[k]) if (!byUrl.has(u)) byUrl.set(u, { id: null, hash: input.contentHash, lang });
    });
    // The new articles.
    const ts = nowIso();
    const indexed = fresh.map((input) => {
      const meta = { ...input.result.article, ...input.doc.meta };
      delete (meta as { text?: string }).text;
      return { input, meta, urls: normUrls(input.doc, input.urls) };
    });
    const cols = `content_hash, lang, title, published, published_at, site_name, canonical_url, source_url, url, origin,
        text, meta, boilerplate, extractor_version, claim_count, ingested_at, updated_at${pg ? ", search" : ""}`;
    const one = `(${Array.from({ length: 17 + (pg ? 1 : 0) }, () => "?").join(", ")})`;
    for (const part of chunk(indexed, 200)) {
      const params: unknown[] = [];
      for (const { input, meta, urls } of part) {
        params.push(
          input.contentHash, meta.lang, meta.title ?? null, meta.published ?? null, meta.published_at ?? null, meta.site_name ?? null,
          meta.canonical_url ?? null, meta.source_url ?? null, displayUrl(meta, urls), input.origin ?? null,
          input.doc.text, JSON.stringify(meta), JSON.stringify(input.doc.boilerplate), input.extractorVersion,
          input.result.claims.length, ts, ts,
        );
        if (pg) params.push(searchText(`${meta.title ?? ""}\n${input.doc.text}`));
      }
      const rows = await q.all<{ id: number; content_hash: string }>(
        `INSERT INTO articles (${cols}) VALUES ${part.map(() => one).join(", ")} RETURNING id, content_hash`, params);
      for (const r of rows) byHash.set(r.content_hash, Number(r.id));
    }
    if (!pg) {
      for (const { input, meta } of indexed) {
        await q.run("INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)", [
          byHash.get(input.contentHash), (meta.title ?? "").normalize("NFC"), input.doc.text.normalize("NFC"),
        ]);
      }
    }
    const hot: HotRows = { days: new Map(), figs: new Map(), marks: new Set(), names: new Map() };
    await this.insertClaimsMany(q, indexed.map(({ input, meta }) => ({
      articleId: byHash.get(input.contentHash)!, claims: input.result.claims, published: meta.published ?? null,
      lang: meta.lang, publishedAt: meta.published_at ?? null,
    })), hot);
    // URLs: each input's URLs go to the article it resolved to; a URL already taken stays where it is.
    const targets = plans.map((p, k) => (p.kind === "url" ? p.id ?? byHash.get(p.hash)! : byHash.get(p.kind === "hash" ? p.hash : inputs[k].contentHash)!));
    const proposer = new Map<string, number>(); // url -> the first input proposing it
    const urlRows: Array<[string, number]> = [];
    urlsOf.forEach((urls, k) => {
      if (plans[k].kind === "url") return; // a duplicate by URL adds nothing
      for (const u of urls) {
        if (proposer.has(u)) continue;
        proposer.set(u, k);
        urlRows.push([u, targets[k]]);
      }
    });
    const added = new Array<number>(inputs.length).fill(0);
    for (const part of chunk(urlRows, 300)) {
      const rows = await q.all<{ url: string }>(
        `INSERT INTO article_urls (url, article_id, added_at) VALUES ${part.map(() => "(?, ?, ?)").join(", ")}
         ON CONFLICT (url) DO NOTHING RETURNING url`,
        part.flatMap(([u, id]) => [u, id, ts]),
      );
      for (const r of rows) added[proposer.get(r.url)!]++;
    }
    // The rows shared with other writers last, under one lock, just before the commit.
    const merged = [...new Set(plans.flatMap((p, k) => (p.kind === "hash" && added[k] > 0 ? [targets[k]] : [])))];
    const counted = indexed.map(({ input }) => byHash.get(input.contentHash)!);
    if (counted.length || merged.length) {
      await lockHotRows(q, this.d.dialect);
      await countClaims(q, this.d.dialect, counted, 1);
      await this.writeHot(q, hot);
      // New URLs of a stored article are new copies in its measures' reports.
      if (merged.length) await markArticles(q, merged);
    }
    return plans.map((p, k) => ({
      id: targets[k],
      status: p.kind === "new" ? "inserted" : p.kind === "hash" && added[k] > 0 ? "merged" : "duplicate",
    }));
  }

  /**
   * Claims and quantities of several articles: one multi-row INSERT per table (chunked). Their
   * claims per day and their measures' dirty marks (rows every writer shares) are added to `hot`,
   * for the caller to write with writeHot after lockHotRows.
   */
  private async insertClaimsMany(q: Queryable, arts: Array<{ articleId: number; claims: Claim[]; published: string | null; lang: Lang; publishedAt: string | null }>, hot: HotRows): Promise<void> {
    const pg = this.d.dialect === "postgres";
    const ids = new Map<string, number>(); // "articleId:ord" -> claim id
    const indexed = arts.flatMap((a) => a.claims.map((c, ord) => ({ a, c, ord })));
    const one = `(${Array.from({ length: 26 + (pg ? 1 : 0) }, () => "?").join(", ")})`;
    for (const part of chunk(indexed, 500)) {
      const params: unknown[] = [];
      for (const { a, c, ord } of part) {
        params.push(
          a.articleId, ord,
          c.claimant?.name ?? null, c.claimant?.id ?? null, c.claimant?.surface ?? null, lower(c.claimant?.name),
          c.via?.name ?? null, c.via?.id ?? null, c.via?.surface ?? null, lower(c.via?.name),
          c.stance, c.kind, c.date ?? null, c.date ?? a.published,
          c.location?.name ?? null, c.location?.id ?? null, lower(c.location?.name),
          c.evidence.text, c.evidence.start, c.evidence.end,
          // `data` is the claim record itself, exactly as extracted (the spec's shape).
          JSON.stringify(c),
          ...claimFolds(c.claimant?.name, c.claimant?.surface, c.via?.name, c.via?.surface, c.location?.name),
          a.lang, claimFig(c),
        );
        if (pg) params.push(searchText(claimSearchBody(c)));
      }
      const rows = await q.all<{ id: number; article_id: number; ord: number }>(
        `INSERT INTO claims (article_id, ord, claimant_name, claimant_id, claimant_surface, claimant_key,
           via_name, via_id, via_surface, via_key, stance, kind, date, edate, location_name, location_id, location_key,
           evidence_text, evidence_start, evidence_end, data, claimant_fold, via_fold, location_fold, lang, fig${pg ? ", search" : ""})
         VALUES ${part.map(() => one).join(", ")} RETURNING id, article_id, ord`,
        params,
      );
      for (const r of rows) ids.set(`${r.article_id}:${r.ord}`, Number(r.id));
    }
    if (!pg) {
      for (const { a, c, ord } of indexed) {
        const edate = c.date ?? a.published;
        const body = claimSearchBody(c).normalize("NFC");
        const day = dayWord(edate);
        await q.run("INSERT INTO claims_fts (rowid, body) VALUES (?, ?)", [ids.get(`${a.articleId}:${ord}`), day ? `${body} ${day}` : body]);
      }
    }
    this.noteNamesAndDays(indexed.map((x) => ({ c: x.c, edate: x.c.date ?? x.a.published })), hot);
    const qrows = indexed.flatMap(({ a, c, ord }) =>
      c.quantities.map((x, qi) => [ids.get(`${a.articleId}:${ord}`), a.articleId, qi, x.value, x.item, x.role, x.qualifier, x.text, x.start, x.end]),
    );
    for (const part of chunk(qrows, 1000)) {
      await q.run(
        `INSERT INTO quantities (claim_id, article_id, ord, value, item, role, qualifier, text, span_start, span_end)
         VALUES ${part.map(() => "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").join(", ")}`,
        part.flat(),
      );
    }
    // The items each claim counts, once per item, with the claim's language and listing key (migration 10).
    const irows = indexed.flatMap(({ a, c, ord }) =>
      [...new Set(c.quantities.map((x) => x.item))].map((item) => [item, ids.get(`${a.articleId}:${ord}`), a.lang, c.date ?? a.published, a.articleId, ord]),
    );
    for (const part of chunk(irows, 1000)) {
      await q.run(
        `INSERT INTO claim_items (item, claim_id, lang, edate, article_id, ord) VALUES ${part.map(() => "(?, ?, ?, ?, ?, ?)").join(", ")}`,
        part.flat(),
      );
    }
    // Each claim filed under its figures' measures, in the same transaction.
    await fileClaims(q, arts.map((a) => ({
      articleId: a.articleId, lang: a.lang, published: a.publishedAt ?? a.published,
      claims: a.claims.map((claim, ord) => ({ id: ids.get(`${a.articleId}:${ord}`)!, claim })),
    })), hot.marks);
  }

  /** The shared rows a write collected (name forms, claims per day and per figure, measures' dirty marks), in key order. */
  private async writeHot(q: Queryable, hot: HotRows): Promise<void> {
    // New name forms too: a form new to two writers at once made the second wait for the first's
    // commit (a unique key being inserted), outside the lock and so in any order.
    const nameRows = [...hot.names].sort((x, y) => (x[0] < y[0] ? -1 : 1)).map(([, r]) => r);
    for (const part of chunk(nameRows, 200)) {
      await q.run(`INSERT INTO claim_names (field, key, ident, surface, fold) VALUES ${part.map(() => "(?, ?, ?, ?, ?)").join(", ")} ON CONFLICT DO NOTHING`, part.flat());
    }
    await this.addDays(q, [...hot.days].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0)));
    await this.addFigs(q, [...hot.figs].sort((x, y) => x[0] - y[0]));
    await markDirty(q, [...hot.marks]);
  }

  /**
   * Write-time upkeep of migration 6's small tables, collected for writeHot: the name forms of new
   * claims (claim_names, never removed: a stale form only widens the keys a filter checks, the
   * claim's own columns decide), claims per listing day (claim_days) and per largest figure (claim_figs).
   */
  private noteNamesAndDays(claims: Array<{ c: Claim; edate: string | null }>, hot: HotRows): void {
    for (const { c, edate } of claims) {
      const [cf, vf, lf] = claimFolds(c.claimant?.name, c.claimant?.surface, c.via?.name, c.via?.surface, c.location?.name);
      const rows = [
        ["claimant", lower(c.claimant?.name), c.claimant?.id, c.claimant?.surface, cf],
        ["via", lower(c.via?.name), c.via?.id, c.via?.surface, vf],
        ["place", lower(c.location?.name), c.location?.id, null, lf],
      ].map((r) => r.map((x) => x ?? ""));
      for (const r of rows) hot.names.set(JSON.stringify(r), r);
      const d = edate ?? "";
      hot.days.set(d, (hot.days.get(d) ?? 0) + 1);
    }
    for (const { c } of claims) {
      const f = claimFig(c);
      if (f !== null) hot.figs.set(f, (hot.figs.get(f) ?? 0) + 1);
    }
  }

  /** Claims per largest figure (claim_figs, migration 10): added, or taken away with negative counts. */
  private async addFigs(q: Queryable, figs: Array<[number, number]>): Promise<void> {
    for (const part of chunk(figs, 300)) {
      await q.run(`INSERT INTO claim_figs (fig, n) VALUES ${part.map(() => "(?, ?)").join(", ")}
        ON CONFLICT (fig) DO UPDATE SET n = claim_figs.n + excluded.n`, part.flat());
    }
  }

  private async addDays(q: Queryable, days: Array<[string, number]>): Promise<void> {
    for (const part of chunk(days, 300)) {
      await q.run(`INSERT INTO claim_days (edate, n) VALUES ${part.map(() => "(?, ?)").join(", ")}
        ON CONFLICT (edate) DO UPDATE SET n = claim_days.n + excluded.n`, part.flat());
    }
  }

  async replaceClaims(articleId: number, result: ExtractResult, extractorVersion: number, doc?: Document): Promise<void> {
    await this.d.tx(async (q) => {
      const cur = await q.all<{ published: string | null; published_at: string | null; lang: string; meta: string; title: string | null }>(
        "SELECT published, published_at, lang, meta, title FROM articles WHERE id = ?",
        [articleId],
      );
      if (!cur.length) throw new Error(`article ${articleId} does not exist`);
      // Every shared row below (days, counts, dirty marks) is written under the writers' lock.
      await lockHotRows(q, this.d.dialect);
      // The days of the claims about to go are counted down (their names stay: see noteNamesAndDays).
      const gone = await q.all<{ d: string; n: number }>(
        "SELECT coalesce(edate, '') AS d, count(*) AS n FROM claims WHERE article_id = ? GROUP BY coalesce(edate, '') ORDER BY 1", [articleId]);
      if (gone.length) {
        await this.addDays(q, gone.map((r) => [String(r.d), -Number(r.n)]));
        await q.run("DELETE FROM claim_days WHERE n <= 0");
      }
      const goneFigs = await q.all<{ fig: number; n: number }>(
        "SELECT fig, count(*) AS n FROM claims WHERE article_id = ? AND fig IS NOT NULL GROUP BY fig ORDER BY fig", [articleId]);
      if (goneFigs.length) {
        await this.addFigs(q, goneFigs.map((r) => [Number(r.fig), -Number(r.n)]));
        await q.run("DELETE FROM claim_figs WHERE n <= 0");
      }
      if (this.d.dialect === "sqlite") {
        await q.run("DELETE FROM claims_fts WHERE rowid IN (SELECT id FROM claims WHERE article_id = ?)", [articleId]);
      }
      await countClaims(q, this.d.dialect, [articleId], -1);
      await markArticles(q, [articleId]);
      await q.run("DELETE FROM claims WHERE article_id = ?", [articleId]);
      let published = cur[0].published;
      let lang = cur[0].lang as Lang;
      if (doc) {
        const meta = { ...(JSON.parse(cur[0].meta) as ArticleMeta), ...result.article, ...doc.meta };
        delete (meta as { text?: string }).text;
        published = meta.published ?? null;
        lang = meta.lang;
        const params: unknown[] = [meta.lang, meta.title ?? null, published, meta.site_name ?? null, doc.text,
          JSON.stringify(meta), JSON.stringify(doc.boilerplate)];
        let set = "lang = ?, title = ?, published = ?, site_name = ?, text = ?, meta = ?, boilerplate = ?";
        if (this.d.dialect === "postgres") {
          set += ", search = ?";
          params.push(searchText(`${meta.title ?? ""}\n${doc.text}`));
        } else {
          await q.run("DELETE FROM articles_fts WHERE rowid = ?", [articleId]);
          await q.run("INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)", [articleId, (meta.title ?? "").normalize("NFC"), doc.text.normalize("NFC")]);
        }
        await q.run(`UPDATE articles SET ${set} WHERE id = ?`, [...params, articleId]);
      }
      await q.run("UPDATE articles SET extractor_version = ?, claim_count = ?, updated_at = ? WHERE id = ?", [
        extractorVersion, result.claims.length, nowIso(), articleId,
      ]);
      const hot: HotRows = { days: new Map(), figs: new Map(), marks: new Set(), names: new Map() };
      await this.insertClaimsMany(q, [{ articleId, claims: result.claims, published, lang, publishedAt: cur[0].published_at }], hot);
      await countClaims(q, this.d.dialect, [articleId], 1);
      await this.writeHot(q, hot);
    });
  }

  // ---- reads ----------------------------------------------------------------------------------

  /**
   * A claim filter as SQL over claims c, in every form the reads need, from one expansion of the
   * filter (names are resolved once): the WHERE; the same with the language checked on rows
   * another index walks (`+c.lang`, SQLite: see listClaims); and, for one item, the item, the
   * language and the other conditions apart, for a walk of claim_items (migration 10). `fts`
   * (SQLite): the free-text match prepared by ftsMatch, with the plan it calls for.
   */
  private async claimWhere(f: ClaimFilter, opts: { fts?: FtsMatch } = {}): Promise<ClaimWhere> {
    const conds: Cond[] = [];
    let langAt = -1, itemAt = -1, textAt = -1;
    const add = (sql: string, params: unknown[] = []) => conds.push({ sql, params }) - 1;
    // User words become stored values first (src/query/filter.ts): names by any part, any case,
    // any language's alias; item and role synonyms.
    const x = expandFilter(f);
    if (x.claimant === "article") add("(c.claimant_key IS NULL OR c.claimant_key = 'article')");
    else if (x.claimant) conds.push(await this.nameWhere("claimant", x.claimant, "c.claimant_key", "c.claimant_id", "c.claimant_surface", "c.claimant_fold"));
    if (x.via) conds.push(await this.nameWhere("via", x.via, "c.via_key", "c.via_id", "c.via_surface", "c.via_fold"));
    if (x.items || x.roles) {
      const sub: string[] = ["qq.claim_id = c.id"];
      const p: unknown[] = [];
      if (x.items) { sub.push(`qq.item IN (${x.items.map(() => "?").join(", ")})`); p.push(...x.items); }
      if (x.roles) { sub.push(`qq.role IN (${x.roles.map(() => "?").join(", ")})`); p.push(...x.roles); }
      itemAt = add(`EXISTS (SELECT 1 FROM quantities qq WHERE ${sub.join(" AND ")})`, p);
    }
    if (x.kind) add("c.kind = ?", [x.kind]);
    if (x.stance) add("c.stance = ?", [x.stance]);
    // The article's language is kept on each claim (migration 6): no join to filter by it.
    if (f.lang) langAt = add("c.lang = ?", [f.lang]);
    if (x.place) conds.push(await this.nameWhere("place", x.place, "c.location_key", "c.location_id", null, "c.location_fold"));
    if (f.from) add("c.edate >= ?", [f.from]);
    if (f.to) add("c.edate <= ?", [f.to]);
    if (f.articleId !== undefined) add("c.article_id = ?", [f.articleId]);
    if (f.q !== undefined) {
      const w: string[] = [], p: unknown[] = [];
      this.textWhere(f.q, w, p, "claims_fts", "c", opts.fts, this.d.dialect === "postgres" && await this.hasBigWords());
      const at = add(w.join(" AND "), p);
      if (this.d.dialect === "sqlite" && p.length === 1) textAt = at;
    }
    const where = (cs: Cond[]): Where => ({ sql: cs.length ? `WHERE ${cs.map((c) => c.sql).join(" AND ")}` : "", params: cs.flatMap((c) => c.params), article: false });
    const all = where(conds);
    // `+c.lang` (SQLite): the language is checked on the rows another index walks, not looked up in its own index.
    const langScan = langAt < 0 ? all : where(conds.map((c, i) => (i === langAt ? { sql: "+c.lang = ?", params: c.params } : c)));
    // One item (the usual case: an item's class is most often itself) and no article: claim_items
    // holds the item and the language, the rest are checked on the claim. A role stays a test of
    // the claim's quantities (item and role on the same figure).
    let byItem: ClaimWhere["byItem"] = null;
    if (x.items?.length === 1 && f.articleId === undefined) {
      const rest = conds.filter((_, i) => i !== langAt && (i !== itemAt || !!x.roles));
      byItem = { item: x.items[0], lang: f.lang || undefined, rest: { sql: rest.map((c) => c.sql).join(" AND "), params: rest.flatMap((c) => c.params) } };
    }
    const ftsAt = textAt < 0 ? -1 : conds.slice(0, textAt).reduce((n, c) => n + c.params.length, 0);
    return { ...all, langScan, byItem, ftsAt };
  }

  /**
   * A name filter: the exact forms as before (canonical name in any case, id, surface), any of the
   * gazetteer ids the words name, or the folded words as word starts of the stored folded names.
   * The same test runs first on claim_names (the distinct forms stored, a few thousand rows, not
   * every claim), which gives the keys to look up in claims by index. A key all of whose stored
   * forms pass needs no more: each claim's own form is in claim_names, so every claim with that
   * key passes, and the claims are found from their sort indexes alone (PostgreSQL: an index-only
   * walk, 514 ms p99 -> a few ms for a claimant and dates at 1,000,000 claims). A key with a form
   * that fails is checked on the claim itself. So the result is exactly the test's on claims.
   */
  private async nameWhere(field: "claimant" | "via" | "place", m: NameMatch, key: string, id: string, surface: string | null, folded: string): Promise<Cond> {
    const test = (k: string, i: string, s: string | null, f: string) => {
      const cond: string[] = [];
      const params: unknown[] = [];
      nameWhere(m, k, i, s, f, cond, params);
      return { sql: cond[0], params };
    };
    const inNames = test("n.key", "n.ident", surface ? "n.surface" : null, "n.fold");
    const anyNames = test("o.key", "o.ident", surface ? "o.surface" : null, "o.fold");
    const onClaim = test(key, id, surface, folded);
    // PostgreSQL: the key compared under "C", the collation of the indexes that serve sorts (same equality).
    const k = this.d.dialect === "postgres" ? `${key} COLLATE "C"` : key;
    // claim_names columns are never null ('' for none), so the test is true or false on each form.
    const rows = await this.d.all<{ key: string; every: number }>(
      `SELECT n.key, min(CASE WHEN ${inNames.sql} THEN 1 ELSE 0 END) AS every FROM claim_names n
       WHERE n.field = ? AND n.key IN (SELECT o.key FROM claim_names o WHERE o.field = ? AND ${anyNames.sql}) GROUP BY n.key`,
      [...inNames.params, field, field, ...anyNames.params]);
    const full = rows.filter((r) => Number(r.every) === 1).map((r) => r.key);
    const mixed = rows.filter((r) => Number(r.every) !== 1).map((r) => r.key);
    const list = (xs: string[]) => `${k} IN (${xs.map(() => "?").join(", ")})`;
    if (!rows.length) return { sql: "1 = 0", params: [] };
    // Very many keys (a word start shared by hundreds of names): the keys stay a subquery.
    if (rows.length > 500) {
      return { sql: `${k} IN (SELECT o.key FROM claim_names o WHERE o.field = ? AND ${anyNames.sql}) AND ${onClaim.sql}`, params: [field, ...anyNames.params, ...onClaim.params] };
    }
    if (!mixed.length) return { sql: list(full), params: full };
    if (!full.length) return { sql: `${list(mixed)} AND ${onClaim.sql}`, params: [...mixed, ...onClaim.params] };
    return { sql: `${list([...full, ...mixed])} AND (${list(full)} OR ${onClaim.sql})`, params: [...full, ...mixed, ...full, ...onClaim.params] };
  }

  /**
   * PostgreSQL: whether some claim's words are too many for the listing's index (words_ix NULL,
   * migration 18). Read from a partial index of those claims, at each free-text read: another
   * process may have stored one since.
   */
  private async hasBigWords(): Promise<boolean> {
    return (await this.d.all("SELECT 1 AS one FROM claims WHERE words_ix IS NULL AND search IS NOT NULL LIMIT 1")).length > 0;
  }

  /**
   * Every word of q must occur: FTS5 word-prefix match on SQLite, substring of the lower-cased text
   * on PostgreSQL. `fts` (SQLite): the match prepared by ftsMatch, with the plan it calls for.
   * `big` (PostgreSQL claims): some claim's words are not in words_ix (see hasBigWords).
   */
  private textWhere(q: string, w: string[], p: unknown[], fts: string, alias: string, prepared?: FtsMatch, big = false): void {
    const words = queryWords(q);
    if (!words.length || prepared?.match === null) {
      w.push("1 = 0"); // a query with no words (or a word no stored text has) matches nothing rather than everything
      return;
    }
    if (this.d.dialect === "sqlite") {
      // `+` (many matches): the id is checked against the matches while another index (the
      // listing order's) is walked, rather than each match being looked up and sorted.
      w.push(`${prepared?.walk ? "+" : ""}${alias}.id IN (SELECT rowid FROM ${fts} WHERE ${fts} MATCH ?)`);
      p.push(prepared?.match ?? prefixMatch(words));
    } else {
      // Each word as a prefix of some word of the text, from the GIN index of the words (migration
      // 13): the same match as LIKE '% word%' on the search column, which is what the words are
      // made of. A word longer than a lexeme may be (2,047 bytes) is in no text's words.
      if (words.some((x) => Buffer.byteLength(x) > 2047)) {
        w.push("1 = 0");
        return;
      }
      // Claims: words_ix (migration 18), which the listing's index carries, so that a walk of it
      // checks the words without reading rows. A claim whose words it does not hold (too many) is
      // matched on its search column, each word as a word start (' word' in ' w1 w2 '): the same
      // match. Only while such a claim exists: the condition reads the row, which rules the
      // index-only walk out.
      const match = `${alias === "c" ? "c.words_ix" : `${alias}.words`} @@ CAST(? AS tsquery)`;
      p.push(tsPrefixQuery(words));
      if (!big) w.push(match);
      else {
        w.push(`(${match} OR (c.words_ix IS NULL AND ${words.map(() => "c.search LIKE ? ESCAPE '\\'").join(" AND ")}))`);
        p.push(...words.map((x) => `% ${likeEscape(x)}%`));
      }
    }
  }

  /**
   * SQLite: the FTS5 expression for q, each word's prefix expanded to the indexed words it starts
   * (from the FTS vocabulary, migration 9): `"said"*` becomes `"said"`, `"air"*` becomes
   * `("air" OR "airs")`. The matches are the same; FTS5 then reads exact-word lists lazily, so a
   * LIMIT stops it early, where a prefix makes it merge every list of the prefix first (the whole
   * store for a word every claim has). A word that starts more than MAX_EXPANSION indexed words,
   * one that starts none, or that FTS5 would split in two (a joiner inside it), stays a prefix.
   * match null: nothing matches (q has no words, or FTS5 finds none). `matches`: how many rows match, counted up to
   * `upTo` (FTS5 only, no join: every FTS row is a stored claim or article).
   */
  private async ftsMatch(fts: "claims_fts" | "articles_fts", q: string, upTo: number): Promise<FtsMatch & { matches: number }> {
    const words = queryWords(q);
    if (!words.length) return { match: null, walk: false, matches: 0 };
    const groups: string[] = [];
    for (const x of new Set(words)) {
      if (/[\u200c\u200d]/.test(x)) { groups.push(`"${x}"*`); continue; }
      const terms: string[] = [];
      let from = x;
      while (terms.length <= MAX_EXPANSION) {
        // The next indexed word at or after `from`, by a seek in the FTS index (the vocabulary's term constraint).
        const r = await this.d.all<{ term: string }>(`SELECT term FROM ${fts}_terms WHERE term >= ? LIMIT 1`, [from]);
        if (!r.length || !r[0].term.startsWith(x)) break;
        terms.push(r[0].term);
        from = `${r[0].term}\u0001`; // just past it: no indexed word holds a control character
      }
      // No indexed word starts x: as a prefix it matches what FTS5 says (nothing, unless its tokenizer splits x).
      groups.push(!terms.length || terms.length > MAX_EXPANSION ? `"${x}"*` : terms.length === 1 ? `"${terms[0]}"` : `(${terms.map((t) => `"${t}"`).join(" OR ")})`);
    }
    const match = groups.join(" AND ");
    const [{ n }] = await this.d.all<{ n: number }>(`SELECT count(*) AS n FROM (SELECT rowid FROM ${fts} WHERE ${fts} MATCH ? LIMIT ?) t`, [match, upTo]);
    // FTS5 found none: nothing to look up (the page would otherwise walk every claim checking ids against none).
    return { match: Number(n) ? match : null, walk: Number(n) >= WALK_FROM, matches: Number(n) };
  }

  async listClaims(filter: ClaimFilter, page: Page, sort?: ClaimSort): Promise<{ total: number; rows: StoredClaim[]; totalExact: boolean }> {
    const { ids, ...counted } = await this.listIds(filter, page, sort);
    return { ...counted, rows: await this.claimsByIds(ids) };
  }

  /** The ids of a listing's page, in its order, and its total (counted up to page.countUpTo). */
  private async listIds(filter: ClaimFilter, page: Page, sort?: ClaimSort): Promise<{ total: number; ids: number[]; totalExact: boolean }> {
    const cap = page.countUpTo;
    // SQLite free text: the matches counted first by FTS5 alone, up to the count's cap (or enough
    // to choose the page's plan); when q is the only filter that count is the total.
    const fts = filter.q !== undefined && this.d.dialect === "sqlite"
      ? await this.ftsMatch("claims_fts", filter.q, Math.max(cap !== undefined && cap > 0 ? cap + 1 : 0, WALK_FROM))
      : undefined;
    const onlyText = fts !== undefined && !(await this.claimWhere({ ...filter, q: undefined })).sql;
    const where = await this.claimWhere(filter, { fts });
    const key = sort ? SORT_EXPR[sort.by] : null;
    const limit = Math.max(0, Math.floor(page.limit)), offset = Math.max(0, Math.floor(page.offset));
    // One item in the default order: a walk of claim_items (see listByItem).
    if (!sort && where.byItem) return this.listByItem(where.byItem, limit, offset, page.countUpTo);
    // The articles table is joined only when a filter or the sort needs it; counting stays on claims.
    const join = "FROM claims c JOIN articles a ON a.id = c.article_id";
    const from = where.article ? join : "FROM claims c";
    // Every claim, in the default order: the total and the page's start come from claims per day
    // (claim_days, kept at write time), not from a walk over a million claims.
    const everything = !where.sql && (!sort || sort.by === "date") && filter.articleId === undefined;
    const days = everything ? await this.d.all<{ edate: string; n: number }>("SELECT edate, n FROM claim_days WHERE n > 0") : null;
    const byDays = !!(fts?.walk && fts.match && (!sort || (sort.by === "date" && sort.order === "desc")) && filter.articleId === undefined);
    const counted = days ? { total: days.reduce((t, r) => t + Number(r.n), 0), totalExact: true }
      : fts && onlyText && cap !== undefined
        ? (cap === 0 ? { total: 0, totalExact: false } : { total: Math.min(fts.matches, cap), totalExact: fts.matches <= cap })
        : byDays && cap !== undefined ? { total: 0, totalExact: false } // counted by the day walk below
          : await this.countUpTo(from, where, cap);
    if (days && (!sort || sort.order === "desc") && offset > 0) {
      return { ...counted, ids: await this.pageByDays(days, limit, offset) };
    }
    if (!where.sql && sort?.by === "figure" && sort.order === "desc" && offset > 0) {
      return { ...counted, ids: await this.pageByFigs(limit, offset) };
    }
    // SQLite, many free-text matches, newest first: day by day (textByDays). Its first cap + 1
    // matches give the count too, when other filters stand beside the words.
    if (byDays) {
      const countTo = !onlyText && cap !== undefined && cap > 0 ? cap + 1 : 0;
      const found = await this.textByDays(filter, fts!.match!, Math.max(offset + limit, countTo));
      const total = countTo ? { total: Math.min(found.length, cap!), totalExact: found.length <= cap! } : counted;
      return { ...total, ids: found.slice(offset, offset + limit) };
    }
    let order = filter.articleId !== undefined ? "c.ord" : DEFAULT_ORDER;
    if (sort && key) {
      // Text compares by code point on both backends (PostgreSQL's default collation follows the
      // server's locale, SQLite's is binary): the same store sorts the same way on either.
      const expr = key.text && this.d.dialect === "postgres" ? `${key.sql} COLLATE "C"` : key.sql;
      order = `${expr} ${sort.order === "asc" ? "ASC" : "DESC"} NULLS LAST, ${DEFAULT_ORDER}`;
    }
    const idsFrom = key?.article ? join : from;
    // A sort with an index of its own (claimant, place, figure) walks that index and checks the
    // language on the way: a language is a large share of the store (nine values at most), and
    // SQLite, which cannot tell that from a bound parameter, would otherwise fetch all of one
    // language's claims and sort them (730 ms CPU per page at 1,000,000 claims).
    // Free text with many matches walks the listing order's index (textWhere); another sort looks
    // its matches up (the sort's own index, if any, is not the one the walk was costed on).
    const pageFts = fts && fts.walk && sort && !(sort.by === "date" && sort.order === "desc") ? { ...fts, walk: false } : fts;
    const sortWhere = pageFts !== fts ? await this.claimWhere(filter, { fts: pageFts }) : where;
    const pageWhere = sort && key && !key.article && sort.by !== "date" && this.d.dialect === "sqlite" ? sortWhere.langScan : sortWhere;
    // Two steps: the page's ids in order (narrow rows, an index walk), then those rows with their
    // article columns. Sorting wide rows (the claim JSON) to keep 50 of them is the slow way.
    const ids = await this.d.all<{ id: number }>(
      `SELECT c.id ${idsFrom} ${pageWhere.sql} ORDER BY ${order} LIMIT ? OFFSET ?`,
      [...pageWhere.params, limit, offset],
    );
    return { ...counted, ids: ids.map((r) => Number(r.id)) };
  }

  /**
   * SQLite, free text with many matches: the first `want` matching claims in the listing's order
   * (newest day first). Looking every match up first costs about 0.25 µs a match before the first
   * row (230 ms for a word in each of a million claims); FTS5 answers "these words on this day"
   * from the day's own list (dayWord, migration 15), so the walk reads the newest days, each
   * checked against its own matches while its index range is walked, until `want` are found.
   * After DAY_WALK_QUERIES queries, and from a day without a day word on, the older days and
   * undated claims are looked up as a whole. Same rows, same order.
   */
  private async textByDays(filter: ClaimFilter, match: string, want: number): Promise<number[]> {
    if (want <= 0) return [];
    // The filter with the words as they are (the rest, below); each run of days puts its own match
    // in the FTS condition's parameter.
    const where = await this.claimWhere(filter, { fts: { match, walk: true } });
    const at = where.ftsAt;
    // Only the days the filter's dates allow (the same text comparison as c.edate >= ? in SQL).
    const days = (await this.d.all<{ edate: string; n: number }>("SELECT edate, n FROM claim_days WHERE n > 0 AND edate <> ''"))
      .filter((d) => (!filter.from || d.edate >= filter.from) && (!filter.to || d.edate <= filter.to))
      .sort((x, y) => (x.edate < y.edate ? 1 : x.edate > y.edate ? -1 : 0));
    const out: number[] = [];
    let walked = 0, last: string | null = null, i = 0;
    // Runs of days, newest first: the first is one day; each next one holds the claims the matches
    // found so far say are needed (a quarter more), and at least twice the days of the last. Each
    // query reads the words' lists once, so thin days (a rarer pair of words, a smaller store) cost
    // a few queries, not one per day. A run holds consecutive days of the list only, so the range
    // from its oldest to its newest day holds no other claims.
    for (let queries = 0, size = 1; i < days.length && at >= 0 && queries < this.dayWalkQueries; queries++) {
      const need = out.length ? ((want - out.length) * walked / out.length) * 1.25 : 0;
      const run: typeof days = [];
      let claims = 0;
      while ((run.length < size || claims < need) && i < days.length && dayWord(days[i].edate)) {
        claims += Number(days[i].n);
        run.push(days[i++]);
      }
      if (!run.length) break; // a day without a day word: the rest is looked up from it on
      size = run.length * 2;
      const params = [...where.params];
      params[at] = `(${match}) AND (${run.map((d) => `"${dayWord(d.edate)}"`).join(" OR ")})`;
      const rows = await this.d.all<{ id: number }>(
        `SELECT c.id FROM claims c WHERE c.edate >= ? AND c.edate <= ? AND ${where.sql.slice("WHERE ".length)} ORDER BY ${DEFAULT_ORDER} LIMIT ?`,
        [run[run.length - 1].edate, run[0].edate, ...params, want - out.length]);
      for (const r of rows) out.push(Number(r.id));
      if (out.length >= want) return out;
      walked += claims;
      last = run[run.length - 1].edate;
    }
    // The rest still holds many matches (the words are frequent, the days walked were few): they
    // are checked while the listing's index is walked on from the last day walked.
    const older = last === null ? where.sql : `${where.sql} AND (c.edate < ? OR c.edate IS NULL)`;
    const rows = await this.d.all<{ id: number }>(
      `SELECT c.id FROM claims c ${older} ORDER BY ${DEFAULT_ORDER} LIMIT ?`,
      [...where.params, ...(last === null ? [] : [last]), want - out.length]);
    for (const r of rows) out.push(Number(r.id));
    return out;
  }

  /**
   * The matches of `from` + `where`, counted up to `cap`. A capped count stops at cap + 1
   * matches: a broad filter over a million claims costs what a narrow one does; only the first
   * cap matches are ever walked.
   */
  private async countUpTo(from: string, where: Where, cap: number | undefined): Promise<{ total: number; totalExact: boolean }> {
    if (cap === 0) return { total: 0, totalExact: false };
    if (cap === undefined) return { total: Number((await this.d.all<{ n: number }>(`SELECT count(*) AS n ${from} ${where.sql}`, where.params))[0].n), totalExact: true };
    const n = Number((await this.d.all<{ n: number }>(`SELECT count(*) AS n FROM (SELECT 1 AS one ${from} ${where.sql} LIMIT ?) t`, [...where.params, cap + 1]))[0].n);
    return { total: Math.min(n, cap), totalExact: n <= cap };
  }

  /**
   * A listing by one item in the default order, from claim_items (migration 10): its index in
   * the listing's order per item and language gives the page as a walk of `limit` entries and a
   * capped count as a range, without reading claims; the other conditions, if any, are checked
   * on each claim the walk meets. Same rows and order as the EXISTS over quantities: claim_items
   * holds each claim once per item, with the claim's own language and listing key.
   */
  private async listByItem(by: NonNullable<ClaimWhere["byItem"]>, limit: number, offset: number, cap: number | undefined) {
    const w = ["ci.item = ?"];
    const p: unknown[] = [by.item];
    if (by.lang !== undefined) { w.push("ci.lang = ?"); p.push(by.lang); }
    if (by.rest.sql) { w.push(by.rest.sql); p.push(...by.rest.params); }
    const from = by.rest.sql ? "FROM claim_items ci JOIN claims c ON c.id = ci.claim_id" : "FROM claim_items ci";
    const where: Where = { sql: `WHERE ${w.join(" AND ")}`, params: p };
    const counted = await this.countUpTo(from, where, cap);
    const ids = await this.d.all<{ id: number }>(
      `SELECT ci.claim_id AS id ${from} ${where.sql} ORDER BY ci.edate DESC NULLS LAST, ci.article_id DESC, ci.ord LIMIT ? OFFSET ?`,
      [...where.params, limit, offset],
    );
    return { ...counted, ids: ids.map((r) => Number(r.id)) };
  }

  /**
   * A page of every claim in the default order (newest day first, undated last), found by day:
   * the day holding the page's first claim from the per-day counts, then a walk from that day's
   * start, so the walk is at most one day long however deep the page.
   */
  private async pageByDays(days: Array<{ edate: string; n: number }>, limit: number, offset: number): Promise<number[]> {
    const dated = days.filter((d) => d.edate !== "").sort((x, y) => (x.edate < y.edate ? 1 : x.edate > y.edate ? -1 : 0));
    let before = 0;
    for (const d of dated) {
      if (before + Number(d.n) > offset) {
        const ids = await this.d.all<{ id: number }>(
          `SELECT c.id FROM claims c WHERE c.edate <= ? ORDER BY ${DEFAULT_ORDER} LIMIT ? OFFSET ?`, [d.edate, limit, offset - before]);
        // The page runs past the last dated claim: the undated ones follow.
        if (ids.length < limit) ids.push(...(await this.undated(limit - ids.length, 0)));
        return ids.map((r) => Number(r.id));
      }
      before += Number(d.n);
    }
    return (await this.undated(limit, offset - before)).map((r) => Number(r.id));
  }

  /**
   * A page of every claim sorted by figure, largest first (claims without one last), found like
   * pageByDays: the figure holding the page's first claim from the claims per figure
   * (claim_figs), then a walk of the figure index from that figure's start.
   */
  private async pageByFigs(limit: number, offset: number): Promise<number[]> {
    const order = `c.fig DESC NULLS LAST, ${DEFAULT_ORDER}`;
    const figs = (await this.d.all<{ fig: number; n: number }>("SELECT fig, n FROM claim_figs WHERE n > 0"))
      .map((r) => ({ fig: Number(r.fig), n: Number(r.n) })).sort((x, y) => y.fig - x.fig);
    const none = (lim: number, off: number) =>
      this.d.all<{ id: number }>(`SELECT c.id FROM claims c WHERE c.fig IS NULL ORDER BY ${order} LIMIT ? OFFSET ?`, [lim, off]);
    let before = 0;
    for (const f of figs) {
      if (before + f.n > offset) {
        const ids = await this.d.all<{ id: number }>(
          `SELECT c.id FROM claims c WHERE c.fig <= ? ORDER BY ${order} LIMIT ? OFFSET ?`, [f.fig, limit, offset - before]);
        // The page runs past the smallest figure: the claims without one follow.
        if (ids.length < limit) ids.push(...(await none(limit - ids.length, 0)));
        return ids.map((r) => Number(r.id));
      }
      before += f.n;
    }
    return (await none(limit, offset - before)).map((r) => Number(r.id));
  }

  private undated(limit: number, offset: number): Promise<Array<{ id: number }>> {
    return this.d.all<{ id: number }>(`SELECT c.id FROM claims c WHERE c.edate IS NULL ORDER BY ${DEFAULT_ORDER} LIMIT ? OFFSET ?`, [limit, offset]);
  }

  /** Claims with their article's columns, in the order of `ids`. */
  private async claimsByIds(ids: number[]): Promise<StoredClaim[]> {
    if (!ids.length) return [];
    const rows = await this.d.all<ClaimRow>(
      `SELECT ${CLAIM_COLS} FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.id IN (${ids.map(() => "?").join(", ")})`, ids);
    const byId = new Map(rows.map((r) => [Number(r.id), r]));
    return ids.map((id) => byId.get(id)).filter((r): r is ClaimRow => !!r).map(toStoredClaim);
  }

  async facets(filter: ClaimFilter): Promise<Facets> {
    if (this.useCounts && countable(filter)) return this.countedFacets(filter);
    if (!this.useCounts) return this.scannedFacets(await this.claimWhere(filter));
    // A filter the kept counts cannot answer (free text, item, place, stance, kind, outlet): the
    // counts are over the matching claims, found as the listing finds them (its indexes, its plans
    // for free text), up to facetSample of them, the newest first. Counting every match instead
    // costs a GROUP BY over all of them: 2-10 s for a frequent word or a kind at a million claims.
    // With more matches than that, the facets say so (sample: how many claims they count).
    const { ids, sample } = await this.newestMatches(filter);
    const out = await this.facetsOfIds(ids);
    return sample ? { ...out, sample } : out;
  }

  /**
   * The newest facetSample claims a filter matches, found as its listing finds them, for the
   * facets and the map of a filter the kept counts cannot answer; `sample` when it has more.
   */
  private async newestMatches(filter: ClaimFilter): Promise<{ ids: number[]; sample?: number }> {
    const n = this.facetSample;
    const { ids } = await this.listIds(filter, { limit: n + 1, offset: 0, countUpTo: 0 });
    return ids.length > n ? { ids: ids.slice(0, n), sample: n } : { ids };
  }

  /**
   * The facets of the claims `ids`, counted here from their columns (two reads by primary key)
   * rather than by eight GROUP BYs over the same rows: the same counts as scannedFacets gives for
   * them (the claim's lang is its article's, migration 6; an item counts a claim once).
   */
  private async facetsOfIds(ids: number[]): Promise<Facets> {
    const tally = Object.fromEntries((["claimant", "via", "item", "lang", "date", "stance", "kind", "place"] as FacetName[])
      .map((k) => [k, new Map<string | null, number>()])) as Record<FacetName, Map<string | null, number>>;
    const add = (k: FacetName, v: string | null) => tally[k].set(v, (tally[k].get(v) ?? 0) + 1);
    for (const part of chunk(ids, 1000)) {
      const list = part.map(() => "?").join(", ");
      const rows = await this.d.all<{ claimant_name: string | null; via_name: string | null; lang: string; edate: string | null; stance: string; kind: string; location_name: string | null }>(
        `SELECT c.claimant_name, c.via_name, c.lang, c.edate, c.stance, c.kind, c.location_name FROM claims c WHERE c.id IN (${list})`, part);
      for (const r of rows) {
        add("claimant", r.claimant_name);
        if (r.via_name !== null) add("via", r.via_name);
        add("lang", r.lang);
        if (r.edate !== null) add("date", r.edate);
        add("stance", r.stance);
        add("kind", r.kind);
        if (r.location_name !== null) add("place", r.location_name);
      }
      // Each claim's items once: claim_items (migration 10) holds exactly that, keyed by claim, so
      // this reads one short range per claim (SQLite: 5.3 -> 3.6 ms CPU for 1,000 claims at a
      // million) instead of every quantity row and a DISTINCT over them.
      const items = await this.d.all<{ item: string }>(`SELECT ci.item FROM claim_items ci WHERE ci.claim_id IN (${list})`, part);
      for (const r of items) add("item", r.item);
    }
    const out = {} as Facets;
    for (const k of Object.keys(tally) as FacetName[]) out[k] = facetList([...tally[k]].map(([value, n]) => ({ value, n })));
    return out;
  }

  /** Facets by a GROUP BY over the claims `where` selects. */
  private async scannedFacets(where: Where): Promise<Facets> {
    const from = where.article ? "FROM claims c JOIN articles a ON a.id = c.article_id" : "FROM claims c";
    const withArticle = "FROM claims c JOIN articles a ON a.id = c.article_id";
    const and = (cond: string) => (where.sql ? `${where.sql} AND ${cond}` : `WHERE ${cond}`);
    const exprs: Record<FacetName, string> = {
      claimant: `SELECT c.claimant_name AS value, count(*) AS n ${from} ${where.sql} GROUP BY c.claimant_name`,
      via: `SELECT c.via_name AS value, count(*) AS n ${from} ${and("c.via_name IS NOT NULL")} GROUP BY c.via_name`,
      item: `SELECT qq.item AS value, count(DISTINCT c.id) AS n ${from} JOIN quantities qq ON qq.claim_id = c.id ${where.sql} GROUP BY qq.item`,
      lang: `SELECT a.lang AS value, count(*) AS n ${withArticle} ${where.sql} GROUP BY a.lang`,
      date: `SELECT c.edate AS value, count(*) AS n ${from} ${and("c.edate IS NOT NULL")} GROUP BY c.edate`,
      stance: `SELECT c.stance AS value, count(*) AS n ${from} ${where.sql} GROUP BY c.stance`,
      kind: `SELECT c.kind AS value, count(*) AS n ${from} ${where.sql} GROUP BY c.kind`,
      place: `SELECT c.location_name AS value, count(*) AS n ${from} ${and("c.location_name IS NOT NULL")} GROUP BY c.location_name`,
    };
    const out = {} as Facets;
    for (const [name, sql] of Object.entries(exprs) as Array<[FacetName, string]>) {
      out[name] = facetList(await this.d.all<{ value: string | null; n: number }>(sql, where.params));
    }
    return out;
  }

  /**
   * Facets from the kept counts (src/store/claim-counts.ts): one statement, every facet a sum over
   * the cells the filter selects. Same values and order as the GROUP BY over claims.
   */
  private async countedFacets(filter: ClaimFilter): Promise<Facets> {
    const groups = await this.claimantGroups(filter);
    // Facets reading the same cells (with a claimant and a date, the claimant, language, date,
    // stance and kind facets all read the same 'sk' cells) read them once: each distinct
    // selection of cells is a CTE, materialized on PostgreSQL when more than one facet sums it (at
    // 100,000 claims: five bitmap heap scans of the same cells became one, and no parallel plan).
    const cells = new Map<string, { name: string; sql: string; params: unknown[]; uses: number }>();
    const parts: Array<{ name: FacetName; cells: string; value: string; join: boolean }> = [];
    const add = (name: FacetName, f: string, value: string, opts: { daily?: boolean; join?: boolean } = {}) => {
      const w = countsWhere(filter, f, groups ?? (opts.join ? "all" : null), !!opts.daily);
      const key = JSON.stringify([w.sql, w.params]);
      let c = cells.get(key);
      if (!c) cells.set(key, (c = { name: `cells${cells.size}`, sql: w.sql, params: w.params, uses: 0 }));
      c.uses++;
      parts.push({ name, cells: c.name, value, join: !!opts.join });
    };
    add("claimant", "sk", "cg.name", { join: true });
    add("via", "via", "k.v");
    add("item", "item", "k.v");
    add("lang", "sk", "k.lang");
    add("date", "sk", "k.day", { daily: true });
    add("stance", "sk", "k.v");
    add("kind", "sk", "k.v2");
    add("place", "place", "k.v");
    // SQLite: each read inlined as before (NOT MATERIALIZED; it materializes a CTE used twice by
    // default, then indexes it for the claimant join on every call: 8.0 -> 10 ms CPU at 1,000,000 claims).
    const pg = this.d.dialect === "postgres";
    const ctes = [...cells.values()].map((c) =>
      `${c.name} AS ${!pg ? "NOT MATERIALIZED " : c.uses > 1 ? "MATERIALIZED " : ""}(SELECT k.cg, k.day, k.lang, k.v, k.v2, k.n FROM claim_counts k WHERE ${c.sql})`);
    const params = [...cells.values()].flatMap((c) => c.params);
    const sql = `WITH ${ctes.join(", ")} ` + parts.map((p) =>
      `SELECT '${p.name}' AS facet, ${p.value} AS value, sum(k.n) AS n FROM ${p.cells} k${p.join ? " JOIN claimant_groups cg ON cg.id = k.cg" : ""} GROUP BY ${p.value}`,
    ).join(" UNION ALL ");
    const rows = await this.d.all<{ facet: FacetName; value: string | null; n: number }>(sql, params);
    const out = {} as Facets;
    for (const name of ["claimant", "via", "item", "lang", "date", "stance", "kind", "place"] as FacetName[]) {
      out[name] = facetList(rows.filter((r) => r.facet === name).map((r) => ({ value: name === "date" ? String(r.value).slice(1) : r.value, n: r.n })));
    }
    return out;
  }

  /** The claimant groups a claimant filter matches (the same name match as on claims), or null without one. */
  private async claimantGroups(f: ClaimFilter): Promise<number[] | null> {
    const x = f.claimant ? expandFilter({ claimant: f.claimant }).claimant : undefined;
    if (!x) return null;
    const w: string[] = [];
    const p: unknown[] = [];
    if (x === "article") w.push("(g.key IS NULL OR g.key = 'article')");
    else nameWhere(x, "g.key", "g.nid", "g.surface", "g.fold", w, p);
    const rows = await this.d.all<{ id: number }>(`SELECT g.id FROM claimant_groups g WHERE ${w[0]}`, p);
    return rows.map((r) => Number(r.id));
  }

  async timeline(filter: ClaimFilter, by: TimelineBy, opts: { all?: boolean } = {}): Promise<TimelineCounts> {
    let rows: Array<{ date: string | null; value: string; n: number }>;
    let sample: number | undefined;
    let undated = 0;
    const col = by === "kind" ? "c.kind" : "c.stance";
    // Undated claims are grouped too (date NULL): the same pass counts them, which the listing's
    // count cannot when it is capped (free text), so the dashboard says how many are off the timeline.
    const grouped = (where: Where) => {
      const from = where.article ? "FROM claims c JOIN articles a ON a.id = c.article_id" : "FROM claims c";
      return this.d.all<{ date: string | null; value: string; n: number }>(
        `SELECT c.edate AS date, ${col} AS value, count(*) AS n ${from} ${where.sql} GROUP BY c.edate, ${col}`,
        where.params,
      );
    };
    // A stance or kind filter too: the timeline reads only the cells that hold them (1.4-2.7 s -> ms at a million claims).
    if (this.useCounts && countableBySk(filter)) {
      const groups = await this.claimantGroups(filter);
      const w = countsWhere(filter, "sk", groups, true);
      const kcol = by === "kind" ? "k.v2" : "k.v";
      rows = (await this.d.all<{ date: string; value: string; n: number }>(
        `SELECT k.day AS date, ${kcol} AS value, sum(k.n) AS n FROM claim_counts k WHERE ${w.sql} GROUP BY k.day, ${kcol}`, w.params,
      )).map((r) => ({ ...r, date: String(r.date).slice(1) }));
      const u = countsWhere(filter, "sk", groups, "undated");
      undated = Number((await this.d.all<{ n: number | null }>(`SELECT sum(k.n) AS n FROM claim_counts k WHERE ${u.sql}`, u.params))[0]?.n ?? 0);
    } else if (!this.useCounts || opts.all) {
      rows = await grouped(await this.claimWhere(filter));
    } else {
      // A filter the counts cannot answer: the newest matches, as for facets and the map. Counting
      // every match of a frequent word by day took 0.4-1 s at a million claims on either backend.
      const found = await this.newestMatches(filter);
      sample = found.sample;
      rows = await groupedOverIds(found.ids, grouped, (r) => `${r.date ?? ""}\u0000${r.value}`);
    }
    const points: TimelinePoint[] = [];
    for (const r of rows) {
      if (r.date === null || r.date === undefined) undated += Number(r.n);
      else points.push({ date: String(r.date), value: String(r.value), count: Number(r.n) });
    }
    // Ordered here, not in SQL, for the same reason as facets: collation must not decide it.
    points.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : x.value < y.value ? -1 : x.value > y.value ? 1 : 0));
    return sample ? { points, undated, sample } : { points, undated };
  }

  async places(filter: ClaimFilter): Promise<{ items: PlaceCount[]; sample?: number }> {
    if (this.useCounts && countable(filter)) {
      const w = countsWhere(filter, "place", await this.claimantGroups(filter), false);
      const rows = await this.d.all<{ id: string; name: string; n: number }>(
        `SELECT k.v2 AS id, k.v AS name, sum(k.n) AS n FROM claim_counts k WHERE ${w.sql} GROUP BY k.v2, k.v`, w.params);
      return { items: placeList(rows.map((r) => ({ id: r.id ? String(r.id).slice(1) : null, name: r.name, n: r.n }))) };
    }
    if (!this.useCounts) return { items: await this.scannedPlaces(await this.claimWhere(filter)) };
    // A filter the counts cannot answer: the newest matches, as for facets (0.1-0.9 s -> ms at a million claims).
    const { ids, sample } = await this.newestMatches(filter);
    const items = placeList(await groupedOverIds(ids, (w) => this.placeRows(w), (r) => `${r.id ?? ""}\u0000${r.name}`));
    return sample ? { items, sample } : { items };
  }

  /** Claims per place by a GROUP BY over the claims `where` selects. */
  private async scannedPlaces(where: Where): Promise<PlaceCount[]> {
    return placeList(await this.placeRows(where));
  }

  private placeRows(where: Where): Promise<PlaceRow[]> {
    const from = where.article ? "FROM claims c JOIN articles a ON a.id = c.article_id" : "FROM claims c";
    const cond = "c.location_name IS NOT NULL";
    return this.d.all<PlaceRow>(
      `SELECT c.location_id AS id, c.location_name AS name, count(*) AS n ${from} ${where.sql ? `${where.sql} AND ${cond}` : `WHERE ${cond}`}
       GROUP BY c.location_id, c.location_name`,
      where.params,
    );
  }

  private articleWhere(f: ArticleFilter, fts?: FtsMatch): Where {
    const w: string[] = [];
    const p: unknown[] = [];
    if (f.lang) { w.push("a.lang = ?"); p.push(f.lang); }
    if (f.from) { w.push("a.published >= ?"); p.push(f.from); }
    if (f.to) { w.push("a.published <= ?"); p.push(f.to); }
    if (f.site) { w.push("lower(a.site_name) = ?"); p.push(f.site.toLowerCase()); }
    if (f.q !== undefined) this.textWhere(f.q, w, p, "articles_fts", "a", fts);
    return { sql: w.length ? `WHERE ${w.join(" AND ")}` : "", params: p };
  }

  async listArticles(filter: ArticleFilter, page: Page): Promise<{ total: number; rows: StoredArticleSummary[] }> {
    // SQLite free text: as for claims (listClaims); the total is exact here, so when q is the only
    // filter it is FTS5's own count of the matches.
    const fts = filter.q !== undefined && this.d.dialect === "sqlite" ? await this.ftsMatch("articles_fts", filter.q, WALK_FROM) : undefined;
    const where = this.articleWhere(filter, fts);
    const onlyText = fts?.match && !this.articleWhere({ ...filter, q: undefined }).sql;
    const [{ n }] = onlyText
      ? await this.d.all<{ n: number }>("SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH ?", [fts.match])
      : await this.d.all<{ n: number }>(`SELECT count(*) AS n FROM articles a ${where.sql}`, where.params);
    const rows = await this.d.all<ArticleRow>(
      `SELECT ${ARTICLE_COLS} FROM articles a ${where.sql} ORDER BY a.published DESC NULLS LAST, a.id DESC LIMIT ? OFFSET ?`,
      [...where.params, Math.max(0, Math.floor(page.limit)), Math.max(0, Math.floor(page.offset))],
    );
    const urls = await this.urlsOf(rows.map((r) => r.id));
    return { total: Number(n), rows: rows.map((r) => toSummary(r, urls.get(r.id) ?? [])) };
  }

  private async urlsOf(ids: number[]): Promise<Map<number, string[]>> {
    const out = new Map<number, string[]>();
    for (const part of chunk(ids, 500)) {
      const rows = await this.d.all<{ article_id: number; url: string }>(
        `SELECT article_id, url FROM article_urls WHERE article_id IN (${part.map(() => "?").join(", ")}) ORDER BY added_at, url`,
        part,
      );
      for (const r of rows) {
        const k = Number(r.article_id);
        if (!out.has(k)) out.set(k, []);
        out.get(k)!.push(r.url);
      }
    }
    return out;
  }

  async getArticle(id: number): Promise<StoredArticle | null> {
    if (!Number.isSafeInteger(id)) return null;
    const rows = await this.d.all<ArticleRow>(
      `SELECT ${ARTICLE_COLS}, a.text, a.meta, a.boilerplate, a.origin FROM articles a WHERE a.id = ?`,
      [id],
    );
    if (!rows.length) return null;
    const r = rows[0];
    const urls = (await this.urlsOf([id])).get(id) ?? [];
    const claims = await this.d.all<ClaimRow>(
      `SELECT ${CLAIM_COLS} FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.article_id = ? ORDER BY c.ord`,
      [id],
    );
    return {
      ...toSummary(r, urls),
      text: r.text ?? "",
      meta: JSON.parse(r.meta ?? "{}") as ArticleMeta,
      boilerplate: JSON.parse(r.boilerplate ?? "[]") as Document["boilerplate"],
      origin: r.origin ?? null,
      claims: claims.map(toStoredClaim),
    };
  }

  async *articlesOlderThan(version: number): AsyncIterable<StoredArticle> {
    let after = 0;
    for (;;) {
      // Keyset pagination: each batch is a fresh query, so rewriting claims between batches is safe.
      const ids = await this.d.all<{ id: number }>(
        "SELECT id FROM articles WHERE extractor_version < ? AND id > ? ORDER BY id LIMIT 100",
        [version, after],
      );
      if (!ids.length) return;
      for (const { id } of ids) {
        after = Number(id);
        const a = await this.getArticle(after);
        if (a) yield a;
      }
    }
  }

  async stats(): Promise<{ articles: number; claims: number; quantities: number; urls: number }> {
    const [r] = await this.d.all<{ a: number; c: number; q: number; u: number }>(
      `SELECT (SELECT count(*) FROM articles) AS a, (SELECT count(*) FROM claims) AS c,
              (SELECT count(*) FROM quantities) AS q, (SELECT count(*) FROM article_urls) AS u`,
    );
    return { articles: Number(r.a), claims: Number(r.c), quantities: Number(r.q), urls: Number(r.u) };
  }

  /**
   * Newest article and claim ids and the kept total of claims: an insert or a replace that stores
   * claims makes new ids, one that removes them lowers the total. Index look-ups and a few count
   * cells, where stats() counts every row (tens of ms at a million claims).
   */
  async changeStamp(): Promise<string> {
    const [r] = await this.d.all<{ a: number | null; c: number | null; n: number | null }>(
      `SELECT (SELECT max(id) FROM articles) AS a, (SELECT max(id) FROM claims) AS c,
              (SELECT sum(n) FROM claim_counts WHERE f = 'sk' AND cg = 0 AND day = '*') AS n`);
    return `${r.a ?? 0}/${r.c ?? 0}/${r.n ?? 0}`;
  }

  close(): Promise<void> {
    return this.d.close();
  }
}

/**
 * A facet's values, most frequent first, at most 50. Sorted here, not in SQL: tie order must not
 * depend on the server's collation. A claim in the article's own voice (no claimant) is counted as "article".
 */
function facetList(rows: Array<{ value: string | null; n: number }>): Array<{ value: string; count: number }> {
  const counts = new Map<string, number>();
  for (const r of rows) {
    const v = r.value === null ? "article" : String(r.value);
    counts.set(v, (counts.get(v) ?? 0) + Number(r.n));
  }
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((x, y) => y.count - x.count || (x.value < y.value ? -1 : x.value > y.value ? 1 : 0))
    .slice(0, 50);
}

type PlaceRow = { id: string | null; name: string; n: number };

/**
 * A grouped count over the claims `ids`, run on chunks of 1,000 ids (a bound on a statement's
 * parameters) and merged: rows with the same key summed (the first row's other columns kept).
 */
async function groupedOverIds<T extends { n: number }>(ids: number[], query: (where: Where) => Promise<T[]>, key: (r: T) => string): Promise<T[]> {
  const out = new Map<string, T>();
  for (const part of chunk(ids, 1000)) {
    for (const r of await query({ sql: `WHERE c.id IN (${part.map(() => "?").join(", ")})`, params: part })) {
      const k = key(r), had = out.get(k);
      out.set(k, had ? { ...had, n: Number(had.n) + Number(r.n) } : r);
    }
  }
  return [...out.values()];
}

function placeList(rows: PlaceRow[]): PlaceCount[] {
  return rows
    .map((r) => ({ id: r.id ?? null, name: String(r.name), count: Number(r.n) }))
    .sort((x, y) => y.count - x.count || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
}

/**
 * A name filter: the exact forms as before (canonical name in any case, id, surface), any of the
 * gazetteer ids the words name, or the folded words as word starts of the stored folded names.
 */
function nameWhere(m: NameMatch, key: string, id: string, surface: string | null, folded: string, w: string[], p: unknown[]): void {
  const or = [`${key} = ?`, `${id} = ?`];
  p.push(lower(m.exact), m.exact);
  if (surface) { or.push(`${surface} = ?`); p.push(m.exact); }
  if (m.ids.length) { or.push(`${id} IN (${m.ids.map(() => "?").join(", ")})`); p.push(...m.ids); }
  if (m.folded) { or.push(`${folded} LIKE ? ESCAPE '\\'`); p.push(`% ${likeEscape(m.folded)}%`); }
  w.push(`(${or.join(" OR ")})`);
}

function toSummary(r: ArticleRow, urls: string[]): StoredArticleSummary {
  return {
    id: Number(r.id),
    lang: r.lang as Lang,
    title: r.title,
    url: r.url,
    urls,
    published: r.published,
    published_at: r.published_at ?? null,
    site_name: r.site_name,
    content_hash: r.content_hash,
    extractor_version: Number(r.extractor_version),
    claim_count: Number(r.claim_count),
    ingested_at: r.ingested_at,
  };
}

/**
 * The parsed claim record with the row's columns set on it, in this order after the record's own
 * keys: the same object a spread (`{ ...claim, id, … }`) makes, key order included, without
 * copying every key of a fresh parse (V8: four times the parse itself, 24 ms per 1,000 claims).
 */
function toStoredClaim(r: ClaimRow): StoredClaim {
  const c = JSON.parse(r.data) as StoredClaim;
  c.id = Number(r.id);
  c.article_id = Number(r.article_id);
  c.article_lang = r.article_lang as Lang;
  c.article_title = r.article_title;
  c.article_url = r.article_url;
  c.published = r.published;
  c.published_at = r.published_at ?? null;
  return c;
}
