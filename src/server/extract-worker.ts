// Runs in a worker thread of the server's extraction pool (./extract-pool.ts): text ingest and
// claim extraction for one article, off the event loop. Input errors (empty text, a language the
// packs do not read) come back as values: an Error's class does not survive the thread boundary.
import type { MessagePort } from "node:worker_threads";
import type { Document, ExtractResult, Lang } from "../types.js";
import { ingestText } from "../ingest/text.js";
import { extractDocument } from "../engine/extract.js";
import { LANGS } from "../lang/index.js";

export interface ExtractTask {
  text: string;
  lang?: Lang;
  title?: string;
  url?: string;
  published?: string;
  /** Told when the task starts running, so the time budget does not count the wait in the queue. */
  started: MessagePort;
}

/** A document already built (CLI `ingest --jobs`): only the engine runs here. */
export interface ExtractDocTask {
  doc: Document;
}

export type ExtractReply = { ok: true; doc: Document; result: ExtractResult } | { ok: false; input: boolean; message: string };

// Every pack's lexicons and tries are built on first use (seconds): built here, when the worker
// starts, so that neither the first article nor the time budget pays for it.
// One short sentence with a number and words per registered pack is enough to build its tries.
for (const lang of LANGS) extractDocument(ingestText("12 drones were destroyed, 3 people said.", { lang }));

export default function extract(task: ExtractTask | ExtractDocTask): ExtractReply {
  if ("doc" in task) {
    try {
      return { ok: true, doc: task.doc, result: extractDocument(task.doc) };
    } catch (e) {
      const err = e as Error;
      return { ok: false, input: err?.name === "InputError", message: String(err?.message ?? e).split("\n")[0] };
    }
  }
  task.started.postMessage("started");
  task.started.close();
  try {
    const doc = ingestText(task.text, { lang: task.lang, title: task.title, source_url: task.url, published: task.published });
    return { ok: true, doc, result: extractDocument(doc) };
  } catch (e) {
    const err = e as Error;
    return { ok: false, input: err?.name === "InputError", message: String(err?.message ?? e).split("\n")[0] };
  }
}
