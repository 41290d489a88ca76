// Re-extraction of stored articles (the work behind `claimtrace reprocess`), apart from the
// command's declaration so that start-up does not load the engine.
import type { Document } from "../../types.js";
import { ingestText } from "../../ingest/text.js";
import { extractDocument } from "../../engine/extract.js";
// A store holds articles in every language: every pack (the engine reads the loaded ones).
import "../../lang/index.js";
import { EXTRACTOR_VERSION } from "../../version.js";
import type { StoredArticle, Store } from "../../store/types.js";
import { StoreError } from "../../store/driver.js";

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
