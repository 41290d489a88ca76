// claimtrace dashboard. Vanilla JS, no build step. Every string that comes from the API (article
// text, titles, names, evidence, `why`) is put into the page as a text node or an attribute value
// set through the DOM: never through innerHTML, so hostile article text stays text.
import { historySections } from "./history.js";

import { h, safeHref, clear, show, api, go, nextRoute } from "./dom.js";
import { fmt, QUAL, figure, who } from "./format.js";
import { claimsView } from "./claims-view.js";
import { articlesView } from "./articles-view.js";
import { timelineView } from "./timeline.js";
import { mapView } from "./map.js";
import { sourceColour, sourceLineChart } from "./charts.js";

const tip = document.getElementById("tip");

// ---- routing --------------------------------------------------------------------------------
function route() {
  const hash = location.hash || "#/claims";
  const [path, query] = hash.slice(1).split("?");
  const params = new URLSearchParams(query || "");
  const parts = path.split("/").filter(Boolean);
  for (const a of document.querySelectorAll("[data-nav]")) {
    const section = { measure: "measures", article: "articles", timeline: "claims", map: "claims" }[parts[0]] || parts[0];
    if (a.dataset.nav === section) a.setAttribute("aria-current", "page");
    else a.removeAttribute("aria-current");
  }
  hideTip();
  const views = {
    claims: () => claimsView(params), timeline: () => timelineView(params), map: () => mapView(params), articles: () => articlesView(params),
    article: () => articleView(parts[1], params), measures: () => measuresView(params), measure: () => measureView(decodeURIComponent(parts[1] || ""), params),
  };
  const view = views[parts[0]] || views.claims;
  nextRoute();
  view().catch((e) => e.name === "StaleRoute" ? undefined : show(h("p", { class: "error", role: "alert" }, `Could not load: ${e.message}`)));
}
window.addEventListener("hashchange", route);

// ---- article view: text with every claim's evidence highlighted -----------------------------
async function articleView(id, params) {
  const a = await api(`/api/articles/${encodeURIComponent(id)}`);
  const focus = params.get("claim");
  const textEl = h("div", { class: "article-text", lang: a.lang, id: "article-text" });
  renderHighlighted(textEl, a.text, a.claims);

  const list = h("ol", { class: "claims-list" }, a.claims.map((c) => h("li", { "data-claim": String(c.id) },
    h("button", { type: "button", on: { click: () => focusClaim(c.id) } }, who(c)), " ",
    h("span", { class: `badge ${c.stance}` }, c.stance), " ",
    c.via ? h("span", { class: "muted" }, `via ${c.via.name} `) : null,
    c.quantities.map((q) => h("span", { class: "badge" }, figure(q))), " ",
    h("div", { class: "muted" }, c.kind, c.date ? ` · ${c.date}` : "", c.location ? ` · ${c.location.name}` : ""))));
  const link = safeHref(a.url);
  show(
    h("p", {}, h("a", { href: "#/claims" }, "← Claims")),
    h("h1", { lang: a.lang }, a.title || `Article ${a.id}`),
    h("p", { class: "muted" }, [a.lang, a.published, a.site_name].filter(Boolean).join(" · "), " ",
      link ? h("a", { href: link, rel: "noopener noreferrer", target: "_blank" }, "original") : null),
    h("div", { class: "two-col" },
      h("section", { "aria-label": "Article text" }, textEl),
      h("section", { "aria-label": "Claims in this article" }, h("h2", {}, `${a.claims.length} claims`), list)));
  if (focus) focusClaim(focus);
}

function focusClaim(id) {
  for (const m of document.querySelectorAll("mark.active")) m.classList.remove("active");
  const marks = document.querySelectorAll(`mark[data-claims~="${CSS.escape(String(id))}"]`);
  for (const m of marks) m.classList.add("active");
  if (marks[0]) { marks[0].scrollIntoView({ block: "center" }); marks[0].focus({ preventScroll: true }); }
}

/**
 * Splits the text at every evidence and number boundary and appends each piece as a text node,
 * wrapped in <mark> when evidence covers it and in a focusable .num when a number does. Offsets are
 * JavaScript string indices, the same the engine produced. One sweep over the sorted boundaries,
 * opening and closing spans as it passes them, so the work grows with pieces plus spans (not
 * pieces times claims: an article with 26,000 claims took half a minute that way).
 */
