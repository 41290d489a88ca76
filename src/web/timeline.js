// The timeline of the selection: claims per day, stacked by stance or by kind (Chart.js, served
// locally). A bar opens the claims of that day and stance (or kind); the same counts are in a
// table below the chart, whose cells are links, for the keyboard and screen readers.
import { h, show, api, go, qs } from "./dom.js";
import { words } from "./format.js";
import { filtersOf, selectionHeader } from "./selection.js";

const STANCE_COLOR = { assert: "#0b5cad", deny: "#b3261e", question: "#8a4baf", forecast: "#c26a00" };
const PALETTE = ["#0b5cad", "#b3261e", "#1e7b34", "#8a4baf", "#c26a00", "#00838f", "#5d4037", "#ad1457", "#546e7a", "#6d8b00"];
const DAY = 86_400_000;
/** Every day from the first to the last (so quiet days show as gaps), unless that is too many to draw. */
function days(dates) {
  if (!dates.length) return [];
  const a = Date.parse(`${dates[0]}T00:00:00Z`), b = Date.parse(`${dates[dates.length - 1]}T00:00:00Z`);
  if (!(b >= a) || (b - a) / DAY > 400) return dates;
  const out = [];
  for (let t = a; t <= b; t += DAY) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

let chart = null;

export async function timelineView(params) {
  const p = Object.fromEntries(params);
  const by = p.by === "kind" ? "kind" : "stance";
  const f = filtersOf(p);
  // all=1 (the sample note's link): every match counted, where a filter the store's kept counts
  // cannot answer (free text, outlet, …) is otherwise counted over its newest matches.
  const all = p.all === "1" ? "1" : "";
  const [t, count] = await Promise.all([api(`/api/timeline?${qs({ ...f, by, all })}`), api(`/api/claims?${qs({ ...f, limit: "1" })}`)]);
  const header = await selectionHeader("timeline", p, count.total, { by }, count.total_exact === false);

  const labels = days([...new Set(t.points.map((x) => x.date))].sort());
  const values = [...new Set(t.points.map((x) => x.value))].sort((a, b) => total(b) - total(a) || (a < b ? -1 : 1));
  function total(v) { return t.points.filter((x) => x.value === v).reduce((s, x) => s + x.count, 0); }
  const cell = new Map(t.points.map((x) => [`${x.date}|${x.value}`, x.count]));
  const dated = t.points.reduce((s, x) => s + x.count, 0);
  // The store counts the matches without a date in the same pass (of the newest matches when it
  // samples): the listing's total may be capped ("1,000+"), so it cannot be subtracted from.
  const undated = t.undated;

  const toggle = h("div", { class: "toggle", role: "group", "aria-label": "Stack the bars by" }, h("span", { class: "muted" }, "Bars by"),
    ["stance", "kind"].map((k) => h("button", { type: "button", "aria-pressed": String(by === k), "data-by": k, on: { click: () => go("#/timeline", { ...f, by: k }) } }, k)));
  const canvas = h("canvas", { id: "timeline-chart", role: "img", "aria-label": `Claims per day by ${by}, ${labels[0] || ""} to ${labels[labels.length - 1] || ""}` });
  const link = (date, v) => `#/claims?${qs({ ...f, from: date, to: date, [by]: v })}`;
  const table = h("table", { class: "counts", id: "timeline-table" },
    h("caption", {}, `Claims per day by ${by}`),
    h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Day"), values.map((v) => h("th", { scope: "col" }, words(v))), h("th", { scope: "col" }, "All"))),
    h("tbody", {}, labels.filter((d) => values.some((v) => cell.get(`${d}|${v}`))).map((d) => h("tr", {},
      h("th", { scope: "row" }, d),
      values.map((v) => { const n = cell.get(`${d}|${v}`); return h("td", {}, n ? h("a", { href: link(d, v) }, String(n)) : ""); }),
      h("td", {}, h("a", { href: `#/claims?${qs({ ...f, from: d, to: d })}` }, String(values.reduce((s, v) => s + (cell.get(`${d}|${v}`) || 0), 0))))))));

  show(...header,
    h("section", { class: "timeline", "aria-label": "Timeline" },
      h("div", { class: "view-head" }, h("h2", {}, `Claims per day by ${by}`), toggle),
      dated ? h("div", { class: "chart-box tall" }, canvas) : h("p", { class: "muted" }, "No dated claims in this selection."),
      t.sample ? h("p", { class: "muted", id: "timeline-sample" },
        `Counts in the newest ${t.sample.toLocaleString("en")} matching claims${labels.length ? `, from ${labels[0]}` : ""}. `,
        h("a", { href: `#/timeline?${qs({ ...f, by, all: "1" })}` }, "Count every match"), " (slower on a large store).") : null,
      undated > 0 ? h("p", { class: "muted", id: "undated-note" }, t.sample
        ? `${undated} of these ${t.sample.toLocaleString("en")} claims have no date (neither their own nor the article's) and are not on the timeline.`
        : count.total_exact === false
          ? `${undated.toLocaleString("en")} of the matching claims have no date (neither their own nor the article's) and are not on the timeline.`
          : `${undated} of ${count.total} claims have no date (neither their own nor the article's) and are not on the timeline.`) : null,
      dated ? h("details", { class: "counts-box" }, h("summary", {}, "The counts as a table"), table) : null));
  if (!dated) return;

  if (chart) { chart.destroy(); chart = null; }
  if (!window.Chart) { canvas.replaceWith(h("p", { class: "muted" }, "Chart library not loaded.")); return; }
  const datasets = values.map((v, i) => ({
    label: words(v), value: v,
    backgroundColor: by === "stance" ? STANCE_COLOR[v] || PALETTE[i % PALETTE.length] : PALETTE[i % PALETTE.length],
    data: labels.map((d) => cell.get(`${d}|${v}`) || 0),
    maxBarThickness: 90,
  }));
  chart = new window.Chart(canvas, {
    type: "bar",
    data: { labels, datasets },
    options: {
      responsive: true, maintainAspectRatio: false, animation: false,
      scales: { x: { stacked: true, title: { display: true, text: "day (the claim's date, else the article's)" } }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: "claims" } } },
      plugins: { legend: { position: "bottom" }, tooltip: { callbacks: { footer: () => "Click to see these claims" } } },
      onClick: (_e, els) => {
        const el = els[0];
        if (el) location.hash = link(labels[el.index], datasets[el.datasetIndex].value);
      },
      onHover: (e, els) => { if (e.native?.target) e.native.target.style.cursor = els.length ? "pointer" : "default"; },
    },
  });
}
