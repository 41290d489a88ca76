// NDJSON of articles, one JSON object per line, as scrapers export them:
//   {"url": "...", "title": "...", "text": "..." | "html": "...", "published": "...", "lang": "..."}
// `text` or `html` is required; the rest is optional metadata. `html` may be a whole page (then
// Readability finds the article) or just the article's markup.
import { InputError } from "./errors.js";
import { toIsoDate, toIsoDateTime } from "./meta.js";
import type { RawArticle } from "./sources.js";

/** A string field, or null when absent or blank. `exact` keeps the value as given (article text: offsets index into it). */
const optString = (o: Record<string, unknown>, k: string, exact = false): string | null => {
  const v = o[k];
  if (v === undefined || v === null) return null;
  if (typeof v !== "string") throw new InputError(`field "${k}" must be a string`);
  if (!v.trim()) return null;
  return exact ? v : v.trim();
};

export function parseNdjsonRecord(line: string, origin: string): RawArticle {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch (e) {
    throw new InputError(`invalid JSON (${(e as Error).message.replace(/\s+/g, " ").slice(0, 120)})`);
  }
  if (!data || typeof data !== "object" || Array.isArray(data)) throw new InputError("each line must be a JSON object");
  const o = data as Record<string, unknown>;
  const text = optString(o, "text", true);
  const html = optString(o, "html", true);
  if (!text && !html) throw new InputError('no "text" or "html" field (or it is empty)');
  const url = optString(o, "url");
  if (url && !/^https?:\/\//i.test(url)) throw new InputError(`field "url" is not an http(s) URL: ${url.slice(0, 100)}`);
  const publishedRaw = optString(o, "published") ?? optString(o, "date");
  const published = toIsoDate(publishedRaw);
  if (publishedRaw && !published) throw new InputError(`field "published" is not a date: ${publishedRaw.slice(0, 60)}`);
  const isPage = !!html && /<(html|body|head)[\s>]/i.test(html.slice(0, 5000));
  return {
    origin,
    kind: text ? "text" : "html",
    fragment: !text && !isPage,
    content: text ?? html!,
    urls: url ? [url] : [],
    baseUrl: url,
    hints: { title: optString(o, "title"), published, published_at: toIsoDateTime(publishedRaw), lang: optString(o, "lang") },
  };
}
