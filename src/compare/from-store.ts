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

export function fromStored(c: StoredClaim & { article_site?: string | null }, site?: string | null, urls: string[] = []): SourcedClaim {
  const { id, article_id, article_lang, article_title, article_url, published, published_at, article_site, ...claim } = c;
  return {
    id: String(id),
    claim,
    article: {
      id: String(article_id), lang: article_lang, title: article_title, url: article_url,
      outlet: article_site ?? site ?? outletOf(article_url),
      // The time of day, when kept, orders who published a figure first.
      published: published_at ?? published,
      // The same text found at other addresses: syndicated copies, each a relay of the figure.
      ...(urls.filter((u) => u !== article_url).length ? { copies: urls.filter((u) => u !== article_url) } : {}),
    },
  };
}

/**
 * Every claim under the filter that can feed a measure (it states a number, or it denies), read
 * article by article: each read is small and uses the store's per-article index, so a server
 * reading a large store this way keeps answering other requests in between (the embedded store's
 * queries block the event loop while they run; one page of 20,000 claims takes over a second).
 */
export async function loadClaimsForMeasures(store: Store, filter: ClaimFilter = {}, articlesPerPage = 500): Promise<SourcedClaim[]> {
  const out: SourcedClaim[] = [];
  for (let offset = 0; ; offset += articlesPerPage) {
    const { rows: articles } = await store.listArticles({}, { limit: articlesPerPage, offset });
    for (const a of articles) {
      if (a.claim_count === 0) continue;
      const { rows } = await store.listClaims({ ...filter, articleId: a.id }, { limit: Math.max(1, a.claim_count), offset: 0 });
      for (const r of rows) if (r.quantities.length > 0 || r.stance === "deny") out.push(fromStored(r, a.site_name, a.urls));
    }
    if (articles.length < articlesPerPage) break;
  }
  return out;
}
