// Extraction off the server's event loop: a small pool of worker threads (piscina), so a large or
// pathological article never holds up other requests. Each article has a time budget counted from
// when a worker starts on it; over budget, the worker is terminated (piscina replaces it) and the
// request gets a one-line error. A full queue is "busy" (503), not an ever-growing backlog.
import { availableParallelism } from "node:os";
import { MessageChannel } from "node:worker_threads";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import type { Document, ExtractResult } from "../types.js";
import type { ExtractReply, ExtractTask } from "./extract-worker.js";

export interface ExtractPoolOptions {
  /** Longest one article may take in a worker, ms. */
  budgetMs: number;
  threads?: number;
  /** Articles waiting for a worker before new ones are refused. */
  maxQueue?: number;
}

/** Why an article was not extracted, with the HTTP status that says so. */
export class ExtractRefused extends Error {
  constructor(message: string, readonly status: 400 | 422 | 503) {
    super(message);
    this.name = "ExtractRefused";
  }
}

import { DEFAULT_EXTRACT_BUDGET_MS } from "./defaults.js";
export { DEFAULT_EXTRACT_BUDGET_MS };

// Under tsx (tests, development) the worker is the .ts source next to this file.
const here = fileURLToPath(import.meta.url);
const WORKER = here.replace(/extract-pool\.(ts|js)$/, (_m, ext: string) => `extract-worker.${ext}`);

export class ExtractPool {
  private pool: Piscina | null = null;
  private readonly threads: number;
  private readonly maxQueue: number;

  constructor(private readonly opts: ExtractPoolOptions) {
    // At least two workers, so one article at its budget does not stall every other write.
    this.threads = opts.threads ?? Math.max(2, Math.min(4, availableParallelism() - 1));
    this.maxQueue = opts.maxQueue ?? 64;
  }

  /** Starts the workers now (they load the engine), so the first article does not wait for that. */
  warm(): Piscina {
    return (this.pool ??= new Piscina({ filename: WORKER, minThreads: 1, maxThreads: this.threads, idleTimeout: 60_000 }));
  }

  async extract(input: Omit<ExtractTask, "started">): Promise<{ doc: Document; result: ExtractResult }> {
    const pool = this.warm();
    if (pool.queueSize >= this.maxQueue) throw new ExtractRefused(`busy: ${pool.queueSize} articles are waiting for extraction, try again later`, 503);
    const { port1, port2 } = new MessageChannel();
    const abort = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    port1.once("message", () => { timer = setTimeout(() => abort.abort(), this.opts.budgetMs); });
    let reply: ExtractReply;
    try {
      reply = await pool.run({ ...input, started: port2 } satisfies ExtractTask, { signal: abort.signal, transferList: [port2] });
    } catch (e) {
      if (abort.signal.aborted) {
        throw new ExtractRefused(`the article took longer than ${this.opts.budgetMs / 1000}s to extract (the server's extraction budget): split it, or ingest it with the CLI`, 422);
      }
      throw e;
    } finally {
      clearTimeout(timer);
      port1.close();
    }
    if (!reply.ok) {
      if (reply.input) throw new ExtractRefused(reply.message, 400);
      throw new Error(reply.message);
    }
    return { doc: reply.doc, result: reply.result };
  }

  /**
   * The engine on a document built by the caller (CLI `ingest --jobs`: the store look-up needs the
   * document first). No time budget and no queue limit: the CLI waits as long as its input needs.
   */
  async extractDoc(doc: Document): Promise<ExtractResult> {
    const reply: ExtractReply = await this.warm().run({ doc });
    if (!reply.ok) {
      const e = new Error(reply.message);
      if (reply.input) e.name = "InputError";
      throw e;
    }
    return reply.result;
  }

  async close(): Promise<void> {
    await this.pool?.destroy();
    this.pool = null;
  }
}
