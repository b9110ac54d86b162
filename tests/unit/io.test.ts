import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import {
  WorkbookReadError,
  detectDelimiter,
  parseCsv,
  readWorkbookBytes,
  readWorkbookFile,
} from "../../cli/io/read-workbook";
import type { Grid } from "../../core/grid";
import { buildTc27Example } from "../support/build-examples";
import { typedIndonesianNumber } from "../support/tsv-to-xlsx";

const ROOT = path.resolve(__dirname, "..", "..");
const FIXTURE_TSV = path.join(ROOT, "tests", "fixtures", "balangan-tc27.tsv");
const EXAMPLE_XLSX = path.join(ROOT, "examples", "balangan-tc27.xlsx");

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "tc27-io-"));
});
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

function tmpFile(name: string, content: string | Uint8Array): string {
  const p = path.join(tmp, name);
  fs.writeFileSync(p, content);
  return p;
}

/** Cell at 1-based sheet row/col (origin is A1 for every reader). */
function at(g: Grid, row: number, col: number) {
  return g.values[row - 1]?.[col - 1] ?? null;
}
function fmt(g: Grid, row: number, col: number) {
  return g.numberFormats?.[row - 1]?.[col - 1] ?? null;
}
function formula(g: Grid, row: number, col: number) {
  return g.formulas?.[row - 1]?.[col - 1] ?? null;
}

