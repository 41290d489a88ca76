// Text from the store or an article is written to a terminal only after its control characters
// are gone: an ESC sequence in a title could recolour the screen, move the cursor, rewrite what was
// printed or (OSC 52) set the clipboard. Removed: ESC sequences whole (CSI, OSC/DCS/APC strings up
// to their terminator or the line's end, two-character escapes), their one-byte C1 forms, every
// other C0 and C1 control and DEL; kept: newline and tab (tables flatten those themselves).
// Bidirectional overrides and isolates, which reorder what follows them on screen, are shown as
// <U+202E>. JSON, NDJSON and CSV output is never passed through here: it stays exact.

// eslint-disable-next-line no-control-regex
const CONTROL = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b[\]PX^_][^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)?|\x1b[ -~]?|\x9b[0-?]*[ -/]*[@-~]|[\x90\x98\x9d\x9e\x9f][^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)?|[\x00-\x08\x0b-\x1f\x7f-\x9f]|[\u202a-\u202e\u2066-\u2069]/g;

/** The text with control sequences removed and bidi controls made visible; one linear pass. */
export function printable(s: string): string {
  return s.replace(CONTROL, (m) => {
    const cp = m.codePointAt(0)!;
    return (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069) ? `<U+${cp.toString(16).toUpperCase()}>` : "";
  });
}
