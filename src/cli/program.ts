// The claimtrace command line (started by ./main.ts). Each command lives in its own module under
// ./commands and registers itself on the program; this file only wires them (the one a command
// line names alone, or all: see ./commands/one.ts) and turns errors into one-line messages.
import { Command, CommanderError } from "commander";
import { CliError, EXIT } from "./errors.js";
import { registerAll, registerOne } from "./commands/one.js";
import { printable } from "./terminal.js";
import { addExamples } from "./examples.js";
import { VERSION } from "../version.js";
import { InputError } from "../errors.js";
import { StoreError } from "../store/driver.js";

/** The command a command-line error came from (commander calls the exit callback on it). */
let failedCommand: Command | null = null;

const program = new Command();
program
  .name("claimtrace")
  .description("Turn news articles into sourced claims: who claims what, via which outlet, with which numbers.")
  .version(VERSION)
  // Command-line errors are reported below as one line each; commander's own text (and the whole
  // help after it) would bury the problem. Subcommands inherit both settings.
  .configureOutput({ outputError: () => {} })
  .exitOverride(function (this: Command, err: CommanderError) {
    failedCommand = this;
    throw err;
  });
// The command named first is loaded alone (./commands/one.ts); help and usage errors need them all.
if (!(await registerOne(program, process.argv[2]))) await registerAll(program);
addExamples(program);

function fail(message: string, code: number): never {
  // One line, whatever the message quotes from the input.
  process.stderr.write(`claimtrace: ${printable(message).replace(/\s+/g, " ")}\n`);
  process.exit(code);
}

/** "unknown option '--itme' (did you mean --item? see claimtrace claims --help)": one line for commander's errors. */
function usageLine(e: CommanderError): string {
  const [first, ...rest] = e.message.replace(/^error: /, "").split("\n");
  const hint = rest.join(" ").match(/Did you mean (.+)\?/i)?.[1];
  const path: string[] = [];
  for (let c: Command | null = failedCommand; c; c = c.parent) path.unshift(c.name());
  const see = `see ${path.length ? path.join(" ") : "claimtrace"} --help`;
  return `${first}${hint ? ` (did you mean ${hint}? ${see})` : ` (${see})`}`;
}

// A closed pipe (`claimtrace extract … | head`) is not an error.
process.stdout.on("error", (e: NodeJS.ErrnoException) => { if (e.code === "EPIPE") process.exit(0); });

// A bare `claimtrace` is a command line without its command: one line, like any usage error.
if (process.argv.length <= 2) fail("no command given (see claimtrace --help)", EXIT.usage);

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) {
    // --help, --version, and help shown for a bare `claimtrace` or `claimtrace articles`.
    if (e.exitCode === 0 || e.code === "commander.help" || e.code === "commander.helpDisplayed" || e.code === "commander.version") process.exit(e.exitCode);
    fail(usageLine(e), EXIT.usage);
  }
  if (e instanceof CliError) fail(e.message, e.exitCode);
  if (e instanceof InputError) fail(e.message, EXIT.input);
  if (e instanceof StoreError) fail(e.message, EXIT.store);
  if (process.env.CLAIMTRACE_DEBUG) console.error(e);
  fail(`internal error: ${e instanceof Error ? e.message : String(e)} (set CLAIMTRACE_DEBUG=1 for details)`, EXIT.internal);
}
