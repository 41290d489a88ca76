// Opening a store from what the user typed after --db: a postgres:// URL, or a file path for the
// embedded SQLite store (default ./claimtrace.db, or $CLAIMTRACE_DB).
import { SqlStore } from "./sql-store.js";
import { SqliteDriver } from "./sqlite.js";
import { PostgresDriver } from "./postgres.js";
import type { Store } from "./types.js";
import type { Driver } from "./driver.js";

export type { Store } from "./types.js";
export * from "./types.js";
export { StoreError } from "./driver.js";
export { contentHash, normalizeUrl } from "./hash.js";

export const DEFAULT_DB = "claimtrace.db";

/** The store spec to use: the --db value, else $CLAIMTRACE_DB, else ./claimtrace.db. */
export function resolveDbSpec(db?: string): string {
  return db || process.env.CLAIMTRACE_DB || DEFAULT_DB;
}

export function isPostgresSpec(spec: string): boolean {
  return /^postgres(ql)?:\/\//i.test(spec);
}

/** The driver under a store (no migration): for migration tests and maintenance. */
export async function openDriver(spec: string, opts: { create?: boolean } = {}): Promise<Driver> {
  return isPostgresSpec(spec) ? PostgresDriver.connect(spec) : new SqliteDriver(spec, { create: opts.create ?? true });
}

/**
 * Opens (and migrates) a store. `create: false` (read-only commands) refuses to create a missing
 * embedded file, so a mistyped --db is an error rather than an empty result.
 */
export async function openStore(spec: string, opts: { create?: boolean } = {}): Promise<Store> {
  const store = new SqlStore(await openDriver(spec, opts));
  try {
    await store.migrate();
  } catch (e) {
    await store.close().catch(() => undefined);
    throw e;
  }
  return store;
}
