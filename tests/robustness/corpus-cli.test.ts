/**
 * The bad-input corpus through the real `tc27` process: every file gets a result or a clear message in
 * Bahasa Indonesia naming the file (and the sheet when a sheet is the problem), the documented exit
 * code, and never a stack trace or a library's own error text.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { runCli } from "../support/run-cli";
import { CORPUS, writeCorpus } from "./support/corpus";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "tc27-corpus-cli-"));
let files: Map<string, string>;
beforeAll(async () => {
  files = await writeCorpus(tmp);
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const file = (name: string) => files.get(name)!;
const STACK = /\n\s+at |Error: |TypeError|ENOENT|ExcelJS|jszip|zip/i;

interface FileJson {
  file: string;
  tables: { sheet: string; kind: string; range: string; findings: { rule: string; severity: string; cell: string; row: number; col: number; message: string }[] }[];
  notices: string[];
  error: string | null;
}

describe("validate --json over the whole corpus in one run", () => {
  let result: ReturnType<typeof runCli>;
  let byFile: Map<string, FileJson>;
  beforeAll(() => {
    result = runCli(["validate", "--json", ...CORPUS.map((c) => file(c.file))]);
    byFile = new Map((JSON.parse(result.stdout).files as FileJson[]).map((f) => [path.basename(f.file), f]));
  });

  test("one report per file, exit code 2 (some files cannot be used), nothing on stderr", () => {
    expect([...byFile.keys()]).toEqual(CORPUS.map((c) => c.file));
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("");
  });

  test.each([
    ["lembar-kosong.xlsx", ['tidak berisi tabel yang dikenali', 'Lembar "Kosong" kosong.']],
    ["tanpa-judul-kolom.xlsx", ['tidak berisi tabel yang dikenali', 'Lembar "Data" tidak berisi tabel yang dikenali']],
    ["rusak.xlsx", ["tidak dapat dibaca: bukan berkas .xlsx yang sah (mungkin rusak)."]],
    ["sandi.xlsx", ["dilindungi kata sandi; buka kunci di Excel lalu simpan ulang."]],
  ])("%s: no table, and an Indonesian message naming the file and what is wrong", (name, parts) => {
    const f = byFile.get(name)!;
    expect(f.tables).toEqual([]);
    expect(f.error).toContain(`"${file(name)}"`);
    for (const p of parts) expect(f.error).toContain(p);
    expect(f.error).not.toMatch(STACK);
  });

  test("every other file yields its tables, each finding with a cell inside the table's range", () => {
    const unusable = new Set(["lembar-kosong.xlsx", "tanpa-judul-kolom.xlsx", "rusak.xlsx", "sandi.xlsx"]);
    for (const c of CORPUS.filter((x) => !unusable.has(x.file))) {
      const f = byFile.get(c.file)!;
      expect([c.file, f.error]).toEqual([c.file, null]);
      expect(f.tables.length).toBeGreaterThan(0);
      for (const t of f.tables) {
        const [, c1, r1, c2, r2] = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(t.range)!;
        const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
        for (const x of t.findings) {
          expect(x.row >= Number(r1) && x.row <= Number(r2) && x.col >= col(c1) && x.col <= col(c2)).toBe(true);
          expect(x.message).not.toMatch(/\n\s+at /);
        }
      }
    }
  });

  test("an empty sheet beside a table is a notice; the table is checked", () => {
    const f = byFile.get("lembar-kosong-dan-tabel.xlsx")!;
    expect(f.notices).toEqual(['Lembar "Kosong" kosong.']);
    expect(f.tables.map((t) => t.sheet)).toEqual(["T-C.27"]);
  });

  test("the header-only table is read and has nothing to report", () => {
    const f = byFile.get("hanya-judul-kolom.xlsx")!;
    expect(f.tables.map((t) => [t.range, t.findings.length])).toEqual([["A1:O4", 0]]);
  });

  test("the text files read as the same table as the workbook, under their file's name", () => {
    for (const name of ["utf16.csv", "ansi.csv", "koma.csv", "titik-koma.csv", "tab.csv"]) {
      const f = byFile.get(name)!;
      expect(f.tables.map((t) => [t.sheet, t.kind, t.range])).toEqual([[path.basename(name, ".csv"), "renstra-program", "A1:O8"]]);
      expect(f.tables[0].findings.filter((x) => x.severity === "error")).toEqual([]);
    }
  });
});

describe("exit codes, one file at a time", () => {
  test.each([
    ["utuh.xlsx", 0],
    ["nilai-galat.xlsx", 1],
    ["lembar-kosong.xlsx", 2],
    ["rusak.xlsx", 2],
  ])("validate %s exits %i, with no stack trace", (name, code) => {
    const r = runCli(["validate", file(name)]);
    expect(r.code).toBe(code);
    expect(r.stderr).toBe("");
    expect(r.stdout).not.toMatch(/\n\s+at /);
  });

  test("inspect names the unreadable files in English on request, exit code 2", () => {
    const r = runCli(["inspect", "--lang", "en", file("rusak.xlsx"), file("sandi.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(`File "${file("rusak.xlsx")}" cannot be read: not a valid .xlsx file (it may be damaged).`);
    expect(r.stdout).toContain(`File "${file("sandi.xlsx")}" is password-protected; unlock it in Excel and save it again.`);
    expect(r.stderr).toBe("");
  });

  test.each(["annotate", "recalc", "generate"])("%s on the password-protected file: exit 2, the message, no output", (command) => {
    const out = path.join(tmp, `keluaran-${command}.xlsx`);
    const r = runCli([command, file("sandi.xlsx"), "--out", out]);
    expect(r.code).toBe(2);
    expect(r.stdout.trim()).toBe(`Berkas "${file("sandi.xlsx")}" dilindungi kata sandi; buka kunci di Excel lalu simpan ulang.`);
    expect(r.stderr).toBe("");
    expect(fs.existsSync(out)).toBe(false);
  });
});
