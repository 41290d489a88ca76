// Fetching a URL for ingest: a whole-request timeout, a size cap enforced while reading (not
// trusted from Content-Length alone), redirects followed one by one (counted, and each hop's URL
// kept, since the requested and the final URL both identify the article), and the Content-Type
// and charset reported so the caller can decode. Node's built-in fetch (undici); no network
// library of our own.
import { InputError } from "./errors.js";

export interface FetchOptions {
  /** Whole request, redirects and body included. */
  timeoutMs: number;
  maxBytes: number;
  maxRedirects?: number;
  userAgent?: string;
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
  const err = e as Error & { cause?: { code?: string; message?: string } };
  if (err.name === "TimeoutError" || err.name === "AbortError") return `timed out after ${timeoutMs / 1000}s`;
  const code = err.cause?.code;
  if (code === "ECONNREFUSED") return "cannot reach the server (connection refused)";
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return "cannot resolve the host name";
  if (code === "ECONNRESET") return "the connection was reset";
  if (code && code.startsWith("UND_ERR_")) return `network error (${err.cause?.message ?? code})`;
  if (code && code.includes("CERT")) return `TLS certificate problem (${code})`;
  return `network error (${err.cause?.message ?? err.message})`;
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
    let res: Response;
    try {
      res = await fetch(current, {
        redirect: "manual",
        signal,
        headers: { "user-agent": opts.userAgent ?? DEFAULT_FETCH.userAgent!, accept: "text/html,application/xhtml+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5" },
      });
    } catch (e) {
      throw new InputError(networkReason(e, opts.timeoutMs), "network");
    }
    if (res.status >= 300 && res.status < 400 && res.headers.get("location")) {
      await res.body?.cancel().catch(() => undefined);
      if (hop >= maxRedirects) throw new InputError(`too many redirects (more than ${maxRedirects})`, "network");
      current = new URL(res.headers.get("location")!, current).toString();
      continue;
    }
    if (res.status >= 400 || res.status < 200 || res.status >= 300) {
      await res.body?.cancel().catch(() => undefined);
      throw new InputError(`HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ""}`, "network");
    }
    const declared = Number(res.headers.get("content-length") ?? "NaN");
    if (Number.isFinite(declared) && declared > opts.maxBytes) {
      await res.body?.cancel().catch(() => undefined);
      throw new InputError(`too large: ${mb(declared)}, the limit is ${mb(opts.maxBytes)} (--max-bytes)`, "input");
    }
    const parts: Buffer[] = [];
    let size = 0;
    try {
      if (res.body) {
        const reader = res.body.getReader();
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          size += value.byteLength;
          if (size > opts.maxBytes) {
            await reader.cancel().catch(() => undefined);
            throw new InputError(`too large: more than ${mb(opts.maxBytes)} (--max-bytes)`, "input");
          }
          parts.push(Buffer.from(value));
        }
      }
    } catch (e) {
      if (e instanceof InputError) throw e;
      throw new InputError(networkReason(e, opts.timeoutMs), "network");
    }
    const { mediaType, charset } = parseContentType(res.headers.get("content-type"));
    return { requested: url, url: current, chain, status: res.status, mediaType, charset, bytes: Buffer.concat(parts, size) };
  }
}
