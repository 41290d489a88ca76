// A figure's history and its origin, from measures already built (pure: measures in, views out).
//
// History: a series is every measure of one count (item, role, place, whose, shape) across days;
// its history is each dated figure with every source that stated it, in time order, so a toll
// that rises (77 → 233 → 262 → 413) reads as a series rather than a disagreement.
//
// Origin: for each figure of a measure, the first article that stated it and the articles that
// relayed it after, in order of publication (date and time when known, else date, then the order
// the store received them), across languages, with the outlet each cites ("via").
import type { Lang, Qualifier } from "../types.js";
import { phrase } from "./intervals.js";
import type { Measure, MeasureShape, Report, Statement } from "./types.js";

export interface HistoryPoint {
  date: string;
  value: number;
  qualifier: Qualifier;
  figure: string;
  claimant: string;
  measure: string;
  night: boolean;
  rising: boolean;
  reports: Array<Pick<Report, "articleId" | "outlet" | "lang" | "url" | "published" | "via">>;
}

export interface SeriesHistory {
  seriesId: string;
  /** The measure's label without its day. */
  label: string;
  shape: MeasureShape;
  points: HistoryPoint[];
  /** First and last date of the figures (one episode of the series: see historiesOf). */
  from: string | null;
  to: string | null;
  /** The figures date by date: "77 → 233 → 262 → 413"; a date with several figures lists them with " / ". */
  path: string;
  dates: number;
  sources: number;
  languages: Lang[];
  /** Statements left out for lack of a date: shown with the measure, never placed in time. */
  undated: number;
}

function seriesLabel(m: Measure): string {
  return m.key.day ? m.label.replace(new RegExp(` · ${m.key.day}$`), "") : m.label;
}

/** Every series with its history; `minDates` keeps only series seen on at least that many dates. */
export function seriesHistories(measures: Measure[], minDates = 1): SeriesHistory[] {
  const bySeries = new Map<string, Measure[]>();
  for (const m of measures) {
    const list = bySeries.get(m.seriesId);
    if (list) list.push(m);
    else bySeries.set(m.seriesId, [m]);
  }
  const out: SeriesHistory[] = [];
  for (const [seriesId, ms] of bySeries) {
    for (const h of historiesOf(seriesId, ms)) if (h.dates >= minDates) out.push(h);
  }
  return out.sort((a, b) => b.dates - a.dates || b.sources - a.sources || a.label.localeCompare(b.label));
}

/** Dated figures further apart than this are two stories (a fire in 2015, a boat in 2022), not one history. */
export const EPISODE_GAP_DAYS = 30;

/**
 * The histories of one series, from its measures: one per episode (figures no more than
 * EPISODE_GAP_DAYS apart), since a series without a place may gather unrelated stories.
 */
export function historiesOf(seriesId: string, ms: Measure[]): SeriesHistory[] {
  const all = historyOf(seriesId, ms);
  const episodes: HistoryPoint[][] = [];
  let last = -Infinity;
  for (const p of all.points) {
    const day = Date.parse(p.date) / 86_400_000;
    if (day - last > EPISODE_GAP_DAYS || !episodes.length) episodes.push([]);
    episodes[episodes.length - 1].push(p);
    last = day;
  }
  if (episodes.length <= 1) return [all];
  return episodes.map((points, i) => ({ ...summarise(seriesId, ms[0], points), undated: i === 0 ? all.undated : 0 }));
}

/** The history of one series, from its measures, all dates together. */
export function historyOf(seriesId: string, ms: Measure[]): SeriesHistory {
  const points: HistoryPoint[] = [];
  let undated = 0;
  for (const m of ms) {
    for (const s of m.statements) {
      if (s.stance !== "assert" || s.value === null || s.qualifier === null) continue;
      if (!s.date) { undated++; continue; }
      points.push({
        date: s.date, value: s.value, qualifier: s.qualifier, figure: phrase(s.value, s.qualifier), claimant: s.claimant,
        measure: m.id, night: !!s.night, rising: !!s.rising,
        reports: byPublication(s.reports).map(({ articleId, outlet, lang, url, published, via }) => ({ articleId, outlet, lang, url, published, via })),
      });
    }
  }
  points.sort((a, b) => a.date.localeCompare(b.date) || firstPublished(a) - firstPublished(b) || a.value - b.value);
  return { ...summarise(seriesId, ms[0], points), undated };
}

function summarise(seriesId: string, m0: Measure, points: HistoryPoint[]): SeriesHistory {
  const byDate = new Map<string, string[]>();
  for (const p of points) {
    const figs = byDate.get(p.date) ?? [];
    if (!figs.includes(p.figure)) figs.push(p.figure);
    byDate.set(p.date, figs);
  }
  return {
    seriesId, label: seriesLabel(m0), shape: m0.shape, points,
    from: points[0]?.date ?? null, to: points[points.length - 1]?.date ?? null,
    path: [...byDate.values()].map((f) => f.join(" / ")).join(" → "),
    dates: byDate.size,
    sources: new Set(points.map((p) => p.claimant)).size,
    languages: [...new Set(points.flatMap((p) => p.reports.map((r) => r.lang)))].sort() as Lang[],
    undated: 0,
  };
}

function firstPublished(p: HistoryPoint): number {
  const t = p.reports[0]?.published;
  return t ? Date.parse(t) : Infinity;
}

/**
 * Reports in order of publication: by date (undated last); on one date, those with a time of day
 * by the instant (offsets taken into account) before those without; then the store's order.
 */
