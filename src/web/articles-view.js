// The list of stored articles: outlet, date, language and how many claims each gave, filtered by
// language, outlet, dates and words; each links to its text and to its claims.
import { h, show, api, go, qs, pager } from "./dom.js";
import { articleTitle } from "./format.js";
import { choices, select } from "./selection.js";

const PAGE = 25;

/** The host of the article's URL: what names the outlet when the page gave no site name. */
function host(a) {
  try { return a.url ? new URL(a.url).hostname.replace(/^www\./, "") : null; } catch { return null; }
}

export async function articlesView(params) {
  const p = Object.fromEntries(params);
  const filters = { q: p.q, site: p.site, lang: p.lang, from: p.from, to: p.to };
  const [data, ch] = await Promise.all([api(`/api/articles?${qs({ ...filters, limit: String(PAGE), offset: p.offset })}`), choices()]);

  const form = h("form", { class: "filters", role: "search", "aria-label": "Filter articles" },
    h("label", {}, "Words", h("input", { name: "q", value: p.q || "" })),
    h("label", {}, "Outlet", h("input", { name: "site", value: p.site || "" })),
    select("lang", "Language", ch.lang, p.lang, (v) => ch.langNames[v] || v),
    h("label", {}, "Published from", h("input", { name: "from", type: "date", value: p.from || "" })),
    h("label", {}, "Published to", h("input", { name: "to", type: "date", value: p.to || "" })),
    h("div", { class: "buttons" },
      h("button", { class: "primary", type: "submit" }, "Filter"),
      h("button", { type: "button", on: { click: () => go("#/articles", {}) } }, "Clear")));
  form.addEventListener("submit", (e) => { e.preventDefault(); go("#/articles", Object.fromEntries(new FormData(form))); });

  const rows = data.items.map((a) => {
    // A named outlet filters the list; a bare host is shown as what it is.
    const outlet = a.site_name
      ? h("button", { type: "button", class: "link", title: `Only articles from ${a.site_name}`, on: { click: () => go("#/articles", { ...filters, site: a.site_name }) } }, a.site_name)
      : host(a) ? h("span", { title: "the page names no outlet: its web address" }, host(a)) : h("span", { class: "muted" }, "—");
    return h("tr", { "data-article": String(a.id) },
      h("td", { "data-label": "Published" }, a.published || h("span", { class: "muted" }, "undated")),
      h("td", { "data-label": "Title", lang: a.title ? a.lang : null }, h("a", { href: `#/article/${a.id}` }, articleTitle(a.title, a.id))),
      h("td", { "data-label": "Outlet", class: "outlet" }, outlet),
      h("td", { "data-label": "Language" }, a.lang),
      h("td", { "data-label": "Claims", class: "num-col" }, a.claim_count ? h("a", { href: `#/claims?article=${a.id}` }, `${a.claim_count} claims`) : "0"));
  });

  show(h("h1", {}, "Articles"), form,
    h("p", { class: "count", role: "status" }, h("strong", {}, String(data.total)), data.total === 1 ? " article" : " articles", h("span", { class: "muted" }, " · newest first")),
    h("table", { class: "stack", id: "articles-table" },
      h("thead", {}, h("tr", {}, ["Published", "Title", "Outlet", "Language", "Claims"].map((t) => h("th", { scope: "col" }, t)))),
      h("tbody", {}, rows)), pager("#/articles", p, data.total, PAGE, "articles"));
}
