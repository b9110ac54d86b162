import { readTables } from "../../core/read-tables";
import { PAGU_RULES } from "../../core/rules/groups/pagu";
import { validateTable } from "../../core/rules/validate";
import { expectedFindings, recall, validateFixture } from "../support/expected-findings";
import { FIXTURES, fixtureGrid, fixtureXlsxGrid, type FixtureName } from "../support/fixtures";

const MONEY_RULES = ["pagu-rollup", "pagu-rounding", "pagu-final"];

describe("pagu group on the real fixtures", () => {
  for (const rule of MONEY_RULES) {
    const withExpected = FIXTURES.filter((name) => expectedFindings(name).some((e) => e.rule === rule && e.confidence === "high"));
    for (const name of withExpected) {
      it(`${rule} finds every high-confidence finding of ${name}`, () => {
        const r = recall(name, [rule], ["high"]);
        expect(r.missed).toEqual([]);
        expect(r.share).toBeGreaterThanOrEqual(0.95);
      });
    }
  }

  it("has high-confidence expectations to check on balangan-tc27 and rotendao-rumusan", () => {
    const counts = (name: FixtureName, rule: string) => expectedFindings(name).filter((e) => e.rule === rule && e.confidence === "high").length;
    expect([counts("balangan-tc27", "pagu-rollup"), counts("balangan-tc27", "pagu-rounding"), counts("balangan-tc27", "pagu-final")]).toEqual([24, 19, 18]);
    expect(counts("rotendao-rumusan", "pagu-rollup")).toBe(2);
  });

  // The lists are complete for roll-ups and kondisi akhir sums (DOMAIN.md §8): a money finding on any other cell is a false alarm.
  for (const name of FIXTURES) {
    it(`reports no pagu-rollup, pagu-rounding or pagu-final cell the expected file of ${name} lacks`, () => {
      const expected = expectedFindings(name).filter((e) => MONEY_RULES.includes(e.rule));
      const extra = validateFixture(name)
        .filter((f) => MONEY_RULES.includes(f.rule))
        .filter((f) => !expected.some((e) => e.rule === f.rule && e.row === f.row && e.col === f.col));
      expect(extra.map((f) => `${f.rule} ${f.cell}`)).toEqual([]);
    });

    it(`reports no pagu-rollup or pagu-final finding on a row without an expected money finding in ${name}`, () => {
      const moneyRows = new Set(expectedFindings(name).filter((e) => MONEY_RULES.includes(e.rule)).map((e) => e.row));
      const stray = validateFixture(name).filter((f) => (f.rule === "pagu-rollup" || f.rule === "pagu-final") && !moneyRows.has(f.row));
      expect(stray.map((f) => `${f.rule} ${f.cell}`)).toEqual([]);
    });
  }

  it("states the kondisi akhir window of balangan-tc27 as a convention", () => {
    const [table] = readTables(fixtureGrid("balangan-tc27"));
    const c = validateTable(table, "id", PAGU_RULES).conventions.find((x) => x.key === "final-window");
    expect(c).toMatchObject({ value: "2021-2026" });
    expect(c!.support / c!.total).toBeGreaterThan(0.8);
  });

  it("keeps pagu-without-target and target-without-pagu quiet on the real tables", () => {
    // balangan-tc27: 7 yearly Rp with a blank target (2021 on rows 50, 105, 110, 112, 115, 122 — the
    // expected file's value-missing cells — and 2024 on row 137), 5 sub kegiatan targets with "-" Rp.
    const count = (name: FixtureName, rule: string) => validateFixture(name).filter((f) => f.rule === rule).length;
    expect(count("balangan-tc27", "pagu-without-target")).toBe(7);
    expect(count("balangan-tc27", "target-without-pagu")).toBe(5);
    expect(count("rotendao-rumusan", "pagu-without-target") + count("rotendao-rumusan", "target-without-pagu")).toBe(0);
  });

  it("finds the same money findings when balangan-tc27 comes as a typed .xlsx (decimals read from the number format)", async () => {
    const keys = (t: ReturnType<typeof readTables>[number]) => validateTable(t, "id", PAGU_RULES).findings.map((f) => `${f.rule} ${f.cell} ${f.expected}`);
    const fromText = keys(readTables(fixtureGrid("balangan-tc27"))[0]);
    const fromXlsx = keys(readTables(await fixtureXlsxGrid("balangan-tc27"))[0]);
    expect(fromXlsx).toEqual(fromText);
  });
});
