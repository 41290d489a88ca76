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
  const series = all.filter((x) => x.seriesId === m.seriesId)
    .flatMap((x) => x.statements.filter((s) => s.value !== null && s.date !== null && s.stance === "assert").map((s) => ({
      measure: x.id, claimant: s.claimant, date: s.date, value: s.value, qualifier: s.qualifier, reports: s.reports.length,
    })))
    .sort((a, b) => a.date!.localeCompare(b.date!));
  // The history episode this measure's figures belong to, and where each of its figures came from.
  const days = new Set(m.statements.map((s) => s.date).filter(Boolean));
  const episodes = historiesOf(m.seriesId, all.filter((x) => x.seriesId === m.seriesId));
  const history = episodes.find((h) => h.points.some((p) => days.has(p.date))) ?? episodes[0] ?? null;
  return {
    ...m, verdicts: m.verdicts.slice(0, MAX_VERDICTS), verdictsTruncated: m.verdicts.length > MAX_VERDICTS, series,
    history, origins: figureOrigins(m),
  };
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
