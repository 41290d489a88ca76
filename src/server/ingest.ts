// Ingest through the API: one article (plain text) in a JSON body, extracted and stored in one
// transaction by the store. The same rules as `claimtrace ingest`: dedup by content hash and URL.
import { z } from "zod";
import type { Store, PutStatus } from "../store/types.js";
import { contentHash } from "../store/hash.js";
import { EXTRACTOR_VERSION } from "../version.js";
import { langParam, parse } from "./params.js";

export const ingestBodySchema = z.object({
  text: z.string().min(1, "text is empty"),
  title: z.string().max(1000).optional(),
  url: z.string().url().max(2000).refine((u) => /^https?:/i.test(u), "only http(s) URLs").optional(),
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD").optional(),
  lang: langParam.optional(),
}).strict();

export async function ingestOne(store: Store, body: unknown): Promise<{ id: number; status: PutStatus; claims: number }> {
  const b = parse(ingestBodySchema, body);
  // Loaded on the first write: a read-only server never needs the engine and its lexicons in memory.
  const [{ ingestText }, { extractDocument }] = await Promise.all([import("../ingest/text.js"), import("../engine/extract.js")]);
  const doc = ingestText(b.text, { lang: b.lang, title: b.title, source_url: b.url, published: b.published });
  const hash = contentHash(doc.text);
  const urls = b.url ? [b.url] : [];
  const result = extractDocument(doc);
  const { id, status } = await store.putArticle({ doc, urls, contentHash: hash, result, extractorVersion: EXTRACTOR_VERSION, origin: "api" });
  return { id, status, claims: result.claims.length };
}
