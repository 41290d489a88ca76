// Versioned schema migrations. Each has a number, a name and the SQL for each dialect; applied
// ones are recorded in schema_migrations. Never edit an applied migration: add the next one.
// The two dialects keep the same tables and columns; they differ only in id columns and in how
// free text is indexed (SQLite: FTS5 tables; PostgreSQL: a lower-cased `search` column and its words).
import type { Driver, Queryable } from "./driver.js";
import { StoreError } from "./driver.js";
import { claimFolds } from "../query/fold.js";
import { CLAIM_COUNT_TABLES, countClaims } from "./claim-counts.js";
import { addFiledFigures, measurePagesSql, measureTablesSql } from "./measure-tables.js";

export interface Migration {
  version: number;
  name: string;
  sqlite: string;
  postgres: string;
  /** Fills new columns from existing rows, in the migration's transaction (values computed in JS, the same on both dialects). */
  backfill?: (q: Queryable, dialect: "sqlite" | "postgres") => Promise<void>;
  /**
   * PostgreSQL: a maintenance statement run after the migration's commit, outside any transaction
   * (VACUUM cannot run in one). An aid to the planner, not data: a failure, or a process stopped
   * before it, leaves it to autovacuum.
   */
  postgresAfter?: string;
}

// Columns shared by both dialects, with `ID` and `FK` standing for the dialect's id types.
function core(ID: string, FK: string, extraClaims: string, extraArticles: string): string {
  return `
CREATE TABLE articles (
  id ${ID},
  content_hash TEXT NOT NULL UNIQUE,
  lang TEXT NOT NULL,
  title TEXT,
  published TEXT,
  site_name TEXT,
  canonical_url TEXT,
  source_url TEXT,
  url TEXT,
  origin TEXT,
  text TEXT NOT NULL,
  meta TEXT NOT NULL,
  boilerplate TEXT NOT NULL,
  extractor_version INTEGER NOT NULL,
  claim_count INTEGER NOT NULL,
  ingested_at TEXT NOT NULL,
  updated_at TEXT NOT NULL${extraArticles}
);
CREATE INDEX articles_version ON articles (extractor_version);
CREATE INDEX articles_published ON articles (published);
CREATE TABLE article_urls (
  url TEXT PRIMARY KEY,
  article_id ${FK} NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  added_at TEXT NOT NULL
);
CREATE INDEX article_urls_article ON article_urls (article_id);
CREATE TABLE claims (
  id ${ID},
  article_id ${FK} NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  claimant_name TEXT,
  claimant_id TEXT,
  claimant_surface TEXT,
  claimant_key TEXT,
  via_name TEXT,
  via_id TEXT,
  via_surface TEXT,
  via_key TEXT,
  stance TEXT NOT NULL,
  kind TEXT NOT NULL,
  date TEXT,
  edate TEXT,
  location_name TEXT,
  location_id TEXT,
  location_key TEXT,
  evidence_text TEXT NOT NULL,
  evidence_start INTEGER NOT NULL,
  evidence_end INTEGER NOT NULL,
  data TEXT NOT NULL${extraClaims},
  UNIQUE (article_id, ord)
);
CREATE INDEX claims_claimant ON claims (claimant_key);
CREATE INDEX claims_claimant_id ON claims (claimant_id);
CREATE INDEX claims_via ON claims (via_key);
CREATE INDEX claims_edate ON claims (edate);
CREATE INDEX claims_kind ON claims (kind);
CREATE TABLE quantities (
  id ${ID},
  claim_id ${FK} NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
  article_id ${FK} NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  value DOUBLE PRECISION NOT NULL,
  item TEXT NOT NULL,
  role TEXT NOT NULL,
  qualifier TEXT NOT NULL,
  text TEXT NOT NULL,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL
);
CREATE INDEX quantities_claim ON quantities (claim_id);
CREATE INDEX quantities_item_role ON quantities (item, role);
CREATE INDEX quantities_article ON quantities (article_id);
`;
}

const FOLD_COLUMNS = `ALTER TABLE claims ADD COLUMN claimant_fold TEXT;
ALTER TABLE claims ADD COLUMN via_fold TEXT;
ALTER TABLE claims ADD COLUMN location_fold TEXT`;

