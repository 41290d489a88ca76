// Ingest from what users have: text files, folders, NDJSON exports, stdin, URLs (served by a local
// HTTP server started here: redirects, charsets, 404, timeouts, size caps, content types) and
// RSS/Atom feeds. Every bad input is one failure with a one-line reason; the batch goes on.
import { test, describe, before, after } from "node:test";
import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { openStore, type Store } from "../src/store/index.js";
import { collectUnits, decodeBytes, type SourceOptions } from "../src/ingest/sources.js";
import { runIngest, type IngestSummary } from "../src/ingest/run.js";
import { DEFAULT_FETCH } from "../src/ingest/fetch.js";
import { detectLang, detectLangDetail } from "../src/ingest/lang.js";
import { toIsoDate } from "../src/ingest/meta.js";
import { parseFeed } from "../src/ingest/feed.js";
import { EXTRACTOR_VERSION } from "../src/version.js";

const EN = readFileSync("samples/02-en.txt", "utf8"); // the dev corpus article, bundled as a sample
const FIX = "test/fixtures/html";
const PAGE = readFileSync(join(FIX, "en-wordpress-comments.html"), "utf8");
const PAGE_RU_1251 = readFileSync(join(FIX, "ru-regional-cp1251.html"));
const PAGE_VI = readFileSync(join(FIX, "vi-portal.html"), "utf8");
const BE = "Міністэрства абароны паведаміла, што на працягу ночы сілы супрацьпаветранай абароны збілі 31 з 48 беспілотнікаў над рознымі абласцямі краіны.";
const UK = "Міністерство оборони України повідомило, що протягом ночі сили протиповітряної оборони збили 31 з 48 російських безпілотників над різними областями країни.";
const RU_TEXT = "Министерство обороны России сообщило, что за ночь над Курской областью были уничтожены 34 украинских беспилотника, а над Брянской областью ещё 15.";

let tmp = "";
let store: Store;
let server: Server;
let base = "";
let hits: Record<string, number> = {};

function longArticle(title: string, n: number): string {
  const p = `<p>The air force said that Russia launched ${n} drones overnight and that most of them were shot down over several regions of the country, officials said on Friday.</p>`;
  return `<html><head><title>${title}</title></head><body><article><h1>${title}</h1>${p}${p.replace("most", "many")}${p.replace("most", "some")}</article></body></html>`;
}

