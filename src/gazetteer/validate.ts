// The gazetteer's zod schema, one per entity type (the fields are described in ./schema.ts). The
// build validates every data file against it (scripts/copy-assets.mjs) and ships trusted JSON;
// load.ts validates YAML read from the source tree. The schemas are built, and zod required, on
// first use (gazetteerSchemas()): load.ts imports this module, and a command reading the shipped
// JSON never validates, so zod stays out of its start-up. zod is required as CommonJS; nothing
// here is handed to code that uses the ES module's copy (the server's), so the two never meet.
import { createRequire } from "node:module";
import type { z as Z } from "zod";
import { isLang, langList } from "../lang/registry.js";

const require = createRequire(import.meta.url);

function build() {
  const { z } = require("zod") as typeof import("zod");

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
  const AliasesSchema = z.record(langKey, aliasList);

  const PartialAliasesSchema = AliasesSchema;

  /** ISO date (YYYY-MM-DD) that exists in the calendar. */
  const IsoDateSchema = z
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

  const CountrySchema = z
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

  const OverrideSchema = z
    .object({
      id: z.string().regex(/^(org|office):[a-z0-9][a-z0-9-]*$/, 'must be an "org:" or "office:" id').optional(),
      name: text.optional(),
      aliases: PartialAliasesSchema.optional(),
    })
    .strict();

  const InstitutionSchema = z
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

  const OfficeTermSchema = z
    .object({
      office: z.string().regex(/^office:[a-z0-9][a-z0-9-]*$/, 'must be an "office:" id'),
      from: IsoDateSchema.optional(),
      to: IsoDateSchema.optional(),
    })
    .strict();

  const PersonSchema = z
    .object({
      id: idOf("person"),
      type: z.literal("person"),
      ...base,
      country: ref("country").optional(),
      offices: z.array(OfficeTermSchema).optional(),
    })
    .strict();

  const OfficeSchema = z
    .object({
      id: idOf("office"),
      type: z.literal("office"),
      ...base,
      org: ref("org").optional(),
      country: ref("country").optional(),
    })
    .strict();

  const OutletSchema = z
    .object({
      id: idOf("outlet"),
      type: z.literal("outlet"),
      ...base,
      country: ref("country").optional(),
      medium: z.enum(["agency", "newspaper", "tv", "radio", "online", "telegram", "magazine"]).optional(),
    })
    .strict();

  const OrgSchema = z
    .object({
      id: idOf("org"),
      type: z.literal("org"),
      ...base,
      country: ref("country").optional(),
      parent: ref("org").optional(),
    })
    .strict();

  const PlaceSchema = z
    .object({
      id: idOf("place"),
      type: z.literal("place"),
      ...base,
      country: ref("country").optional(),
      level: z.enum(["city", "region", "district", "island", "sea", "river", "facility", "area"]).optional(),
      parent: ref("place").optional(),
    })
    .strict();

  const GroupSchema = z
    .object({
      id: idOf("group"),
      type: z.literal("group"),
      ...base,
    })
    .strict();

  const EntitySchema = z.discriminatedUnion("type", [
    CountrySchema,
    InstitutionSchema,
    PersonSchema,
    OfficeSchema,
    OutletSchema,
    OrgSchema,
    PlaceSchema,
    GroupSchema,
  ]);
  return { AliasesSchema, IsoDateSchema, CountrySchema, OverrideSchema, InstitutionSchema, OfficeTermSchema, PersonSchema, OfficeSchema, OutletSchema, OrgSchema, PlaceSchema, GroupSchema, EntitySchema };
}

export type GazetteerSchemas = ReturnType<typeof build>;
let schemas: GazetteerSchemas | null = null;

/** The schemas, built on first call. */
export function gazetteerSchemas(): GazetteerSchemas {
  return (schemas ??= build());
}

export type Override = Z.infer<GazetteerSchemas["OverrideSchema"]>;
export type OfficeTerm = Z.infer<GazetteerSchemas["OfficeTermSchema"]>;
export type EntityData = Z.infer<GazetteerSchemas["EntitySchema"]>;
export type CountryEntity = Z.infer<GazetteerSchemas["CountrySchema"]>;
export type InstitutionEntity = Z.infer<GazetteerSchemas["InstitutionSchema"]>;
export type PersonEntity = Z.infer<GazetteerSchemas["PersonSchema"]>;
