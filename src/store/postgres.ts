// PostgreSQL backend through node-postgres. The shared SQL uses `?` placeholders; they are numbered
// here ($1, $2, ...). The SQL in this project never puts a `?` inside a string literal.
import pg from "pg";
import type { Driver, Queryable, Row } from "./driver.js";
import { StoreError } from "./driver.js";

/** `?` -> `$n`, skipping single-quoted literals. One pass, linear. */
export function numberPlaceholders(sql: string): string {
  let out = "";
  let n = 0;
  let inStr = false;
  for (const ch of sql) {
    if (ch === "'") inStr = !inStr;
    out += !inStr && ch === "?" ? `$${++n}` : ch;
  }
  return out;
}

// COUNT(*) and identity columns are int8: returned as JS numbers (ids stay far below 2^53).
const types = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (oid === 20) return (v: string) => Number(v);
    return pg.types.getTypeParser(oid, format as "text");
  },
};

function describe(url: string, e: unknown): string {
  const err = e as NodeJS.ErrnoException & { code?: string };
  let where = url;
  try {
    const u = new URL(url);
    u.password = "";
    where = u.toString();
  } catch { /* keep as is */ }
  if (err.code === "ECONNREFUSED") return `cannot connect to PostgreSQL at ${where}: connection refused (is the server running?)`;
  if (err.code === "3D000") return `cannot open PostgreSQL store ${where}: ${err.message}`;
  return `PostgreSQL store ${where}: ${err.message}`;
}

export class PostgresDriver implements Driver {
  readonly dialect = "postgres" as const;
  private pool: pg.Pool;

  private constructor(private readonly url: string) {
    this.pool = new pg.Pool({ connectionString: url, max: 4, types, connectionTimeoutMillis: 10000 });
    // An idle client losing its connection must not crash the process; the next query reports it.
    this.pool.on("error", () => undefined);
  }

  static async connect(url: string): Promise<PostgresDriver> {
    const d = new PostgresDriver(url);
    try {
      const c = await d.pool.connect();
      c.release();
    } catch (e) {
      await d.pool.end().catch(() => undefined);
      throw new StoreError(describe(url, e));
    }
    return d;
  }

  private wrap(e: unknown): never {
    if (e instanceof StoreError) throw e;
    const err = e as { code?: string };
    // Connection-level failures become store errors; SQL errors (bugs, constraint races) propagate as is.
    if (err.code === "ECONNREFUSED" || err.code === "ECONNRESET" || err.code === "57P01") throw new StoreError(describe(this.url, e));
    throw e;
  }

  async all<T = Row>(sql: string, params: unknown[] = []): Promise<T[]> {
    try {
      return (await this.pool.query(numberPlaceholders(sql), params)).rows as T[];
    } catch (e) {
      this.wrap(e);
    }
  }

  async run(sql: string, params: unknown[] = []): Promise<number> {
    try {
      return (await this.pool.query(numberPlaceholders(sql), params)).rowCount ?? 0;
    } catch (e) {
      this.wrap(e);
    }
  }

  async exec(sql: string): Promise<void> {
    try {
      await this.pool.query(sql);
    } catch (e) {
      this.wrap(e);
    }
  }

  async tx<T>(fn: (q: Queryable) => Promise<T>): Promise<T> {
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (e) {
      throw new StoreError(describe(this.url, e));
    }
    const q: Queryable = {
      async all<R = Row>(sql: string, params: unknown[] = []) {
        return (await client.query(numberPlaceholders(sql), params)).rows as R[];
      },
      async run(sql: string, params: unknown[] = []) {
        return (await client.query(numberPlaceholders(sql), params)).rowCount ?? 0;
      },
    };
    try {
      await client.query("BEGIN");
      const out = await fn(q);
      await client.query("COMMIT");
      return out;
    } catch (e) {
      await client.query("ROLLBACK").catch(() => undefined);
      this.wrap(e);
    } finally {
      client.release();
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
