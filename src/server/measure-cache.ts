// Measures are computed over every quantified claim in the store; that is too much work per request
// on a large store, so the result is kept until the store changes (checked by its counts at most
// every `ttlMs`) or an ingest through the API invalidates it. Concurrent requests share one build.
import type { Store } from "../store/types.js";
import { buildMeasures } from "../compare/measures.js";
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

  invalidate(): void {
    this.snap = null;
  }

  async get(): Promise<MeasureSnapshot> {
    const now = Date.now();
    if (this.snap && now - this.checkedAt < this.ttlMs) return this.snap;
    if (this.building) return this.building;
    this.building = (async () => {
      try {
        const s = await this.store.stats();
        const stamp = `${s.articles}/${s.claims}/${s.quantities}`;
        this.checkedAt = Date.now();
        if (this.snap && this.snap.stamp === stamp) return this.snap;
        const measures = buildMeasures(await loadClaimsForMeasures(this.store));
        this.snap = { measures, byId: new Map(measures.map((m) => [m.id, m])), standings: standingsByClaim(measures), builtAt: Date.now(), stamp };
        return this.snap;
      } finally {
        this.building = null;
      }
    })();
    return this.building;
  }
}
