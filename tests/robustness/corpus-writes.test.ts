/**
 * annotate, recalc and generate — the CLI's own command functions — on every corpus file: the input
 * stays byte-identical; the output is a complete workbook (exit 0 or 1) or absent (exit 2, with the
 * reason); no temporary file is left behind; and what is written fits a spreadsheet (no cell or note
 * beyond Excel's 32 767 characters), keeping merges, hidden rows and columns, sheet protection and
 * formulas over other sheets as they were.
 */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { annotateFile } from "../../cli/commands/annotate";
import { generateFile } from "../../cli/commands/generate";
import { recalcFile } from "../../cli/commands/recalc";
import { CONTROL_NAME, CORPUS, LONG, MAX_CELL_TEXT, MERGED, writeCorpus } from "./support/corpus";
import { COL, ROW } from "./support/tc27";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "tc27-corpus-writes-"));
const outDir = path.join(tmp, "keluaran");
let files: Map<string, string>;
beforeAll(async () => {
  files = await writeCorpus(tmp);
  fs.mkdirSync(outDir);
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const sha = (p: string) => createHash("sha256").update(fs.readFileSync(p)).digest("hex");

const COMMANDS = {
  annotate: (input: string, out: string) => annotateFile(input, out, "id"),
  recalc: (input: string, out: string) => recalcFile(input, out, { normalize: true }, "id"),
  generate: (input: string, out: string) => generateFile(input, out, { kind: "renstra-program" }, "id"),
} as const;
type Command = keyof typeof COMMANDS;

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Runs a command on a corpus file; returns its result and output path. */
async function run(command: Command, name: string) {
  const input = files.get(name)!;
  const out = path.join(outDir, `${command}-${path.basename(name, path.extname(name))}.xlsx`);
  const before = sha(input);
  const r = await COMMANDS[command](input, out);
  expect(sha(input)).toBe(before);
  return { ...r, out };
}

const CASES = CORPUS.flatMap((c) => (Object.keys(COMMANDS) as Command[]).map((command) => [command, c.name, c.file] as const));

test.each(CASES)("%s on %s: input unchanged; a whole workbook written, or none and a reason", async (command, _, name) => {
  const r = await run(command, name);
  if (r.exitCode === 2) {
    expect(fs.existsSync(r.out)).toBe(false);
    expect(r.message).toMatch(/^(Berkas|Lembar) "/);
  } else {
    expect([0, 1]).toContain(r.exitCode);
    expect(r.message).toContain(r.out);
    const wb = await load(r.out);
    expect(wb.worksheets.length).toBeGreaterThan(0);
  }
  expect(fs.readdirSync(outDir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
});

test("text files cannot be annotated or recalculated (exit 2), but generate a new workbook", async () => {
  for (const name of ["utf16.csv", "ansi.csv"]) {
    expect((await run("annotate", name)).message).toBe(`Berkas "${files.get(name)}" bukan .xlsx; tanda hanya dapat ditulis ke buku kerja .xlsx.`);
    expect((await run("recalc", name)).message).toBe(`Berkas "${files.get(name)}" bukan .xlsx; rumus hanya dapat ditulis ke buku kerja .xlsx.`);
    expect((await run("generate", name)).exitCode).toBe(0);
  }
});

/** Every text and note of a workbook, with its address. */
function texts(wb: ExcelJS.Workbook): { where: string; text: string; note: string }[] {
  const out: { where: string; text: string; note: string }[] = [];
  for (const ws of wb.worksheets) {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const note = cell.note === undefined ? "" : typeof cell.note === "string" ? cell.note : (cell.note.texts ?? []).map((t) => t.text).join("");
        out.push({ where: `${ws.name}!${cell.address}`, text: typeof cell.value === "string" ? cell.value : cell.text, note });
      }),
    );
  }
  return out;
}

test("cells of 32 767 characters: the marked copy's report and notes stay within a cell's limit, the planner's long note kept whole", async () => {
  const r = await run("annotate", "teks-panjang.xlsx");
  const wb = await load(r.out);
  for (const t of texts(wb)) {
    expect([t.where, t.text.length <= MAX_CELL_TEXT]).toEqual([t.where, true]);
    expect([t.where, t.note.length <= MAX_CELL_TEXT]).toEqual([t.where, true]);
  }
  const original = await load(files.get("teks-panjang.xlsx")!);
  const ws = wb.getWorksheet("T-C.27")!;
  expect(ws.getCell(LONG.note).note).toEqual(original.getWorksheet("T-C.27")!.getCell(LONG.note).note);
  // The long amount text is marked, its note quoting it shortened.
  const marked = ws.getCell(LONG.rp.row, LONG.rp.col);
  expect(String(marked.note)).toMatch(/^\[value-text\] Sel berisi beberapa besaran sekaligus \("Rp 5\.000\.000 .*…"\)/);
  expect(String(marked.note).length).toBeLessThan(400);
});

test("control characters from a .csv are written the way Excel stores them: the workbook opens and reads back as written", async () => {
  const r = await run("generate", "kontrol.csv");
  expect(r.exitCode).toBe(0);
  // load() fails on characters XML cannot hold (ExcelJS's reader refuses them, as Excel does).
  const cells = texts(await load(r.out)).map((t) => t.text);
  expect(cells).toContain(CONTROL_NAME);
});

test("merges, hidden rows and columns and sheet protection survive every write", async () => {
  for (const command of ["annotate", "recalc", "generate"] as const) {
    const merged = (await load((await run(command, "sel-gabung.xlsx")).out)).getWorksheet("T-C.27")!;
    expect(merged.model.merges.sort()).toEqual(Object.values(MERGED).sort());
    const hidden = (await load((await run(command, "tersembunyi.xlsx")).out)).getWorksheet("T-C.27")!;
    expect([hidden.getRow(ROW.subA).hidden, hidden.getColumn(COL.lokasi).hidden]).toEqual([true, true]);
    const locked = (await load((await run(command, "lembar-terkunci.xlsx")).out)).getWorksheet("T-C.27")!;
    const protection = (locked as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection;
    expect(protection?.sheet).toBe(true);
  }
});

test("formulas over other sheets stay as written in the marked copy; recalculation rewrites only the parents' sums", async () => {
  const annotated = (await load((await run("annotate", "rumus-lembar-lain.xlsx")).out)).getWorksheet("T-C.27")!;
  expect(annotated.getCell(ROW.subA, COL.rp(0)).formula).toBe("'Pagu'!B2");
  expect(annotated.getCell(ROW.kegiatan, COL.rp(0)).formula).toBe("SUM('Pagu'!B2:B3)");
  const recalculated = (await load((await run("recalc", "rumus-lembar-lain.xlsx")).out)).getWorksheet("T-C.27")!;
  expect(recalculated.getCell(ROW.subA, COL.rp(0)).formula).toBe("'Pagu'!B2");
  expect(recalculated.getCell(ROW.kegiatan, COL.rp(0)).formula).toBe("SUM(G7,G8)");
});
