// What every browser test needs: Debian's Chromium launched headless through playwright-core (never
// a browser download), and pages that record anything that must not happen on the dashboard: a
// dialog (an injected alert), a page error, a console error, or a request leaving the test server.
import { chromium, type Browser, type Page } from "playwright-core";
import { ensureChromium } from "./chromium.js";

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
