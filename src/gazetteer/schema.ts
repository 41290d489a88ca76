// The gazetteer's data model: one zod schema per entity type, and the flat `Entity` type the
// engine reads. Data lives in ./data/*.yaml (plain UTF-8, one entity per block); load.ts validates
// every file against `EntitySchema` once.
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
import { z } from "zod";
import type { Lang } from "../types.js";
import { isLang, langList } from "../lang/index.js";

export type GazLang = Lang;

export const ENTITY_TYPES = ["country", "institution", "person", "outlet", "org", "place", "group", "office"] as const;
export type GazEntityType = (typeof ENTITY_TYPES)[number];

const text = z
  .string()
  .min(1)
  .refine((s) => s === s.trim() && !/\s{2,}/.test(s), { message: "has leading/trailing or repeated whitespace" })
  .refine((s) => s === s.normalize("NFC"), { message: "is not NFC-normalised" });

const aliasList = z.array(text);

/** A language key of the registry (src/lang/index.ts): a typo ("rn") is an error, not a silent miss. */
const langKey = z.string().refine((k) => isLang(k), (k) => ({ message: `"${k}" is not a registered language (${langList()})` }));

/**
 * Names per language. Every language is optional: coverage is counted per language (coverage.ts),
 * not required, and country names in every language are derived from i18n-iso-countries (derive.ts).
 */
export const AliasesSchema = z.record(langKey, aliasList);
export type Aliases = Partial<Record<Lang, string[]>>;

const PartialAliasesSchema = AliasesSchema;

/** ISO date (YYYY-MM-DD) that exists in the calendar. */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be an ISO date YYYY-MM-DD")
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, "is not a calendar date");

const ref = (prefix: string) =>
  z.string().regex(new RegExp(`^${prefix}:[a-z0-9][a-z0-9-]*$`), `must be an id "${prefix}:slug"`);
const idOf = (prefix: string) => ref(prefix);

const base = {
  name: text,
  aliases: AliasesSchema,
  caseSensitive: z.array(text).optional(),
  note: z.string().optional(),
};

export const CountrySchema = z
  .object({
    id: idOf("country"),
    type: z.literal("country"),
    ...base,
    code: z.string().regex(/^[a-z]{2}$/, "must be ISO 3166 alpha-2, lower case"),
    demonym: text,
    adjectives: AliasesSchema,
    capital: ref("place").optional(),
  })
  .strict();

export const OverrideSchema = z
  .object({
    id: z.string().regex(/^(org|office):[a-z0-9][a-z0-9-]*$/, 'must be an "org:" or "office:" id').optional(),
    name: text.optional(),
    aliases: PartialAliasesSchema.optional(),
  })
  .strict();
export type Override = z.infer<typeof OverrideSchema>;

export const InstitutionSchema = z
  .object({
    id: idOf("inst"),
    type: z.literal("institution"),
    ...base,
    kind: z.enum(["org", "office"]),
    idTemplate: z.string().regex(/^(org|office):[a-z0-9{}-]*\{(code|place|org)\}[a-z0-9{}-]*$/, "must be an org:/office: template with {code}, {place} or {org}"),
    scope: z.enum(["country", "place", "org"]).optional(),
    countries: z.array(z.string().regex(/^[a-z0-9-]+$/)).optional(),
    overrides: z.record(z.string().regex(/^[a-z0-9-]+$/), OverrideSchema).optional(),
  })
  .strict();

export const OfficeTermSchema = z
  .object({
    office: z.string().regex(/^office:[a-z0-9][a-z0-9-]*$/, 'must be an "office:" id'),
    from: IsoDateSchema.optional(),
    to: IsoDateSchema.optional(),
  })
  .strict();
export type OfficeTerm = z.infer<typeof OfficeTermSchema>;

export const PersonSchema = z
  .object({
    id: idOf("person"),
    type: z.literal("person"),
    ...base,
    country: ref("country").optional(),
    offices: z.array(OfficeTermSchema).optional(),
  })
  .strict();

export const OfficeSchema = z
  .object({
    id: idOf("office"),
    type: z.literal("office"),
    ...base,
    org: ref("org").optional(),
    country: ref("country").optional(),
  })
  .strict();

export const OutletSchema = z
  .object({
    id: idOf("outlet"),
    type: z.literal("outlet"),
    ...base,
    country: ref("country").optional(),
    medium: z.enum(["agency", "newspaper", "tv", "radio", "online", "telegram", "magazine"]).optional(),
  })
  .strict();

export const OrgSchema = z
  .object({
    id: idOf("org"),
    type: z.literal("org"),
    ...base,
    country: ref("country").optional(),
    parent: ref("org").optional(),
  })
  .strict();

export const PlaceSchema = z
  .object({
    id: idOf("place"),
    type: z.literal("place"),
    ...base,
    country: ref("country").optional(),
    level: z.enum(["city", "region", "district", "island", "sea", "river", "facility", "area"]).optional(),
    parent: ref("place").optional(),
  })
  .strict();

export const GroupSchema = z
  .object({
    id: idOf("group"),
    type: z.literal("group"),
    ...base,
  })
  .strict();

export const EntitySchema = z.discriminatedUnion("type", [
  CountrySchema,
  InstitutionSchema,
  PersonSchema,
  OfficeSchema,
  OutletSchema,
  OrgSchema,
  PlaceSchema,
  GroupSchema,
]);
export type EntityData = z.infer<typeof EntitySchema>;
export type CountryEntity = z.infer<typeof CountrySchema>;
export type InstitutionEntity = z.infer<typeof InstitutionSchema>;
export type PersonEntity = z.infer<typeof PersonSchema>;

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