async function expectReadError(file: string, code: string, message: string) {
  let caught: unknown;
  try {
    await readWorkbookFile(file);
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(WorkbookReadError);
  const err = caught as WorkbookReadError;
  expect(err.code).toBe(code);
  expect(err.message).toBe(message);
  expect(err.file).toBe(file);
  expect(err.messageEn).toContain(file);
  return err;
}

describe(".tsv", () => {
  test("the balangan-tc27 fixture: 139 rows × 20 columns of text, A1-based", async () => {
    const { file, sheets } = await readWorkbookFile(FIXTURE_TSV);
    expect(file).toBe(FIXTURE_TSV);
    expect(sheets).toHaveLength(1);
    const g = sheets[0];
    expect(g.sheet).toBe("balangan-tc27");
    expect([g.originRow, g.originCol]).toEqual([1, 1]);
    expect(g.values).toHaveLength(139);
    for (const row of g.values) expect(row).toHaveLength(20);
    expect(at(g, 1, 1)).toBe("Kode");
    expect(at(g, 1, 6)).toBe("Target Kinerja Program dan Kerangka Pendanaan");
    expect(at(g, 1, 7)).toBeNull();
    expect(at(g, 2, 6)).toBe("Tahun 2021");
    expect(at(g, 4, 1)).toBe("(2)");
    expect(at(g, 5, 1)).toBe("1 06 01");
    expect(at(g, 5, 4)).toBeNull(); // Satuan blank
    expect(at(g, 5, 19)).toBe("64.858.900.185,30");
    expect(at(g, 7, 9)).toBe("Rp 87.026.000,00");
    expect(at(g, 6, 5)).toBe("100%");
    expect(at(g, 139, 20)).toBeNull();
    for (const row of g.values) for (const v of row) expect(v === null || typeof v === "string").toBe(true);
    expect(g.formulas).toBeUndefined();
  });

  test("CRLF, a trailing line, ragged rows padded, a wholly quoted field unwrapped", async () => {
    const f = tmpFile("quirks.tsv", 'a\tb\tc\r\n"x ""y"""\t\r\n\r\nlast\n');
    const g = (await readWorkbookFile(f)).sheets[0];
    expect(g.sheet).toBe("quirks");
    expect(g.values).toEqual([
      ["a", "b", "c"],
      ['x "y"', null, null],
      [null, null, null],
      ["last", null, null],
    ]);
  });

  test("UTF-16LE with BOM (Excel's Unicode Text export)", async () => {
    const text = "Kode\tUraian\n1 06\tSosial – Dinas\n";
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    const g = (await readWorkbookFile(tmpFile("u16.tsv", bytes))).sheets[0];
    expect(g.values).toEqual([
      ["Kode", "Uraian"],
      ["1 06", "Sosial – Dinas"],
    ]);
  });
});

describe(".csv", () => {
  test("';' delimiter (Indonesian Excel), quoted fields with ';', newlines and quotes, BOM", async () => {
    const csv =
      "\uFEFFKode;Program, Kegiatan;Target;Rp\r\n" +
      '1 06 01;"Program; dengan titik koma";76,47;Rp 87.026.000,00\r\n' +
      '1 06 01 2 1;"Baris\r\nkedua";"Kata ""kutip""";\r\n' +
      ";;;\r\n";
    const f = tmpFile("Tabel T-C.27.csv", csv);
    const g = (await readWorkbookFile(f)).sheets[0];
    expect(g.sheet).toBe("Tabel T-C.27");
    expect(g.values).toEqual([
      ["Kode", "Program, Kegiatan", "Target", "Rp"],
      ["1 06 01", "Program; dengan titik koma", "76,47", "Rp 87.026.000,00"],
      ["1 06 01 2 1", "Baris\r\nkedua", 'Kata "kutip"', null],
      [null, null, null, null],
    ]);
  });

  test("',' delimiter, quoted decimals, an empty middle line kept as a row", async () => {
    const g = parseCsv('a,b,c\n1,"2,5",x\n\n4,5,6');
    expect(g).toEqual([
      ["a", "b", "c"],
      ["1", "2,5", "x"],
      [null, null, null],
      ["4", "5", "6"],
    ]);
  });

  test("delimiter detection prefers the consistent split; sep= line honoured", () => {
    expect(detectDelimiter("a;b;c\n1,5;2,25;3\n")).toBe(";");
    expect(detectDelimiter("a,b,c\n1,2,3\n")).toBe(",");
    expect(detectDelimiter("a\tb\n1,5\t2\n")).toBe("\t");
    expect(parseCsv("sep=,\na;b,c\n")).toEqual([["a;b", "c"]]);
  });

  test("bytes that are not UTF-8 are read as windows-1252", async () => {
    // "Café" with é = 0xE9 and "€" = 0x80 in windows-1252.
    const bytes = Buffer.from([
      ...Buffer.from("Uraian;Catatan\nPelayanan Caf", "latin1"),
      0xe9,
      ...Buffer.from(";Biaya ", "latin1"),
      0x80,
      ...Buffer.from(" 10\n", "latin1"),
    ]);
    const g = (await readWorkbookFile(tmpFile("latin1.csv", bytes))).sheets[0];
    expect(g.values).toEqual([
      ["Uraian", "Catatan"],
      ["Pelayanan Café", "Biaya € 10"],
    ]);
  });
});

describe(".xlsx: the example workbook", () => {
  let g: Grid;
  let tsv: Grid;
  beforeAll(async () => {
    const out = await buildTc27Example(path.join(tmp, "balangan-tc27.xlsx"));
    const wb = await readWorkbookFile(out);
    expect(wb.sheets).toHaveLength(1);
    g = wb.sheets[0];
    tsv = (await readWorkbookFile(FIXTURE_TSV)).sheets[0];
  });

  test("sheet name, origin and shape", () => {
    expect(g.sheet).toBe("T-C.27");
    expect([g.originRow, g.originCol]).toEqual([1, 1]);
    expect(g.values).toHaveLength(139);
    for (const row of g.values) expect(row).toHaveLength(20);
    expect(g.formulas).toHaveLength(139);
    expect(g.numberFormats).toHaveLength(139);
  });

  test("merged header: text only in the top-left cell, slaves null", () => {
    expect(at(g, 1, 1)).toBe("Kode");
    expect(at(g, 2, 1)).toBeNull();
    expect(at(g, 3, 1)).toBeNull();
    expect(at(g, 1, 6)).toBe("Target Kinerja Program dan Kerangka Pendanaan");
    for (let c = 7; c <= 17; c++) expect(at(g, 1, c)).toBeNull();
    expect(at(g, 2, 6)).toBe("Tahun 2021");
    expect(at(g, 2, 7)).toBeNull();
    expect(at(g, 2, 16)).toBe("Tahun 2026");
    expect(at(g, 2, 17)).toBeNull();
    expect(at(g, 1, 18)).toMatch(/^Kondisi Kinerja/);
    expect(at(g, 1, 19)).toBeNull();
    expect(at(g, 2, 18)).toBe("Target");
    expect(at(g, 3, 18)).toBeNull();
    expect(at(g, 2, 19)).toBe("Rp");
    expect(at(g, 3, 19)).toBeNull();
    expect(at(g, 3, 6)).toBe("Target");
    expect(at(g, 3, 7)).toBe("Rp");
    expect(at(g, 4, 1)).toBe("(2)"); // column-number row stays text
  });

  test("typed numbers arrive as numbers with their format; codes and units stay text", () => {
    expect(at(g, 5, 1)).toBe("1 06 01");
    expect(at(g, 5, 5)).toBe(66.54);
    expect(fmt(g, 5, 5)).toBe("0.00");
    expect(at(g, 5, 19)).toBe(64858900185.3);
    expect(fmt(g, 5, 19)).toBe("#,##0.00");
    expect(at(g, 6, 6)).toBe(1); // "100%"
    expect(fmt(g, 6, 6)).toBe("0%");
    expect(at(g, 7, 7)).toBe(21510000); // "21.510.000"
    expect(fmt(g, 7, 7)).toBe("#,##0");
    expect(at(g, 7, 9)).toBe(87026000); // "Rp 87.026.000,00"
    expect(fmt(g, 7, 9)).toBe('"Rp "#,##0.00');
    expect(at(g, 8, 6)).toBe("3 Dokumen");
    expect(fmt(g, 8, 6)).toBeNull();
    expect(at(g, 7, 1)).toBe("1 06 01 2 1");
    expect(formula(g, 7, 7)).toBeNull();
  });

  test("every cell equals the fixture: text as written, numbers as the Indonesian reading of the text", () => {
    for (let r = 1; r <= 139; r++) {
      for (let c = 1; c <= 20; c++) {
        const text = at(tsv, r, c);
        const v = at(g, r, c);
        if (typeof v === "number") {
          const typed = typedIndonesianNumber(text as string);
          expect({ r, c, v, fmt: fmt(g, r, c) }).toEqual({ r, c, v: typed!.value, fmt: typed!.numFmt });
        } else {
          expect({ r, c, v }).toEqual({ r, c, v: text });
        }
      }
    }
  });

  const committed = fs.existsSync(EXAMPLE_XLSX) ? test : test.skip;
  committed("examples/balangan-tc27.xlsx reads the same as a fresh build", async () => {
    const ex = (await readWorkbookFile(EXAMPLE_XLSX)).sheets[0];
    expect(ex).toEqual(g);
  });
});

describe(".xlsx: cell kinds written with ExcelJS", () => {
  let g: Grid;
  let sheets: Grid[];
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Data");
    ws.getCell("A1").value = 2;
    ws.getCell("A2").value = 3;
    ws.getCell("A3").value = { formula: "SUM(A1:A2)", result: 5 };
    ws.getCell("A3").numFmt = "#,##0";
    ws.getCell("B1").value = { formula: "A1*2", result: 4, shareType: "shared", ref: "B1:B2" } as ExcelJS.CellValue;
    ws.getCell("B2").value = { sharedFormula: "B1", result: 6 } as ExcelJS.CellValue;
    ws.getCell("C1").value = { formula: "A1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellValue;
    ws.getCell("C2").value = { formula: 'IF(A1>0,"ya","tidak")', result: "ya" };
    ws.getCell("C3").value = { formula: "A1+1" } as ExcelJS.CellValue; // no cached result
    ws.getCell("D1").value = { error: "#N/A" } as ExcelJS.CellValue;
    ws.getCell("E1").value = { richText: [{ text: "Dinas " }, { font: { bold: true }, text: "Sosial" }] };
    ws.getCell("F1").value = { text: "situs", hyperlink: "https://balangankab.go.id" };
    ws.getCell("G1").value = true;
    ws.getCell("H1").value = new Date(Date.UTC(2024, 0, 31));
    ws.getCell("H1").numFmt = "dd/mm/yyyy";
    ws.getCell("I1").value = 0.85;
    ws.getCell("I1").numFmt = "0%";
    ws.getCell("J1").value = "Judul";
    ws.mergeCells("J1:K2");
    ws.getCell("A5").value = "setelah baris kosong";
    ws.getCell("A6").value = "General";
    ws.getCell("A6").numFmt = "General";
    ws.getCell("L8").numFmt = "0.00"; // styled but empty: outside the used range
    const hidden = wb.addWorksheet("Tersembunyi", { state: "hidden" });
    hidden.getCell("B2").value = "x";
    const file = path.join(tmp, "kinds.xlsx");
    await wb.xlsx.writeFile(file);
    sheets = (await readWorkbookFile(file)).sheets;
    g = sheets[0];
  });

  test("used range from A1, every sheet in tab order", () => {
    expect(sheets.map((s) => s.sheet)).toEqual(["Data", "Tersembunyi"]);
    expect(g.values).toHaveLength(6);
    for (const row of g.values) expect(row).toHaveLength(11);
    expect(g.values[3]).toEqual(new Array(11).fill(null)); // row 4 empty
    expect(sheets[1].values).toEqual([[null, null], [null, "x"]]);
  });

  test("formulas round-trip with their cached results", () => {
    expect(at(g, 3, 1)).toBe(5);
    expect(formula(g, 3, 1)).toBe("=SUM(A1:A2)");
    expect(fmt(g, 3, 1)).toBe("#,##0");
    expect(at(g, 1, 2)).toBe(4);
    expect(formula(g, 1, 2)).toBe("=A1*2");
    expect(at(g, 2, 2)).toBe(6);
    expect(formula(g, 2, 2)).toBe("=A2*2"); // shared formula translated
    expect(at(g, 1, 3)).toBe("#DIV/0!");
    expect(formula(g, 1, 3)).toBe("=A1/0");
    expect(at(g, 2, 3)).toBe("ya");
    expect(at(g, 3, 3)).toBeNull();
    expect(formula(g, 3, 3)).toBe("=A1+1");
    expect(formula(g, 1, 1)).toBeNull();
  });

  test("errors, rich text, hyperlinks, booleans, dates, formats, merges", () => {
    expect(at(g, 1, 4)).toBe("#N/A");
    expect(at(g, 1, 5)).toBe("Dinas Sosial");
    expect(at(g, 1, 6)).toBe("situs");
    expect(at(g, 1, 7)).toBe(true);
    expect(at(g, 1, 8)).toBe("2024-01-31");
    expect(fmt(g, 1, 8)).toBe("dd/mm/yyyy");
    expect(at(g, 1, 9)).toBe(0.85);
    expect(fmt(g, 1, 9)).toBe("0%");
    expect(at(g, 1, 10)).toBe("Judul");
    expect([at(g, 1, 11), at(g, 2, 10), at(g, 2, 11)]).toEqual([null, null, null]);
    expect(at(g, 5, 1)).toBe("setelah baris kosong");
    expect(fmt(g, 6, 1)).toBeNull(); // "General" → null
    expect(fmt(g, 1, 1)).toBeNull();
  });
});

