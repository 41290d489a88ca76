// Cold start: `--version` and `--help` must not load the extraction engine, the store or the
// heavy libraries (franc, linkedom, Readability, better-sqlite3, pg), nor any language pack beyond
// the registry's light metas; `extract` must not load the store or the HTML reader. Checked on the built CLI (dist/, what users run) through a module
// hook that lists every module loaded; timings live in `npm run bench` (bench/startup.bench.ts), not here.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const CLI = new URL("../dist/cli/main.js", import.meta.url).pathname;
const HOOKS = new URL("./support/module-log-hooks.mjs", import.meta.url).href;
const REGISTER = `data:text/javascript,import{register}from"node:module";register(${JSON.stringify(HOOKS)});`;
// The hooks see imports only: what require() loads (a CommonJS package required lazily, as iconv-lite
// is) is listed from require's cache when the process exits.
const CJS_LOG = `data:text/javascript,import{createRequire}from"node:module";import{appendFileSync}from"node:fs";const r=createRequire(process.cwd()+"/");process.on("exit",()=>appendFileSync(process.env.CLAIMTRACE_MODULE_LOG,Object.keys(r.cache).map((f)=>"file://"+f+"\\n").join("")));`;
const SAMPLE = new URL("../samples/02-en.txt", import.meta.url).pathname;

