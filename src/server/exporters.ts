// A selection of claims as CSV (one row per claim, or one row per number), NDJSON (one claim per line) or schema.org
// ClaimReview JSON-LD (one review per claim, rated by how other sources' figures compare).
// Shared by `claimtrace export` and GET /api/export.
import type { StoredClaim } from "../store/types.js";
import type { Claim } from "../types.js";
import type { Measure, Statement, VerdictKind } from "../compare/types.js";
import { outletOf } from "../compare/from-store.js";
import { phrase } from "../compare/intervals.js";
import { VERSION } from "../version.js";

import { EXPORT_FORMATS, DEFAULT_REVIEWER, type ExportFormat, type Reviewer } from "./defaults.js";
export { EXPORT_FORMATS, DEFAULT_REVIEWER, type ExportFormat, type Reviewer };
export type CsvLayout = "csv" | "csv-numbers";

export const CONTENT_TYPE: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  "csv-numbers": "text/csv; charset=utf-8",
  ndjson: "application/x-ndjson; charset=utf-8",
  jsonld: "application/ld+json; charset=utf-8",
};

/** A file name for a download of this format. */
export function exportFileName(format: ExportFormat): string {
  return format === "csv-numbers" ? "claims-numbers.csv" : `claims.${format}`;
}

/**
 * The claims CSV (`csv`): one row per claim, the same from `claims --format csv`, `export --format
 * csv` and /api/export?format=csv. `quantities` is every number of the claim as in the table
 * ("more_than 1,000 missile (transferred); 31 uav (destroyed)").
 */
export const CLAIM_CSV_COLUMNS = [
  "id", "article_id", "article_lang", "published", "date", "claimant", "claimant_id", "via", "via_id", "stance", "kind",
  "location", "quantities", "evidence", "evidence_start", "evidence_end", "article_title", "article_url",
] as const;

/**
 * The numbers CSV (`csv-numbers`): one row per number, for sums and charts in a spreadsheet. The
 * claim's columns, with `quantities` replaced by the number's own: value (a plain number),
 * qualifier, item, role, quantity_text (the article's words). A claim without a number has one row
 * with those cells empty, so no claim is lost.
 */
export const NUMBER_CSV_COLUMNS = [
  ...CLAIM_CSV_COLUMNS.slice(0, CLAIM_CSV_COLUMNS.indexOf("quantities")),
  "value", "qualifier", "item", "role", "quantity_text",
  ...CLAIM_CSV_COLUMNS.slice(CLAIM_CSV_COLUMNS.indexOf("quantities") + 1),
] as const;

import { fmtValue, quantityText } from "./quantity-text.js";
export { fmtValue, quantityText };

/**
 * One CSV cell. Quotes when needed (RFC 4180), and a text cell that a spreadsheet would run as a
 * formula (=, +, -, @, tab, CR first) gets a leading apostrophe: article text is untrusted.
 */
