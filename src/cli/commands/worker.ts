// `claimtrace worker --db postgres://…`: takes the articles `ingest --queue` enqueued (pg-boss
// jobs in the same PostgreSQL database), extracts and stores them. Run any number, on any number
// of machines; SIGINT/SIGTERM stops taking jobs and finishes the ones in hand.
import type { Command } from "commander";
import { CliError, EXIT } from "../errors.js";
import { EXTRACTOR_VERSION } from "../../version.js";
import { openStoreOrFail } from "./ingest.js";
import { printable } from "../terminal.js";

interface Opts { db?: string; concurrency: string; batchSize: string; untilEmpty?: boolean; checkExpired: string; stats?: boolean }

export function registerWorker(program: Command): void {
  program
    .command("worker")
    .description("process the articles queued by `ingest --queue` (PostgreSQL only; run as many as you like)")
    .option("--db <url>", "the PostgreSQL store holding the queue (default $CLAIMTRACE_DB)")
    .option("--concurrency <n>", "batches worked on at once by this worker (one extracts while another is stored)", "2")
    .option("--batch-size <n>", "jobs taken at a time and stored in one transaction", "16")
    .option("--until-empty", "exit once no job is waiting or in progress")
    .option("--check-expired <seconds>", "how often jobs of killed workers are looked for and retried", "30")
    .option("--stats", "at exit, print where the time went (queue, extraction, store) as one JSON line on stderr")
    .action(async (opts: Opts) => {
      const [{ resolveDbSpec, isPostgresSpec }, q] = await Promise.all([import("../../store/index.js"), import("../../queue/ingest-queue.js")]);
      const spec = resolveDbSpec(opts.db);
      if (!isPostgresSpec(spec)) throw new CliError(`worker needs a postgres:// store (got ${spec})`, EXIT.usage);
      const concurrency = Number(opts.concurrency), batchSize = Number(opts.batchSize), checkSeconds = Number(opts.checkExpired);
      if (!(Number.isInteger(concurrency) && concurrency > 0)) throw new CliError(`--concurrency ${opts.concurrency}: expected a positive whole number`, EXIT.usage);
      if (!(Number.isInteger(batchSize) && batchSize > 0)) throw new CliError(`--batch-size ${opts.batchSize}: expected a positive whole number`, EXIT.usage);
      if (!(Number.isInteger(checkSeconds) && checkSeconds > 0)) throw new CliError(`--check-expired ${opts.checkExpired}: expected a positive whole number of seconds`, EXIT.usage);
      const store = await openStoreOrFail(spec, true);
      const boss = await q.openBoss(spec, { maintenanceSeconds: checkSeconds }).catch((e: Error) => { throw new CliError(`cannot open the queue in ${spec.replace(/\/\/[^@/]*@/, "//…@")}: ${e.message.split("\n")[0]}`, EXIT.store); });
      const t0 = performance.now(), cpu0 = process.cpuUsage();
      const worker = q.startWorker(boss, store, {
        extractorVersion: EXTRACTOR_VERSION,
        concurrency,
        batchSize,
        onDone: (origin, outcome, reason) => {
          if (outcome === "failed") process.stderr.write(printable(`claimtrace: ${origin}: ${reason}`).replace(/\s+/g, " ") + "\n");
        },
      });
      await new Promise<void>((resolve) => {
        // The first signal drains (the batches in hand are stored and completed); a second one
        // exits at once, which loses nothing either: those jobs expire and are retried elsewhere.
        const onSignal = () => {
          process.once("SIGINT", () => process.exit(130));
          process.once("SIGTERM", () => process.exit(143));
          resolve();
        };
        process.once("SIGINT", onSignal);
        process.once("SIGTERM", onSignal);
        if (opts.untilEmpty) {
          // A queue that cannot be read ten times running (database gone) ends the worker: exit code 4.
          let misses = 0;
          const poll = setInterval(() => void q.pendingJobs(boss).then(
            (n) => { misses = 0; if (n === 0) { clearInterval(poll); resolve(); } },
            () => { if (++misses >= 10) { clearInterval(poll); process.exitCode = EXIT.store; process.stderr.write("claimtrace: worker: the queue cannot be read, stopping\n"); resolve(); } },
          ), 1000);
        }
      });
      await worker.stop();
      await boss.stop({ graceful: true, wait: true });
      await store.close();
      const st = worker.stats;
      process.stderr.write(`claimtrace worker: ${st.stored} articles stored, ${st.failed} failed\n`);
      if (opts.stats) {
        const cpu = process.cpuUsage(cpu0);
        const s = (ms: number) => Math.round(ms) / 1000;
        process.stderr.write(JSON.stringify({
          worker_stats: {
            jobs: st.jobs, stored: st.stored, failed: st.failed, batches: st.batches,
            wall_s: s(performance.now() - t0), cpu_s: s((cpu.user + cpu.system) / 1000),
            fetch_s: s(st.fetchMs), extract_s: s(st.extractMs), engine_cpu_s: s(st.engineCpuMs), store_s: s(st.storeMs), complete_s: s(st.completeMs), idle_s: s(st.idleMs),
          },
        }) + "\n");
      }
    });
}