const RSS = (b: string) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Wire feed</title>
 <item><title>Full content item</title><link>${b}/feed-item-full</link><pubDate>Sat, 02 Nov 2024 06:10:00 +0700</pubDate>
  <description>Short teaser</description>
  <content:encoded><![CDATA[<p>The Ukrainian Air Force said that Russia launched 62 drones and two ballistic missiles at Ukraine overnight, and that air defences shot down 40 of the drones over central regions.</p><p>Another 20 drones were lost, probably as a result of electronic warfare, the air force said in a statement published on its Telegram channel on Saturday morning.</p><p>Russia's defence ministry said it had destroyed 21 Ukrainian drones over the Bryansk and Kursk regions during the same night.</p>]]></content:encoded></item>
 <item><title>Linked item</title><link>${b}/wordpress.html</link><pubDate>Wed, 30 Oct 2024 21:14:05 -0400</pubDate><description>Pentagon says troops are moving</description></item>
 <item><title>Broken link item</title><link>${b}/missing-page</link><pubDate>Thu, 31 Oct 2024 10:00:00 GMT</pubDate><description>&lt;p&gt;Kyiv said 12 missiles were intercepted over the capital, officials said, and nobody was hurt in the attack.&lt;/p&gt;</description></item>
 <item><title>Dead item</title><link>${b}/404</link></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom wire</title>
 <entry><title>Atom entry</title><link rel="alternate" href="https://atom.example/entry-1"/><published>2024-11-03T09:00:00+03:00</published>
  <content type="html">&lt;p&gt;Министерство обороны России сообщило, что за ночь над Курской областью были уничтожены 34 украинских беспилотника. Ещё 15 беспилотников были сбиты над Брянской областью, а 11 над Белгородской областью, сообщили в ведомстве.&lt;/p&gt;&lt;p&gt;Губернатор Курской области сообщил, что никто не пострадал, однако повреждены крыша жилого дома и линия электропередачи в одном из сел.&lt;/p&gt;</content></entry>
</feed>`;

before(async () => {
  tmp = mkdtempSync(join(tmpdir(), "claimtrace-ingest-"));
  store = await openStore(join(tmp, "ingest.db"));
  server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    hits[path] = (hits[path] ?? 0) + 1;
    const html = (body: string | Buffer, type = "text/html; charset=utf-8") => { res.writeHead(200, { "content-type": type }); res.end(body); };
    switch (path) {
      case "/wordpress.html": return html(PAGE);
      case "/cp1251": return html(PAGE_RU_1251, "text/html"); // charset only in the page's <meta>
      case "/cp1251-header": return html(iconv.encode(RU_TEXT, "windows-1251"), "text/plain; charset=windows-1251");
      case "/vi": return html(PAGE_VI);
      case "/fresh": return html(longArticle("Fresh article", 91));
      case "/copy-a": case "/copy-b": return html(longArticle("Same article twice", 77));
      case "/moved": res.writeHead(301, { location: "/hop2" }); return res.end();
      case "/hop2": res.writeHead(302, { location: `${base}/final-article` }); return res.end();
      case "/final-article": return html(longArticle("Redirected article", 55));
      case "/loop": res.writeHead(302, { location: "/loop" }); return res.end();
      case "/plain": return html(EN, "text/plain; charset=utf-8");
      case "/image.png": res.writeHead(200, { "content-type": "image/png" }); return res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
      case "/big": {
        // No Content-Length: the cap must hold while reading.
        res.writeHead(200, { "content-type": "text/html" });
        const chunk = "<p>" + "x".repeat(64 * 1024) + "</p>";
        let sent = 0;
        const push = () => { while (sent < 40 && res.write(chunk)) sent++; if (sent < 40) res.once("drain", push); else res.end(); };
        return push();
      }
      case "/slow": res.writeHead(200, { "content-type": "text/html" }); res.write("<html>"); return; // never ends
      case "/feed.xml": res.writeHead(200, { "content-type": "application/rss+xml" }); return res.end(RSS(base));
      case "/feed-item-full": return html("<p>should not be fetched: the feed has the content</p>");
      default: res.writeHead(404, { "content-type": "text/html" }); return res.end("<h1>Not found</h1>");
    }
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  server?.closeAllConnections();
  await new Promise((r) => server?.close(r));
  await store?.close();
  rmSync(tmp, { recursive: true, force: true });
});

// The test server is on loopback, which the fetch policy refuses unless allowed.
const opts = (over: Partial<SourceOptions> = {}): SourceOptions => ({ fetch: { ...DEFAULT_FETCH, timeoutMs: 1500, allowPrivateNetwork: true }, maxBytes: 1 << 20, ...over });

async function ingest(inputs: string[], feeds: string[] = [], o: Partial<SourceOptions> = {}, extra = {}): Promise<IngestSummary> {
  return runIngest(await collectUnits(inputs, feeds, opts(o)), store, { extractorVersion: EXTRACTOR_VERSION, concurrency: 3, ...extra });
}

const reasons = (s: IngestSummary) => Object.fromEntries(s.failed.map((f) => [f.origin.replaceAll(tmp, "TMP").replaceAll(base, "BASE"), f.reason]));

describe("language detection", () => {
  test("the dev articles are bn, en, vi", () => {
    for (const [f, l] of [["01-bn", "bn"], ["02-en", "en"], ["03-vi", "vi"]]) assert.equal(detectLang(readFileSync(`samples/${f}.txt`, "utf8")), l);
  });
  test("Russian is ru, Ukrainian uk, French fr; Belarusian and Chinese are unsupported, and say what they look like", () => {
    assert.equal(detectLang(RU_TEXT), "ru");
    assert.deepEqual(detectLangDetail(UK), { lang: "uk", iso3: "ukr", script: "Cyrillic" });
    assert.deepEqual(detectLangDetail(BE), { lang: null, iso3: "bel", script: "Cyrillic" });
    assert.equal(detectLangDetail("Le ministère de la Défense a annoncé que douze drones avaient été abattus pendant la nuit au-dessus de la région.").iso3, "fra");
    assert.equal(detectLang("国防部表示，夜间击落了十二架无人机。"), null);
    assert.equal(detectLang("12 345 !!!"), null);
  });
  test("German headlines are German, not Dutch or Afrikaans; Dutch and Afrikaans are named and refused; a Spanish or English headline with an umlaut stays what it is", () => {
    for (const h of ["Bootsunglücke im Mittelmeer: Mindestens elf Tote", "Erdbeben in Nepal: Zahl der Toten steigt auf 233", "Nordkorea bestreitet Entsendung von Truppen nach Russland",
      "Ukraine schießt 31 Drohnen ab", "Tausende demonstrieren gegen die Regierung in Georgien"]) assert.equal(detectLang(h), "de", h);
    assert.equal(detectLangDetail("Het aantal doden na de aardbeving in Nepal is gestegen tot meer dan tweehonderd").iso3, "nld");
    assert.equal(detectLangDetail("Het aantal doden na de aardbeving in Nepal is gestegen tot meer dan tweehonderd").lang, null);
    assert.equal(detectLangDetail("Die aantal dooies het tot 233 gestyg, sê die polisie").lang, null);
    assert.equal(detectLang("Thomas Müller marca dos goles en la victoria del Bayern"), "es");
    // Three words and no function word: too little to name English, but an umlaut alone never makes it German.
    assert.notEqual(detectLang("Earthquake hits Türkiye"), "de");
  });
});

describe("dates from pages and feeds", () => {
  test("ISO keeps the written date (no shift to UTC); RFC 822, day-first and month names parse; nonsense does not", () => {
    assert.equal(toIsoDate("2024-11-01T23:30:00+07:00"), "2024-11-01");
    assert.equal(toIsoDate("Fri, 01 Nov 2024 23:10:00 -0500"), "2024-11-01");
    assert.equal(toIsoDate("01.11.2024 07:45"), "2024-11-01");
    assert.equal(toIsoDate("November 1, 2024"), "2024-11-01");
    assert.equal(toIsoDate("1 November 2024"), "2024-11-01");
    assert.equal(toIsoDate("2024-02-30"), null);
    assert.equal(toIsoDate("01/11/2024"), null); // day-first or month-first: not guessed
    assert.equal(toIsoDate("yesterday"), null);
  });
});

describe("files, folders, stdin", () => {
  test("a folder is walked recursively; only article files are taken; hidden entries skipped", async () => {
    const dir = join(tmp, "folder");
    mkdirSync(join(dir, "deep", "deeper"), { recursive: true });
    mkdirSync(join(dir, ".git"));
    writeFileSync(join(dir, "a.txt"), EN);
    writeFileSync(join(dir, "deep", "deeper", "ru.txt"), RU_TEXT);
    writeFileSync(join(dir, "deep", "page.html"), PAGE_VI);
    writeFileSync(join(dir, "photo.jpg"), Buffer.from([0xff, 0xd8, 0xff, 0]));
    writeFileSync(join(dir, ".git", "notes.txt"), "Hidden file that must not be ingested, it is inside a dot folder.");
    const s = await ingest([dir]);
    assert.deepEqual(reasons(s), {});
    assert.equal(s.ingested, 3);
    const langs = (await Promise.all(s.ids.map((id) => store.getArticle(id)))).map((a) => a!.lang).sort();
    assert.deepEqual(langs, ["en", "ru", "vi"]);
    // The same folder again changes nothing.
    const before = await store.stats();
    const again = await ingest([dir]);
    assert.equal(again.ingested, 0);
    assert.equal(again.duplicates, 3);
    assert.deepEqual(await store.stats(), before);
  });

  test("bad inputs fail one by one with a one-line reason naming the problem; the rest is stored", async () => {
    const d = join(tmp, "bad");
    mkdirSync(d);
    writeFileSync(join(d, "empty.txt"), "");
    writeFileSync(join(d, "blank.txt"), " \n\t\n");
    writeFileSync(join(d, "binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    writeFileSync(join(d, "latin1.txt"), Buffer.from("Caf\xe9 au lait, the ministry said that 12 drones were downed.", "latin1"));
    writeFileSync(join(d, "belarusian.txt"), BE);
    writeFileSync(join(d, "big.txt"), "word ".repeat(300000));
    writeFileSync(join(d, "good.txt"), RU_TEXT + " Губернатор сообщил, что пострадавших нет.");
    writeFileSync(join(d, "broken.html"), "<html><body><nav>Home</nav></body></html>");
    const s = await ingest([d, join(tmp, "does-not-exist.txt")]);
    assert.equal(s.ingested, 1);
    const r = reasons(s);
    assert.deepEqual(Object.keys(r).sort(), [
      "TMP/bad/belarusian.txt", "TMP/bad/big.txt", "TMP/bad/binary.txt", "TMP/bad/blank.txt", "TMP/bad/broken.html", "TMP/bad/empty.txt", "TMP/bad/latin1.txt", "TMP/does-not-exist.txt",
    ]);
    assert.match(r["TMP/bad/empty.txt"], /^empty input$/);
    assert.match(r["TMP/bad/blank.txt"], /^empty input$/);
    assert.match(r["TMP/bad/binary.txt"], /^binary file/);
    assert.match(r["TMP/bad/latin1.txt"], /not valid UTF-8/);
    assert.match(r["TMP/bad/belarusian.txt"], /unsupported language: looks like Belarusian \(bel\)/);
    assert.match(r["TMP/bad/big.txt"], /too large: 1\.4 MB, the limit is 1 MB/);
    assert.match(r["TMP/bad/broken.html"], /no article text|no text/);
    assert.match(r["TMP/does-not-exist.txt"], /no such file or directory/);
    for (const reason of Object.values(r)) assert.doesNotMatch(reason, /\n|    at /, "one line, no stack");
  });

  test("stdin: text, or NDJSON when it starts with {", async () => {
    const s1 = await ingest(["-"], [], { readStdin: async () => Buffer.from("Kyiv, 3 November. " + RU_TEXT.replace("34", "35")) });
    assert.deepEqual(reasons(s1), {});
    assert.equal(s1.ingested, 1);
    assert.equal((await store.getArticle(s1.ids[0]))!.origin, "stdin");
    const line = JSON.stringify({ title: "From stdin", text: RU_TEXT.replace("34", "36"), lang: "ru", published: "2024-11-05" });
    const s2 = await ingest(["-"], [], { readStdin: async () => Buffer.from(line + "\n") });
    assert.equal(s2.ingested, 1);
    const a = await store.getArticle(s2.ids[0]);
    assert.equal(a!.title, "From stdin");
    assert.equal(a!.published, "2024-11-05");
    assert.equal(a!.origin, "stdin:1");
  });
});

describe("NDJSON", () => {
  test("records with text or html (page or fragment) are stored with their metadata; bad lines fail alone, named by line", async () => {
    const f = join(tmp, "export.ndjson");
    const lines = [
      JSON.stringify({ url: "https://nd.example/1", title: "Text record", text: EN.replace("83", "84"), published: "2024-11-01T10:00:00Z", lang: "en" }),
      "",
      JSON.stringify({ url: "https://nd.example/2", html: PAGE, published: "2024-10-30" }),
      JSON.stringify({ url: "https://nd.example/3", title: "Fragment", html: "<p>" + RU_TEXT.replace("34", "44") + "</p><p>Губернатор сообщил, что пострадавших нет.</p>" }),
      "{not json",
      JSON.stringify({ url: "https://nd.example/5", title: "No body" }),
      JSON.stringify({ url: "https://nd.example/6", text: BE, lang: "be" }),
      JSON.stringify({ url: "https://nd.example/7", text: EN.replace("83", "85"), published: "last Tuesday" }),
      JSON.stringify([1, 2]),
    ];
    writeFileSync(f, lines.join("\n") + "\n");
    const s = await ingest([f]);
    assert.equal(s.ingested, 3);
    const r = reasons(s);
    assert.deepEqual(Object.keys(r).sort(), ["TMP/export.ndjson:5", "TMP/export.ndjson:6", "TMP/export.ndjson:7", "TMP/export.ndjson:8", "TMP/export.ndjson:9"]);
    assert.match(r["TMP/export.ndjson:5"], /^invalid JSON/);
    assert.match(r["TMP/export.ndjson:6"], /no "text" or "html"/);
    assert.match(r["TMP/export.ndjson:7"], /unsupported language "be"/);
    assert.match(r["TMP/export.ndjson:8"], /"published" is not a date/);
    assert.match(r["TMP/export.ndjson:9"], /must be a JSON object/);
    const [a1, a2, a3] = await Promise.all(s.ids.slice(0, 3).map((id) => store.getArticle(id)));
    const byTitle = Object.fromEntries([a1, a2, a3].map((a) => [a!.title, a!]));
    assert.equal(byTitle["Text record"].published, "2024-11-01");
    assert.deepEqual(byTitle["Text record"].urls, ["https://nd.example/1"]);
    assert.equal(byTitle["Text record"].text, EN.replace("83", "84")); // text records are stored exactly as given
    const page = byTitle["Pentagon: North Korean troops moving toward Kursk"];
    assert.ok(page.text.includes("The Pentagon said on Wednesday that about 10,000 North Korean soldiers"));
    assert.ok(!page.text.includes("skeptic_99"));
    assert.equal(byTitle.Fragment.lang, "ru");
    assert.ok(byTitle.Fragment.text.startsWith("Fragment\n\nМинистерство обороны России"));
  });
});

describe("URLs", () => {
  test("pages are fetched; charsets from the header or the page's <meta> are honoured; text/plain is text", async () => {
    const s = await ingest([`${base}/wordpress.html`, `${base}/cp1251`, `${base}/cp1251-header`, `${base}/plain`]);
    assert.deepEqual(reasons(s), {});
    const arts = await Promise.all(s.ids.map((id) => store.getArticle(id)));
    const ru = arts.find((a) => a!.title === "Над областью сбиты три ракеты");
    assert.ok(ru, "windows-1251 page decoded (title)");
    assert.ok(ru.text.includes("силами противовоздушной обороны были сбиты три ракеты"));
    const plain1251 = arts.find((a) => a!.urls.includes(`${base}/cp1251-header`));
    assert.equal(plain1251!.text, RU_TEXT);
    assert.equal(arts.filter((a) => a!.lang === "en").length, 2);
  });

  test("redirects are followed and every hop's URL is kept; the same page at two URLs is one article with both", async () => {
    const s = await ingest([`${base}/moved`]);
    assert.deepEqual(reasons(s), {});
    const a = await store.getArticle(s.ids[0]);
    assert.deepEqual(a!.urls.sort(), [`${base}/final-article`, `${base}/hop2`, `${base}/moved`].sort());
    assert.equal(a!.title, "Redirected article");
    const c = await ingest([`${base}/copy-a`]);
    const d = await ingest([`${base}/copy-b`]);
    assert.equal(c.ingested, 1);
    assert.equal(d.merged, 1);
    assert.equal(d.ids[0], c.ids[0]);
    assert.deepEqual((await store.getArticle(c.ids[0]))!.urls.sort(), [`${base}/copy-a`, `${base}/copy-b`]);
  });

  test("404, unreachable host, timeout, oversize body, redirect loop, non-text content: each one line, the batch goes on", async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, "127.0.0.1", r));
    const deadPort = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    const t0 = Date.now();
    const s = await ingest([`${base}/nope`, `http://127.0.0.1:${deadPort}/x`, `${base}/slow`, `${base}/big`, `${base}/loop`, `${base}/image.png`, `${base}/fresh`]);
    assert.ok(Date.now() - t0 < 10000, "timeouts bound the batch");
    assert.equal(s.ingested, 1); // the one good page
    const r = reasons(s);
    assert.match(r["BASE/nope"], /^HTTP 404/);
    assert.match(r[`http://127.0.0.1:${deadPort}/x`], /connection refused/);
    assert.match(r["BASE/slow"], /timed out after 1\.5s/);
    assert.match(r["BASE/big"], /too large: more than 1 MB/);
    assert.match(r["BASE/loop"], /too many redirects/);
    assert.match(r["BASE/image.png"], /unsupported content type image\/png/);
    assert.deepEqual(s.failed.filter((f) => f.kind === "network").map((f) => f.origin).sort(), [`${base}/loop`, `${base}/nope`, `${base}/slow`, `http://127.0.0.1:${deadPort}/x`].sort());
  });
});

