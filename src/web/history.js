// The measure view's history and origin sections: the figure over time with every source that
// stated it (a chart and a table), and where each figure was first published and who relayed it.
// Loaded by app.js; builds the DOM with app.js's `h` (text nodes only, never innerHTML).
import { sourceColour, sourceLineChart } from "./charts.js";

let chart = null;

const hostOf = (u) => { try { return new URL(u).hostname.replace(/^www\./, ""); } catch { return u; } };
const outletOf = (r) => {
  const copies = [...new Set((r.copies || []).map(hostOf))].filter((x) => x !== r.outlet);
  return `${r.outlet || "article " + r.articleId} (${r.lang}${r.via ? `, via ${r.via}` : ""}${copies.length ? `; syndicated copies at ${copies.join(", ")}` : ""})`;
};
/** "2024-10-18T09:12:00+09:00" -> "2024-10-18 09:12 +09:00" (as compare/history.ts publicationTime). */
const when = (p) => {
  if (!p) return "date unknown";
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2})?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/.exec(p);
  return m ? `${m[1]} ${m[2]}${m[3] ? ` ${m[3] === "Z" ? "UTC" : m[3]}` : ""}` : p;
};

/** Nodes for the history and origin of measure `m` (the API's measure detail), or [] when it has neither. */
export function historySections(m, h) {
  const out = [];
  const hist = m.history;
  if (hist && hist.points.length) {
    const canvas = h("canvas", { id: "history-chart", role: "img", "aria-label": `History of ${hist.label}: ${hist.path}` });
    const rows = hist.points.map((p) => h("tr", {},
      h("td", { "data-label": "Date" }, p.date, p.night ? h("span", { class: "muted" }, " (night)") : null),
      h("td", { "data-label": "Figure" }, p.figure, p.rising ? h("span", { class: "muted" }, " (rose to)") : null),
      h("td", { "data-label": "Source" }, p.claimant),
      h("td", { "data-label": "Reported in" }, p.reports.map((r, i) => [i ? ", " : "",
        h("a", { href: `#/article/${r.articleId}` }, outletOf(r)), h("span", { class: "muted" }, ` ${when(r.published)}`)]))));
    out.push(
      h("section", { id: "history", "aria-labelledby": "history-title" },
        h("h2", { id: "history-title" }, "History of this figure"),
        h("p", { id: "history-path", class: "path" }, hist.path),
        h("p", { class: "muted" }, `${hist.dates} dates · ${hist.sources} sources · ${hist.languages.join(", ")}${hist.undated ? ` · ${hist.undated} undated, not placed in time` : ""}. A figure that changes from one date to the next is a series, not a contradiction.`),
        h("div", { class: "chart-box" }, canvas),
        h("table", { class: "stack", id: "history-table" },
          h("thead", {}, h("tr", {}, ["Date", "Figure", "Source", "Reported in"].map((t) => h("th", { scope: "col" }, t)))),
          h("tbody", {}, rows))));
    queueMicrotask(() => drawHistory(canvas, hist));
  }
  if (m.origins && m.origins.length) {
    out.push(h("section", { id: "origins", "aria-labelledby": "origins-title" },
      h("h2", { id: "origins-title" }, "Where each figure came from"),
      h("ul", { class: "origins", id: "origins-list" }, m.origins.map((o) => h("li", {},
        h("strong", {}, o.figure), ` (${o.claimants.join(", ")}): first published by `,
        h("a", { href: `#/article/${o.first.articleId}` }, outletOf(o.first)), ` ${when(o.first.published)}`,
        o.relays.length
          ? [", relayed by ", o.relays.map((r, i) => [i ? ", then " : "", h("a", { href: `#/article/${r.articleId}` }, outletOf(r)), ` ${when(r.published)}`])]
          : h("span", { class: "muted" }, ", not relayed by another article in the store"),
        // The detail lists the first relays of a figure; relayCount is all of them.
        o.relayCount > o.relays.length ? h("span", { class: "muted" }, `, and ${o.relayCount - o.relays.length} more`) : null)))));
  }
  return out;
}

/** One dataset per source over the series' dates; the line is the figure's path. */
function drawHistory(canvas, hist) {
  if (chart) { chart.destroy(); chart = null; }
  if (!window.Chart || !canvas.isConnected) return;
  const dates = [...new Set(hist.points.map((p) => p.date))].sort();
  const sources = [...new Set(hist.points.map((p) => p.claimant))];
  const datasets = sources.map((src, i) => ({
    label: src, showLine: true, borderColor: sourceColour(i), backgroundColor: sourceColour(i), pointRadius: 5,
    data: hist.points.filter((p) => p.claimant === src).map((p) => ({ x: p.date, y: p.value, figure: p.figure, outlets: p.reports.map(outletOf).join(", ") })),
  }));
  chart = sourceLineChart(canvas, {
    dates, datasets, yTitle: hist.label.split(" · ")[0],
    label: (ctx) => `${ctx.dataset.label}: ${ctx.raw.figure} — ${ctx.raw.outlets}`,
  });
}