describe("read errors", () => {
  test("random bytes named .xlsx", async () => {
    const bytes = Buffer.alloc(2048);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) & 0xff;
    const f = tmpFile("acak.xlsx", bytes);
    await expectReadError(f, "corrupt", `Berkas "${f}" tidak dapat dibaca: bukan berkas .xlsx yang sah (mungkin rusak).`);
  });

  test("a truncated zip: ExcelJS's failure is wrapped, no stack trace in the message", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("A").getCell("A1").value = 1;
    const buf = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const f = tmpFile("terpotong.xlsx", buf.subarray(0, Math.floor(buf.length / 2)));
    const err = await expectReadError(f, "corrupt", `Berkas "${f}" tidak dapat dibaca: bukan berkas .xlsx yang sah (mungkin rusak).`);
    expect(err.message).not.toMatch(/\n\s+at /);
    expect(err.detail).toBeTruthy(); // ExcelJS's own message, kept apart from the user-facing one
    expect(err.messageEn).toBe(`File "${f}" cannot be read: not a valid .xlsx file (it may be damaged).`);
  });

  test("a zip that is not a workbook", async () => {
    const bytes = Buffer.from("PK\u0003\u0004" + "hello.txt".padEnd(200, "\0"), "latin1");
    const f = tmpFile("arsip.xlsx", bytes);
    await expectReadError(f, "corrupt", `Berkas "${f}" tidak dapat dibaca: bukan berkas .xlsx yang sah (mungkin rusak).`);
  });

  test("an OLE/CFB file (password-protected .xlsx)", async () => {
    const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const f = tmpFile("terkunci.xlsx", Buffer.concat([header, Buffer.alloc(504), Buffer.from("EncryptedPackage", "utf16le")]));
    await expectReadError(f, "protected", `Berkas "${f}" dilindungi kata sandi; buka kunci di Excel lalu simpan ulang.`);
    const bare = tmpFile("terkunci2.xlsx", Buffer.concat([header, Buffer.alloc(504)]));
    await expectReadError(bare, "protected", `Berkas "${bare}" dilindungi kata sandi; buka kunci di Excel lalu simpan ulang.`);
  });

  test("an .xls saved under an .xlsx name", async () => {
    const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const f = tmpFile("lama.xlsx", Buffer.concat([header, Buffer.alloc(504), Buffer.from("Workbook\0", "utf16le")]));
    const err = await expectReadError(
      f,
      "legacy-xls",
      `Berkas "${f}" sebenarnya berformat Excel 97-2003 (.xls); buka di Excel lalu simpan sebagai .xlsx.`,
    );
    expect(err.messageEn).toMatch(/Excel 97-2003/);
  });

  test("an empty .xlsx", async () => {
    const f = tmpFile("kosong.xlsx", "");
    await expectReadError(f, "empty", `Berkas "${f}" tidak dapat dibaca: berkas kosong (0 bita).`);
  });

  test("unsupported extensions", async () => {
    const ods = tmpFile("tabel.ods", "x");
    await expectReadError(ods, "unsupported", `Berkas "${ods}" tidak didukung: jenis berkas ".ods"; gunakan .xlsx, .csv atau .tsv.`);
    const xls = tmpFile("tabel.xls", "x");
    const err = await expectReadError(
      xls,
      "unsupported",
      `Berkas "${xls}" berformat Excel 97-2003 (.xls) yang tidak didukung; buka di Excel lalu simpan sebagai .xlsx.`,
    );
    expect(err.messageEn).toContain("save it as .xlsx");
    await expect(readWorkbookBytes(new Uint8Array(), "tanpa-ekstensi")).rejects.toThrow(WorkbookReadError);
  });

  test("a missing file and a directory", async () => {
    const missing = path.join(tmp, "tidak-ada.xlsx");
    await expectReadError(missing, "not-found", `Berkas "${missing}" tidak ditemukan.`);
    const dir = path.join(tmp, "folder.csv");
    fs.mkdirSync(dir);
    const err = await expectReadError(
      dir,
      "unreadable",
      `Berkas "${dir}" tidak dapat dibuka (periksa izin akses dan pastikan itu berkas, bukan folder).`,
    );
    expect(err.detail).toMatch(/EISDIR/);
  });
});
