// The dashboard's analyst views in a real browser (Debian's Chromium via playwright-core), over the
// sample articles of samples/ ingested by the real CLI (engine, store, server: nothing seeded by
// hand): searching a person by name in two scripts, sorting the claims by a column (header on a
// desktop, the sort control on a phone), each filter, the exports at the top carrying the filters,
// the list of articles, the timeline and the map. Every view is photographed at 1280×800 and at
// 390×844 into test-output/screenshots/ and must not scroll sideways on the phone.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import type { StoredClaim } from "../src/store/types.js";
import type { RunningServer } from "../src/server/serve.js";
import { guardedPage, openDashboard, openView, SHOTS, type Dashboard } from "./support/browser.js";

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

let dash: Dashboard, server: RunningServer, browser: Browser;

before(async () => {
  dash = await openDashboard({ name: "claimtrace-analyst-", ingest: ["samples"] });
  ({ server, browser } = dash);
});
after(() => dash?.close());

const newPage = (size = DESKTOP) => guardedPage(browser, server.url, size);

async function getJson<T>(path: string): Promise<T> {
  const r = await fetch(`${server.url}${path}`);
  assert.equal(r.status, 200, `${path}: ${await r.clone().text()}`);
  return (await r.json()) as T;
}

/** Waits until the view of the current hash is shown (main's data-hash is the route it shows) and the hash holds `hashPart`. */
async function claimsShown(page: Page, hashPart: string): Promise<void> {
  await page.waitForFunction((p) => location.hash.includes(p) && document.querySelector("main")?.getAttribute("data-hash") === location.hash, hashPart);
  await page.waitForSelector("#result-count");
}
const cells = (page: Page, label: string) => page.locator(`#claims-table tbody td[data-label="${label}"]`).allTextContents();
const shownTotal = async (page: Page) => Number((await page.locator("#result-count strong").textContent())!.replace(/,/g, ""));

/** The same view at phone width: shown without sideways scrolling, photographed. */
async function onPhone(hash: string, name: string, ready: string): Promise<void> {
  const { page, problems } = await newPage(PHONE);
  await page.goto(`${server.url}/${hash}`);
  await page.waitForSelector(ready);
  await page.waitForLoadState("networkidle");
  const over = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(over <= 1, `${name}: ${over}px wider than the phone's screen`);
  await page.screenshot({ path: join(SHOTS, `${name}-phone.png`) });
  assert.deepEqual(problems, []);
  await page.close();
}

test("search: 'zelensky' and 'জেলেনস্কি' in the claimant box both find Volodymyr Zelensky's claims", async () => {
  const stored = await getJson<{ items: StoredClaim[] }>("/api/claims?limit=500");
  const his = stored.items.filter((c) => c.claimant?.id === "person:volodymyr-zelensky").map((c) => c.id).sort();
  assert.ok(his.length >= 2, "the samples hold claims of Zelensky's");
  const { page, problems } = await newPage();
  for (const [name, typed] of [["search-latin", "zelensky"], ["search-bengali", "জেলেনস্কি"]] as const) {
    await openView(page, `${server.url}/#/claims`);
    await page.locator('#filters input[name="claimant"]').fill(typed);
    await page.keyboard.press("Enter");
    await claimsShown(page, `claimant=${encodeURIComponent(typed)}`);
    const claimants = await cells(page, "Claimant");
    assert.ok(claimants.length >= his.length, `${typed}: ${claimants.length} rows`);
    assert.ok(claimants.every((t) => t.startsWith("Volodymyr Zelensky")), `${typed}: ${claimants.join(" | ")}`);
    assert.equal(await shownTotal(page), his.length, typed);
    await page.screenshot({ path: join(SHOTS, `${name}.png`) });
  }
  // A name that matches nothing is said so above the table, with the closest names (the API's warnings).
  await page.goto(`${server.url}/#/claims?claimant=Zelenskx`);
  await claimsShown(page, "claimant=Zelenskx");
  assert.equal(await shownTotal(page), 0);
  assert.match((await page.locator("#query-warnings").textContent())!, /Zelenskx.*Zelensky/);
  await page.screenshot({ path: join(SHOTS, "search-nothing.png") });
  assert.deepEqual(problems, []);
  await page.close();
  await onPhone(`#/claims?claimant=${encodeURIComponent("জেলেনস্কি")}`, "search-bengali", "#claims-table tbody tr");
});

