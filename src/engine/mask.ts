// A mask of one sentence's tokens, reused sentence after sentence: a new typed array per sentence
// was a share of the stages' allocation. Each user holds its own buffer (two stages' masks are
// never the same memory), handed back zeroed over the length asked.

/** A function giving a zeroed mask of n entries, the same buffer each call (grown when needed): use it before the next call. */
export function reusableMask(): (n: number) => Uint8Array {
  let buf = new Uint8Array(256);
  return (n) => {
    if (buf.length < n) buf = new Uint8Array(2 * n);
    buf.fill(0, 0, n);
    return buf;
  };
}
