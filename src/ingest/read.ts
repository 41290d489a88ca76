// Reading one input (a file or standard input) as text, with the checks a user needs to hear
// about in one line: missing, a directory, empty, binary, not UTF-8, too large. The bytes are
// decoded exactly as `ingest` decodes them (decode.ts).
import { readFileSync, statSync } from "node:fs";
import { InputError } from "../errors.js";
import { InputError as IngestInputError } from "./errors.js";
import { decodeBytes } from "./decode.js";

/** Inputs above this size are refused: the whole text is held in memory with its tokens. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/** Decodes an input's bytes with the decoder `ingest` uses (BOMs, UTF-16, strict UTF-8), naming the input in any error. */
export function decodeText(buf: Uint8Array, name: string): string {
  if (buf.length === 0) throw new InputError(`${name}: the input is empty`);
  if (buf.length > MAX_INPUT_BYTES) throw new InputError(`${name}: the input is ${(buf.length / 1048576).toFixed(1)} MB, over the ${MAX_INPUT_BYTES / 1048576} MB limit`);
  let text: string;
  try {
    text = decodeBytes(Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength), null, "text");
  } catch (e) {
    if (e instanceof IngestInputError) throw new InputError(`${name}: ${e.message}`);
    throw e;
  }
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
