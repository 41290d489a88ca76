// Errors the CLI reports as one line, with a documented exit code. Anything else is a bug and is
// reported as "internal error" (still one line; the stack only with CLAIMTRACE_DEBUG=1).

export const EXIT = {
  ok: 0,
  /** A batch finished but some inputs failed (ingest, reprocess). */
  partial: 1,
  /** Bad command line: unknown option, missing argument. */
  usage: 2,
  /** Bad input: missing/empty/binary file, invalid UTF-8, unsupported language, too large. */
  input: 3,
  /** The store could not be opened or written (bad --db, PostgreSQL unreachable). */
  store: 4,
  /** Network fetch failed (URL ingest, feeds). */
  network: 5,
  /** A bug: please report it. */
  internal: 70,
} as const;

export class CliError extends Error {
  constructor(message: string, readonly exitCode: number = EXIT.input) {
    super(message);
    this.name = "CliError";
  }
}