export function byPublication<R extends Pick<Report, "published" | "articleId">>(reports: R[]): R[] {
  const num = (id: string) => (/^\d+$/.test(id) ? Number(id) : Number.MAX_SAFE_INTEGER);
  const instant = (p: string | null) => (p && p.length > 10 ? Date.parse(p) : NaN);
  return [...reports].sort((a, b) => {
    const byDay = (a.published?.slice(0, 10) ?? "9999").localeCompare(b.published?.slice(0, 10) ?? "9999");
    if (byDay) return byDay;
    const ta = instant(a.published), tb = instant(b.published);
    if (!Number.isNaN(ta) || !Number.isNaN(tb)) {
      if (Number.isNaN(ta)) return 1;
      if (Number.isNaN(tb)) return -1;
      if (ta !== tb) return ta - tb;
    }
    return num(a.articleId) - num(b.articleId) || a.articleId.localeCompare(b.articleId);
  });
}

/** "2024-10-18T09:12:00+09:00" -> "2024-10-18 09:12 +09:00"; a date stays a date. */
export function publicationTime(p: string | null): string {
  if (!p) return "";
  if (p.length <= 10) return p;
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2})?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/.exec(p);
  return m ? `${m[1]} ${m[2]}${m[3] ? ` ${m[3] === "Z" ? "UTC" : m[3]}` : ""}` : p;
}

export interface OriginRef {
  articleId: string;
  outlet: string | null;
  lang: Lang;
  url: string | null;
  title: string | null;
  published: string | null;
  /** The outlet or source the article cites for the figure ("according to Yonhap"). */
  via: string | null;
  /** Syndicated copies: the same text at other addresses. */
  copies: string[];
}

export interface FigureOrigin {
  figure: string;
  value: number;
  qualifier: Qualifier;
  /** Who the articles say stated the figure. */
  claimants: string[];
  first: OriginRef;
  /** Every later article, in order of publication. */
  relays: OriginRef[];
  languages: Lang[];
  /** "first published by thanhnien.vn (en) on 2024-11-01 (Pentagon, via Reuters), relayed by … (vi), then … (bn)" */
  text: string;
}

function ref(r: Report): OriginRef {
  return { articleId: r.articleId, outlet: r.outlet, lang: r.lang, url: r.url, title: r.title, published: r.published, via: r.via, copies: r.copies ?? [] };
}

function hostOf(u: string): string {
  try {
    return new URL(u).hostname.replace(/^www\./, "");
  } catch {
    return u;
  }
}

function who(r: OriginRef): string {
  const name = r.outlet ?? r.title ?? `article ${r.articleId}`;
  const copies = [...new Set(r.copies.map(hostOf))].filter((h) => h !== r.outlet);
  return `${name} (${r.lang}${r.via ? `, via ${r.via}` : ""}${copies.length ? `; syndicated copies at ${copies.join(", ")}` : ""})`;
}

function when(p: string | null): string {
  if (!p) return "";
  return p.length > 10 ? ` at ${publicationTime(p)}` : ` on ${p}`;
}

/**
 * For each figure of a measure (one value and qualifier, whoever stated it), where it was first
 * published and who relayed it. Articles are counted once per figure, whichever claim carried it.
 */
export function figureOrigins(m: Measure): FigureOrigin[] {
  const groups = new Map<string, { value: number; qualifier: Qualifier; statements: Statement[] }>();
  for (const s of m.statements) {
    if (s.stance !== "assert" || s.value === null || s.qualifier === null) continue;
    const k = `${s.value}|${s.qualifier}`;
    const g = groups.get(k) ?? { value: s.value, qualifier: s.qualifier, statements: [] };
    g.statements.push(s);
    groups.set(k, g);
  }
  const out: FigureOrigin[] = [];
  for (const g of groups.values()) {
    const seen = new Set<string>();
    const refs: OriginRef[] = [];
    for (const r of byPublication(g.statements.flatMap((s) => s.reports))) {
      if (seen.has(r.articleId)) continue;
      seen.add(r.articleId);
      refs.push(ref(r));
    }
    const [first, ...relays] = refs;
    const claimants = [...new Set(g.statements.map((s) => s.claimant))];
    const figure = phrase(g.value, g.qualifier);
    out.push({
      figure, value: g.value, qualifier: g.qualifier, claimants, first, relays,
      languages: [...new Set(refs.map((r) => r.lang))].sort() as Lang[],
      text: originText(figure, claimants, first, relays, relays.length),
    });
  }
  // The most relayed figure first: that is the one whose origin a reader asks about.
  return out.sort((a, b) => b.relays.length - a.relays.length || a.value - b.value);
}

function originText(figure: string, claimants: string[], first: OriginRef, relays: OriginRef[], of: number): string {
  const more = of > relays.length ? `, and ${of - relays.length} more` : "";
  const relayText = relays.length
    ? `, relayed by ${relays.map((r, i) => `${i ? "then " : ""}${who(r)}${when(r.published)}`).join(", ")}${more}`
    : ", not relayed by any other article in the store";
  return `${figure} (${claimants.join(", ")}): first published by ${who(first)}${when(first.published)}${relayText}`;
}

/**
 * An origin with its first `max` relays (a figure repeated for months is relayed by thousands of
 * articles): the first publisher and the count are the whole measure's, the text names the relays
 * kept and says how many more there are.
 */
export function originWithRelays(o: FigureOrigin, max: number): FigureOrigin & { relayCount: number } {
  if (o.relays.length <= max) return { ...o, relayCount: o.relays.length };
  const relays = o.relays.slice(0, max);
  return { ...o, relays, relayCount: o.relays.length, text: originText(o.figure, o.claimants, o.first, relays, o.relays.length) };
}
