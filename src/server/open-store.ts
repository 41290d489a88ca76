// Opening the store for serve/measures/export: the --db spec resolved like every other command,
// and a store that cannot be opened reported as one line with the store exit code.
import { openStore, resolveDbSpec, StoreError } from "../store/index.js";
import type { Store } from "../store/types.js";
import { CliError, EXIT } from "../cli/errors.js";

export async function openStoreForCli(db: string | undefined, create = false): Promise<Store> {
  const spec = resolveDbSpec(db);
  try {
    return await openStore(spec, { create });
  } catch (e) {
    const msg = e instanceof Error ? e.message.split("\n")[0] : String(e);
    throw new CliError(e instanceof StoreError ? msg : `cannot open store ${spec.replace(/\/\/[^@/]*@/, "//…@")}: ${msg}`, EXIT.store);
  }
}
