// The dashboard's article view in Chromium: renderHighlighted (src/web/app.js) over one article
// with 13,000 and 26,000 claims (every claim an evidence sentence and one number), timed in the
// page. The render must grow linearly: twice the claims, about twice the time.
import { readFileSync } from "node:fs";
import { chromium } from "playwright-core";

const APP = readFileSync(new URL("../src/web/app.js", import.meta.url), "utf8");
/** The source of one top-level function or const of app.js. */
function piece(name: string): string {
  const m = new RegExp(`^function ${name}\\([\\s\\S]*?^\\}$|^const ${name} =[\\s\\S]*?;$`, "m").exec(APP);
  if (!m) throw new Error(`${name} not found in app.js`);
  return m[0];
}
const SRC = ["SAFE_ATTR", "safeHref", "h", "QUAL", "fmt", "figure", "renderHighlighted"].map(piece).join("\n");

const browser = await chromium.launch({ executablePath: process.env.CLAIMTRACE_CHROMIUM ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
try {
  const page = await browser.newPage();
  await page.setContent("<!doctype html><html><body><div id=main></div><div id=tip hidden></div></body></html>");
  // The tooltip handlers are only attached during the render, never called.
  await page.addScriptTag({ content: `${SRC}\nfunction showTip() {}\nfunction hideTip() {}\nwindow.renderHighlighted = renderHighlighted;` });
  for (const n of (process.env.SIZES ?? "13000,26000").split(",").map(Number)) {
    const ms = await page.evaluate((n) => {
      let text = "";
      const claims = [];
      for (let i = 0; i < n; i++) {
        const s = `Officials said ${i + 10} drones were launched. `;
        const at = text.length;
        text += s;
        const num = s.indexOf(String(i + 10));
        claims.push({ id: i + 1, evidence: { start: at, end: at + s.length - 1 }, why: [], quantities: [{ start: at + num, end: at + num + String(i + 10).length, value: i + 10, qualifier: "exact", item: "uav", role: "launched", why: [] }] });
      }
      const el = document.createElement("div");
      const t0 = performance.now();
      (window as unknown as { renderHighlighted: (el: Element, t: string, c: unknown[]) => void }).renderHighlighted(el, text, claims);
      return performance.now() - t0;
    }, n);
    console.log(`article view, ${n.toLocaleString("en-US")} claims: ${(ms / 1000).toFixed(2)} s`);
  }
} finally {
  await browser.close();
}