test("sorting: a column header sorts every page on the server, again reverses it; on a phone the sort control does it", async () => {
  const { page, problems } = await newPage();
  await page.goto(`${server.url}/#/claims`);
  await page.waitForSelector("#claims-table tbody tr");
  assert.equal(await page.locator('th[aria-sort="descending"] button[data-sort="date"]').count(), 1, "newest first until told otherwise");

  await page.locator('button[data-sort="claimant"]').click();
  await claimsShown(page, "sort=claimant");
  assert.match(await page.evaluate(() => location.hash), /order=asc/);
  assert.equal(await page.locator('th[aria-sort="ascending"] button[data-sort="claimant"]').count(), 1);
  const api = await getJson<{ items: StoredClaim[] }>("/api/claims?sort=claimant&order=asc&limit=25");
  const expected = api.items.map((c) => (c.claimant && c.claimant.name !== "article" ? c.claimant.name : "(the article itself)"));
  const shown = (await cells(page, "Claimant")).map((t) => t.replace(/via .*$/, "").trim());
  assert.deepEqual(shown, expected, "the table shows the server's order");
  const named = expected.filter((n) => n !== "(the article itself)").map((n) => n.toLowerCase());
  assert.deepEqual(named, [...named].sort(), "A to Z");
  await page.screenshot({ path: join(SHOTS, "sort-claimant.png") });

  // Again: Z to A, and the first page is another set of claims.
  await page.locator('button[data-sort="claimant"]').click();
  await claimsShown(page, "order=desc");
  const desc = (await cells(page, "Claimant")).map((t) => t.replace(/via .*$/, "").trim());
  assert.notEqual(desc[0], shown[0]);
  assert.equal(await page.locator('th[aria-sort="descending"] button[data-sort="claimant"]').count(), 1);

  // The next page continues the sort.
  await page.locator(".pager button", { hasText: "Next" }).click();
  await claimsShown(page, "offset=25");
  const page2 = await getJson<{ items: StoredClaim[] }>("/api/claims?sort=claimant&order=desc&limit=25&offset=25");
  assert.deepEqual((await page.locator("#claims-table tbody tr td[data-label=Article] a").evaluateAll((as) => as.map((a) => a.getAttribute("href")))),
    page2.items.map((c) => `#/article/${c.article_id}?claim=${c.id}`));
  assert.deepEqual(problems, []);
  await page.close();

  // Phone: the headers are hidden, the sort control is not. Largest figure first.
  const phone = await newPage(PHONE);
  await phone.page.goto(`${server.url}/#/claims`);
  await phone.page.waitForSelector("#claims-table tbody tr");
  await phone.page.locator("#sort-select").selectOption("figure");
  await claimsShown(phone.page, "sort=figure");
  const all = await getJson<{ items: StoredClaim[] }>("/api/claims?limit=500");
  const largest = Math.max(...all.items.flatMap((c) => c.quantities.map((q) => q.value)));
  const firstFigures = (await cells(phone.page, "Figures"))[0];
  assert.ok(firstFigures.replace(/,/g, "").includes(String(largest)), `${firstFigures} holds ${largest}`);
  await phone.page.screenshot({ path: join(SHOTS, "sort-figure-phone.png") });
  assert.deepEqual(phone.problems, []);
  await phone.page.close();
});

