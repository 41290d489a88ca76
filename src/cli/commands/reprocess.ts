// `claimtrace reprocess`: re-extract, in place, every stored article whose extractor version is
// older than this claimtrace's (or all of them with --all). Each article is one transaction; a
// killed run leaves every article either old or new, and running it again finishes the rest.
import type { Command } from "commander";
import { EXTRACTOR_VERSION } from "../../version.js";
import { StoreError } from "../../store/driver.js";
import { CliError, EXIT } from "../errors.js";
import { openStoreOrFail } from "./ingest.js";

export function registerReprocess(program: Command): void {
  program
    .command("reprocess")
    .description(`re-extract stored articles made by an older extractor (this one is v${EXTRACTOR_VERSION}), in place`)
    .option("--db <path|url>", "store: SQLite file path or postgres:// URL (default $CLAIMTRACE_DB or ./claimtrace.db)")
    .option("--all", "re-extract every article, whatever its version")
    .option("--json", "print the summary as JSON")
    .action(async (opts: { db?: string; all?: boolean; json?: boolean }) => {
      const [{ default: cliProgress }, { reprocessStore }] = await Promise.all([import("cli-progress"), import("./reprocess-store.js")]);
      const store = await openStoreOrFail(opts.db, false);
      let summary;
      const bar = process.stderr.isTTY ? new cliProgress.SingleBar({ format: "reprocess {value} articles", fps: 5, clearOnComplete: true }) : null;
      try {
        bar?.start(0, 0);
        let n = 0;
        summary = await reprocessStore(store, { all: opts.all, onDone: () => bar?.update(++n) });
      } catch (e) {
        if (e instanceof StoreError) throw new CliError(e.message, EXIT.store);
        throw e;
      } finally {
        bar?.stop();
        await store.close();
      }
      if (opts.json) process.stdout.write(JSON.stringify({ ...summary, extractor_version: EXTRACTOR_VERSION }, null, 1) + "\n");
      else {
        process.stdout.write(`reprocessed ${summary.reprocessed}, failed ${summary.failed.length} (extractor v${EXTRACTOR_VERSION})\n`);
        for (const f of summary.failed) process.stderr.write(`claimtrace: article ${f.id}: ${f.reason}\n`);
      }
      if (summary.failed.length) process.exitCode = EXIT.partial;
    });
}
