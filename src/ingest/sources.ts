// Walking what the user named (paths, folders, URLs, "-" for stdin, feeds) into units of work.
// A unit loads into one raw article, or expands into more units (an NDJSON file into its lines,
// a feed into its items). Folders are walked up front (cheap) so the progress bar knows its total;
// NDJSON lines and feed items are read lazily and add to the total as they are found.
import { createReadStream } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { createInterface } from "node:readline";
import { extname, join, resolve } from "node:path";
import { InputError } from "./errors.js";
import { fetchUrl, type FetchOptions } from "./fetch.js";
import { parseNdjsonRecord } from "./ndjson.js";
import { feedUnits } from "./feed.js";
import { decodeBytes, type InputKind } from "./decode.js";

export { InputError } from "./errors.js";

export interface RawArticle {
  /** What the user would recognise: a path, a URL, "stdin", "exports.ndjson:12", "feed.xml item 3". */
  origin: string;
  kind: "text" | "html";
  /** HTML that is the article already (feed content, NDJSON html fragments): no Readability pass. */
  fragment?: boolean;
  content: string;
  /** URLs the article is known by: requested, final after redirects, the NDJSON/feed link. */
  urls: string[];
  /** Base for relative links in HTML (the page URL). */
  baseUrl: string | null;
  /** Metadata the container states (NDJSON fields, feed item fields); the page's own comes later. */
  hints: { title?: string | null; published?: string | null; published_at?: string | null; lang?: string | null };
}

export type Loaded = { article: RawArticle } | { expand: AsyncIterable<Unit> };

export interface Unit {
  origin: string;
  load(): Promise<Loaded>;
}

export interface SourceOptions {
  fetch: FetchOptions;
  /** Largest file or response accepted, bytes. */
  maxBytes: number;
  /** Reads stdin (tests pass a buffer). */
  readStdin?: () => Promise<Buffer>;
}

// Extensions a folder walk picks up; anything else in a folder (images, PDFs) is not an article.
const TEXT_EXT = new Set([".txt", ".text", ".md"]);
const HTML_EXT = new Set([".html", ".htm", ".xhtml", ".shtml"]);
const NDJSON_EXT = new Set([".ndjson", ".jsonl"]);
const FEED_EXT = new Set([".rss", ".atom", ".xml"]);

export type { InputKind } from "./decode.js";
export { decodeBytes, sniffHtmlCharset } from "./decode.js";

const mb = (n: number) => `${Math.round((n / 1048576) * 10) / 10} MB`;

