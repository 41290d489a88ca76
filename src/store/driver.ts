// The thin layer under the query layer: one interface that both backends implement. SQL is written
// once, with `?` placeholders (the PostgreSQL driver numbers them), in ./sql-store.ts.
export type Row = Record<string, unknown>;

export interface Queryable {
  all<T = Row>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs a statement; returns the number of rows changed. */
  run(sql: string, params?: unknown[]): Promise<number>;
}

export interface Driver extends Queryable {
  readonly dialect: "sqlite" | "postgres";
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  /**
   * Runs fn in one transaction: committed when it resolves, rolled back when it throws. With
   * `retryOnConnectionLoss`, a transaction whose connection dies is run once more on a fresh one:
   * only for work that cannot be stored twice (ingest dedups by content hash and URL), since a
   * commit whose answer was lost may have happened.
   */
  tx<T>(fn: (q: Queryable) => Promise<T>, opts?: { retryOnConnectionLoss?: boolean }): Promise<T>;
  close(): Promise<void>;
}

/**
 * Raised when the store cannot be opened or written; the CLI maps it to exit code 4, the server to
 * 503. `connectionLost`: the database was reachable but the connection died (a restart, failover,
 * network blip): trying again later may work.
 */
export class StoreError extends Error {
  constructor(message: string, readonly connectionLost = false) {
    super(message);
    this.name = "StoreError";
  }
}
