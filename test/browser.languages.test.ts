// Hindi and Ukrainian in the dashboard, in a real browser (Debian's Chromium via playwright-core):
// two articles written for this test (test/fixtures/lang-articles/, the same night's drone attack
// told by a Hindi and a Ukrainian outlet) are ingested by the real CLI with their language detected,
// the claims table is filtered to each language from the filter form, the claims show their
// claimant, figures and evidence in Devanagari and Cyrillic, the article view marks the numbers in
// the original script, and the measure both languages report is one measure listing both.
// Screenshots go to test-output/screenshots/lang-*.png.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import type { RunningServer } from "../src/server/serve.js";
import { guardedPage, openDashboard, SHOTS, type Dashboard } from "./support/browser.js";

const ARTICLES = new URL("fixtures/lang-articles/", import.meta.url).pathname;
let dash: Dashboard, server: RunningServer, browser: Browser;

before(async () => {
  // No --lang: each article's language is detected.
  dash = await openDashboard({ name: "claimtrace-langs-", ingest: [ARTICLES, "--date", "2024-11-12", "--quiet"] });
  ({ server, browser } = dash);
});
after(() => dash?.close());

const cells = (page: Page, label: string) => page.locator(`#claims-table tbody td[data-label="${label}"]`).allTextContents();

/** Filters the claims table to one language with the filter form, as a user would. */
async function filterByLanguage(page: Page, lang: string): Promise<void> {
  await page.goto(`${server.url}/#/claims`);
  await page.waitForSelector("#claims-table tbody tr");
  await page.locator('#filters select[name="lang"]').selectOption(lang);
  await page.locator('#filters button[type="submit"]').click();
  await page.waitForFunction((l) => location.hash.includes(`lang=${l}`) && document.querySelector("main")?.getAttribute("data-hash") === location.hash, lang);
  await page.waitForSelector("#claims-table tbody tr");
}

const cases = [
  {
    lang: "hi", script: /\p{Script=Devanagari}/u,
    // The claimant as the article names it, and figures read from Devanagari text.
    surface: "यूक्रेन की वायुसेना", figures: ["52 uav launched", "37 uav destroyed", "19 uav destroyed"],
    claimants: ["Ukrainian Air Force", "Russian Ministry of Defence"], russian: "रूस के रक्षा मंत्रालय",
  },
  {
    lang: "uk", script: /\p{Script=Cyrillic}/u,
    surface: "Повітряних сил", figures: ["37 uav destroyed", "14 uav lost", "19 uav destroyed"],
    claimants: ["Ukrainian Air Force", "Russian Ministry of Defence"], russian: "Міністерство оборони Росії",
  },
];

for (const c of cases) {
  test(`claims filtered to ${c.lang}: claimants, figures and evidence in the article's script`, async () => {
    const { page, problems } = await guardedPage(browser, server.url, { width: 1280, height: 800 });
    await filterByLanguage(page, c.lang);
    const langs = await page.locator("#claims-table tbody td[data-label=Article] .muted").allTextContents();
    assert.ok(langs.length >= 3 && langs.every((t) => t === c.lang), `only ${c.lang} articles: ${langs.join("|")}`);
    const who = await cells(page, "Claimant");
    for (const name of c.claimants) assert.ok(who.some((w) => w.startsWith(name)), `${name} among ${who.join("|")}`);
    const figures = (await cells(page, "Figures")).join("\n");
    for (const f of c.figures) assert.ok(figures.includes(f), `${f} in ${figures}`);
    const evidence = await cells(page, "Evidence");
    assert.ok(evidence.every((e) => c.script.test(e)), "every evidence is in the article's script");
    assert.ok(evidence.some((e) => e.includes(c.surface)), `the claimant's own words "${c.surface}" are shown`);
    assert.ok(evidence.some((e) => e.includes(c.russian)));
    // The rendered text really is the article's: the browser lays the script out (no empty boxes
    // means a font with the glyphs; the screenshot is the record).
    await page.screenshot({ path: join(SHOTS, `lang-${c.lang}-claims.png`), fullPage: true });

    // The article view: the numbers marked in the original text, each explaining how it was read.
    await page.locator("#claims-table tbody td[data-label=Article] a").first().click();
    await page.waitForSelector("#article-text .num");
    const text = (await page.locator("#article-text").textContent())!;
    assert.ok(text.includes(c.surface), "the article text is shown in its script");
    assert.equal(await page.locator("#article-text").getAttribute("lang"), c.lang, "the text carries its language for the browser's font choice");
    const nums = await page.locator("#article-text .num").allTextContents();
    for (const n of ["37", "19"]) assert.ok(nums.includes(n), `${n} marked among ${nums.join("|")}`);
    await page.screenshot({ path: join(SHOTS, `lang-${c.lang}-article.png`), fullPage: true });
    assert.deepEqual(problems, []);
    await page.close();
  });
}

test("the measure of the night's downed drones lists the Hindi and the Ukrainian report of the same statement", async () => {
  const list = await (await fetch(`${server.url}/api/measures?limit=500`)).json() as { items: Array<{ id: string }> };
  const details = await Promise.all(list.items.map(async ({ id }) => (await fetch(`${server.url}/api/measures/${encodeURIComponent(id)}`)).json() as Promise<{
    id: string; label: string; statements: Array<{ claimantId: string | null; value: number | null; reports: Array<{ lang: string }> }>;
  }>));
  const both = details.filter((m) => m.statements.some((s) => s.claimantId === "org:ua-air-force" && s.value === 37 && new Set(s.reports.map((r) => r.lang)).size === 2));
  assert.equal(both.length, 1, `one measure holds the air force's 37 from both articles: ${details.map((m) => m.id).join(", ")}`);
  const m = both[0]!;

  const { page, problems } = await guardedPage(browser, server.url, { width: 1280, height: 800 });
  await page.goto(`${server.url}/#/measures`);
  await page.waitForSelector("#measures-table tbody tr");
  await page.locator(`#measures-table a[href="#/measure/${m.id}"]`).click();
  await page.waitForFunction((label) => document.querySelector("main h1")?.textContent?.startsWith(label.split(" · ")[0]!), m.label);
  const rows = await page.locator("main table tbody tr").allTextContents();
  const row = rows.find((r) => r.includes("Ukrainian Air Force") && r.includes("37"));
  assert.ok(row, rows.join("\n"));
  assert.match(row, /\(hi\)/);
  assert.match(row, /\(uk\)/);
  assert.ok(rows.some((r) => r.includes("Russian Ministry of Defence") && r.includes("19") && r.includes("(hi)") && r.includes("(uk)")), rows.join("\n"));
  await page.screenshot({ path: join(SHOTS, "lang-measure-hi-uk.png"), fullPage: true });
  assert.deepEqual(problems, []);
  await page.close();
});