/**
 * The words of a search column (` word word `) as a tsvector of exact lexemes, for migration 13.
 * array_to_tsvector takes each string as it is (no parser, no dictionary, no locale): the words
 * stay the ones claimtrace cut, on any server. Its limits are kept rather than failing an ingest:
 * a lexeme holds at most 2,047 bytes (a longer "word" is a blob, not searched), and a tsvector's
 * lexemes at most 1 MB (a text with more distinct words, an article of some 100,000 of them,
 * keeps its first megabyte of words). Only pg_catalog functions: right under any search_path.
 */
const WORDS_FUNCTION = `CREATE OR REPLACE FUNCTION claimtrace_words(s text) RETURNS tsvector
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
SELECT CASE WHEN octet_length(s) <= 1000000
  THEN array_to_tsvector(ARRAY(SELECT DISTINCT w FROM unnest(string_to_array(s, ' ')) AS t(w) WHERE w <> '' AND octet_length(w) <= 2047))
  ELSE (SELECT array_to_tsvector(coalesce(array_agg(w), '{}')) FROM (
          SELECT w, sum(octet_length(w)) OVER (ORDER BY first) AS used FROM (
            SELECT w, min(o) AS first FROM unnest(string_to_array(s, ' ')) WITH ORDINALITY AS t(w, o)
            WHERE w <> '' AND octet_length(w) <= 2047 GROUP BY w) d) r
        WHERE used <= 1000000)
  END
$fn$`;

/**
 * Migration 18: a claim's words (claimtrace_words) as the listing's index may carry them, NULL
 * past WORDS_IX_BYTES (a btree entry holds ~2,700 bytes). pg_column_size of a value just made is
 * its plain size, the same on every call: the function is immutable as a generated column needs.
 * It takes the words, not the text: a generated column's expression holds its functions by
 * identity, where a call inside a function body is looked up by name on the session's search_path.
 */
