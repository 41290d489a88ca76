// `claimtrace worker --db postgres://…`: takes the articles `ingest --queue` enqueued (pg-boss
// jobs in the same PostgreSQL database), extracts and stores them. Run any number, on any number
// of machines; SIGINT/SIGTERM stops taking jobs and finishes the ones in hand.
import type { Command } from "commander";
import { CliError, EXIT } from "../errors.js";
import { EXTRACTOR_VERSION } from "../../version.js";
import { openStoreOrFail } from "./ingest.js";

interface Opts { db?: string; concurrency: string; untilEmpty?: boolean; checkExpired: string }

export function registerWorker(program: Command): void {
  program
    .command("worker")
    .description("process the articles queued by `ingest --queue` (PostgreSQL only; run as many as you like)")
    .option("--db <url>", "the PostgreSQL store holding the queue (default $CLAIMTRACE_DB)")
    .option("--concurrency <n>", "jobs worked on at once by this worker", "1")
    .option("--until-empty", "exit once no job is waiting or in progress")
    .option("--check-expired <seconds>", "how often jobs of killed workers are looked for and retried", "30")
    .action(async (opts: Opts) => {
      const [{ resolveDbSpec, isPostgresSpec }, q] = await Promise.all([import("../../store/index.js"), import("../../queue/ingest-queue.js")]);
      const spec = resolveDbSpec(opts.db);
      if (!isPostgresSpec(spec)) throw new CliError(`worker needs a postgres:// store (got ${spec})`, EXIT.usage);
      const concurrency = Number(opts.concurrency), checkSeconds = Number(opts.checkExpired);
      if (!(Number.isInteger(concurrency) && concurrency > 0)) throw new CliError(`--concurrency ${opts.concurrency}: expected a positive whole number`, EXIT.usage);
      if (!(Number.isInteger(checkSeconds) && checkSeconds > 0)) throw new CliError(`--check-expired ${opts.checkExpired}: expected a positive whole number of seconds`, EXIT.usage);
      const store = await openStoreOrFail(spec, true);
      const boss = await q.openBoss(spec, { maintenanceSeconds: checkSeconds }).catch((e: Error) => { throw new CliError(`cannot open the queue in ${spec.replace(/\/\/[^@/]*@/, "//…@")}: ${e.message.split("\n")[0]}`, EXIT.store); });
      let done = 0;
      const worker = await q.startWorker(boss, store, {
        extractorVersion: EXTRACTOR_VERSION,
        concurrency,
        onDone: (origin, outcome, reason) => {
          done++;
          if (outcome === "failed") process.stderr.write(`claimtrace: ${origin}: ${reason}\n`);
        },
      });
      await new Promise<void>((resolve) => {
        process.once("SIGINT", resolve);
        process.once("SIGTERM", resolve);
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
      process.stderr.write(`claimtrace worker: ${done} articles processed\n`);
    });
}