test("filters: stance, kind, place, language, outlet and dates each narrow the table; the exports at the top carry them", async () => {
  const { page, problems } = await newPage();
  const apply = async (fill: (p: Page) => Promise<void>, hashPart: string) => {
    await openView(page, `${server.url}/#/claims`);
    await fill(page);
    await page.locator('#filters button[type="submit"]').click();
    await claimsShown(page, hashPart);
  };
  const all = await getJson<{ total: number }>("/api/claims?limit=1");

  await apply((p) => p.locator('#filters select[name="stance"]').selectOption("deny").then(() => undefined), "stance=deny");
  const stances = await cells(page, "Stance");
  assert.ok(stances.length >= 2 && stances.every((t) => t.startsWith("deny")), stances.join("|"));
  await page.screenshot({ path: join(SHOTS, "filter-stance.png") });

  await apply((p) => p.locator('#filters select[name="kind"]').selectOption("interception").then(() => undefined), "kind=interception");
  const kinds = await cells(page, "Stance");
  assert.ok(kinds.length >= 2 && kinds.every((t) => t.endsWith("interception")), kinds.join("|"));
  await page.screenshot({ path: join(SHOTS, "filter-kind.png") });

  await apply((p) => p.locator('#filters input[name="place"]').fill("Kursk Oblast"), "place=Kursk");
  const places = await cells(page, "Place");
  assert.ok(places.length >= 2 && places.every((t) => t === "Kursk Oblast"), places.join("|"));
  await page.screenshot({ path: join(SHOTS, "filter-place.png") });

  await apply((p) => p.locator('#filters select[name="lang"]').selectOption("ru").then(() => undefined), "lang=ru");
  const langs = await page.locator("#claims-table tbody td[data-label=Article] .muted").allTextContents();
  assert.ok(langs.length >= 3 && langs.every((t) => t === "ru"), langs.join("|"));
  await page.screenshot({ path: join(SHOTS, "filter-language.png") });

  await apply((p) => p.locator('#filters input[name="outlet"]').fill("Yonhap"), "outlet=Yonhap");
  const via = await cells(page, "Claimant");
  assert.ok(via.length >= 1 && via.every((t) => t.includes("via Yonhap")), via.join("|"));
  await page.screenshot({ path: join(SHOTS, "filter-outlet.png") });

  await apply(async (p) => { await p.locator('#filters input[name="from"]').fill("2024-11-01"); await p.locator('#filters input[name="to"]').fill("2024-11-02"); }, "to=2024-11-02");
  const dates = await cells(page, "Date");
  assert.ok(dates.length >= 3 && dates.every((d) => d >= "2024-11-01" && d <= "2024-11-02"), dates.join("|"));
  const dated = await shownTotal(page);
  assert.ok(dated > 0 && dated < all.total);
  await page.screenshot({ path: join(SHOTS, "filter-dates.png") });

  // Filters combine; each shows as a chip that removes it; the export links above the table carry them.
  await page.goto(`${server.url}/#/claims?stance=assert&lang=en&kind=interception`);
  await claimsShown(page, "kind=interception");
  const combined = await shownTotal(page);
  const box = await page.locator("#exports").boundingBox();
  const table = await page.locator("#claims-table").boundingBox();
  assert.ok(box && table && box.y < table.y, "exports above the results");
  for (const fmt of ["csv", "ndjson", "jsonld"]) {
    const href = (await page.locator(`#exports a[data-format="${fmt}"]`).getAttribute("href"))!;
    assert.match(href, /stance=assert/);
    assert.match(href, /lang=en/);
    assert.match(href, /kind=interception/);
    if (fmt === "ndjson") {
      const lines = (await (await fetch(`${server.url}${href}`)).text()).trim().split("\n").map((l) => JSON.parse(l));
      assert.equal(lines.length, combined, "the export holds the claims the table counts");
      assert.ok(lines.every((c) => c.stance === "assert" && c.kind === "interception" && c.article_lang === "en"));
    }
  }
  await page.screenshot({ path: join(SHOTS, "filters-combined.png") });
  await page.locator(".chip", { hasText: "kind: interception" }).locator("button").click();
  await page.waitForFunction(() => !location.hash.includes("kind="));
  await page.waitForFunction((n) => Number(document.querySelector("#result-count strong")?.textContent?.replace(/,/g, "")) > n, combined);
  assert.deepEqual(problems, []);
  await page.close();
  await onPhone("#/claims?stance=assert&lang=en&kind=interception", "filters-combined", "#claims-table tbody tr");
});

test("articles: each with its outlet, date, language and claim count; the count opens its claims", async () => {
  const { page, problems } = await newPage();
  await page.goto(`${server.url}/#/articles`);
  await page.waitForSelector("#articles-table tbody tr");
  const stored = await getJson<{ total: number; items: Array<{ id: number; site_name: string | null; claim_count: number; published: string | null }> }>("/api/articles?limit=100");
  assert.equal(await page.locator("#articles-table tbody tr").count(), stored.total);
  const outlets = await page.locator("#articles-table td.outlet").allTextContents();
  assert.ok(outlets.includes("World Service News") && outlets.includes("Вестник"), outlets.join("|"));
  // An article without a site name shows the host of its URL.
  assert.ok(outlets.includes("wire.example.com") && outlets.includes("thanhnien.vn"), outlets.join("|"));
  const dates = (await page.locator('#articles-table td[data-label="Published"]').allTextContents()).filter((d) => d !== "undated");
  assert.deepEqual(dates, [...dates].sort().reverse(), "newest first");
  await page.screenshot({ path: join(SHOTS, "articles.png") });

  const a = stored.items.find((x) => x.site_name === "World Service News")!;
  await page.locator(`#articles-table tr[data-article="${a.id}"] a`, { hasText: "claims" }).click();
  await claimsShown(page, `article=${a.id}`);
  assert.equal(await shownTotal(page), a.claim_count);
  // Language filter on the list.
  await page.goto(`${server.url}/#/articles?lang=ru`);
  await page.waitForFunction(() => { const tds = Array.from(document.querySelectorAll("#articles-table tbody td[data-label=Language]")); return tds.length > 0 && tds.every((td) => td.textContent === "ru"); });
  assert.equal(await page.locator("#articles-table tbody tr").count(), (await getJson<{ total: number }>("/api/articles?lang=ru")).total);
  assert.deepEqual(problems, []);
  await page.close();
  await onPhone("#/articles", "articles", "#articles-table tbody tr");
});

