import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { runCli } from "../support/run-cli";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "tc27-inspect-"));
const write = (name: string, content: string | Buffer) => {
  const p = path.join(tmp, name);
  fs.writeFileSync(p, content);
  return p;
};
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

test("inspect --json prints the contract of ARCHITECTURE.md §3 for the example workbook", () => {
  const r = runCli(["inspect", "--json", "examples/balangan-tc27.xlsx"]);
  expect(r.code).toBe(0);
  const out = JSON.parse(r.stdout);
  expect(out.files).toHaveLength(1);
  const [file] = out.files;
  expect(file.error).toBeNull();
  expect(file.tables).toHaveLength(1);
  const t = file.tables[0];
  expect(t).toMatchObject({ sheet: "T-C.27", kind: "renstra-program", range: "A1:T139", years: [2021, 2022, 2023, 2024, 2025, 2026] });
  expect(t.conventions.codes).toBe("single");
  expect(t.rows).toHaveLength(135);
  expect(t.rows[0]).toEqual({ row: 5, level: "program", code: "1 06 01" });
  expect(t.rows.find((x: { row: number }) => x.row === 139)).toEqual({ row: 139, level: "total", code: null });
});

test("inspect reads many files at once, .tsv and .csv included", () => {
  const csv = write("tc24.csv", fs.readFileSync("tests/fixtures/balangan-tc24.tsv", "utf8").replace(/\t/g, ";"));
  const r = runCli(["inspect", "--json", "tests/fixtures/rotendao-rumusan.tsv", csv]);
  expect(r.code).toBe(0);
  const kinds = JSON.parse(r.stdout).files.map((f: { tables: { kind: string }[] }) => f.tables[0].kind);
  expect(kinds).toEqual(["rumusan-renja", "anggaran-realisasi"]);
});

test("a corrupt workbook gives a message naming the file and exit code 2, no stack trace", () => {
  const bad = write("rusak.xlsx", Buffer.from("this is not a zip file at all"));
  const r = runCli(["inspect", bad]);
  expect(r.code).toBe(2);
  expect(r.stdout).toContain(`Berkas "${bad}"`);
  expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
});

test("an empty sheet and a sheet with no known table name the sheet, exit 2", () => {
  const empty = write("kosong.csv", "");
  const list = write("daftar.csv", "Nama;Alamat\nBudi;Jl. Merdeka 1\nSiti;Jl. Sudirman 2\n");
  const r = runCli(["inspect", "--json", empty, list]);
  expect(r.code).toBe(2);
  const [a, b] = JSON.parse(r.stdout).files;
  expect(a.error).toContain('Lembar "kosong" kosong');
  expect(b.error).toContain('Lembar "daftar" tidak berisi tabel yang dikenali');
});

test("--lang en gives English messages", () => {
  const r = runCli(["inspect", "--lang", "en", path.join(tmp, "missing.xlsx")]);
  expect(r.code).toBe(2);
  expect(r.stdout).toContain("not found");
});
