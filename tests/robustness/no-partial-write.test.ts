/**
 * A command that writes (annotate, recalc, generate, template) writes its output whole or not at all,
 * and never over its input: a folder that does not exist, an output that is a folder, an output that
 * is the input (by the same path, another spelling of it, or a link), or a workbook that fails half way
 * through being written each end in a message and exit code 2, with the input and any earlier output
 * exactly as they were and no temporary file left.
 */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { saveWorkbook } from "../../cli/io/write-workbook";
import { runCli } from "../support/run-cli";
import { intact } from "./support/corpus";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "tc27-no-partial-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const sha = (p: string) => createHash("sha256").update(fs.readFileSync(p)).digest("hex");
const leftovers = (dir: string) => fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"));

let input: string;
let inputSha: string;
beforeAll(async () => {
  input = path.join(tmp, "tabel.xlsx");
  fs.writeFileSync(input, await intact());
  inputSha = sha(input);
});
afterEach(() => expect(sha(input)).toBe(inputSha));

const WRITERS = ["annotate", "recalc", "generate"] as const;

test.each(WRITERS)("%s into a folder that does not exist: exit 2, the folder named, nothing written", (command) => {
  const out = path.join(tmp, "tidak-ada", "hasil.xlsx");
  const r = runCli([command, input, "--out", out]);
  expect([r.code, r.stdout.trim(), r.stderr]).toEqual([2, `Berkas keluaran "${out}" tidak dapat ditulis: folder "${path.dirname(out)}" tidak ada.`, ""]);
  expect(fs.existsSync(path.dirname(out))).toBe(false);
});

test("template into a folder that does not exist: the same message", () => {
  const out = path.join(tmp, "tidak-ada", "templat.xlsx");
  const r = runCli(["template", "--out", out]);
  expect([r.code, r.stdout.trim()]).toEqual([2, `Berkas keluaran "${out}" tidak dapat ditulis: folder "${path.dirname(out)}" tidak ada.`]);
});

test.each(WRITERS)("%s with --out naming a folder: exit 2, the folder left as it was", (command) => {
  const out = path.join(tmp, `folder-${command}`);
  fs.mkdirSync(out);
  const r = runCli([command, input, "--out", out, "--lang", "en"]);
  expect([r.code, r.stdout.trim()]).toEqual([2, `The output "${out}" is a folder; give a file name, e.g. "${out}/result.xlsx".`]);
  expect(fs.readdirSync(out)).toEqual([]);
});

describe("--out that is the input", () => {
  const refusal = (out: string) => `Berkas keluaran "${out}" sama dengan berkas masukan; pilih nama lain agar berkas asli tidak tertimpa.`;

  test.each(WRITERS)("%s refuses the input's own path", (command) => {
    const r = runCli([command, input, "--out", input]);
    expect([r.code, r.stdout.trim()]).toEqual([2, refusal(input)]);
  });

  test("another spelling of the same path is refused too", () => {
    const other = path.join(tmp, ".", "..", path.basename(tmp), "tabel.xlsx");
    const r = runCli(["annotate", input, "--out", other]);
    expect([r.code, r.stdout.trim()]).toEqual([2, refusal(other)]);
  });

  test("a link to the input is refused", () => {
    const link = path.join(tmp, "tautan.xlsx");
    fs.symlinkSync(input, link);
    const r = runCli(["recalc", input, "--out", link]);
    expect([r.code, r.stdout.trim()]).toEqual([2, refusal(link)]);
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
  });
});

test("an earlier output is replaced only by a complete new one", () => {
  const out = path.join(tmp, "hasil-lama.xlsx");
  fs.writeFileSync(out, "hasil sebelumnya");
  // The command fails before writing (the input is not a workbook): the old output stays.
  const broken = path.join(tmp, "bukan-xlsx.xlsx");
  fs.writeFileSync(broken, "ini bukan buku kerja");
  expect(runCli(["annotate", broken, "--out", out]).code).toBe(2);
  expect(fs.readFileSync(out, "utf8")).toBe("hasil sebelumnya");
  // It succeeds: the new output is a whole workbook in its place.
  expect(runCli(["annotate", input, "--out", out]).code).toBe(0);
  expect(fs.readFileSync(out).subarray(0, 2).toString("latin1")).toBe("PK");
  expect(leftovers(tmp)).toEqual([]);
});

test("a workbook that fails half way through being written leaves the earlier output whole and no temporary file", async () => {
  const out = path.join(tmp, "gagal.xlsx");
  fs.writeFileSync(out, "hasil sebelumnya");
  // ExcelJS reads an image's file only while it writes the workbook: a missing one fails mid-write.
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("T-C.27");
  ws.getCell("A1").value = "Kode";
  ws.addImage(wb.addImage({ filename: path.join(tmp, "tidak-ada.png"), extension: "png" }), "B2:C3");
  const r = await saveWorkbook(wb, out, "id");
  expect(r).toEqual({ exitCode: 2, message: `Berkas keluaran "${out}" tidak dapat ditulis; tidak ada yang diubah.` });
  expect(fs.readFileSync(out, "utf8")).toBe("hasil sebelumnya");
  expect(leftovers(tmp)).toEqual([]);
});
