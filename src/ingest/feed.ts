// RSS 2.0, RSS 1.0 (RDF) and Atom feeds. Each item becomes one unit: its own full content when the
// feed carries it (content:encoded, Atom <content>), else the page at its link, fetched; when that
// fetch fails and the item has a summary, the summary is used rather than losing the item.
import { XMLParser } from "fast-xml-parser";
import { InputError } from "./errors.js";
import { toIsoDate } from "./meta.js";
import { domToText, parsePage } from "./html.js";
import type { RawArticle, SourceOptions, Unit } from "./sources.js";
import { urlUnit } from "./sources.js";

export interface FeedItem {
  link: string | null;
  title: string | null;
  published: string | null;
  /** Full article HTML, when the feed carries it. */
  content: string | null;
  /** Summary/description HTML or text. */
  summary: string | null;
}

/** Below this many characters of text, feed content is a teaser, not the article. */
const FULL_CONTENT_CHARS = 400;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  textNodeName: "#text",
  htmlEntities: true,
  // Atom <content type="xhtml"> holds markup: keep it as a raw string instead of parsing it into objects.
  stopNodes: ["feed.entry.content", "feed.entry.summary"],
  isArray: (name) => name === "item" || name === "entry" || name === "link",
  processEntities: true,
  trimValues: true,
});

function text(v: unknown): string | null {
  if (v === undefined || v === null) return null;
  if (typeof v === "string") return v.trim() || null;
  if (typeof v === "number") return String(v);
  if (Array.isArray(v)) return text(v[0]);
  if (typeof v === "object") return text((v as Record<string, unknown>)["#text"]);
  return null;
}

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'", nbsp: "\u00a0" };
/** Decodes the XML entities of a stop-node's raw text (Atom type="html" content is escaped markup). */
function unescapeXml(s: string): string {
  return s
    .replace(/^<!\[CDATA\[([\s\S]*)\]\]>$/, "$1")
    .replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, (m, e: string) => {
      if (e[0] === "#") {
        const cp = e[1].toLowerCase() === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
      }
      return ENTITIES[e.toLowerCase()] ?? m;
    });
}

function atomContent(v: unknown): string | null {
  if (v === undefined || v === null) return null;
  if (typeof v === "object" && !Array.isArray(v)) {
    const o = v as Record<string, unknown>;
    const raw = text(o["#text"]);
    if (!raw) return null;
    return o["@_type"] === "xhtml" ? raw : unescapeXml(raw);
  }
  const raw = text(v);
  return raw ? unescapeXml(raw) : null;
}

function atomLink(links: unknown): string | null {
  if (!Array.isArray(links)) return null;
  const objs = links.filter((l): l is Record<string, unknown> => !!l && typeof l === "object");
  const alt = objs.find((l) => !l["@_rel"] || l["@_rel"] === "alternate") ?? objs[0];
  return alt ? text(alt["@_href"]) : null;
}

export function parseFeed(xml: string): { title: string | null; items: FeedItem[] } {
  let doc: Record<string, unknown>;
  try {
    doc = parser.parse(xml) as Record<string, unknown>;
  } catch (e) {
    throw new InputError(`not a valid RSS/Atom feed (${(e as Error).message.split("\n")[0]})`);
  }
  const rss = doc.rss as Record<string, unknown> | undefined;
  const rdf = doc["rdf:RDF"] as Record<string, unknown> | undefined;
  const atom = doc.feed as Record<string, unknown> | undefined;
  if (rss || rdf) {
    const channel = ((rss?.channel ?? rdf?.channel) as Record<string, unknown>) ?? {};
    const raw = ((rss ? channel.item : rdf?.item) as Array<Record<string, unknown>> | undefined) ?? [];
    return {
      title: text(channel.title),
      items: raw.map((it) => ({
        link: text(it.link) ?? (String((it.guid as Record<string, unknown>)?.["@_isPermaLink"]) !== "false" ? text(it.guid) : null),
        title: text(it.title),
        published: toIsoDate(text(it.pubDate) ?? text(it["dc:date"])),
        content: text(it["content:encoded"]),
        summary: text(it.description),
      })),
    };
  }
  if (atom) {
    const raw = (atom.entry as Array<Record<string, unknown>> | undefined) ?? [];
    return {
      title: text(atom.title),
      items: raw.map((it) => ({
        link: atomLink(it.link),
        title: text(it.title),
        published: toIsoDate(text(it.published) ?? text(it.updated)),
        content: atomContent(it.content),
        summary: atomContent(it.summary),
      })),
    };
  }
  throw new InputError("not an RSS or Atom feed (no <rss>, <rdf:RDF> or <feed> root)");
}

// Through parsePage: the same depth and element limits as any page (a feed item is hostile input too).
const htmlTextLength = (html: string) => domToText(parsePage(`<html><body>${html}</body></html>`).document as never).length;

function contentArticle(origin: string, item: FeedItem, html: string, lang: string | null): RawArticle {
  return {
    origin,
    kind: "html",
    fragment: true,
    content: html,
    urls: item.link ? [item.link] : [],
    baseUrl: item.link,
    hints: { title: item.title, published: item.published, lang },
  };
}

/** One unit per feed item. */
export async function* feedUnits(origin: string, xml: string, opts: SourceOptions, base: string | null): AsyncIterable<Unit> {
  const feed = parseFeed(xml);
  if (!feed.items.length) throw new InputError("the feed has no items");
  const lang = null;
  let n = 0;
  for (const item of feed.items) {
    n++;
    const link = item.link ? (() => { try { return new URL(item.link!, base ?? undefined).toString(); } catch { return null; } })() : null;
    const it = { ...item, link };
    const name = `${origin} item ${n}${link ? ` (${link})` : ""}`;
    if (it.content && htmlTextLength(it.content) >= FULL_CONTENT_CHARS) {
      yield { origin: name, load: async () => ({ article: contentArticle(name, it, it.content!, lang) }) };
    } else if (link) {
      const fetchUnit = urlUnit(link, opts, { title: it.title, published: it.published }, name);
      yield {
        origin: name,
        async load() {
          try {
            return await fetchUnit.load();
          } catch (e) {
            const fallback = it.content ?? it.summary;
            if (fallback && htmlTextLength(fallback) > 0) return { article: contentArticle(name, it, fallback, lang) };
            throw e;
          }
        },
      };
    } else if (it.content ?? it.summary) {
      yield { origin: name, load: async () => ({ article: contentArticle(name, it, (it.content ?? it.summary)!, lang) }) };
    } else {
      yield { origin: name, load: () => Promise.reject(new InputError("feed item has neither a link nor content")) };
    }
  }
}
