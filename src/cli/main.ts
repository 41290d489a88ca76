#!/usr/bin/env node
// The claimtrace executable. `claimtrace --version` alone is answered here, before the command
// line parser and the fourteen commands load (what a version check waits for is node's own start);
// everything else, `--version` among other arguments included, is the program's (./program.ts),
// whose parser prints the same line for it.
import { VERSION } from "../version.js";

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === "--version" || args[0] === "-V")) {
  // A closed pipe (`claimtrace --version | true`) is not an error, as in the program.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => { if (e.code === "EPIPE") process.exit(0); });
  process.stdout.write(`${VERSION}\n`);
} else await import("./program.js");