test("timeline: claims per day stacked by stance, by kind; a bar opens that day's claims", async () => {
  const { page, problems } = await newPage();
  await page.goto(`${server.url}/#/timeline?lang=en`);
  await page.waitForSelector("#timeline-chart");
  type ChartData = { labels: string[]; datasets: Array<{ label: string; data: number[] }> };
  const read = () => page.evaluate(() => {
    const c = document.getElementById("timeline-chart") as HTMLCanvasElement;
    const ch = (window as unknown as { Chart: { getChart(c: HTMLCanvasElement): { data: ChartData } | undefined } }).Chart.getChart(c);
    return ch ? { labels: ch.data.labels, datasets: ch.data.datasets.map((d) => ({ label: d.label, data: d.data })) } : null;
  });
  await page.waitForFunction(() => !!(window as unknown as { Chart: { getChart(x: unknown): unknown } }).Chart.getChart(document.getElementById("timeline-chart")));
  const byStance = (await read())!;
  const en = (await getJson<{ items: StoredClaim[] }>("/api/claims?lang=en&limit=500")).items.filter((c) => c.date ?? c.published);
  const days = [...new Set(en.map((c) => (c.date ?? c.published)!))].sort();
  assert.equal(byStance.labels[0], days[0]);
  assert.equal(byStance.labels[byStance.labels.length - 1], days[days.length - 1]);
  const sum = byStance.datasets.reduce((s, d) => s + d.data.reduce((a, b) => a + b, 0), 0);
  assert.equal(sum, en.length, "every dated claim is in one bar");
  const assertDs = byStance.datasets.find((d) => d.label === "assert")!;
  for (const [i, day] of byStance.labels.entries()) {
    assert.equal(assertDs.data[i], en.filter((c) => (c.date ?? c.published) === day && c.stance === "assert").length, day);
  }
  await page.screenshot({ path: join(SHOTS, "timeline-stance.png"), fullPage: true });

  // By kind.
  await page.locator('button[data-by="kind"]').click();
  await page.waitForFunction(() => location.hash.includes("by=kind"));
  await page.waitForFunction(() => document.querySelector('button[data-by="kind"]')?.getAttribute("aria-pressed") === "true");
  await page.waitForFunction(() => !!(window as unknown as { Chart: { getChart(x: unknown): unknown } }).Chart.getChart(document.getElementById("timeline-chart")));
  const byKind = (await read())!;
  assert.ok(byKind.datasets.some((d) => d.label === "interception"), byKind.datasets.map((d) => d.label).join(","));
  assert.equal(byKind.datasets.reduce((s, d) => s + d.data.reduce((a, b) => a + b, 0), 0), en.length);
  await page.screenshot({ path: join(SHOTS, "timeline-kind.png"), fullPage: true });

  // Clicking the tallest bar segment opens the claims of that day and kind.
  const best = byKind.datasets.flatMap((d, di) => d.data.map((n, i) => ({ n, di, i }))).sort((a, b) => b.n - a.n)[0];
  const pos = await page.evaluate(({ di, i }) => {
    const c = document.getElementById("timeline-chart") as HTMLCanvasElement;
    const ch = (window as unknown as { Chart: { getChart(c: HTMLCanvasElement): { getDatasetMeta(i: number): { data: Array<{ x: number; y: number; base: number }> } } } }).Chart.getChart(c);
    const el = ch.getDatasetMeta(di).data[i];
    const r = c.getBoundingClientRect();
    return { x: r.left + el.x, y: r.top + (el.y + el.base) / 2 };
  }, best);
  await page.mouse.click(pos.x, pos.y);
  const day = byKind.labels[best.i], kind = byKind.datasets[best.di].label.replace(/ /g, "_");
  await claimsShown(page, `to=${day}`);
  assert.match(await page.evaluate(() => location.hash), new RegExp(`kind=${kind}`));
  assert.equal(await shownTotal(page), best.n);
  // The counts table below the chart, for the keyboard: its links lead to the same claims.
  await page.goto(`${server.url}/#/timeline?lang=en&by=kind`);
  await page.waitForSelector("#timeline-table", { state: "attached" });
  await page.locator(".counts-box summary").click();
  const link = page.locator("#timeline-table tbody a").first();
  await link.focus();
  await page.keyboard.press("Enter");
  await claimsShown(page, "from=");
  assert.deepEqual(problems, []);
  await page.close();
  await onPhone("#/timeline", "timeline-stance", "#timeline-chart");
});