export const WORDS_IX_BYTES = 2000;
const WORDS_IX_FUNCTION = `CREATE OR REPLACE FUNCTION claimtrace_words_ix(w tsvector) RETURNS tsvector
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
SELECT CASE WHEN pg_catalog.pg_column_size(w) <= ${WORDS_IX_BYTES} THEN w END
$fn$`;

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: "articles, urls, claims, quantities, full-text search",
    sqlite:
      core("INTEGER PRIMARY KEY", "INTEGER", "", "") +
      // FTS5 with the categories that keep Bengali vowel signs (M*) inside words: the default
      // unicode61 tokenizer splits "ইউক্রেন" at every combining mark and nothing Bengali matches.
      // Diacritics kept: Vietnamese "tên" and "ten" are different words (and PostgreSQL matches the same way).
      `CREATE VIRTUAL TABLE claims_fts USING fts5(body, tokenize="unicode61 remove_diacritics 0 categories 'L* N* Co M*'");
CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, tokenize="unicode61 remove_diacritics 0 categories 'L* N* Co M*'");`,
    postgres:
      core("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY", "BIGINT", ",\n  search TEXT NOT NULL", ",\n  search TEXT NOT NULL"),
  },
  {
    version: 2,
    name: "indexes for paging in date order and for facets",
    // The listing order (newest first, undated last) as an index, so a page is an index walk, not
    // a sort of every matching claim; PostgreSQL puts NULLs first in DESC unless told otherwise.
    sqlite: `CREATE INDEX claims_order ON claims (edate DESC, article_id DESC, ord);
CREATE INDEX claims_claimant_name ON claims (claimant_name);
CREATE INDEX claims_via_name ON claims (via_name);
CREATE INDEX quantities_item_claim ON quantities (item, claim_id)`,
    postgres: `CREATE INDEX claims_order ON claims (edate DESC NULLS LAST, article_id DESC, ord);
CREATE INDEX claims_claimant_name ON claims (claimant_name);
CREATE INDEX claims_via_name ON claims (via_name);
CREATE INDEX quantities_item_claim ON quantities (item, claim_id)`,
  },
  {
    version: 3,
    name: "folded names for forgiving search (claimant, via, place: any case, no diacritics, word starts)",
    // The folding (src/query/fold.ts) is done in JS, not in SQL: PostgreSQL's unaccent is an
    // extension that may be missing, and SQLite has none; both stores then match alike.
    sqlite: FOLD_COLUMNS,
    postgres: FOLD_COLUMNS,
    backfill: backfillFolded,
  },
  {
    version: 5,
    name: "publication time of day",
    // Who published a figure first needs the time, not only the date; kept as the source wrote it
    // (ISO 8601 with its offset), null when the source gave none. (3 and 4 are left to other work.)
    sqlite: "ALTER TABLE articles ADD COLUMN published_at TEXT",
    postgres: "ALTER TABLE articles ADD COLUMN published_at TEXT",
  },
  {
    version: 6,
    name: "claim listings at scale: article language and largest figure on the claim, sort indexes, distinct names, claims per day",
    sqlite: listingScale("sqlite"),
    postgres: listingScale("postgres"),
  },
  {
    version: 7,
    name: "claim counts kept at write time, for facets, timeline and map (src/store/claim-counts.ts)",
    // Filled by one set-based INSERT … SELECT … GROUP BY over the stored claims: the same
    // statement that keeps the counts at every write. (6 and 8 are other work's.)
    sqlite: CLAIM_COUNT_TABLES("sqlite"),
    postgres: CLAIM_COUNT_TABLES("postgres"),
    backfill: (q, dialect) => countClaims(q, dialect, null, 1),
  },
  {
    version: 8,
    name: "measures maintained at write time (members, denials, dirty marks, built measures)",
    // Tables only: the claims already stored are filed in the background (measure_state), since
    // filing needs the compare code in JS and would make this migration minutes long at 1M claims.
    sqlite: measureTablesSql("INTEGER"),
    postgres: measureTablesSql("BIGINT"),
  },
  {
    version: 9,
    name: "free-text search at scale: FTS vocabularies (SQLite), trigram indexes of the search columns (PostgreSQL)",
    // SQLite: each query word's prefix is expanded to the indexed words it starts (read from these
    // vocabularies, one seek per word), so FTS5 walks exact-word lists lazily instead of merging
    // every list of the prefix in memory before the first row. Virtual tables over the FTS index:
    // nothing stored, nothing to fill.
    sqlite: `CREATE VIRTUAL TABLE IF NOT EXISTS claims_fts_terms USING fts5vocab(claims_fts, instance);
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts_terms USING fts5vocab(articles_fts, instance)`,
    // PostgreSQL: GIN trigram indexes serve LIKE '% word%' (the match itself is unchanged), made in
    // the backfill step since pg_trgm may be refused.
    postgres: "",
    backfill: trigramIndexes,
  },
  {
    version: 10,
    name: "claim listings by item: the items each claim counts, in the listing's order; claims per largest figure; PostgreSQL's listing index holds the claim id",
    sqlite: claimItems("sqlite"),
    postgres: claimItems("postgres"),
  },
  {
    version: 11,
    name: "room on the pages of the rows every write updates (claim counts, claims per day and per figure, measures' dirty marks)",
    // PostgreSQL: every write adds to the same few counts, days and marks. On full pages each
    // update is a new row version on another page with an entry in every index, and the next
    // upsert of that key walks them all until a vacuum runs (a store being filled outran it:
    // 37,000 dead counts after 3,200 articles, 0.35 ms an upserted count). With room on the page
    // the update stays there (HOT), and the page's old versions are pruned by the next write
    // itself, vacuum or not. Applies to the pages these tables fill from now on. SQLite updates in place.
    sqlite: "",
    postgres: `ALTER TABLE claim_counts SET (fillfactor = 50);
ALTER TABLE claim_days SET (fillfactor = 50);
ALTER TABLE measure_dirty SET (fillfactor = 50);
ALTER TABLE claim_figs SET (fillfactor = 50)`,
  },
  {
    version: 12,
    name: "measure details paged (their growing lists in chunks)",
    // Built measures of the earlier format are dropped and marked dirty (rebuilt in the background).
    sqlite: measurePagesSql,
    postgres: measurePagesSql,
    backfill: addFiledFigures,
  },
  {
    version: 13,
    name: "free-text search on PostgreSQL through word lists (a GIN index of each text's words)",
    // The trigram indexes of migration 9 find the rows holding a query word's letters, and every
    // one of them is read and checked: a word in a fifth of the claims read 200,000 rows at a
    // million claims (300 ms p99 already at 100,000). A GIN index of the words themselves answers
    // "some word starts with x" from its word lists (a prefix query), and two words by merging two
    // lists, without reading a row. The words are those of the search column (already the
    // lower-cased words, see searchText), so the match is unchanged; the column is generated, so
    // every writer (and every older claimtrace writing the search column) keeps it right.
    sqlite: "",
    postgres: `${WORDS_FUNCTION};
ALTER TABLE claims ADD COLUMN IF NOT EXISTS words tsvector GENERATED ALWAYS AS (claimtrace_words(search)) STORED;
ALTER TABLE articles ADD COLUMN IF NOT EXISTS words tsvector GENERATED ALWAYS AS (claimtrace_words(search)) STORED;
SET LOCAL maintenance_work_mem = '256MB';
CREATE INDEX IF NOT EXISTS claims_words ON claims USING gin (words);
CREATE INDEX IF NOT EXISTS articles_words ON articles USING gin (words);
DROP INDEX IF EXISTS claims_search_trgm;
DROP INDEX IF EXISTS articles_search_trgm;
ANALYZE claims;
ANALYZE articles`,
  },
  {
    version: 14,
    name: "claim listings by kind and by stance in the listing's order",
    // "Every denial", "every interception", the dashboard's facet buttons: a kind or a stance
    // filter walked the listing's index checking each claim, and a rare one (denials are a few
    // percent) read most of the store to fill a page or the facets' sample (1.9 s at a million
    // claims). These walk only the claims of that kind or stance, newest first, as claims_lang
    // does for a language. The kind index replaces the plain one on kind (a prefix of it).
    sqlite: kindStanceOrder("sqlite"),
    postgres: kindStanceOrder("postgres"),
  },
  {
    version: 15,
    name: "SQLite: each claim's search row holds its listing day (free text with many matches walks the newest days)",
    // A word found in most claims made a listing look every match up before its first row (230 ms
    // at a million claims). With the day as a word of the row (dayWord in sql-store.ts), FTS5
    // gives a day's matches from that day's short list, and a page walks the newest days only.
    // The rows are rewritten once: copied with the day added, the table made anew (its vocabulary
    // view with it), and filled in rowid order (11 s at a million claims). PostgreSQL: nothing.
    sqlite: `CREATE TEMP TABLE claims_fts_days AS SELECT f.rowid AS id,
  CASE WHEN c.edate IS NULL THEN f.body ELSE f.body || ' ' || char(57344) || replace(c.edate, '-', '') END AS body
  FROM claims_fts f JOIN claims c ON c.id = f.rowid;
DROP TABLE IF EXISTS claims_fts_terms;
DROP TABLE claims_fts;
CREATE VIRTUAL TABLE claims_fts USING fts5(body, tokenize="unicode61 remove_diacritics 0 categories 'L* N* Co M*'");
INSERT INTO claims_fts (rowid, body) SELECT id, body FROM claims_fts_days ORDER BY id;
DROP TABLE claims_fts_days;
CREATE VIRTUAL TABLE claims_fts_terms USING fts5vocab(claims_fts, instance)`,
    postgres: "",
  },
  {
    version: 16,
    name: "SQLite: no day word in the search rows of claims whose day is not a plain ISO day",
    // Migration 15 and the writer before it gave every dated claim a day word, whatever its date's
    // form: a date the library was given as "2024/10/05" put "10" and "05" in the row as words a
    // search finds (and an empty date a lone private-use character). Now only YYYY-MM-DD days have
    // one (dayWord in sql-store.ts); the other rows lose the tail that was added to them. Rows are
    // found from the claims' dates (one pass over the claims) and rewritten one by one: only the
    // few claims with such dates.
    sqlite: `CREATE TEMP TABLE claims_fts_fix (id INTEGER PRIMARY KEY, tail TEXT NOT NULL);
INSERT INTO claims_fts_fix (id, tail) SELECT id, ' ' || char(57344) || replace(edate, '-', '') FROM claims
  WHERE edate IS NOT NULL AND edate NOT GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]';
UPDATE claims_fts SET body = substr(body, 1, length(body) - length((SELECT tail FROM claims_fts_fix x WHERE x.id = claims_fts.rowid)))
  WHERE rowid IN (SELECT id FROM claims_fts_fix)
    AND substr(body, -length((SELECT tail FROM claims_fts_fix x WHERE x.id = claims_fts.rowid))) = (SELECT tail FROM claims_fts_fix x WHERE x.id = claims_fts.rowid);
DROP TABLE claims_fts_fix`,
    postgres: "",
  },
  {
    version: 17,
    name: "claim listings by kind and stance together in the listing's order",
    // "Denials of troop deployments": a kind and a stance together walked one of migration 14's
    // indexes checking the other on each claim, and a rare pair read most of that index (33 ms
    // CPU for the newest 1,000 at a million claims, p99 100-125 ms for the facets of such a
    // selection). This index holds the pair, so the walk reads only its claims.
    sqlite: kindAndStanceOrder("sqlite"),
    postgres: kindAndStanceOrder("postgres"),
  },
  {
    version: 18,
    name: "PostgreSQL: the listing's index carries each claim's words (free text with many matches is checked in the index)",
    // Free text with many matches (the newest 1,000 of two words in 4% of the claims: the count's
    // cap, the facets' sample) walked the listing's index and read each claim's row for its words:
    // a random page per claim, 137 ms for 29,000 claims at a million (4.7 µs each). With the words
    // in the index the walk reads no row (6 ms). A btree entry holds at most ~2,700 bytes, so the
    // words move to a column that is NULL for a claim with more than WORDS_IX_BYTES of them (a
    // very long sentence): such claims are found by their search column (textWhere), and a partial
    // index lists them. The GIN index is on the new column, for rarer words. Dropping `words` first
    // keeps the one table rewrite (the new stored column) from copying it: 2 min at a million claims.
    sqlite: "",
    postgres: `${WORDS_IX_FUNCTION};
SET LOCAL maintenance_work_mem = '256MB';
DROP INDEX IF EXISTS claims_words;
ALTER TABLE claims DROP COLUMN IF EXISTS words;
ALTER TABLE claims ADD COLUMN IF NOT EXISTS words_ix tsvector GENERATED ALWAYS AS (claimtrace_words_ix(claimtrace_words(search))) STORED;
CREATE INDEX IF NOT EXISTS claims_words_ix ON claims USING gin (words_ix);
CREATE INDEX IF NOT EXISTS claims_order_words ON claims (edate DESC NULLS LAST, article_id DESC, ord) INCLUDE (id, words_ix);
CREATE INDEX IF NOT EXISTS claims_words_big ON claims (id) WHERE words_ix IS NULL AND search IS NOT NULL;
ANALYZE claims`,
    // The rewrite leaves no page marked all-visible, and with them unmarked the planner rightly
    // prices the index-only walk as reading every row (345 ms for the pair above, cold); autovacuum
    // would mark them only after the claims grow by a fifth.
    postgresAfter: "VACUUM claims",
  },
];

