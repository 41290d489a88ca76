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
  /** Runs fn in one transaction: committed when it resolves, rolled back when it throws. */
  tx<T>(fn: (q: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Raised when the store cannot be opened or written; the CLI maps it to exit code 4. */
export class StoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "StoreError";
  }
}
