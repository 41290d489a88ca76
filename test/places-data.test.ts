// The dashboard map's points (src/web/places.json, built by scripts/build-places.mjs from GeoNames'
// cities and Natural Earth's countries): up to date with the gazetteer, and right where a wrong
// match would show: a place must lie in its country, and a town near its region's seat, so a
// small namesake elsewhere (another "Konstantinovka") is caught.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { parse } from "yaml";
import { geoContains, geoDistance } from "d3-geo";
import { feature } from "topojson-client";
import type { Topology, GeometryCollection } from "topojson-specification";
import type { Feature, Geometry } from "geojson";

const require = createRequire(import.meta.url);
const isoCountries = require("i18n-iso-countries") as { alpha2ToNumeric(code: string): string | undefined };
const atlas = JSON.parse(readFileSync(require.resolve("world-atlas/countries-50m.json"), "utf8")) as Topology<{ countries: GeometryCollection }>;
const shapes = new Map((feature(atlas, atlas.objects.countries) as { features: Feature<Geometry>[] }).features.map((f) => [String(f.id), f]));
const data = JSON.parse(readFileSync("src/web/places.json", "utf8")) as { points: Record<string, [number, number]>; unplaced: string[] };
type Entity = { id: string; type: string; name: string; country?: string; code?: string; level?: string; parent?: string };
const entities: Entity[] = readdirSync("src/gazetteer/data").filter((f) => f.endsWith(".yaml")).flatMap((f) => parse(readFileSync(`src/gazetteer/data/${f}`, "utf8")));
const byId = new Map(entities.map((e) => [e.id, e]));
const km = (a: [number, number], b: [number, number]) => geoDistance(a, b) * 6371;

test("places.json is what the script derives from the gazetteer now", () => {
  const r = spawnSync(process.execPath, ["scripts/build-places.mjs", "--check"], { encoding: "utf8", timeout: 120_000 });
  assert.equal(r.status, 0, r.stderr || r.stdout);
});

test("every gazetteer place and country has a point or is listed as unplaced, never both", () => {
  const all = entities.filter((e) => e.type === "place" || e.type === "country").map((e) => e.id);
  for (const id of all) assert.ok(!!data.points[id] !== data.unplaced.includes(id), id);
  assert.ok(Object.keys(data.points).length >= 0.8 * all.length, `${Object.keys(data.points).length} of ${all.length} placed`);
  for (const id of ["place:kursk", "place:kursk-oblast", "place:moscow", "place:kyiv", "place:pyongyang", "country:ua", "country:kp"]) assert.ok(data.points[id], id);
});

test("each point lies in its country (coastal towns within 30 km of its shape)", () => {
  // Natural Earth draws the line of control: Crimea inside Russia's shape. A place in Crimea may lie in either.
  const inCrimea = (e: Entity): boolean => e.id === "place:crimea" || (!!e.parent && inCrimea(byId.get(e.parent)!));
  const wrong: string[] = [];
  let checked = 0;
  for (const e of entities) {
    const p = data.points[e.id];
    const country = e.type === "country" ? e : e.country ? byId.get(e.country) : undefined;
    if (!p || !country?.code) continue;
    const codes = inCrimea(e) ? [country.code, "ru"] : [country.code];
    const own = codes.map((c) => shapes.get(isoCountries.alpha2ToNumeric(c.toUpperCase()) ?? "")).filter((s): s is Feature<Geometry> => !!s);
    if (!own.length) continue;
    checked++;
    const d = 0.27; // about 30 km
    const near = [[0, 0], [d, 0], [-d, 0], [0, d], [0, -d], [d, d], [d, -d], [-d, d], [-d, -d]].some(([dx, dy]) => own.some((s) => geoContains(s, [p[0] + dx, p[1] + dy])));
    if (!near) wrong.push(`${e.id} ${JSON.stringify(p)} is not in ${codes.join("/")}`);
  }
  assert.ok(checked > 200, `${checked} points checked`);
  assert.deepEqual(wrong, []);
});

test("a town with a parent region lies within 350 km of the region's point", () => {
  const far: string[] = [];
  for (const e of entities) {
    const parent = e.parent ? byId.get(e.parent) : undefined;
    if (e.level !== "city" || parent?.level !== "region" || !data.points[e.id] || !data.points[parent.id]) continue;
    const d = km(data.points[e.id], data.points[parent.id]);
    if (d > 350) far.push(`${e.id} is ${Math.round(d)} km from ${parent.id}`);
  }
  assert.deepEqual(far, []);
  // The namesake the parent check exists for: Kostiantynivka (Donetsk Oblast), not the Crimean village.
  assert.ok(km(data.points["place:kostiantynivka"], [37.71, 48.53]) < 20);
});
