// A fleet of ingest workers on PostgreSQL through pg-boss (not a queue of our own): `ingest
// --queue` turns every input into raw articles and enqueues each as one job; `worker` takes jobs,
// extracts and stores them. A worker killed mid-job loses nothing: its job stays active until it
// expires, then pg-boss hands it to another worker. Nothing is stored twice: the job id is derived
// from the article's content and URLs (enqueueing the same input twice adds no job), and the store
// dedups by text hash and URL, so a retried job whose first run had committed finds its article.
import { createHash } from "node:crypto";
import PgBoss from "pg-boss";
import type { RawArticle, Unit } from "../ingest/sources.js";
import { ingestArticle, type BuildOptions } from "../ingest/run.js";
import type { Store } from "../store/types.js";
import type { PutStatus } from "../store/types.js";
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

export interface WorkerHandle {
  stop(): Promise<void>;
}

/**
 * Works the queue with `concurrency` jobs at once. A bad input completes its job with the reason
 * (retrying cannot fix it); a store failure fails the job, so pg-boss retries it.
 */
export async function startWorker(
  boss: PgBoss,
  store: Store,
  opts: { extractorVersion: number; concurrency: number; onDone?: (origin: string, outcome: PutStatus | "failed", reason?: string) => void },
): Promise<WorkerHandle> {
  for (let i = 0; i < opts.concurrency; i++) {
    await boss.work<IngestJob>(INGEST_QUEUE, { batchSize: 1, pollingIntervalSeconds: 0.5 }, async ([job]) => {
      const { raw, lang, date } = job!.data;
      try {
        const r = await ingestArticle(store, raw, { extractorVersion: opts.extractorVersion, concurrency: 1, lang: lang as BuildOptions["lang"], date });
        opts.onDone?.(raw.origin, r.status);
        return { id: r.id, status: r.status };
      } catch (e) {
        if (e instanceof StoreError) throw e;
        const reason = (e as Error).message.split("\n")[0]!;
        opts.onDone?.(raw.origin, "failed", reason);
        return { failed: reason };
      }
    });
  }
  return { stop: () => boss.offWork(INGEST_QUEUE) };
}

/** Jobs not yet done (waiting, retrying or being worked on). */
export async function pendingJobs(boss: PgBoss): Promise<number> {
  return boss.getQueueSize(INGEST_QUEUE, { before: "completed" });
}