describe("feeds", () => {
  test("RSS: full content used as is, teaser items fetched from their link, a failed fetch falls back to the description", async () => {
    hits = {};
    const s = await ingest([], [`${base}/feed.xml`]);
    // The linked page is the one the URL test stored already (same URL, same text): a duplicate.
    assert.equal(s.ingested, 2);
    assert.equal(s.duplicates, 1);
    assert.equal(hits["/feed-item-full"], undefined, "an item with full content is not fetched");
    assert.equal(hits["/wordpress.html"], 1);
    const r = reasons(s);
    assert.deepEqual(Object.keys(r), [`BASE/feed.xml item 4 (BASE/404)`]);
    assert.match(Object.values(r)[0], /^HTTP 404/);
    const arts = await Promise.all(s.ids.map((id) => store.getArticle(id)));
    const full = arts.find((a) => a!.title === "Full content item")!;
    assert.equal(full.published, "2024-11-02"); // RFC 822 date as written, not shifted to UTC
    assert.ok(full.text.startsWith("Full content item\n\nThe Ukrainian Air Force said that Russia launched 62 drones"));
    assert.deepEqual(full.urls, [`${base}/feed-item-full`]);
    const fallback = arts.find((a) => a!.title === "Broken link item")!;
    assert.ok(fallback.text.includes("Kyiv said 12 missiles were intercepted"));
  });

  test("Atom from a file; a file that is no feed fails with a reason", async () => {
    const f = join(tmp, "wire.atom");
    writeFileSync(f, ATOM);
    const notFeed = join(tmp, "not-a-feed.xml");
    writeFileSync(notFeed, "<html><body>hello</body></html>");
    const s = await ingest([], [f, notFeed]);
    assert.equal(s.ingested, 1);
    const a = await store.getArticle(s.ids[0]);
    assert.equal(a!.lang, "ru");
    assert.equal(a!.published, "2024-11-03");
    assert.deepEqual(a!.urls, ["https://atom.example/entry-1"]);
    assert.ok(a!.text.includes("Ещё 15 беспилотников были сбиты над Брянской областью"));
    assert.match(reasons(s)["TMP/not-a-feed.xml"], /not an RSS or Atom feed/);
  });

  test("parseFeed reads RSS 1.0 (RDF) too", () => {
    const f = parseFeed(`<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>R</title></channel><item><title>One</title><link>https://r.example/1</link><dc:date>2024-11-04T10:00:00Z</dc:date><description>d</description></item></rdf:RDF>`);
    assert.deepEqual(f.items.map((i) => [i.title, i.link, i.published]), [["One", "https://r.example/1", "2024-11-04"]]);
  });
});

describe("charsets", () => {
  test("a BOM wins; a <meta> charset is honoured; an unknown charset is an error", () => {
    assert.equal(decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("হ্যাঁ")]), null, "text"), "হ্যাঁ");
    assert.equal(decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Да", "utf16le")]), null, "text"), "Да");
    const koi = Buffer.concat([Buffer.from('<html><head><meta charset="koi8-r"></head><body>'), iconv.encode("Привет", "koi8-r"), Buffer.from("</body></html>")]);
    assert.ok(decodeBytes(koi, null, "html").includes("Привет"));
    assert.throws(() => decodeBytes(Buffer.from("abc"), "x-klingon", "text"), /unknown character set "x-klingon"/);
  });
});
