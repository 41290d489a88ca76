// The HTTP API and the dashboard on one port. Reads are open; the one write (POST /api/ingest)
// needs the bearer token fixed at start. Bodies are size-limited, query parameters validated, and
// every error is one line of JSON, never a stack.
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { ClaimSort, Store, StoredClaim, TimelineBy } from "../store/types.js";
import { StoreError } from "../store/driver.js";
import { CONTENT_TYPE, claimReview, csvHeader, csvRows, EXPORT_FORMATS, exportFileName, ndjsonLine, type ExportFormat, type Reviewer } from "./exporters.js";
import { requireToken } from "./auth.js";
import { ingestOne } from "./ingest.js";
import { DEFAULT_EXTRACT_BUDGET_MS, ExtractPool, ExtractRefused } from "./extract-pool.js";
import { MeasureCache } from "./measure-cache.js";
import { CountCache, FacetCache } from "./facet-cache.js";
import { BadRequest, idSchema, parse, toArticleFilter, toClaimFilter, toClaimSort, toPage, toTimelineAll, toTimelineBy } from "./params.js";
import { CSP, staticFile, STATIC_ROUTES } from "./static.js";
import { measureSummary, measureDetail, detailQuerySchema, filterMeasures, filterHeads, headSummary, measureQuerySchema, seriesDetail, seriesList, seriesQuerySchema } from "./measure-views.js";
import { z } from "zod";
import { openApiDocument } from "./openapi.js";
import { languages } from "../lang/index.js";
import { vocabulary } from "../query/vocabulary.js";
import { claimQueryWarnings } from "../query/warnings.js";

export interface AppOptions {
  store: Store;
  /** Bearer token for writes; null disables writes. */
  token: string | null;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes?: number;
  /** Largest export through the API, in claims. */
  maxExport?: number;
  /** How long measures are reused before the store is checked for changes. */
  measureTtlMs?: number;
  /** Build measures right away instead of on the first request (the server does; tests need not). */
  warmMeasures?: boolean;
  /** Claims counted for a listing's total before it becomes "at least" (default LISTING_COUNT_CAP). */
  countCap?: number;
  /** The same with free text (default TEXT_COUNT_CAP; never above countCap). */
  textCountCap?: number;
  /** Longest one article may take to extract, ms (default 15 s). */
  extractBudgetMs?: number;
  /**
   * Absolute URL the server is reached at (e.g. https://claims.example.org), for links in exports.
   * Without it links are relative: never built from the request's Host header, which the client sets.
   */
  publicUrl?: string | null;
  /** Who publishes the ClaimReviews of /api/export?format=jsonld (default: claimtrace). */
  reviewer?: Reviewer;
}

import { DEFAULT_MAX_BODY } from "./defaults.js";
export { DEFAULT_MAX_BODY };


