// PostgreSQL for tests: each test file makes a database of its own (unique name) and drops it
// after. The server is 127.0.0.1:5432 with trust auth (CI starts it); when it cannot be reached
// the test FAILS with a message saying so: it is never skipped.
import pg from "pg";
import { randomBytes } from "node:crypto";

export const PG_ADMIN_URL = process.env.CLAIMTRACE_TEST_PG ?? "postgres://postgres@127.0.0.1:5432/postgres";

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 5000 });
  try {
    await c.connect();
  } catch (e) {
    throw new Error(
      `PostgreSQL is not reachable at ${PG_ADMIN_URL} (${(e as Error).message}). ` +
        "Start it (e.g. `pg_ctlcluster 15 main start`, as .ci/run does) or point CLAIMTRACE_TEST_PG at a server.",
    );
  }
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** Creates a fresh database and returns its URL. */
export async function createTestDatabase(prefix = "claimtrace_test"): Promise<string> {
  const name = `${prefix}_${process.pid}_${randomBytes(4).toString("hex")}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  const u = new URL(PG_ADMIN_URL);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function dropTestDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`refusing to drop database ${name}`);
  await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}
