// The ingest job: units of work -> documents -> claims -> store, a few at a time. Each article is
// stored in one transaction (article, URLs, claims, quantities, or nothing), and an article already
// stored (same text, or same URL) is skipped before extraction, so a killed run re-run with the
// same command redoes only what was not committed.
import type { Document, ExtractResult, Lang } from "../types.js";
import { extractDocument } from "../engine/extract.js";
import { ingestText } from "./text.js";
import { extractHtmlArticle, domToText, HtmlError, parsePage } from "./html.js";
import { detectLangDetail, describeUnsupported, isLang, langFromTag } from "./lang.js";
import { langList } from "../lang/index.js";
import { InputError } from "./errors.js";
import type { RawArticle, Unit } from "./sources.js";
import { contentHash } from "../store/hash.js";
import type { PutArticleInput, PutStatus, Store } from "../store/types.js";
import { StoreError } from "../store/driver.js";
import { pickTitle } from "./title.js";

export interface BuildOptions {
  /** --lang: the language of every input. */
  lang?: Lang;
  /** --date: the publication date of every input. */
  date?: string;
}

/** Runs the engine on a document: in this thread (extractDocument) or in a worker thread (`ingest --jobs`). */
export type Extractor = (doc: Document) => ExtractResult | Promise<ExtractResult>;

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
    if (!forced) throw new InputError(`unsupported language "${raw.hints.lang}" (claimtrace reads ${langList()})`);
  }
  let text: string;
  let page: { title: string | null; published: string | null; published_at?: string | null; canonical_url: string | null; site_name: string | null; declared: Lang | null } = {
    title: null, published: null, published_at: null, canonical_url: null, site_name: null, declared: null,
  };
  if (raw.kind === "html") {
    if (raw.fragment) {
      let document: ReturnType<typeof parsePage>["document"];
      try {
        ({ document } = parsePage(`<!doctype html><html><body>${raw.content}</body></html>`));
      } catch (e) {
        if (e instanceof HtmlError) throw new InputError(e.message);
        throw e;
      }
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
  // A title given with the input (NDJSON "title") is metadata too, and passes the same check.
  const title = pickTitle([raw.hints.title, page.title]) ?? undefined;
  const source_url = page.canonical_url ?? raw.urls[0] ?? undefined;
  const doc = ingestText(text, { lang, published, title, source_url });
  doc.meta = {
    ...doc.meta,
    lang,
    title: doc.meta.title ?? title ?? null,
    published: opts.date ?? doc.meta.published ?? published ?? null,
    // The time of day only when it is the date used (a --date given on the command line has none).
    published_at: opts.date ? null : (raw.hints.published ? raw.hints.published_at : page.published_at) ?? null,
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
  /** The engine; default extractDocument in this thread. */
  extract?: Extractor;
  /** Articles per store transaction (default 64); 1 commits each article on its own. */
  batchSize?: number;
  /** Commit a partial group after this long without a new article (default 250 ms). */
  flushMs?: number;
  /** Called when more units are discovered (NDJSON lines, feed items) and when one finishes. */
  onDiscover?: (n: number) => void;
  onDone?: (origin: string, outcome: PutStatus | "failed") => void;
}

/** One raw article, ready to store: duplicates are recognised before the (costlier) extraction. */
export async function prepareArticle(store: Store, raw: RawArticle, opts: BuildOptions & { extractorVersion: number; extract?: Extractor }): Promise<PutArticleInput> {
  const doc = buildDocument(raw, opts);
  const hash = contentHash(doc.text);
  const urls = [...(doc.meta.canonical_url ? [doc.meta.canonical_url] : []), ...raw.urls];
  const existing = await store.findArticle({ contentHash: hash, urls, lang: doc.meta.lang });
  // Known already: putArticle only adds URLs it did not have (it never reads the result then).
  const result = existing ? { article: { ...doc.meta }, claims: [] } : await (opts.extract ?? extractDocument)(doc);
  return { doc, urls: raw.urls, contentHash: hash, result, extractorVersion: opts.extractorVersion, origin: raw.origin };
}

/**
 * prepareArticle for a batch (the queue worker's): the duplicates are looked up for the whole
 * batch in two statements, not two per article, then the new ones are extracted. An input that
 * cannot be built is returned as its error; a store failure rejects.
 */
export async function prepareArticles(
  store: Store,
  raws: RawArticle[],
  opts: BuildOptions & { extractorVersion: number; extract?: Extractor },
): Promise<Array<{ input: PutArticleInput } | { error: unknown }>> {
  const built = raws.map((raw) => {
    try {
      const doc = buildDocument(raw, opts);
      return { raw, doc, hash: contentHash(doc.text), urls: [...(doc.meta.canonical_url ? [doc.meta.canonical_url] : []), ...raw.urls] };
    } catch (error) {
      return { error };
    }
  });
  const ok = built.filter((b): b is Exclude<typeof b, { error: unknown }> => !("error" in b));
  const found = await store.findArticles(ok.map((b) => ({ contentHash: b.hash, urls: b.urls, lang: b.doc.meta.lang })));
  const existing = new Map(ok.map((b, i) => [b, found[i]]));
  const out: Array<{ input: PutArticleInput } | { error: unknown }> = [];
  for (const b of built) {
    if ("error" in b) { out.push({ error: b.error }); continue; }
    try {
      // Known already: putArticle only adds URLs it did not have (it never reads the result then).
      const result = existing.get(b)! ? { article: { ...b.doc.meta }, claims: [] } : await (opts.extract ?? extractDocument)(b.doc);
      out.push({ input: { doc: b.doc, urls: b.raw.urls, contentHash: b.hash, result, extractorVersion: opts.extractorVersion, origin: b.raw.origin } });
    } catch (error) {
      out.push({ error });
    }
  }
  return out;
}

/** Stores one raw article in its own transaction. */
export async function ingestArticle(store: Store, raw: RawArticle, opts: RunOptions): Promise<{ id: number; status: PutStatus }> {
  return store.putArticle(await prepareArticle(store, raw, opts));
}

/**
 * Groups prepared articles into one transaction each `size` articles (or after `flushMs` without a
 * new one, so a slow feed still commits as it goes). A commit costs more than the inserts, so this
 * is what makes ingest fast; a killed run loses only the uncommitted group, which the re-run redoes.
 */
class Batcher {
  private buf: Array<{ input: PutArticleInput; origin: string }> = [];
  private chain: Promise<void> = Promise.resolve();
  private timer: NodeJS.Timeout | null = null;
  private error: unknown = null;

  constructor(
    private readonly store: Store,
    private readonly size: number,
    private readonly flushMs: number,
    private readonly onResult: (origin: string, r: { id: number; status: PutStatus } | { error: unknown }) => void,
  ) {}

  async add(input: PutArticleInput, origin: string): Promise<void> {
    if (this.error) throw this.error;
    this.buf.push({ input, origin });
    if (this.buf.length >= this.size) await this.flush();
    else if (!this.timer) this.timer = setTimeout(() => void this.flush().catch(() => undefined), this.flushMs);
  }

  /** Writes what is buffered; resolves when everything added so far is committed. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const items = this.buf;
    this.buf = [];
    if (items.length) this.chain = this.chain.then(() => this.write(items));
    return this.chain.then(() => {
      if (this.error) throw this.error;
    });
  }

  private async write(items: Array<{ input: PutArticleInput; origin: string }>): Promise<void> {
    if (this.error) return;
    try {
      const rs = await this.store.putArticles(items.map((i) => i.input));
      rs.forEach((r, k) => this.onResult(items[k].origin, r));
    } catch (e) {
      if (e instanceof StoreError) {
        this.error = e;
        return;
      }
      // One article the store rejects must not take its group down: store them one by one.
      for (const it of items) {
        try {
          this.onResult(it.origin, await this.store.putArticle(it.input));
        } catch (err) {
          if (err instanceof StoreError) {
            this.error = err;
            return;
          }
          this.onResult(it.origin, { error: err });
        }
      }
    }
  }
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

  const record = (origin: string, r: { id: number; status: PutStatus } | { error: unknown }) => {
    if ("error" in r) {
      summary.failed.push(failureOf(origin, r.error));
      opts.onDone?.(origin, "failed");
      return;
    }
    summary.ids.push(r.id);
    if (r.status === "inserted") summary.ingested++;
    else if (r.status === "merged") summary.merged++;
    else summary.duplicates++;
    opts.onDone?.(origin, r.status);
  };
  const batcher = new Batcher(store, Math.max(1, opts.batchSize ?? 64), opts.flushMs ?? 250, record);

  const worker = async () => {
    for (let unit = await next(); unit; unit = await next()) {
      let input: PutArticleInput;
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
        input = await prepareArticle(store, loaded.article, opts);
      } catch (e) {
        record(unit.origin, { error: e });
        continue;
      }
      await batcher.add(input, unit.origin);
    }
  };
  // A worker stops when the stack is empty; a feed expanding in another worker may refill it after
  // that, so the pool is restarted until nothing is left.
  do {
    await Promise.all(Array.from({ length: Math.max(1, opts.concurrency) }, worker));
  } while (sources.length);
  await batcher.flush();
  return summary;
}
