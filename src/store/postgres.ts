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

function where(url: string): string {
  try {
    const u = new URL(url);
    u.password = "";
    return u.toString();
  } catch {
    return url;
  }
}

/**
 * The connection itself failed (rather than the SQL): the server went away, terminated the backend
 * (57P01-57P03), the socket was reset, or a connection could not be made in time. Such a failure
 * says nothing about the statement, which can be tried again on a fresh connection.
 */
export function isConnectionLoss(e: unknown): boolean {
  const err = e as { code?: string; message?: string } | null;
  if (!err) return false;
  const code = String(err.code ?? "");
  if (/^(57P0[123]|08\w{3}|ECONNRESET|ECONNREFUSED|EPIPE|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ECONNABORTED)$/.test(code)) return true;
  return /Connection terminated|not queryable|Client was closed|Connection ended|timeout exceeded when trying to connect|connection timeout/i.test(String(err.message ?? ""));
}

/**
 * How long a statement may take, from CLAIMTRACE_PG_TIMEOUT_MS (0: no limit). A server that stops
 * answering (a network partition, a stopped backend, a lock held elsewhere) must not hang a request
 * or an ingest forever. The server enforces it (statement_timeout: the statement is cancelled, the
 * connection stays usable); the client waits a grace period longer (query_timeout), which catches a
 * connection that has gone silent, and then drops that connection.
 */
export const DEFAULT_TIMEOUT_MS = 30_000;
const CLIENT_GRACE_MS = 1000;
/** How long a pooled connection may stay idle before it is closed (see the pool in the constructor). */
const IDLE_MS = 600_000;

/** The limit in ms from the environment; anything but a whole number is a one-line store error. */
export function timeoutFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.CLAIMTRACE_PG_TIMEOUT_MS;
  if (raw === undefined || raw.trim() === "") return DEFAULT_TIMEOUT_MS;
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(Number(raw.trim()))) {
    throw new StoreError(`CLAIMTRACE_PG_TIMEOUT_MS must be a whole number of milliseconds (0 for no limit), not "${raw}"`);
  }
  return Number(raw.trim());
}

/** The client gave up waiting for an answer (pg's query_timeout): the connection is silent or gone. */
const isReadTimeout = (e: unknown) => /^Query read timeout$/.test(String((e as { message?: string } | null)?.message ?? ""));
/** The server cancelled the statement (57014): its statement_timeout, or an administrator. */
const isCancelled = (e: unknown) => (e as { code?: string } | null)?.code === "57014";

function describe(url: string, e: unknown, timeoutMs = 0): string {
  const err = e as NodeJS.ErrnoException & { code?: string };
  const msg = String(err.message ?? e).split("\n")[0];
  if (err.code === "ECONNREFUSED") return `cannot connect to PostgreSQL at ${where(url)}: connection refused (is the server running?)`;
  if (err.code === "3D000") return `cannot open PostgreSQL store ${where(url)}: ${msg}`;
  if (isReadTimeout(e)) return `PostgreSQL store ${where(url)}: no answer from the server within ${timeoutMs + CLIENT_GRACE_MS} ms (the connection is silent; it was dropped; CLAIMTRACE_PG_TIMEOUT_MS=${timeoutMs})`;
  if (isCancelled(e) && /statement timeout/.test(msg)) return `PostgreSQL store ${where(url)}: a statement took longer than ${timeoutMs} ms and was cancelled (a lock held elsewhere, or a slow server; CLAIMTRACE_PG_TIMEOUT_MS sets the limit)`;
  if (isConnectionLoss(e)) return `PostgreSQL store ${where(url)}: connection lost (${msg})`;
  return `PostgreSQL store ${where(url)}: ${msg}`;
}

/**
 * Before a retry: a moment for the socket events of the pool's other idle clients to arrive, so
 * the ones the same outage killed are dropped by the pool instead of being handed to the retry.
 */
const settle = () => new Promise((r) => setTimeout(r, 50));

/** What SessionClient runs on connecting: random_page_cost 1.1 unless the session's value was chosen by someone. */
const PLANNER_COSTS = `SELECT set_config('random_page_cost', '1.1', false)
  FROM pg_settings WHERE name = 'random_page_cost' AND source IN ('default', 'configuration file')`;

/**
 * A pooled client that sets PLANNER_COSTS once connected, before the pool hands it out (pg-pool
 * connects its clients with a callback). A failed statement leaves the server's value: the session
 * works as before, only its plans may differ. (Issued from the pool's connect event instead, the
 * statement overlapped the first query, which pg warns about.)
 *
 * The pool listens for a client's errors only from its connect callback on. A server that ends the
 * session in between (an administrator's terminate, a restart) sends its error with no query
 * running, and an 'error' event nobody listens to is thrown: it crashed an ingest under the
 * fault test's terminations. Until the callback, errors are caught here, and one that came fails
 * the connect, so the pool drops the client and the caller sees a lost connection.
 */
export class SessionClient extends pg.Client {
  override connect(): Promise<pg.Client>;
  override connect(callback: ((err: Error) => void) | ((err: null, c: pg.Client) => void)): void;
  override connect(callback?: ((err: Error) => void) | ((err: null, c: pg.Client) => void)): Promise<pg.Client> | void {
    let lost: Error | null = null;
    const early = (e: Error) => { lost ??= e; };
    this.on("error", early);
    const ready = super.connect()
      .then(() => this.query(PLANNER_COSTS).then(() => this, () => this))
      .then((c) => { if (lost) throw lost; return c; })
      .finally(() => this.off("error", early));
    if (!callback) return ready;
    const cb = callback as (err: Error | null, c?: pg.Client) => void;
    ready.then((c) => cb(null, c), (e: Error) => cb(e));
  }
}

