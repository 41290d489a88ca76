// DOM helpers shared by the dashboard's views. Every string that comes from the API is put into the
// page as a text node or an attribute value set through the DOM, never through innerHTML, so
// hostile article text stays text.

const SAFE_ATTR = /^(class|id|role|title|rel|target|tabindex|type|name|value|placeholder|for|scope|colspan|lang|dir|hidden|disabled|selected|checked|open|min|max|list|autocomplete|aria-[a-z-]+|data-[a-z-]+)$/;

/** Only in-app routes and http(s) URLs become links; anything else (javascript:, data:) is dropped. */
export function safeHref(href) {
  if (typeof href !== "string") return null;
  if (href.startsWith("#/") || href.startsWith("/api/") || href === "/openapi.json") return href;
  try {
    const u = new URL(href);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch { return null; }
}

function fill(el, attrs, children, allowed) {
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "href") { const s = safeHref(v); if (s) el.setAttribute("href", s); continue; }
    if (k === "on") { for (const [ev, fn] of Object.entries(v)) el.addEventListener(ev, fn); continue; }
    if (!allowed.test(k)) throw new Error(`attribute not allowed: ${k}`);
    el.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

/** h("a", {href, class}, "text", child…): builds elements; strings become text nodes. */
export function h(tag, attrs, ...children) {
  return fill(document.createElement(tag), attrs, children, SAFE_ATTR);
}

const SVG_NS = "http://www.w3.org/2000/svg";
const SVG_ATTR = /^(class|id|role|tabindex|viewBox|preserveAspectRatio|d|cx|cy|r|x|y|dx|dy|width|height|transform|text-anchor|focusable|aria-[a-z-]+|data-[a-z-]+)$/;
/** The same for SVG elements (the map): presentation goes through classes, never a style attribute (CSP). */
export function svg(tag, attrs, ...children) {
  return fill(document.createElementNS(SVG_NS, tag), attrs, children, SVG_ATTR);
}

export function clear(el) { while (el.firstChild) el.removeChild(el.firstChild); }

const main = () => document.getElementById("main");
/** Shows a view; data-hash says which route it shows (tests wait on it). */
export function show(...nodes) {
  const m = main();
  clear(m);
  m.append(...nodes.filter((n) => n !== null && n !== undefined && n !== false));
  m.setAttribute("data-hash", location.hash);
}

// A view's requests belong to the route that started it: when the hash has changed since, their
// answers are dropped (StaleRoute), so a slow answer to an earlier route never replaces the view
// of a later one. The router calls nextRoute() before starting a view.
let routeSeq = 0;
export function nextRoute() { return ++routeSeq; }
export class StaleRoute extends Error { constructor() { super("stale route"); this.name = "StaleRoute"; } }

/** GET a JSON resource; `shared` requests (cached across views) are never dropped. */
export async function api(path, { shared = false } = {}) {
  const seq = routeSeq;
  const r = await fetch(path, { headers: { accept: "application/json" } });
  const body = await r.json().catch(() => ({ error: `HTTP ${r.status}` }));
  if (!shared && seq !== routeSeq) throw new StaleRoute();
  if (!r.ok) throw new Error(body.error || `HTTP ${r.status}`);
  return body;
}

/**
 * Awaits a shared promise (a cached request, a library loading) for the view that asks: when the
 * hash has changed meanwhile, StaleRoute. The shared promise itself is left alone for later views;
 * without this a view whose own requests were answered in time could still render after a later
 * route had started, under that route's hash, and be replaced a moment later with what the user
 * had begun typing in it.
 */
export async function forRoute(promise) {
  const seq = routeSeq;
  const value = await promise;
  if (seq !== routeSeq) throw new StaleRoute();
  return value;
}

/** The query string of the non-empty params. */
export function qs(params) {
  return new URLSearchParams(Object.entries(params).filter(([, v]) => v !== "" && v !== null && v !== undefined)).toString();
}

export function go(path, params) {
  const q = qs(params);
  location.hash = `${path}${q ? `?${q}` : ""}`;
}

/** Previous / "11–20 of 42" / Next for a paged list at `path`; `what` names the items ("claims"). */
/**
 * Previous/Next for a list. `more`: the store counted only up to a cap (the API's total_exact
 * false), so the total is "at least" and Next stays on while a page comes back full; `count` is
 * the rows on this page.
 */
export function pager(path, p, total, size, what, more = false, count = 0) {
  const offset = Number(p.offset || 0);
  const last = more ? offset + count : Math.min(offset + size, total);
  const of = more ? `${Math.max(total, last).toLocaleString("en-US")}+` : total;
  return h("div", { class: "pager" },
    h("button", { type: "button", disabled: offset === 0, on: { click: () => go(path, { ...p, offset: String(Math.max(0, offset - size)) }) } }, "Previous"),
    h("span", { class: "muted" }, total ? `${offset + 1}–${last} of ${of}` : `no ${what} match`),
    h("button", { type: "button", disabled: more ? count < size : offset + size >= total, on: { click: () => go(path, { ...p, offset: String(offset + size) }) } }, "Next"));
}
