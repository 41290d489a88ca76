// Reading one input (a file or standard input) as text, with the checks a user needs to hear
// about in one line: missing, a directory, empty, binary, not UTF-8, too large.
import { readFileSync, statSync } from "node:fs";
import { InputError } from "../errors.js";

/** Inputs above this size are refused: the whole text is held in memory with its tokens. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Decodes bytes as UTF-8 text, refusing binary data and invalid UTF-8 with the input's name. */
export function decodeText(buf: Uint8Array, name: string): string {
  if (buf.length === 0) throw new InputError(`${name}: the input is empty`);
  if (buf.length > MAX_INPUT_BYTES) throw new InputError(`${name}: the input is ${(buf.length / 1048576).toFixed(1)} MB, over the ${MAX_INPUT_BYTES / 1048576} MB limit`);
  // A NUL byte never occurs in text: this is a binary file (image, PDF, archive).
  const nul = buf.indexOf(0);
  if (nul >= 0) throw new InputError(`${name}: binary data (a NUL byte at offset ${nul}); expected UTF-8 text`);
  let text: string;
  try {
    text = utf8.decode(buf);
  } catch {
    throw new InputError(`${name}: not valid UTF-8 text (convert it to UTF-8 first, e.g. with iconv)`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // a byte-order mark is not content
  if (!text.trim()) throw new InputError(`${name}: the input has no text (only white space)`);
  return text;
}

/** Reads a file path, or standard input for "-". */
export function readTextInput(path: string): string {
  if (path === "-") return decodeText(readFileSync(0), "stdin");
  let st;
  try {
    st = statSync(path);
  } catch {
    throw new InputError(`${path}: no such file`);
  }
  if (st.isDirectory()) throw new InputError(`${path}: is a directory (use \`claimtrace ingest\` for folders)`);
  if (st.size > MAX_INPUT_BYTES) throw new InputError(`${path}: the input is ${(st.size / 1048576).toFixed(1)} MB, over the ${MAX_INPUT_BYTES / 1048576} MB limit`);
  return decodeText(readFileSync(path), path);
}
