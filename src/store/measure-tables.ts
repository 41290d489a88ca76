// The store's side of maintained measures (src/compare/maintained.ts): each claim is filed under
// its figures' measures when it is written (measure_members; denials by what they can bear on in
// measure_denials), the measures it touches are marked dirty (measure_dirty, with a generation so
// a rebuild racing a write never clears a newer mark), and built measures are kept in `measures`
// (summary columns for the list, the full body for a detail, a slim part for series charts).
// Stores that existed before this migration are filed in the background (measure_state
// backfill_at/backfill_to), batch by batch, not in the migration: that would be minutes at 1M claims.
import type { Claim, Lang } from "../types.js";
import type { Queryable } from "./driver.js";
import { FILING_VERSION, fileClaim } from "../compare/maintained.js";
import type { Figure } from "../compare/measures.js";

const chunk = <T>(xs: T[], n: number): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
};

/** Migration 8 (the same SQL on both dialects; ids are BIGINT on PostgreSQL via FK type). Idempotent: a store whose schema_migrations was taken back re-applies it. */
export function measureTablesSql(FK: string): string {
  return `CREATE TABLE IF NOT EXISTS measure_members (
  claim_id ${FK} NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
  qi INTEGER NOT NULL,
  measure_id TEXT NOT NULL,
  PRIMARY KEY (claim_id, qi)
);
CREATE INDEX IF NOT EXISTS measure_members_measure ON measure_members (measure_id);
CREATE TABLE IF NOT EXISTS measure_denials (
  claim_id ${FK} NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
  role TEXT NOT NULL,
  item TEXT NOT NULL,
  day TEXT,
  PRIMARY KEY (claim_id, role, item)
);
CREATE INDEX IF NOT EXISTS measure_denials_target ON measure_denials (role, item, day);
CREATE TABLE IF NOT EXISTS measure_dirty (measure_id TEXT PRIMARY KEY, gen INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS measures (
  id TEXT PRIMARY KEY,
  series_id TEXT NOT NULL,
  role TEXT NOT NULL,
  item TEXT NOT NULL,
  day TEXT,
  head TEXT NOT NULL,
  series_part TEXT NOT NULL,
  body TEXT NOT NULL,
  origins TEXT NOT NULL,
  days TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS measure_episodes (
  series_id TEXT NOT NULL,
  n INTEGER NOT NULL,
  dates TEXT NOT NULL,
  history TEXT NOT NULL,
  PRIMARY KEY (series_id, n)
);
CREATE TABLE IF NOT EXISTS measure_series (series_id TEXT PRIMARY KEY, series TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS measures_series ON measures (series_id);
CREATE INDEX IF NOT EXISTS measures_target ON measures (role, item);
CREATE TABLE IF NOT EXISTS measure_state (k TEXT PRIMARY KEY, n BIGINT NOT NULL);
INSERT INTO measure_state (k, n) VALUES ('version', 0) ON CONFLICT DO NOTHING;
INSERT INTO measure_state (k, n) VALUES ('backfill_at', 0) ON CONFLICT DO NOTHING;
INSERT INTO measure_state (k, n) SELECT 'backfill_to', coalesce(max(id), 0) FROM articles WHERE true ON CONFLICT DO NOTHING;
INSERT INTO measure_state (k, n) VALUES ('filing', ${FILING_VERSION}) ON CONFLICT DO NOTHING`;
}

export interface FileInput {
  articleId: number;
  lang: Lang;
  /** published_at ?? published: what compare reads as the publication. */
  published: string | null;
  claims: Array<{ id: number; claim: Claim }>;
}

/**
 * Files claims (in the writing transaction) and marks the measures they touch dirty; with `marks`,
 * the dirty marks are collected there instead, for the writer to set with its other hot rows
 * (measure_dirty rows are shared by many writers: see lockHotRows).
 */
