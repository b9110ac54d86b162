import { readFileSync } from "fs";
import { join } from "path";
import { readColumn } from "../../core/cells";
import type { ColumnCell } from "../../core/cells";

const texts = (...cells: string[]): ColumnCell[] => cells.map((raw) => ({ raw }));

/** Column `col` (1-based) of a fixture, from sheet row `fromRow` (1-based) down. */
function fixtureColumn(fixture: string, col: number, fromRow: number): ColumnCell[] {
  const lines = readFileSync(join(__dirname, "..", "fixtures", fixture), "utf8").split("\n").filter((l) => l !== "");
  return lines.slice(fromRow - 1).map((line) => ({ raw: line.split("\t")[col - 1] ?? null }));
}

/** The parsed cell whose text is `text`. */
function cellOf(result: ReturnType<typeof readColumn>, text: string) {
  const cell = result.cells.find((c) => c.text === text);
  if (!cell) throw new Error(`no cell ${text}`);
  return { ...cell, value: cell.value?.toString() };
}

describe("readColumn: constructed columns", () => {
  test("an Indonesian decimal comma decides a dotted group as thousands", () => {
    const r = readColumn(texts("76,47", "76,48", "6.054", "100%", ""));
    expect(r.reading).toBe("id");
    expect(r.evidence).toEqual({ id: 2, en: 0 });
    expect(r.mixed).toBe(false);
    expect(cellOf(r, "6.054")).toMatchObject({ value: "6054", reading: "id", evidence: "column" });
    // Cells that were decided already keep their own evidence.
    expect(cellOf(r, "76,48")).toMatchObject({ value: "76.48", evidence: "token" });
  });

  test("an English multi-group amount decides a single comma group as thousands", () => {
    const r = readColumn(texts("13,738,054,600", "500,000", "0", "-"));
    expect(r.reading).toBe("en");
    expect(cellOf(r, "500,000")).toMatchObject({ value: "500000", reading: "en", evidence: "column" });
  });

  test("direct evidence about the same separator decides even when indirect evidence is not allowed", () => {
    const r = readColumn(texts("13,738,054,600", "500,000"), { indirectAllowed: false });
    expect(cellOf(r, "500,000")).toMatchObject({ value: "500000", evidence: "column" });
  });

  test("evidence about the other separator decides only when allowed", () => {
    const cells = texts("65.38%", "1.33%", "80,127", "51.90%");
    const strict = readColumn(cells, { indirectAllowed: false });
    expect(strict.reading).toBe("en");
    expect(cellOf(strict, "80,127")).toMatchObject({ value: "80.127", reading: "ambiguous", evidence: "none" });
    const loose = readColumn(cells);
    expect(cellOf(loose, "80,127")).toMatchObject({ value: "80127", reading: "en", evidence: "column" });
  });

  test("a column with both conventions is mixed and decides nothing", () => {
    const r = readColumn(texts("48.64%", "34,96%", "90,957", "100%"));
    expect(r.mixed).toBe(true);
    expect(r.reading).toBe("undecided");
    expect(r.evidence).toEqual({ id: 1, en: 1 });
    expect(cellOf(r, "90,957")).toMatchObject({ reading: "ambiguous", alternatives: expect.any(Array) });
  });

  test("no decisive cell: undecided, ambiguous cells stay ambiguous", () => {
    const r = readColumn(texts("21.256", "100", "", "Rp -"));
    expect(r.reading).toBe("undecided");
    expect(r.evidence).toEqual({ id: 0, en: 0 });
    expect(cellOf(r, "21.256")).toMatchObject({ reading: "ambiguous", evidence: "none" });
  });

  test("typed numbers are evidence of nothing", () => {
    const r = readColumn([{ raw: 1234.56 }, { raw: 0.85, format: "0%" }, { raw: "6.054" }]);
    expect(r.reading).toBe("undecided");
    expect(r.cells[1].value?.toString()).toBe("85");
    expect(r.cells[2].reading).toBe("ambiguous");
  });

  test("a count unit decides its own cell and counts as evidence", () => {
    const r = readColumn(texts("21.279 Ruta", "6.054"));
    expect(r.reading).toBe("id");
    expect(cellOf(r, "21.279 Ruta")).toMatchObject({ value: "21279", evidence: "unit" });
    expect(cellOf(r, "6.054")).toMatchObject({ value: "6054", evidence: "column" });
  });
});

