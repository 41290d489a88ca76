// `claimtrace claims`: query the stored claims by claimant, via, item, role, kind, stance,
// language, place, date range and free text; print a table, JSON, NDJSON or CSV.
import type { Command } from "commander";
import { CliError, EXIT } from "../errors.js";
import { parseDate, parseLang, printWarnings } from "../options.js";
import { langList } from "../../lang/registry.js";
import { renderTable, truncate } from "../table.js";
import type { ClaimFilter, StoredClaim } from "../../store/types.js";
import { quantityText } from "../../server/quantity-text.js";
import { openStoreOrFail } from "./ingest.js";

export const FORMATS = ["table", "json", "ndjson", "csv", "csv-numbers"] as const;
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
  bom?: boolean;
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

/** The query filter of the options. Async: the vocabulary (and the gazetteer behind it) loads only when a stance is given, so start-up stays fast. */
export async function filterFromOpts(opts: Partial<Opts>): Promise<ClaimFilter> {
  const f: ClaimFilter = {};
  for (const k of ["claimant", "via", "item", "role", "kind", "place"] as const) if (opts[k] !== undefined) f[k] = opts[k];
  if (opts.stance !== undefined) {
    // A closed set of four: a word for one ("denied") is read as it, anything else is an error.
    const { resolveValue, STANCES } = await import("../../query/vocabulary.js");
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
    .option("--claimant <name|id>", 'who claims it: any part of a name, any case, accents optional, in any language (zelensky, зеленский), an id, or the article\'s words; "article" for the article\'s own voice')
    .option("--via <name|id>", "the outlet it came through, matched like --claimant (reuters, TASS, outlet:yonhap)")
    .option("--item <item>", "has a quantity counting this item, or any language's word for it (uav = drone = дрон; see claimtrace vocabulary)")
    .option("--role <role>", "has a quantity with this role (launched, destroyed = shot down, ...); with --item: the same quantity")
    .option("--kind <kind>", "event type (air_attack, interception, strike, casualties, deployment, ...)")
    .option("--stance <stance>", "assert, deny, question or forecast")
    .option("--lang <code>", `article language (${langList()})`)
    .option("--place <name|id>", "location, matched like --claimant (kursk, курск, place:kursk)")
    .option("--from <YYYY-MM-DD>", "claim date (else the publication date) on or after")
    .option("--to <YYYY-MM-DD>", "claim date (else the publication date) on or before")
    .option("-q, --q <words>", "free text: every word (or word start) in the evidence, claimant or via")
    .option("--article <id>", "only this article's claims")
    .option("--limit <n>", "at most this many claims", "50")
    .option("--offset <n>", "skip this many first", "0")
    .option("--format <format>", `output: ${FORMATS.join(", ")}`, "table")
    .option("--json", "short for --format json")
    .option("--bom", "with a CSV format: start with a UTF-8 byte order mark (for spreadsheets)")
    .action(async (opts: Opts) => {
      const format = parseFormat(opts.format, opts.json);
      const filter = await filterFromOpts(opts);
      const page = { limit: parseCount("--limit", opts.limit, 1), offset: parseCount("--offset", opts.offset, 0) };
      const store = await openStoreOrFail(opts.db, false);
      try {
        const { total, rows } = await store.listClaims(filter, page);
        const { claimQueryWarnings } = await import("../../query/warnings.js");
        printWarnings(await claimQueryWarnings(store, filter, total));
        const out = process.stdout;
        if (format === "json") out.write(JSON.stringify({ total, limit: page.limit, offset: page.offset, claims: rows }, null, 1) + "\n");
        else if (format === "ndjson") for (const r of rows) out.write(JSON.stringify(r) + "\n");
        else if (format === "csv" || format === "csv-numbers") {
          const { csvHeader, csvRows } = await import("../../server/exporters.js");
          out.write(csvHeader(format, opts.bom));
          for (const r of rows) out.write(csvRows(r, format));
        } else {
          out.write(rows.length ? claimsTable(rows) + "\n" : "no claims match\n");
          out.write(`${rows.length ? `${page.offset + 1}-${page.offset + rows.length}` : 0} of ${total} claims${total > page.offset + rows.length ? ` (more: --offset ${page.offset + rows.length})` : ""}\n`);
        }
      } finally {
        await store.close();
      }
    });
}
