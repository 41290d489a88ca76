// A strict RFC 4180 reader for tests: reads back what the exporters write, so a test compares
// parsed cells with the JSON output instead of matching text. Quoted fields may hold commas,
// quotes ("") and line breaks; records end with CRLF (a bare LF inside an unquoted field is an error).
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [], field = "", i = 0, quoted = false, wasQuoted = false;
  const endField = () => { row.push(field); field = ""; wasQuoted = false; };
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i += 2; continue; }
      if (ch === '"') { quoted = false; i++; continue; }
      field += ch; i++; continue;
    }
    if (ch === '"') {
      if (field !== "" || wasQuoted) throw new Error(`csv: quote inside an unquoted field at ${i}`);
      quoted = true; wasQuoted = true; i++; continue;
    }
    if (ch === ",") { endField(); i++; continue; }
    if (ch === "\r" && text[i + 1] === "\n") { endField(); rows.push(row); row = []; i += 2; continue; }
    if (ch === "\r" || ch === "\n") throw new Error(`csv: bare line break at ${i}`);
    field += ch; i++;
  }
  if (quoted) throw new Error("csv: unterminated quoted field");
  if (field !== "" || row.length) { endField(); rows.push(row); }
  return rows;
}

/** Rows as objects keyed by the header row. */
export function csvObjects(text: string): Array<Record<string, string>> {
  const [header, ...rows] = parseCsv(text);
  return rows.map((r) => {
    if (r.length !== header.length) throw new Error(`csv: ${r.length} cells in a row under a header of ${header.length}`);
    return Object.fromEntries(header.map((h, k) => [h, r[k]]));
  });
}
