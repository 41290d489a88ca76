// Text in, claims out: ingest a plain text and run the extraction pipeline on it.
import type { ExtractOptions, ExtractResult } from "./types.js";
import { ingestText } from "./ingest/text.js";
import { extractDocument } from "./engine/extract.js";
// Every pack, loaded with this module: extractText is synchronous and takes a text in any language.
import "./lang/index.js";

export function extractText(text: string, opts: ExtractOptions = {}): ExtractResult {
  return extractDocument(ingestText(text, opts));
}
