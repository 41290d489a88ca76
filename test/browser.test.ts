// The dashboard in a real browser (Debian's Chromium via playwright-core): filter claims, open an
// article and see its evidence highlighted and a number explained, open a measure with its chart
// and contradictions, use it from the keyboard and on a phone-sized screen, and check that a
// hostile article (script tags, event attributes, javascript: links) renders as inert text.
// Screenshots: test-output/screenshots/.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import type { RunningServer } from "../src/server/serve.js";
import { seedAll, seedHostile } from "./fixtures/compare/seed.js";
import { guardedPage, openDashboard, openView, SHOTS, type Dashboard } from "./support/browser.js";

let dash: Dashboard, server: RunningServer, browser: Browser, ids: Record<string, number>;

before(async () => {
  dash = await openDashboard({
    name: "claimtrace-browser-",
    seed: async (store) => {
      ids = await seedAll(store);
      ids.hostile = await seedHostile(store);
    },
  });
  ({ server, browser } = dash);
});
after(() => dash?.close());

/** A page that fails the test on any dialog (alert from injected script), page error or request off this server. */
function newPage(width = 1280, height = 900): Promise<{ page: Page; problems: string[] }> {
  return guardedPage(browser, server.url, { width, height });
}

test("claims table: facets and filters narrow it, from mouse and keyboard", async () => {
  const { page, problems } = await newPage();
  await openView(page, `${server.url}/#/claims`);
  const total = await page.locator("#claims-table caption").textContent();
  await page.screenshot({ path: join(SHOTS, "claims.png") });

  await page.locator('button[data-facet="lang"]', { hasText: "ru" }).click();
  await page.waitForFunction(() => location.hash.includes("lang=ru") && document.querySelector("main")?.getAttribute("data-hash") === location.hash);
  const ruLangs = await page.locator("#claims-table tbody td[data-label=Article] .muted").allTextContents();
  assert.ok(ruLangs.length >= 3 && ruLangs.every((t) => t === "ru"), `only Russian claims: ${ruLangs.join("|")}`);
  assert.notEqual(await page.locator("#claims-table caption").textContent(), total);

  // Keyboard: type in the words box and press Enter (on the view of #/claims, not the one it replaces).
  await openView(page, `${server.url}/#/claims`);
  await page.locator('input[name="q"]').focus();
  await page.keyboard.type("Kursk");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => location.hash.includes("q=Kursk") && document.querySelector("main")?.getAttribute("data-hash") === location.hash);
  assert.equal(await page.locator('input[name="q"]').inputValue(), "Kursk");
  // The words are searched in the evidence, the claimant, the outlet and the place: each row shows them.
  const rows = await page.locator("#claims-table tbody tr").allTextContents();
  assert.ok(rows.length > 0, "rows shown");
  for (const r of rows) assert.match(r, /kursk|курск/i);
  assert.equal(await page.locator("#claims-table caption").textContent(), `${rows.length} claims`);
  assert.deepEqual(problems, []);
  await page.close();
});

test("claims table: a claimant typed loosely is found; a misspelt one shows the closest names, not a silent empty table", async () => {
  const { page, problems } = await newPage();
  await openView(page, `${server.url}/#/claims`);
  // Part of a name, in capitals: the Pentagon spokeswoman's claims.
  await page.locator('input[name="claimant"]').fill("SINGH");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => location.hash.includes("claimant=SINGH") && document.querySelector("#claims-table caption")?.textContent === "1 claims");
  const who = await page.locator('#claims-table tbody td[data-label="Claimant"]').allTextContents();
  assert.deepEqual(who, ["Sabrina Singh"]);
  assert.equal(await page.locator("#query-warnings").count(), 0);
  await openView(page, `${server.url}/#/claims?claimant=sabrna%20singh`);
  assert.match((await page.locator("#query-warnings").textContent()) ?? "", /claimant "sabrna singh" matches no stored claim; closest: Sabrina Singh/);
  await page.screenshot({ path: join(SHOTS, "claims-warning.png") });
  assert.deepEqual(problems, []);
  await page.close();
});

