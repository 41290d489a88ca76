// The file form of a trie built by the build and shipped (gazetteer tries, a pack's phrase sets):
// a 4-byte length and a JSON header (padded to 4 bytes) with everything small, then the typed
// arrays (in the machine's byte order: the build writes the files on the machine that runs them)
// and the words' string in UTF-16. Read back as views over the file's bytes, not parsed.
import type { ShippedTrie } from "./phrases.js";

/** A trie with its header (anything JSON) as the bytes of a file. */
export function encodeTrieFile<H extends object>(header: H, trie: ShippedTrie): Buffer {
  const { words, starts, edges, ...rest } = trie;
  const arrays = [words.offsets, words.slots, starts, edges];
  let head = Buffer.from(JSON.stringify({ header, trie: { ...rest, lengths: [...arrays.map((a) => a.length), words.blob.length] } }));
  head = Buffer.concat([head, Buffer.alloc((4 - (head.length % 4)) % 4, 0x20)]);
  const size = Buffer.alloc(4);
  size.writeUInt32LE(head.length);
  return Buffer.concat([size, head, ...arrays.map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength)), Buffer.from(words.blob, "utf16le")]);
}

/** encodeTrieFile's bytes read back, or null when they are not such a file. */
export function decodeTrieFile<H extends object>(file: Uint8Array): { header: H; trie: ShippedTrie } | null {
  // Typed arrays need 4-byte alignment: a file read into a pooled buffer is copied once.
  const bytes = file.byteOffset % 4 === 0 ? file : new Uint8Array(file);
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < 4) return null;
  const n = buf.readUInt32LE(0);
  if (n % 4 !== 0 || 4 + n > buf.length) return null;
  let head: { header: H; trie: Omit<ShippedTrie, "words" | "starts" | "edges"> & { lengths: number[] } };
  try {
    head = JSON.parse(buf.toString("utf8", 4, 4 + n));
  } catch {
    return null;
  }
  const { lengths, ...rest } = head.trie ?? {};
  if (!Array.isArray(lengths) || lengths.length !== 5) return null;
  let at = 4 + n;
  if (at + 4 * (lengths[0]! + lengths[1]! + lengths[2]! + lengths[3]!) + 2 * lengths[4]! !== buf.length) return null;
  const view = (len: number) => { const a = new Int32Array(buf.buffer, buf.byteOffset + at, len); at += 4 * len; return a; };
  const [offsets, slots, starts, edges] = lengths.slice(0, 4).map(view) as [Int32Array, Int32Array, Int32Array, Int32Array];
  const blob = buf.toString("utf16le", at, at + 2 * lengths[4]!);
  return { header: head.header, trie: { ...rest, words: { blob, offsets, slots }, starts, edges } };
}
