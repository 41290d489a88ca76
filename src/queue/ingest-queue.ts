// A fleet of ingest workers on PostgreSQL through pg-boss (not a queue of our own): `ingest
// --queue` turns every input into raw articles and enqueues each as one job; `worker` takes jobs,
// extracts and stores them. A worker killed mid-job loses nothing: its job stays active until it
// expires, then pg-boss hands it to another worker. Nothing is stored twice: the job id is derived
// from the article's content and URLs (enqueueing the same input twice adds no job), and the store
// dedups by text hash and URL, so a retried job whose first run had committed finds its article.
import { createHash } from "node:crypto";
import PgBoss from "pg-boss";
import type { RawArticle, Unit } from "../ingest/sources.js";
import { prepareArticles, type BuildOptions } from "../ingest/run.js";
import { extractDocument } from "../engine/extract.js";
import type { Document } from "../types.js";
import type { Store } from "../store/types.js";
import type { PutArticleInput, PutStatus } from "../store/types.js";
import { StoreError } from "../store/driver.js";

export const INGEST_QUEUE = "claimtrace-ingest";

export interface IngestJob {
  raw: RawArticle;
  lang?: string;
  date?: string;
}

export interface QueueTiming {
  /** A job not finished this long after a worker took it is retried elsewhere (a killed worker). */
  jobTimeoutSeconds: number;
  /** Attempts after the first. */
  retryLimit: number;
}

export const DEFAULT_TIMING: QueueTiming = { jobTimeoutSeconds: 300, retryLimit: 5 };

