// What the API returns for measures: a summary for lists, and for one measure its statements,
// verdicts and the series it belongs to (every day of the same count, for the chart).
import { z } from "zod";
import type { Measure } from "../compare/types.js";
import { measureItem } from "../query/vocabulary.js";
import { figureOrigins, historiesOf, originWithRelays, seriesHistories, type SeriesHistory } from "../compare/history.js";
import type { MeasureHead } from "../compare/maintained.js";

export const measureQuerySchema = z.object({
  item: z.string().trim().max(100).optional(),
  role: z.string().trim().max(100).optional(),
  place: z.string().trim().max(200).optional(),
  /** Only measures with at least one contradiction. */
  contested: z.enum(["1", "true", "0", "false"]).optional(),
  /** Words that must all occur in the label or a claimant's name. */
  q: z.string().trim().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export function filterMeasures(all: Measure[], q: z.infer<typeof measureQuerySchema>): Measure[] {
  return filterBy(all, q, (m) => m.statements.map((s) => s.claimant));
}

/** The same filter over the summaries of maintained measures (their statements' claimants are `speakers`). */
export function filterHeads(all: MeasureHead[], q: z.infer<typeof measureQuerySchema>): MeasureHead[] {
  return filterBy(all, q, (m) => m.speakers);
}

function filterBy<M extends Pick<Measure, "key" | "label" | "counts">>(all: M[], q: z.infer<typeof measureQuerySchema>, speakers: (m: M) => string[]): M[] {
  const words = (q.q ?? "").toLowerCase().split(/\s+/).filter(Boolean);
  const item = q.item ? measureItem(q.item) : null;
  return all.filter((m) =>
    (!q.item || m.key.item === item) &&
    (!q.role || m.key.role === q.role.toLowerCase()) &&
    (!q.place || (m.key.place ?? "") === q.place.toLowerCase()) &&
    (!(q.contested === "1" || q.contested === "true") || m.counts.contradict > 0) &&
    (words.length === 0 || words.every((w) =>
      m.label.toLowerCase().includes(w) || speakers(m).some((s) => s.toLowerCase().includes(w)))));
}

export function headSummary(h: MeasureHead) {
  return { id: h.id, seriesId: h.seriesId, label: h.label, shape: h.shape, key: h.key, counts: h.counts, claimants: h.claimants };
}

export function measureSummary(m: Measure) {
  return {
    id: m.id, seriesId: m.seriesId, label: m.label, shape: m.shape, key: m.key, counts: m.counts,
    claimants: [...new Set([...m.statements, ...m.denials].map((s) => s.claimant))],
  };
}

/** Verdicts returned for one measure: contradictions come first, so a cap keeps what matters. */
export const MAX_VERDICTS = 500;

/** Rows of each of a detail's lists per page, unless the request asks for another number. */
export const DETAIL_PAGE = 100;
/** Relays listed with each figure's origin (relayCount says how many there are). */
export const MAX_RELAYS = 5;

export const detailQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(DETAIL_PAGE),
  offset: z.coerce.number().int().min(0).max(100_000_000).default(0),
});

/**
 * The lists of a detail that grow with the store (a count repeated for months has thousands of
 * statements, chart points and relays): each is paged by the request's offset and limit, the
 * rest of the detail (label, counts, verdicts, the history's path) is the whole measure's.
 * `points` are the history's points.
 */
export const PAGED_LISTS = ["statements", "denials", "other", "series", "points", "origins"] as const;
export type PagedList = (typeof PAGED_LISTS)[number];

/** A detail cut into what every page carries and the element lists its pages are cut from. */
export interface DetailParts {
  own: ReturnType<typeof detailHead>;
  /** The history episode shown, without its points (null: the series has no dated figure). */
  history: Omit<SeriesHistory, "points"> | null;
  lists: Record<PagedList, unknown[]>;
}

/** The measure's own part of every page: the measure without its statements (paged), verdicts capped (contradictions come first, so a cap keeps what matters). */
export function detailHead(m: Measure) {
  const { statements: _s, denials: _d, other: _o, ...rest } = m;
  return { ...rest, verdicts: m.verdicts.slice(0, MAX_VERDICTS), verdictsTruncated: m.verdicts.length > MAX_VERDICTS };
}

/** The measure's own lists: statements, denials, others, and each figure's origin (relays capped). */
export function ownLists(m: Measure): Pick<DetailParts["lists"], "statements" | "denials" | "other" | "origins"> {
  return { statements: m.statements, denials: m.denials, other: m.other, origins: figureOrigins(m).map((o) => originWithRelays(o, MAX_RELAYS)) };
}