export async function fileClaims(q: Queryable, arts: FileInput[], marks?: Set<string>): Promise<void> {
  const members: unknown[][] = [];
  const denials: unknown[][] = [];
  const dirty = new Set<string>();
  for (const a of arts) {
    for (const { id, claim } of a.claims) {
      const f = fileClaim(claim, { lang: a.lang, published: a.published });
      for (const m of f.members) { members.push([id, m.qi, m.measureId, JSON.stringify(m.figure)]); dirty.add(m.measureId); }
      for (const d of f.denials) denials.push([id, d.role, d.item, d.day]);
    }
  }
  for (const part of chunk(members, 500)) {
    await q.run(`INSERT INTO measure_members (claim_id, qi, measure_id, fig) VALUES ${part.map(() => "(?, ?, ?, ?)").join(", ")} ON CONFLICT DO NOTHING`, part.flat());
  }
  for (const part of chunk(denials, 500)) {
    await q.run(`INSERT INTO measure_denials (claim_id, role, item, day) VALUES ${part.map(() => "(?, ?, ?, ?)").join(", ")} ON CONFLICT DO NOTHING`, part.flat());
  }
  const denied = await deniedMeasures(q, denials.map(([, role, item, day]) => ({ role: role as string, item: item as string, day: day as string | null })));
  for (const id of denied) dirty.add(id);
  if (marks) for (const id of dirty) marks.add(id);
  else await markDirty(q, [...dirty]);
}

export async function markDirty(q: Queryable, ids: string[]): Promise<void> {
  // In key order: two transactions marking overlapping sets lock the rows in the same order.
  for (const part of chunk([...new Set(ids)].sort(), 500)) {
    await q.run(
      `INSERT INTO measure_dirty (measure_id, gen) VALUES ${part.map(() => "(?, 1)").join(", ")}
       ON CONFLICT (measure_id) DO UPDATE SET gen = measure_dirty.gen + 1`, part);
  }
}

/** The built measures a denial can bear on (by role, item and day; place and shape are the build's to judge). */
async function markDenied(q: Queryable, targets: Array<{ role: string; item: string; day: string | null }>): Promise<void> {
  await markDirty(q, await deniedMeasures(q, targets));
}

async function deniedMeasures(q: Queryable, targets: Array<{ role: string; item: string; day: string | null }>): Promise<string[]> {
  const seen = new Set<string>();
  const ids: string[] = [];
  for (const t of targets) {
    const k = `${t.role}|${t.item}|${t.day ?? ""}`;
    if (seen.has(k)) continue;
    seen.add(k);
    const rows = t.day === null
      ? await q.all<{ id: string }>("SELECT id FROM measures WHERE role = ? AND item = ?", [t.role, t.item])
      : await q.all<{ id: string }>("SELECT id FROM measures WHERE role = ? AND item = ? AND (day IS NULL OR day = ?)", [t.role, t.item, t.day]);
    for (const r of rows) ids.push(r.id);
  }
  return ids;
}

/** Before an article's claims change (replace) or its URLs do (merge): its measures are dirty. */
export async function markArticles(q: Queryable, articleIds: number[]): Promise<void> {
  for (const part of chunk(articleIds, 500)) {
    const ph = part.map(() => "?").join(", ");
    const rows = await q.all<{ measure_id: string }>(
      `SELECT DISTINCT m.measure_id FROM measure_members m JOIN claims c ON c.id = m.claim_id WHERE c.article_id IN (${ph})`, part);
    await markDirty(q, rows.map((r) => r.measure_id));
    const den = await q.all<{ role: string; item: string; day: string | null }>(
      `SELECT DISTINCT d.role, d.item, d.day FROM measure_denials d JOIN claims c ON c.id = d.claim_id WHERE c.article_id IN (${ph})`, part);
    await markDenied(q, den);
  }
}

/** Files the next batch of articles stored before measures were maintained; false when none is left. */
export async function backfillStep(q: Queryable, batch = 200): Promise<boolean> {
  const st = await q.all<{ k: string; n: number }>("SELECT k, n FROM measure_state WHERE k IN ('backfill_at', 'backfill_to')");
  const at = Number(st.find((r) => r.k === "backfill_at")?.n ?? 0), to = Number(st.find((r) => r.k === "backfill_to")?.n ?? 0);
  if (at >= to) return false;
  const ids = (await q.all<{ id: number }>("SELECT id FROM articles WHERE id > ? AND id <= ? ORDER BY id LIMIT ?", [at, to, batch])).map((r) => Number(r.id));
  const last = ids.length ? ids[ids.length - 1] : to;
  if (ids.length) {
    const rows = await q.all<{ id: number; article_id: number; data: string; lang: string; published: string | null; published_at: string | null }>(
      `SELECT c.id, c.article_id, c.data, a.lang, a.published, a.published_at FROM claims c JOIN articles a ON a.id = c.article_id
       WHERE c.article_id IN (${ids.map(() => "?").join(", ")})`, ids);
    const byArticle = new Map<number, FileInput>();
    for (const r of rows) {
      const aid = Number(r.article_id);
      let a = byArticle.get(aid);
      if (!a) byArticle.set(aid, (a = { articleId: aid, lang: r.lang as Lang, published: r.published_at ?? r.published, claims: [] }));
      a.claims.push({ id: Number(r.id), claim: JSON.parse(r.data) as Claim });
    }
    await fileClaims(q, [...byArticle.values()]);
  }
  await q.run("UPDATE measure_state SET n = ? WHERE k = 'backfill_at'", [last]);
  return last < to;
}

