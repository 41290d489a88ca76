// The commands, one line each, and how they are registered: the one a command line names alone
// (`claimtrace extract FILE` parses its command line with the extract command only, not after
// loading the thirteen others and what they import: about 17 ms of a start-up), or all of them
// (--help, `help`, a mistyped or missing command: the help lists every command, a typo is matched
// against them). The order here is the help's. history's module also registers origin.
import type { Command } from "commander";

type Register = (program: Command) => void;

const COMMANDS: Record<string, () => Promise<Register>> = {
  extract: async () => (await import("./extract.js")).registerExtract,
  ingest: async () => (await import("./ingest.js")).registerIngest,
  claims: async () => (await import("./claims.js")).registerClaims,
  articles: async () => (await import("./articles.js")).registerArticles,
  reprocess: async () => (await import("./reprocess.js")).registerReprocess,
  demo: async () => (await import("./demo.js")).registerDemo,
  measures: async () => (await import("./measures.js")).registerMeasures,
  serve: async () => (await import("./serve.js")).registerServe,
  export: async () => (await import("./export.js")).registerExport,
  numbers: async () => (await import("./numbers.js")).registerNumbers,
  gazetteer: async () => (await import("./gazetteer.js")).registerGazetteer,
  vocabulary: async () => (await import("./vocabulary.js")).registerVocabulary,
  history: async () => (await import("./history.js")).registerHistory,
  origin: async () => (await import("./history.js")).registerHistory, // registered with history
  worker: async () => (await import("./worker.js")).registerWorker,
};

/** The names of the commands this module can load alone. */
export const COMMAND_NAMES = Object.keys(COMMANDS);

/** Registers every command, in the order above (a module that registers two commands, once). */
export async function registerAll(program: Command): Promise<void> {
  // Loaded together (the module loader reads them in parallel), registered in order.
  const registers = await Promise.all(Object.values(COMMANDS).map((load) => load()));
  for (const r of new Set(registers)) r(program);
}

/** Registers the command named `name` alone and returns true; false (nothing registered) when no command has that name. */
export async function registerOne(program: Command, name: string | undefined): Promise<boolean> {
  const load = name !== undefined && Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load) return false;
  (await load())(program);
  return true;
}