/** Migration 17: an index on kind and stance followed by the listing's order. */
function kindAndStanceOrder(dialect: "sqlite" | "postgres"): string {
  const pg = dialect === "postgres";
  return `${pg ? "SET LOCAL maintenance_work_mem = '256MB';\n" : ""}CREATE INDEX IF NOT EXISTS claims_kind_stance_order ON claims (kind, stance, edate ${pg ? "DESC NULLS LAST" : "DESC"}, article_id DESC, ord)${pg ? " INCLUDE (id)" : ""};
ANALYZE claims`;
}

/** Migration 14: indexes on kind and on stance followed by the listing's order (see listingScale). */
function kindStanceOrder(dialect: "sqlite" | "postgres"): string {
  const pg = dialect === "postgres";
  const desc = pg ? "DESC NULLS LAST" : "DESC";
  const inc = pg ? " INCLUDE (id)" : "";
  return `${pg ? "SET LOCAL maintenance_work_mem = '256MB';\n" : ""}CREATE INDEX IF NOT EXISTS claims_kind_order ON claims (kind, edate ${desc}, article_id DESC, ord)${inc};
CREATE INDEX IF NOT EXISTS claims_stance_order ON claims (stance, edate ${desc}, article_id DESC, ord)${inc};
DROP INDEX IF EXISTS claims_kind;
ANALYZE claims`;
}


