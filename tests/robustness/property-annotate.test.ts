/**
 * `tc27 annotate` (the CLI's command function) over random table-shaped workbooks — typed numbers,
 * texts, booleans, formulas with cached results, number formats, fills and planners' notes, at a
 * random place on the sheet: the input file stays byte-identical; the copy holds the same sheets plus
 * the report; every cell not marked is unchanged (value, formula, format, font, alignment, border,
 * fill, note); a marked cell differs only by its fill and by our note below the planner's.
 * tests/cli/annotate.test.ts holds the same invariant on the real example workbook.
 */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { annotateFile, REPORT_SHEET } from "../../cli/commands/annotate";
import { MARK_FILL } from "../../core/commands/marks";
import type { Grid } from "../../core/grid";
import { type Dressing, dressing, shapedGrid } from "./support/arbitraries";
import { fuzzParameters, timeoutFor } from "./support/fuzz";

const RUNS = 25;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "tc27-property-annotate-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** The grid as a workbook: each cell dressed as the planner left it; a second sheet beside it. */
function workbookOf(grid: Grid, dress: (r: number, c: number) => Dressing): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Tabel");
  grid.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null) return;
      const cell = ws.getCell(grid.originRow + r, grid.originCol + c);
      const d = dress(r, c);
      cell.value = d.formula && typeof v === "number" && Number.isFinite(v) ? { formula: String(v), result: v } : v;
      if (d.numFmt) cell.numFmt = d.numFmt;
      if (d.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: d.fill } };
      if (d.note) cell.note = d.note;
    }),
  );
  wb.addWorksheet("Lain").getCell("B2").value = { formula: "Tabel!A1", result: 0 };
  return wb;
}

const noteOf = (c: ExcelJS.Cell) => (c.note === undefined ? "" : typeof c.note === "string" ? c.note : (c.note.texts ?? []).map((t) => t.text).join(""));
/** Everything about a cell a planner would notice, fill and note aside. */
const look = (c: ExcelJS.Cell) => JSON.stringify([c.value, c.numFmt, c.font, c.alignment, c.border, c.isMerged]);
/**
 * The same for a marked cell that had no style of its own: filling it gives it the workbook's default
 * font and no border, written out — what it showed before.
 */
const DEFAULT_FONT = { color: { theme: 1 }, family: 2, scheme: "minor", size: 11, name: "Calibri" };
const markedLook = (c: ExcelJS.Cell, before: ExcelJS.Cell) =>
  JSON.stringify([c.value, c.numFmt, before.font ? c.font : undefined, c.alignment, before.border ? c.border : undefined, c.isMerged]);
const unstyledLook = (c: ExcelJS.Cell) => JSON.stringify([c.value, c.numFmt, undefined, c.alignment, undefined, c.isMerged]);
const fillOf = (c: ExcelJS.Cell) => JSON.stringify(c.fill ?? null);

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

let n = 0;
test(
  "property: annotate changes nothing but the marked cells' fill and note, and never the input",
  async () => {
    await fc.assert(
      fc.asyncProperty(shapedGrid, fc.array(dressing, { minLength: 1, maxLength: 16 }), async (grid, dressings) => {
        const input = path.join(tmp, `masukan-${++n}.xlsx`);
        const out = path.join(tmp, `keluaran-${n}.xlsx`);
        await workbookOf(grid, (r, c) => dressings[(r * 7 + c) % dressings.length]).xlsx.writeFile(input);
        const sha = createHash("sha256").update(fs.readFileSync(input)).digest("hex");

        const r = await annotateFile(input, out, "id");
        expect(createHash("sha256").update(fs.readFileSync(input)).digest("hex")).toBe(sha);
        if (r.exitCode === 2) {
          expect(fs.existsSync(out)).toBe(false);
          return;
        }
        const [before, after] = [await load(input), await load(out)];
        expect(after.worksheets.map((w) => w.name)).toEqual([...before.worksheets.map((w) => w.name), REPORT_SHEET]);
        const marked = new Set<string>();
        after.getWorksheet(REPORT_SHEET)!.eachRow((row, i) => {
          if (i > 1) marked.add(`${row.getCell(2).value}!${(row.getCell(3).value as { text: string }).text}`);
        });
        for (const wsBefore of before.worksheets) {
          const wsAfter = after.getWorksheet(wsBefore.name)!;
          const rows = Math.max(wsBefore.rowCount, wsAfter.rowCount);
          const cols = Math.max(wsBefore.columnCount, wsAfter.columnCount);
          for (let row = 1; row <= rows; row++) {
            for (let col = 1; col <= cols; col++) {
              const [a, b] = [wsBefore.getCell(row, col), wsAfter.getCell(row, col)];
              if (marked.has(`${wsBefore.name}!${b.address}`)) {
                expect([b.address, markedLook(b, a)]).toEqual([a.address, a.font ? look(a) : unstyledLook(a)]);
                if (!a.font) expect(b.font ?? DEFAULT_FONT).toEqual(DEFAULT_FONT);
                expect(Object.values(MARK_FILL).map((f) => `FF${f}`)).toContain((b.fill as ExcelJS.FillPattern).fgColor?.argb);
                expect(noteOf(b).startsWith(noteOf(a))).toBe(true);
                expect(noteOf(b)).toMatch(/\[[a-z0-9-]+\] /);
              } else {
                expect([b.address, look(b), fillOf(b), noteOf(b)]).toEqual([a.address, look(a), fillOf(a), noteOf(a)]);
              }
            }
          }
        }
      }),
      fuzzParameters(RUNS),
    );
  },
  timeoutFor(RUNS, 2_000),
);
