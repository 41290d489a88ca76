// Measures are computed over every quantified claim in the store; that is too much work per request
// on a large store (seconds at 100,000 claims), so the result is kept and rebuilt in the background
// when the store changes (checked by its counts at most every `ttlMs`, or after an ingest through
// the API): requests get the last snapshot at once and only the very first one waits. Concurrent
// requests share one build.
import type { Store } from "../store/types.js";
import { buildMeasuresAsync } from "../compare/measures.js";
import { loadClaimsForMeasures } from "../compare/from-store.js";
import type { Measure } from "../compare/types.js";
import { standingsByClaim, type ClaimStanding } from "./exporters.js";

export interface MeasureSnapshot {
  measures: Measure[];
  byId: Map<string, Measure>;
  standings: Map<string, ClaimStanding>;
  builtAt: number;
  /** The store's counts when built: a change means the snapshot is stale. */
  stamp: string;
}

export class MeasureCache {
  private snap: MeasureSnapshot | null = null;
  private building: Promise<MeasureSnapshot> | null = null;
  private checkedAt = 0;

  constructor(private readonly store: Store, private readonly ttlMs = 5_000) {}

  /** The store changed: the next request triggers a rebuild (and, with `wait`, waits for it). */
  invalidate(): void {
    this.checkedAt = 0;
    this.stale = true;
  }

  private stale = false;

  /** Starts the first build (at server start), so no user request waits for it. */
  warm(): void {
    this.refresh().catch(() => undefined);
  }

  /** The latest snapshot; rebuilt in the background when stale. `fresh` waits for the rebuild (tests, exports). */
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
        const s = await this.store.stats();
        const stamp = `${s.articles}/${s.claims}/${s.quantities}`;
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
