// The extraction pipeline, one pure function per stage:
//   ingest (text -> Document) -> segment -> numbers -> mentions -> attribution -> claims.
import type { Document, ExtractOptions, ExtractResult } from "../types.js";

/** Extracts the claims of one document. Pure: same input, same output. (Stub until the engine lands.) */
export function extractDocument(doc: Document): ExtractResult {
  return { article: { ...doc.meta }, claims: [] };
}