/** What an input is, from its name and first bytes (and its media type, for URLs). */
export function sniffKind(name: string, text: string, mediaType: string | null = null): InputKind {
  const ext = extname(name.split(/[?#]/)[0]).toLowerCase();
  if (mediaType) {
    if (mediaType === "text/html" || mediaType === "application/xhtml+xml") return "html";
    if (/(rss|atom|rdf)\+xml$/.test(mediaType)) return "feed";
    if (/^application\/(x-)?(nd)?json(l|-seq)?$|^application\/jsonl$/.test(mediaType)) return "ndjson";
  } else {
    if (HTML_EXT.has(ext)) return "html";
    if (NDJSON_EXT.has(ext)) return "ndjson";
    if (FEED_EXT.has(ext) && /<(rss|feed|rdf:rdf)[\s>]/i.test(text.slice(0, 2000))) return "feed";
    if (TEXT_EXT.has(ext)) return "text";
  }
  const head = text.slice(0, 2000).trimStart().toLowerCase();
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:rdf)[\s>]/.test(head)) return "feed";
  if (head.startsWith("<!doctype html") || head.startsWith("<html") || /^<(head|body|meta|title|article|div|p)[\s>]/.test(head)) return "html";
  if (head.startsWith("{") && !mediaType?.startsWith("text/")) return "ndjson";
  return "text";
}

/** Bytes -> unit result for a file, stdin or a response body. */
function fromBytes(
  origin: string,
  bytes: Buffer,
  opts: SourceOptions,
  meta: { urls: string[]; baseUrl: string | null; charset: string | null; mediaType: string | null; name: string },
): Loaded {
  if (bytes.length === 0 || (bytes.length < 4096 && bytes.toString("latin1").trim() === "")) throw new InputError("empty input");
  const ext = extname(meta.name.split(/[?#]/)[0]).toLowerCase();
  const hint: InputKind | null = meta.mediaType
    ? sniffKind(meta.name, bytes.subarray(0, 2000).toString("latin1"), meta.mediaType)
    : HTML_EXT.has(ext) ? "html" : FEED_EXT.has(ext) ? "feed" : sniffKind(meta.name, bytes.subarray(0, 2000).toString("latin1"));
  const text = decodeBytes(bytes, meta.charset, hint);
  if (!text.trim()) throw new InputError("empty input");
  const kind = sniffKind(meta.name, text, meta.mediaType);
  if (kind === "ndjson") return { expand: ndjsonFromString(origin, text, opts) };
  if (kind === "feed") return { expand: feedUnits(origin, text, opts, meta.baseUrl) };
  return { article: { origin, kind, content: text, urls: meta.urls, baseUrl: meta.baseUrl, hints: {} } };
}

// ---- NDJSON -------------------------------------------------------------------------------

function ndjsonUnit(origin: string, line: string, maxBytes: number): Unit {
  return {
    origin,
    async load() {
      if (line.length > maxBytes) throw new InputError(`line too long: more than ${mb(maxBytes)} (--max-mb)`);
      return { article: parseNdjsonRecord(line, origin) };
    },
  };
}

async function* ndjsonFromString(origin: string, text: string, opts: SourceOptions): AsyncIterable<Unit> {
  let n = 0;
  for (const line of text.split("\n")) {
    n++;
    if (line.trim()) yield ndjsonUnit(`${origin}:${n}`, line, opts.maxBytes);
  }
}

/** Streams an NDJSON file line by line: exports of any size, one article in memory at a time. */
async function* ndjsonFromFile(path: string, opts: SourceOptions): AsyncIterable<Unit> {
  const rl = createInterface({ input: createReadStream(path, { encoding: "utf8" }), crlfDelay: Infinity });
  let n = 0;
  for await (const line of rl) {
    n++;
    if (line.trim()) yield ndjsonUnit(`${path}:${n}`, line, opts.maxBytes);
  }
}

// ---- files, folders, URLs, stdin ----------------------------------------------------------

export function isUrl(s: string): boolean {
  return /^https?:\/\//i.test(s);
}

function fileUnit(path: string, opts: SourceOptions): Unit {
  return {
    origin: path,
    async load() {
      let size: number;
      try {
        size = (await stat(path)).size;
      } catch (e) {
        throw new InputError(fsReason(e));
      }
      const ext = extname(path).toLowerCase();
      if (NDJSON_EXT.has(ext)) {
        if (size === 0) throw new InputError("empty input");
        return { expand: ndjsonFromFile(path, opts) };
      }
      if (size > opts.maxBytes) throw new InputError(`too large: ${mb(size)}, the limit is ${mb(opts.maxBytes)} (--max-mb)`);
      let bytes: Buffer;
      try {
        bytes = await readFile(path);
      } catch (e) {
        throw new InputError(fsReason(e));
      }
      return fromBytes(path, bytes, opts, { urls: [], baseUrl: null, charset: null, mediaType: null, name: path });
    },
  };
}

export function urlUnit(url: string, opts: SourceOptions, hints: RawArticle["hints"] = {}, origin = url): Unit {
  return {
    origin,
    async load() {
      const res = await fetchUrl(url, { ...opts.fetch, maxBytes: opts.maxBytes });
      if (res.mediaType && !/^(text\/|application\/(xhtml\+xml|(rss|atom|rdf)\+xml|xml|(x-)?(nd)?json|jsonl))/.test(res.mediaType)) {
        throw new InputError(`unsupported content type ${res.mediaType}`);
      }
      const loaded = fromBytes(origin, res.bytes, opts, {
        urls: [...new Set([url, ...res.chain, res.url])],
        baseUrl: res.url,
        charset: res.charset,
        mediaType: res.mediaType,
        name: res.url,
      });
      if ("article" in loaded) loaded.article.hints = { ...hints, ...loaded.article.hints };
      return loaded;
    },
  };
}

function stdinUnit(opts: SourceOptions): Unit {
  return {
    origin: "stdin",
    async load() {
      const bytes = await (opts.readStdin ?? readStdin)();
      if (bytes.length > opts.maxBytes) throw new InputError(`too large: ${mb(bytes.length)}, the limit is ${mb(opts.maxBytes)} (--max-mb)`);
      return fromBytes("stdin", bytes, opts, { urls: [], baseUrl: null, charset: null, mediaType: null, name: "stdin" });
    },
  };
}

async function readStdin(): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of process.stdin) parts.push(chunk as Buffer);
  return Buffer.concat(parts);
}

function fsReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file or directory";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "is a directory";
  return (e as Error).message;
}

/** Files under a folder that look like articles, sorted, hidden entries skipped. Iterative walk. */
async function walkFolder(root: string): Promise<string[]> {
  const out: string[] = [];
  const stack = [root];
  while (stack.length) {
    const dir = stack.pop()!;
    const entries = await readdir(dir, { withFileTypes: true });
    const subdirs: string[] = [];
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (e.name.startsWith(".") || e.name === "node_modules") continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) subdirs.push(p);
      else if (e.isFile()) {
        const ext = extname(e.name).toLowerCase();
        if (TEXT_EXT.has(ext) || HTML_EXT.has(ext) || NDJSON_EXT.has(ext) || FEED_EXT.has(ext)) out.push(p);
      }
    }
    for (let i = subdirs.length - 1; i >= 0; i--) stack.push(subdirs[i]);
  }
  return out.sort();
}

