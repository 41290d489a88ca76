// Shared option parsing for the commands: one place that says what a valid --lang and --date are.
import type { Lang } from "../types.js";
import { isLang, langList } from "../lang/registry.js";
import { CliError, EXIT } from "./errors.js";
import { isCalendarDate } from "../query/dates.js";

export function parseLang(x: string | undefined): Lang | undefined {
  if (x === undefined) return undefined;
  if (!isLang(x)) throw new CliError(`--lang ${x}: unsupported language (choose one of ${langList()})`, EXIT.usage);
  return x;
}

/** A date option's value, checked as a real calendar day; the error names the option it came from. */
export function parseDate(x: string | undefined, option = "--date"): string | undefined {
  if (x === undefined) return undefined;
  if (!isCalendarDate(x)) throw new CliError(`${option} ${x}: expected a calendar date as YYYY-MM-DD`, EXIT.usage);
  return x;
}

/** Prints each warning of a query as one line on stderr (the result itself stays on stdout). */
export function printWarnings(warnings: string[]): void {
  for (const w of warnings) process.stderr.write(`claimtrace: warning: ${w}\n`);
}
