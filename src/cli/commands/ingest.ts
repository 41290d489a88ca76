// `claimtrace ingest PATH|URL|-…  [--feed URL|FILE]`: articles into the store, each with its claims.
// Progress on a terminal, a summary at the end; one bad input never stops the batch.
import type { Command } from "commander";
import { CliError, EXIT } from "../errors.js";
import { parseDate, parseLang } from "../options.js";
import { langList } from "../../lang/registry.js";
// The store, the ingest pipeline and the progress bar load when a command runs, not at start-up.
import type { Store } from "../../store/index.js";
import type { IngestSummary } from "../../ingest/run.js";
import { StoreError } from "../../store/driver.js";
import { EXTRACTOR_VERSION } from "../../version.js";
import { printable } from "../terminal.js";

interface Opts {
  db?: string;
  feed?: string[];
  lang?: string;
  date?: string;
  timeout: string;
  maxMb: string;
  concurrency: string;
  json?: boolean;
  quiet?: boolean;
  allowPrivateNetwork?: boolean;
  queue?: boolean;
  jobTimeout: string;
  jobs: string;
}

const collect = (v: string, prev: string[] = []) => [...prev, v];

function positive(name: string, v: string, integer: boolean): number {
  const n = Number(v);
  if (!(n > 0) || (integer && !Number.isInteger(n))) throw new CliError(`${name} ${v}: expected a positive ${integer ? "whole " : ""}number`, EXIT.usage);
  return n;
}

/** Opens the store named by --db (creating an embedded file if needed); failures are exit code 4. */
export async function openStoreOrFail(db: string | undefined, create: boolean): Promise<Store> {
  const { openStore, resolveDbSpec } = await import("../../store/index.js");
  const spec = resolveDbSpec(db);
  try {
    return await openStore(spec, { create });
  } catch (e) {
    if (e instanceof StoreError) throw new CliError(e.message, EXIT.store);
    throw new CliError(`cannot open store ${spec.replace(/\/\/[^@/]*@/, "//…@")}: ${(e as Error).message.split("\n")[0]}`, EXIT.store);
  }
}

function eta(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds > 360000) return "…";
  const s = Math.round(seconds);
  return s >= 3600 ? `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}m` : s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s` : `${s}s`;
}

/** The summary as the user reads it. */
export function summaryText(s: IngestSummary, where: string): string {
  const parts = [`ingested ${s.ingested}`, `duplicates ${s.duplicates + s.merged}${s.merged ? ` (${s.merged} merged: new URLs added)` : ""}`, `failed ${s.failed.length}`];
  return `${parts.join(", ")} — store ${where}\n`;
}

/** Exit code of a batch: 0 all fine; 1 some failed; 3/5 when every input failed (all input errors / any network error). */
export function batchExitCode(s: IngestSummary): number {
  if (!s.failed.length) return EXIT.ok;
  if (s.ingested + s.duplicates + s.merged > 0) return EXIT.partial;
  return s.failed.some((f) => f.kind === "network") ? EXIT.network : EXIT.input;
}

/** `ingest --queue`: every input's articles become jobs for the workers; nothing is extracted here. */
async function enqueue(inputs: string[], feeds: string[], spec: string, opts: Opts, o: { lang?: ReturnType<typeof parseLang>; date?: string; maxBytes: number; timeoutMs: number }): Promise<void> {
  const [{ isPostgresSpec }, { collectUnits }, { DEFAULT_FETCH }, q] = await Promise.all([
    import("../../store/index.js"), import("../../ingest/sources.js"), import("../../ingest/fetch.js"), import("../../queue/ingest-queue.js"),
  ]);
  if (!isPostgresSpec(spec)) throw new CliError(`--queue needs a postgres:// store (got ${spec})`, EXIT.usage);
  const jobTimeoutSeconds = positive("--job-timeout", opts.jobTimeout, true);
  const allowPrivateNetwork = !!opts.allowPrivateNetwork || process.env.CLAIMTRACE_ALLOW_PRIVATE_NETWORK === "1";
  // The store's tables exist before any worker starts.
  await (await openStoreOrFail(spec, true)).close();
  const boss = await q.openBoss(spec).catch((e: Error) => { throw new CliError(`cannot open the queue: ${e.message.split("\n")[0]}`, EXIT.store); });
  try {
    const units = await collectUnits(inputs, feeds, { fetch: { ...DEFAULT_FETCH, timeoutMs: o.timeoutMs, allowPrivateNetwork }, maxBytes: o.maxBytes });
    const r = await q.enqueueUnits(boss, units, { lang: o.lang ?? undefined, date: o.date ?? undefined, timing: { ...q.DEFAULT_TIMING, jobTimeoutSeconds } });
    process.stdout.write(opts.json ? JSON.stringify(r, null, 1) + "\n" : `queued ${r.queued}, failed ${r.failed.length}\n`);
    for (const f of r.failed) process.stderr.write(printable(`claimtrace: ${f.origin}: ${f.reason}`).replace(/\s+/g, " ") + "\n");
    process.exitCode = r.failed.length ? (r.queued ? EXIT.partial : EXIT.input) : EXIT.ok;
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}

