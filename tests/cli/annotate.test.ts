import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "../support/run-cli";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "tc27-annotate-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function load(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Everything about a cell a planner would notice, fills and notes aside. */
const look = (c: ExcelJS.Cell) => JSON.stringify([c.value, c.numFmt, c.font, c.alignment, c.border, c.isMerged, c.master.address]);

test("annotate marks the finding cells, lists them in Laporan Validasi, and changes nothing else", async () => {
  const src = path.join(tmp, "input.xlsx");
  // A planner's own note and fill on a cell must survive, as must formulas (one over another sheet)
  // and the sheet they refer to.
  const original = await load("examples/balangan-tc27.xlsx");
  original.worksheets[0].getCell("B5").note = "catatan perencana";
  const pagu = original.addWorksheet("Pagu");
  pagu.getCell("A1").value = 21_510_000;
  pagu.getCell("A2").value = { formula: "SUM('T-C.27'!G7:G8)", result: 34_920_000 };
  original.worksheets[0].getCell("G7").value = { formula: "Pagu!A1", result: 21_510_000 };
  await original.xlsx.writeFile(src);

  const out = path.join(tmp, "out.xlsx");
  const r = runCli(["annotate", src, "--out", out]);
  expect([0, 1]).toContain(r.code);
  expect(r.stdout).toContain(out);

  const before = await load(src);
  const after = await load(out);
  expect(after.worksheets.map((w) => w.name)).toEqual([...before.worksheets.map((w) => w.name), "Laporan Validasi"]);

  const report = after.getWorksheet("Laporan Validasi")!;
  const marked = new Set<string>();
  report.eachRow((row, n) => {
    if (n === 1) return;
    const cellText = row.getCell(3).value as { text: string; hyperlink: string };
    expect(cellText.hyperlink).toBe(`#'T-C.27'!${cellText.text}`);
    marked.add(cellText.text);
  });
  expect(marked.size).toBeGreaterThan(0);

  const wsBefore = before.worksheets[0];
  const wsAfter = after.worksheets[0];
  expect(wsAfter.model.merges.sort()).toEqual(wsBefore.model.merges.sort());
  for (let c = 1; c <= 20; c++) expect(wsAfter.getColumn(c).width).toBe(wsBefore.getColumn(c).width);
  for (let r0 = 1; r0 <= Math.max(wsBefore.rowCount, wsAfter.rowCount); r0++) {
    for (let c = 1; c <= 21; c++) {
      const a = wsBefore.getCell(r0, c);
      const b = wsAfter.getCell(r0, c);
      expect(look(b)).toBe(look(a));
      if (marked.has(b.address)) {
        expect(["FFF8D7DA", "FFFFF3CD", "FFD1ECF1"]).toContain((b.fill as ExcelJS.FillPattern).fgColor?.argb);
        expect(String(b.note)).toMatch(/^(catatan perencana\n\n)?\[[a-z0-9-]+\] /);
      } else {
        expect(JSON.stringify(b.fill ?? null)).toBe(JSON.stringify(a.fill ?? null));
        expect(b.note).toEqual(a.note);
      }
    }
  }
  expect(String(wsAfter.getCell("B5").note)).toContain("catatan perencana");
  expect(wsAfter.getCell("G7").formula).toBe("Pagu!A1");
  const paguAfter = after.getWorksheet("Pagu")!;
  expect([paguAfter.getCell("A1").value, paguAfter.getCell("A2").formula]).toEqual([21_510_000, "SUM('T-C.27'!G7:G8)"]);
});

test("annotate refuses a .tsv (marks need a workbook) with exit code 2", () => {
  const r = runCli(["annotate", "tests/fixtures/balangan-tc27.tsv", "--out", path.join(tmp, "x.xlsx")]);
  expect(r.code).toBe(2);
  expect(r.stdout).toContain("bukan .xlsx");
});
