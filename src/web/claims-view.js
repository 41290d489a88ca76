// The claims table: every filter, facets with counts, columns sorted by the server (so sorting
// spans every page, not just the one shown), and the exports of the selection at the top.
import { h, show, api, go, qs, pager } from "./dom.js";
import { articleTitle, figure, who, words } from "./format.js";
import { filtersOf, selectionHeader, warningsBox } from "./selection.js";

const PAGE = 25;
/** Sortable columns: [API sort key, label]; date and figure start largest first, text A to Z. */
export const SORTS = [["date", "Date"], ["claimant", "Claimant"], ["outlet", "Outlet"], ["stance", "Stance"], ["kind", "Kind"], ["place", "Place"], ["figure", "Largest figure"], ["article", "Article title"], ["lang", "Language"]];
const ORDER_WORDS = { date: { asc: "oldest first", desc: "newest first" }, figure: { asc: "smallest first", desc: "largest first" }, text: { asc: "A to Z", desc: "Z to A" } };
const defaultOrder = (col) => (col === "date" || col === "figure" ? "desc" : "asc");
// Facet name -> the filter its buttons set ("via" is the outlet).
const FACET_FILTER = { claimant: "claimant", via: "outlet", item: "item", lang: "lang", date: "from", stance: "stance", kind: "kind", place: "place" };
const FACET_TITLE = { via: "outlet", lang: "language" };

export async function claimsView(params) {
  const p = Object.fromEntries(params);
  const f = filtersOf(p);
  const sort = p.sort || "", order = p.order || (sort ? defaultOrder(sort) : "");
  const [data, facets] = await Promise.all([
    api(`/api/claims?${qs({ ...f, sort, order: sort ? order : "", limit: String(PAGE), offset: p.offset })}`),
    api(`/api/facets?${qs(f)}`),
  ]);
  const keep = { sort: p.sort, order: p.order };
  // Past the store's counting cap the total is "at least" (total_exact false): "10,000+ claims".
  const more = data.total_exact === false;
  const header = await selectionHeader("claims", p, data.total, keep, more);

  // The sort also has a control of its own: on a phone the column headers are hidden.
  const sortSel = h("select", { name: "sort", id: "sort-select", "aria-label": "Sort by" },
    SORTS.map(([k, label]) => h("option", { value: k, selected: (sort || "date") === k }, label)));
  const words2 = ORDER_WORDS[sort || "date"] || ORDER_WORDS.text;
  const orderSel = h("select", { name: "order", id: "order-select", "aria-label": "Order" },
    h("option", { value: "asc", selected: (order || "desc") === "asc" }, words2.asc),
    h("option", { value: "desc", selected: (order || "desc") === "desc" }, words2.desc));
  sortSel.addEventListener("change", () => go("#/claims", { ...f, sort: sortSel.value, order: defaultOrder(sortSel.value) }));
  orderSel.addEventListener("change", () => go("#/claims", { ...f, sort: sortSel.value, order: orderSel.value }));
  const sortBox = h("div", { class: "sort-box" }, h("span", { class: "muted" }, "Sort"), sortSel, orderSel);

  // Column headers sort; the current one carries aria-sort. Without a sort the list is newest first.
  const current = sort || "date", dir = sort ? order : "desc";
  const th = (label, col) => {
    if (!col) return h("th", { scope: "col" }, label);
    const on = current === col;
    const next = on ? (dir === "asc" ? "desc" : "asc") : defaultOrder(col);
    return h("th", { scope: "col", "aria-sort": on ? (dir === "asc" ? "ascending" : "descending") : "none" },
      h("button", { type: "button", class: "sort", "data-sort": col, on: { click: () => go("#/claims", { ...f, sort: col, order: next }) } },
        label, h("span", { class: "arrow", "aria-hidden": "true" }, on ? (dir === "asc" ? " ▲" : " ▼") : " ↕")));
  };
  const place = (c) => c.location
    ? h("a", { href: `#/claims?${qs({ ...f, place: c.location.id || c.location.name, offset: "" })}`, title: `Only claims about ${c.location.name}` }, c.location.name)
    : h("span", { class: "muted" }, "—");
  const rows = data.items.map((c) => h("tr", {},
    h("td", { "data-label": "Date", class: "date" }, c.date || c.published || "—"),
    h("td", { "data-label": "Claimant" }, who(c), c.via ? h("div", { class: "muted" }, `via ${c.via.name}`) : null),
    h("td", { "data-label": "Stance" }, h("span", { class: `badge ${c.stance}` }, c.stance), h("div", { class: "muted kind" }, words(c.kind))),
    h("td", { "data-label": "Place" }, place(c)),
    h("td", { "data-label": "Figures" }, c.quantities.length ? c.quantities.map((q) => h("div", {}, figure(q))) : h("span", { class: "muted" }, "—")),
    h("td", { "data-label": "Evidence", class: "ev" }, c.evidence.text),
    h("td", { "data-label": "Article" }, h("a", { href: `#/article/${c.article_id}?claim=${c.id}` }, articleTitle(c.article_title, c.article_id)),
      h("div", { class: "muted" }, c.article_lang))));


  // On a phone the facets would push the table off the first screen: start them folded there.
  const facetBox = h("details", { class: "facets", "aria-label": "Facets", open: !window.matchMedia("(max-width: 800px)").matches },
    h("summary", {}, "Facets"),
    // A selection the server does not count whole (free text, a kind, an item...): the counts are
    // of its newest `sample` claims, and the panel says so rather than pass them off as totals.
    facets.sample ? h("p", { class: "muted", id: "facet-sample" }, `Counts in the newest ${facets.sample.toLocaleString("en")} matching claims`) : null,
    Object.entries(facets).filter(([, values]) => Array.isArray(values) && values.length).map(([name, values]) => h("section", { class: "facet" },
      h("h3", {}, FACET_TITLE[name] || name),
      h("ul", {}, values.slice(0, 12).map((v) => {
        const key = FACET_FILTER[name];
        const pressed = name === "date" ? p.from === v.value && p.to === v.value : p[key] === v.value;
        const next = name === "date" ? { ...f, from: v.value, to: v.value } : { ...f, [key]: pressed ? "" : v.value };
        return h("li", {}, h("button", {
          type: "button", "aria-pressed": String(pressed), "data-facet": name,
          on: { click: () => go("#/claims", { ...next, ...keep }) },
        }, h("span", {}, name === "kind" || name === "item" ? words(v.value) : v.value), h("span", { class: "count" }, String(v.count))));
      })))));

  show(...header, warningsBox("claims", p, data.warnings),
    h("div", { class: "layout" }, facetBox,
      h("div", { class: "results" }, sortBox,
        h("table", { class: "stack", id: "claims-table" },
          h("caption", { class: "visually-hidden" }, `${data.total}${more ? "+" : ""} claims`),
          h("thead", {}, h("tr", {}, th("Date", "date"), th("Claimant", "claimant"), th("Stance", "stance"), th("Place", "place"),
            th("Figures", "figure"), th("Evidence"), th("Article", "article"))),
          h("tbody", {}, rows)), pager("#/claims", p, data.total, PAGE, "claims", more, data.items.length))));
}
