// The gazetteer's data model: the flat `Entity` type the engine reads and the helpers that compose
// institutions with countries. Data lives in ./data/*.yaml (plain UTF-8, one entity per block); the
// zod schema per entity type is in ./validate.ts, which the build (and load.ts, reading YAML) checks
// every file against once: the engine reads the validated JSON and never loads zod.
//
// Every entity has:
//   id       stable id, prefixed by its type ("country:ru", "org:kremlin", "person:antony-blinken")
//   type     country | institution | person | outlet | org | place | group | office
//   name     canonical English name (institutions: a template, see below)
//   aliases  every way the entity is named in text, per registered language (each optional), base forms only:
//            the matcher strips case endings (Bengali -র/-এর/-কে/-তে/-য়, Russian endings) itself.
//            A multiword alias is written as the phrase stands in the nominative
//            ("পররাষ্ট্র মন্ত্রণালয়ের মুখপাত্র", "официальный представитель МИД").
// Optional on every entity:
//   caseSensitive  aliases (or adjectives) of this entity that name it only with exactly the
//                  capitalisation written, because in lower case they are common words
//                  (en "US" / "us", vi "Anh" / "anh", vi "Ý" / "ý kiến", ru "Запад" / "на западе").
//   note           free text for maintainers (never shown to users).
//
// Type-specific fields:
//   country      code (ISO 3166 alpha-2, lower case), demonym (English adjective used to compose
//                names), adjectives (per language, may be empty), capital (place id, for metonymy).
//   institution  a type of body or post that combines with a country (or, with `scope`, a place or
//                an international organisation) into a composite:
//                  kind        org (a body) | office (a post held by one person)
//                  name        English name template: {demonym}, {name}, {code} for scope country;
//                              {placeName}, {place} for scope place; {orgName}, {org} for scope org
//                  idTemplate  id template, same placeholders ("org:{code}-mod", "office:{place}-governor")
//                  scope       optional, default "country"; "place": composes with a place (governors,
//                              mayors; {place} is the place id without "place:"); "org": composes with
//                              an org ({org} is the org id without "org:"; "office:nato-secretary-general")
//                  countries   optional: the only keys (country codes / place or org slugs) it composes with
//                  overrides   optional, per key (country code, or place/org slug for other scopes):
//                              { id?: the composite IS this existing entity / composite id
//                                     (us + inst:mod -> org:pentagon; us + inst:foreign-minister ->
//                                     office:us-secretary-of-state),
//                                name?: English name to use instead of the template's,
//                                aliases?: per-language names that denote this composite on their own,
//                                          without the country word (ru "ВСУ", "ВКС") }
//   person       country (citizenship / side), offices: [{ office, from?, to? }] (ISO dates, inclusive;
//                omitted when not known for certain). `office` is a composite id (an institution's
//                idTemplate filled with a country code / place / org slug) or the id of an `office` entity.
//   office       a named post that is not a composite (EU posts): org? (org id), country?
//   outlet       country?, medium? (agency | newspaper | tv | radio | online | telegram | magazine)
//   org          country? (absent for international bodies), parent? (org id)
//   place        country? (absent for seas, rivers and regions spanning several states),
//                level? (city | region | district | island | sea | river | facility | area), parent? (place id)
//   group        unnamed groups the articles cite ("local officials", "witnesses", "the West")
import type { Lang } from "../types.js";
import type { OfficeTerm, Override } from "./validate.js";

export type { CountryEntity, EntityData, InstitutionEntity, OfficeTerm, Override, PersonEntity } from "./validate.js";

export type GazLang = Lang;

export const ENTITY_TYPES = ["country", "institution", "person", "outlet", "org", "place", "group", "office"] as const;
export type GazEntityType = (typeof ENTITY_TYPES)[number];

/** Names per language (each optional). */
export type Aliases = Partial<Record<Lang, string[]>>;

/**
 * The flat view of any entity the engine reads: every type-specific field is optional, so code can
 * test `e.offices`, `e.adjectives` or `e.idTemplate` without narrowing. Validated data only.
 */
export interface Entity {
  id: string;
  type: GazEntityType;
  name: string;
  aliases: Aliases;
  caseSensitive?: string[];
  note?: string;
  // country
  code?: string;
  demonym?: string;
  adjectives?: Aliases;
  capital?: string;
  // institution
  kind?: "org" | "office";
  idTemplate?: string;
  scope?: "country" | "place" | "org";
  countries?: string[];
  overrides?: Record<string, Override>;
  // person, office, outlet, org, place
  country?: string;
  offices?: OfficeTerm[];
  org?: string;
  medium?: string;
  parent?: string;
  level?: string;
}

/** Fills an institution's name or id template for a country entity (scope "country"). */
export function fillForCountry(template: string, country: Pick<Entity, "id" | "name" | "code" | "demonym">): string {
  return template
    .replaceAll("{demonym}", country.demonym ?? country.name)
    .replaceAll("{code}", country.code ?? country.id.split(":")[1] ?? "")
    .replaceAll("{name}", country.name);
}

/** Fills an institution's name or id template for a place or org entity (scope "place" / "org"). */
export function fillForEntity(template: string, target: Pick<Entity, "id" | "name">): string {
  const slug = target.id.slice(target.id.indexOf(":") + 1);
  return template
    .replaceAll("{place}", slug)
    .replaceAll("{org}", slug)
    .replaceAll("{placeName}", target.name)
    .replaceAll("{orgName}", target.name)
    .replaceAll("{name}", target.name);
}

/** Key an institution's `overrides` and `countries` use for a target entity. */
export function compositeKey(target: Pick<Entity, "id" | "type" | "code">): string {
  return target.type === "country" ? (target.code ?? target.id.slice(8)) : target.id.slice(target.id.indexOf(":") + 1);
}

/**
 * The composite an institution forms with a country / place / org: its id and English name,
 * with the institution's override for that target applied. Null when the institution does not
 * compose with that kind of entity or that key. With `byId`, a composite that is an existing entity
 * (an override id such as org:pentagon) takes that entity's name.
 */
export function composite(inst: Entity, target: Entity, byId?: Map<string, Entity>): { id: string; name: string } | null {
  const scope = inst.scope ?? "country";
  const wanted = scope === "country" ? "country" : scope;
  if (inst.type !== "institution" || !inst.idTemplate || target.type !== wanted) return null;
  const key = compositeKey(target);
  if (inst.countries && !inst.countries.includes(key)) return null;
  const fill = (t: string) => (scope === "country" ? fillForCountry(t, target) : fillForEntity(t, target));
  const o = inst.overrides?.[key];
  const id = o?.id ?? fill(inst.idTemplate);
  return { id, name: o?.name ?? byId?.get(id)?.name ?? fill(inst.name) };
}
