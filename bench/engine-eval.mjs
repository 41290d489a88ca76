// Embedded engine evaluation, run by hand (not part of `npm run bench`). Install each candidate in
// its own folder first, timing it:
//   for p in better-sqlite3@12.11.1 sql.js@1.16.0 @electric-sql/pglite@0.5.16; do
//     d=/tmp/engine-eval/$(echo $p | tr '/@' '__'); mkdir -p $d && cd $d && echo '{"private":true}' > package.json &&
//     time npm install --no-audit --no-fund $p; done
// then `node bench/engine-eval.mjs`. Results and the choice: README, "Why SQLite through better-sqlite3".
// Embedded engine evaluation for claimtrace: insert throughput (10,000 article-like rows, one
// transaction per 64 rows, each with an FTS row), file durability model, and full-text search on
// Bengali, Russian and Vietnamese with the tokenizer that keeps combining marks in words.
import { createRequire } from "node:module";
import { rmSync, writeFileSync, readFileSync, statSync } from "node:fs";
const N = 10000;
const BN = "ইউক্রেনের বিমান বাহিনী ঘোষণা করেছে যে রাশিয়া ৪৮টি ড্রোন ছুড়েছে, যার মধ্যে ৩১টি ভূপাতিত করা হয়েছে।";
const RU = "Минобороны России сообщило, что над Брянской областью сбиты 12 беспилотников.";
const VI = "Theo Yonhap, Triều Tiên đã chuyển khoảng 8.000 quân tới Nga.";
const rows = Array.from({ length: N }, (_, i) => [i, `${[BN, RU, VI][i % 3]} ${i} ${"filler text ".repeat(40)}`]);
const TOK = `tokenize="unicode61 remove_diacritics 0 categories 'L* N* Co M*'"`;
const QUERIES = [['"ইউক্রেন"*', 1], ['"ভূপাতিত"*', 1], ['"брянской"*', 1], ['"triều"*', 1]];
const out = {};

async function sqliteLike(name, open, save) {
  const db = await open();
  db.exec(`CREATE TABLE a (id INTEGER PRIMARY KEY, body TEXT); CREATE VIRTUAL TABLE f USING fts5(body, ${TOK});`);
  const t0 = performance.now();
  for (let i = 0; i < N; i += 64) {
    db.exec("BEGIN");
    for (const [id, body] of rows.slice(i, i + 64)) { db.run("INSERT INTO a VALUES (?, ?)", [id, body]); db.run("INSERT INTO f (rowid, body) VALUES (?, ?)", [id, body]); }
    db.exec("COMMIT");
    await save?.(db);
  }
  const ms = performance.now() - t0;
  const fts = QUERIES.map(([q]) => db.count(`SELECT count(*) AS n FROM f WHERE f MATCH ?`, [q]));
  const dflt = (() => { db.exec("CREATE VIRTUAL TABLE g USING fts5(body)"); db.run("INSERT INTO g (rowid, body) VALUES (1, ?)", [BN]); return db.count("SELECT count(*) AS n FROM g WHERE g MATCH ?", ['"ইউক্রেন"*']); })();
  out[name] = { rowsPerSec: Math.round(N / ms * 1000), ftsHits: fts, defaultTokenizerBengaliHits: dflt };
}

const req = (dir) => createRequire(`/tmp/engine-eval/${dir}/node_modules/`);
// better-sqlite3: a file in WAL mode, commits as they happen.
{
  const Database = req("better-sqlite3_12.11.1")("better-sqlite3");
  rmSync("/tmp/engine-eval/b.db", { force: true }); rmSync("/tmp/engine-eval/b.db-wal", { force: true });
  await sqliteLike("better-sqlite3 (file, WAL, each commit durable)", async () => {
    const d = new Database("/tmp/engine-eval/b.db"); d.pragma("journal_mode = WAL"); d.pragma("synchronous = NORMAL");
    return { exec: (s) => d.exec(s), run: (s, p) => d.prepare(s).run(...p), count: (s, p) => d.prepare(s).get(...p).n };
  });
}
// sql.js: the database lives in memory; durability means writing the whole file out after each commit.
{
  const initSqlJs = req("sql.js_1.16.0")("sql.js");
  const SQL = await initSqlJs();
  const mk = async () => { const d = new SQL.Database(); return { d, exec: (s) => d.exec(s), run: (s, p) => d.run(s, p), count: (s, p) => { const st = d.prepare(s); st.bind(p); st.step(); const n = st.getAsObject().n; st.free(); return n; } }; };
  try { await sqliteLike("sql.js (memory only, never saved)", mk); } catch (e) { out["sql.js"] = String(e.message); }
  try {
    let k = 0;
    await sqliteLike("sql.js (whole file written after every 10th commit)", mk, async (db) => { if (++k % 10 === 0) writeFileSync("/tmp/engine-eval/s.db", db.d.export()); });
  } catch (e) { out["sql.js save"] = String(e.message); }
}
// PGlite: PostgreSQL in WASM, a data directory on disk.
{
  const { PGlite } = await import("/tmp/engine-eval/_electric-sql_pglite_0.5.16/node_modules/@electric-sql/pglite/dist/index.js");
  rmSync("/tmp/engine-eval/pgdata", { recursive: true, force: true });
  const t00 = performance.now();
  const db = new PGlite("/tmp/engine-eval/pgdata");
  await db.query("CREATE TABLE a (id int primary key, body text)");
  const start = performance.now() - t00;
  const t0 = performance.now();
  for (let i = 0; i < N; i += 64) {
    await db.transaction(async (tx) => { for (const [id, body] of rows.slice(i, i + 64)) await tx.query("INSERT INTO a VALUES ($1, $2)", [id, body]); });
  }
  const ms = performance.now() - t0;
  const hits = [];
  for (const w of ["ইউক্রেন", "ভূপাতিত", "брянской", "triều"]) hits.push(Number((await db.query("SELECT count(*) AS n FROM a WHERE to_tsvector('simple', body) @@ to_tsquery('simple', $1)", [w + ":*"])).rows[0].n));
  out["pglite (file)"] = { rowsPerSec: Math.round(N / ms * 1000), startMs: Math.round(start), ftsHits: hits };
  await db.close();
}
console.log(JSON.stringify(out, null, 1));