/** Dirty marks of series (rebuilt after their measures) share measure_dirty under this prefix; measure ids have no colon. */
export const SERIES_MARK = "series:";

/** Elements of a paged list per stored chunk: a page of at most 500 reads at most six chunks. */
export const PAGE_CHUNK = 100;

/**
 * Migration 12: the lists of a measure's detail that grow with the store (statements, chart rows,
 * history points, origins) are kept in chunks of PAGE_CHUNK elements (JSON, one a line), so a page
 * of a detail reads the chunks it needs by primary key instead of the whole measure. Every chunk
 * row carries its list's total; chunk 0 is kept even for an empty list, so the total is always there.
 * Built measures and series of the previous format are dropped and marked dirty: rebuilt in the background.
 * measure_members.fig: the figure as filed (figuresOf's, JSON), so a rebuild need not work it out
 * again; null for claims filed before (the rebuild works those out).
 */
export const measurePagesSql = `CREATE TABLE IF NOT EXISTS measure_pages (
  owner TEXT NOT NULL,
  list TEXT NOT NULL,
  n INTEGER NOT NULL,
  total INTEGER NOT NULL,
  lines TEXT NOT NULL,
  PRIMARY KEY (owner, list, n)
);
INSERT INTO measure_dirty (measure_id, gen) SELECT id, 1 FROM measures WHERE true ON CONFLICT (measure_id) DO UPDATE SET gen = measure_dirty.gen + 1;
DELETE FROM measures;
DELETE FROM measure_series;
DELETE FROM measure_episodes;
DELETE FROM measure_dirty WHERE measure_id LIKE '${SERIES_MARK}%';
UPDATE measure_state SET n = n + 1 WHERE k = 'version'`;

/** Migration 12's new column, added unless there (the migration may be applied again to a store whose schema_migrations was taken back). */
export async function addFiledFigures(q: Queryable, dialect: "sqlite" | "postgres"): Promise<void> {
  if (dialect === "postgres") return void (await q.run("ALTER TABLE measure_members ADD COLUMN IF NOT EXISTS fig TEXT"));
  const has = await q.all("SELECT 1 AS x FROM pragma_table_info('measure_members') WHERE name = 'fig'");
  if (!has.length) await q.run("ALTER TABLE measure_members ADD COLUMN fig TEXT");
}

/** The owner of a series' chart rows, and of one history episode's points, in measure_pages (measure ids own their own lists). */
export const seriesOwner = (seriesId: string) => `series:${seriesId}`;
export const episodeOwner = (seriesId: string, n: number) => `episode:${seriesId}#${n}`;

/** A built measure as stored: summary for lists, slim part for series, the detail's head and its paged lists. */
export interface MeasureRow {
  id: string;
  seriesId: string;
  role: string;
  item: string;
  day: string | null;
  head: string;
  seriesPart: string;
  /** The detail's own part as JSON: the measure with its verdicts capped, without its paged lists, series and history. */
  body: string;
  /** The measure's paged lists (statements, denials, other, origins), each element as JSON. */
  lists: Record<string, string[]>;
  /** Dates of the measure's statements (JSON array): which history episode its detail shows. */
  days: string;
}

/** A series' part of every detail: its chart rows, and its history episodes (JSON without points, the points as JSON elements) with each episode's dates. */
export interface SeriesRow {
  seriesId: string;
  rows: string[];
  episodes: Array<{ dates: string; history: string; points: string[] }>;
}

export interface InputRow {
  id: number; article_id: number; data: string; article_lang: string; article_title: string | null; article_url: string | null;
  published: string | null; published_at: string | null; site_name: string | null;
}

const INPUT_COLS = "c.id, c.article_id, c.data, a.lang AS article_lang, a.title AS article_title, a.url AS article_url, a.published, a.published_at, a.site_name";
/** The full build's reading order: articles newest first (as listArticles), claims in reading order. */
const INPUT_ORDER = "ORDER BY a.published DESC NULLS LAST, a.id DESC, c.ord";

