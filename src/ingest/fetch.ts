// Fetching a URL for ingest: a whole-request timeout, a size cap enforced while reading (not
// trusted from Content-Length alone), redirects followed one by one (counted, each hop checked
// against the address policy of ./fetch-policy.ts, and each hop's URL kept, since the requested and
// the final URL both identify the article), and the Content-Type and charset reported so the caller
// can decode. Node's http/https clients, because they take a custom DNS lookup: the connection
// goes to the very address the policy checked.
import http from "node:http";
import https from "node:https";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import type { Readable } from "node:stream";
import { InputError } from "./errors.js";
import { BlockedAddressError, checkLiteralHost, filteredLookup, isPublicAddress, type AddressFilter } from "./fetch-policy.js";

export interface FetchOptions {
  /** Whole request, redirects and body included. */
  timeoutMs: number;
  maxBytes: number;
  maxRedirects?: number;
  userAgent?: string;
  /** Also fetch loopback, private and link-local addresses (off by default; --allow-private-network). */
  allowPrivateNetwork?: boolean;
  /** Which addresses may be connected to when private ones are not allowed (default: public unicast). */
  allowAddress?: AddressFilter;
}
export interface Fetched {
  requested: string;
  /** The URL after redirects. */
  url: string;
  /** Every URL visited, requested first. */
  chain: string[];
  status: number;
  /** Media type, lower case, without parameters ("text/html"). */
  mediaType: string | null;
  /** charset parameter of Content-Type, if any. */
  charset: string | null;
  bytes: Buffer;
}

export const DEFAULT_FETCH: FetchOptions = {
  timeoutMs: 20000,
  maxBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
  userAgent: "claimtrace/0.1 (+https://github.com/claimtrace)",
};

const mb = (n: number) => `${Math.round((n / 1048576) * 10) / 10} MB`;

function networkReason(e: unknown, timeoutMs: number): string {
  const err = e as Error & { code?: string; cause?: { code?: string; message?: string } };
  if (err instanceof BlockedAddressError) return err.message;
  if (err.name === "TimeoutError" || err.name === "AbortError") return `timed out after ${timeoutMs / 1000}s`;
  const code = err.code ?? err.cause?.code;
  if (code === "ECONNREFUSED") return "cannot reach the server (connection refused)";
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return "cannot resolve the host name";
  if (code === "ECONNRESET") return "the connection was reset";
  if (code && code.includes("CERT")) return `TLS certificate problem (${code})`;
  return `network error (${(err.cause?.message ?? err.message).split("\n")[0]})`;
}

export function parseContentType(header: string | null): { mediaType: string | null; charset: string | null } {
  if (!header) return { mediaType: null, charset: null };
  const [type, ...params] = header.split(";");
  let charset: string | null = null;
  for (const p of params) {
    const m = /^\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(p);
    if (m) charset = m[1].toLowerCase();
  }
  return { mediaType: type.trim().toLowerCase() || null, charset };
}

const ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5";

/** One GET, no redirect following; resolves with the response once its headers are in. */
function get(url: URL, opts: FetchOptions, signal: AbortSignal): Promise<http.IncomingMessage> {
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.get(url, {
      signal,
      headers: { "user-agent": opts.userAgent ?? DEFAULT_FETCH.userAgent!, accept: ACCEPT, "accept-encoding": "gzip, deflate, br" },
      // No pooled connection: a kept-alive socket would skip the lookup, and with it the check.
      agent: false,
      ...(opts.allowPrivateNetwork ? {} : { lookup: filteredLookup(opts.allowAddress ?? isPublicAddress) as never }),
    });
    req.once("response", resolve);
    req.once("error", reject);
  });
}

/** The body, decompressed, read up to the size cap. */
async function readBody(res: http.IncomingMessage, maxBytes: number): Promise<Buffer> {
  const enc = String(res.headers["content-encoding"] ?? "").trim().toLowerCase();
  const stream: Readable = enc === "gzip" || enc === "x-gzip" ? res.pipe(createGunzip()) : enc === "deflate" ? res.pipe(createInflate()) : enc === "br" ? res.pipe(createBrotliDecompress()) : res;
  const parts: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      size += (chunk as Buffer).length;
      if (size > maxBytes) throw new InputError(`too large: more than ${mb(maxBytes)} (--max-mb)`, "input");
      parts.push(chunk as Buffer);
    }
  } finally {
    res.destroy();
  }
  return Buffer.concat(parts, size);
}

/** Fetches an http(s) URL; every failure is an InputError with a one-line reason (kind "network"). */
export async function fetchUrl(url: string, opts: FetchOptions = DEFAULT_FETCH): Promise<Fetched> {
  const maxRedirects = opts.maxRedirects ?? 5;
  const signal = AbortSignal.timeout(opts.timeoutMs);
  const chain: string[] = [];
  let current = url;
  for (let hop = 0; ; hop++) {
    let parsed: URL;
    try {
      parsed = new URL(current);
    } catch {
      throw new InputError(`not a valid URL: ${current}`, "input");
    }
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") throw new InputError(`unsupported URL scheme ${parsed.protocol}`, "input");
    chain.push(current);
    let res: http.IncomingMessage;
    try {
      // An address written in the URL connects without a lookup: checked here (every hop).
      if (!opts.allowPrivateNetwork) checkLiteralHost(parsed.hostname, opts.allowAddress ?? isPublicAddress);
      res = await get(parsed, opts, signal);
    } catch (e) {
      throw new InputError(networkReason(e, opts.timeoutMs), "network");
    }
    const status = res.statusCode ?? 0;
    const location = res.headers.location;
    if (status >= 300 && status < 400 && location) {
      res.destroy();
      if (hop >= maxRedirects) throw new InputError(`too many redirects (more than ${maxRedirects})`, "network");
      try {
        current = new URL(location, current).toString();
      } catch {
        throw new InputError(`redirect to an invalid URL: ${location.slice(0, 200)}`, "network");
      }
      continue;
    }
    if (status < 200 || status >= 300) {
      res.destroy();
      throw new InputError(`HTTP ${status}${res.statusMessage ? ` ${res.statusMessage}` : ""}`, "network");
    }
    const declared = Number(res.headers["content-length"] ?? "NaN");
    if (Number.isFinite(declared) && declared > opts.maxBytes) {
      res.destroy();
      throw new InputError(`too large: ${mb(declared)}, the limit is ${mb(opts.maxBytes)} (--max-mb)`, "input");
    }
    let bytes: Buffer;
    try {
      bytes = await readBody(res, opts.maxBytes);
    } catch (e) {
      if (e instanceof InputError) throw e;
      throw new InputError(networkReason(signal.aborted ? signal.reason : e, opts.timeoutMs), "network");
    }
    const { mediaType, charset } = parseContentType(res.headers["content-type"] ?? null);
    return { requested: url, url: current, chain, status, mediaType, charset, bytes };
  }
}