/** A detail's parts from the full build (`all`: every measure, for its series). */
export function detailParts(m: Measure, all: Measure[]): DetailParts {
  const members = all.filter((x) => x.seriesId === m.seriesId);
  // The history episode this measure's figures belong to.
  const episodes = historiesOf(m.seriesId, members);
  const i = pickEpisode(m, episodes.map((h) => h.points.map((p) => p.date)));
  const { points = [], ...history } = i === null ? {} : episodes[i];
  return {
    own: detailHead(m), history: i === null ? null : (history as DetailParts["history"]),
    lists: { ...ownLists(m), series: seriesRows(members), points },
  };
}

/** One page of a detail's lists: each list's elements (as JSON) from `offset`, at most `limit`, and how many it has. */
export type DetailPage = Record<PagedList, { total: number; items: string[] }>;

/** A page of a detail as JSON, from the JSON of its parts (the maintained store keeps them so; a page needs no parsing). */
export function detailPageJson(own: string, history: string | null, page: DetailPage, offset: number, limit: number): string {
  const list = (k: PagedList) => `[${page[k].items.join(",")}]`;
  const totals = Object.fromEntries(PAGED_LISTS.map((k) => [k, page[k].total]));
  const more = PAGED_LISTS.some((k) => page[k].total > offset + limit);
  const hist = history === null ? "null" : `${history.slice(0, -1)},"points":${list("points")}}`;
  return `${own.slice(0, -1)},"statements":${list("statements")},"denials":${list("denials")},"other":${list("other")},` +
    `"series":${list("series")},"history":${hist},"origins":${list("origins")},"page":${JSON.stringify({ offset, limit, more, totals })}}`;
}

/** GET /api/measures/{id}: one page of a measure's detail (the first: offset 0), from its parts. */
export function measureDetail(m: Measure, all: Measure[], q: { offset: number; limit: number } = { offset: 0, limit: DETAIL_PAGE }) {
  const p = detailParts(m, all);
  const page = Object.fromEntries(PAGED_LISTS.map((k) => [k, {
    total: p.lists[k].length, items: p.lists[k].slice(q.offset, q.offset + q.limit).map((x) => JSON.stringify(x)),
  }])) as DetailPage;
  return JSON.parse(detailPageJson(JSON.stringify(p.own), p.history && JSON.stringify(p.history), page, q.offset, q.limit));
}

/** The chart of a series: every dated assertion of its measures (`members`, in list order), by date. */
export function seriesRows(members: Measure[]) {
  return members.flatMap((x) => x.statements.filter((s) => s.value !== null && s.date !== null && s.stance === "assert").map((s) => ({
    measure: x.id, claimant: s.claimant, date: s.date, value: s.value, qualifier: s.qualifier, reports: s.reports.length,
  })))
    .sort((a, b) => a.date!.localeCompare(b.date!));
}

/** The dates of a measure's statements: its detail shows the history episode that has one of them. */
export function statementDays(m: Measure): string[] {
  return [...new Set(m.statements.map((s) => s.date).filter((d): d is string => !!d))];
}

/** Which of the series' history episodes (given by their dates) a measure's detail shows: the first with one of its days, else the first; null when none. */
export function pickEpisode(m: Measure | string[], episodeDates: string[][]): number | null {
  const days = new Set(Array.isArray(m) ? m : statementDays(m));
  const i = episodeDates.findIndex((ds) => ds.some((d) => days.has(d)));
  return i >= 0 ? i : episodeDates.length ? 0 : null;
}

export const seriesQuerySchema = z.object({
  item: z.string().trim().max(100).optional(),
  /** Only series seen on at least this many dates (default 2: a history). */
  min_dates: z.coerce.number().int().min(1).max(1000).default(2),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

/** GET /api/series: the histories, most dates first. */
export function seriesList(all: Measure[], q: z.infer<typeof seriesQuerySchema>) {
  const hs = seriesHistories(all, q.min_dates).filter((h) => !q.item || h.seriesId.startsWith(`${q.item.toLowerCase()}.`));
  return {
    total: hs.length, limit: q.limit, offset: q.offset,
    items: hs.slice(q.offset, q.offset + q.limit).map(({ points, ...rest }) => ({ ...rest, points: points.length })),
  };
}

/** GET /api/series/{id}: every episode of one series, with its points and each figure's origin. */
export function seriesDetail(all: Measure[], id: string) {
  const members = all.filter((m) => m.seriesId === id);
  if (!members.length) return null;
  return {
    seriesId: id, histories: historiesOf(id, members),
    origins: members.flatMap((m) => figureOrigins(m).map((o) => ({ measure: m.id, label: m.label, ...o }))),
  };
}
