// The selection the analyst views share (table, timeline, map): the filter form for every facet,
// the tabs between the three views, and the results bar with the exports of the selection at the
// top. A selection is the URL's query, so a view can be bookmarked, shared and exported as shown.
import { h, api, go, qs, forRoute } from "./dom.js";
import { words } from "./format.js";

/** Query parameters that select claims (the API's filters). `sort`, `order`, `by` and `offset` are how a view shows them. */
export const FILTER_KEYS = ["q", "claimant", "outlet", "place", "stance", "kind", "item", "lang", "from", "to", "article"];
const STANCES = ["assert", "deny", "question", "forecast"];

export const filtersOf = (p) => Object.fromEntries(FILTER_KEYS.filter((k) => p[k]).map((k) => [k, p[k]]));

// The full lists for the selects come from the unfiltered facets (cached by the server), so a
// filter already set does not hide the other choices.
let vocab = null, vocabAt = 0;
async function allFacets() {
  if (!vocab || Date.now() - vocabAt > 30_000) {
    vocabAt = Date.now();
    vocab = api("/api/facets", { shared: true }).catch((e) => { vocab = null; throw e; });
  }
  return vocab;
}

/** The languages the server reads, from its registry (GET /api/languages, fetched once). */
let languagesOnce = null;
function languages() {
  languagesOnce = languagesOnce || api("/api/languages", { shared: true }).then((r) => r.items).catch((e) => { languagesOnce = null; throw e; });
  return languagesOnce;
}

/** Option lists: the facets of the whole store (values only), and the registered languages. */
export async function choices() {
  const [f, langs] = await forRoute(Promise.all([allFacets(), languages()]));
  const vals = (k) => (f[k] || []).map((x) => x.value);
  const langNames = Object.fromEntries(langs.map((l) => [l.code, `${l.code} · ${l.name}`]));
  return { claimant: vals("claimant"), outlet: vals("via"), place: vals("place"), kind: vals("kind"), item: vals("item"), lang: langs.map((l) => l.code), langNames };
}

export const select = (name, label, options, current, show = (v) => v) => h("label", {}, label,
  h("select", { name }, h("option", { value: "" }, "any"),
    [...new Set([...(current && !options.includes(current) ? [current] : []), ...options])].map((v) => h("option", { value: v, selected: v === current }, show(v)))));
const text = (name, label, current, listId) => h("label", {}, label,
  h("input", { name, value: current || "", type: "text", list: listId || null, autocomplete: "off" }));
const datalist = (id, values) => h("datalist", { id }, values.slice(0, 50).map((v) => h("option", { value: v })));

/**
 * The header of an analyst view: title, filter form, tabs, and the results bar (count, sort,
 * exports). `view` is "claims", "timeline" or "map"; `extra` are the view's own parameters kept
 * when the filters change (sort, by).
 */
/** The filters form and the count; `atLeast`: the count is a lower bound (the store stopped counting at its cap). */
export async function selectionHeader(view, p, total, extra = {}, atLeast = false) {
  const ch = await choices();
  const f = filtersOf(p);
  const form = h("form", { class: "filters", role: "search", "aria-label": "Filter claims", id: "filters" },
    text("q", "Words", p.q),
    text("claimant", "Claimant", p.claimant, "dl-claimant"),
    text("outlet", "Outlet", p.outlet, "dl-outlet"),
    text("place", "Place", p.place, "dl-place"),
    select("stance", "Stance", STANCES, p.stance),
    select("kind", "Kind", ch.kind, p.kind, words),
    select("item", "Item", ch.item, p.item, words),
    select("lang", "Language", ch.lang, p.lang, (v) => ch.langNames[v] || v),
    h("label", {}, "From", h("input", { name: "from", type: "date", value: p.from || "" })),
    h("label", {}, "To", h("input", { name: "to", type: "date", value: p.to || "" })),
    p.article ? h("input", { type: "hidden", name: "article", value: p.article }) : null,
    h("div", { class: "buttons" },
      h("button", { class: "primary", type: "submit" }, "Filter"),
      h("button", { type: "button", on: { click: () => go(`#/${view}`, extra) } }, "Clear")),
    datalist("dl-claimant", ch.claimant), datalist("dl-outlet", ch.outlet), datalist("dl-place", ch.place));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    go(`#/${view}`, { ...Object.fromEntries(new FormData(form)), ...extra });
  });

  const tab = (v, label) => h("a", { href: `#/${v}${qs(f) ? `?${qs(f)}` : ""}`, class: "tab", "aria-current": v === view ? "page" : null, "data-tab": v }, label);
  const tabs = h("nav", { class: "tabs", "aria-label": "Show the selection as" }, tab("claims", "Table"), tab("timeline", "Timeline"), tab("map", "Map"));

  // The exports carry the filters, and the table's sort so the file lists the claims as shown.
  const fq = qs({ ...f, sort: extra.sort, order: extra.order });
  const exports = h("div", { class: "exports", id: "exports" }, h("span", { class: "muted" }, "Export:"),
    [["csv", "CSV"], ["csv-numbers", "CSV (one row per number)"], ["ndjson", "NDJSON"], ["jsonld", "JSON-LD"]].map(([fmt, label]) => h("a", { class: "button", href: `/api/export?${fq}${fq ? "&" : ""}format=${fmt}`, "data-format": fmt }, label)));
  const active = Object.entries(f).map(([k, v]) => h("span", { class: "chip" }, `${k === "q" ? "words" : k === "lang" ? "language" : k}: ${v} `,
    h("button", { type: "button", "aria-label": `Remove the ${k} filter`, on: { click: () => { const n = { ...p }; delete n[k]; delete n.offset; go(`#/${view}`, n); } } }, "×")));
  const bar = h("div", { class: "results-bar" },
    h("p", { class: "count", id: "result-count", role: "status" }, h("strong", {}, `${total.toLocaleString("en-US")}${atLeast ? "+" : ""}`), total === 1 && !atLeast ? " claim" : " claims"),
    active.length ? h("div", { class: "chips", "aria-label": "Active filters" }, active) : null,
    exports);
  // On a phone the form would fill the first screen: it starts folded there (the chips in the
  // results bar show what is in force), open on a desktop.
  const n = Object.keys(f).length;
  const box = h("details", { class: "filter-box", open: !window.matchMedia("(max-width: 800px)").matches },
    h("summary", {}, "Filters", n ? h("span", { class: "muted" }, ` · ${n} in force`) : null), form);
  return [h("h1", {}, "Claims"), box, tabs, bar];
}

/** Warnings the API attaches to a search (a name it could not resolve, with suggestions): shown above the results. */
export function warningsBox(view, p, warnings) {
  if (!Array.isArray(warnings) || !warnings.length) return null;
  return h("div", { class: "warnings", role: "status", id: "query-warnings" }, warnings.map((w) => {
    if (typeof w === "string") return h("p", {}, w);
    const field = w.param || w.field || w.filter;
    const sugg = Array.isArray(w.suggestions) ? w.suggestions : [];
    return h("p", {}, w.message || w.warning || "", sugg.length && field ? [" Try: ", sugg.map((s, i) => {
      const value = typeof s === "string" ? s : s.value || s.name;
      return [i ? ", " : "", h("a", { href: `#/${view}?${qs({ ...p, [field]: value, offset: "" })}` }, typeof s === "string" ? s : s.label || s.name || value)];
    })] : null);
  }));
}