function renderHighlighted(el, text, claims) {
  const at = new Map(); // offset -> spans opening and closing there
  const point = (p) => { let x = at.get(p); if (!x) at.set(p, (x = { open: [], close: [] })); return x; };
  point(0); point(text.length);
  let k = 0; // claim order: ids are listed, and the first number chosen, in that order
  const span = (s, e, x) => { x.k = k++; point(s).open.push(x); point(e).close.push(x); };
  for (const c of claims) {
    const e = c.evidence;
    if (e && e.start >= 0 && e.end > e.start && e.end <= text.length) span(e.start, e.end, { evid: true, id: c.id });
    for (const q of c.quantities) {
      if (q.start >= 0 && q.end > q.start && q.end <= text.length) span(q.start, q.end, { evid: false, s: q.start, e: q.end, q, c });
    }
  }
  const pts = [...at.keys()].sort((x, y) => x - y);
  const evid = new Set(), nums = new Set();
  for (let i = 0; i + 1 < pts.length; i++) {
    const s = pts[i], e = pts[i + 1];
    const here = at.get(s);
    for (const x of here.close) (x.evid ? evid : nums).delete(x);
    for (const x of here.open) (x.evid ? evid : nums).add(x);
    const piece = document.createTextNode(text.slice(s, e));
    const ids = evid.size ? [...evid].sort((x, y) => x.k - y.k).map((x) => x.id) : [];
    let num = null;
    for (const x of nums) if (!num || x.k < num.k) num = x;
    let node = piece;
    if (num) {
      const n = num;
      node = h("span", { class: "num", tabindex: "0", "data-claim": String(n.c.id), "aria-label": `${text.slice(n.s, n.e)}: read as ${figure(n.q)}` }, piece);
      node.addEventListener("mouseenter", () => showTip(node, n.q, n.c));
      node.addEventListener("focus", () => showTip(node, n.q, n.c));
      node.addEventListener("mouseleave", hideTip);
      node.addEventListener("blur", hideTip);
    }
    if (ids.length) node = h("mark", { "data-claims": ids.join(" "), tabindex: "-1" }, node);
    el.append(node);
  }
}

function showTip(anchor, q, c) {
  clear(tip);
  const row = (k, v) => [h("dt", {}, k), h("dd", {}, v)];
  tip.append(h("dl", {},
    row("read as", figure(q)), row("value", fmt(q.value)), row("qualifier", q.qualifier), row("item", q.item), row("role", q.role),
    row("claimant", who(c)), c.via ? row("via", c.via.name) : null,
    row("why", [...(q.why || []), ...(c.why || [])].join(" · ") || "—")));
  tip.hidden = false;
  const r = anchor.getBoundingClientRect();
  tip.style.left = `${Math.max(4, Math.min(window.scrollX + r.left, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 4))}px`;
  tip.style.top = `${window.scrollY + r.bottom + 6}px`;
}
function hideTip() { tip.hidden = true; }
document.addEventListener("keydown", (e) => { if (e.key === "Escape") hideTip(); });

// ---- measures -------------------------------------------------------------------------------
async function measuresView(params) {
  const contested = params.get("contested") === "1";
  const q = params.get("q") || "";
  const data = await api(`/api/measures?${new URLSearchParams({ limit: "200", ...(contested ? { contested: "1" } : {}), ...(q ? { q } : {}) })}`);
  const form = h("form", { class: "filters", role: "search", "aria-label": "Filter measures" },
    h("label", {}, "Words", h("input", { name: "q", value: q })),
    h("label", {}, h("span", {}, "Only contradictions"), h("input", { type: "checkbox", name: "contested", value: "1", checked: contested })),
    h("button", { class: "primary", type: "submit" }, "Filter"));
  form.addEventListener("submit", (e) => { e.preventDefault(); go("#/measures", Object.fromEntries(new FormData(form))); });
  const rows = data.items.map((m) => h("tr", {},
    h("td", { "data-label": "Measure" }, h("a", { href: `#/measure/${encodeURIComponent(m.id)}` }, m.label)),
    h("td", { "data-label": "Sources" }, m.claimants.join(", ")),
    h("td", { "data-label": "Verdicts" },
      m.counts.contradict ? h("span", { class: "badge contradict" }, `${m.counts.contradict} contradict`) : null, " ",
      m.counts.consistent ? h("span", { class: "badge consistent" }, `${m.counts.consistent} consistent`) : null, " ",
      m.counts.agree ? h("span", { class: "badge agree" }, `${m.counts.agree} agree`) : null),
    h("td", { "data-label": "Articles" }, `${m.counts.articles} (${m.counts.languages.join(", ")})`)));
  show(h("h1", {}, "Measures"), h("p", { class: "muted" }, "Claims about the same count, grouped across articles and languages; the most contested first."), form,
    h("table", { class: "stack", id: "measures-table" },
      h("thead", {}, h("tr", {}, ["Measure", "Sources", "Verdicts", "Articles"].map((t) => h("th", { scope: "col" }, t)))),
      h("tbody", {}, rows)));
}

