// `claimtrace serve`: the JSON API and the dashboard on one port.
import type { Command } from "commander";
import { CliError, EXIT } from "../errors.js";
import { DEFAULT_BODY_TIMEOUT_MS, DEFAULT_EXTRACT_BUDGET_MS, DEFAULT_MAX_BODY, DEFAULT_REVIEWER } from "../../server/defaults.js";

interface Opts { db?: string; port: string; host: string; token?: string; maxBody: string; extractTimeout: string; bodyTimeout: string; publicUrl?: string; reviewer?: string; reviewUrl?: string }

function seconds(name: string, v: string): number {
  const n = Number(v);
  if (!(n > 0) || n > 3600) throw new CliError(`${name} ${v}: expected a number of seconds (0-3600]`, EXIT.usage);
  return Math.round(n * 1000);
}

export function registerServe(program: Command): void {
  program
    .command("serve")
    .description("serve the HTTP API (OpenAPI at /openapi.json) and the web dashboard")
    .option("--db <path|url>", "store: SQLite file path or postgres:// URL (default $CLAIMTRACE_DB or ./claimtrace.db)")
    .option("--port <n>", "port to listen on (0: any free port)", "8080")
    .option("--host <addr>", "address to bind (0.0.0.0 to serve the network)", "127.0.0.1")
    .option("--token <secret>", "bearer token that allows POST /api/ingest (default $CLAIMTRACE_TOKEN; none: writes disabled)")
    .option("--max-body <bytes>", "largest request body accepted", String(DEFAULT_MAX_BODY))
    .option("--extract-timeout <seconds>", "longest one posted article may take to extract (over it: 422)", String(DEFAULT_EXTRACT_BUDGET_MS / 1000))
    .option("--body-timeout <seconds>", "a request's headers and body must arrive within this time (else 408)", String(DEFAULT_BODY_TIMEOUT_MS / 1000))
    .option("--public-url <url>", "absolute URL the server is reached at, for links in exports (default $CLAIMTRACE_PUBLIC_URL; none: relative links)")
    .option("--reviewer <name>", "the organisation publishing the ClaimReviews of /api/export?format=jsonld")
    .option("--review-url <url>", "that organisation's URL")
    .action(async (opts: Opts) => {
      const port = Number(opts.port), maxBody = Number(opts.maxBody);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError(`--port ${opts.port}: expected 0-65535`, EXIT.usage);
      if (!Number.isInteger(maxBody) || maxBody < 1) throw new CliError(`--max-body ${opts.maxBody}: expected a positive number of bytes`, EXIT.usage);
      const extractBudgetMs = seconds("--extract-timeout", opts.extractTimeout);
      const bodyTimeoutMs = seconds("--body-timeout", opts.bodyTimeout);
      const publicUrl = opts.publicUrl ?? process.env.CLAIMTRACE_PUBLIC_URL ?? null;
      if (publicUrl !== null && !/^https?:\/\/[^/\s]+(\/\S*)?$/i.test(publicUrl)) throw new CliError(`--public-url ${publicUrl}: expected an absolute http(s) URL`, EXIT.usage);
      const token = opts.token ?? process.env.CLAIMTRACE_TOKEN ?? null;
      if (token !== null && token.length < 16) throw new CliError("--token: use at least 16 characters", EXIT.usage);
      const [{ openStoreForCli }, { startServer }] = await Promise.all([import("../../server/open-store.js"), import("../../server/serve.js")]);
      const store = await openStoreForCli(opts.db, true);
      let server;
      try {
        const reviewer = opts.reviewer || opts.reviewUrl ? { name: opts.reviewer ?? DEFAULT_REVIEWER.name, url: opts.reviewUrl ?? null } : undefined;
        server = await startServer({ store, token, maxBodyBytes: maxBody, port, host: opts.host, extractBudgetMs, bodyTimeoutMs, publicUrl, reviewer });
      } catch (e) {
        await store.close();
        throw new CliError(`cannot listen on ${opts.host}:${port}: ${e instanceof Error ? e.message : e}`, EXIT.usage);
      }
      process.stderr.write(`claimtrace: serving ${store.backend} store on ${server.url}/ (API: ${server.url}/openapi.json; writes ${token ? "need the token" : "disabled"})\n`);
      const stop = async () => { await server.close(); await store.close(); process.exit(0); };
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
}
