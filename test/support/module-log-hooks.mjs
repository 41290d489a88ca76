// Module hooks for test/cli.startup.test.ts: appends every loaded module's URL to the file named
// by CLAIMTRACE_MODULE_LOG, so a test can see what a command loads at start-up.
import { appendFileSync } from "node:fs";

export async function load(url, context, next) {
  if (process.env.CLAIMTRACE_MODULE_LOG) appendFileSync(process.env.CLAIMTRACE_MODULE_LOG, url + "\n");
  return next(url, context);
}