test("a view left while it waits for the shared lists is never shown under the next route", async () => {
  const { page, problems } = await newPage();
  // Every render of main, as it happens: the hash it is shown under and the languages of its rows.
  await page.addInitScript(() => {
    const set = Element.prototype.setAttribute;
    const shown: Array<{ hash: string; langs: string[] }> = [];
    (window as unknown as { __shown: typeof shown }).__shown = shown;
    Element.prototype.setAttribute = function (name: string, value: string) {
      if (name === "data-hash" && this.id === "main") shown.push({ hash: value, langs: Array.from(this.querySelectorAll("#claims-table tbody td[data-label=Article] .muted"), (e) => e.textContent ?? "") });
      return set.call(this, name, value);
    };
  });
  // The list of languages (shared by every view, fetched once) is held until the route has changed.
  let release!: () => void;
  const held = new Promise<void>((r) => { release = r; });
  let asked!: () => void;
  const languagesAsked = new Promise<void>((r) => { asked = r; });
  await page.route("**/api/languages", async (route) => { asked(); await held; await route.continue(); });
  await page.goto(`${server.url}/#/claims?lang=ru`);
  await languagesAsked; // the Russian view has its claims and waits for the list
  await page.goto(`${server.url}/#/claims?lang=en`);
  release();
  await page.waitForFunction(() => document.querySelector("main")?.getAttribute("data-hash") === location.hash && document.querySelectorAll("#claims-table tbody tr").length > 0);
  const shown = await page.evaluate(() => (window as unknown as { __shown: Array<{ hash: string; langs: string[] }> }).__shown);
  assert.deepEqual(shown.map((x) => x.hash), ["#/claims?lang=en"], JSON.stringify(shown));
  assert.ok(shown[0]!.langs.length > 0 && shown[0]!.langs.every((l) => l === "en"), shown[0]!.langs.join("|"));
  assert.deepEqual(problems, []);
  await page.close();
});

test("article view: every claim's evidence highlighted; hovering or focusing a number shows how it was read", async () => {
  const { page, problems } = await newPage();
  await page.goto(`${server.url}/#/claims?lang=bn&item=troops`);
  await page.waitForSelector("#claims-table tbody tr a");
  await page.locator("#claims-table tbody tr a", { hasText: "৫,০০০" }).first().click();
  await page.waitForSelector("#article-text mark");
  const marks = await page.locator("#article-text mark").count();
  assert.ok(marks >= 2, `${marks} highlighted spans`);
  const num = page.locator("#article-text .num", { hasText: "৫,০০০" });
  await num.hover();
  await page.waitForSelector("#tip:not([hidden])");
  const tipText = await page.locator("#tip").textContent();
  assert.match(tipText!, /up to 5,000 troops deployed/);
  assert.match(tipText!, /qualifier\s*up_to/);
  await page.screenshot({ path: join(SHOTS, "article.png"), fullPage: true });
  // Keyboard: numbers are focusable and explain themselves on focus; Escape hides the explanation.
  await page.locator("#article-text .num").nth(1).focus();
  await page.waitForSelector("#tip:not([hidden])");
  await page.keyboard.press("Escape");
  await page.waitForSelector("#tip[hidden]", { state: "attached" });
  assert.deepEqual(problems, []);
  await page.close();
});

