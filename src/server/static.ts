// The dashboard's files: a fixed list (no path from the request ever reaches the file system),
// read once, served with a strict Content-Security-Policy so that even if article text were ever
// inserted as HTML, the browser would run no inline script, handler or javascript: URL.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, sep } from "node:path";
import { fileURLToPath } from "node:url";

const WEB_DIR = fileURLToPath(new URL("../web/", import.meta.url));
const require = createRequire(import.meta.url);
// chart.js's package exports do not list its UMD build; resolve the package, then its dist folder.
const CHART_UMD = join(dirname(require.resolve("chart.js")), "chart.umd.js");
/** A file of an installed package: its folder is found from its entry point (its exports hide dist files and package.json). */
function pkgFile(pkg: string, file: string): string {
  const entry = require.resolve(pkg);
  const at = entry.lastIndexOf(`${sep}node_modules${sep}${pkg}${sep}`);
  return join(entry.slice(0, at), "node_modules", pkg, file);
}

export const CSP = [
  "default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "connect-src 'self'",
  "font-src 'self'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'",
].join("; ");

const FILES: Record<string, { path: string; type: string }> = {
  "/": { path: join(WEB_DIR, "index.html"), type: "text/html; charset=utf-8" },
  "/static/app.js": { path: join(WEB_DIR, "app.js"), type: "text/javascript; charset=utf-8" },
  "/static/history.js": { path: join(WEB_DIR, "history.js"), type: "text/javascript; charset=utf-8" },
  "/static/app.css": { path: join(WEB_DIR, "app.css"), type: "text/css; charset=utf-8" },
  "/static/chart.umd.js": { path: CHART_UMD, type: "text/javascript; charset=utf-8" },
  // The map, drawn offline: d3-geo (with the d3-array it needs) and topojson-client as plain
  // scripts, and Natural Earth's country shapes at 1:110m from world-atlas.
  "/static/vendor/d3-array.min.js": { path: pkgFile("d3-array", "dist/d3-array.min.js"), type: "text/javascript; charset=utf-8" },
  "/static/vendor/d3-geo.min.js": { path: pkgFile("d3-geo", "dist/d3-geo.min.js"), type: "text/javascript; charset=utf-8" },
  "/static/vendor/topojson-client.min.js": { path: pkgFile("topojson-client", "dist/topojson-client.min.js"), type: "text/javascript; charset=utf-8" },
  "/static/vendor/countries-110m.json": { path: require.resolve("world-atlas/countries-110m.json"), type: "application/json; charset=utf-8" },
};
// Every module and data file of the dashboard (src/web/*.js, *.json), listed once at start: the
// views live in modules of their own, and no path from a request reaches the file system.
const WEB_TYPES: Record<string, string> = { ".js": "text/javascript; charset=utf-8", ".json": "application/json; charset=utf-8", ".css": "text/css; charset=utf-8" };
for (const name of readdirSync(WEB_DIR)) {
  const ext = name.slice(name.lastIndexOf("."));
  if (WEB_TYPES[ext] && /^[a-z0-9-]+\.[a-z]+$/.test(name) && !FILES[`/static/${name}`]) FILES[`/static/${name}`] = { path: join(WEB_DIR, name), type: WEB_TYPES[ext] };
}

const cache = new Map<string, string>();

export function staticFile(route: string): { body: string; type: string } | null {
  const f = FILES[route];
  if (!f) return null;
  let body = cache.get(route);
  if (body === undefined) {
    body = readFileSync(f.path, "utf8");
    cache.set(route, body);
  }
  return { body, type: f.type };
}

export const STATIC_ROUTES = Object.keys(FILES);
