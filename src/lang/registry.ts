// The language registry, the one source of truth for which languages claimtrace reads: the Lang
// codes, detection (scripts, ISO 639-3 codes, confusable neighbours), CLI help, the API's
// validation, the OpenAPI document and the dashboard all read it. Adding a language is one folder
// src/lang/<code>/ (whose meta.ts exports `meta` and index.ts exports `pack`) and one line in ./packs.ts
// and ./metas.ts each.
//
// A language is registered from its light meta (identity, detection data, boilerplate words); its
// pack (lexicons, number words: most of the bytes) loads on first use with loadPack. Importing
// ./index.ts loads every pack (static imports: the module graph stays loadable by require(), which
// tsx and piscina's workers use), which is what ingest, a server and the library want; CLI help
// and `numbers` import this module only, and `numbers` and `extract` load their one pack. The
// engine reads packs through packFor: it never loads one itself.
import type { Lang } from "../types.js";
import type { LangMeta, LangPack } from "./types.js";
import * as shipped from "./metas.js";

interface Entry {
  meta: LangMeta;
  pack: LangPack | null;
  load: () => Promise<LangPack>;
  loading?: Promise<LangPack>;
}

const ENTRIES = new Map<Lang, Entry>();

/** Registered codes in registration order (loaded or not). Live: a pack registered later appears here. */
export const LANGS: Lang[] = [];

/** Loaded packs by code, in registration order (a live view; every registered pack once ./index.ts is imported). */
export const PACKS: Record<Lang, LangPack> = {};

/** What the outside world sees of a language: the API's GET /api/languages and the dashboard read this. */
export interface LangInfo {
  code: Lang;
  name: string;
  iso3: string;
  scripts: string[];
}

let version = 0;

function add(meta: LangMeta, pack: LangPack | null, load: () => Promise<LangPack>): void {
  if (!/^[a-z]{2,3}$/.test(meta.code)) throw new Error(`language pack: code "${meta.code}" is not an ISO 639-1/-3 code`);
  if (ENTRIES.has(meta.code)) throw new Error(`language pack: "${meta.code}" is registered twice`);
  if (!/^[a-z]{3}$/.test(meta.iso3)) throw new Error(`language pack ${meta.code}: iso3 "${meta.iso3}" is not an ISO 639-3 code`);
  if (!meta.scripts.length) throw new Error(`language pack ${meta.code}: no script`);
  for (const s of meta.scripts) new RegExp(`\\p{Script=${s}}`, "u"); // throws on an unknown script name
  ENTRIES.set(meta.code, { meta, pack, load });
  LANGS.push(meta.code);
  if (pack) order();
  version++;
}

/** Keeps PACKS in registration order whatever order packs finished loading in. */
function order(): void {
  for (const code of Object.keys(PACKS)) delete PACKS[code];
  for (const code of LANGS) {
    const p = ENTRIES.get(code)?.pack;
    if (p) PACKS[code] = p;
  }
}

/**
 * Adds a loaded pack to the registry. The shipped languages are registered below from their metas;
 * tests register a pack of their own to prove a language needs nothing outside its folder and this registry.
 */
export function registerPack(pack: LangPack): void {
  add(pack, pack, async () => pack);
}

/** Removes a pack registered at run time (tests clean up with it). */
export function unregisterPack(code: Lang): void {
  if (!ENTRIES.delete(code)) return;
  LANGS.splice(LANGS.indexOf(code), 1);
  delete PACKS[code];
  version++;
}

/** Changes whenever a pack is registered, loaded or removed: lets derived tables (detection) rebuild. */
export function registryVersion(): number {
  return version;
}

export function isLang(x: string | null | undefined): x is Lang {
  return typeof x === "string" && ENTRIES.has(x);
}

function entry(lang: Lang): Entry {
  const e = ENTRIES.get(lang);
  if (!e) throw new Error(`no language pack "${lang}" (registered: ${LANGS.join(", ")})`);
  return e;
}

/** A registered language's pack; it must be loaded (./index.ts loads every pack; loadPack one). */
export function packFor(lang: Lang): LangPack {
  const e = entry(lang);
  if (!e.pack) throw new Error(`language pack "${lang}" is not loaded (await loadPack("${lang}") first, or import src/lang/index.js)`);
  return e.pack;
}

/** The loaded packs, in registration order. */
export function allPacks(): LangPack[] {
  return Object.values(PACKS);
}

/** The light part of every registered language (loaded or not), in registration order: detection and boilerplate read these. */
export function allMetas(): LangMeta[] {
  return LANGS.map((code) => ENTRIES.get(code)!.meta);
}

export function languages(): LangInfo[] {
  return allMetas().map((m) => ({ code: m.code, name: m.name, iso3: m.iso3, scripts: [...m.scripts] }));
}

/** The registered codes for help texts and messages: "bn, en, vi, ru". */
export function langList(): string {
  return LANGS.join(", ");
}

/** Loads a registered language's pack (once; later calls return the same pack). */
export function loadPack(lang: Lang): Promise<LangPack> {
  const e = entry(lang);
  if (e.pack) return Promise.resolve(e.pack);
  e.loading ??= e.load().then((pack) => {
    if (pack.code !== lang) throw new Error(`language pack ${lang}: its index.ts exports the pack of "${pack.code}"`);
    if (ENTRIES.get(lang) !== e) return pack; // unregistered while loading
    e.pack = pack;
    order();
    version++;
    return pack;
  });
  return e.loading;
}

/** Loads the packs of the given languages (default: every registered one). */
export function loadPacks(langs: readonly Lang[] = LANGS): Promise<LangPack[]> {
  return Promise.all([...langs].map(loadPack));
}

/** Gives a registered language its pack, loaded by a static import (./index.ts). */
export function attachPack(pack: LangPack): void {
  const e = entry(pack.code);
  if (e.pack === pack) return;
  e.pack = pack;
  order();
  version++;
}

// The shipped languages: each pack module sits at ./<code>/index.js next to this one.
for (const meta of Object.values(shipped) as LangMeta[]) {
  add(meta, null, async () => ((await import(`./${meta.code}/index.js`)) as { pack: LangPack }).pack);
}
