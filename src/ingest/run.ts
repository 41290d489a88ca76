// The ingest job: units of work -> documents -> claims -> store, a few at a time. Each article is
// stored in one transaction (article, URLs, claims, quantities, or nothing), and an article already
// stored (same text, or same URL) is skipped before extraction, so a killed run re-run with the
// same command redoes only what was not committed.
import type { Document, Lang } from "../types.js";
import { extractDocument } from "../engine/extract.js";
import { ingestText } from "./text.js";
import { extractHtmlArticle, domToText, HtmlError } from "./html.js";
import { parseHTML } from "linkedom";
import { detectLangDetail, describeUnsupported, isLang, langFromTag } from "./lang.js";
import { InputError } from "./errors.js";
import type { RawArticle, Unit } from "./sources.js";
import { contentHash } from "../store/hash.js";
import type { PutStatus, Store } from "../store/types.js";
import { StoreError } from "../store/driver.js";

export interface BuildOptions {
  /** --lang: the language of every input. */
  lang?: Lang;
  /** --date: the publication date of every input. */
  date?: string;
}

/** The language: forced, else detected from the text, else what the page declares when the text is too short to tell. */
export function chooseLang(text: string, declared: Lang | null, forced?: Lang | null): Lang {
  if (forced) return forced;
  const d = detectLangDetail(text);
  if (d.lang) return d.lang;
  if (declared && d.iso3 === "und" && d.script !== "other") return declared;
  throw new InputError(describeUnsupported(d));
}

/** One raw input as the Document the engine reads (for HTML: the article text Readability found). */
export function buildDocument(raw: RawArticle, opts: BuildOptions = {}): Document {
  let forced: Lang | null = opts.lang ?? null;
  if (!forced && raw.hints.lang) {
    forced = langFromTag(raw.hints.lang);
    if (!forced) throw new InputError(`unsupported language "${raw.hints.lang}" (claimtrace reads bn, en, vi, ru)`);
  }
  let text: string;
  let page: { title: string | null; published: string | null; canonical_url: string | null; site_name: string | null; declared: Lang | null } = {
    title: null, published: null, canonical_url: null, site_name: null, declared: null,
  };
  if (raw.kind === "html") {
    if (raw.fragment) {
      const { document } = parseHTML(`<!doctype html><html><body>${raw.content}</body></html>`);
      text = domToText(document.body as never);
      if (raw.hints.title && !text.startsWith(raw.hints.title)) text = `${raw.hints.title}\n\n${text}`;
    } else {
      let art;
      try {
        art = extractHtmlArticle(raw.content, raw.baseUrl);
      } catch (e) {
        if (e instanceof HtmlError) throw new InputError(e.message);
        throw e;
      }
      text = art.text;
      page = { ...art.meta, declared: art.meta.declared_lang };
    }
  } else {
    text = raw.content.replace(/^\uFEFF/, "");
  }
  if (!text.trim()) throw new InputError("no text in the input");
  const lang = chooseLang(text, page.declared, forced);
  const published = opts.date ?? raw.hints.published ?? page.published ?? undefined;
  const title = raw.hints.title ?? page.title ?? undefined;
  const source_url = page.canonical_url ?? raw.urls[0] ?? undefined;
  const doc = ingestText(text, { lang, published, title, source_url });
  doc.meta = {
    ...doc.meta,
    lang,
    title: doc.meta.title ?? title ?? null,
    published: opts.date ?? doc.meta.published ?? published ?? null,
    site_name: doc.meta.site_name ?? page.site_name ?? null,
    canonical_url: doc.meta.canonical_url ?? page.canonical_url ?? null,
  };
  return doc;
}

export interface Failure {
  origin: string;
  reason: string;
  kind: "input" | "network" | "internal";
}

export interface IngestSummary {
  ingested: number;
  duplicates: number;
  merged: number;
  failed: Failure[];
  /** Stored article ids, in completion order (inserted or found). */
  ids: number[];
}

export interface RunOptions extends BuildOptions {
  extractorVersion: number;
  /** Units processed at once (fetches overlap; store writes are serialised by the store). */
  concurrency: number;
  /** Called when more units are discovered (NDJSON lines, feed items) and when one finishes. */
  onDiscover?: (n: number) => void;
  onDone?: (origin: string, outcome: PutStatus | "failed") => void;
}