export class PostgresDriver implements Driver {
  readonly dialect = "postgres" as const;
  private pool: pg.Pool;

  private constructor(private readonly url: string, private readonly timeoutMs: number) {
    // The same limit on a transaction left idle: when this process loses the server mid-transaction
    // (a partition), the server ends the orphaned transaction and frees its locks and unique keys,
    // which the retry on a fresh connection would otherwise wait for. Our transactions only run statements.
    const limits = timeoutMs > 0 ? { statement_timeout: timeoutMs, query_timeout: timeoutMs + CLIENT_GRACE_MS, idle_in_transaction_session_timeout: timeoutMs } : {};
    // TCP keepalive: an idle pooled connection whose peer vanished (a partition) is found dead and
    // dropped by the pool instead of being handed to the next query.
    // Idle connections are kept 10 minutes (pg's default closes them after 10 s): a fresh session
    // pays its connection and, on its first queries, the server's loading of the catalog entries
    // of claims and its twenty indexes, so a dashboard request after a pause of 11 s took 105 ms
    // where the same request on a warm connection took 14-25 ms. Idle connections do not keep a
    // process alive (allowExitOnIdle): a command that is done exits without waiting for them.
    this.pool = new pg.Pool({ Client: SessionClient, connectionString: url, max: 4, types, connectionTimeoutMillis: 10000, idleTimeoutMillis: IDLE_MS, allowExitOnIdle: true, keepAlive: true, keepAliveInitialDelayMillis: 10000, ...limits });
    // Planner costs: a random page read priced near a sequential one, as for data on SSD or in
    // memory. PostgreSQL's default (4, for spinning disks) made it answer "the newest 1,000 claims
    // with these words since a day" by a bitmap of every match and a sort (317 ms at a million
    // claims) instead of a walk of the listing's index (74 ms). Set per session, and only where
    // nobody else chose a value: a setting from the URL's options or PGOPTIONS (source 'client'),
    // from ALTER DATABASE or ALTER ROLE, stays as it is. Not a startup option, which would replace
    // PGOPTIONS and which a connection pooler such as PgBouncer may refuse. See SessionClient.
    // An idle client losing its connection must not crash the process; the pool drops it and the
    // next query gets a fresh one.
    this.pool.on("error", () => undefined);
  }

  static async connect(url: string): Promise<PostgresDriver> {
    const d = new PostgresDriver(url, timeoutFromEnv());
    try {
      const c = await d.pool.connect();
      c.release();
    } catch (e) {
      await d.pool.end().catch(() => undefined);
      throw new StoreError(describe(url, e), isConnectionLoss(e));
    }
    return d;
  }

  private wrap(e: unknown): never {
    if (e instanceof StoreError) throw e;
    // Connection-level failures become store errors; SQL errors (bugs, constraint races) propagate as is.
    if (isConnectionLoss(e)) throw new StoreError(describe(this.url, e), true);
    // So does a statement that ran out of time: the store is unavailable, not the input at fault
    // (ingest stops and acknowledges nothing more; the server answers 503). Not retried here: a
    // silent server would make the caller wait the limit twice.
    if (isReadTimeout(e) || isCancelled(e)) throw new StoreError(describe(this.url, e, this.timeoutMs));
    throw e;
  }

  /** Runs a statement on a pooled connection; a read (idempotent) is tried once more when the connection dies. */
  private async query(sql: string, params: unknown[] | undefined, idempotent: boolean): Promise<pg.QueryResult> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await (params ? this.pool.query(numberPlaceholders(sql), params) : this.pool.query(sql));
      } catch (e) {
        if (idempotent && attempt === 0 && isConnectionLoss(e)) {
          await settle();
          continue;
        }
        this.wrap(e);
      }
    }
  }

  async all<T = Row>(sql: string, params: unknown[] = []): Promise<T[]> {
    return (await this.query(sql, params, true)).rows as T[];
  }

  async run(sql: string, params: unknown[] = []): Promise<number> {
    return (await this.query(sql, params, false)).rowCount ?? 0;
  }

  async exec(sql: string): Promise<void> {
    await this.query(sql, undefined, false);
  }

  async tx<T>(fn: (q: Queryable) => Promise<T>, opts: { retryOnConnectionLoss?: boolean } = {}): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.txOnce(fn);
      } catch (e) {
        if (!(opts.retryOnConnectionLoss && attempt === 0 && e instanceof StoreError && e.connectionLost)) throw e;
        await settle();
      }
    }
  }

  private async txOnce<T>(fn: (q: Queryable) => Promise<T>): Promise<T> {
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (e) {
      throw new StoreError(describe(this.url, e), isConnectionLoss(e));
    }
    // A checked-out client has no listener of the pool's: without this one, the server closing the
    // connection between two statements is an unhandled 'error' event that kills the process.
    let lost: unknown = null;
    const onError = (e: unknown) => { lost ??= e; };
    client.on("error", onError);
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
      // A connection that stopped answering is dropped as one that died: a ROLLBACK would queue behind the stuck statement.
      if (isConnectionLoss(e) || isReadTimeout(e)) lost ??= e;
      else if (!lost) await client.query("ROLLBACK").catch((r) => { lost = r; });
      // A statement that failed because the connection had died reports the loss (retryable).
      throw this.wrap(lost && isConnectionLoss(lost) && !(e instanceof StoreError) ? lost : e);
    } finally {
      client.removeListener("error", onError);
      // A broken client is discarded (released with its error), never handed to the next caller.
      client.release(lost ? (lost as Error) : undefined);
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