/**
 * Migration 9 on PostgreSQL: pg_trgm (a trusted extension: a database owner may create it) and a
 * GIN trigram index on claims.search and articles.search. Without the privilege or the extension
 * the store keeps working as before (LIKE without an index) and says so once; the indexes are
 * then not made (a later migration may try again).
 */
async function trigramIndexes(q: Queryable, dialect: "sqlite" | "postgres"): Promise<void> {
  if (dialect !== "postgres") return;
  await q.run("SAVEPOINT trgm");
  try {
    await q.run("CREATE EXTENSION IF NOT EXISTS pg_trgm");
  } catch (e) {
    await q.run("ROLLBACK TO SAVEPOINT trgm");
    process.stderr.write(`claimtrace: notice: free-text search is not indexed (pg_trgm unavailable: ${(e as Error).message.split("\n")[0]})\n`);
    return;
  }
  await q.run("RELEASE SAVEPOINT trgm");
  // The extension may live in another schema than the tables' (an admin's choice): name its operator class there.
  const [{ schema }] = await q.all<{ schema: string }>("SELECT n.nspname AS schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm'");
  const ops = `"${schema.replace(/"/g, '""')}".gin_trgm_ops`;
  // More memory than the default for the build only: a GIN build is several times faster with it at a million rows.
  await q.run("SET LOCAL maintenance_work_mem = '256MB'");
  await q.run(`CREATE INDEX IF NOT EXISTS claims_search_trgm ON claims USING gin (search ${ops})`);
  await q.run(`CREATE INDEX IF NOT EXISTS articles_search_trgm ON articles USING gin (search ${ops})`);
  await q.run("ANALYZE claims");
  await q.run("ANALYZE articles");
}

