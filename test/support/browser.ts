// What every browser test needs: Debian's Chromium launched headless through playwright-core (never
// a browser download), pages that record anything that must not happen on the dashboard (a dialog
// from an injected alert, a page error, a console error, a request leaving the test server), and
// the dashboard itself: a temporary store filled with the test's articles, the server on it and
// the browser, closed together.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { openStore } from "../../src/store/index.js";
import type { Store } from "../../src/store/types.js";
import { startServer, type RunningServer } from "../../src/server/serve.js";
import { ensureChromium } from "./chromium.js";

/** Where the browser tests put their screenshots (created by openDashboard). */
export const SHOTS = new URL("../../test-output/screenshots/", import.meta.url).pathname;

export async function launchBrowser(): Promise<Browser> {
  // Not a skip: without the browser the dashboard is untested, and CI must say so. On a fresh
  // machine (root, apt reaching Debian) the browser and fonts are installed here.
  const executablePath = ensureChromium();
  return chromium.launch({
    executablePath,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/** A page whose `problems` list every dialog, page error, console error and request off `serverUrl`. */
export async function guardedPage(browser: Browser, serverUrl: string, viewport: { width: number; height: number }): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport });
  const problems: string[] = [];
  page.on("dialog", (d) => { problems.push(`dialog: ${d.message()}`); void d.dismiss(); });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("console", (m) => { if (m.type() === "error") problems.push(`console: ${m.text()}`); });
  await page.route("**/*", (route) => {
    const u = route.request().url();
    if (u.startsWith(serverUrl) || u.startsWith("data:")) return route.continue();
    problems.push(`request off the server: ${u}`);
    return route.abort();
  });
  return { page, problems };
}

/**
 * Opens `url` and waits until the dashboard shows the view of its route. A URL that differs from
 * the page's only in the hash is a hash change on the same page: the previous view stays on screen
 * until the new one is rendered, so waiting for an element (a table row) could return at once on
 * the old view, and typing there would be lost when the new view replaces it. show() writes the
 * hash it rendered into main's data-hash.
 */
export async function openView(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => { const m = document.querySelector("main"); return !!m && m.hasAttribute("data-hash") && m.getAttribute("data-hash") === location.hash; });
}

export interface Dashboard {
  browser: Browser;
  store: Store;
  server: RunningServer;
  /** Closes the browser, the server and the store and removes the temporary directory. */
  close(): Promise<void>;
}

export interface DashboardOptions {
  /** Prefix of the temporary directory that holds the store. */
  name: string;
  /** Arguments of `claimtrace ingest` (the real CLI, before the store is opened): `--db` is added. */
  ingest?: string[];
  /** Or fills the opened store through its API (articles seeded by hand). */
  seed?: (store: Store) => Promise<void>;
  /** Claims counted for a listing's total before it reads "at least" (the server's default otherwise). */
  countCap?: number;
  /** The same with free text. */
  textCountCap?: number;
}

/**
 * The dashboard of a browser test: Chromium, a store in a temporary directory filled by the CLI's
 * ingest or by `seed`, and the server on it (no token, a free port on 127.0.0.1). When a step
 * fails, what was started is closed before the error is thrown.
 */
export async function openDashboard(opts: DashboardOptions): Promise<Dashboard> {
  let browser: Browser | undefined, store: Store | undefined, server: RunningServer | undefined, dir: string | undefined;
  const close = async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  };
  try {
    browser = await launchBrowser();
    mkdirSync(SHOTS, { recursive: true });
    dir = mkdtempSync(join(tmpdir(), opts.name));
    const db = join(dir, "store.db");
    if (opts.ingest) {
      const r = spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", "ingest", ...opts.ingest, "--db", db], { encoding: "utf8", timeout: 180_000 });
      assert.equal(r.status, 0, r.stderr);
    }
    store = await openStore(db);
    await opts.seed?.(store);
    server = await startServer({ store, token: null, port: 0, host: "127.0.0.1", countCap: opts.countCap, textCountCap: opts.textCountCap });
    return { browser, store, server, close };
  } catch (e) {
    await close().catch(() => undefined);
    throw e;
  }
}
