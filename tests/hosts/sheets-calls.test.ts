import { sheetsBench } from "../bench/sheets-bench";

describe("service calls per command", () => {
  // 400 rows, not fewer: the generator puts an error in every 200th row, so both tables have findings to mark.
  test("do not grow with the table: the same for every command at 400 and 5 000 rows", () => {
    const figures = sheetsBench([400, 5_000]);
    const at = (rows: number) => figures.filter((f) => f.rows === rows).map((f) => [f.command, f.calls]);
    expect(at(5_000)).toEqual(at(400));
    expect(at(400).map(([command]) => command)).toEqual(["validate", "clear", "recalc", "undo", "normalize", "generate"]);
    for (const f of figures) expect(f.calls).toBeLessThan(150);
  }, 300_000);
});