function loaded(args: string[]): { status: number | null; modules: string[] } {
  const dir = mkdtempSync(join(tmpdir(), "ct-startup-"));
  const log = join(dir, "modules.txt");
  try {
    const r = spawnSync(process.execPath, ["--import", REGISTER, "--import", CJS_LOG, CLI, ...args], {
      encoding: "utf8", timeout: 120_000, env: { ...process.env, CLAIMTRACE_MODULE_LOG: log },
    });
    assert.equal(r.status, 0, r.stderr);
    return { status: r.status, modules: readFileSync(log, "utf8").split("\n").filter(Boolean) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// The query vocabulary and the gazetteer behind it load only when a command runs (claims,
// measures and export import them in their actions).
const HEAVY = [/\/dist\/store\/(?!driver\.js)/, /\/dist\/server\/(?!defaults\.js|quantity-text\.js)/, /\/dist\/ingest\//, /\/dist\/engine\/(extract|segment|mentions|claims|attribution|numbers\/)/,
  /\/dist\/query\/(vocabulary|warnings|names)\.js$/, /\/dist\/gazetteer\//, /node_modules\/(yaml|zod|i18n-iso-countries)\//,
  /node_modules\/(franc|linkedom|@mozilla\/readability|better-sqlite3|pg|pg-boss|hono|cli-progress)\//];

/** Languages whose pack (lexicons, number words: anything of src/lang/<code>/ but its meta.ts) a process loaded. */
const packsLoaded = (modules: string[]) =>
  [...new Set(modules.map((m) => m.match(/\/dist\/lang\/([a-z]{2,3})\/(?!meta\.js$)[^/]+\.js$/)?.[1]).filter((c): c is string => !!c))].sort();

test("claimtrace --version loads the version and nothing else of claimtrace, nor the command-line parser", () => {
  const { modules } = loaded(["--version"]);
  assert.ok(modules.some((m) => m.endsWith("/dist/cli/main.js")), "the hook saw the CLI load");
  assert.deepEqual(modules.filter((m) => /\/dist\//.test(m)).map((m) => m.replace(/.*\/dist\//, "")).sort(), ["cli/main.js", "version.js"]);
  assert.deepEqual(modules.filter((m) => /node_modules\//.test(m)), []);
});

for (const args of [["--help"], ["ingest", "--help"], ["extract", "--help"], ["--version", "--help"]]) {
  test(`claimtrace ${args.join(" ")} loads no engine, store, language pack or heavy library`, () => {
    const { modules } = loaded(args);
    assert.ok(modules.some((m) => m.endsWith("/dist/cli/main.js")), "the hook saw the CLI load");
    const heavy = modules.filter((m) => HEAVY.some((re) => re.test(m)));
    assert.deepEqual(heavy, []);
    // The --lang help lists every language from the registry's metas, without their lexicons.
    assert.ok(modules.some((m) => /\/dist\/lang\/en\/meta\.js$/.test(m)), "the registry's metas are what lists the languages");
    assert.deepEqual(packsLoaded(modules), []);
    assert.ok(!modules.some((m) => /\/dist\/lang\/index\.js$/.test(m)), "the registry with every pack (src/lang/index.ts) is not loaded");
  });
}

// `extract` of one article loads that article's language pack only: the other languages' lexicons
// are neither loaded nor compiled into tries (the engine's per-pack tables are built from a loaded
// pack, on first use). Detection (no --lang) reads the registry's metas, not the packs, nor does the
// gazetteer as shipped load its YAML parser, schema library or country-name tables (dist/ has JSON).
for (const args of [["extract", SAMPLE], ["extract", "--lang", "en", "--json", SAMPLE]]) {
  test(`claimtrace ${args.slice(0, -1).join(" ")} <English article> loads the English pack and no other`, () => {
    const { modules } = loaded(args);
    assert.ok(modules.some((m) => /\/dist\/engine\/extract\.js$/.test(m)), "the engine is loaded");
    assert.deepEqual(packsLoaded(modules), ["en"]);
    assert.ok(!modules.some((m) => /\/dist\/lang\/index\.js$/.test(m)), "the registry with every pack (src/lang/index.ts) is not loaded");
    assert.deepEqual(modules.filter((m) => /node_modules\/(yaml|zod|i18n-iso-countries)\//.test(m)), []);
  });
}

test("claimtrace extract loads the engine but not the store, the server or the HTML reader", () => {
  const { modules } = loaded(["extract", "--lang", "en", SAMPLE]);
  assert.ok(modules.some((m) => /\/dist\/engine\/extract\.js$/.test(m)), "the engine is loaded");
  const heavy = modules.filter((m) => /\/dist\/(store\/(?!driver\.js)|server\/(?!defaults\.js|quantity-text\.js))|node_modules\/(linkedom|@mozilla\/readability|better-sqlite3|pg|pg-boss|hono)\//.test(m));
  assert.deepEqual(heavy, []);
});

// Of the command line, `extract` loads its own command only (src/cli/commands/one.ts); of detection,
// franc's data without franc itself (which builds every language's trigram model on import:
// src/ingest/trigrams.ts builds the few a text is scored against); of decoding, not iconv-lite, which
// only a UTF-16 text or a legacy charset needs.
test("claimtrace extract <UTF-8 article> loads the extract command alone, franc's data but not franc, and no iconv-lite", () => {
  const { modules } = loaded(["extract", SAMPLE]);
  assert.ok(modules.some((m) => /node_modules\/franc\/data\.js$/.test(m)), "franc's data is read");
  assert.ok(modules.some((m) => /node_modules\/commander\/lib\/command\.js$/.test(m)), "require()'s modules are listed");
  assert.deepEqual(modules.filter((m) => /\/dist\/cli\/commands\//.test(m)).map((m) => m.replace(/.*\/dist\//, "")).sort(), ["cli/commands/extract.js", "cli/commands/one.js"]);
  assert.deepEqual(modules.filter((m) => /node_modules\/(trigram-utils|n-gram|iconv-lite)\/|node_modules\/franc\/index\.js$/.test(m)), []);
});

test("claimtrace extract <UTF-16 article> loads iconv-lite for it", () => {
  const dir = mkdtempSync(join(tmpdir(), "ct-utf16-"));
  try {
    const file = join(dir, "a.txt");
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync(SAMPLE, "utf8"), "utf16le")]));
    const { modules } = loaded(["extract", file]);
    assert.ok(modules.some((m) => /node_modules\/iconv-lite\//.test(m)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
