// `claimtrace reprocess`: re-extract, in place, every stored article whose extractor version is
// older than this claimtrace's (or all of them with --all). Each article is one transaction; a
// killed run leaves every article either old or new, and running it again finishes the rest.
import type { Command } from "commander";
import cliProgress from "cli-progress";
import type { Document } from "../../types.js";
import { ingestText } from "../../ingest/text.js";
import { extractDocument } from "../../engine/extract.js";
import { EXTRACTOR_VERSION } from "../../version.js";
import type { StoredArticle, Store } from "../../store/types.js";
import { StoreError } from "../../store/index.js";
import { CliError, EXIT } from "../errors.js";
import { openStoreOrFail } from "./ingest.js";

/** Rebuilds the document from the stored text and metadata and extracts it again. */
export function reextract(a: StoredArticle): { doc: Document; result: ReturnType<typeof extractDocument> } {
  const doc = ingestText(a.text, {
    lang: a.lang,
    published: a.published ?? undefined,
    title: a.title ?? undefined,
    source_url: a.meta.source_url ?? undefined,
  });
  doc.meta = { ...a.meta, ...doc.meta, lang: a.lang, title: a.title, published: a.published ?? doc.meta.published ?? null };
  return { doc, result: extractDocument(doc) };
}

export async function reprocessStore(
  store: Store,
  opts: { all?: boolean; onDone?: (ok: boolean) => void } = {},
): Promise<{ reprocessed: number; failed: Array<{ id: number; reason: string }> }> {
  const out = { reprocessed: 0, failed: [] as Array<{ id: number; reason: string }> };
  // --all: every article, including those already at this version (ids only move forward, so each is done once).
  const below = opts.all ? Number.MAX_SAFE_INTEGER : EXTRACTOR_VERSION;
  for await (const a of store.articlesOlderThan(below)) {
    try {
      const { doc, result } = reextract(a);
      await store.replaceClaims(a.id, result, EXTRACTOR_VERSION, doc);
      out.reprocessed++;
      opts.onDone?.(true);
    } catch (e) {
      if (e instanceof StoreError) throw e;
      out.failed.push({ id: a.id, reason: (e as Error).message.split("\n")[0] });
      opts.onDone?.(false);
    }
  }
  return out;
}

export function registerReprocess(program: Command): void {
  program
    .command("reprocess")
    .description(`re-extract stored articles made by an older extractor (this one is v${EXTRACTOR_VERSION}), in place`)
    .option("--db <path|url>", "store: SQLite file path or postgres:// URL (default $CLAIMTRACE_DB or ./claimtrace.db)")
    .option("--all", "re-extract every article, whatever its version")
    .option("--json", "print the summary as JSON")
    .action(async (opts: { db?: string; all?: boolean; json?: boolean }) => {
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
