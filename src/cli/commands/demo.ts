// `claimtrace demo` (what `npm start` runs): ingests the sample articles bundled with the package
// into a fresh embedded store and prints, per article, its title, language and claims.
import { printable } from "../terminal.js";
import type { Command } from "commander";
import { existsSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { EXTRACTOR_VERSION } from "../../version.js";
import { CliError, EXIT } from "../errors.js";
import { openStoreOrFail, summaryText } from "./ingest.js";
import { articleText } from "./articles.js";

/** samples/ at the package root: three levels up from dist/cli/commands/ (and from src/cli/commands/). */
export function samplesDir(): string {
  return fileURLToPath(new URL("../../../samples/", import.meta.url));
}

export function registerDemo(program: Command): void {
  program
    .command("demo")
    .description("ingest the bundled sample articles into a fresh store and show the claims found (npm start)")
    .option("--db <path>", "store to (re)create for the demo", join(tmpdir(), "claimtrace-demo.db"))
    .option("--text", "print each article's stored text too")
    .action(async (opts: { db: string; text?: boolean }) => {
      const dir = samplesDir();
      if (!existsSync(dir)) throw new CliError(`the sample articles are missing (${dir})`, EXIT.input);
      // A fresh store each run, so what is shown is exactly what the samples give with this version.
      if (!/^postgres/i.test(opts.db)) for (const ext of ["", "-wal", "-shm"]) rmSync(opts.db + ext, { force: true });
      const [{ collectUnits }, { runIngest }, { DEFAULT_FETCH }] = await Promise.all([import("../../ingest/sources.js"), import("../../ingest/run.js"), import("../../ingest/fetch.js")]);
      const store = await openStoreOrFail(opts.db, true);
      try {
        const units = await collectUnits([dir], [], { fetch: DEFAULT_FETCH, maxBytes: 20 << 20 });
        const rel = relative(process.cwd(), dir);
        process.stdout.write(`claimtrace demo: ingesting the sample articles in ${rel && !rel.startsWith("..") ? rel : dir} into ${opts.db}\n`);
        const summary = await runIngest(units, store, { extractorVersion: EXTRACTOR_VERSION, concurrency: 1 });
        process.stdout.write(summaryText(summary, opts.db));
        for (const f of summary.failed) process.stderr.write(`claimtrace: ${f.origin}: ${f.reason}\n`);
        const { rows } = await store.listArticles({}, { limit: 1000, offset: 0 });
        for (const r of [...rows].sort((a, b) => a.id - b.id)) {
          const a = await store.getArticle(r.id);
          if (a) process.stdout.write(`\n${printable(articleText(a, !!opts.text))}`);
        }
        const stats = await store.stats();
        process.stdout.write(
          `\n${stats.articles} articles, ${stats.claims} claims, ${stats.quantities} numbers.\n` +
            `Explore: claimtrace claims --db ${opts.db} --lang bn | claimtrace articles --db ${opts.db} | claimtrace serve --db ${opts.db}\n`,
        );
        if (summary.failed.length) process.exitCode = EXIT.partial;
      } finally {
        await store.close();
      }
    });
}
