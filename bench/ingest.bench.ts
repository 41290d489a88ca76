// Ingest throughput on 10,000 generated articles (bn/en/vi/ru, ~2-3 claims each), into the
// embedded store and into PostgreSQL. Three figures per store:
//   store    the store's writes alone, extraction done beforehand: putArticles in groups of 64
//            (as ingest writes), and putArticle one transaction per article for comparison;
//   pipeline the whole ingest path on the same 10,000 texts (language, text ingest, extraction,
//            dedup check, store), as `claimtrace ingest` runs it, from memory;
//   files    `runIngest` over 1,000 files on disk (reads, charsets, units, worker pool).
// Environment: BENCH_ARTICLES (default 10000), BENCH_BACKENDS (default "sqlite,postgres").
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Store } from "../src/store/types.js";
import type { Document, ExtractResult } from "../src/types.js";
import { generateArticle } from "../test/ingest.generate.js";
import { createTestDatabase, dropTestDatabase } from "../test/store.pg.js";
import { fromDist } from "./support/built.js";
const { openStore } = await fromDist<typeof import("../src/store/index.js")>("store/index.js");
const { contentHash } = await fromDist<typeof import("../src/store/hash.js")>("store/hash.js");
const { buildDocument, runIngest } = await fromDist<typeof import("../src/ingest/run.js")>("ingest/run.js");
const { collectUnits } = await fromDist<typeof import("../src/ingest/sources.js")>("ingest/sources.js");
const { DEFAULT_FETCH } = await fromDist<typeof import("../src/ingest/fetch.js")>("ingest/fetch.js");
const { extractDocument } = await fromDist<typeof import("../src/engine/extract.js")>("engine/extract.js");
const { EXTRACTOR_VERSION } = await fromDist<typeof import("../src/version.js")>("version.js");

const N = Number(process.env.BENCH_ARTICLES ?? 10_000);
const FILES = Math.min(N, 1000);
const BACKENDS = (process.env.BENCH_BACKENDS ?? "sqlite,postgres").split(",");
const tmp = mkdtempSync(join(tmpdir(), "claimtrace-bench-ingest-"));

const rate = (n: number, ms: number) => `${Math.round((n / ms) * 1000).toLocaleString("en-US")} articles/s`;
const line = (label: string, s: string) => process.stdout.write(`  ${label.padEnd(40)} ${s}\n`);
const cpu = (c0: NodeJS.CpuUsage) => { const c = process.cpuUsage(c0); return ((c.user + c.system) / 1e6).toFixed(1); };

// Inputs: raw texts, and (for the store-only figure) their documents and extraction results.
const raws = Array.from({ length: N }, (_, i) => {
  const a = generateArticle(i);
  return { origin: `bench:${i}`, kind: "text" as const, content: a.text, urls: [`https://bench.example/${a.lang}/${i}`], baseUrl: null, hints: { published: a.published } };
});
let t = performance.now();
const prepared: Array<{ doc: Document; result: ExtractResult; hash: string; urls: string[] }> = raws.map((r) => {
  const doc = buildDocument(r);
  return { doc, result: extractDocument(doc), hash: contentHash(doc.text), urls: r.urls };
});
const extractMs = performance.now() - t;
const claims = prepared.reduce((n, p) => n + p.result.claims.length, 0);
const quantities = prepared.reduce((n, p) => n + p.result.claims.reduce((m, c) => m + c.quantities.length, 0), 0);
process.stdout.write(`ingest: ${N.toLocaleString("en-US")} generated articles, ${claims.toLocaleString("en-US")} claims, ${quantities.toLocaleString("en-US")} quantities\n`);
line("extraction alone (no store)", rate(N, extractMs));

const fileDir = join(tmp, "files");
mkdirSync(fileDir);
for (let i = 0; i < FILES; i++) writeFileSync(join(fileDir, `a${String(i).padStart(5, "0")}.txt`), raws[i].content);

async function withStore<T>(backend: string, fn: (store: Store, spec: string) => Promise<T>): Promise<T> {
  const spec = backend === "sqlite" ? join(tmp, `bench-${Math.random().toString(36).slice(2)}.db`) : await createTestDatabase("claimtrace_bench_ingest");
  const store = await openStore(spec);
  try {
    return await fn(store, spec);
  } finally {
    await store.close();
    if (backend === "postgres") await dropTestDatabase(spec);
  }
}

for (const backend of BACKENDS) {
  process.stdout.write(`${backend}:\n`);
  try {
    await withStore(backend, async (store, spec) => {
      // What ingest does: groups of 64 articles per transaction.
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      for (let i = 0; i < N; i += 64) {
        await store.putArticles(prepared.slice(i, i + 64).map((p) => ({ doc: p.doc, urls: p.urls, contentHash: p.hash, result: p.result, extractorVersion: EXTRACTOR_VERSION })));
      }
      const ms = performance.now() - t0;
      const s = await store.stats();
      if (s.articles !== N || s.claims !== claims) throw new Error(`stored ${s.articles} articles / ${s.claims} claims, expected ${N} / ${claims}`);
      line(`store, groups of 64 (${N})`, `${rate(N, ms)}  (${(ms / 1000).toFixed(1)} s wall, ${cpu(c0)} s CPU here${backend === "sqlite" ? `, file ${(statSync(spec).size / 1048576).toFixed(0)} MB` : ""})`);
      // Re-ingesting the same articles: every one a duplicate, found by hash before extraction.
      const t1 = performance.now();
      for (const p of prepared) await store.findArticle({ contentHash: p.hash, urls: p.urls, lang: p.doc.meta.lang });
      line("duplicate check (findArticle)", rate(N, performance.now() - t1));
    });
    await withStore(backend, async (store) => {
      // One transaction per article (putArticle), for comparison: a commit per article.
      const M = Math.min(N, 2000);
      const t0 = performance.now();
      for (const p of prepared.slice(0, M)) {
        await store.putArticle({ doc: p.doc, urls: p.urls, contentHash: p.hash, result: p.result, extractorVersion: EXTRACTOR_VERSION });
      }
      line(`store, one per transaction (${M})`, rate(M, performance.now() - t0));
    });
    await withStore(backend, async (store) => {
      const t0 = performance.now();
      const units = raws.map((r) => ({ origin: r.origin, load: async () => ({ article: r }) }));
      const s = await runIngest(units, store, { extractorVersion: EXTRACTOR_VERSION, concurrency: 4 });
      if (s.ingested !== N) throw new Error(`pipeline stored ${s.ingested}`);
      line(`pipeline (${N} texts, extraction incl.)`, rate(N, performance.now() - t0));
    });
    await withStore(backend, async (store) => {
      const t0 = performance.now();
      const s = await runIngest(await collectUnits([fileDir], [], { fetch: DEFAULT_FETCH, maxBytes: 20 << 20 }), store, { extractorVersion: EXTRACTOR_VERSION, concurrency: 4 });
      if (s.ingested !== FILES) throw new Error(`files stored ${s.ingested}`);
      line(`files (${FILES} .txt from disk)`, rate(FILES, performance.now() - t0));
    });
  } catch (e) {
    line("unavailable", (e as Error).message.split("\n")[0]);
  }
}
rmSync(tmp, { recursive: true, force: true });