/** Stores a list's chunks (after its owner's were deleted). */
async function putLists(q: Queryable, owner: string, lists: Record<string, string[]>): Promise<void> {
  const rows: unknown[][] = [];
  for (const [list, items] of Object.entries(lists)) {
    for (let n = 0; n === 0 || n * PAGE_CHUNK < items.length; n++) {
      rows.push([owner, list, n, items.length, items.slice(n * PAGE_CHUNK, (n + 1) * PAGE_CHUNK).join("\n")]);
    }
  }
  // Few rows per statement, whatever their size: the text is bound, not spliced into the SQL.
  for (const part of chunk(rows, 100)) {
    await q.run(`INSERT INTO measure_pages (owner, list, n, total, lines) VALUES ${part.map(() => "(?, ?, ?, ?, ?)").join(", ")}`, part.flat());
  }
}

/** The episode owners of a series: a key range (owner > prefix, < the prefix with its last character's successor). */
const EPISODES_RANGE = "owner > ? AND owner < ?";
const episodeRange = (seriesId: string) => [`episode:${seriesId}#`, `episode:${seriesId}$`];

/** Reads and writes of maintained measures, for the server's measure cache (src/server/measure-cache.ts). */
export class MeasureTables {
  constructor(private readonly d: { all: Queryable["all"]; run: Queryable["run"]; tx<T>(fn: (q: Queryable) => Promise<T>): Promise<T> }) {}

  /** Files the next batch of articles stored before migration 8 (or filed by another FILING_VERSION); true while more remain. */
  backfill(batch = 50): Promise<boolean> {
    return this.d.tx(async (q) => {
      const [v] = await q.all<{ n: number }>("SELECT n FROM measure_state WHERE k = 'filing'");
      if (Number(v?.n) !== FILING_VERSION) {
        // Filed by other code: every claim is filed again and every measure rebuilt.
        for (const t of ["measure_members", "measure_denials", "measure_dirty", "measures", "measure_series", "measure_episodes", "measure_pages"]) await q.run(`DELETE FROM ${t}`);
        await q.run("UPDATE measure_state SET n = 0 WHERE k = 'backfill_at'");
        await q.run("UPDATE measure_state SET n = (SELECT coalesce(max(id), 0) FROM articles) WHERE k = 'backfill_to'");
        await q.run("UPDATE measure_state SET n = ? WHERE k = 'filing'", [FILING_VERSION]);
      }
      return backfillStep(q, batch);
    });
  }

  async pending(): Promise<{ backfilling: boolean; dirty: number }> {
    const st = await this.d.all<{ k: string; n: number }>("SELECT k, n FROM measure_state WHERE k IN ('backfill_at', 'backfill_to')");
    const at = Number(st.find((r) => r.k === "backfill_at")?.n ?? 0), to = Number(st.find((r) => r.k === "backfill_to")?.n ?? 0);
    const [{ n }] = await this.d.all<{ n: number }>("SELECT count(*) AS n FROM measure_dirty");
    return { backfilling: at < to, dirty: Number(n) };
  }

  /** Dirty measures (or, with `series`, dirty series: rebuilt once their measures are). */
  async dirty(limit: number, series = false): Promise<Array<{ id: string; gen: number }>> {
    const rows = await this.d.all<{ measure_id: string; gen: number }>(
      `SELECT measure_id, gen FROM measure_dirty WHERE measure_id ${series ? "" : "NOT "}LIKE '${SERIES_MARK}%' ORDER BY measure_id LIMIT ?`, [limit]);
    return rows.map((r) => ({ id: r.measure_id, gen: Number(r.gen) }));
  }

  /**
   * The figures filed under each of `ids` (claims with a figure of it), in the full build's reading
   * order, by measure; one query for a batch of measures. A claim with two figures of one measure is read once.
   */
  async members(ids: string[]): Promise<Map<string, { rows: InputRow[]; filed: Map<string, Figure[]> }>> {
    const out = new Map(ids.map((id) => [id, { rows: [] as InputRow[], filed: new Map<string, Figure[]>() }]));
    for (const part of chunk(ids, 200)) {
      const rows = await this.d.all<InputRow & { measure_id: string; fig: string | null }>(
        `SELECT m.measure_id, m.fig, ${INPUT_COLS}
         FROM measure_members m JOIN claims c ON c.id = m.claim_id JOIN articles a ON a.id = c.article_id
         WHERE m.measure_id IN (${part.map(() => "?").join(", ")})
         ORDER BY m.measure_id, a.published DESC NULLS LAST, a.id DESC, c.ord, m.qi`, part);
      // Two figures of one claim in one measure: the same claim twice, next to each other (same sort key).
      for (const { measure_id, fig, ...r } of rows) {
        const m = out.get(measure_id)!;
        const again = m.rows.length > 0 && Number(m.rows[m.rows.length - 1].id) === Number(r.id);
        if (!again) m.rows.push(r);
        if (fig === null) continue;
        const k = String(Number(r.id));
        if (!again) m.filed.set(k, []);
        m.filed.get(k)?.push(JSON.parse(fig) as Figure);
      }
    }
    return out;
  }

