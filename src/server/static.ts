// The dashboard's files: a fixed list (no path from the request ever reaches the file system),
// read once, served with a strict Content-Security-Policy so that even if article text were ever
// inserted as HTML, the browser would run no inline script, handler or javascript: URL.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const WEB_DIR = fileURLToPath(new URL("../web/", import.meta.url));
// chart.js's package exports do not list its UMD build; resolve the package, then its dist folder.
const CHART_UMD = join(dirname(createRequire(import.meta.url).resolve("chart.js")), "chart.umd.js");

export const CSP = [
  "default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "connect-src 'self'",
  "font-src 'self'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'",
].join("; ");

const FILES: Record<string, { path: string; type: string }> = {
  "/": { path: join(WEB_DIR, "index.html"), type: "text/html; charset=utf-8" },
  "/static/app.js": { path: join(WEB_DIR, "app.js"), type: "text/javascript; charset=utf-8" },
  "/static/app.css": { path: join(WEB_DIR, "app.css"), type: "text/css; charset=utf-8" },
  "/static/chart.umd.js": { path: CHART_UMD, type: "text/javascript; charset=utf-8" },
};

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
