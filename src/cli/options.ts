// Shared option parsing for the commands: one place that says what a valid --lang and --date are.
import type { Lang } from "../types.js";
import { isLang, langList } from "../lang/index.js";
import { CliError, EXIT } from "./errors.js";

export function parseLang(x: string | undefined): Lang | undefined {
  if (x === undefined) return undefined;
  if (!isLang(x)) throw new CliError(`--lang ${x}: unsupported language (choose one of ${langList()})`, EXIT.usage);
  return x;
}

export function parseDate(x: string | undefined): string | undefined {
  if (x === undefined) return undefined;
  const ok = /^\d{4}-\d{2}-\d{2}$/.test(x) && !Number.isNaN(Date.parse(`${x}T00:00:00Z`)) && new Date(`${x}T00:00:00Z`).toISOString().startsWith(x);
  if (!ok) throw new CliError(`--date ${x}: expected a calendar date as YYYY-MM-DD`, EXIT.usage);
  return x;
}
