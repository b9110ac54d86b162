import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import type { Plan } from "../../core/plan/types";
import { applyPlan, applyPlanToNewSheet } from "../../cli/io/apply-plan";

/**
 * applyPlan's layout half, as generation uses it: borders, wrapping, indent and alignment on each
 * cell's own style, merges, widths, the frozen header and the print setup, written to a real .xlsx
 * and read back; a generated sheet never lands on an existing one.
 */
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "tc27-apply-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const file = path.join(tmp, `${Math.random().toString(36).slice(2)}.xlsx`);
  await wb.xlsx.writeFile(file);
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(file);
  return back;
}

const PLAN: Plan = {
  sheet: "T-C.27",
  label: { id: "Buat tabel", en: "Generate table" },
  writes: [
    { row: 1, col: 1, value: "Kode", bold: true, border: true, wrap: true, align: "center", valign: "middle" },
    { row: 1, col: 2, value: "Target Kinerja", bold: true, border: true, align: "center" },
    { row: 3, col: 2, value: "Penyusunan Dokumen", border: true, wrap: true, indent: 2, valign: "top" },
    { row: 3, col: 3, value: 100, border: true, numberFormat: "#,##0", align: "right" },
    { row: 4, col: 3, formula: "=SUM(C3:C3)", expected: "100", border: true, numberFormat: "#,##0" },
  ],
  changed: [],
  sheetLayout: {
    merges: ["A1:A2", "B1:C1"],
    columnWidths: [
      { col: 1, width: 14 },
      { col: 2, width: 40 },
    ],
    freeze: { rows: 2, cols: 2 },
    print: { orientation: "landscape", paper: "F4", repeatRows: "1:2", fitToWidth: true },
  },
};

test("cells get borders, wrapping, indent and alignment; the sheet its merges, widths, frozen header and print setup", async () => {
  const wb = new ExcelJS.Workbook();
  applyPlanToNewSheet(wb, PLAN);
  const ws = (await roundTrip(wb)).getWorksheet("T-C.27")!;
  const thin = { style: "thin" };
  expect(ws.getCell("A1").border).toMatchObject({ top: thin, left: thin, bottom: thin, right: thin });
  expect(ws.getCell("A1").alignment).toMatchObject({ wrapText: true, horizontal: "center", vertical: "middle" });
  expect(ws.getCell("B3").alignment).toMatchObject({ wrapText: true, indent: 2, vertical: "top" });
  expect(ws.getCell("C3").alignment).toMatchObject({ horizontal: "right" });
  expect(ws.getCell("C4").formula).toBe("SUM(C3:C3)");
  expect(ws.getCell("C4").result).toBe(100);
  expect(ws.getCell("A1").font?.bold).toBe(true);
  expect(ws.getCell("A2").isMerged && ws.getCell("A2").master.address).toBe("A1");
  expect(ws.getCell("C1").master.address).toBe("B1");
  expect([ws.getColumn(1).width, ws.getColumn(2).width]).toEqual([14, 40]);
  expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 2, ySplit: 2 });
  expect(ws.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 14, fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
  // printTitlesRow comes back as the workbook's _xlnm.Print_Titles name.
  expect(ws.pageSetup.printTitlesRow).toBe("1:2");
});

test("A4 is paper size 9; a cell's style change stays on that cell", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Data");
  const shared: Partial<ExcelJS.Style> = { font: { name: "Arial", size: 9 } };
  ws.getCell("A1").style = shared;
  ws.getCell("A2").style = shared;
  applyPlan(ws, {
    ...PLAN,
    sheet: "Data",
    writes: [{ row: 1, col: 1, value: "x", border: true, indent: 1 }],
    sheetLayout: { merges: [], columnWidths: [], print: { orientation: "portrait", paper: "A4", fitToWidth: false } },
  });
  const back = (await roundTrip(wb)).getWorksheet("Data")!;
  expect(back.getCell("A1").border?.top).toEqual({ style: "thin" });
  expect(back.getCell("A2").border?.top).toBeUndefined();
  expect(back.getCell("A2").alignment?.indent).toBeUndefined();
  expect(back.pageSetup).toMatchObject({ orientation: "portrait", paperSize: 9 });
  expect(back.pageSetup.fitToPage).toBeFalsy();
});

test("a generated sheet goes next to a sheet of the same name: (2), (3)", () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("T-C.27").getCell("A1").value = "punya perencana";
  const second = applyPlanToNewSheet(wb, PLAN);
  const third = applyPlanToNewSheet(wb, PLAN);
  expect([second.name, third.name]).toEqual(["T-C.27 (2)", "T-C.27 (3)"]);
  expect(wb.getWorksheet("T-C.27")!.getCell("A1").value).toBe("punya perencana");
  expect(second.getCell("A1").value).toBe("Kode");
});
