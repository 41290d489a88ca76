// Country names in every registered language come from i18n-iso-countries (CLDR-based, kept up to
// date by its maintainers), not from hand-typed lists. They are merged into each country's aliases
// when the gazetteer is built (scripts/copy-assets.mjs writes the merged JSON that ships) and when
// the YAML is loaded from source (tests, tsx). Hand-written aliases stay for what the package lacks:
// colloquial and short forms ("РФ", "ডিপিআরকে"), and inflected forms the engine cannot generate.
// The engine's inflection then applies to derived names as to any alias.
//
// The shipped gazetteer (dist/, JSON) already holds these names, so a command's start-up does not
// load the package: it is required on first use (a CommonJS package, so require() gives the same
// instance an import would). The registry's light part is enough here: codes, not lexicons.
import { createRequire } from "node:module";
import type { Lang } from "../types.js";
import { LANGS } from "../lang/registry.js";
import type { Entity } from "./schema.js";

const require = createRequire(import.meta.url);
const registered = new Set<string>();
type Countries = typeof import("i18n-iso-countries");
let lib: Countries | null = null;
const countries = () => (lib ??= require("i18n-iso-countries") as Countries);

/** Registers the package's locale for a language; false when the package has none (then nothing is derived). */
function locale(lang: Lang): boolean {
  if (registered.has(lang)) return true;
  try {
    countries().registerLocale(require(`i18n-iso-countries/langs/${lang}.json`) as Parameters<Countries["registerLocale"]>[0]);
  } catch {
    return false;
  }
  registered.add(lang);
  return true;
}

/**
 * The package's names for a country (ISO 3166 alpha-2) in a language, as text writes them: the
 * ISO inverted forms ("Korea, Republic of") are dropped, and "КНДР (Корейская Народно-Демократическая
 * Республика)" gives both the short form and the long one.
 */
export function countryNames(code: string, lang: Lang): string[] {
  if (!locale(lang)) return [];
  const raw = countries().getName(code.toUpperCase(), lang, { select: "all" }) ?? [];
  const out: string[] = [];
  for (const name of raw) {
    if (name.includes(", ")) continue;
    const paren = name.match(/^(.+?)\s*\((.+)\)$/u);
    for (const n of paren ? [paren[1]!, paren[2]!] : [name]) {
      const clean = n.normalize("NFC").replace(/\s+/gu, " ").trim();
      if (clean && !out.includes(clean)) out.push(clean);
    }
  }
  return out;
}

/** Acronyms ("USA", "США") name the country only in capitals: "us" is a pronoun. */
const ACRONYM = /^[\p{Lu}.]+$/u;

/**
 * The entities with every country's derived names added to its aliases (hand-written aliases
 * first, duplicates dropped). Entities other than countries are returned as they are.
 */
export function withDerivedCountryNames(entities: Entity[], langs: readonly Lang[] = LANGS): Entity[] {
  return entities.map((e) => {
    if (e.type !== "country" || !e.code) return e;
    const aliases = { ...e.aliases };
    const caseSensitive = [...(e.caseSensitive ?? [])];
    for (const lang of langs) {
      const have = aliases[lang] ?? [];
      const seen = new Set(have.map((a) => a.toLowerCase()));
      const added = countryNames(e.code, lang).filter((n) => !seen.has(n.toLowerCase()));
      if (!added.length) continue;
      aliases[lang] = [...have, ...added];
      for (const n of added) if (ACRONYM.test(n) && !caseSensitive.includes(n)) caseSensitive.push(n);
    }
    return { ...e, aliases, ...(caseSensitive.length ? { caseSensitive } : {}) };
  });
}
