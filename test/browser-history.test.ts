// A figure's history and origin in the dashboard, in Chromium (playwright-core, Debian's
// /usr/bin/chromium): the traps corpus (test/fixtures/traps) is ingested through the engine, then
// the measure views of two series are opened: the earthquake toll (77 → … → 413) and North
// Korean troops in Russia (3,000 → 8,000 → 10,000). Screenshots: test-output/screenshots/.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { openStore } from "../src/store/index.js";
import type { Store } from "../src/store/types.js";
import { startServer, type RunningServer } from "../src/server/serve.js";
import { ensureChromium } from "./support/chromium.js";

const SHOTS = new URL("../test-output/screenshots/", import.meta.url).pathname;
const DIR = new URL("./fixtures/traps/", import.meta.url);
const ARTICLES = JSON.parse(readFileSync(new URL("articles.json", DIR), "utf8")) as Array<{ id: string; lang: string; published: string | null; url: string | null }>;

const TOKEN = "history-browser-token-0123456789";
let dir: string, store: Store, server: RunningServer, browser: Browser;

before(async () => {
  // Not a skip: the browser (and the fonts for Bengali) are installed when missing, or this fails in one line.
  const CHROMIUM = ensureChromium();
  mkdirSync(SHOTS, { recursive: true });
  dir = mkdtempSync(join(tmpdir(), "claimtrace-browser-history-"));
  store = await openStore(join(dir, "h.db"));
  server = await startServer({ store, token: TOKEN, port: 0, host: "127.0.0.1" });
  // Through the API, as a newsroom's feed would post them (newest first: only the kept times of
  // day can put Yonhap first).
  for (const a of [...ARTICLES].reverse()) {
    const text = readFileSync(new URL(`raw/${a.id}.txt`, DIR), "utf8");
    const body = { text, title: a.id, lang: a.lang, ...(a.published ? { published: a.published } : {}), ...(a.url ? { url: a.url } : {}) };
    const r = await fetch(`${server.url}/api/ingest`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` }, body: JSON.stringify(body) });
    assert.equal(r.status, 201, `${a.id}: ${await r.text()}`);
  }
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
});
after(async () => {
  await browser?.close();
  await server?.close();
  await store?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function newPage(): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1400 } });
  const problems: string[] = [];
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("console", (m) => { if (m.type() === "error") problems.push(`console: ${m.text()}`); });
  await page.route("**/*", (route) => {
    const u = route.request().url();
    if (u.startsWith(server.url) || u.startsWith("data:")) return route.continue();
    problems.push(`request off the server: ${u}`);
    return route.abort();
  });
  return { page, problems };
}

/**
 * The id of the measure holding a statement of `value` whose label starts with `label`. The server
 * rebuilds its measures in the background after an ingest and answers from the last build
 * meanwhile, so the first requests may see the store before the articles: ask again, a bounded
 * number of times.
 */
async function measureWith(label: string, value: number): Promise<string> {
  for (let attempt = 0; attempt < 60; attempt++) {
    const list = await (await fetch(`${server.url}/api/measures?limit=500`)).json() as { items: Array<{ id: string; label: string }> };
    for (const m of list.items.filter((x) => x.label.startsWith(label))) {
      const d = await (await fetch(`${server.url}/api/measures/${encodeURIComponent(m.id)}`)).json() as { statements: Array<{ value: number | null }> };
      if (d.statements.some((s) => s.value === value)) return m.id;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no measure "${label}…" with ${value}`);
}

/** Drawn pixels in the history chart: a blank canvas has none. */
async function inkOf(page: Page): Promise<number> {
  return page.$eval("#history-chart", (c) => {
    const canvas = c as HTMLCanvasElement;
    const data = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height).data;
    let n = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++;
    return n;
  });
}

test("the earthquake toll: its history 77 → … → 413 as a chart and a table, and each figure's origin", async () => {
  const { page, problems } = await newPage();
  const id = await measureWith("people killed", 413);
  await page.goto(`${server.url}/#/measure/${encodeURIComponent(id)}`);
  await page.waitForSelector("#history-path");
  assert.match(await page.textContent("#history-path") ?? "", /^77 → (120 \/ 233|233 \/ 120) → 262 → 413$/);
  await page.waitForFunction(() => (window as unknown as { Chart?: { getChart(c: Element): unknown } }).Chart?.getChart(document.querySelector("#history-chart")!) !== undefined);
  assert.ok(await inkOf(page) > 500, "the history chart is drawn");
  const rows = await page.$$eval("#history-table tbody tr", (trs) => trs.map((tr) => tr.textContent ?? ""));
  assert.equal(rows.length, 5);
  assert.ok(rows.some((r) => /2023-10-10.*413.*prothomalo\.com \(bn\)/.test(r)), rows.join("\n"));
  assert.match(await page.textContent("#origins-list") ?? "", /413 .*first published by prothomalo\.com \(bn\)/);
  assert.equal(await page.textContent("#contradictions"), "Contradictions (0)");
  await page.screenshot({ path: join(SHOTS, "history-earthquake-toll.png"), fullPage: true });
  assert.deepEqual(problems, []);
  await page.close();
});

test("troops in Russia: 3,000 → 8,000 → 10,000, and the 3,000 first published by Yonhap, relayed in three languages", async () => {
  const { page, problems } = await newPage();
  const id = await measureWith("troops deployed", 3000);
  await page.goto(`${server.url}/#/measure/${encodeURIComponent(id)}`);
  await page.waitForSelector("#history-path");
  assert.equal(await page.textContent("#history-path"), "3,000 → 8,000 → 10,000");
  await page.waitForFunction(() => (window as unknown as { Chart?: { getChart(c: Element): unknown } }).Chart?.getChart(document.querySelector("#history-chart")!) !== undefined);
  assert.ok(await inkOf(page) > 500, "the history chart is drawn");
  const origin = await page.textContent("#origins-list") ?? "";
  assert.match(origin, /3,000 .*first published by en\.yna\.co\.kr \(en\) 2024-10-18 09:12 \+09:00, relayed by reuters\.com \(en, via Yonhap\) 2024-10-18 11:40 \+09:00, then thanhnien\.vn \(vi\) 2024-10-18 12:05 \+07:00, then prothomalo\.com \(bn\) 2024-10-18 17:30 \+06:00/);
  // The relays are links to the articles, usable from the keyboard.
  const link = page.locator("#origins-list a", { hasText: "thanhnien.vn" }).first();
  await link.focus();
  await page.keyboard.press("Enter");
  await page.waitForURL(/#\/article\/\d+/);
  await page.goBack();
  await page.waitForSelector("#history-path");
  await page.screenshot({ path: join(SHOTS, "history-troops-in-russia.png"), fullPage: true });
  assert.deepEqual(problems, []);
  await page.close();
});
