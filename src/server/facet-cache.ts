// Facet counts, the timeline and the map: the store answers the common filters from counts it keeps
// at write time (src/store/claim-counts.ts), others by a GROUP BY over the matching claims, and the
// dashboard asks on every view. Results are kept per filter until the store changes (its change
// stamp is checked at most every `ttlMs`) or an ingest invalidates them.
import type { ClaimFilter, Facets, Store } from "../store/types.js";

/** Counts over a selection (`load`), kept per filter. */
export class CountCache<T> {
  private entries = new Map<string, T>();
  private stamp = "";
  private checkedAt = 0;

  constructor(
    private readonly store: Store,
    private readonly load: (filter: ClaimFilter) => Promise<T>,
    private readonly ttlMs = 5_000,
    private readonly max = 200,
  ) {}

  invalidate(): void {
    this.entries.clear();
    this.checkedAt = 0;
  }

  async get(filter: ClaimFilter): Promise<T> {
    if (Date.now() - this.checkedAt >= this.ttlMs) {
      // The store's cheap change stamp when it has one; counting every table costs tens of ms at a million claims.
      const s = this.store.changeStamp ? null : await this.store.stats();
      const stamp = s ? `${s.articles}/${s.claims}/${s.quantities}` : await this.store.changeStamp!();
      if (stamp !== this.stamp) this.entries.clear();
      this.stamp = stamp;
      this.checkedAt = Date.now();
    }
    // Keys in a fixed order, so the same filter written two ways is one entry.
    const key = JSON.stringify(Object.entries(filter).sort(([a], [b]) => a.localeCompare(b)));
    const hit = this.entries.get(key);
    if (hit) {
      // Refresh its place: the least recently used entry is the one dropped.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const value = await this.load(filter);
    this.entries.set(key, value);
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }
}

/** Facet counts per filter. */
export class FacetCache extends CountCache<Facets> {
  constructor(store: Store, ttlMs = 5_000, max = 200) {
    super(store, (f) => store.facets(f), ttlMs, max);
  }
}
