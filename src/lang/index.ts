// The language registry: adding a language is one folder under src/lang/ and one line here.
import type { Lang } from "../types.js";
import type { LangPack } from "./types.js";
import { pack as bn } from "./bn/index.js";
import { pack as en } from "./en/index.js";
import { pack as vi } from "./vi/index.js";
import { pack as ru } from "./ru/index.js";

export const PACKS: Record<Lang, LangPack> = { bn, en, vi, ru };
export const LANGS = Object.keys(PACKS) as Lang[];

export function isLang(x: string): x is Lang {
  return Object.hasOwn(PACKS, x);
}

export function packFor(lang: Lang): LangPack {
  return PACKS[lang];
}
