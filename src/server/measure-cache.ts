// Measures for the API. With a store that maintains them (store.measures: each claim filed under
// its measures at write time, see src/store/measure-tables.ts), the list is a filter over the
// summaries of built measures kept in memory, and a detail reads one stored measure and the slim
// parts of its series: no request builds measures from every claim. The measures a write made
// dirty are rebuilt in the background, one at a time from their members (src/compare/maintained.ts);
// a request waits for that work at most `waitMs`, so a small change shows at once and a large one
// (a store filed for the first time after the upgrade) never holds a request for long.
//
// The full snapshot (every measure built from every claim) remains for the series views and the
// JSON-LD export's standings, and for stores that maintain no measures.
import type { Store } from "../store/types.js";
import type { InputRow, MeasureTables } from "../store/measure-tables.js";
import { buildMeasuresAsync } from "../compare/measures.js";
import { fromStored, loadClaimsForMeasures } from "../compare/from-store.js";
import { buildOne, headOf, keyOf, measureOrder, seriesPart, type MeasureHead } from "../compare/maintained.js";
import type { Measure } from "../compare/types.js";
import type { Claim, Lang } from "../types.js";
import { standingsByClaim, type ClaimStanding } from "./exporters.js";
import { SERIES_MARK, episodeOwner, seriesOwner } from "../store/measure-tables.js";
import { historiesOf } from "../compare/history.js";
import { DETAIL_PAGE, detailHead, detailPageJson, ownLists, pickEpisode, seriesRows, statementDays, type PagedList } from "./measure-views.js";

export interface MeasureSnapshot {
  measures: Measure[];
  byId: Map<string, Measure>;
  standings: Map<string, ClaimStanding>;
  builtAt: number;
  /** The store's change stamp (or counts) when built: a change means the snapshot is stale. */
  stamp: string;
}

/** The list view: summaries of built measures, in list order, and whether work is pending. */
export interface MeasureIndex {
  heads: MeasureHead[];
  building: boolean;
}

/** Dirty measures a request waits for in full (each is rebuilt from its members in milliseconds). */
const SMALL_WORK = 200;

const tick = () => new Promise<void>((res) => setImmediate(res));

/** Dirty measures rebuilt (and saved in one transaction) at a time, and series. */
const BATCH = 100;
const SERIES_BATCH = 20;

function sourced(r: InputRow & { urls?: string[] }) {
  const c = JSON.parse(r.data) as Claim;
  return fromStored({
    ...c, id: Number(r.id), article_id: Number(r.article_id), article_lang: r.article_lang as Lang, article_title: r.article_title,
    article_url: r.article_url, published: r.published, published_at: r.published_at ?? null,
  }, r.site_name, r.urls ?? []);
}

export class MeasureCache {
  private snap: MeasureSnapshot | null = null;
  private building: Promise<MeasureSnapshot> | null = null;
  private checkedAt = 0;

  // Maintained measures: the summaries in list order, the store's measure version they reflect.
  private heads: MeasureHead[] | null = null;
  private headsVersion = -1;
  private working: Promise<void> | null = null;
  private pending = true;
  private workCheckedAt = 0;

  constructor(private readonly store: Store, private readonly ttlMs = 5_000, private readonly waitMs = 1_000) {}

  /** The store changed: the next request triggers a rebuild (and, with `wait`, waits for it). */
  invalidate(): void {
    this.checkedAt = 0;
    this.workCheckedAt = 0;
    this.stale = true;
  }

  private stale = false;

  /** Starts the first build (at server start), so no user request waits for it. */
  warm(): void {
    if (this.store.measures) this.index().catch(() => undefined);
    else this.refresh().catch(() => undefined);
  }

  /** True when the store keeps measures up to date (list and detail then come from it). */
  get maintained(): boolean {
    return !!this.store.measures;
  }

  /** The summaries for the list, after the pending work (at most `waitMs` of it). */
  async index(): Promise<MeasureIndex> {
    const due = Date.now() - this.workCheckedAt >= this.ttlMs;
    if (due || this.heads === null) {
      this.workCheckedAt = Date.now();
      // A few changed measures (an ingest, a reprocess): the request waits for them, so what was
      // just written shows. Much work (a store being filed, a bulk load): it waits at most `waitMs`.
      const { backfilling, dirty } = await this.store.measures!.pending();
      const work = this.work();
      if (!backfilling && dirty <= SMALL_WORK) await work;
      else {
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([work, new Promise<void>((res) => { timer = setTimeout(res, this.waitMs); })]);
        clearTimeout(timer);
      }
    }
    if (this.heads === null) await this.loadHeads();
    return { heads: this.heads!, building: this.pending };
  }

  /**
   * One page of a measure's detail as JSON, put together from stored parts without parsing them
   * (a count repeated for months has thousands of statements and chart points: a page reads the
   * chunks of its lists that it shows, see measure-tables.ts).
   */
  async detail(id: string, offset = 0, limit = DETAIL_PAGE): Promise<string | null> {
    await this.index();
    const t = this.store.measures!;
    const d = await t.detail(id);
    if (!d) return null;
    const s = await t.series(d.seriesId);
    // A series not rebuilt yet (its measure just was): the chart is empty for a moment, `building` says so.
    const i = s ? pickEpisode(JSON.parse(d.days) as string[], s.episodes.map((e) => JSON.parse(e.dates) as string[])) : null;
    const ep = s && i !== null ? s.episodes[i].n : null;
    const owners = [id, ...(s ? [seriesOwner(d.seriesId)] : []), ...(ep !== null ? [episodeOwner(d.seriesId, ep)] : [])];
    const got = await t.page(owners, offset, limit);
    const list = (owner: string, k: PagedList) => got.get(owner)?.get(k) ?? { total: 0, items: [] };
    const page = {
      statements: list(id, "statements"), denials: list(id, "denials"), other: list(id, "other"), origins: list(id, "origins"),
      series: list(seriesOwner(d.seriesId), "series"), points: ep === null ? { total: 0, items: [] } : list(episodeOwner(d.seriesId, ep), "points"),
    };
    return detailPageJson(d.body, ep === null ? null : await t.episode(d.seriesId, ep), page, offset, limit);
  }

