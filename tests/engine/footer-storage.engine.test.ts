import ExcelJS from "exceljs";
import { recalcWorkbook } from "../../cli/commands/recalc";
import { workbookToGrids } from "../../cli/io/read-workbook";
import { readTables } from "../../core/read-tables";
import { validateTable } from "../../core/rules/validate";
import { differences, recalcInLibreOffice } from "./harness";

/**
 * The "Rata-rata capaian kinerja" footer over a capaian column the planner typed as percentages (0.9
 * under a `0.00%` format), one of whose rows cannot be recomputed (its target is text): the
 * recalculation rewrites the others in percent units (90 under `0.00"%"`), so the column mixes both
 * storages. The average the sheet computes must still be the mean of what the column shows
 * (90 %, 75 %, 80 % → 81,67 %), in LibreOffice as in the core, and the validator must agree with it.
 */
function measurement(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("PK 2024");
  ws.addRow(["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"]);
  ws.addRow([1, "Meningkatnya kesejahteraan sosial", "Persentase PPKS yang memperoleh bantuan sosial", "%", 80, 72, 0.9]);
  ws.addRow([2, "Meningkatnya kesejahteraan sosial", "Persentase anak terlantar yang terlayani", "%", "belum ditetapkan", 45, 0.75]);
  ws.addRow([3, "Meningkatnya kesejahteraan sosial", "Persentase lanjut usia terlantar yang terlayani", "%", 50, 40, 0.8]);
  ws.addRow(["Rata-rata capaian kinerja (%)", null, null, null, null, null, 0.8167]);
  for (let r = 2; r <= 5; r++) ws.getCell(r, 7).numFmt = "0.00%";
  return wb;
}

test("a footer average over capaian stored as fractions and as percent units is the mean the column shows", async () => {
  const wb = measurement();
  const [table] = recalcWorkbook(wb, { normalize: false });
  const footer = table.plan.writes.find((w) => w.row === 5 && w.col === 7)!;
  expect(footer.expected).toBe("81.67");

  const { PK } = await recalcInLibreOffice({ PK: wb });
  const ws = PK.getWorksheet("PK 2024")!;
  expect(differences(ws, [table.plan])).toEqual([]);

  const [after] = readTables(workbookToGrids(PK)[0]);
  expect(validateTable(after).findings.filter((f) => f.rule === "sum-mismatch")).toEqual([]);
}, 120_000);
