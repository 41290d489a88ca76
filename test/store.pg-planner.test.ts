// The PostgreSQL driver prices a random page read near a sequential one (random_page_cost 1.1) for
// its sessions, so that listings walk their index; but a value someone chose stays theirs: the
// URL's options, PGOPTIONS, or the database's own setting (ALTER DATABASE ... SET). Its sessions
// outlive a pause (a fresh one pays the server's catalog loading again), yet keep no process alive.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import pg from "pg";
import { PostgresDriver, SessionClient } from "../src/store/postgres.js";
import { createTestDatabase, dropTestDatabase } from "./store.pg.js";

let url = "";
before(async () => { url = await createTestDatabase("claimtrace_planner"); });
after(async () => { await dropTestDatabase(url); });

/** random_page_cost as a session of the driver sees it (two queries: each may take its own pooled connection). */
async function pageCost(u: string): Promise<string[]> {
  const d = await PostgresDriver.connect(u);
  try {
    const [a, b] = await Promise.all([d.all<{ v: string }>("SHOW random_page_cost"), d.all<{ v: string }>("SELECT current_setting('random_page_cost') AS v")]);
    return [Object.values(a[0])[0] as string, b[0].v];
  } finally {
    await d.close();
  }
}

test("the driver's sessions price random reads at 1.1 when nobody chose a value, without a warning from pg", async () => {
  const warnings: string[] = [];
  const note = (w: Error) => warnings.push(w.message);
  process.on("warning", note);
  try {
    assert.deepEqual(await pageCost(url), ["1.1", "1.1"]);
    await new Promise((r) => setImmediate(r));
  } finally {
    process.off("warning", note);
  }
  assert.deepEqual(warnings, [], "setting it must not overlap the session's first query");
});

test("the URL's options keep their own random_page_cost, and their other settings", async () => {
  const u = new URL(url);
  u.searchParams.set("options", "-c random_page_cost=3 -c search_path=public");
  assert.deepEqual(await pageCost(u.toString()), ["3", "3"]);
});

test("PGOPTIONS is not replaced: its settings reach the session", async () => {
  const saved = process.env.PGOPTIONS;
  process.env.PGOPTIONS = "-c random_page_cost=2.5 -c work_mem=8MB";
  try {
    const d = await PostgresDriver.connect(url);
    try {
      const [r] = await d.all<{ c: string; w: string }>("SELECT current_setting('random_page_cost') AS c, current_setting('work_mem') AS w");
      assert.deepEqual(r, { c: "2.5", w: "8MB" });
    } finally {
      await d.close();
    }
  } finally {
    if (saved === undefined) delete process.env.PGOPTIONS;
    else process.env.PGOPTIONS = saved;
  }
});

test("a database's own setting (ALTER DATABASE ... SET) stays", async () => {
  const name = new URL(url).pathname.slice(1);
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(`ALTER DATABASE ${name} SET random_page_cost = 1.7`);
  } finally {
    await c.end();
  }
  assert.deepEqual(await pageCost(url), ["1.7", "1.7"]);
});

test("a pooled session outlives a pause longer than pg's default idle time (10 s)", async () => {
  const d = await PostgresDriver.connect(url);
  try {
    const pid = async () => Number((await d.all<{ p: number }>("SELECT pg_backend_pid() AS p"))[0].p);
    const first = await pid();
    await new Promise((r) => setTimeout(r, 10_500));
    assert.equal(await pid(), first, "the same server session after the pause");
  } finally {
    await d.close();
  }
});

test("a process whose pooled sessions are idle exits without closing the store", () => {
  // The child lists what still holds its event loop once its query is done: an idle pooled session
  // must not (pg's default keeps a process alive until its idle timer closes the connection).
  const script = `import { PostgresDriver } from ${JSON.stringify(new URL("../src/store/postgres.ts", import.meta.url).href)};
const d = await PostgresDriver.connect(process.env.URL);
await d.all("SELECT 1");
setImmediate(() => console.log(JSON.stringify(process.getActiveResourcesInfo())));`;
  const r = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { env: { ...process.env, URL: url }, encoding: "utf8", timeout: 60_000 });
  assert.equal(r.status, 0, r.stderr);
  const held = JSON.parse(r.stdout.trim().split("\n").at(-1)!) as string[];
  // Its own stdout and stderr pipes are listed too: only a socket or a timer would be the pool's.
  assert.deepEqual(held.filter((x) => x === "TCPSocketWrap" || x === "Timeout"), [], `still holding the process: ${held.join(", ")}`);
});

test("a session the server ends before the pool takes it fails its connect, instead of throwing an 'error' nobody hears", async () => {
  const c = new SessionClient({ connectionString: url });
  const query = c.query.bind(c) as (...a: unknown[]) => Promise<unknown>;
  // The server's FATAL ("terminating connection due to administrator command") arrives from the
  // socket between the connection and the settings' statement, while no query is running.
  (c as unknown as { query: (...a: unknown[]) => Promise<unknown> }).query = (...a) => new Promise((resolve, reject) => {
    setImmediate(() => {
      c.emit("error", new Error("terminating connection due to administrator command"));
      query(...a).then(resolve, reject);
    });
  });
  await assert.rejects(c.connect(), /administrator command/);
  await c.end();
});