  /**
   * The denials that may bear on a measure (by role and item; for an event measure of one day,
   * denials of that day or undated), in the full build's reading order. A denial states no figure,
   * so it is never a member: the build reads the members, then these (it takes denials after every figure).
   */
  async denials(key: { role: string; item: string; day: string | null }): Promise<InputRow[]> {
    const dayCond = key.day === null ? "" : " AND (day IS NULL OR day = ?)";
    return this.d.all<InputRow>(
      `SELECT ${INPUT_COLS} FROM claims c JOIN articles a ON a.id = c.article_id
       WHERE c.id IN (SELECT claim_id FROM measure_denials WHERE role = ? AND item = ?${dayCond}) ${INPUT_ORDER}`,
      key.day === null ? [key.role, key.item] : [key.role, key.item, key.day]);
  }

  /** The URLs of articles (syndicated copies are relays), in the order they were added. */
  async urls(articleIds: number[]): Promise<Map<number, string[]>> {
    const urls = new Map<number, string[]>();
    for (const part of chunk([...new Set(articleIds)], 500)) {
      const us = await this.d.all<{ article_id: number; url: string }>(
        `SELECT article_id, url FROM article_urls WHERE article_id IN (${part.map(() => "?").join(", ")}) ORDER BY added_at, url`, part);
      for (const u of us) {
        const k = Number(u.article_id);
        if (!urls.has(k)) urls.set(k, []);
        urls.get(k)!.push(u.url);
      }
    }
    return urls;
  }

  /**
   * Stores rebuilt measures (a null row removes one left without members) in one transaction, and
   * clears each mark unless a write marked it again since its `gen` was read.
   */
  async save(items: Array<{ id: string; gen: number; row: MeasureRow | null }>): Promise<void> {
    if (!items.length) return;
    await this.d.tx(async (q) => {
      const series = new Set<string>();
      for (const part of chunk(items, 200)) {
        // The series each was in and the one it is in now are rebuilt after it.
        const was = await q.all<{ series_id: string }>(`SELECT DISTINCT series_id FROM measures WHERE id IN (${part.map(() => "?").join(", ")})`, part.map((x) => x.id));
        for (const r of was) series.add(r.series_id);
      }
      for (const { id, row } of items) {
        await q.run("DELETE FROM measure_pages WHERE owner = ?", [id]);
        if (row) {
          series.add(row.seriesId);
          const cols = [row.id, row.seriesId, row.role, row.item, row.day, row.head, row.seriesPart, row.body, "", row.days];
          await q.run(
            `INSERT INTO measures (id, series_id, role, item, day, head, series_part, body, origins, days) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
             ON CONFLICT (id) DO UPDATE SET series_id = excluded.series_id, role = excluded.role, item = excluded.item, day = excluded.day,
               head = excluded.head, series_part = excluded.series_part, body = excluded.body, origins = excluded.origins, days = excluded.days`, cols);
          await putLists(q, id, row.lists);
        } else {
          await q.run("DELETE FROM measures WHERE id = ?", [id]);
        }
      }
      await markDirty(q, [...series].map((s) => SERIES_MARK + s));
      for (const part of chunk(items, 200)) {
        await q.run(`DELETE FROM measure_dirty WHERE ${part.map(() => "(measure_id = ? AND gen = ?)").join(" OR ")}`, part.flatMap((x) => [x.id, x.gen]));
      }
      await q.run("UPDATE measure_state SET n = n + 1 WHERE k = 'version'");
    });
  }

  async version(): Promise<number> {
    const rows = await this.d.all<{ n: number }>("SELECT n FROM measure_state WHERE k = 'version'");
    return Number(rows[0]?.n ?? 0);
  }

  async heads(): Promise<string[]> {
    return (await this.d.all<{ head: string }>("SELECT head FROM measures")).map((r) => r.head);
  }

