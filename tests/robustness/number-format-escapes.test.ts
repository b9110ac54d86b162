/**
 * Number formats with escaped characters, as LibreOffice saves the product's own `0.00"%"` (a
 * literal percent sign over a value in percent units): `0.00\%`. ExcelJS drops the backslash when it
 * reads a workbook, turning it into `0.00%` — a format that multiplies by 100 — so the value 90 read
 * as 9 000 % and an annotated copy showed it so. Found by the engine test of the footer average
 * (tests/engine/footer-storage.engine.test.ts), which reads LibreOffice's output back.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { annotateFile } from "../../cli/commands/annotate";
import { readWorkbookBytes } from "../../cli/io/read-workbook";
import { readTables } from "../../core/read-tables";
import { validateTable } from "../../core/rules/validate";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "tc27-numfmt-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const LITERAL_PERCENT = "0.00\\%";

/** A measurement whose capaian (percent units) shows its "%" as a literal, the way LibreOffice saves it. */
async function measurement(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("PK");
  ws.addRow(["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"]);
  ws.addRow([1, "Meningkatnya kesejahteraan sosial", "Persentase anak terlantar yang terlayani", "%", 80, 72, 90]);
  ws.addRow([2, "Meningkatnya kesejahteraan sosial", "Persentase lanjut usia terlantar yang terlayani", "%", 50, 45, 90]);
  for (const r of [2, 3]) ws.getCell(r, 7).numFmt = LITERAL_PERCENT;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The format codes an .xlsx declares, from its styles part as stored. */
async function formatCodes(file: Buffer): Promise<string[]> {
  const styles = await (await JSZip.loadAsync(file)).file("xl/styles.xml")!.async("string");
  return [...styles.matchAll(/formatCode="([^"]*)"/g)].map((m) => m[1]);
}

test("the format is read as written, and its value as 90 %, right", async () => {
  const bytes = await measurement();
  expect(await formatCodes(bytes)).toContain(LITERAL_PERCENT);
  const [grid] = (await readWorkbookBytes(bytes, "pk.xlsx")).sheets;
  expect(grid.numberFormats![1][6]).toBe(LITERAL_PERCENT);
  const [table] = readTables(grid);
  const capaian = table.model.rows[0].values.find((v) => v.col === 7)!;
  expect([capaian.cell.kind, capaian.cell.value?.toString()]).toEqual(["percent", "90"]);
  expect(validateTable(table).findings.filter((f) => f.rule.startsWith("ratio-"))).toEqual([]);
});

test("an annotated copy keeps the format code as it was", async () => {
  const input = path.join(tmp, "pk.xlsx");
  const out = path.join(tmp, "pk-bertanda.xlsx");
  fs.writeFileSync(input, await measurement());
  expect((await annotateFile(input, out, "id")).exitCode).toBe(0);
  const codes = await formatCodes(fs.readFileSync(out));
  expect(codes).toContain(LITERAL_PERCENT);
  expect(codes).not.toContain("0.00%");
});