export function csvCell(v: unknown, numeric = false): string {
  if (v === null || v === undefined) return "";
  let s = String(v);
  if (!numeric && FORMULA_START.test(s)) s = `'${s}`;
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** The header line; with `bom`, preceded by a UTF-8 byte order mark so spreadsheets read the file as UTF-8. */
export function csvHeader(layout: CsvLayout = "csv", bom = false): string {
  return (bom ? "\uFEFF" : "") + (layout === "csv" ? CLAIM_CSV_COLUMNS : NUMBER_CSV_COLUMNS).join(",") + "\r\n";
}

// Module-level, not made per row: an export writes tens of thousands of rows.
const num = (v: unknown) => csvCell(v, true);
const txt = (v: unknown) => csvCell(v);

/** The rows of one claim: one (`csv`), or one per number (`csv-numbers`). */
export function csvRows(c: StoredClaim, layout: CsvLayout = "csv"): string {
  const head = `${num(c.id)},${num(c.article_id)},${txt(c.article_lang)},${txt(c.published)},${txt(c.date)},${txt(c.claimant?.name ?? "article")},` +
    `${txt(c.claimant?.id)},${txt(c.via?.name)},${txt(c.via?.id)},${txt(c.stance)},${txt(c.kind)},${txt(c.location?.name)}`;
  const tail = `${txt(c.evidence.text)},${num(c.evidence.start)},${num(c.evidence.end)},${txt(c.article_title)},${txt(c.article_url)}\r\n`;
  if (layout === "csv") return `${head},${txt(quantityText(c))},${tail}`;
  if (!c.quantities.length) return `${head},,,,,,${tail}`;
  let out = "";
  for (const q of c.quantities) out += `${head},${num(q.value)},${txt(q.qualifier)},${txt(q.item)},${txt(q.role)},${txt(q.text)},${tail}`;
  return out;
}

export function ndjsonLine(c: StoredClaim): string {
  return JSON.stringify(c) + "\n";
}

/** How a claim's figures fare against other sources: the worst verdict wins (one contradiction is news). */
export interface ClaimStanding {
  verdict: VerdictKind | "uncompared";
  explanation: string;
  measures: string[];
}

/**
 * Indexes measures by claim id, so an export can rate each claim without recomputing. Only grounds
 * count: a verdict between figures of two independent sources (different claimants) on the same
 * measure. A denial alone, or one source's own figures, rate nothing; such claims stay "uncompared".
 */
export function standingsByClaim(measures: Measure[]): Map<string, ClaimStanding> {
  const rank: Record<ClaimStanding["verdict"], number> = { contradict: 3, consistent: 1, agree: 2, uncompared: 0 };
  const out = new Map<string, ClaimStanding>();
  for (const m of measures) {
    const statements = new Map([...m.statements, ...m.denials].map((s) => [s.id, s]));
    for (const v of m.verdicts) {
      const a = statements.get(v.a), b = statements.get(v.b);
      // The article's own voice relays someone unnamed: it grounds no rating.
      if (!a || !b || a.claimantId === b.claimantId || a.claimantId.startsWith("article:") || b.claimantId.startsWith("article:")) continue;
      if (a.value === null || b.value === null || a.stance !== "assert" || b.stance !== "assert") continue;
      // One sentence read as two claimants is one source; and one article giving the same figure
      // twice (headline and body) corroborates nothing.
      const sameArticle = (same: (x: Statement["reports"][number], y: Statement["reports"][number]) => boolean) =>
        a.reports.some((x) => b.reports.some((y) => x.articleId === y.articleId && same(x, y)));
      if (sameArticle((x, y) => x.evidence === y.evidence) || (v.verdict === "agree" && sameArticle(() => true))) continue;
      for (const st of [a, b]) {
        for (const r of st.reports) {
          const cur = out.get(r.claimId) ?? { verdict: "uncompared", explanation: "", measures: [] };
          if (!cur.measures.includes(m.id)) cur.measures.push(m.id);
          if (rank[v.verdict] > rank[cur.verdict]) {
            cur.verdict = v.verdict;
            cur.explanation = `${m.label}: ${v.explanation}`;
          }
          out.set(r.claimId, cur);
        }
      }
    }
  }
  return out;
}

const RATING: Record<Exclude<ClaimStanding["verdict"], "uncompared">, { value: number; name: string }> = {
  agree: { value: 3, name: "Other sources give the same figure" },
  consistent: { value: 2, name: "Consistent with other sources" },
  contradict: { value: 1, name: "Contradicted by another source" },
};

/**
 * schema.org ClaimReview for one claim: the claim as reviewed item, where it appeared, and how it
 * compares. A rating only with grounds (see standingsByClaim); otherwise the review says so in
 * its text and carries no reviewRating.
 */
export function claimReview(c: StoredClaim, standing: ClaimStanding | undefined, baseUrl: string | null,
  reviewer: Reviewer = DEFAULT_REVIEWER): Record<string, unknown> {
  const s = standing ?? { verdict: "uncompared" as const, explanation: "", measures: [] };
  const figures = c.quantities.map((q) => `${phrase(q.value, q.qualifier)} ${q.item.replace(/_/g, " ")} ${q.role}`).join("; ");
  const outlet = outletOf(c.article_url);
  const rating = s.verdict === "uncompared" ? null : RATING[s.verdict];
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    ...(baseUrl !== null ? { url: `${baseUrl}/#/article/${c.article_id}?claim=${c.id}` } : {}),
    datePublished: reviewer.date ?? new Date().toISOString().slice(0, 10),
    claimReviewed: figures ? `${c.evidence.text} [${figures}]` : c.evidence.text,
    itemReviewed: {
      "@type": "Claim",
      author: c.claimant && c.claimant.name !== "article"
        ? { "@type": c.claimant.id?.startsWith("person:") ? "Person" : "Organization", name: c.claimant.name }
        : { "@type": "Organization", name: outlet ?? "the article" },
      ...(c.date ? { datePublished: c.date } : {}),
      appearance: {
        "@type": "NewsArticle",
        ...(c.article_url ? { url: c.article_url } : {}),
        ...(c.article_title ? { headline: c.article_title } : {}),
        ...(c.published ? { datePublished: c.published } : {}),
        inLanguage: c.article_lang,
        ...(outlet ? { publisher: { "@type": "Organization", name: outlet } } : {}),
      },
    },
    author: { "@type": "Organization", name: reviewer.name, ...(reviewer.url ? { url: reviewer.url } : {}) },
    ...(rating
      ? {
        reviewRating: {
          "@type": "Rating", ratingValue: rating.value, bestRating: 3, worstRating: 1, alternateName: rating.name,
          ...(s.explanation ? { ratingExplanation: s.explanation } : {}),
        },
      }
      : { reviewBody: "Not rated: no independent source's figure for the same measure was compared with this claim." }),
  };
}
