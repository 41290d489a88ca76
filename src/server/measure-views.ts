// What the API returns for measures: a summary for lists, and for one measure its statements,
// verdicts and the series it belongs to (every day of the same count, for the chart).
import { z } from "zod";
import type { Measure } from "../compare/types.js";
import { measureItem } from "../query/vocabulary.js";
import { figureOrigins, historiesOf, seriesHistories } from "../compare/history.js";
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

export function measureDetail(m: Measure, all: Measure[]) {
  const members = all.filter((x) => x.seriesId === m.seriesId);
  // The history episode this measure's figures belong to, and where each of its figures came from.
  const episodes = historiesOf(m.seriesId, members);
  const i = pickEpisode(m, episodes.map((h) => h.points.map((p) => p.date)));
  return { ...detailOwn(m), series: seriesRows(members), history: i === null ? null : episodes[i], origins: figureOrigins(m) };
}

/** The measure's own part of its detail: verdicts capped (contradictions come first, so a cap keeps what matters). */
export function detailOwn(m: Measure) {
  return { ...m, verdicts: m.verdicts.slice(0, MAX_VERDICTS), verdictsTruncated: m.verdicts.length > MAX_VERDICTS };
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

/** A detail from stored JSON parts, without parsing them: the measure's own part, then series, history, origins. */
export function detailJson(own: string, series: string, history: string | null, origins: string): string {
  return `${own.slice(0, -1)},"series":${series},"history":${history ?? "null"},"origins":${origins}}`;
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
