// `claimtrace gazetteer --coverage`: how many gazetteer entities are named in each registered
// language (aliases are optional per language; this says what a new pack still lacks).
import type { Command } from "commander";

export function registerGazetteer(program: Command): void {
  program
    .command("gazetteer")
    .description("Report on the gazetteer: --coverage prints, per language, the entities with at least one alias.")
    .option("--coverage", "aliases per language and entity type (the default)")
    .option("--json", "print the report as JSON")
    .action(async (opts: { json?: boolean }) => {
      const { aliasCoverage, coverageReport } = await import("../../gazetteer/coverage.js");
      const cov = aliasCoverage();
      process.stdout.write(opts.json ? `${JSON.stringify(cov)}\n` : `${coverageReport(cov).join("\n")}\n`);
    });
}
