// Bytes to text, for every input: files and standard input of `extract` and `ingest`, NDJSON
// lines, pages and feeds. A byte-order mark wins (UTF-8, UTF-16 LE/BE), then a declared charset
// (HTTP header, <meta>, XML declaration), else UTF-8, strictly: invalid UTF-8 without a declared
// charset is an error, never mojibake.
import { createRequire } from "node:module";
import { InputError } from "./errors.js";

// iconv-lite (its tables of encodings: ~15 ms of a start-up) is loaded only for the input that
// needs it, a UTF-16 text or a declared legacy charset; UTF-8, nearly every input, is decoded by
// node. A CommonJS package: require() gives the instance an import would.
const require = createRequire(import.meta.url);
let iconvLite: typeof import("iconv-lite") | null = null;
const iconv = () => (iconvLite ??= require("iconv-lite") as typeof import("iconv-lite"));

export type InputKind = "text" | "html" | "ndjson" | "feed";

/** A charset declared inside an HTML document (<meta charset> or http-equiv), from its first 4 KB. */
export function sniffHtmlCharset(bytes: Buffer): string | null {
  const head = bytes.subarray(0, 4096).toString("latin1");
  const m = /<meta[^>]{0,300}?charset\s*=\s*["']?\s*([\w.:-]{1,40})/i.exec(head);
  return m ? m[1].toLowerCase() : null;
}

/** An XML declaration's encoding (feeds). */
function sniffXmlCharset(bytes: Buffer): string | null {
  const head = bytes.subarray(0, 200).toString("latin1");
  const m = /^\s*<\?xml[^>]{0,150}?encoding\s*=\s*["']([\w.:-]{1,40})["']/i.exec(head);
  return m ? m[1].toLowerCase() : null;
}

/**
 * Decodes bytes: a BOM wins, then a declared charset (HTTP header, <meta>, XML declaration), else
 * UTF-8, strictly: invalid UTF-8 without a declared charset is an error, never mojibake.
 */
export function decodeBytes(bytes: Buffer, declared: string | null, kindHint: InputKind | null): string {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return strictUtf8(bytes.subarray(3));
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return iconv().decode(bytes.subarray(2), "utf-16le");
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return iconv().decode(bytes.subarray(2), "utf-16be");
  if (looksBinary(bytes)) throw new InputError("binary file, not text (claimtrace reads text, HTML, NDJSON and RSS/Atom)");
  let charset = declared;
  if (!charset && kindHint === "html") charset = sniffHtmlCharset(bytes);
  if (!charset && kindHint === "feed") charset = sniffXmlCharset(bytes);
  if (!charset || /^(utf-?8|unicode-1-1-utf-8)$/i.test(charset)) return strictUtf8(bytes);
  // us-ascii / iso-8859-1 declarations are, per the HTML standard, windows-1252.
  const name = /^(us-ascii|ascii|iso-8859-1|latin1|l1)$/i.test(charset) ? "windows-1252" : charset;
  if (!iconv().encodingExists(name)) throw new InputError(`unknown character set "${charset}"`);
  return iconv().decode(bytes, name);
}

function strictUtf8(bytes: Buffer): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new InputError("not valid UTF-8 (and no charset declared)");
  }
}

/** NUL bytes or a known binary signature in the first 8 KB: an image, PDF, archive, not text. */
function looksBinary(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 8192);
  if (head.subarray(0, 4).toString("latin1") === "%PDF") return true;
  return head.includes(0);
}

