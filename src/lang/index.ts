// The language registry, the one source of truth for which languages claimtrace reads: the Lang
// codes, detection (scripts, ISO 639-3 codes, confusable neighbours), CLI help, the API's
// validation, the OpenAPI document and the dashboard all read it. Adding a language is one folder
// src/lang/<code>/ (whose index.ts exports `pack`) and one line in ./packs.ts.
import type { Lang } from "../types.js";
import type { LangPack } from "./types.js";
import * as shipped from "./packs.js";

const PACKS_BY_CODE = new Map<Lang, LangPack>();

/** Registered codes in registration order. Live: a pack registered later appears here. */
export const LANGS: Lang[] = [];

/** Registered packs by code (a live view of the registry). */
export const PACKS: Record<Lang, LangPack> = {};

/** What the outside world sees of a language: the API's GET /api/languages and the dashboard read this. */
export interface LangInfo {
  code: Lang;
  name: string;
  iso3: string;
  scripts: string[];
}

let version = 0;

/**
 * Adds a pack to the registry. The shipped packs are registered below; tests register a pack of
 * their own to prove a language needs nothing outside its folder and this registry.
 */
export function registerPack(pack: LangPack): void {
  if (!/^[a-z]{2,3}$/.test(pack.code)) throw new Error(`language pack: code "${pack.code}" is not an ISO 639-1/-3 code`);
  if (PACKS_BY_CODE.has(pack.code)) throw new Error(`language pack: "${pack.code}" is registered twice`);
  if (!/^[a-z]{3}$/.test(pack.iso3)) throw new Error(`language pack ${pack.code}: iso3 "${pack.iso3}" is not an ISO 639-3 code`);
  if (!pack.scripts.length) throw new Error(`language pack ${pack.code}: no script`);
  for (const s of pack.scripts) new RegExp(`\\p{Script=${s}}`, "u"); // throws on an unknown script name
  PACKS_BY_CODE.set(pack.code, pack);
  LANGS.push(pack.code);
  PACKS[pack.code] = pack;
  version++;
}

/** Removes a pack registered at run time (tests clean up with it). */
export function unregisterPack(code: Lang): void {
  if (!PACKS_BY_CODE.delete(code)) return;
  LANGS.splice(LANGS.indexOf(code), 1);
  delete PACKS[code];
  version++;
}

/** Changes whenever a pack is registered or removed: lets derived tables (detection) rebuild. */
export function registryVersion(): number {
  return version;
}

export function isLang(x: string | null | undefined): x is Lang {
  return typeof x === "string" && PACKS_BY_CODE.has(x);
}

export function packFor(lang: Lang): LangPack {
  const p = PACKS_BY_CODE.get(lang);
  if (!p) throw new Error(`no language pack "${lang}" (registered: ${LANGS.join(", ")})`);
  return p;
}

export function allPacks(): LangPack[] {
  return [...PACKS_BY_CODE.values()];
}

export function languages(): LangInfo[] {
  return allPacks().map((p) => ({ code: p.code, name: p.name, iso3: p.iso3, scripts: [...p.scripts] }));
}

/** The registered codes for help texts and messages: "bn, en, vi, ru". */
export function langList(): string {
  return LANGS.join(", ");
}

for (const pack of Object.values(shipped) as LangPack[]) registerPack(pack);
