// Embedded backend: one SQLite file through better-sqlite3 (synchronous, in-process; see
// README, "Why SQLite through better-sqlite3", for why this engine). WAL journal: a killed process never leaves a half-written
// transaction, and readers are not blocked by the writer.
import Database from "better-sqlite3";
import { existsSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { Driver, Queryable, Row } from "./driver.js";
import { StoreError } from "./driver.js";

export interface SqliteOptions {
  /** false: fail when the file does not exist (read-only commands must not create empty stores). */
  create?: boolean;
}

export class SqliteDriver implements Driver {
  readonly dialect = "sqlite" as const;
  private db: Database.Database;
  /** Serialises transactions: the connection is shared, and an async tx must not interleave with other statements. */
  private lock: Promise<unknown> = Promise.resolve();
  private readonly inner: Queryable;

  constructor(path: string, opts: SqliteOptions = {}) {
    const file = path === ":memory:" ? path : resolve(path);
    if (file !== ":memory:") {
      if (!opts.create && !existsSync(file)) throw new StoreError(`no store at ${file} (run "claimtrace ingest" first, or pass --db)`);
      const dir = dirname(file);
      if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new StoreError(`cannot create store ${file}: directory ${dir} does not exist`);
      if (existsSync(file) && statSync(file).isDirectory()) throw new StoreError(`cannot open store ${file}: it is a directory`);
    }
    try {
      this.db = new Database(file, { fileMustExist: !opts.create && file !== ":memory:" });
      this.db.pragma("journal_mode = WAL");
      // NORMAL is durable against a killed process (only an OS crash/power loss can drop the last commits, never corrupt).
      this.db.pragma("synchronous = NORMAL");
      this.db.pragma("foreign_keys = ON");
      this.db.pragma("busy_timeout = 10000");
      // Planner statistics, refreshed on open only when a table has grown or shrunk tenfold since
      // (seconds at a million claims, once per tenfold growth): without them SQLite may sort a whole
      // language's claims where walking a sort's index is cheap. Full, not sampled: a sample of a
      // few rows per index reads a language as rare.
      if (!this.db.readonly) this.db.pragma("optimize = 0x10002");
    } catch (e) {
      throw new StoreError(`cannot open store ${file}: ${(e as Error).message}`);
    }
    const db = this.db;
    // Prepared statements are cached by SQL text: compiling a multi-row INSERT costs more than running it.
    const cache = new Map<string, Database.Statement>();
    const stmt = (sql: string) => {
      let st = cache.get(sql);
      if (!st) {
        st = db.prepare(sql);
        if (cache.size > 500) cache.clear();
        cache.set(sql, st);
      }
      return st;
    };
    this.inner = {
      async all<T = Row>(sql: string, params: unknown[] = []): Promise<T[]> {
        return stmt(sql).all(...(params as unknown[])) as T[];
      },
      async run(sql: string, params: unknown[] = []): Promise<number> {
        return stmt(sql).run(...(params as unknown[])).changes;
      },
    };
  }

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.lock.then(fn, fn);
    this.lock = next.catch(() => undefined);
    return next;
  }

  all<T = Row>(sql: string, params?: unknown[]): Promise<T[]> {
    return this.serial(() => this.inner.all<T>(sql, params));
  }

  run(sql: string, params?: unknown[]): Promise<number> {
    return this.serial(() => this.inner.run(sql, params));
  }

  exec(sql: string): Promise<void> {
    return this.serial(async () => void this.db.exec(sql));
  }

  tx<T>(fn: (q: Queryable) => Promise<T>): Promise<T> {
    return this.serial(async () => {
      // IMMEDIATE takes the write lock up front, so two processes ingesting into one file serialise
      // instead of failing at commit time with SQLITE_BUSY.
      this.db.exec("BEGIN IMMEDIATE");
      try {
        const out = await fn(this.inner);
        this.db.exec("COMMIT");
        return out;
      } catch (e) {
        if (this.db.inTransaction) this.db.exec("ROLLBACK");
        throw e;
      }
    });
  }

  async close(): Promise<void> {
    await this.lock;
    if (this.db.open) this.db.close();
  }
}