export function createApp(opts: AppOptions): Hono & { extractPool: ExtractPool } {
  const { store } = opts;
  const maxExport = opts.maxExport ?? 100_000;
  const measures = new MeasureCache(store, opts.measureTtlMs ?? 5_000);
  if (opts.warmMeasures) measures.warm();
  const facets = new FacetCache(store, opts.measureTtlMs ?? 5_000);
  // The dashboard's timeline (by stance, by kind) and map: grouped counts, kept like the facets.
  const ttl = opts.measureTtlMs ?? 5_000;
  const timeline = (by: TimelineBy, all: boolean) => new CountCache(store, (f) => store.timeline(f, by, { all }), ttl);
  const timelines = { stance: [timeline("stance", false), timeline("stance", true)], kind: [timeline("kind", false), timeline("kind", true)] };
  const places = new CountCache(store, (f) => store.places(f), ttl);
  const extractPool = new ExtractPool({ budgetMs: opts.extractBudgetMs ?? DEFAULT_EXTRACT_BUDGET_MS });
  const app = Object.assign(new Hono(), { extractPool });

  app.use("*", async (c, next) => {
    await next();
    c.header("X-Content-Type-Options", "nosniff");
    c.header("Referrer-Policy", "no-referrer");
    c.header("Content-Security-Policy", CSP);
  });

  app.onError((err, c) => {
    if (err instanceof BadRequest) return c.json({ error: err.message }, 400);
    if (err instanceof SyntaxError) return c.json({ error: "body is not valid JSON" }, 400);
    if (err instanceof ExtractRefused) return c.json({ error: err.message }, err.status);
    // The database went away (restart, failover, network): the request may succeed when retried.
    if (err instanceof StoreError) {
      c.header("Retry-After", "1");
      return c.json({ error: `store unavailable, try again: ${err.message.split("\n")[0]}` }, 503);
    }
    if (process.env.CLAIMTRACE_DEBUG) console.error(err);
    return c.json({ error: `internal error: ${err.message.split("\n")[0]}` }, 500);
  });
  app.notFound((c) => c.json({ error: `not found: ${c.req.method} ${new URL(c.req.url).pathname}` }, 404));

  // ---- dashboard ------------------------------------------------------------------------------
  for (const route of STATIC_ROUTES) {
    app.get(route, (c) => {
      const f = staticFile(route)!;
      c.header("Content-Type", f.type);
      c.header("Cache-Control", route === "/" ? "no-cache" : "public, max-age=300");
      return c.body(f.body);
    });
  }
  app.get("/openapi.json", (c) => {
    c.header("Content-Type", "application/json; charset=utf-8");
    return c.body(openApiDocument());
  });
  app.get("/api/languages", (c) => c.json({ items: languages() }));

  // ---- reads ----------------------------------------------------------------------------------
  app.get("/api/health", async (c) => c.json({ ok: true, backend: store.backend, ...(await store.stats()) }));

  app.get("/api/claims", async (c) => {
    const q = c.req.query();
    const filter = toClaimFilter(q), page = toPage(q), sort = toClaimSort(q);
    // The total is exact up to LISTING_COUNT_CAP matches (TEXT_COUNT_CAP with free text), then
    // "at least" (total_exact: false).
    const cap = opts.countCap ?? LISTING_COUNT_CAP;
    const countUpTo = filter.q !== undefined ? Math.min(cap, opts.textCountCap ?? TEXT_COUNT_CAP) : cap;
    const { total, rows, totalExact } = await store.listClaims(filter, { ...page, countUpTo }, sort);
    // Never a silent empty result: unknown values, and why nothing matched, with the closest values.
    const warnings = await claimQueryWarnings(store, filter, total);
    return c.json({ total, total_exact: totalExact !== false, limit: page.limit, offset: page.offset, ...(sort ? { sort: sort.by, order: sort.order } : {}), items: rows, warnings });
  });

  app.get("/api/vocabulary", (c) => c.json(vocabulary()));

  // The dashboard's timeline and map: counts under the same filters as /api/claims.
  app.get("/api/timeline", async (c) => {
    const q = c.req.query();
    const by = toTimelineBy(q);
    // Every match (all=1) is a cache of its own: its points are not those of the sample.
    return c.json({ by, ...await timelines[by][toTimelineAll(q) ? 1 : 0].get(toClaimFilter(q)) });
  });

  app.get("/api/places", async (c) => c.json(await places.get(toClaimFilter(c.req.query()))));

  app.get("/api/facets", async (c) => c.json(await facets.get(toClaimFilter(c.req.query()))));

  app.get("/api/articles", async (c) => {
    const q = c.req.query();
    const page = toPage(q);
    const { total, rows } = await store.listArticles(toArticleFilter(q), page);
    return c.json({ total, limit: page.limit, offset: page.offset, items: rows });
  });

  app.get("/api/articles/:id", async (c) => {
    const id = parse(idSchema, c.req.param("id"));
    const a = await store.getArticle(id);
    return a ? c.json(a) : c.json({ error: `no article ${id}` }, 404);
  });

  app.get("/api/measures", async (c) => {
    const q = parse(measureQuerySchema, c.req.query());
    if (measures.maintained) {
      // `building`: measures are still being filed or rebuilt after a change; the list may lag behind.
      const { heads, building } = await measures.index();
      const all = filterHeads(heads, q);
      return c.json({ total: all.length, limit: q.limit, offset: q.offset, items: all.slice(q.offset, q.offset + q.limit).map(headSummary), ...(building ? { building } : {}) });
    }
    const snap = await measures.get();
    const all = filterMeasures(snap.measures, q);
    return c.json({ total: all.length, limit: q.limit, offset: q.offset, items: all.slice(q.offset, q.offset + q.limit).map(measureSummary) });
  });

  app.get("/api/measures/:id", async (c) => {
    const id = c.req.param("id");
    // One page of its growing lists (statements, chart rows, history points, origins): `offset` and `limit` page through them.
    const q = parse(detailQuerySchema, c.req.query());
    if (measures.maintained) {
      const json = await measures.detail(id, q.offset, q.limit);
      return json ? c.body(json, 200, { "content-type": "application/json" }) : c.json({ error: `no measure ${id}` }, 404);
    }
    const snap = await measures.get();
    const m = snap.byId.get(id);
    return m ? c.json(measureDetail(m, snap.measures, q)) : c.json({ error: `no measure ${id}` }, 404);
  });

  app.get("/api/series", async (c) => c.json(seriesList((await measures.get()).measures, parse(seriesQuerySchema, c.req.query()))));

  app.get("/api/series/:id", async (c) => {
    const id = c.req.param("id");
    const d = seriesDetail((await measures.get()).measures, id);
    return d ? c.json(d) : c.json({ error: `no series ${id}` }, 404);
  });

  app.get("/api/export", async (c) => {
    const q = c.req.query();
    const format = parse(z.enum(EXPORT_FORMATS as [ExportFormat, ...ExportFormat[]]).default("ndjson"), q.format) as ExportFormat;
    const filter = toClaimFilter(q), sort = toClaimSort(q);
    const limit = parse(z.coerce.number().int().min(1).max(maxExport).default(maxExport), q.limit);
    // bom=1: a UTF-8 byte order mark before a CSV, so spreadsheets read it as UTF-8.
    const bom = parse(z.enum(["1", "true", "0", "false"]).optional(), q.bom);
    const csv = format === "csv" || format === "csv-numbers" ? format : null;
    const standings = format === "jsonld" ? (await measures.get()).standings : null;
    // Links to the dashboard: from the configured public URL, else relative (never from Host).
    const base = opts.publicUrl ? opts.publicUrl.replace(/\/+$/, "") : "";
    const pages = claimPages(store, filter, limit, sort);
    // The first page is read before answering, so a failing query is a status code (400, 503),
    // not a 200 whose stream stops; a later failure aborts the stream, never ends it as if complete.
    let pending: IteratorResult<StoredClaim[]> | null = await pages.next();
    let started = false, written = 0;
    const enc = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      async pull(ctl) {
        let next: IteratorResult<StoredClaim[]>;
        try {
          next = pending ?? (await pages.next());
        } catch (e) {
          ctl.error(e);
          return;
        }
        pending = null;
        let out = "";
        if (!started) out += csv ? csvHeader(csv, bom === "1" || bom === "true") : format === "jsonld" ? "[\n" : "";
        started = true;
        if (next.done) {
          if (format === "jsonld") out += "\n]\n";
          if (out) ctl.enqueue(enc.encode(out));
          ctl.close();
          return;
        }
        for (const cl of next.value) {
          if (csv) out += csvRows(cl, csv);
          else if (format === "ndjson") out += ndjsonLine(cl);
          else out += (written++ ? ",\n" : "") + JSON.stringify(claimReview(cl, standings!.get(String(cl.id)), base, opts.reviewer));
        }
        ctl.enqueue(enc.encode(out));
      },
    });
    c.header("Content-Type", CONTENT_TYPE[format]);
    c.header("Content-Disposition", `attachment; filename="${exportFileName(format)}"`);
    return c.body(body);
  });

  // ---- writes ---------------------------------------------------------------------------------
  const maxBody = opts.maxBodyBytes ?? DEFAULT_MAX_BODY;
  app.post(
    "/api/ingest",
    requireToken(opts.token),
    bodyLimit({ maxSize: maxBody, onError: (c) => c.json({ error: `request body is larger than ${maxBody} bytes` }, 413) }),
    async (c) => {
      if (!/^application\/json\b/i.test(c.req.header("content-type") ?? "")) {
        return c.json({ error: "send the article as application/json: {\"text\": \"…\"}" }, 415);
      }
      const r = await ingestOne(store, extractPool, await c.req.json());
      measures.invalidate();
      for (const cache of [facets, ...timelines.stance, ...timelines.kind, places]) cache.invalidate();
      return c.json(r, r.status === "inserted" ? 201 : 200);
    },
  );

  return app;
}

