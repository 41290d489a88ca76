// The command a command line names, loaded alone: `claimtrace extract FILE` parses its command line
// with the extract command only, not after loading the thirteen others and what they import (about
// 17 ms of a start-up). Anything else (--help, `help`, a mistyped or missing command: the help lists
// every command, a typo is matched against them) registers them all (./index.ts). One line per
// command module, as in ./index.ts (history's also registers origin); test/cli-help.test.ts checks that both name the same commands.
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

/** Registers the command named `name` alone and returns true; false (nothing registered) when no command has that name. */
export async function registerOne(program: Command, name: string | undefined): Promise<boolean> {
  const load = name !== undefined && Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load) return false;
  (await load())(program);
  return true;
}
