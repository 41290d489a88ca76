// How well the gazetteer names its entities in each registered language. Aliases are optional per
// language, so a new language pack starts with what is derived (country names) and English
// fallbacks; this report says what is still missing instead of the loader refusing the data.
import type { Lang } from "../types.js";
import { LANGS } from "../lang/index.js";
import { loadGazetteer, type Entity } from "./load.js";

export interface LangCoverage {
  lang: Lang;
  /** Entities that can be named (institutions are named through their aliases only). */
  entities: number;
  /** Entities with at least one alias in the language. */
  named: number;
  /** Per entity type: [named, entities]. */
  byType: Record<string, [number, number]>;
}

export function aliasCoverage(entities: Entity[] = loadGazetteer().entities, langs: readonly Lang[] = LANGS): LangCoverage[] {
  return langs.map((lang) => {
    const byType: Record<string, [number, number]> = {};
    let named = 0;
    for (const e of entities) {
      const has = (e.aliases[lang]?.length ?? 0) > 0;
      const t = (byType[e.type] ??= [0, 0]);
      t[1]++;
      if (has) {
        t[0]++;
        named++;
      }
    }
    return { lang, entities: entities.length, named, byType };
  });
}

/** The report as text lines: one line per language, its share and its types. */
export function coverageReport(cov: LangCoverage[] = aliasCoverage()): string[] {
  return cov.map((c) => {
    const types = Object.entries(c.byType).map(([t, [n, all]]) => `${t} ${n}/${all}`).join(", ");
    return `${c.lang}  ${c.named}/${c.entities} (${((100 * c.named) / c.entities).toFixed(1)}%)  ${types}`;
  });
}
