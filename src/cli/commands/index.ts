// Every command module registers itself here, one line each.
import type { Command } from "commander";
import { registerExtract } from "./extract.js";

export function registerCommands(program: Command): void {
  registerExtract(program);
}
