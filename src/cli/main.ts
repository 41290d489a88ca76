#!/usr/bin/env node
// The claimtrace executable. `claimtrace --version` alone is answered here, before the command
// line parser and the fourteen commands load (what a version check waits for is node's own start);
// everything else, `--version` among other arguments included, is the program's (./program.ts),
// whose parser prints the same line for it.
import { VERSION } from "../version.js";

// `extract` reads one article in a process that ends with it. With V8's default tier-up budget
// (67,584 bytes of bytecode run per tick) its optimising compiler spent ~100 ms of CPU, on its own
// threads, compiling the start-up's run-once loops (module resolution, building the tries,
// reading the lexicons) and deoptimising half of them again. A budget 8 times that leaves such
// code in the interpreter while the extraction's own loops still get compiled: a cold
// `extract samples/02-en.txt` took ~460 ms of CPU, ~350 with it; a 180 KB article ~1.9 s, ~1.1 s.
// Set before the program and the engine load (V8 reads it each time it resets a function's budget).
if (process.argv[2] === "extract") (await import("node:v8")).setFlagsFromString("--interrupt-budget=540672");

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === "--version" || args[0] === "-V")) {
  // A closed pipe (`claimtrace --version | true`) is not an error, as in the program.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => { if (e.code === "EPIPE") process.exit(0); });
  process.stdout.write(`${VERSION}\n`);
} else await import("./program.js");
