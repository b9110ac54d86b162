import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import Decimal from "decimal.js";
import ExcelJS from "exceljs";
import { PREDIKAT_SCALES, predikat, predikatFormula } from "../../core/compute";
import { recalculate } from "../support/libreoffice";

/** The predikat formula the product writes gives, in LibreOffice, the core's label at every boundary. */
test("predikat formulas agree with the core in a real spreadsheet engine", async () => {
  const values = ["0", "50", "50.99", "51", "65", "66", "75", "76", "90", "91", "100", "150"];
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Predikat");
  values.forEach((v, i) => {
    ws.getCell(i + 1, 1).value = Number(v);
    PREDIKAT_SCALES.forEach((scale, k) => (ws.getCell(i + 1, 2 + k).value = { formula: predikatFormula(`A${i + 1}`, scale), result: "" }));
  });
  ws.getCell(values.length + 1, 2).value = { formula: predikatFormula(`A${values.length + 1}`), result: "x" };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tc27-predikat-"));
  const file = path.join(dir, "predikat.xlsx");
  await wb.xlsx.writeFile(file);
  const [out] = recalculate([file]);
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(out);
  const sheet = back.getWorksheet("Predikat")!;
  values.forEach((v, i) =>
    PREDIKAT_SCALES.forEach((scale, k) => {
      const cell = sheet.getCell(i + 1, 2 + k).value as { result: unknown };
      expect(cell.result).toBe(predikat(new Decimal(v), scale));
    }),
  );
  // An empty input gives an empty predikat, not "Sangat Rendah".
  expect((sheet.getCell(values.length + 1, 2).value as { result?: unknown }).result ?? "").toBe("");
  fs.rmSync(dir, { recursive: true, force: true });
}, 120_000);