let chart = null;
const POINT = { exact: "circle", approx: "rectRot", up_to: "triangle", at_most: "triangle", less_than: "triangle", more_than: "triangle", at_least: "triangle", fraction: "star" };

/**
 * A measure's detail comes a page at a time (a count repeated for months has thousands of
 * statements): the view shows what was loaded and the totals, and "More" loads the next page of
 * every list and shows the view again with it, so every claim can be reached.
 */
async function measureView(id, params) {
  // ?limit=n: a page of another size (the API's default otherwise).
  const limit = params.get("limit");
  renderMeasure(await api(`/api/measures/${encodeURIComponent(id)}${limit ? `?${new URLSearchParams({ limit })}` : ""}`));
}

/** The pages loaded so far, one list after the other. */
function mergePages(m, next) {
  return {
    ...m, page: next.page,
    statements: [...m.statements, ...next.statements], denials: [...m.denials, ...next.denials], other: [...m.other, ...next.other],
    series: [...m.series, ...next.series], origins: [...m.origins, ...next.origins],
    history: m.history && { ...m.history, points: [...m.history.points, ...(next.history ? next.history.points : [])] },
  };
}

function renderMeasure(m) {
  const byId = new Map([...m.statements, ...m.denials, ...m.other].map((s) => [s.id, s]));
  const say = (s) => (s.value === null ? "denies it" : `${QUAL[s.qualifier] ?? ""}${fmt(s.value)}`);
  // A verdict may name a statement of a page not loaded yet: its explanation says what was compared.
  const reports = (s) => !s ? [] : s.reports.map((r) => h("a", { href: `#/article/${r.articleId}?claim=${r.claimId}` }, `${r.outlet || "article"} (${r.lang})`)).flatMap((x) => [x, " "]);

  const statementRows = [...m.statements, ...m.denials, ...m.other].map((s) => h("tr", {},
    h("td", { "data-label": "Source" }, s.claimant),
    h("td", { "data-label": "Says" }, h("span", { class: `badge ${s.stance}` }, s.stance), " ", say(s)),
    h("td", { "data-label": "Date" }, s.date || "—", s.dateInferred ? h("span", { class: "muted" }, " (published)") : null),
    h("td", { "data-label": "Reported in" }, reports(s))));
  const verdictItems = (kind) => m.verdicts.filter((v) => v.verdict === kind).map((v) => h("li", {},
    h("span", { class: `badge ${v.verdict}` }, v.verdict), " ", v.explanation, " ",
    h("span", { class: "muted" }, "— "), reports(byId.get(v.a)), reports(byId.get(v.b))));

  // A denial contradicts every count at once: one line per denial reads better than one per pair.
  const contradictionItems = () => {
    const isDenial = (id) => { const st = byId.get(id); return st && st.value === null; };
    const byDenial = new Map();
    const items = [];
    for (const v of m.verdicts.filter((x) => x.verdict === "contradict")) {
      const d = isDenial(v.a) ? v.a : isDenial(v.b) ? v.b : null;
      if (!d) { items.push(h("li", {}, h("span", { class: "badge contradict" }, "contradict"), " ", v.explanation, " ", h("span", { class: "muted" }, "— "), reports(byId.get(v.a)), reports(byId.get(v.b)))); continue; }
      if (!byDenial.has(d)) byDenial.set(d, []);
      byDenial.get(d).push(byId.get(v.a === d ? v.b : v.a));
    }
    for (const [d, others] of byDenial) {
      const den = byId.get(d);
      const known = others.filter(Boolean);
      items.push(h("li", {}, h("span", { class: "badge contradict" }, "contradict"), " ",
        `${den.claimant} denies it${den.date ? ` (${den.date})` : ""}, which contradicts: `,
        known.map((o, i) => [i ? "; " : "", `${o.claimant} ${say(o)}${o.date ? ` (${o.date})` : ""}`]),
        known.length < others.length ? `${known.length ? "; " : ""}${others.length - known.length} statement(s) on later pages` : "", " ",
        h("span", { class: "muted" }, "— "), reports(den)));
    }
    return items;
  };

  const canvas = h("canvas", { id: "measure-chart", role: "img", "aria-label": `Values over time for ${m.label}` });
  const totals = m.page.totals;
  const rowsTotal = totals.statements + totals.denials + totals.other;
  const of = (n, total, what) => `${fmt(n)} of ${fmt(total)} ${what}`;
  const status = h("span", { id: "measure-page-status" }, `Showing ${[
    of(statementRows.length, rowsTotal, "statements"), of(m.series.length, totals.series, "chart points"),
    ...(m.history ? [of(m.history.points.length, totals.points, "history points")] : []), of(m.origins.length, totals.origins, "figures' origins"),
  ].join(" · ")}.`);
  const more = h("button", { type: "button", id: "measure-more", class: "primary" }, "More");
  more.addEventListener("click", async () => {
    more.disabled = true;
    try {
      const next = await api(`/api/measures/${encodeURIComponent(m.id)}?${new URLSearchParams({ offset: String(m.page.offset + m.page.limit), limit: String(m.page.limit) })}`);
      const y = window.scrollY;
      renderMeasure(mergePages(m, next));
      window.scrollTo(0, y);
    } catch (e) {
      if (e.name === "StaleRoute") return;
      more.disabled = false;
      status.textContent = `Could not load more: ${e.message}`;
    }
  });
  const pageBar = h("p", { class: "pager", id: "measure-page" }, status, " ", m.page.more ? more : null);
  show(
    h("p", {}, h("a", { href: "#/measures" }, "← Measures")),
    h("h1", {}, m.label),
    h("p", { class: "muted" }, `${m.counts.sources} sources · ${m.counts.articles} articles · ${m.counts.languages.join(", ")} · ${m.shape === "stock" ? "a running count over time" : "an event on one day (chart: the same count on other days)"}`),
    h("div", { class: "chart-box" }, canvas),
    h("h2", { id: "contradictions" }, `Contradictions (${m.counts.contradict})`),
    m.counts.contradict ? h("ul", { class: "verdicts", id: "contradictions-list" }, contradictionItems()) : h("p", { class: "muted" }, "None: every pair of figures can be true together."),
    m.truncated ? h("p", { class: "muted" }, `Only the first comparisons are listed: this measure has more pairs than are compared at once.`) : null,
    m.counts.consistent || m.counts.agree ? h("details", {}, h("summary", {}, `Consistent (${m.counts.consistent}) and agreeing (${m.counts.agree}) pairs`),
      h("ul", { class: "verdicts" }, verdictItems("consistent"), verdictItems("agree"))) : null,
    h("h2", {}, "What each source says", rowsTotal > statementRows.length ? h("span", { class: "muted" }, ` (${of(statementRows.length, rowsTotal, "shown")})`) : null),
    h("table", { class: "stack", id: "statements-table" }, h("thead", {}, h("tr", {}, ["Source", "Says", "Date", "Reported in"].map((t) => h("th", { scope: "col" }, t)))), h("tbody", {}, statementRows)),
    ...historySections(m, h),
    pageBar);
  drawChart(canvas, m);
}

