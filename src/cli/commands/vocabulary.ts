// `claimtrace vocabulary`: the values the filters take (items, roles, kinds, stances, languages),
// each with a few of the words that mean it in every language pack.
import type { Command } from "commander";
import { renderTable } from "../table.js";
import type { VocabEntry } from "../../query/vocabulary.js";

function table(title: string, option: string, entries: VocabEntry[]): string {
  const rows = entries.map((e) => [
    e.value, e.label,
    Object.entries(e.synonyms).map(([lang, ws]) => `${lang}: ${[...new Set(ws)].slice(0, 3).join(", ")}`).join("; "),
  ]);
  return `${title} (${option})\n${renderTable(["value", "reads as", "some words for it"], rows)}\n`;
}

export function registerVocabulary(program: Command): void {
  program
    .command("vocabulary")
    .description("list the values the query filters take: items, roles, kinds, stances and languages")
    .option("--json", "print {items, roles, kinds, stances, languages} as JSON")
    .action(async (opts: { json?: boolean }) => {
      const { vocabulary } = await import("../../query/vocabulary.js");
      const v = vocabulary();
      if (opts.json) {
        process.stdout.write(JSON.stringify(v, null, 1) + "\n");
        return;
      }
      process.stdout.write([
        table("items", "--item", v.items),
        table("roles", "--role", v.roles),
        table("kinds", "--kind", v.kinds),
        table("stances", "--stance", v.stances),
        `languages (--lang)\n${renderTable(["code", "language"], v.languages.map((l) => [l.code, l.name]))}\n`,
        "Any word listed (or its plural) works as the value, in any language: --item drone is --item uav.\n",
      ].join("\n"));
    });
}
