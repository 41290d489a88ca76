// `claimtrace claims`: query the stored claims by claimant, via, item, role, kind, stance,
// language, place, date range and free text; print a table, JSON, NDJSON or CSV.
import type { Command } from "commander";
import { CliError, EXIT } from "../errors.js";
import { parseDate, parseLang, printWarnings } from "../options.js";
import { langList } from "../../lang/index.js";
import { resolveValue, STANCES } from "../../query/vocabulary.js";
import { claimQueryWarnings } from "../../query/warnings.js";
import { renderTable, truncate } from "../table.js";
import type { ClaimFilter, StoredClaim } from "../../store/types.js";
import type { Claim } from "../../types.js";
import { openStoreOrFail } from "./ingest.js";

export const FORMATS = ["table", "json", "ndjson", "csv"] as const;
export type Format = (typeof FORMATS)[number];

interface Opts {
  db?: string;
  claimant?: string;
  via?: string;
  item?: string;
  role?: string;
  kind?: string;
  stance?: string;
  lang?: string;
  place?: string;
  from?: string;
  to?: string;
  q?: string;
  article?: string;
  limit: string;
  offset: string;
  format: string;
  json?: boolean;
}

export function parseFormat(format: string, json?: boolean): Format {
  if (json) return "json";
  if (!(FORMATS as readonly string[]).includes(format)) throw new CliError(`--format ${format}: choose one of ${FORMATS.join(", ")}`, EXIT.usage);
  return format as Format;
}

export function parseCount(name: string, v: string, min: number): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new CliError(`${name} ${v}: expected a whole number ≥ ${min}`, EXIT.usage);
  return n;
}

function fmtValue(v: number): string {
  return Number.isInteger(v) ? v.toLocaleString("en-US") : String(+v.toFixed(4));
}

export function quantityText(c: Claim): string {
  return c.quantities.map((q) => `${q.qualifier === "exact" ? "" : `${q.qualifier} `}${fmtValue(q.value)} ${q.item} (${q.role})`).join("; ");
}

/** Claims as a terminal table: the columns a reader scans, evidence shortened to fit. */
export function claimsTable(rows: StoredClaim[], withArticle = true): string {
  const header = ["id", ...(withArticle ? ["article", "lang"] : []), "date", "claimant", "via", "stance", "kind", "quantities", "evidence"];
  const body = rows.map((c) => [
    String(c.id),
    ...(withArticle ? [String(c.article_id), c.article_lang] : []),
    c.date ?? c.published ?? "",
    c.claimant?.name ?? "article",
    c.via?.name ?? "",
    c.stance,
    c.kind,
    quantityText(c),
    truncate(c.evidence.text, 90),
  ]);
  return renderTable(header, body);
}

// CSV: RFC 4180 quoting; a cell starting with = + - @ is prefixed with ' so spreadsheets do not run it as a formula.
function csvCell(v: unknown): string {
  let s = v === null || v === undefined ? "" : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const CSV_COLUMNS = [
  "id", "article_id", "article_lang", "published", "date", "claimant", "claimant_id", "via", "via_id", "stance", "kind",
  "location", "quantities", "evidence", "evidence_start", "evidence_end", "article_title", "article_url",
];

export function csvRow(c: StoredClaim): string {
  return [
    c.id, c.article_id, c.article_lang, c.published, c.date, c.claimant?.name ?? "article", c.claimant?.id ?? "", c.via?.name ?? "", c.via?.id ?? "",
    c.stance, c.kind, c.location?.name ?? "", quantityText(c), c.evidence.text, c.evidence.start, c.evidence.end, c.article_title, c.article_url,
  ].map(csvCell).join(",");
}

export function filterFromOpts(opts: Partial<Opts>): ClaimFilter {
  const f: ClaimFilter = {};
  for (const k of ["claimant", "via", "item", "role", "kind", "place"] as const) if (opts[k] !== undefined) f[k] = opts[k];
  if (opts.stance !== undefined) {
    // A closed set of four: a word for one ("denied") is read as it, anything else is an error.
    const r = resolveValue("stance", opts.stance);
    if (!r.known) throw new CliError(`--stance ${opts.stance}: choose one of ${STANCES.join(", ")}${r.suggestions.length ? ` (closest: ${r.suggestions.join(", ")})` : ""}`, EXIT.usage);
    f.stance = r.value;
  }
  if (opts.lang !== undefined) f.lang = parseLang(opts.lang);
  if (opts.from !== undefined) f.from = parseDate(opts.from, "--from");
  if (opts.to !== undefined) f.to = parseDate(opts.to, "--to");
  if (opts.q !== undefined) f.q = opts.q;
  if (opts.article !== undefined) f.articleId = parseCount("--article", opts.article, 1);
  if (f.from && f.to && f.from > f.to) throw new CliError(`--from ${f.from} is after --to ${f.to}`, EXIT.usage);
  return f;
}

export function registerClaims(program: Command): void {
  program
    .command("claims")
    .description("query stored claims (all filters must hold); newest first")
    .option("--db <path|url>", "store: SQLite file path or postgres:// URL (default $CLAIMTRACE_DB or ./claimtrace.db)")
    .option("--claimant <name|id>", 'who claims it: canonical name (any case), id or the words in the article; "article" for the article\'s own voice')
    .option("--via <name|id>", "the outlet it came through (Reuters, TASS, outlet:yonhap)")
    .option("--item <item>", "has a quantity counting this item (uav, missile, troops, ...)")
    .option("--role <role>", "has a quantity with this role (launched, destroyed, ...); with --item: the same quantity")
    .option("--kind <kind>", "event type (air_attack, interception, strike, casualties, deployment, ...)")
    .option("--stance <stance>", "assert, deny, question or forecast")
    .option("--lang <code>", `article language (${langList()})`)
    .option("--place <name|id>", "location: canonical name (any case) or id")
    .option("--from <YYYY-MM-DD>", "claim date (else the publication date) on or after")
    .option("--to <YYYY-MM-DD>", "claim date (else the publication date) on or before")
    .option("-q, --q <words>", "free text: every word (or word start) in the evidence, claimant or via")
    .option("--article <id>", "only this article's claims")
    .option("--limit <n>", "at most this many claims", "50")
    .option("--offset <n>", "skip this many first", "0")
    .option("--format <format>", `output: ${FORMATS.join(", ")}`, "table")
    .option("--json", "short for --format json")
    .action(async (opts: Opts) => {
      const format = parseFormat(opts.format, opts.json);
      const filter = filterFromOpts(opts);
      const page = { limit: parseCount("--limit", opts.limit, 1), offset: parseCount("--offset", opts.offset, 0) };
      const store = await openStoreOrFail(opts.db, false);
      try {
        const { total, rows } = await store.listClaims(filter, page);
        printWarnings(await claimQueryWarnings(store, filter, total));
        const out = process.stdout;
        if (format === "json") out.write(JSON.stringify({ total, limit: page.limit, offset: page.offset, claims: rows }, null, 1) + "\n");
        else if (format === "ndjson") for (const r of rows) out.write(JSON.stringify(r) + "\n");
        else if (format === "csv") {
          out.write(CSV_COLUMNS.join(",") + "\r\n");
          for (const r of rows) out.write(csvRow(r) + "\r\n");
        } else {
          out.write(rows.length ? claimsTable(rows) + "\n" : "no claims match\n");
          out.write(`${rows.length ? `${page.offset + 1}-${page.offset + rows.length}` : 0} of ${total} claims${total > page.offset + rows.length ? ` (more: --offset ${page.offset + rows.length})` : ""}\n`);
        }
      } finally {
        await store.close();
      }
    });
}
