import { runCli } from "../support/run-cli";

test("validate --json prints findings with rule, severity, cell and 1-based coordinates", () => {
  const r = runCli(["validate", "--json", "tests/fixtures/balangan-tc27.tsv"]);
  const out = JSON.parse(r.stdout);
  const [table] = out.files[0].tables;
  expect(table).toMatchObject({ sheet: "balangan-tc27", kind: "renstra-program", range: "A1:T139" });
  expect(table.findings.length).toBeGreaterThan(0);
  for (const f of table.findings) {
    expect(Object.keys(f)).toEqual(expect.arrayContaining(["rule", "severity", "cell", "row", "col", "message", "expected", "actual"]));
    expect(f.row).toBeGreaterThanOrEqual(5);
    expect(f.col).toBeGreaterThanOrEqual(1);
  }
  // The Balangan table has arithmetic errors: exit code 1.
  expect(r.code).toBe(1);
});

test("validate prints a linter-style report grouped by rule, in English on request", () => {
  const r = runCli(["validate", "--lang", "en", "tests/fixtures/balangan-tc27.tsv"]);
  expect(r.stdout).toMatch(/pagu-rollup \(\d+\)/);
  expect(r.stdout).toMatch(/\d+ errors · \d+ warnings · \d+ info/);
});

test("validate exits 2 on an unreadable file", () => {
  const r = runCli(["validate", "does-not-exist.xlsx"]);
  expect(r.code).toBe(2);
});
