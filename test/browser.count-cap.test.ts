// A store too large to count every match (the API stops counting at a cap and says total_exact:
// false) must still read right in the dashboard: the count says "N+", and Next stays on while
// pages come back full, so a user can page past the cap; below the cap the count is exact. The cap is set low (10) on a store of the
// bundled samples, ingested by the real CLI, so the capped path runs in a real browser.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import type { RunningServer } from "../src/server/serve.js";
import { FACET_SAMPLE, type SqlStore } from "../src/store/sql-store.js";
import { guardedPage, openDashboard, openView, type Dashboard } from "./support/browser.js";

let dash: Dashboard, server: RunningServer;

before(async () => {
  dash = await openDashboard({ name: "claimtrace-cap-", ingest: ["samples", "--quiet"], countCap: 10, textCountCap: 4 });
  ({ server } = dash);
});
after(() => dash?.close());

test("past the counting cap the claims table reads 'N+' and pages on while pages are full", async () => {
  // A filter, so the total is counted (an unfiltered total is kept per day and always exact).
  const all = await dash.store.listClaims({ stance: "assert" }, { limit: 1000, offset: 0 });
  assert.ok(all.total > 25, `the samples give ${all.total} claims, more than one page of 25`);
  const { page, problems } = await guardedPage(dash.browser, server.url, { width: 1280, height: 900 });
  await openView(page, `${server.url}/#/claims?stance=assert`);
  assert.equal((await page.locator("#result-count").textContent())?.replace(/\s+/g, " ").trim(), "10+ claims");
  assert.equal(await page.locator("#claims-table caption").textContent(), "10+ claims");
  const pager = page.locator(".pager .muted");
  assert.match((await pager.textContent()) ?? "", /^1–25 of 25\+$/);
  // Page on until a page comes back short: every claim is reached, and Next then turns off.
  let seen = await page.locator("#claims-table tbody tr").count();
  for (let n = 0; n < 20 && !(await page.locator(".pager button", { hasText: "Next" }).isDisabled()); n++) {
    const before = await page.evaluate(() => location.hash);
    await page.locator(".pager button", { hasText: "Next" }).click();
    await page.waitForFunction((h) => location.hash !== h && document.querySelector("main")?.getAttribute("data-hash") === location.hash, before);
    seen += await page.locator("#claims-table tbody tr").count();
  }
  assert.equal(seen, all.total, "paging past the cap reaches every claim once");
  assert.ok(await page.locator(".pager button", { hasText: "Next" }).isDisabled());
  // Unfiltered, the total is exact: no "+".
  await openView(page, `${server.url}/#/claims`);
  assert.doesNotMatch((await page.locator("#result-count").textContent()) ?? "", /\+/);
  assert.deepEqual(problems, []);
  await page.close();
});

test("free text counts to its own, lower cap; facets of a selection larger than their sample say what they count", async () => {
  const said = await dash.store.listClaims({ q: "said" }, { limit: 1000, offset: 0 });
  assert.ok(said.total > 4, `"said" is in ${said.total} claims of the samples`);
  const { page, problems } = await guardedPage(dash.browser, server.url, { width: 1280, height: 900 });
  await openView(page, `${server.url}/#/claims?q=said`);
  assert.equal((await page.locator("#result-count").textContent())?.replace(/\s+/g, " ").trim(), "4+ claims");
  // Facets of a free-text selection are counted over its newest claims (the store's sample, set
  // low here): the panel says so, and its counts add up to the sample, not to the selection.
  assert.equal(await page.locator("#facet-sample").count(), 0, "all the matches fit the default sample: no note");
  const sql = dash.store as SqlStore;
  sql.facetSample = 3;
  try {
    await openView(page, `${server.url}/#/claims?q=said&stance=assert`);
    assert.equal(await page.locator("#facet-sample").textContent(), "Counts in the newest 3 matching claims");
    const stance = page.locator('button[data-facet="stance"] .count');
    const counts = (await stance.allTextContents()).map(Number);
    assert.equal(counts.reduce((a, b) => a + b, 0), 3);
    // The map of the same selection: the places of those claims, and the note.
    await openView(page, `${server.url}/#/map?q=said&stance=assert`);
    assert.match((await page.locator("#map-count").textContent()) ?? "", /^\d of the newest 3 matching claims name a place\./);
    // The map's and the timeline's headers count free text as the listing does: "4+", not "4".
    assert.equal((await page.locator("#result-count").textContent())?.replace(/\s+/g, " ").trim(), "4+ claims");
    // The timeline of the same selection: those claims by day, a note, and a link to count every match.
    await openView(page, `${server.url}/#/timeline?q=said&stance=assert`);
    assert.equal((await page.locator("#result-count").textContent())?.replace(/\s+/g, " ").trim(), "4+ claims");
    assert.match((await page.locator("#timeline-sample").textContent()) ?? "", /^Counts in the newest 3 matching claims, from \d{4}-\d\d-\d\d\. Count every match/);
    const cells = async () => (await page.locator("#timeline-table tbody tr td:last-child").allTextContents()).reduce((t, x) => t + Number(x), 0);
    const undated = async () => Number(((await page.locator("#undated-note").count()) ? await page.locator("#undated-note").textContent() : "0")!.split(" ")[0]);
    assert.equal(await cells() + await undated(), 3, "the sample's claims, dated or not");
    await page.locator("#timeline-sample a").click();
    await page.waitForFunction(() => location.hash.includes("all=1") && document.querySelector("main")?.getAttribute("data-hash") === location.hash);
    assert.equal(await page.locator("#timeline-sample").count(), 0, "every match: no note");
    const every = (await dash.store.listClaims({ q: "said", stance: "assert" }, { limit: 1000, offset: 0 })).rows;
    assert.equal(await cells() + await undated(), every.length, "every matching claim, dated or not");
  } finally {
    sql.facetSample = FACET_SAMPLE;
  }
  assert.deepEqual(problems, []);
  await page.close();
});