/** The job id: a UUID made of the SHA-256 of what is stored (kind, content, URLs). */
export function jobId(raw: RawArticle): string {
  const h = createHash("sha256").update(`${raw.kind}\0${raw.content}\0${raw.urls.join("\n")}`).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export async function openBoss(db: string, opts: { maintenanceSeconds?: number } = {}): Promise<PgBoss> {
  const boss = new PgBoss({ connectionString: db, max: 4, maintenanceIntervalSeconds: opts.maintenanceSeconds ?? 30, schedule: false });
  boss.on("error", (e) => process.stderr.write(`claimtrace: queue: ${e.message.split("\n")[0]}\n`));
  await boss.start();
  await boss.createQueue(INGEST_QUEUE); // no-op when it exists
  return boss;
}

/** Expands units (NDJSON lines, feed items) into raw articles, each a job; failures are returned, one per input. */
export async function enqueueUnits(
  boss: PgBoss,
  units: Unit[],
  opts: BuildOptions & { timing?: QueueTiming },
): Promise<{ queued: number; failed: Array<{ origin: string; reason: string }> }> {
  const timing = opts.timing ?? DEFAULT_TIMING;
  const failed: Array<{ origin: string; reason: string }> = [];
  let queued = 0;
  let batch: PgBoss.JobInsert<IngestJob>[] = [];
  const flush = async () => {
    if (!batch.length) return;
    await boss.insert(batch);
    queued += batch.length;
    batch = [];
  };
  const walk = async (list: AsyncIterable<Unit> | Iterable<Unit>): Promise<void> => {
    for await (const u of list) {
      try {
        const loaded = await u.load();
        if ("expand" in loaded) {
          await walk(loaded.expand);
          continue;
        }
        batch.push({
          name: INGEST_QUEUE,
          id: jobId(loaded.article),
          data: { raw: loaded.article, lang: opts.lang, date: opts.date },
          expireInSeconds: timing.jobTimeoutSeconds,
          retryLimit: timing.retryLimit,
          retryDelay: 1,
        });
        if (batch.length >= 500) await flush();
      } catch (e) {
        failed.push({ origin: u.origin, reason: (e as Error).message.split("\n")[0]! });
      }
    }
  };
  await walk(units);
  await flush();
  return { queued, failed };
}

export interface WorkerStats {
  /** Jobs taken, and how they ended. */
  jobs: number;
  stored: number;
  failed: number;
  /** Batches fetched with at least one job. */
  batches: number;
  /** Wall time, ms, in: fetching jobs (queue), building and extracting (CPU), storing (PostgreSQL), completing jobs (queue), waiting for work. */
  fetchMs: number;
  extractMs: number;
  storeMs: number;
  completeMs: number;
  idleMs: number;
  /** CPU time, ms, of the engine alone (extractDocument, measured around each synchronous call). */
  engineCpuMs: number;
}

export interface WorkerHandle {
  /** Takes no new batch; resolves when the batches in hand are stored and their jobs completed. */
  stop(): Promise<void>;
  readonly stats: WorkerStats;
}

export interface WorkerOptions {
  extractorVersion: number;
  /** Batches worked on at once: while one is extracted (CPU), another is fetched or stored (I/O). */
  concurrency: number;
  /** Jobs taken per fetch and stored in one transaction. */
  batchSize: number;
  /** Wait between fetches when the queue is empty, ms. */
  idleMs?: number;
  onDone?: (origin: string, outcome: PutStatus | "failed", reason?: string) => void;
}

type Job = PgBoss.Job<IngestJob>;

/**
 * Works the queue: each of `concurrency` loops fetches up to `batchSize` jobs, extracts them and
 * stores them in one transaction, then completes them, and fetches again at once (pg-boss's own
 * `work()` waits its polling interval after every batch, which capped a worker at two jobs a
 * second). A bad input completes its job with the reason (retrying cannot fix it); a store
 * failure fails the batch's jobs, so pg-boss retries them. A job completes only after its article
 * is committed, so a worker killed at any point leaves its jobs active: they expire and are retried
 * elsewhere, and the store's unique text hash makes a retry of a committed article a duplicate.
 */
export function startWorker(boss: PgBoss, store: Store, opts: WorkerOptions): WorkerHandle {
  const stats: WorkerStats = { jobs: 0, stored: 0, failed: 0, batches: 0, fetchMs: 0, extractMs: 0, storeMs: 0, completeMs: 0, idleMs: 0, engineCpuMs: 0 };
  const extract = (doc: Document) => {
    const c = process.cpuUsage();
    try {
      return extractDocument(doc);
    } finally {
      const d = process.cpuUsage(c);
      stats.engineCpuMs += (d.user + d.system) / 1000;
    }
  };
  let stopping = false;
  const sleepers = new Set<() => void>();
  const sleep = (ms: number) => new Promise<void>((resolve) => {
    const wake = () => { clearTimeout(t); sleepers.delete(wake); resolve(); };
    const t = setTimeout(wake, ms);
    sleepers.add(wake);
  });
  const since = (t: number) => performance.now() - t;
  const fail = (job: Job, reason: string) => {
    stats.failed++;
    opts.onDone?.(job.data.raw.origin, "failed", reason);
  };

  const work = async (jobs: Job[]): Promise<void> => {
    let t = performance.now();
    const ready: Array<{ job: Job; input: PutArticleInput }> = [];
    const bad: Array<{ job: Job; reason: string }> = [];
    // The batch's duplicates are looked up in two statements for all its jobs (one round trip per
    // job was a third of a worker's round trips); jobs of one batch share their options (one
    // `ingest --queue` run), else they are prepared in groups of the same options.
    const groups = new Map<string, Job[]>();
    for (const job of jobs) {
      const k = `${job.data.lang ?? ""}\0${job.data.date ?? ""}`;
      groups.set(k, [...(groups.get(k) ?? []), job]);
    }
    for (const group of groups.values()) {
      const { lang, date } = group[0]!.data;
      const prepared = await prepareArticles(store, group.map((j) => j.data.raw), { extractorVersion: opts.extractorVersion, extract, lang: lang as BuildOptions["lang"], date });
      prepared.forEach((p, k) => {
        const job = group[k]!;
        if ("input" in p) ready.push({ job, input: p.input });
        else if (p.error instanceof StoreError) throw p.error;
        else bad.push({ job, reason: (p.error as Error).message.split("\n")[0]! });
      });
    }
    stats.extractMs += since(t);
    t = performance.now();
    let results: Array<{ id: number; status: PutStatus } | { error: string }>;
    try {
      results = await store.putArticles(ready.map((r) => r.input));
    } catch (e) {
      if (e instanceof StoreError) throw e;
      // One article the store rejects must not take its batch down: store them one by one.
      results = [];
      for (const r of ready) {
        try {
          results.push(await store.putArticle(r.input));
        } catch (err) {
          if (err instanceof StoreError) throw err;
          results.push({ error: (err as Error).message.split("\n")[0]! });
        }
      }
    }
    stats.storeMs += since(t);
    t = performance.now();
    const ok: string[] = [];
    ready.forEach((r, k) => {
      const res = results[k]!;
      if ("error" in res) bad.push({ job: r.job, reason: res.error });
      else {
        ok.push(r.job.id);
        stats.stored++;
        opts.onDone?.(r.job.data.raw.origin, res.status);
      }
    });
    if (ok.length) await boss.complete(INGEST_QUEUE, ok);
    for (const b of bad) {
      await boss.complete(INGEST_QUEUE, b.job.id, { failed: b.reason });
      fail(b.job, b.reason);
    }
    stats.completeMs += since(t);
  };

  const loop = async (): Promise<void> => {
    while (!stopping) {
      let t = performance.now();
      let jobs: Job[];
      try {
        jobs = await boss.fetch<IngestJob>(INGEST_QUEUE, { batchSize: opts.batchSize });
      } catch (e) {
        process.stderr.write(`claimtrace: queue: ${(e as Error).message.split("\n")[0]}\n`);
        jobs = [];
      }
      stats.fetchMs += since(t);
      if (!jobs.length) {
        t = performance.now();
        await sleep(opts.idleMs ?? 500);
        stats.idleMs += since(t);
        continue;
      }
      stats.jobs += jobs.length;
      stats.batches++;
      try {
        await work(jobs);
      } catch (e) {
        // The store failing: the jobs go back to the queue (pg-boss retries them after retryDelay).
        const reason = (e as Error).message.split("\n")[0]!;
        process.stderr.write(`claimtrace: worker: ${reason} (${jobs.length} jobs returned to the queue)\n`);
        await boss.fail(INGEST_QUEUE, jobs.map((j) => j.id)).catch(() => undefined);
        await sleep(1000);
      }
    }
  };
  const loops = Array.from({ length: Math.max(1, opts.concurrency) }, loop);
  return {
    stats,
    async stop() {
      stopping = true;
      for (const wake of [...sleepers]) wake();
      await Promise.all(loops);
    },
  };
}

/** Jobs not yet done (waiting, retrying or being worked on). */
export async function pendingJobs(boss: PgBoss): Promise<number> {
  return boss.getQueueSize(INGEST_QUEUE, { before: "completed" });
}