/**
 * Migration 10 (issue #11, a listing by item and language: 287 ms p99 on SQLite, 422 ms on
 * PostgreSQL at 1,000,000 claims, spent walking a language's claims and probing each one's
 * quantities):
 * - claim_items: each distinct item a claim counts, with the claim's language and listing key
 *   (edate, article_id, ord) copied from it, indexed in the listing's order per item and per
 *   item and language. A page by item is then a walk of 50 index entries, and a capped count a
 *   range of at most 10,001, both without touching claims. Written with the claim (same
 *   transaction), removed with it (cascade); never updated, as a claim's key columns never are.
 * - claim_figs: claims per largest figure (claims.fig; none are not counted), kept at write time
 *   like claim_days, so a deep page sorted by figure starts its walk at the figure holding the
 *   page's first claim (PostgreSQL at 1,000,000 claims: 72 ms p99 walking up to 500,000 entries).
 * - PostgreSQL: the default listing index with the claim id in it (INCLUDE), so a deep page
 *   (a walk of up to one day's claims, see pageByDays) is an index-only walk, not a heap fetch
 *   per claim skipped. SQLite's index already holds the rowid.
 */
function claimItems(dialect: "sqlite" | "postgres"): string {
  const pg = dialect === "postgres";
  const FK = pg ? "BIGINT" : "INTEGER";
  const desc = pg ? "DESC NULLS LAST" : "DESC";
  // SQLite: WITHOUT ROWID, so each index entry holds the primary key (the claim id) and a walk needs no table look-up.
  const inc = pg ? " INCLUDE (claim_id)" : "";
  // Made afresh (a store taken back to an older version and upgraded again is filled again, not twice).
  return `DROP TABLE IF EXISTS claim_items;
CREATE TABLE claim_items (
  item TEXT NOT NULL,
  claim_id ${FK} NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
  lang TEXT,
  edate TEXT,
  article_id ${FK} NOT NULL,
  ord INTEGER NOT NULL,
  PRIMARY KEY (claim_id, item)
)${pg ? "" : " WITHOUT ROWID"};
INSERT INTO claim_items (item, claim_id, lang, edate, article_id, ord)
SELECT DISTINCT q.item, c.id, c.lang, c.edate, c.article_id, c.ord FROM quantities q JOIN claims c ON c.id = q.claim_id;
CREATE INDEX claim_items_order ON claim_items (item, edate ${desc}, article_id DESC, ord)${inc};
CREATE INDEX claim_items_lang ON claim_items (item, lang, edate ${desc}, article_id DESC, ord)${inc};
DROP TABLE IF EXISTS claim_figs;
CREATE TABLE claim_figs (fig DOUBLE PRECISION PRIMARY KEY, n ${pg ? "BIGINT" : "INTEGER"} NOT NULL);
INSERT INTO claim_figs (fig, n) SELECT fig, count(*) FROM claims WHERE fig IS NOT NULL GROUP BY fig;
${pg ? `DROP INDEX IF EXISTS claims_order_ids;
CREATE INDEX claims_order_ids ON claims (edate ${desc}, article_id DESC, ord) INCLUDE (id);
DROP INDEX IF EXISTS claims_order;
` : ""}ANALYZE claim_items`;
}

