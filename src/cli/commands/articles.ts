// `claimtrace articles [list]` and `claimtrace articles show ID`: the stored articles, their
// metadata, text and claims.
import type { Command } from "commander";
import { CliError, EXIT } from "../errors.js";
import { parseDate, parseLang } from "../options.js";
import { langList } from "../../lang/registry.js";
import { renderTable, truncate } from "../table.js";
import { printable } from "../terminal.js";
import type { ArticleFilter, StoredArticle } from "../../store/types.js";
import { openStoreOrFail } from "./ingest.js";
import { claimsTable, parseCount } from "./claims.js";

interface ListOpts { db?: string; lang?: string; from?: string; to?: string; q?: string; site?: string; limit: string; offset: string; json?: boolean }
interface ShowOpts { db?: string; json?: boolean; text?: boolean }

const DB_HELP = "store: SQLite file path or postgres:// URL (default $CLAIMTRACE_DB or ./claimtrace.db)";

/** An article for a reader: metadata, then (optionally) the text, then its claims. */
export function articleText(a: StoredArticle, withText: boolean): string {
  const lines = [
    // Untitled (a pasted text whose first line is a sentence): its first line stands in, shortened.
    `#${a.id} ${a.title ?? `(untitled) ${truncate(a.text.split("\n", 1)[0], 70)}`}`,
    `  language ${a.lang} · published ${a.published ?? "unknown"}${a.site_name ? ` · ${a.site_name}` : ""} · extractor v${a.extractor_version}`,
    ...a.urls.map((u) => `  ${u}`),
    ...(a.origin ? [`  from ${a.origin}`] : []),
  ];
  if (withText) lines.push("", a.text);
  lines.push("", a.claims.length ? `${a.claims.length} claims` : "no claims found in this article");
  if (a.claims.length) lines.push(claimsTable(a.claims, false));
  return lines.join("\n") + "\n";
}

export function registerArticles(program: Command): void {
  const articles = program.command("articles").description("list stored articles, or show one with its text and claims");
  articles
    .command("list", { isDefault: true })
    .description("list stored articles, newest publication first")
    .option("--db <path|url>", DB_HELP)
    .option("--lang <code>", `language (${langList()})`)
    .option("--from <YYYY-MM-DD>", "published on or after")
    .option("--to <YYYY-MM-DD>", "published on or before")
    .option("-q, --q <words>", "free text in the title or text (every word, or word start)")
    .option("--site <name>", "site name (any case)")
    .option("--limit <n>", "at most this many", "50")
    .option("--offset <n>", "skip this many first", "0")
    .option("--json", "JSON: {total, articles: [...]}, each with its metadata and URLs")
    .action(async (opts: ListOpts) => {
      const filter: ArticleFilter = {};
      if (opts.lang) filter.lang = parseLang(opts.lang);
      if (opts.from) filter.from = parseDate(opts.from, "--from");
      if (opts.to) filter.to = parseDate(opts.to, "--to");
      if (opts.q !== undefined) filter.q = opts.q;
      if (opts.site) filter.site = opts.site;
      const page = { limit: parseCount("--limit", opts.limit, 1), offset: parseCount("--offset", opts.offset, 0) };
      const store = await openStoreOrFail(opts.db, false);
      try {
        const { total, rows } = await store.listArticles(filter, page);
        if (opts.json) {
          process.stdout.write(JSON.stringify({ total, limit: page.limit, offset: page.offset, articles: rows }, null, 1) + "\n");
          return;
        }
        if (rows.length) {
          process.stdout.write(renderTable(
            ["id", "lang", "published", "claims", "title", "site", "url"],
            rows.map((r) => [String(r.id), r.lang, r.published ?? "", String(r.claim_count), truncate(r.title ?? "", 60), r.site_name ?? "", r.url ?? ""]),
          ) + "\n");
        }
        process.stdout.write(`${rows.length} of ${total} articles${total > page.offset + rows.length ? ` (more: --offset ${page.offset + rows.length})` : ""}\n`);
      } finally {
        await store.close();
      }
    });
  articles
    .command("show")
    .description("one article: metadata, URLs and claims (--text adds the stored text; --json has everything)")
    .argument("<id>", "article id (from `claimtrace articles`)")
    .option("--db <path|url>", DB_HELP)
    .option("--text", "print the stored article text too")
    .option("--json", "JSON: metadata, URLs, stored text, claims")
    .action(async (id: string, opts: ShowOpts) => {
      const n = parseCount("article id", id, 1);
      const store = await openStoreOrFail(opts.db, false);
      try {
        const a = await store.getArticle(n);
        if (!a) throw new CliError(`no article ${n} in the store`, EXIT.input);
        process.stdout.write(opts.json ? JSON.stringify(a, null, 1) + "\n" : printable(articleText(a, !!opts.text)));
      } finally {
        await store.close();
      }
    });
}
