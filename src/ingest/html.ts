// HTML ingest: the article body is found by Mozilla's Readability (the Firefox reader view's
// library) over a linkedom DOM, then flattened to text with one paragraph per block. That text is
// what Document.text holds and what every claim offset indexes into.
import { parseHTML } from "linkedom";
import { Readability } from "@mozilla/readability";
import { extractPageMeta, type PageMeta } from "./meta.js";
import { flattenDeepHtml } from "./html-flatten.js";
import { pickTitle } from "./title.js";

export interface HtmlArticle {
  /** Title paragraph (when known) followed by the body paragraphs, separated by blank lines. */
  text: string;
  meta: PageMeta;
}

/** Raised for HTML with no article text in it; the message names the problem, the caller adds the input. */
export class HtmlError extends Error {}

/**
 * Most elements a page may have. News pages have a few thousand; past this, a page is not an
 * article (or is built to exhaust the reader), and is refused rather than read for minutes.
 */
export const MAX_HTML_ELEMENTS = 200_000;

/**
 * The DOM of a page or fragment, made shallow first (see html-flatten.ts) and refused when over
 * the element budget: what every HTML reader here parses with.
 */
export function parsePage(html: string): ReturnType<typeof parseHTML> {
  const flat = flattenDeepHtml(html, (name) => BLOCKS.has(name) || CELLS.has(name));
  if (flat.elements > MAX_HTML_ELEMENTS) {
    throw new HtmlError(`too many HTML elements (${flat.elements.toLocaleString("en-US")}; at most ${MAX_HTML_ELEMENTS.toLocaleString("en-US")} are read)`);
  }
  // Markup without a <body> (a fragment, plain text saved as .html) gets one: linkedom leaves
  // such a document without a root element, or with an empty made-up body.
  return parseHTML(flat.hasBody ? flat.html : `<!doctype html><html><body>${flat.html}</body></html>`);
}

