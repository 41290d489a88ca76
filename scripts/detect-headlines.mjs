#!/usr/bin/env node
// Language detection on headlines alone: how often `detectLangDetail` names the right language from
// an article's first line, the hardest input it gets (a feed title, a short text pasted alone).
// Headlines: the first line of every article in samples/ and the test fixtures (for a page, the
// title the HTML extraction puts first; for NDJSON, each record's title), whose language is the
// record's `lang` or the language code in the file name, plus the headlines written for each
// registered language in test/fixtures/headlines/<code>.txt. Languages come from the registry.
// Run after `npm run build`:  node scripts/detect-headlines.mjs [--verbose] [--json]
import { readFileSync, readdirSync, statSync, existsSync } from "node:fs";
import { join, relative, basename } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = join(root, "dist");
if (!existsSync(join(dist, "ingest", "lang.js"))) {
  process.stderr.write("detect-headlines: dist/ is missing: run 'npm run build' first\n");
  process.exit(2);
}
const { detectLangDetail } = await import(join(dist, "ingest", "lang.js"));
const { LANGS } = await import(join(dist, "lang", "index.js"));
const { extractHtmlArticle } = await import(join(dist, "ingest", "html.js"));
const { decodeBytes } = await import(join(dist, "ingest", "decode.js"));

const verbose = process.argv.includes("--verbose");
const asJson = process.argv.includes("--json");

/** The registered language a file name carries as a segment ("05-ru-agency.html", "t13-vi-quake.txt", "bn-daily.html"). */
function langOfName(name) {
  const parts = basename(name).replace(/\.[^.]+$/, "").split(/[-_.]/);
  return parts.find((p) => LANGS.includes(p)) ?? null;
}

function* files(dir) {
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) yield* files(p);
    else yield p;
  }
}

const firstLine = (text) => text.split(/\r?\n/).map((l) => l.trim()).find((l) => l.length > 0) ?? "";

/** Headlines with the language they are in: { text, lang, source }. */
function collect() {
  const out = [];
  const articleDirs = ["samples", "test/fixtures"].map((d) => join(root, d));
  for (const dir of articleDirs) for (const f of files(dir)) {
    const rel = relative(root, f);
    if (rel.startsWith("test/fixtures/headlines/")) continue;
    if (f.endsWith(".ndjson")) {
      readFileSync(f, "utf8").split("\n").filter((l) => l.trim()).forEach((line, i) => {
        const o = JSON.parse(line);
        const lang = LANGS.includes(o.lang) ? o.lang : null;
        const text = o.title ?? firstLine(o.text ?? "");
        if (lang && text) out.push({ text, lang, source: `${rel}:${i + 1}` });
      });
      continue;
    }
    const lang = langOfName(f);
    if (!lang) continue;
    if (f.endsWith(".txt")) out.push({ text: firstLine(readFileSync(f, "utf8")), lang, source: rel });
    else if (/\.html?$/.test(f)) {
      try {
        const html = decodeBytes(readFileSync(f), null, "html");
        out.push({ text: firstLine(extractHtmlArticle(html).text), lang, source: rel });
      } catch { /* a page with no article text has no headline */ }
    }
  }
  for (const lang of LANGS) {
    const f = join(root, "test/fixtures/headlines", `${lang}.txt`);
    if (!existsSync(f)) continue;
    readFileSync(f, "utf8").split("\n").map((l) => l.trim()).filter(Boolean)
      .forEach((text, i) => out.push({ text, lang, source: `test/fixtures/headlines/${lang}.txt:${i + 1}` }));
  }
  return out.filter((h) => h.text);
}

const headlines = collect();
const per = new Map(LANGS.map((l) => [l, { n: 0, ok: 0, wrong: [] }]));
for (const h of headlines) {
  const d = detectLangDetail(h.text);
  const r = per.get(h.lang);
  r.n++;
  if (d.lang === h.lang) r.ok++;
  else r.wrong.push({ ...h, got: d.lang ?? `none (${d.iso3}, ${d.script})` });
}
const total = [...per.values()].reduce((a, r) => ({ n: a.n + r.n, ok: a.ok + r.ok }), { n: 0, ok: 0 });
if (asJson) {
  console.log(JSON.stringify({ total: { ...total, accuracy: total.n ? total.ok / total.n : null }, languages: Object.fromEntries([...per].map(([l, r]) => [l, { n: r.n, ok: r.ok, accuracy: r.n ? r.ok / r.n : null, wrong: r.wrong }])) }, null, 1));
} else {
  console.log("lang  headlines  detected  accuracy");
  for (const [l, r] of per) {
    console.log(`${l.padEnd(4)}  ${String(r.n).padStart(9)}  ${String(r.ok).padStart(8)}  ${r.n ? (r.ok / r.n).toFixed(3) : "  n/a"}`);
    if (verbose) for (const w of r.wrong) console.log(`      ${w.source}: got ${w.got}: ${w.text}`);
  }
  console.log(`all   ${String(total.n).padStart(9)}  ${String(total.ok).padStart(8)}  ${total.n ? (total.ok / total.n).toFixed(3) : "n/a"}`);
}
