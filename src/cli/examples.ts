// A worked example for every command, shown at the end of its --help. Kept in one table so a test
// can check that no command is without one; the commands themselves stay about options.
import type { Command } from "commander";

const EXAMPLES: Record<string, string[]> = {
  extract: [
    "# the claims of one article, as a table; --json for the claim record",
    "claimtrace extract samples/02-en.txt",
    "claimtrace extract --json --date 2024-11-01 article.txt",
    "cat article.txt | claimtrace extract --lang ru -",
  ],
  ingest: [
    "# store a folder of saved pages and an NDJSON export, then a feed",
    "claimtrace ingest ./saved-pages export.ndjson --db news.db",
    "claimtrace ingest --feed https://example.com/rss.xml --db news.db",
  ],
  claims: [
    "# drones shot down, any source, in November 2024",
    "claimtrace claims --db news.db --item drone --role 'shot down' --from 2024-11-01 --to 2024-11-30",
    "# a name by any part, any case or language, accents optional: zelensky = Зеленский = জেলেনস্কি",
    "claimtrace claims --db news.db --claimant zelensky --json",
    "# one row per claim for a spreadsheet",
    "claimtrace claims --db news.db --claimant 'north korea' --stance deny --format csv --bom > denials.csv",
  ],
  articles: [
    "claimtrace articles --db news.db --lang bn --from 2024-11-01",
    "claimtrace articles show 12 --db news.db --text",
  ],
  "articles list": [
    "claimtrace articles list --db news.db -q Kursk --limit 20",
  ],
  "articles show": [
    "claimtrace articles show 12 --db news.db --json",
  ],
  reprocess: [
    "# re-extract what an older claimtrace stored; --all for every article",
    "claimtrace reprocess --db news.db",
  ],
  demo: [
    "# the bundled samples in a throw-away store (what npm start runs)",
    "claimtrace demo",
    "claimtrace demo --db /tmp/demo.db && claimtrace claims --db /tmp/demo.db --item uav",
  ],
  measures: [
    "# who gives which figure for the same count, and where they contradict",
    "claimtrace measures --db news.db --contested",
    "claimtrace measures --db news.db --item troops --json",
  ],
  serve: [
    "# the API and the dashboard on http://127.0.0.1:8080/ ; writes need the token",
    "claimtrace serve --db news.db --port 8080 --token \"$(openssl rand -hex 16)\"",
  ],
  export: [
    "# every claim about drones, one row per claim (UTF-8 BOM for spreadsheets)",
    "claimtrace export --db news.db --format csv --item drone --bom > drones.csv",
    "# one row per number, for sums and charts",
    "claimtrace export --db news.db --format csv-numbers --from 2024-11-01 > numbers.csv",
    "claimtrace export --db news.db --format jsonld --claimant 'Russian Ministry of Defence' > reviews.jsonld",
  ],
  numbers: [
    "echo 'more than 1,000 missiles and about 10 million shells' | claimtrace numbers --lang en",
  ],
  gazetteer: [
    "# how many entities have a name in each language (what a new language pack still lacks)",
    "claimtrace gazetteer --coverage",
    "claimtrace gazetteer --json",
  ],
  history: [
    "# a figure over time with every source that stated it (a death toll rising 77 -> 233 -> 413)",
    "claimtrace history --db news.db --item people_killed",
    "claimtrace history --db news.db --all --json",
  ],
  origin: [
    "# who published each figure first and who relayed it, across languages",
    "claimtrace origin --db news.db --item troops",
    "claimtrace origin --db news.db --json",
  ],
  vocabulary: [
    "# the values --item, --role, --kind, --stance and --lang take, with words for them in each language",
    "claimtrace vocabulary",
    "claimtrace vocabulary --json",
  ],
  worker: [
    "# a fleet on PostgreSQL: enqueue once, then start workers on any machines (a killed one loses nothing)",
    "claimtrace ingest --queue ./saved-pages --db postgres://user@db-host/news",
    "claimtrace worker --db postgres://user@db-host/news --concurrency 2",
    "claimtrace worker --db postgres://user@db-host/news --until-empty",
  ],
};

/** The example lines of a command ("articles show" for a subcommand), or undefined. */
export function examplesFor(path: string): string[] | undefined {
  return EXAMPLES[path];
}

/** Adds an "Examples:" section to the help of every command and subcommand under `program`. */
export function addExamples(program: Command): void {
  const walk = (cmd: Command, prefix: string) => {
    for (const sub of cmd.commands) {
      const path = prefix ? `${prefix} ${sub.name()}` : sub.name();
      const lines = EXAMPLES[path];
      if (lines) sub.addHelpText("after", `\nExamples:\n${lines.map((l) => `  ${l}`).join("\n")}\n`);
      walk(sub, path);
    }
  };
  walk(program, "");
}
