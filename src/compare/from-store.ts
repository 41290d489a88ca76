// The bridge from the store to compare: stored claims become SourcedClaims, read page by page
// through the Store interface (no SQL here: the store parameterises every query).
import type { ClaimFilter, Store, StoredClaim } from "../store/types.js";
import type { SourcedClaim } from "./types.js";

/** The outlet an article came from, for claims in the article's own voice: its host without "www.". */
export function outletOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return null;
  }
}

export function fromStored(c: StoredClaim & { article_site?: string | null }): SourcedClaim {
  const { id, article_id, article_lang, article_title, article_url, published, article_site, ...claim } = c;
  return {
    id: String(id),
    claim,
    article: {
      id: String(article_id), lang: article_lang, title: article_title, url: article_url,
      outlet: article_site ?? outletOf(article_url), published,
    },
  };
}

/**
 * Every claim under the filter that can feed a measure (it states a number, or it denies), read in
 * pages so a large store is never loaded in one query. (Large pages: each page re-sorts the
 * selection in the store, so fewer pages are faster; 20,000 claims are ~40 MB of objects.)
 */
export async function loadClaimsForMeasures(store: Store, filter: ClaimFilter = {}, pageSize = 20_000): Promise<SourcedClaim[]> {
  const out: SourcedClaim[] = [];
  for (let offset = 0; ; offset += pageSize) {
    const { rows } = await store.listClaims(filter, { limit: pageSize, offset });
    for (const r of rows) if (r.quantities.length > 0 || r.stance === "deny") out.push(fromStored(r));
    if (rows.length < pageSize) break;
  }
  return out;
}
