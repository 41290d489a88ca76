// Article metadata from the page itself: title, publication date (meta tags, JSON-LD, <time>),
// canonical URL, site name and declared language. Read from the full page before readability
// strips it; each field takes the most specific source that has it.
import type { Lang } from "../types.js";
import { langFromTag } from "./lang.js";
import { pickTitle } from "./title.js";

export interface PageMeta {
  title: string | null;
  published: string | null;
  /** Date and time, when the page gave a time of day (see toIsoDateTime). */
  published_at: string | null;
  canonical_url: string | null;
  site_name: string | null;
  /** Language the page declares (html lang, content-language, og:locale, JSON-LD), when supported. */
  declared_lang: Lang | null;
  /** The declared language tag as written, even when unsupported ("uk", "fr"). */
  declared_tag: string | null;
}

// Minimal DOM surface used here (linkedom's and the browser's documents both fit).
interface El {
  getAttribute(name: string): string | null;
  textContent: string | null;
}
interface Doc {
  querySelector(sel: string): El | null;
  querySelectorAll(sel: string): ArrayLike<El>;
  documentElement: El | null;
}

const MONTHS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };

function validDate(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null; // 31 February
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/**
 * An ISO date (YYYY-MM-DD) from the date forms pages and feeds use: ISO 8601 (the date as written,
 * not shifted to UTC: "2024-11-01T23:30+07:00" was published on 1 November where it was written),
 * RFC 822 ("Fri, 01 Nov 2024 10:00:00 +0700"), "1 November 2024", "November 1, 2024", and
 * "01.11.2024" (day first, as Russian and Vietnamese sites write it). Ambiguous "01/11/2024" is not guessed.
 */
export function toIsoDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim().slice(0, 100);
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(s) ?? /^(\d{4})\/(\d{1,2})\/(\d{1,2})/.exec(s);
  if (m) return validDate(+m[1], +m[2], +m[3]);
  m = /^(\d{4})(\d{2})(\d{2})(?:T|$)/.exec(s);
  if (m) return validDate(+m[1], +m[2], +m[3]);
  m = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?,?\s+(\d{4})/.exec(s);
  if (m && MONTHS[m[2].toLowerCase()]) return validDate(+m[3], MONTHS[m[2].toLowerCase()], +m[1]);
  m = /([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})/.exec(s);
  if (m && MONTHS[m[1].toLowerCase()]) return validDate(+m[3], MONTHS[m[1].toLowerCase()], +m[2]);
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})/.exec(s);
  if (m) return validDate(+m[3], +m[2], +m[1]);
  return null;
}

/**
 * Date and time of publication as written ("2024-10-18T09:12:00+09:00" stays as it is, seconds and
 * offset optional; a space may stand for the T), or null when `raw` gives no time of day.
 */
export function toIsoDateTime(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?$/.exec(raw.trim());
  if (!m || !toIsoDate(m[1])) return null;
  const [hh, mm] = m[2].split(":").map(Number);
  if (hh > 23 || mm > 59) return null;
  return `${m[1]}T${m[2]}${m[3] ? m[3].replace(/^([+-]\d{2})(\d{2})$/, "$1:$2") : ""}`;
}

function attr(doc: Doc, selector: string, name = "content"): string | null {
  const v = doc.querySelector(selector)?.getAttribute(name)?.trim();
  return v ? v : null;
}

function clean(s: string | null | undefined): string | null {
  const t = s?.replace(/\s+/g, " ").trim();
  return t ? t : null;
}

/** Every object in the page's JSON-LD blocks (arrays and @graph flattened). Broken JSON is ignored. */
function jsonLd(doc: Doc): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    let data: unknown;
    try {
      data = JSON.parse(scripts[i].textContent ?? "");
    } catch {
      continue;
    }
    // Iterative walk (no recursion depth limit to hit on hostile pages).
    const stack: unknown[] = [data];
    while (stack.length && out.length < 200) {
      const v = stack.pop();
      if (Array.isArray(v)) stack.push(...v);
      else if (v && typeof v === "object") {
        out.push(v as Record<string, unknown>);
        const g = (v as Record<string, unknown>)["@graph"];
        if (g) stack.push(g);
      }
    }
  }
  return out;
}

const ARTICLE_TYPES = /(^|[^a-z])(newsarticle|article|reportagenewsarticle|blogposting|analysisnewsarticle|report|liveblogposting)$/i;

function typeOf(o: Record<string, unknown>): string {
  const t = o["@type"];
  return Array.isArray(t) ? t.join(" ") : typeof t === "string" ? t : "";
}

