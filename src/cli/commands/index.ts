// Every command module registers itself here, one line each.
import type { Command } from "commander";
import { registerExtract } from "./extract.js";
import { registerIngest } from "./ingest.js";
import { registerClaims } from "./claims.js";
import { registerArticles } from "./articles.js";
import { registerReprocess } from "./reprocess.js";
import { registerDemo } from "./demo.js";
import { registerMeasures } from "./measures.js";
import { registerServe } from "./serve.js";
import { registerExport } from "./export.js";
import { registerNumbers } from "./numbers.js";
import { registerGazetteer } from "./gazetteer.js";
import { registerVocabulary } from "./vocabulary.js";
import { registerHistory } from "./history.js";
import { registerWorker } from "./worker.js";

export function registerCommands(program: Command): void {
  registerExtract(program);
  registerIngest(program);
  registerClaims(program);
  registerArticles(program);
  registerReprocess(program);
  registerDemo(program);
  registerMeasures(program);
  registerServe(program);
  registerExport(program);
  registerNumbers(program);
  registerGazetteer(program);
  registerVocabulary(program);
  registerHistory(program);
  registerWorker(program);
}