// Block-level elements: each starts and ends a paragraph of the text.
const BLOCKS = new Set([
  "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "div", "dl", "dt", "fieldset",
  "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol",
  "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "ul", "caption",
]);
const CELLS = new Set(["td", "th"]);
// Never text: what Readability may leave in and a reader never sees.
const SKIP = new Set(["script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "button", "select", "input", "textarea"]);

// Markup that by its declared role is not the article: navigation, complementary boxes, dialogs
// (cookie banners). Removed before Readability scores the page; the scoring does the rest.
const NOT_ARTICLE = [
  "script", "style", "noscript", "template", "iframe", "nav", "aside", "dialog",
  '[role="navigation"]', '[role="complementary"]', '[role="dialog"]', '[role="alertdialog"]', '[role="banner"]', '[role="contentinfo"]',
  '[aria-hidden="true"]', "[hidden]",
];

// Page furniture that sits inside or next to the article and that Readability (built to show a
// page, not to feed an extractor) keeps: ad slots, "related"/"read more" boxes, share bars,
// newsletter and comment blocks, datelines and rubric labels. Recognised by the class/id words
// sites use for them (whole words of the class, split at "-", "_" and spaces), removed before
// Readability scores the page. Guards: never html/body/main/article, never inside a paragraph
// (inline markup in running text), never a wrapper holding a large share of the page's text.
const FURNITURE = new Set([
  "ad", "ads", "adv", "advert", "adverts", "advertisement", "advertising", "adsbygoogle", "adslot", "adunit", "banner", "promo",
  "sponsored", "sponsor", "commercial", "mpu", "leaderboard", "taboola", "outbrain", "dfp", "gpt",
  "related", "relatedposts", "tinlienquan", "share", "sharing", "sharedaddy", "social", "newsletter", "subscribe",
  "subscription", "signup", "paywall", "comment", "comments", "commentlist", "disqus", "respond", "replies", "binhluan",
  "cookie", "cookies", "consent", "gdpr", "cmp", "breadcrumb", "breadcrumbs", "tag", "tags", "rubric", "byline", "dateline",
  "author", "date", "time", "timestamp", "meta", "info", "posted", "player", "sidebar", "widget", "lenta", "feed", "trending",
  "popular", "latest", "skip", "footer", "menu", "nav", "navigation", "toolbar", "counter", "views", "print", "rating",
]);
// Multi-word names whose single words are too common to list ("more", "read", "also", "news").
const FURNITURE_PHRASES = /(?:^|[\s_-])(?:more-(?:on-this-|on-)?stor(?:y|ies)|more-news|most-read|most-viewed|also-read|read-also|read-more|see-also|screen-reader)/i;
const KEEP = new Set(["html", "body", "main", "article"]);

interface ElementLike {
  localName: string;
  className?: string;
  id?: string;
  getAttribute(n: string): string | null;
  textContent: string | null;
  closest(sel: string): unknown;
  remove(): void;
}

function isFurniture(el: ElementLike): boolean {
  const names = `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`.toLowerCase();
  if (!names.trim()) return false;
  if (FURNITURE_PHRASES.test(names)) return true;
  for (const w of names.split(/[\s_-]+/)) if (w && FURNITURE.has(w)) return true;
  return false;
}

function pruneFurniture(document: { body: { textContent: string | null } | null; querySelectorAll(s: string): ArrayLike<unknown> }): void {
  const total = document.body?.textContent?.length ?? 0;
  const els = Array.from(document.querySelectorAll("[class], [id]")) as ElementLike[];
  for (const el of els) {
    if (KEEP.has(el.localName) || !isFurniture(el)) continue;
    if (el.localName !== "p" && el.closest("p")) continue;
    if ((el.textContent?.length ?? 0) > total * 0.4) continue;
    el.remove();
  }
  // A <time> standing on its own (not inside running text) is a dateline; the date is in the metadata.
  for (const el of Array.from(document.querySelectorAll("time")) as ElementLike[]) {
    if (!el.closest("p, li, td, blockquote, figcaption")) el.remove();
  }
}

interface NodeLike {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<NodeLike>;
}

/** Block-structured plain text of a DOM subtree. Iterative (deeply nested pages cannot overflow the stack), linear. */
export function domToText(root: NodeLike): string {
  const paragraphs: string[] = [];
  let buf = "";
  const flush = () => {
    const lines = buf.split("\n").map((l) => l.replace(/\s+/g, " ").trim()).filter(Boolean);
    if (lines.length) paragraphs.push(lines.join("\n"));
    buf = "";
  };
  // Stack entries: a node to enter, or a marker to close a block after its children.
  const stack: Array<NodeLike | { close: string }> = [root];
  while (stack.length) {
    const top = stack.pop()!;
    if ("close" in top) {
      if (CELLS.has(top.close)) buf += " ";
      else flush();
      continue;
    }
    if (top.nodeType === 3) {
      buf += (top.nodeValue ?? "").replace(/\s+/g, " ");
      continue;
    }
    if (top.nodeType !== 1 && top.nodeType !== 9 && top.nodeType !== 11) continue;
    const name = top.nodeName.toLowerCase();
    if (SKIP.has(name)) continue;
    if (name === "br") {
      buf += "\n";
      continue;
    }
    const block = BLOCKS.has(name);
    if (block) flush();
    if (block || CELLS.has(name)) stack.push({ close: name });
    const kids = top.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  flush();
  return paragraphs.join("\n\n");
}

const norm = (s: string) => s.replace(/\s+/g, " ").trim().toLowerCase();

/**
 * The article in an HTML page: its metadata (from the whole page) and its body text (from
 * Readability). `url` is where the page came from, for resolving a relative canonical link.
 */
export function extractHtmlArticle(html: string, url: string | null = null): HtmlArticle {
  const { document } = parsePage(html);
  const meta = extractPageMeta(document as unknown as Parameters<typeof extractPageMeta>[0], url);
  for (const sel of NOT_ARTICLE) for (const el of Array.from(document.querySelectorAll(sel))) el.remove();
  pruneFurniture(document as never);
  let parsed: ReturnType<Readability<NodeLike>["parse"]> = null;
  try {
    parsed = new Readability<NodeLike>(document as unknown as globalThis.Document, {
      // Short news items (a few paragraphs) are articles too; the default 500 characters drops them.
      charThreshold: 200,
      serializer: (n) => n as unknown as NodeLike,
    }).parse();
  } catch (e) {
    throw new HtmlError(`cannot read the HTML (${(e as Error).message})`);
  }
  let body = parsed?.content ? domToText(parsed.content) : "";
  if (!body.trim()) throw new HtmlError("no article text found in the HTML");
  const title = meta.title ?? pickTitle([parsed?.title]);
  if (!meta.title && title) meta.title = title;
  if (!meta.site_name && parsed?.siteName) meta.site_name = parsed.siteName.trim();
  // The headline is part of the article (claims are made in headlines too), once, first: a copy
  // of it among the first paragraphs (the page's own <h1>) is dropped.
  if (title) {
    const paras = body.split("\n\n");
    const i = paras.slice(0, 5).findIndex((p) => norm(p) === norm(title));
    if (i >= 0) paras.splice(i, 1);
    body = [title, ...paras].join("\n\n");
  }
  return { text: body, meta };
}
