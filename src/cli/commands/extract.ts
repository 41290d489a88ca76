import type { Command } from "commander";
export function registerExtract(program: Command): void {
  program.command("extract").argument("<file>").option("--json").action(() => { /* stub */ });
}
