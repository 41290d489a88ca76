// `claimtrace extract FILE|-`: the claims of one article, as a table or as the JSON of the spec.
import type { Command } from "commander";
import type { ExtractResult } from "../../types.js";
import { parseDate, parseLang } from "../options.js";
import { langList, loadPack } from "../../lang/registry.js";
import { renderTable, truncate } from "../table.js";
import { printable } from "../terminal.js";
import { fmtValue as fmt, quantityText } from "../../server/quantity-text.js";

interface Opts { json?: boolean; lang?: string; date?: string; explain?: boolean; withText?: boolean; title?: string; sourceUrl?: string }

export function registerExtract(program: Command): void {
  program
    .command("extract")
    .description("extract the sourced claims of one article (a UTF-8 text file, or - for stdin)")
    .argument("<file>", "text file to read, or - for standard input")
    .option("--json", "print the claim record of the spec as JSON")
    .option("--lang <code>", `language of the article (${langList()}); detected when omitted`)
    .option("--date <YYYY-MM-DD>", "publication date, for resolving \"on 1 November\", \"yesterday\"")
    .option("--explain", "print the rules that fired for each claim")
    .option("--with-text", "with --json: include the article text as article.text")
    .option("--title <title>", "article title")
    .option("--source-url <url>", "article URL")
    .action(async (file: string, opts: Opts) => {
      // The engine loads only when an article is read: `--help` stays fast. What extractText does
      // (../../pipeline.ts), with only the article's language pack loaded, not all of them.
      const [{ ingestText }, { extractDocument }, { readTextInput }] = await Promise.all([
        import("../../ingest/text.js"), import("../../engine/extract.js"), import("../../ingest/read.js"),
      ]);
      const text = readTextInput(file);
      const doc = ingestText(text, { lang: parseLang(opts.lang), published: parseDate(opts.date), title: opts.title, source_url: opts.sourceUrl });
      await loadPack(doc.meta.lang);
      const result = extractDocument(doc);
      if (opts.withText) result.article.text = text;
      // Nothing is left to do once the output is out: the process ends there, without node taking
      // down the heap the run built (the tries, the gazetteer; ~30 ms of a one-article start-up).
      process.stdout.write(opts.json ? JSON.stringify(result, null, 1) + "\n" : printable(human(result, !!opts.explain)), () => process.exit());
    });
}

function human(r: ExtractResult, explain: boolean): string {
  const a = r.article;
  const head = `${a.title ?? "(untitled)"} [${a.lang}]${a.published ? ` published ${a.published}` : ""}${a.source_url ? ` ${a.source_url}` : ""}\n${r.claims.length} claims\n`;
  if (!explain) {
    const rows = r.claims.map((c, i) => [String(i + 1), c.claimant?.name ?? "article", c.via?.name ?? "", c.stance, c.kind, quantityText(c), c.date ?? "", truncate(c.evidence.text, 70)]);
    return head + renderTable(["#", "claimant", "via", "stance", "kind", "quantities", "date", "evidence"], rows) + "\n";
  }
  return head + r.claims.map((c, i) => [
    `${i + 1}. ${c.claimant?.name ?? "article"}${c.via ? ` via ${c.via.name}` : ""} [${c.stance}, ${c.kind}]${c.date ? ` ${c.date}` : ""}${c.location ? ` @ ${c.location.name}` : ""}`,
    `   "${c.evidence.text}" [${c.evidence.start}, ${c.evidence.end})`,
    ...c.quantities.map((q) => `   ${q.qualifier} ${fmt(q.value)} ${q.item} (${q.role}) "${q.text}" [${q.start}, ${q.end}): ${q.why.join("; ")}`),
    ...c.why.map((w) => `   - ${w}`),
  ].join("\n")).join("\n") + "\n";
}