test("measure view: a chart of each source's values over time and the contradictions", async () => {
  const { page, problems } = await newPage();
  await page.goto(`${server.url}/#/measures`);
  await page.waitForSelector("#measures-table tbody tr");
  await page.locator("#measures-table a", { hasText: "troops deployed or present · Kursk" }).click();
  await page.waitForSelector("#contradictions-list li");
  const chart = await page.evaluate(() => {
    const c = document.getElementById("measure-chart") as HTMLCanvasElement;
    const ch = (window as unknown as { Chart: { getChart(c: HTMLCanvasElement): { data: { labels: string[]; datasets: Array<{ label: string; data: unknown[] }> } } | undefined } }).Chart.getChart(c);
    return ch ? { labels: ch.data.labels, sources: ch.data.datasets.map((d) => d.label), w: c.width, h: c.height } : null;
  });
  assert.ok(chart, "chart drawn");
  assert.deepEqual(chart.labels, ["2024-10-31", "2024-11-01"]);
  assert.ok(chart.sources.includes("National Intelligence Service") && chart.sources.includes("Sabrina Singh"), chart.sources.join(","));
  assert.ok(chart.w > 100 && chart.h > 100);
  const contra = await page.locator("#contradictions-list li").allTextContents();
  assert.ok(contra.some((t) => t.includes('"8,000" is more than "up to 5,000" allows')), contra.join("\n"));
  assert.ok(contra.some((t) => /North Korea denies it .*which contradicts: .*Sabrina Singh 8,000/.test(t)), "a denial listed with every count it contradicts");
  assert.doesNotMatch((await page.locator("main").textContent())!, /\bnull\b|undefined/, "no empty value printed");
  await page.screenshot({ path: join(SHOTS, "measure.png"), fullPage: true });

  // The drone series: one measure per night, the chart spans the nights.
  await openView(page, `${server.url}/#/measure/uav.launched.ukraine.2024-11-01`);
  assert.match((await page.locator("main h1").textContent())!, /^UAVs launched/);
  await page.waitForFunction(() => !!(window as unknown as { Chart: { getChart(x: unknown): unknown } }).Chart.getChart(document.getElementById("measure-chart")));
  const labels = await page.evaluate(() => (window as unknown as { Chart: { getChart(x: unknown): { data: { labels: string[] } } } }).Chart.getChart(document.getElementById("measure-chart")).data.labels);
  assert.deepEqual(labels, ["2024-11-01", "2024-11-02", "2024-11-03"]);
  assert.deepEqual(problems, []);
  await page.close();
});

test("measure view pages through a measure: the totals are shown and More reaches every statement and chart point", async () => {
  const { page, problems } = await newPage();
  const id = "troops.deployed.kursk.all";
  const whole = await (await fetch(`${server.url}/api/measures/${id}?limit=500`)).json() as {
    statements: unknown[]; denials: unknown[]; other: unknown[]; series: unknown[]; counts: { contradict: number }; page: { more: boolean; totals: Record<string, number> };
  };
  assert.equal(whole.page.more, false, "one page of 500 holds the fixture measure");
  const rows = whole.statements.length + whole.denials.length + whole.other.length;
  assert.ok(rows >= 3, `a measure of several statements (${rows})`);
  // Pages of one: the first page shows one statement, the totals, and the whole measure's contradictions.
  await openView(page, `${server.url}/#/measure/${id}?limit=1`);
  const shown = () => page.locator("#statements-table tbody tr").count();
  assert.equal(await shown(), Math.min(1, whole.statements.length) + Math.min(1, whole.denials.length) + Math.min(1, whole.other.length));
  assert.match((await page.locator("#measure-page-status").textContent())!, new RegExp(`of ${rows} statements.*of ${whole.series.length} chart points`));
  assert.match((await page.locator("#contradictions").textContent())!, new RegExp(`\\(${whole.counts.contradict}\\)`));
  let clicks = 0;
  while (await page.locator("#measure-more").count()) {
    const before = await shown();
    await page.locator("#measure-more").click();
    await page.waitForFunction((n) => document.querySelectorAll("#statements-table tbody tr").length > n || !document.getElementById("measure-more"), before);
    assert.ok(++clicks < 50, "More ends");
  }
  assert.equal(await shown(), rows, "every statement reached");
  assert.match((await page.locator("#measure-page-status").textContent())!, new RegExp(`Showing ${rows} of ${rows} statements · ${whole.series.length} of ${whole.series.length} chart points`));
  const points = await page.evaluate(() => (window as unknown as { Chart: { getChart(x: unknown): { data: { datasets: Array<{ data: unknown[] }> } } } })
    .Chart.getChart(document.getElementById("measure-chart")).data.datasets.reduce((a, d) => a + d.data.length, 0));
  assert.equal(points, whole.series.length, "the chart has every point once");
  assert.deepEqual(problems, []);
  await page.close();
});

