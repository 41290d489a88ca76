// `claimtrace numbers --lang xx`: reads one text per line on stdin and prints, per line, one JSON
// array of the quantities found (dates are not printed). Used by the peer-suite runner
// (../shared/eval/numbers.mjs) and handy for checking the number stage by hand.
import { createInterface } from "node:readline";
import type { Command } from "commander";
import { CliError, EXIT } from "../errors.js";
import { isLang, langList, loadPack } from "../../lang/registry.js";

interface NumbersOptions {
  lang: string;
  published?: string;
  why?: boolean;
}

export function registerNumbers(program: Command): void {
  program
    .command("numbers")
    .description("Print the quantities found in each line of stdin, one JSON array per line.")
    .requiredOption("--lang <code>", `language of the input (${langList()})`)
    .option("--published <date>", "publication date (YYYY-MM-DD) that dates resolve against")
    .option("--why", "also print each quantity's form, hints and rules")
    .action(async (opts: NumbersOptions) => {
      if (!isLang(opts.lang)) throw new CliError(`unknown language "${opts.lang}" (known: ${langList()})`, EXIT.usage);
      const lex = await loadPack(opts.lang); // that language's pack only
      const [{ tokenize }, { findNumbers }] = await Promise.all([import("../../engine/tokenize.js"), import("../../engine/numbers/index.js")]);
      if (opts.published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.published)) throw new CliError(`--published must be YYYY-MM-DD, got "${opts.published}"`, EXIT.usage);
      const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
      const out: string[] = [];
      const flush = () => { if (out.length) { process.stdout.write(out.join("")); out.length = 0; } };
      for await (const line of rl) {
        const { numbers } = findNumbers(line, tokenize(line), lex, opts.published ?? null);
        const rows = numbers.map((m) => {
          const row: Record<string, unknown> = { value: m.value, start: m.start, end: m.end, qualifier: m.qualifier, text: m.text };
          if (m.indefinite) row.indefinite = true;
          if (opts.why) {
            row.form = m.form;
            if (m.partOf !== undefined) row.partOf = m.partOf;
            if (m.wholeOf !== undefined) row.wholeOf = m.wholeOf;
            if (m.zeroItem) { row.zeroItem = m.zeroItem; row.zeroRole = m.zeroRole; }
            row.why = m.why;
          }
          return row;
        });
        out.push(JSON.stringify(rows) + "\n");
        if (out.length >= 256) flush();
      }
      flush();
    });
}
