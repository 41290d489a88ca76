// PostgreSQL connections dying under load (a failover, a network blip, an administrator): another
// connection terminates every backend of the test database once a second while articles are posted
// to `claimtrace serve` and ingested with `claimtrace ingest`. The server must answer every request
// (2xx, or 503 with a one-line reason; never a dropped connection), stay up, and store every
// acknowledged article exactly once; the CLI must exit 0 or 4 with one line, never a stack.
// CLAIMTRACE_FAULT_SECONDS sets how long the server is hammered (default 12 s; the soak runs 60).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { createTestDatabase, dropTestDatabase, PG_ADMIN_URL } from "./store.pg.js";

const CLI = ["--import", "tsx", "src/cli/main.ts"];
const SECONDS = Number(process.env.CLAIMTRACE_FAULT_SECONDS ?? 12);
const TOKEN = "fault-test-token-0123456789";
let url = "";
let tmp = "";

before(async () => {
  url = await createTestDatabase("claimtrace_faults");
  tmp = mkdtempSync(join(tmpdir(), "claimtrace-faults-"));
});
after(async () => {
  rmSync(tmp, { recursive: true, force: true });
  await dropTestDatabase(url);
});

/** Terminates every other backend of the test database once a second, until stopped. */
async function terminator(): Promise<{ stop(): Promise<number> }> {
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  const dbName = new URL(url).pathname.slice(1);
  let kills = 0, running = true;
  const loop = (async () => {
    while (running) {
      const r = await admin.query(
        "SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
        [dbName],
      );
      kills += r.rows.length;
      await new Promise((res) => setTimeout(res, 1000));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      await admin.end();
      return kills;
    },
  };
}

// Distinct English articles: a reported count each, so the engine finds a claim.
const article = (run: string, i: number) =>
  `Officials said on Monday that ${100 + i} drones were launched overnight in batch ${run} number ${i}. ` +
  `The ministry said ${i + 3} of them were destroyed over the region, according to the statement. ` +
  `Residents reported damage to several buildings, the regional governor said.`;

function spawnCli(args: string[]): ChildProcess {
  return spawn(process.execPath, [...CLI, ...args], { stdio: ["ignore", "pipe", "pipe"] });
}

async function startServer(): Promise<{ proc: ChildProcess; base: string; stderr: () => string }> {
  const proc = spawnCli(["serve", "--db", url, "--port", "0", "--token", TOKEN]);
  let err = "";
  proc.stderr!.on("data", (d) => (err += d));
  const base = await new Promise<string>((res, rej) => {
    const t = setTimeout(() => rej(new Error(`server did not start: ${err}`)), 60_000);
    proc.stderr!.on("data", () => {
      const m = /serving \w+ store on (http:\/\/[^/\s]+)\//.exec(err);
      if (m) { clearTimeout(t); res(m[1]); }
    });
    proc.once("exit", (code) => { clearTimeout(t); rej(new Error(`server exited ${code}: ${err}`)); });
  });
  return { proc, base, stderr: () => err };
}

test("serve on PostgreSQL: every request answered while connections are terminated each second; acknowledged articles stored exactly once", async () => {
  const { proc, base, stderr } = await startServer();
  let exited: number | null | undefined;
  proc.once("exit", (code) => (exited = code));
  // One article before the clock starts: the extraction workers are up, so the whole time is load.
  const warm = await fetch(`${base}/api/ingest`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ text: article("warm", 0), lang: "en" }),
  });
  assert.equal(warm.status, 201, await warm.text());
  const kill = await terminator();
  const counts = { sent: 0, ok: 0, unavailable: 0, other: 0, dropped: 0 };
  const acked = new Map<number, string>(); // id -> text
  const problems: string[] = [];
  const deadline = Date.now() + SECONDS * 1000;
  let n = 0;
  const poster = async () => {
    while (Date.now() < deadline && exited === undefined) {
      const i = n++;
      const text = article("srv", i);
      counts.sent++;
      let res: Response;
      try {
        res = await fetch(`${base}/api/ingest`, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
          body: JSON.stringify({ text, lang: "en" }),
        });
      } catch (e) {
        counts.dropped++;
        problems.push(`post ${i}: ${(e as Error).message}`);
        continue;
      }
      const body = await res.text();
      if (res.status === 200 || res.status === 201) {
        counts.ok++;
        acked.set(JSON.parse(body).id, text);
      } else if (res.status === 503) {
        counts.unavailable++;
        assert.match(body, /^\{"error":"[^\n]+"\}$/, "a 503 is one line of JSON");
      } else {
        counts.other++;
        problems.push(`post ${i}: ${res.status} ${body}`);
      }
    }
  };
  await Promise.all([poster(), poster(), poster(), poster()]);
  const kills = await kill.stop();
  // Alive after: the health check answers (a 503 is allowed only while PostgreSQL is unreachable).
  const aliveAtEnd = exited === undefined;
  const health = await fetch(`${base}/api/health`).then((r) => r.status).catch((e) => `dropped: ${(e as Error).message}`);
  proc.kill("SIGTERM");
  await new Promise((r) => (exited === undefined ? proc.once("exit", r) : r(null)));

  const db = new pg.Client({ connectionString: url });
  await db.connect();
  const stored = (await db.query("SELECT id, text FROM articles WHERE text NOT LIKE '%batch warm%'")).rows;
  await db.end().catch(() => undefined);
  const textsStored = new Map<string, number>();
  for (const r of stored) textsStored.set(r.text, (textsStored.get(r.text) ?? 0) + 1);
  const duplicates = [...textsStored.values()].filter((v) => v > 1).length;
  const missing = [...acked].filter(([id, text]) => !stored.some((r) => Number(r.id) === id && r.text === text));
  console.log(`# ${SECONDS}s, ${kills} backends terminated: sent ${counts.sent}, 2xx ${counts.ok}, 503 ${counts.unavailable}, other ${counts.other}, dropped ${counts.dropped}; stored ${stored.length} (acknowledged ${acked.size}), missing ${missing.length}, duplicates ${duplicates}`);

  assert.ok(kills > 0, "the terminator killed backends");
  assert.deepEqual(problems.slice(0, 5), [], `every request answered with 2xx or 503\n${stderr()}`);
  assert.ok(aliveAtEnd, `the server stayed up\n${stderr()}`);
  assert.equal(health, 200);
  assert.ok(counts.ok > 0, "some articles were stored");
  assert.equal(missing.length, 0, "every acknowledged article is stored under its id");
  assert.equal(duplicates, 0, "no text stored twice");
  assert.ok(stored.length <= counts.sent, "nothing beyond what was sent");
  assert.doesNotMatch(stderr(), /\n\s+at /, "no stack trace");
});

test("ingest on PostgreSQL: exit 0 or 4 with one line while connections are terminated each second", async () => {
  const kill = await terminator();
  const outcomes: string[] = [];
  try {
    for (let run = 0; run < 3; run++) {
      const dir = join(tmp, `in${run}`);
      mkdirSync(dir);
      for (let i = 0; i < 300; i++) writeFileSync(join(dir, `${i}.txt`), article(`cli${run}`, i));
      const p = spawnCli(["ingest", dir, "--db", url]);
      let out = "", err = "";
      p.stdout!.on("data", (d) => (out += d));
      p.stderr!.on("data", (d) => (err += d));
      const code = await new Promise<number | null>((res) => p.once("exit", res));
      outcomes.push(`${code}`);
      if (code === 4) console.log(`# ${err.trim()}`);
      assert.ok(code === 0 || code === 4, `exit ${code}: ${err}`);
      assert.doesNotMatch(err, /\n\s+at /, "no stack trace");
      if (code === 4) assert.match(err, /^claimtrace: [^\n]+\n$/, "one line");
      else assert.match(out, /^ingested \d+, duplicates \d+, failed 0/);
    }
  } finally {
    await kill.stop();
  }
  console.log(`# ingest exit codes: ${outcomes.join(" ")}`);
});
