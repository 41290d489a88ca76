#!/usr/bin/env node
// The claimtrace command line. Each command lives in its own module under ./commands and registers
// itself on the program; this file only wires them and turns errors into one-line messages.
import { Command, CommanderError } from "commander";
import { CliError, EXIT } from "./errors.js";
import { registerCommands } from "./commands/index.js";
import { printable } from "./terminal.js";
import { VERSION } from "../version.js";
import { InputError } from "../errors.js";
import { StoreError } from "../store/driver.js";

const program = new Command();
program
  .name("claimtrace")
  .description("Turn news articles into sourced claims: who claims what, via which outlet, with which numbers.")
  .version(VERSION)
  .showHelpAfterError()
  .exitOverride();
registerCommands(program);

function fail(message: string, code: number): never {
  // One line, whatever the message quotes from the input.
  process.stderr.write(`claimtrace: ${printable(message).replace(/\s+/g, " ")}\n`);
  process.exit(code);
}

// A closed pipe (`claimtrace extract … | head`) is not an error.
process.stdout.on("error", (e: NodeJS.ErrnoException) => { if (e.code === "EPIPE") process.exit(0); });

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) {
    if (e.exitCode === 0) process.exit(0);
    process.exit(EXIT.usage);
  }
  if (e instanceof CliError) fail(e.message, e.exitCode);
  if (e instanceof InputError) fail(e.message, EXIT.input);
  if (e instanceof StoreError) fail(e.message, EXIT.store);
  if (process.env.CLAIMTRACE_DEBUG) console.error(e);
  fail(`internal error: ${e instanceof Error ? e.message : String(e)} (set CLAIMTRACE_DEBUG=1 for details)`, EXIT.internal);
}