test("map: a marker for each place of the stored claims, sized by count; selecting one filters by that place", async () => {
  const places = (await getJson<{ items: Array<{ id: string | null; name: string; count: number }> }>("/api/places")).items;
  const { page, problems } = await newPage();
  await page.goto(`${server.url}/#/map`);
  await page.waitForSelector("#places-map .marker");
  const markers = await page.locator("#places-map a.marker").evaluateAll((as) => as.map((a) => ({ place: a.getAttribute("data-place"), r: Number(a.querySelector("circle")!.getAttribute("r")), label: a.getAttribute("aria-label") })));
  const onMap = new Set(markers.map((m) => m.place));
  const listed = await page.locator(".map-side a[data-place]").evaluateAll((as) => as.map((a) => a.getAttribute("data-place")));
  for (const p of places) assert.ok(onMap.has(p.id) || listed.includes(p.id ?? p.name), `${p.name} is on the map or listed beside it`);
  for (const id of ["place:kursk-oblast", "place:moscow", "place:pyongyang", "place:seoul"]) assert.ok(onMap.has(id), `${id} has a marker`);
  const kursk = markers.find((m) => m.place === "place:kursk-oblast")!, seoul = markers.find((m) => m.place === "place:seoul")!;
  assert.match(kursk.label!, /^Kursk Oblast: \d+ claims$/);
  const count = (id: string) => places.find((p) => p.id === id)!.count;
  assert.ok(count("place:kursk-oblast") > count("place:seoul") && kursk.r > seoul.r, "more claims, larger marker");
  // The map is zoomed to the markers: they are inside the drawing, spread over it.
  const inside = await page.evaluate(() => {
    const svg = document.getElementById("places-map")!.getBoundingClientRect();
    return Array.from(document.querySelectorAll("#places-map .marker circle")).map((c) => { const r = c.getBoundingClientRect(); return r.left >= svg.left - 1 && r.right <= svg.right + 1 && r.top >= svg.top - 1 && r.bottom <= svg.bottom + 1; });
  });
  assert.ok(inside.every(Boolean), "every marker inside the map");
  await page.screenshot({ path: join(SHOTS, "map.png"), fullPage: true });

  await page.locator('#places-map a.marker[data-place="place:montreal"]').click();
  await claimsShown(page, "place=place%3Amontreal");
  assert.equal(await shownTotal(page), count("place:montreal"));
  assert.ok((await cells(page, "Place")).every((t) => t === "Montreal"));

  // Keyboard: Tab reaches the markers, Enter follows one.
  await page.goto(`${server.url}/#/map?lang=ru`);
  await page.waitForSelector("#places-map .marker");
  let target: string | null = null;
  for (let i = 0; i < 80 && !target; i++) {
    await page.keyboard.press("Tab");
    target = await page.evaluate(() => (document.activeElement?.matches("#places-map a.marker") ? document.activeElement.getAttribute("data-place") : null));
  }
  assert.ok(target, "Tab reaches a marker");
  await page.keyboard.press("Enter");
  await claimsShown(page, `place=${encodeURIComponent(target!)}`);
  assert.match(await page.evaluate(() => location.hash), /lang=ru/, "the filters in force are kept");
  assert.deepEqual(problems, []);
  await page.close();
  await onPhone("#/map", "map", "#places-map .marker");
});

test("claims table photographed at 1280×800 and at 390×844, where it does not scroll sideways", async () => {
  const { page, problems } = await newPage();
  await page.goto(`${server.url}/#/claims`);
  await page.waitForSelector("#claims-table tbody tr");
  await page.screenshot({ path: join(SHOTS, "claims-desktop.png") });
  await page.close();
  assert.deepEqual(problems, []);
  await onPhone("#/claims", "claims", "#claims-table tbody tr");
});