  /** Files old articles, rebuilds dirty measures, reloads the summaries when any changed; one run at a time. */
  private work(): Promise<void> {
    if (this.working) return this.working;
    this.working = (async () => {
      const t = this.store.measures!;
      try {
        for (;;) {
          while (await t.backfill()) await tick();
          // Measures first, then the series they are in (each once, however many of its measures changed).
          const batch = await t.dirty(BATCH);
          if (batch.length) {
            this.pending = true;
            await this.rebuild(t, batch);
            continue;
          }
          const series = await t.dirty(SERIES_BATCH, true);
          if (!series.length) break;
          this.pending = true;
          const saved: Parameters<MeasureTables["saveSeries"]>[0] = [];
          for (const { id, gen } of series) {
            saved.push(await this.rebuildSeries(t, id.slice(SERIES_MARK.length), gen));
            await tick();
          }
          await t.saveSeries(saved);
        }
        this.pending = false;
        await this.loadHeads();
      } finally {
        this.working = null;
      }
    })();
    return this.working;
  }

  /**
   * A batch of dirty measures, each from its members (read for the whole batch at once) and the
   * denials that may bear on it, saved in one transaction.
   */
  private async rebuild(t: MeasureTables, batch: Array<{ id: string; gen: number }>): Promise<void> {
    const members = await t.members(batch.map((b) => b.id));
    const urls = await t.urls([...members.values()].flatMap(({ rows }) => rows.map((r) => Number(r.article_id))));
    const saved: Parameters<MeasureTables["save"]>[0] = [];
    for (const { id, gen } of batch) {
      const { rows, filed } = members.get(id)!;
      const own = rows.map((r) => sourced({ ...r, urls: urls.get(Number(r.article_id)) ?? [] }));
      // No member any more (or none filed under this id by the current code): the measure is gone.
      const key = keyOf(id, own, filed);
      let m: Measure | null = null;
      if (key) {
        const den = await t.denials(key);
        const denUrls = await t.urls(den.map((r) => Number(r.article_id)).filter((a) => !urls.has(a)));
        m = buildOne(id, [...own, ...den.map((r) => sourced({ ...r, urls: urls.get(Number(r.article_id)) ?? denUrls.get(Number(r.article_id)) ?? [] }))], filed);
      }
      saved.push({ id, gen, row: m && {
        id, seriesId: m.seriesId, role: m.key.role, item: m.key.item, day: m.shape === "event" ? m.key.day : null,
        head: JSON.stringify(headOf(m)), seriesPart: JSON.stringify(seriesPart(m)), body: JSON.stringify(detailHead(m)),
        lists: Object.fromEntries(Object.entries(ownLists(m)).map(([k, xs]) => [k, xs.map((x) => JSON.stringify(x))])), days: JSON.stringify(statementDays(m)),
      } });
      await tick();
    }
    await t.save(saved);
  }

  /** A series' chart and history episodes, from the slim parts of its measures in list order. */
  private async rebuildSeries(t: MeasureTables, seriesId: string, gen: number) {
    const members = (await t.seriesParts(seriesId)).map((s) => JSON.parse(s) as Measure).sort(measureOrder);
    const episodes = members.length ? historiesOf(seriesId, members) : [];
    return { seriesId, gen, row: members.length ? {
      seriesId, rows: seriesRows(members).map((r) => JSON.stringify(r)),
      episodes: episodes.map(({ points, ...h }) => ({
        dates: JSON.stringify([...new Set(points.map((p) => p.date))]), history: JSON.stringify(h), points: points.map((p) => JSON.stringify(p)),
      })),
    } : null };
  }

  private async loadHeads(): Promise<void> {
    const t = this.store.measures!;
    const v = await t.version();
    if (this.heads !== null && v === this.headsVersion) return;
    this.heads = (await t.heads()).map((h) => JSON.parse(h) as MeasureHead).sort(measureOrder);
    this.headsVersion = v;
  }

  /** The latest full snapshot; rebuilt in the background when stale. `fresh` waits for the rebuild (tests, exports). */
  async get(opts: { fresh?: boolean } = {}): Promise<MeasureSnapshot> {
    const due = Date.now() - this.checkedAt >= this.ttlMs;
    if (this.snap && !due && !this.stale) return this.snap;
    if (this.snap && !opts.fresh) {
      this.refresh().catch(() => undefined);
      return this.snap;
    }
    return this.refresh();
  }

  private refresh(): Promise<MeasureSnapshot> {
    if (this.building) return this.building;
    this.building = (async () => {
      try {
        // The store's cheap change stamp when it has one (as the facet cache): stats() counts every
        // table, tens of ms at a million claims, on every check.
        const s = this.store.changeStamp ? null : await this.store.stats();
        const stamp = s ? `${s.articles}/${s.claims}/${s.quantities}` : await this.store.changeStamp!();
        this.checkedAt = Date.now();
        this.stale = false;
        if (this.snap && this.snap.stamp === stamp) return this.snap;
        const measures = await buildMeasuresAsync(await loadClaimsForMeasures(this.store));
        this.snap = { measures, byId: new Map(measures.map((m) => [m.id, m])), standings: standingsByClaim(measures), builtAt: Date.now(), stamp };
        return this.snap;
      } finally {
        this.building = null;
      }
    })();
    return this.building;
  }
}
