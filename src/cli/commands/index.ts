// Every command module registers itself here, one line each.
import type { Command } from "commander";
import { registerExtract } from "./extract.js";
import { registerMeasures } from "./measures.js";
import { registerServe } from "./serve.js";
import { registerExport } from "./export.js";
import { registerNumbers } from "./numbers.js";

export function registerCommands(program: Command): void {
  registerExtract(program);
  registerMeasures(program);
  registerServe(program);
  registerExport(program);
  registerNumbers(program);
}