export function registerIngest(program: Command): void {
  program
    .command("ingest")
    .description("store articles and their claims: text, HTML, NDJSON files, folders (recursive), URLs, - for stdin, RSS/Atom feeds")
    .argument("[inputs...]", "files, folders, http(s) URLs, or - for standard input")
    .option("--feed <url|file>", "an RSS or Atom feed: each item's content, or the page at its link (repeatable)", collect)
    .option("--db <path|url>", "store: SQLite file path or postgres:// URL (default $CLAIMTRACE_DB or ./claimtrace.db)")
    .option("--lang <code>", `language of every input (${langList()}); detected per article when omitted`)
    .option("--date <YYYY-MM-DD>", "publication date of every input (else from the page, the feed or the text)")
    .option("--timeout <seconds>", "per URL, redirects and body included", "20")
    .option("--max-mb <MB>", "largest file, page or NDJSON line accepted", "20")
    .option("--concurrency <n>", "inputs processed at once (URL fetches overlap)", "4")
    .option("--jobs <n>", "extraction threads (1: in the main thread); the stored result is the same for any n", "1")
    .option("--allow-private-network", "also fetch URLs, redirects and feed items on loopback, private or link-local addresses (default: refused; or $CLAIMTRACE_ALLOW_PRIVATE_NETWORK=1)")
    .option("--json", "print the summary as JSON (ingested, duplicates, merged, failed[], ids[])")
    .option("--quiet", "no progress bar")
    .option("--queue", "enqueue each article for `claimtrace worker` instead of extracting here (postgres:// --db only)")
    .option("--job-timeout <seconds>", "with --queue: a job unfinished this long after a worker took it goes to another worker", "300")
    .action(async (inputs: string[], opts: Opts) => {
      const feeds = opts.feed ?? [];
      if (!inputs.length && !feeds.length) throw new CliError("nothing to ingest: name files, folders, URLs, - (stdin) or --feed URL|FILE", EXIT.usage);
      const lang = parseLang(opts.lang);
      const date = parseDate(opts.date);
      const timeoutMs = positive("--timeout", opts.timeout, false) * 1000;
      const maxBytes = Math.round(positive("--max-mb", opts.maxMb, false) * 1048576);
      const jobs = positive("--jobs", opts.jobs, true);
      // Enough articles in flight to keep every extraction thread busy while others are looked up or stored.
      const concurrency = Math.max(positive("--concurrency", opts.concurrency, true), jobs > 1 ? 2 * jobs : 1);
      const [{ default: cliProgress }, { resolveDbSpec }, { collectUnits }, { runIngest }, { DEFAULT_FETCH }] = await Promise.all([
        import("cli-progress"), import("../../store/index.js"), import("../../ingest/sources.js"), import("../../ingest/run.js"), import("../../ingest/fetch.js"),
      ]);
      const spec = resolveDbSpec(opts.db);
      if (opts.queue) return enqueue(inputs, feeds, spec, opts, { lang, date, maxBytes, timeoutMs });
      const store = await openStoreOrFail(opts.db, true);
      const pool = jobs > 1 ? new (await import("../../server/extract-pool.js")).ExtractPool({ budgetMs: Infinity, threads: jobs }) : null;
      pool?.warm(); // the threads load the engine while the inputs are listed
      let summary: IngestSummary;
      const tty = !!process.stderr.isTTY && !opts.quiet;
      const bar = tty
        ? new cliProgress.SingleBar(
            { format: "ingest [{bar}] {value}/{total} articles | {rate}/s | ETA {left} | failed {failed}", hideCursor: true, fps: 5, clearOnComplete: true },
            cliProgress.Presets.shades_classic,
          )
        : null;
      try {
        const allowPrivateNetwork = !!opts.allowPrivateNetwork || process.env.CLAIMTRACE_ALLOW_PRIVATE_NETWORK === "1";
        const units = await collectUnits(inputs, feeds, { fetch: { ...DEFAULT_FETCH, timeoutMs, allowPrivateNetwork }, maxBytes });
        let total = units.length, done = 0, failed = 0;
        const t0 = Date.now();
        bar?.start(total, 0, { rate: "0", failed: 0, left: "…" });
        summary = await runIngest(units, store, {
          extractorVersion: EXTRACTOR_VERSION,
          concurrency,
          extract: pool ? (doc) => pool.extractDoc(doc) : undefined,
          lang,
          date,
          onDiscover: (n) => { total += n; bar?.setTotal(Math.max(total, done)); },
          onDone: (_origin, outcome) => {
            done++;
            if (outcome === "failed") failed++;
            // Rate and ETA over the whole run: articles complete in committed groups, so a moving
            // window (cli-progress's own ETA) swings between 0 and minutes.
            const rate = done / Math.max(0.001, (Date.now() - t0) / 1000);
            bar?.update(done, { rate: rate.toFixed(rate < 10 ? 1 : 0), failed, left: eta(Math.max(0, total - done) / Math.max(rate, 1e-9)) });
          },
        });
      } catch (e) {
        if (e instanceof StoreError) throw new CliError(e.message, EXIT.store);
        throw e;
      } finally {
        bar?.stop();
        await pool?.close();
        await store.close().catch(() => undefined);
      }
      const where = /^postgres/i.test(spec) ? spec.replace(/\/\/[^@/]*@/, "//…@") : spec;
      if (opts.json) {
        process.stdout.write(JSON.stringify({ ...summary, store: where }, null, 1) + "\n");
      } else {
        process.stdout.write(summaryText(summary, where));
        // Failures, one line each, naming the input: on stderr, so stdout stays the summary.
        for (const f of summary.failed) process.stderr.write(printable(`claimtrace: ${f.origin}: ${f.reason}`).replace(/\s+/g, " ") + "\n");
      }
      process.exitCode = batchExitCode(summary);
    });
}
