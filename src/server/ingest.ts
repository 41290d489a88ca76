// Ingest through the API: one article (plain text) in a JSON body, extracted in a worker thread
// (./extract-pool.ts) and stored in one transaction by the store. The same rules as
// `claimtrace ingest`: dedup by content hash and URL.
import { z } from "zod";
import type { Store, PutStatus } from "../store/types.js";
import { contentHash } from "../store/hash.js";
import { EXTRACTOR_VERSION } from "../version.js";
import { langParam, parse } from "./params.js";
import { isCalendarDate } from "../query/dates.js";
import type { ExtractPool } from "./extract-pool.js";
import { toIsoDateTime } from "../ingest/meta.js";

// A NUL cannot be stored (PostgreSQL text refuses it) and is never part of an article.
const noNul = (s: string) => !s.includes("\u0000");

export const ingestBodySchema = z.object({
  text: z.string().min(1, "text is empty").refine((s) => s.trim() !== "", "text is empty").refine(noNul, "text contains a NUL character"),
  title: z.string().max(1000).refine(noNul, "title contains a NUL character").optional(),
  url: z.string().url().max(2000).refine((u) => /^https?:/i.test(u), "only http(s) URLs").refine(noNul, "url contains a NUL character").optional(),
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?$/, "expected YYYY-MM-DD or an ISO 8601 date and time")
    .refine((s) => isCalendarDate(s.slice(0, 10)), "expected a calendar date as YYYY-MM-DD").optional(),
  lang: langParam.optional(),
}).strict();

export async function ingestOne(store: Store, pool: ExtractPool, body: unknown): Promise<{ id: number; status: PutStatus; claims: number }> {
  const b = parse(ingestBodySchema, body);
  const { doc, result } = await pool.extract({ text: b.text, lang: b.lang, title: b.title, url: b.url, published: b.published?.slice(0, 10) });
  // The time of day, when given, is kept for a figure's origin (who published first).
  if (b.published && b.published.length > 10) doc.meta.published_at = toIsoDateTime(b.published);
  const hash = contentHash(doc.text);
  const urls = b.url ? [b.url] : [];
  const { id, status } = await store.putArticle({ doc, urls, contentHash: hash, result, extractorVersion: EXTRACTOR_VERSION, origin: "api" });
  return { id, status, claims: result.claims.length };
}
