// The measure view's line charts (a measure's sources, and a series' history): one dataset per
// source over the dates, drawn with Chart.js. One place for the palette and the chart options, so
// the two charts of one view look and read alike.

const PALETTE = ["#0b5cad", "#b3261e", "#1e7b34", "#8a4baf", "#c26a00", "#00838f", "#5d4037", "#ad1457"];

/** The colour of the i-th source. */
export const sourceColour = (i) => PALETTE[i % PALETTE.length];

/** A line chart over date categories (no date adapter needed); the caller destroys it when it redraws. */
export function sourceLineChart(canvas, { dates, datasets, yTitle, label }) {
  return new window.Chart(canvas, {
    type: "line",
    data: { labels: dates, datasets },
    options: {
      responsive: true, maintainAspectRatio: false, animation: false, parsing: { xAxisKey: "x", yAxisKey: "y" },
      scales: { x: { type: "category", title: { display: true, text: "date" } }, y: { beginAtZero: true, title: { display: true, text: yTitle } } },
      plugins: { tooltip: { callbacks: { label } } },
    },
  });
}