describe("readColumn: real columns", () => {
  test("Balangan T-C.27, Target 2022: '76,48' decides '6.054', '9.336', '3.757' as thousands", () => {
    const r = readColumn(fixtureColumn("balangan-tc27.tsv", 8, 5));
    expect(r.reading).toBe("id");
    expect(r.mixed).toBe(false);
    expect(cellOf(r, "6.054")).toMatchObject({ value: "6054", evidence: "column" });
    expect(cellOf(r, "9.336")).toMatchObject({ value: "9336", evidence: "column" });
    expect(cellOf(r, "3.757")).toMatchObject({ value: "3757", evidence: "column" });
  });

  test("Balangan T-C.27, Rp 2021: '500.000' beside '21.510.000' is Rp 500.000", () => {
    const r = readColumn(fixtureColumn("balangan-tc27.tsv", 7, 5));
    expect(cellOf(r, "500.000")).toMatchObject({ value: "500000", reading: "id", evidence: "column" });
  });

  test("Balangan T-C.24, Rata-rata pertumbuhan Realisasi: both negative notations, one convention", () => {
    const r = readColumn(fixtureColumn("balangan-tc24.tsv", 18, 5));
    expect(r.reading).toBe("id");
    expect(cellOf(r, "- 591.315")).toMatchObject({ value: "-591315", negativeNotation: "spaced-minus", evidence: "column" });
    expect(cellOf(r, "(56.126.048)")).toMatchObject({ value: "-56126048", negativeNotation: "parentheses" });
    const notations = new Set(r.cells.map((c) => c.negativeNotation).filter(Boolean));
    expect(notations).toEqual(new Set(["spaced-minus", "parentheses"]));
  });

  test("Rote Ndao evaluasi Renja: '500,000' in a column of '1,392,400,000' amounts is 500000", () => {
    const r = readColumn(fixtureColumn("rotendao-evaluasi-renja.tsv", 9, 5));
    expect(r.reading).toBe("en");
    expect(r.mixed).toBe(false);
    expect(cellOf(r, "500,000")).toMatchObject({ value: "500000", reading: "en", evidence: "column" });
  });

  test("Rote Ndao capaian, Target 2021: '80,127' among '65.38%' stays ambiguous when the table mixes conventions", () => {
    const cells = fixtureColumn("rotendao-capaian.tsv", 5, 4);
    const strict = readColumn(cells, { indirectAllowed: false });
    expect(strict.mixed).toBe(false);
    expect(cellOf(strict, "80,127")).toMatchObject({
      value: "80.127",
      reading: "ambiguous",
      evidence: "none",
      alternatives: expect.any(Array),
    });
    expect(cellOf(strict, "65.38%")).toMatchObject({ kind: "percent", value: "65.38", reading: "en" });
    // Allowed indirect evidence would read it the English way.
    expect(cellOf(readColumn(cells), "80,127")).toMatchObject({ value: "80127", reading: "en" });
  });

  test("Rote Ndao capaian, Realisasi 2022: '34,96%' among '48.64%' is number-format-mixed; '90,957' stays ambiguous", () => {
    const r = readColumn(fixtureColumn("rotendao-capaian.tsv", 10, 4));
    expect(r.mixed).toBe(true);
    expect(r.reading).toBe("undecided");
    expect(cellOf(r, "34,96%")).toMatchObject({ value: "34.96", reading: "id" });
    expect(cellOf(r, "90,957")).toMatchObject({ reading: "ambiguous" });
  });

  test("Rote Ndao rumusan, Target: '19.65%' beside '21.279 Ruta' is mixed; the counts are whole", () => {
    const r = readColumn(fixtureColumn("rotendao-rumusan.tsv", 10, 5));
    expect(r.mixed).toBe(true);
    expect(cellOf(r, "21.279 Ruta")).toMatchObject({ value: "21279", evidence: "unit" });
    expect(cellOf(r, "10.500 KK")).toMatchObject({ value: "10500", evidence: "unit" });
  });
});