function str(v: unknown): string | null {
  if (typeof v === "string") return v;
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === "object") {
    const o = v as Record<string, unknown>;
    return str(o["@id"] ?? o.url ?? o.name);
  }
  return null;
}

function absolute(url: string | null, base: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url, base ?? undefined);
    return u.protocol === "http:" || u.protocol === "https:" ? u.toString() : null;
  } catch {
    return null;
  }
}

/** Drops a " | Site" / " - Site" / " — Site" suffix naming the site from a page title. */
function stripSiteSuffix(title: string | null, site: string | null): string | null {
  if (!title || !site) return title;
  for (const sep of [" | ", " - ", " — ", " – ", " :: "]) {
    const i = title.lastIndexOf(sep);
    if (i > 0 && title.slice(i + sep.length).trim().toLowerCase() === site.toLowerCase()) return title.slice(0, i).trim();
  }
  return title;
}

export function extractPageMeta(doc: Doc, baseUrl: string | null = null): PageMeta {
  const ld = jsonLd(doc);
  const art = ld.find((o) => ARTICLE_TYPES.test(typeOf(o))) ?? null;

  const site_name =
    clean(attr(doc, 'meta[property="og:site_name"]')) ??
    clean(art ? str((art.publisher as Record<string, unknown> | undefined)?.name) : null) ??
    clean(attr(doc, 'meta[name="application-name"]')) ??
    null;

  // The metadata first, then the headline; a candidate that is a caption, credit, byline, section
  // label or widget text ("What we know", "dpa") is passed over (see ./title.ts).
  const title = pickTitle([
    clean(attr(doc, 'meta[property="og:title"]')),
    clean(art ? str(art.headline) : null),
    clean(attr(doc, 'meta[name="twitter:title"]')),
    clean(doc.querySelector("article h1")?.textContent),
    clean(doc.querySelector("h1")?.textContent),
    clean(doc.querySelector("title")?.textContent),
  ].map((t) => stripSiteSuffix(t, site_name)));

  // A date from the first source that has a parseable one.
  const dateSources: Array<() => string | null> = [
    () => attr(doc, 'meta[property="article:published_time"]'),
    () => attr(doc, 'meta[property="og:published_time"]'),
    () => attr(doc, 'meta[itemprop="datePublished"]'),
    () => (art ? str(art.datePublished) : null),
    () => attr(doc, 'meta[name="pubdate"]'),
    () => attr(doc, 'meta[name="publishdate"]'),
    () => attr(doc, 'meta[name="publish-date"]'),
    () => attr(doc, 'meta[name="date"]'),
    () => attr(doc, 'meta[name="dc.date.issued"]') ?? attr(doc, 'meta[name="DC.date.issued"]'),
    () => attr(doc, 'meta[name="dcterms.date"]') ?? attr(doc, 'meta[name="DC.date"]'),
    () => attr(doc, 'meta[name="parsely-pub-date"]') ?? attr(doc, 'meta[name="sailthru.date"]'),
    () => attr(doc, 'time[itemprop="datePublished"]', "datetime"),
    () => attr(doc, "article time[datetime]", "datetime"),
    () => attr(doc, "main time[datetime]", "datetime"),
    () => attr(doc, "time[pubdate]", "datetime"),
    () => attr(doc, "time[datetime]", "datetime"),
    () => attr(doc, 'meta[property="article:modified_time"]'),
  ];
  let published: string | null = null;
  let published_at: string | null = null;
  for (const src of dateSources) {
    const raw = src();
    published = toIsoDate(raw);
    if (published) {
      published_at = toIsoDateTime(raw);
      break;
    }
  }

  const canonical_url =
    absolute(attr(doc, 'link[rel="canonical"]', "href"), baseUrl) ??
    absolute(attr(doc, 'meta[property="og:url"]'), baseUrl) ??
    absolute(art ? str(art.url) ?? str(art.mainEntityOfPage) : null, baseUrl);

  const declared_tag =
    clean(doc.documentElement?.getAttribute("lang")) ??
    clean(doc.documentElement?.getAttribute("xml:lang")) ??
    clean(attr(doc, 'meta[http-equiv="content-language"]')) ??
    clean(attr(doc, 'meta[http-equiv="Content-Language"]')) ??
    clean(attr(doc, 'meta[property="og:locale"]')) ??
    clean(art ? str(art.inLanguage) : null);

  return { title, published, published_at, canonical_url, site_name, declared_lang: langFromTag(declared_tag), declared_tag };
}