/**
 * Migration 6, set-based (one UPDATE, a few INSERT … SELECT, four indexes) so it stays fast on a
 * store of a million claims:
 * - claims.lang (the article's language) and claims.fig (the claim's largest figure), so a
 *   language filter or a sort by figure walks an index of claims instead of joining or
 *   aggregating per row;
 * - indexes whose order is a sort's whole ORDER BY (key, then the listing's tie-break), so a page
 *   is an index walk: by language, by place, by claimant (one per direction: the tie-break keeps
 *   its direction when the key is reversed), by figure;
 * - claim_names: the distinct name forms stored (key, id, surface, folded words per field), a
 *   small table a name filter is resolved on first, to keys matched by index in claims;
 * - claim_days: claims per listing day (edate, '' for undated), kept at write time, so the
 *   unfiltered total and a deep page in the default order need no walk over every claim;
 * - statistics (ANALYZE), so the planner walks a sort's index rather than sorting a
 *   language's quarter of the store (SQLite has none unless asked; see also sqlite.ts).
 */
function listingScale(dialect: "sqlite" | "postgres"): string {
  const pg = dialect === "postgres";
  // PostgreSQL sorts text keys with COLLATE "C" (code points, as SQLite does); the index must say so to serve the sort.
  const C = pg ? ' COLLATE "C"' : "";
  const desc = pg ? "DESC NULLS LAST" : "DESC";
  const asc = pg ? "ASC NULLS FIRST" : "ASC";
  // PostgreSQL: the id inside the index, so a page's ids are an index-only walk (SQLite's rowid always is).
  const inc = pg ? " INCLUDE (id)" : "";
  const claimFig = pg
    ? "UPDATE claims c SET lang = a.lang, fig = (SELECT max(q.value) FROM quantities q WHERE q.claim_id = c.id) FROM articles a WHERE a.id = c.article_id"
    : "UPDATE claims SET lang = (SELECT a.lang FROM articles a WHERE a.id = claims.article_id), fig = (SELECT max(q.value) FROM quantities q WHERE q.claim_id = claims.id)";
  const names = (field: string, key: string, id: string, surface: string, fold: string) =>
    `INSERT INTO claim_names (field, key, ident, surface, fold)
SELECT DISTINCT '${field}', coalesce(${key}, ''), coalesce(${id}, ''), coalesce(${surface}, ''), coalesce(${fold}, '') FROM claims`;
  return `ALTER TABLE claims ADD COLUMN lang TEXT;
ALTER TABLE claims ADD COLUMN fig DOUBLE PRECISION;
${claimFig};
CREATE INDEX claims_lang ON claims (lang, edate ${desc}, article_id DESC, ord)${inc};
CREATE INDEX claims_fig ON claims (fig ${desc}, edate ${desc}, article_id DESC, ord)${inc};
CREATE INDEX claims_place_order ON claims (location_key${C}, edate ${desc}, article_id DESC, ord)${inc};
CREATE INDEX claims_claimant_asc ON claims (claimant_key${C}, edate ${desc}, article_id DESC, ord)${inc};
CREATE INDEX claims_claimant_desc ON claims (claimant_key${C}${pg ? " NULLS FIRST" : ""}, edate ${asc}, article_id, ord DESC)${inc};
CREATE TABLE claim_names (
  field TEXT NOT NULL,
  key TEXT NOT NULL,
  ident TEXT NOT NULL,
  surface TEXT NOT NULL,
  fold TEXT NOT NULL,
  PRIMARY KEY (field, key, ident, surface, fold)
);
${names("claimant", "claimant_key", "claimant_id", "claimant_surface", "claimant_fold")};
${names("via", "via_key", "via_id", "via_surface", "via_fold")};
${names("place", "location_key", "location_id", "NULL", "location_fold")};
CREATE TABLE claim_days (edate TEXT PRIMARY KEY, n INTEGER NOT NULL);
INSERT INTO claim_days (edate, n) SELECT coalesce(edate, ''), count(*) FROM claims GROUP BY coalesce(edate, '');
ANALYZE claims`;
}