  async detail(id: string): Promise<{ body: string; days: string; seriesId: string } | null> {
    const r = (await this.d.all<{ body: string; days: string; series_id: string }>(
      "SELECT body, days, series_id FROM measures WHERE id = ?", [id]))[0];
    return r ? { body: r.body, days: r.days, seriesId: r.series_id } : null;
  }

  /** The dates of each of a series' history episodes (null: the series is not built). */
  async series(seriesId: string): Promise<{ episodes: Array<{ n: number; dates: string }> } | null> {
    const s = await this.d.all<{ series: string }>("SELECT series FROM measure_series WHERE series_id = ?", [seriesId]);
    if (!s.length) return null;
    const eps = await this.d.all<{ n: number; dates: string }>("SELECT n, dates FROM measure_episodes WHERE series_id = ? ORDER BY n", [seriesId]);
    return { episodes: eps.map((e) => ({ n: Number(e.n), dates: e.dates })) };
  }

  /** An episode's history without its points (JSON). */
  async episode(seriesId: string, n: number): Promise<string | null> {
    return (await this.d.all<{ history: string }>("SELECT history FROM measure_episodes WHERE series_id = ? AND n = ?", [seriesId, n]))[0]?.history ?? null;
  }

  /**
   * Elements [offset, offset + limit) of the lists of `owners` (each with its total), reading only
   * the chunks that hold them (and chunk 0, which carries the total of a list read past its end).
   */
  async page(owners: string[], offset: number, limit: number): Promise<Map<string, Map<string, { total: number; items: string[] }>>> {
    const first = Math.floor(offset / PAGE_CHUNK), last = Math.floor((offset + limit - 1) / PAGE_CHUNK);
    const rows = await this.d.all<{ owner: string; list: string; n: number; total: number; lines: string }>(
      `SELECT owner, list, n, total, lines FROM measure_pages WHERE owner IN (${owners.map(() => "?").join(", ")}) AND (n = 0 OR n BETWEEN ? AND ?) ORDER BY owner, list, n`,
      [...owners, first, last]);
    const out = new Map<string, Map<string, { total: number; items: string[] }>>();
    for (const r of rows) {
      let lists = out.get(r.owner);
      if (!lists) out.set(r.owner, (lists = new Map()));
      let l = lists.get(r.list);
      if (!l) lists.set(r.list, (l = { total: Number(r.total), items: [] }));
      const n = Number(r.n);
      if (n < first || n > last || !r.lines) continue;
      const lines = r.lines.split("\n");
      const from = Math.max(0, offset - n * PAGE_CHUNK), to = Math.min(lines.length, offset + limit - n * PAGE_CHUNK);
      for (let i = from; i < to; i++) l.items.push(lines[i]);
    }
    return out;
  }

  /** Stores rebuilt series (a null row: it has no measure any more) in one transaction; clears each mark unless set again since its `gen`. */
  async saveSeries(items: Array<{ seriesId: string; gen: number; row: SeriesRow | null }>): Promise<void> {
    if (!items.length) return;
    await this.d.tx(async (q) => {
      for (const { seriesId, gen, row } of items) {
        await q.run("DELETE FROM measure_series WHERE series_id = ?", [seriesId]);
        await q.run("DELETE FROM measure_episodes WHERE series_id = ?", [seriesId]);
        await q.run(`DELETE FROM measure_pages WHERE owner = ? OR (${EPISODES_RANGE})`, [seriesOwner(seriesId), ...episodeRange(seriesId)]);
        if (row) {
          // The chart rows are in measure_pages; the row says the series is built.
          await q.run("INSERT INTO measure_series (series_id, series) VALUES (?, ?)", [seriesId, ""]);
          await putLists(q, seriesOwner(seriesId), { series: row.rows });
          for (const [n, e] of row.episodes.entries()) {
            await q.run("INSERT INTO measure_episodes (series_id, n, dates, history) VALUES (?, ?, ?, ?)", [seriesId, n, e.dates, e.history]);
            await putLists(q, episodeOwner(seriesId, n), { points: e.points });
          }
        }
        await q.run("DELETE FROM measure_dirty WHERE measure_id = ? AND gen = ?", [SERIES_MARK + seriesId, gen]);
      }
    });
  }

  async seriesParts(seriesId: string): Promise<string[]> {
    return (await this.d.all<{ series_part: string }>("SELECT series_part FROM measures WHERE series_id = ?", [seriesId])).map((r) => r.series_part);
  }
}
