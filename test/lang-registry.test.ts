// The language registry is the one source of truth: a pack registered at run time (a small Italian
// pack, test/fixtures/lang/it.ts) is detected, listed in CLI help, accepted by the CLI and the API,
// put into the OpenAPI enums and the dashboard's GET /api/languages, and read by the engine, with
// no other file changed. Unregistered, it is gone from all of them again.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Command } from "commander";
import { LANGS, isLang, registerPack, unregisterPack } from "../src/lang/index.js";
import { detectLangDetail, describeUnsupported } from "../src/ingest/lang.js";
import { registerAll } from "../src/cli/commands/one.js";
import { parseLang } from "../src/cli/options.js";
import { createApp } from "../src/server/app.js";
import { openStore } from "../src/store/index.js";
import { ingestText } from "../src/ingest/text.js";
import { extractDocument } from "../src/engine/extract.js";
import { aliasCoverage } from "../src/gazetteer/coverage.js";
import { itPack } from "./fixtures/lang/it.js";

// Written for this test.
const ITALIAN = "Il ministero della Difesa ha dichiarato che durante la notte sono stati abbattuti 83 droni sopra le regioni del sud, "
  + "mentre altri dodici sono caduti in mare senza causare danni alle case.";

const dir = mkdtempSync(join(tmpdir(), "claimtrace-registry-"));
const store = await openStore(join(dir, "t.db"));
after(async () => {
  unregisterPack("it");
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const helpOf = async (name: string) => {
  const program = new Command();
  await registerAll(program);
  const cmd = program.commands.find((c) => c.name() === name)!;
  return [cmd, ...cmd.commands].map((c) => c.helpInformation()).join("\n");
};
const get = async (path: string) => {
  const app = createApp({ store, token: null });
  const r = await app.request(path);
  return { status: r.status, body: (await r.json()) as Record<string, unknown> };
};
const langEnums = (doc: Record<string, unknown>) => {
  const out: unknown[][] = [];
  const visit = (n: unknown): void => {
    if (Array.isArray(n)) return n.forEach(visit);
    if (!n || typeof n !== "object") return;
    const o = n as Record<string, unknown>;
    if (o.name === "lang" && o.schema) out.push((o.schema as { enum: unknown[] }).enum);
    if (o.properties && (o.properties as Record<string, unknown>).lang) out.push(((o.properties as Record<string, { enum: unknown[] }>).lang!).enum);
    Object.values(o).forEach(visit);
  };
  visit(doc);
  return out;
};

test("before registration Italian is a neighbour: detected as unsupported and named", async () => {
  assert.ok(!isLang("it"));
  const d = detectLangDetail(ITALIAN);
  assert.equal(d.lang, null);
  assert.equal(d.iso3, "ita");
  assert.match(describeUnsupported(d), /looks like Italian \(ita\)/);
  assert.throws(() => parseLang("it"), /--lang it: unsupported language/);
  assert.doesNotMatch(await helpOf("extract"), /\bit\b/);
  assert.equal((await get("/api/claims?lang=it")).status, 400);
  for (const e of langEnums((await get("/openapi.json")).body)) assert.ok(!e.includes("it"));
});

test("a pack registered at run time reaches detection, CLI, API, OpenAPI, dashboard endpoint and engine", async () => {
  registerPack(itPack);
  assert.ok(LANGS.includes("it"));
  assert.throws(() => registerPack(itPack), /registered twice/);

  // Detection: Italian now, and English, Vietnamese and French still what they were.
  assert.equal(detectLangDetail(ITALIAN).lang, "it");
  assert.equal(detectLangDetail("The ministry said on Friday that 83 drones had been shot down over the southern regions overnight.").lang, "en");
  assert.equal(detectLangDetail("Le ministère a annoncé que douze drones avaient été abattus pendant la nuit au-dessus de la région.").iso3, "fra");

  // CLI: help texts list it, --lang accepts it.
  for (const cmd of ["extract", "ingest", "claims", "articles", "numbers"]) assert.match(await helpOf(cmd), /\bbn\b.*\bit\b|\bit\b.*\bbn\b/s, `${cmd} --help`);
  assert.equal(parseLang("it"), "it");

  // API: validation accepts it (and still refuses an unknown code), the OpenAPI enums and GET /api/languages list it.
  assert.equal((await get("/api/claims?lang=it")).status, 200);
  const bad = await get("/api/claims?lang=zz");
  assert.equal(bad.status, 400);
  assert.match(String(bad.body.error), /lang: unsupported language "zz"/);
  const enums = langEnums((await get("/openapi.json")).body);
  assert.ok(enums.length >= 5, "every lang parameter and property has an enum");
  for (const e of enums) assert.deepEqual(e, LANGS);
  const langs = (await get("/api/languages")).body.items as Array<{ code: string; name: string }>;
  assert.deepEqual(langs.map((l) => l.code), LANGS);
  assert.equal(langs.find((l) => l.code === "it")?.name, "Italian");

  // Engine: the article is read with the Italian words, with no language branch anywhere.
  const doc = ingestText(ITALIAN, { published: "2024-11-01" });
  assert.equal(doc.meta.lang, "it");
  const claims = extractDocument(doc).claims;
  const q = claims.flatMap((c) => c.quantities).find((x) => x.value === 83);
  assert.ok(q, "83 drones is a quantity");
  assert.equal(q.item, "uav");
  assert.equal(q.role, "destroyed");

  // The gazetteer counts the new language (no aliases yet) instead of refusing it.
  const cov = aliasCoverage().find((c) => c.lang === "it");
  assert.ok(cov && cov.entities > 0 && cov.named < cov.entities);
});

test("unregistered, it is gone again", async () => {
  unregisterPack("it");
  assert.equal(detectLangDetail(ITALIAN).lang, null);
  assert.equal((await get("/api/claims?lang=it")).status, 400);
  assert.ok(!((await get("/api/languages")).body.items as Array<{ code: string }>).some((l) => l.code === "it"));
});
