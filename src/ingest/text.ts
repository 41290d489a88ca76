// Plain-text ingest: language, boilerplate, source URL and publication date. (Stub until it lands.)
import type { Document, ExtractOptions } from "../types.js";

export function ingestText(text: string, opts: ExtractOptions = {}): Document {
  return { text, meta: { lang: opts.lang ?? "en", title: opts.title ?? null, source_url: opts.source_url ?? null, published: opts.published ?? null }, boilerplate: [] };
}