/** Folded names of the claims already stored, 500 rows per UPDATE. */
async function backfillFolded(q: Queryable): Promise<void> {
  let after = 0;
  for (;;) {
    const rows = await q.all<{ id: number; claimant_name: string | null; claimant_surface: string | null; via_name: string | null; via_surface: string | null; location_name: string | null }>(
      "SELECT id, claimant_name, claimant_surface, via_name, via_surface, location_name FROM claims WHERE id > ? ORDER BY id LIMIT 500", [after]);
    if (!rows.length) return;
    after = Number(rows[rows.length - 1].id);
    const params = rows.flatMap((r) => [Number(r.id), ...claimFolds(r.claimant_name, r.claimant_surface, r.via_name, r.via_surface, r.location_name)]);
    await q.run(
      `UPDATE claims SET claimant_fold = v.column2, via_fold = v.column3, location_fold = v.column4
       FROM (VALUES ${rows.map(() => "(CAST(? AS BIGINT), CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT))").join(", ")}) AS v
       WHERE claims.id = v.column1`, params);
  }
}

/** Applies pending migrations (up to `upTo`, tests only), each in its own transaction, under a lock so concurrent processes apply each once. */
export async function migrate(driver: Driver, upTo = MIGRATIONS[MIGRATIONS.length - 1].version): Promise<void> {
  const latest = MIGRATIONS[MIGRATIONS.length - 1].version;
  for (const m of MIGRATIONS.filter((x) => x.version <= upTo)) {
    let applied = false;
    await driver.tx(async (q) => {
      // PostgreSQL: a transaction-scoped advisory lock serialises concurrent migrators;
      // SQLite: the tx is BEGIN IMMEDIATE, which already holds the write lock.
      if (driver.dialect === "postgres") await q.all("SELECT pg_advisory_xact_lock(727274)");
      await q.run("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
      const [{ v }] = await q.all<{ v: number | null }>("SELECT max(version) AS v FROM schema_migrations");
      if (v !== null && v > latest) throw new StoreError(`the store has schema version ${v}, newer than this claimtrace understands (${latest}): upgrade claimtrace`);
      const done = await q.all("SELECT version FROM schema_migrations WHERE version = ?", [m.version]);
      if (done.length) return;
      const sql = driver.dialect === "postgres" ? m.postgres : m.sqlite;
      for (const stmt of sql.split(/;\s*\n|;\s*$/)) if (stmt.trim()) await q.run(stmt);
      if (m.backfill) await m.backfill(q, driver.dialect);
      await q.run("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)", [m.version, m.name, new Date().toISOString()]);
      applied = true;
    });
    if (applied && m.postgresAfter && driver.dialect === "postgres") await driver.run(m.postgresAfter).catch(() => undefined);
  }
}

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
