// The CSV writers on hostile and awkward cells, read back with an RFC 4180 reader: quotes, commas,
// line breaks and scripts survive; a text cell a spreadsheet would run as a formula is defused with
// a leading apostrophe, numbers are left as numbers (a negative value is not a formula).
import { test } from "node:test";
import assert from "node:assert/strict";
import { csvHeader, csvRows, CLAIM_CSV_COLUMNS, NUMBER_CSV_COLUMNS } from "../src/server/exporters.js";
import type { StoredClaim } from "../src/store/types.js";
import { csvObjects, parseCsv } from "./support/csv.js";

const evidence = '=HYPERLINK("http://evil.example","click"), he said, "quoted"\nand a second line';
const claim: StoredClaim = {
  id: 7, article_id: 3, article_lang: "bn", article_title: "+ breaking: ড্রোন হামলা", article_url: "https://example.com/a?x=1,2", published: "2024-11-01",
  claimant: { name: "@handle", id: "gold:x", surface: "@handle" }, via: { name: "-Reuters", id: "outlet:reuters", surface: "Reuters" },
  stance: "assert", kind: "air_attack", date: "2024-11-01", location: { name: "Kursk", id: "place:kursk" },
  evidence: { text: evidence, start: 10, end: 10 + evidence.length }, why: ["test"],
  quantities: [
    { value: 48, item: "uav", role: "launched", qualifier: "exact", text: "৪৮টি", start: 12, end: 16, why: [] },
    { value: -5.25, item: "percent", role: "total", qualifier: "approx", text: "-5.25", start: 20, end: 25, why: [] },
  ],
};

test("claims CSV: one row per claim, every awkward cell read back intact, formulas defused", () => {
  const text = csvHeader("csv") + csvRows(claim, "csv");
  assert.deepEqual(parseCsv(text)[0], [...CLAIM_CSV_COLUMNS]);
  const [r] = csvObjects(text);
  assert.equal(r.evidence, `'${evidence}`);
  assert.equal(r.claimant, "'@handle");
  assert.equal(r.via, "'-Reuters");
  assert.equal(r.article_title, "'+ breaking: ড্রোন হামলা");
  assert.equal(r.article_url, "https://example.com/a?x=1,2");
  assert.equal(r.quantities, "48 uav (launched); approx -5.25 percent (total)");
  assert.equal(r.evidence_end, String(10 + evidence.length));
});

test("numbers CSV: one row per number, values as plain numbers", () => {
  const rows = csvObjects(csvHeader("csv-numbers") + csvRows(claim, "csv-numbers"));
  assert.deepEqual(Object.keys(rows[0]), [...NUMBER_CSV_COLUMNS]);
  assert.deepEqual(rows.map((r) => [r.id, r.value, r.qualifier, r.item, r.role, r.quantity_text]),
    [["7", "48", "exact", "uav", "launched", "৪৮টি"], ["7", "-5.25", "approx", "percent", "total", "'-5.25"]]);
  // A claim without numbers keeps one row.
  const none = csvObjects(csvHeader("csv-numbers") + csvRows({ ...claim, quantities: [] }, "csv-numbers"));
  assert.deepEqual(none.map((r) => [r.id, r.value, r.item]), [["7", "", ""]]);
});

test("the byte order mark is only there when asked for", () => {
  assert.ok(csvHeader("csv", true).startsWith("\uFEFFid,"));
  assert.ok(csvHeader("csv").startsWith("id,"));
});