test("a hostile article renders inert: its markup is text, nothing runs, no javascript: link exists", async () => {
  const { page, problems } = await newPage();
  await page.goto(`${server.url}/#/article/${ids.hostile}`);
  await page.waitForSelector("#article-text mark");
  await page.locator("#article-text .num").first().hover();
  await page.waitForSelector("#tip:not([hidden])");
  await page.screenshot({ path: join(SHOTS, "hostile.png"), fullPage: true });
  const state = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: string }).__pwned ?? null,
    scripts: document.querySelectorAll("main script, main img, main svg, main iframe").length,
    handlers: Array.from(document.querySelectorAll("main *, #tip *")).filter((el) => Array.from(el.attributes).some((a) => a.name.startsWith("on"))).length,
    jsLinks: Array.from(document.querySelectorAll("a[href]")).filter((a) => /^\s*javascript:/i.test(a.getAttribute("href")!)).length,
    text: document.getElementById("article-text")!.textContent,
    title: document.querySelector("main h1")!.textContent,
    tip: document.getElementById("tip")!.textContent,
  }));
  assert.equal(state.pwned, null, "no injected script ran");
  assert.equal(state.scripts, 0);
  assert.equal(state.handlers, 0);
  assert.equal(state.jsLinks, 0);
  assert.match(state.text!, /<script>window\.__pwned = "body script"<\/script>/, "the markup is shown as text");
  assert.match(state.text!, /<a href="javascript:window\.__pwned='js link'">/);
  assert.match(state.title!, /<script>/);
  assert.match(state.tip!, /<b>hostile why<\/b>/);

  // The hostile claimant name and outlet in the claims table and facets are text too.
  await openView(page, `${server.url}/#/claims?from=2024-11-03&to=2024-11-03`);
  assert.match((await page.locator("#claims-table tbody").textContent())!, /<img src=x onerror=alert\(1\)>/);
  assert.equal(await page.evaluate(() => document.querySelectorAll("main img").length), 0);
  // The list of articles, the timeline and the map show the same names and titles as text.
  await openView(page, `${server.url}/#/articles?from=2024-11-03&to=2024-11-03`);
  const row = (await page.locator("#articles-table tbody").textContent())!;
  assert.match(row, /<script>/);
  assert.match(row, /<i>Hostile<\/i>/);
  for (const hash of ["#/timeline?from=2024-11-03&to=2024-11-03", "#/map?from=2024-11-03&to=2024-11-03"]) {
    await openView(page, `${server.url}/${hash}`);
    const names = await page.evaluate(() => Array.from(document.querySelectorAll("#dl-claimant option")).map((o) => (o as HTMLOptionElement).value));
    assert.ok(names.includes("Ukrainian Air Force <img src=x onerror=alert(1)>"), "the hostile name is a suggestion's value, as text");
    assert.equal(await page.evaluate(() => document.querySelectorAll("main img, main script, main iframe").length), 0);
  }
  assert.deepEqual(problems, []);
  await page.close();
});

test("narrow screen: no sideways scrolling; the table becomes cards", async () => {
  const { page, problems } = await newPage(375, 800);
  for (const [name, hash] of [["narrow-claims", "#/claims"], ["narrow-measure", "#/measure/troops.deployed.kursk.all"], ["narrow-article", `#/article/${ids["02-en"]}`]] as const) {
    await openView(page, `${server.url}/${hash}`);
    await page.waitForLoadState("networkidle");
    const over = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(over <= 1, `${name}: ${over}px wider than the screen`);
    await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });
  }
  assert.deepEqual(problems, []);
  await page.close();
});
