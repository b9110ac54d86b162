import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
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

test("--nomenclature checks codes and names against the user's list", () => {
  const list = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "tc27-nom-")), "nomenklatur.csv");
  fs.writeFileSync(
    list,
    "Kode;Nomenklatur\n1.06.01;PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA\n" +
      "1.06.01.2.01;Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah\n" +
      "1.06.01.2.01.01;Penyusunan Dokumen Renstra\n",
  );
  const r = runCli(["validate", "--json", "--nomenclature", list, "tests/fixtures/balangan-tc27.tsv"]);
  const findings = JSON.parse(r.stdout).files[0].tables[0].findings.filter((f: { rule: string }) => f.rule === "code-nomenclature");
  const byCell = new Map(findings.map((f: { cell: string; message: string }) => [f.cell, f.message]));
  expect(byCell.has("A5")).toBe(false); // listed, same name
  expect(byCell.has("A7")).toBe(false); // "1 06 01 2 1" is 1.06.01.2.01, listed
  expect(byCell.get("A8")).toContain("berbeda dengan nomenklatur"); // listed under another name
  expect(byCell.get("A9")).toContain("tidak ada dalam daftar"); // not listed
});
