// The store commands as a user runs them: `claimtrace ingest`, `claims`, `articles`, `reprocess`,
// `demo`, spawned as processes. Exit codes, one-line errors (never a stack trace), output formats.
import { test, describe, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { createServer, type AddressInfo } from "node:net";
import { createTestDatabase, dropTestDatabase } from "./store.pg.js";

const CLI = ["--import", "tsx", "src/cli/main.ts"];
let tmp = "";
let db = "";
let deadPort = 0;

function run(args: string[], input?: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [...CLI, ...args], { encoding: "utf8", input, timeout: 120000, env: { ...process.env, ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function noStack(err: string) {
  assert.doesNotMatch(err, /\n\s+at /, "no stack trace");
}

before(async () => {
  // A port nothing listens on: bound, then released.
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, "127.0.0.1", r));
  deadPort = (srv.address() as AddressInfo).port;
  await new Promise((r) => srv.close(r));
  tmp = mkdtempSync(join(tmpdir(), "claimtrace-cli-"));
  db = join(tmp, "cli.db");
  mkdirSync(join(tmp, "in"));
  copyFileSync("samples/02-en.txt", join(tmp, "in", "02-en.txt"));
  copyFileSync("samples/01-bn.txt", join(tmp, "in", "01-bn.txt"));
  copyFileSync("test/fixtures/html/ru-agency.html", join(tmp, "in", "ru-agency.html"));
});
after(() => rmSync(tmp, { recursive: true, force: true }));

describe("claimtrace ingest", () => {
  test("a folder: exit 0 and a summary; the same command again stores nothing new", () => {
    const r = run(["ingest", join(tmp, "in"), "--db", db]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^ingested 3, duplicates 0, failed 0 — store /);
    assert.equal(r.err, "", "no progress bar when stderr is not a terminal");
    const again = run(["ingest", join(tmp, "in"), "--db", db, "--json"]);
    assert.equal(again.code, 0);
    const s = JSON.parse(again.out);
    assert.deepEqual([s.ingested, s.duplicates, s.failed.length], [0, 3, 0]);
  });

  test("one bad input among good ones: exit 1, the reason on stderr naming the input, the good ones stored", () => {
    const empty = join(tmp, "empty.txt");
    writeFileSync(empty, "");
    const good = join(tmp, "good.txt");
    writeFileSync(good, "Министерство обороны России сообщило, что за ночь над Белгородской областью были уничтожены 17 беспилотников.");
    const r = run(["ingest", empty, good, "--db", db]);
    assert.equal(r.code, 1);
    assert.match(r.out, /ingested 1, duplicates 0, failed 1/);
    assert.equal(r.err, `claimtrace: ${empty}: empty input\n`);
  });

  test("every input bad: exit 3 (input) or 5 (network); usage errors exit 2; all one line", () => {
    const bin = join(tmp, "x.txt");
    writeFileSync(bin, Buffer.from([0, 1, 2, 3, 255]));
    const r = run(["ingest", bin, "--db", db]);
    assert.equal(r.code, 3);
    assert.match(r.err, /x\.txt: binary file/);
    noStack(r.err);
    const net = run(["ingest", `http://127.0.0.1:${deadPort}/nothing-listens-here`, "--db", db, "--timeout", "2", "--allow-private-network"]);
    assert.equal(net.code, 5);
    assert.equal(net.err, `claimtrace: http://127.0.0.1:${deadPort}/nothing-listens-here: cannot reach the server (connection refused)\n`);
    for (const args of [["ingest", "--db", db], ["ingest", good(), "--lang", "nl", "--db", db], ["ingest", good(), "--date", "1/11/2024", "--db", db], ["ingest", good(), "--concurrency", "0"]]) {
      const u = run(args);
      assert.equal(u.code, 2, `${args.join(" ")}: ${u.err}`);
      assert.equal(u.err.trim().split("\n").length >= 1, true);
      noStack(u.err);
    }
  });

  test("--db names an unusable store: exit 4, one line", () => {
    const r = run(["ingest", good(), "--db", join(tmp, "no-such-dir", "x.db")]);
    assert.equal(r.code, 4);
    assert.match(r.err, /^claimtrace: cannot create store .*no-such-dir.*directory .* does not exist\n$/);
    const p = run(["ingest", good(), "--db", "postgres://postgres@127.0.0.1:1/nope"]);
    assert.equal(p.code, 4);
    assert.match(p.err, /^claimtrace: cannot connect to PostgreSQL at postgres:\/\/postgres@127\.0\.0\.1:1\/nope: connection refused/);
  });

  test("CLAIMTRACE_DB is the default store; - reads stdin", () => {
    const envDb = join(tmp, "env.db");
    const r = run(["ingest", "-"], "The Ukrainian Air Force said that Russia launched 33 drones overnight, and 30 of them were shot down.", { CLAIMTRACE_DB: envDb });
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /ingested 1/);
    const a = run(["articles", "--json"], undefined, { CLAIMTRACE_DB: envDb });
    assert.equal(JSON.parse(a.out).total, 1);
  });

  test("--jobs 3 (extraction threads) stores exactly what the main thread stores, bad inputs failing the same way", () => {
    const bad = join(tmp, "jobs-empty.txt");
    writeFileSync(bad, "");
    // What a store holds, without what depends on the order of completion (ids, times).
    const contents = (file: string) => {
      const d = new Database(file, { readonly: true });
      try {
        const articles = d.prepare("SELECT * FROM articles ORDER BY content_hash").all() as Array<Record<string, unknown>>;
        const claims = d.prepare("SELECT a.content_hash, c.* FROM claims c JOIN articles a ON a.id = c.article_id ORDER BY a.content_hash, c.ord").all() as Array<Record<string, unknown>>;
        const drop = (r: Record<string, unknown>, keys: string[]) => Object.fromEntries(Object.entries(r).filter(([k]) => !keys.includes(k)));
        return {
          articles: articles.map((r) => drop(r, ["id", "ingested_at", "updated_at"])),
          claims: claims.map((r) => drop(r, ["id", "article_id"])),
        };
      } finally {
        d.close();
      }
    };
    const one = join(tmp, "jobs1.db"), three = join(tmp, "jobs3.db");
    const r1 = run(["ingest", "samples", bad, "--db", one, "--json"]);
    const r3 = run(["ingest", "samples", bad, "--db", three, "--json", "--jobs", "3"]);
    assert.equal(r3.code, r1.code, r3.err);
    const [s1, s3] = [JSON.parse(r1.out), JSON.parse(r3.out)];
    assert.ok(s1.ingested >= 7, "the samples are stored");
    assert.deepEqual([s3.ingested, s3.duplicates, s3.failed], [s1.ingested, s1.duplicates, s1.failed]);
    const [c1, c3] = [contents(one), contents(three)];
    assert.ok(c1.claims.length > 0);
    assert.deepEqual(c3, c1);
    const z = run(["ingest", "samples", "--db", three, "--jobs", "0"]);
    assert.equal(z.code, 2);
    assert.match(z.err, /^claimtrace: --jobs 0: expected a positive whole number\n$/);
  });
});

function good(): string {
  return join(tmp, "good.txt");
}

describe("claimtrace claims", () => {
  test("filters and formats: table, json (and --json), ndjson, csv", () => {
    const j = JSON.parse(run(["claims", "--db", db, "--json", "--item", "uav", "--role", "destroyed"]).out);
    assert.ok(j.total >= 2, `uav destroyed claims: ${j.total}`);
    for (const c of j.claims) assert.ok(c.quantities.some((q: { item: string; role: string }) => q.item === "uav" && q.role === "destroyed"));
    assert.deepEqual(Object.keys(j.claims[0]).filter((k) => ["id", "article_id", "article_lang", "article_title", "article_url", "published", "claimant", "via", "evidence", "quantities"].includes(k)).length, 10);
    const same = JSON.parse(run(["claims", "--db", db, "--format", "json", "--item", "uav", "--role", "destroyed"]).out);
    assert.deepEqual(same, j);
    const nd = run(["claims", "--db", db, "--format", "ndjson", "--lang", "bn"]).out.trim().split("\n").map((l) => JSON.parse(l));
    assert.ok(nd.length > 0 && nd.every((c) => c.article_lang === "bn"));
    const csv = run(["claims", "--db", db, "--format", "csv", "--limit", "3"]).out.split("\r\n");
    assert.equal(csv[0], "id,article_id,article_lang,published,date,claimant,claimant_id,via,via_id,stance,kind,location,quantities,evidence,evidence_start,evidence_end,article_title,article_url");
    assert.equal(csv.filter(Boolean).length, 4);
    const table = run(["claims", "--db", db, "--limit", "2"]);
    assert.equal(table.code, 0);
    assert.match(table.out, /^id +article +lang +date +claimant/);
    assert.match(table.out, /1-2 of \d+ claims \(more: --offset 2\)\n$/);
  });

  test("free text finds Bengali words by their stem; --stance deny finds the denial", () => {
    const bn = JSON.parse(run(["claims", "--db", db, "--json", "-q", "ইউক্রেন", "--lang", "bn"]).out);
    assert.ok(bn.total > 0);
    const deny = JSON.parse(run(["claims", "--db", db, "--json", "--stance", "deny"]).out);
    assert.ok(deny.claims.some((c: { claimant: { name: string } | null }) => c.claimant?.name === "North Korea"), "North Korea denied sending troops");
  });

  test("bad values are usage errors; a missing store is exit 4", () => {
    assert.equal(run(["claims", "--db", db, "--format", "xml"]).code, 2);
    assert.equal(run(["claims", "--db", db, "--stance", "maybe"]).code, 2);
    assert.equal(run(["claims", "--db", db, "--from", "2024-11-05", "--to", "2024-11-01"]).code, 2);
    assert.equal(run(["claims", "--db", db, "--limit", "-1"]).code, 2);
    const missing = run(["claims", "--db", join(tmp, "missing.db")]);
    assert.equal(missing.code, 4);
    assert.match(missing.err, /^claimtrace: no store at .*missing\.db/);
  });
});

describe("claimtrace articles", () => {
  test("list, show, show --json (metadata, stored text, claims); unknown id exits 3", () => {
    const list = JSON.parse(run(["articles", "--db", db, "--json"]).out);
    assert.equal(list.total, 4); // the folder's 3 and good.txt
    const ru = list.articles.find((a: { lang: string; site_name: string | null }) => a.site_name === "Вестник");
    assert.ok(ru);
    const shown = JSON.parse(run(["articles", "show", String(ru.id), "--db", db, "--json"]).out);
    assert.equal(shown.id, ru.id);
    assert.ok(shown.text.startsWith("Минобороны сообщило об уничтожении 83 беспилотников"));
    assert.ok(!shown.text.includes("Читайте также"));
    assert.ok(Array.isArray(shown.claims));
    for (const c of shown.claims) assert.equal(shown.text.slice(c.evidence.start, c.evidence.end), c.evidence.text);
    const human = run(["articles", "show", String(ru.id), "--db", db, "--text"]);
    assert.match(human.out, new RegExp(`^#${ru.id} Минобороны`));
    assert.ok(human.out.includes("https://vestnik.example.ru/20241101/bpla-1987654321.html"));
    const none = run(["articles", "show", "9999", "--db", db]);
    assert.equal(none.code, 3);
    assert.equal(none.err, "claimtrace: no article 9999 in the store\n");
    assert.match(run(["articles", "--db", db, "--lang", "ru"]).out, /2 of 2 articles/);
  });
});

describe("claimtrace reprocess", () => {
  test("re-extracts only articles from an older extractor, in place", () => {
    const raw = new Database(db);
    const before = raw.prepare("SELECT count(*) AS n FROM claims").get() as { n: number };
    raw.prepare("UPDATE articles SET extractor_version = 0 WHERE id IN (SELECT id FROM articles ORDER BY id LIMIT 2)").run();
    raw.prepare("DELETE FROM claims WHERE article_id IN (SELECT id FROM articles WHERE extractor_version = 0)").run();
    raw.close();
    const r = run(["reprocess", "--db", db, "--json"]);
    assert.equal(r.code, 0, r.err);
    const s = JSON.parse(r.out);
    assert.equal(s.reprocessed, 2);
    const check = new Database(db, { readonly: true });
    assert.equal((check.prepare("SELECT count(*) AS n FROM articles WHERE extractor_version = 0").get() as { n: number }).n, 0);
    assert.equal((check.prepare("SELECT count(*) AS n FROM claims").get() as { n: number }).n, before.n, "the claims are back, same count");
    check.close();
    assert.equal(JSON.parse(run(["reprocess", "--db", db, "--json"]).out).reprocessed, 0, "nothing older: nothing to do");
    assert.equal(JSON.parse(run(["reprocess", "--db", db, "--json", "--all"]).out).reprocessed, 4);
  });
});

describe("the same commands on PostgreSQL", () => {
  let url = "";
  before(async () => { url = await createTestDatabase("claimtrace_cli"); });
  after(async () => { if (url) await dropTestDatabase(url); });
  test("ingest, claims, articles show", () => {
    const r = run(["ingest", join(tmp, "in"), "--db", url]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /ingested 3/);
    assert.ok(!r.out.includes("postgres://postgres@"), "no credentials echoed");
    const c = JSON.parse(run(["claims", "--db", url, "--json", "--item", "uav"]).out);
    assert.ok(c.total > 0);
    const id = JSON.parse(run(["articles", "--db", url, "--json"]).out).articles[0].id;
    assert.equal(JSON.parse(run(["articles", "show", String(id), "--db", url, "--json"]).out).id, id);
  });
});

describe("claimtrace demo", () => {
  test("ingests the bundled samples into a fresh store and prints each article with its claims", () => {
    const demoDb = join(tmp, "demo.db");
    const r = run(["demo", "--db", demoDb]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /ingested 8, duplicates 0, failed 0/);
    assert.match(r.out, /#4 Ukraine says it downed 31 of 48 Russian drones overnight/);
    assert.match(r.out, /language bn/);
    assert.match(r.out, /Ukrainian Air Force/);
    const again = run(["demo", "--db", demoDb]);
    assert.match(again.out, /ingested 8, duplicates 0/, "a fresh store each run");
  });
});