/** One dataset per source; x is the date (categories, so no date adapter is needed); point shape shows the qualifier. */
function drawChart(canvas, m) {
  if (chart) { chart.destroy(); chart = null; }
  if (!window.Chart) { canvas.replaceWith(h("p", { class: "muted" }, "Chart library not loaded.")); return; }
  const dates = [...new Set(m.series.map((p) => p.date))].sort();
  const sources = [...new Set(m.series.map((p) => p.claimant))];
  const datasets = sources.map((src, i) => {
    const pts = m.series.filter((p) => p.claimant === src);
    return {
      label: src, showLine: true, borderColor: sourceColour(i), backgroundColor: sourceColour(i),
      data: pts.map((p) => ({ x: p.date, y: p.value, qualifier: p.qualifier })),
      pointStyle: pts.map((p) => POINT[p.qualifier] || "circle"), pointRotation: pts.map((p) => (p.qualifier === "up_to" || p.qualifier === "at_most" || p.qualifier === "less_than" ? 180 : 0)),
      pointRadius: pts.map((p) => (p.measure === m.id ? 7 : 4)),
    };
  });
  chart = sourceLineChart(canvas, {
    dates, datasets, yTitle: m.label.split(" · ")[0],
    label: (ctx) => `${ctx.dataset.label}: ${QUAL[ctx.raw.qualifier] ?? ""}${fmt(ctx.raw.y)}`,
  });
}

route();