/**
 * Most matches a listing counts (/api/claims): past it the total is given as this many with
 * total_exact false ("10,000+"). Counting every match of a broad filter over a million claims
 * costs a walk over all of them; a page needs only its own rows.
 */
export const LISTING_COUNT_CAP = 10_000;

/**
 * Most matches a free-text listing counts. A word index says which claims hold a word, not how
 * many of them pass the rest of the query cheaply: on PostgreSQL a capped count of a frequent
 * word is a scan that stops at the cap (about 0.8 µs per claim read), or an index bitmap of every
 * match followed by a row fetch per counted match; either costs 100 ms and more at 10,000 matches
 * in a million claims (bench/api.bench.ts), and 20-45 ms at 1,000. A search that finds more than
 * a thousand claims is one to narrow, and "1,000+" says so.
 */
export const TEXT_COUNT_CAP = 1_000;

/** The selection in pages of 1,000, at most `limit` claims, in the listing's order (or `sort`'s). */
async function* claimPages(store: Store, filter: ReturnType<typeof toClaimFilter>, limit: number, sort?: ClaimSort): AsyncGenerator<StoredClaim[]> {
  for (let offset = 0; offset < limit; offset += 1000) {
    const { rows } = await store.listClaims(filter, { limit: Math.min(1000, limit - offset), offset, countUpTo: 0 }, sort);
    if (rows.length) yield rows;
    if (rows.length < Math.min(1000, limit - offset)) return;
  }
}
