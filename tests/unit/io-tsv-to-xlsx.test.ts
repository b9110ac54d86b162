import * as fs from "node:fs";
import * as path from "node:path";
import { tsvToGrid, tsvToWorkbook, typedIndonesianNumber } from "../support/tsv-to-xlsx";

describe("typedIndonesianNumber", () => {
  test.each([
    ["2.519.295.635", 2519295635, "#,##0"],
    ["Rp 87.026.000,00", 87026000, '"Rp "#,##0.00'],
    ["Rp 121.623.186,30", 121623186.3, '"Rp "#,##0.00'],
    ["Rp 1.250.000", 1250000, '"Rp "#,##0'],
    ["76,48", 76.48, "0.00"],
    ["99,9", 99.9, "0.0"],
    ["100%", 1, "0%"],
    ["70,65%", 0.7065, "0.00%"],
    ["70,65 %", 0.7065, "0.00%"],
    ["0,5%", 0.005, "0.0%"],
    ["7%", 0.07, "0%"],
    ["64.858.900.185,30", 64858900185.3, "#,##0.00"],
    ["6.054", 6054, "#,##0"],
    ["35", 35, null],
    ["0", 0, null],
    [" 2021 ", 2021, null],
  ])("%j → %p (%p)", (text, value, numFmt) => {
    expect(typedIndonesianNumber(text)).toEqual({ value, numFmt });
  });

  test("values are the exact decimal reading of the digits", () => {
    expect(typedIndonesianNumber("Rp 77.935.773,30")!.value).toBe(Number("77935773.30"));
    expect(typedIndonesianNumber("219,47%")!.value).toBe(Number("2.1947"));
    expect(typedIndonesianNumber("35,12%")!.value).toBe(Number("0.3512"));
  });

  test.each([
    "3 Dokumen",
    "-",
    "Rp -",
    "1 06 01",
    "01",
    "n/A",
    "1,912,535,083",
    "65.38%",
    "- 15.548.024",
    "(56.126.048)",
    "-5",
    "12.34",
    "50(kalender)",
    "Baik (B) 60,15",
    "#DIV/0!",
    "1234567890123456", // beyond Excel's 15 digits
    "",
  ])("%j stays text", (text) => {
    expect(typedIndonesianNumber(text)).toBeNull();
  });
});

describe("tsvToWorkbook / tsvToGrid", () => {
  const tsv = "Kode\tTarget\tRp\n1\t2\t3\n2021\t100%\tRp 1.000,00\n";

  test("header rows and column 1 stay text; other number texts become typed", () => {
    const ws = tsvToWorkbook(tsv, { sheetName: "S", typedNumbers: true, headerRows: 2 }).getWorksheet("S")!;
    expect(ws.getCell("A2").value).toBe("1");
    expect(ws.getCell("B2").value).toBe("2"); // header block
    expect(ws.getCell("A3").value).toBe("2021"); // column 1 (Kode)
    expect(ws.getCell("B3").value).toBe(1);
    expect(ws.getCell("B3").numFmt).toBe("0%");
    expect(ws.getCell("C3").value).toBe(1000);
    expect(ws.getCell("C3").numFmt).toBe('"Rp "#,##0.00');
  });

  test("typedNumbers false keeps every cell text", () => {
    const ws = tsvToWorkbook(tsv, { sheetName: "S", typedNumbers: false, headerRows: 1 }).getWorksheet("S")!;
    expect(ws.getCell("C3").value).toBe("Rp 1.000,00");
  });

  test("tsvToGrid gives the text grid of a fixture", () => {
    const text = fs.readFileSync(path.resolve(__dirname, "..", "fixtures", "balangan-tc24.tsv"), "utf8");
    const g = tsvToGrid(text, "T-C.24");
    expect(g.sheet).toBe("T-C.24");
    expect(g.values).toHaveLength(48);
    expect(g.values[3][0]).toBe("Program Pelayanan Administrasi Perkantoran");
    expect(g.values[3][1]).toBeNull();
    expect(g.values[3][17]).toBe("- 15.548.024");
  });
});