/** A feed named with --feed: a URL or a file. */
export function feedUnit(spec: string, opts: SourceOptions): Unit {
  return {
    origin: spec,
    async load() {
      let bytes: Buffer;
      let charset: string | null = null;
      let base: string | null = null;
      if (isUrl(spec)) {
        const res = await fetchUrl(spec, { ...opts.fetch, maxBytes: opts.maxBytes });
        bytes = res.bytes;
        charset = res.charset;
        base = res.url;
      } else {
        try {
          if ((await stat(spec)).size > opts.maxBytes) throw new InputError(`too large, the limit is ${mb(opts.maxBytes)} (--max-mb)`);
          bytes = await readFile(spec);
        } catch (e) {
          if (e instanceof InputError) throw e;
          throw new InputError(fsReason(e));
        }
      }
      if (!bytes.length) throw new InputError("empty input");
      const text = decodeBytes(bytes, charset, "feed");
      return { expand: feedUnits(spec, text, opts, base) };
    },
  };
}

/**
 * The units for the command line's inputs, in order: folders expanded to their article files,
 * each file, URL, "-" and --feed its own unit. A missing path is a failing unit, not an abort.
 */
export async function collectUnits(inputs: string[], feeds: string[], opts: SourceOptions): Promise<Unit[]> {
  const units: Unit[] = [];
  const fail = (origin: string, reason: string): Unit => ({ origin, load: () => Promise.reject(new InputError(reason)) });
  for (const input of inputs) {
    if (input === "-") units.push(stdinUnit(opts));
    else if (isUrl(input)) units.push(urlUnit(input, opts));
    else {
      let st;
      try {
        st = await stat(input);
      } catch (e) {
        units.push(fail(input, fsReason(e)));
        continue;
      }
      if (st.isDirectory()) {
        let files: string[];
        try {
          files = await walkFolder(resolve(input));
        } catch (e) {
          units.push(fail(input, fsReason(e)));
          continue;
        }
        if (!files.length) units.push(fail(input, "folder holds no article files (.txt, .md, .html, .htm, .ndjson, .jsonl, .xml, .rss, .atom)"));
        // Report paths as the user wrote the folder, not absolutised.
        const base = resolve(input);
        for (const f of files) units.push(fileUnit(join(input, f.slice(base.length + 1)), opts));
      } else units.push(fileUnit(input, opts));
    }
  }
  for (const f of feeds) units.push(feedUnit(f, opts));
  return units;
}
