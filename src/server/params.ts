// Query parameters of the API, validated with zod into the store's typed filters. Invalid input is
// a one-line 400, never a stack; nothing from the query reaches SQL except as a bound parameter
// (the store guarantees that; here we only bound sizes and shapes).
import { z } from "zod";
import { CLAIM_SORTS, type ArticleFilter, type ClaimFilter, type ClaimSort, type Page, type TimelineBy } from "../store/types.js";
import { isCalendarDate } from "../query/dates.js";
import { isLang, langList } from "../lang/index.js";

const isoDate = z.string().refine(isCalendarDate, (v) => ({ message: `${JSON.stringify(v)} is not a calendar date as YYYY-MM-DD` }));
/** A registered language code (src/lang/index.ts), checked when the request comes, so a pack registered later is accepted. */
export const langParam = z.string().refine((s) => isLang(s), (s) => ({ message: `unsupported language "${s}" (one of ${langList()})` }));
// No filter value holds a control character; PostgreSQL refuses a NUL in text outright.
// eslint-disable-next-line no-control-regex
const noControl = (s: string) => !/[\u0000-\u001f\u007f-\u009f]/.test(s);
const short = z.string().trim().min(1).max(200).refine(noControl, "contains a control character");
const freeText = z.string().trim().max(500).refine(noControl, "contains a control character");
/** A row id: a positive whole number the database can hold (not 99999999999999999999). */
export const idSchema = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER, "no such id (too large)");

export const claimFilterSchema = z.object({
  claimant: short.optional(),
  via: short.optional(),
  /** The dashboard's "outlet" facet is the store's via. */
  outlet: short.optional(),
  item: short.optional(),
  role: short.optional(),
  kind: short.optional(),
  stance: z.enum(["assert", "deny", "question", "forecast"]).optional(),
  lang: langParam.optional(),
  place: short.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  q: freeText.optional(),
  article: idSchema.optional(),
});

export function pageSchema(defaultLimit: number, maxLimit: number) {
  return z.object({
    limit: z.coerce.number().int().min(1).max(maxLimit).default(defaultLimit),
    offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
  });
}

export const articleFilterSchema = z.object({
  lang: langParam.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  q: freeText.optional(),
  site: short.optional(),
});

export class BadRequest extends Error {}

/** Parses or throws BadRequest with the first problem in one line ("limit: Number must be less than or equal to 500"). */
export function parse<T extends z.ZodTypeAny>(schema: T, input: unknown): z.infer<T> {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  throw new BadRequest(`${issue.path.join(".") || "input"}: ${issue.message}`);
}

export function toClaimFilter(q: Record<string, string>): ClaimFilter {
  const f = parse(claimFilterSchema, q);
  const out: ClaimFilter = {};
  if (f.claimant) out.claimant = f.claimant;
  if (f.via ?? f.outlet) out.via = f.via ?? f.outlet;
  if (f.item) out.item = f.item;
  if (f.role) out.role = f.role;
  if (f.kind) out.kind = f.kind;
  if (f.stance) out.stance = f.stance;
  if (f.lang) out.lang = f.lang;
  if (f.place) out.place = f.place;
  if (f.from) out.from = f.from;
  if (f.to) out.to = f.to;
  if (f.q) out.q = f.q;
  if (f.article) out.articleId = f.article;
  return out;
}

export function toArticleFilter(q: Record<string, string>): ArticleFilter {
  const f = parse(articleFilterSchema, q);
  return Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined && v !== "")) as ArticleFilter;
}

export function toPage(q: Record<string, string>, defaultLimit = 50, maxLimit = 500): Page {
  return parse(pageSchema(defaultLimit, maxLimit), { limit: q.limit, offset: q.offset });
}

/** `sort` is one of a fixed list of columns (the store maps each to its own SQL); `order` asc or desc (default: desc for date and figure, asc otherwise). */
export const claimSortSchema = z.object({
  sort: z.enum(CLAIM_SORTS).optional(),
  order: z.enum(["asc", "desc"]).optional(),
});

export function toClaimSort(q: Record<string, string>): ClaimSort | undefined {
  const s = parse(claimSortSchema, { sort: q.sort, order: q.order });
  if (!s.sort) {
    if (s.order) throw new BadRequest("order: give sort too (one of " + CLAIM_SORTS.join(", ") + ")");
    return undefined;
  }
  return { by: s.sort, order: s.order ?? (s.sort === "date" || s.sort === "figure" ? "desc" : "asc") };
}

export function toTimelineBy(q: Record<string, string>): TimelineBy {
  return parse(z.enum(["stance", "kind"]).default("stance"), q.by);
}

/** `all=1`: a timeline of every match, where the default counts the newest matches of a filter the kept counts cannot answer. */
export function toTimelineAll(q: Record<string, string>): boolean {
  const { all } = parse(z.object({ all: z.enum(["0", "1", "false", "true"]).default("0") }), { all: q.all });
  return all === "1" || all === "true";
}
