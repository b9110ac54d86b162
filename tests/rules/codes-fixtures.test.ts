import { readTables } from "../../core/read-tables";
import { CODES_RULES } from "../../core/rules/groups/codes";
import { validateTable } from "../../core/rules/validate";
import { expectedFindings, recall } from "../support/expected-findings";
import { FIXTURES, fixtureGrid } from "../support/fixtures";

const OUR_RULES = CODES_RULES.map((r) => r.meta.id as string);

describe("recall on the real tables", () => {
  // Every expected finding of the group, high and low, is found (share 1 on all of them).
  const cases: [(typeof FIXTURES)[number], string, ("high" | "low")[]][] = [
    ["balangan-tc27", "code-format", ["high"]],
    ["balangan-tc27", "code-duplicate", ["high"]],
    ["balangan-tc27", "code-parent", ["high"]],
    ["rotendao-evaluasi-renja", "code-missing", ["low"]],
    ["rotendao-rumusan", "code-missing", ["low"]],
    ["rotendao-evaluasi-renja", "layout-year", ["low"]],
  ];
  it.each(cases)("%s %s", (fixture, rule, confidence) => {
    const r = recall(fixture, [rule], confidence);
    expect(r.expected.length).toBeGreaterThan(0);
    expect(r.missed).toEqual([]);
    expect(r.share).toBeGreaterThanOrEqual(0.95);
  });

  it("reports both code-format problems of a row as distinct findings (balangan-tc27 rows 111, 127)", () => {
    const [table] = readTables(fixtureGrid("balangan-tc27"));
    const found = validateTable(table, "en", CODES_RULES).findings.filter((f) => f.rule === "code-format");
    const expected = expectedFindings("balangan-tc27").filter((e) => e.rule === "code-format" && e.confidence === "high");
    expect(found).toHaveLength(expected.length);
    for (const row of [111, 127]) {
      const messages = found.filter((f) => f.row === row).map((f) => f.message);
      expect(new Set(messages).size).toBe(2);
    }
    const byRow = (row: number) => found.filter((f) => f.row === row).map((f) => f.expected).sort();
    expect(byRow(35)).toEqual(["1 06 02 2 01"]);
    expect(byRow(49)).toEqual(["1 06 07"]);
    expect(byRow(111)).toEqual(["2 13 04 2 01 01", "2 13 04 2,01"]);
  });
});

describe("precision on the real tables", () => {
  it.each(FIXTURES)("%s: every codes-group finding is on a row the expected file lists for that rule", (fixture) => {
    const [table] = readTables(fixtureGrid(fixture));
    const expected = expectedFindings(fixture);
    const found = validateTable(table, "en", CODES_RULES).findings;
    const unexpected = found.filter((f) => !expected.some((e) => e.rule === f.rule && e.row === f.row));
    expect(unexpected.map((f) => `${f.cell} ${f.rule}: ${f.message}`)).toEqual([]);
    expect(found.every((f) => OUR_RULES.includes(f.rule))).toBe(true);
  });
});
