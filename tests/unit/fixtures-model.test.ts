import Decimal from "decimal.js";
import type { ModelRow, TableModel } from "../../core/model";
import { TableModelSchema } from "../../core/model";
import { readTables } from "../../core/read-tables";
import { FIXTURES, fixtureGrid, fixtureJson, fixtureXlsxGrid } from "../support/fixtures";

interface RowsJson {
  rows: { row: number; level: string; code: string }[];
}

describe("balangan-tc27 row levels", () => {
  const [table] = readTables(fixtureGrid("balangan-tc27"));
  const expected = fixtureJson<RowsJson>("balangan-tc27.rows").rows;
  const got = new Map(table.model.rows.map((r) => [r.row, r]));

  test("agree with the verified levels on at least 95 % of rows", () => {
    const disagreements = expected.filter((e) => got.get(e.row)?.level !== e.level).map((e) => `${e.row}: ${e.level} ≠ ${got.get(e.row)?.level}`);
    expect(disagreements.length / expected.length).toBeLessThanOrEqual(0.05);
    // Every row of the document is in the model, and no other.
    expect(table.model.rows.map((r) => r.row)).toEqual(expected.map((e) => e.row));
  });

  test("codes are read as printed", () => {
    for (const e of expected.filter((x) => /^\d/.test(x.code))) expect(got.get(e.row)?.code?.text).toBe(e.code);
    // Headings written in the Kode column are names, not codes.
    expect(got.get(54)?.code).toBeNull();
    expect(got.get(54)?.name).toBe("Urusan Bidang Pemberdayaan Perempuan dan Perlindungan Anak");
  });

  test("the tree: kegiatan under their program, subs under their kegiatan, totals over their block", () => {
    const at = (row: number) => got.get(row)!;
    const parentRow = (row: number) => table.model.rows[at(row).parent!].row;
    expect(parentRow(8)).toBe(7); // 1 06 01 2 01 01 under 1 06 01 2 1
    expect(parentRow(7)).toBe(5); // kegiatan under PROGRAM PENUNJANG
    expect(parentRow(112)).toBe(111); // the sub under the kegiatan row printed with a sub code
    expect(at(6).continues).toBe(at(5).index); // second program indicator
    expect(at(76).continues).toBe(at(74).index); // amounts of the row above, printed in Target columns
    const childRows = (row: number) => at(row).children.map((i) => table.model.rows[i].row);
    expect(childRows(53)).toEqual([5, 34, 49]); // Sosial total = its programs
    expect(childRows(139)).toEqual([53, 103, 138]); // TOTAL KESELURUHAN = the urusan totals
  });

  test("every value keeps its sheet cell, and money is exact", () => {
    const h7 = got.get(7)!.values.find((v) => v.col === 9)!;
    expect(h7.cell.kind).toBe("money");
    expect(h7.cell.value!.equals(new Decimal("87026000"))).toBe(true);
    const s5 = got.get(5)!.values.find((v) => v.col === 19)!;
    expect(s5.cell.value!.toString()).toBe("64858900185.3");
    const target = got.get(40)!.values.find((v) => v.col === 8)!; // "6.054" in an Indonesian table
    expect(target.cell.value!.toString()).toBe("6054");
  });
});

/**
 * What must not depend on how the sheet stores its numbers. A text token that is ambiguous on its own
 * ("80,127") has no single reading, while Excel typed it one way: those cells are compared by kind only.
 */
function comparable(model: TableModel, ambiguous: Set<string>) {
  return model.rows.map((r: ModelRow) => ({
    row: r.row,
    level: r.level,
    code: r.code?.key ?? null,
    name: r.name,
    indicator: r.indicator,
    parent: r.parent,
    continues: r.continues,
    values: r.values.map((v) => ({
      col: v.col,
      role: v.role,
      year: v.year,
      value: ambiguous.has(`${v.row}:${v.col}`) ? "ambiguous" : (v.cell.value?.toString() ?? v.cell.kind),
    })),
  }));
}

describe.each(FIXTURES)("%s model", (name) => {
  test("validates against the schema", () => {
    for (const t of readTables(fixtureGrid(name))) expect(() => TableModelSchema.parse(t.model)).not.toThrow();
  });

  test("is the same from the text sheet and from the typed-number workbook", async () => {
    const [fromText] = readTables(fixtureGrid(name));
    const [fromXlsx] = readTables(await fixtureXlsxGrid(name));
    const ambiguous = new Set(fromText.model.rows.flatMap((r) => r.values.filter((v) => v.cell.reading === "ambiguous").map((v) => `${v.row}:${v.col}`)));
    expect(comparable(fromXlsx.model, ambiguous)).toEqual(comparable(fromText.model, ambiguous));
  });
});

test("rotendao-capaian: a table mixing conventions leaves '80,127' ambiguous rather than guessing", () => {
  const [t] = readTables(fixtureGrid("rotendao-capaian"));
  expect(t.model.numbers.reading).toBe("mixed");
  const row6 = t.model.rows.find((r) => r.row === 6)!;
  const e6 = row6.values.find((v) => v.col === 5)!;
  expect(e6.cell.text).toBe("80,127");
  expect(e6.cell.reading).toBe("ambiguous");
  expect(e6.cell.alternatives!.map((d) => d.toString())).toEqual(["80.127", "80127"]);
});