/** Stores one raw article; duplicates are recognised before the (costlier) extraction. */
export async function ingestArticle(store: Store, raw: RawArticle, opts: RunOptions): Promise<{ id: number; status: PutStatus }> {
  const doc = buildDocument(raw, opts);
  const hash = contentHash(doc.text);
  const existing = await store.findArticle({ contentHash: hash, urls: [...(doc.meta.canonical_url ? [doc.meta.canonical_url] : []), ...raw.urls], lang: doc.meta.lang });
  // Known already: putArticle only adds URLs it did not have (it never reads the result then).
  const result = existing ? { article: { ...doc.meta }, claims: [] } : extractDocument(doc);
  return store.putArticle({ doc, urls: raw.urls, contentHash: hash, result, extractorVersion: opts.extractorVersion, origin: raw.origin });
}

function failureOf(origin: string, e: unknown): Failure {
  if (e instanceof StoreError) throw e; // the store itself failing stops the batch: nothing else could be stored either
  if (e instanceof InputError) return { origin, reason: e.message, kind: e.kind };
  // The text ingest and the engine raise their own InputError (src/errors.ts): also the input's fault.
  if (e instanceof Error && e.name === "InputError") return { origin, reason: e.message, kind: "input" };
  const msg = e instanceof Error ? e.message : String(e);
  return { origin, reason: `internal error: ${msg.split("\n")[0]}`, kind: "internal" };
}

/**
 * Runs units through a small worker pool. Units that expand (NDJSON, feeds) push their items onto
 * a stack the workers share; one failing unit is recorded and never stops the others.
 */
export async function runIngest(units: Unit[], store: Store, opts: RunOptions): Promise<IngestSummary> {
  const summary: IngestSummary = { ingested: 0, duplicates: 0, merged: 0, failed: [], ids: [] };
  const sources: Array<{ origin: string; it: AsyncIterator<Unit> }> = [{ origin: "", it: (async function* () { yield* units; })()[Symbol.asyncIterator]() }];

  const next = async (): Promise<Unit | null> => {
    while (sources.length) {
      const top = sources[sources.length - 1];
      let r: IteratorResult<Unit>;
      try {
        r = await top.it.next();
      } catch (e) {
        // A feed that cannot be parsed, an NDJSON file that cannot be read: one failure for it.
        const i = sources.indexOf(top);
        if (i >= 0) sources.splice(i, 1);
        const f = failureOf(top.origin, e);
        summary.failed.push(f);
        opts.onDone?.(top.origin, "failed");
        continue;
      }
      if (r.done) {
        const i = sources.indexOf(top);
        if (i >= 0) sources.splice(i, 1);
        continue;
      }
      return r.value;
    }
    return null;
  };

  const worker = async () => {
    for (let unit = await next(); unit; unit = await next()) {
      try {
        const loaded = await unit.load();
        if ("expand" in loaded) {
          // The container itself is not an article: its items replace it in the count.
          opts.onDiscover?.(-1);
          const it = loaded.expand[Symbol.asyncIterator]();
          const origin = unit.origin;
          sources.push({
            origin,
            it: {
              next: async () => {
                const r = await it.next();
                if (!r.done) opts.onDiscover?.(1);
                return r;
              },
            },
          });
          continue;
        }
        const r = await ingestArticle(store, loaded.article, opts);
        summary.ids.push(r.id);
        if (r.status === "inserted") summary.ingested++;
        else if (r.status === "merged") summary.merged++;
        else summary.duplicates++;
        opts.onDone?.(unit.origin, r.status);
      } catch (e) {
        summary.failed.push(failureOf(unit.origin, e));
        opts.onDone?.(unit.origin, "failed");
      }
    }
  };
  // A worker stops when the stack is empty; a feed expanding in another worker may refill it after
  // that, so the pool is restarted until nothing is left.
  do {
    await Promise.all(Array.from({ length: Math.max(1, opts.concurrency) }, worker));
  } while (sources.length);
  return summary;
}
