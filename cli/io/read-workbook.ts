/**
 * Read a workbook file (.xlsx, .csv, .tsv) into Grids. Every failure becomes a WorkbookReadError with
 * a Bahasa Indonesia message naming the file (and an English one); no library stack trace escapes.
 */
import { readFile } from "node:fs/promises";
import * as path from "node:path";
import ExcelJS from "exceljs";
import "./exceljs-number-formats";
import type { Grid } from "../../core/grid";
import { WorkbookReadError, readErrors } from "./errors";
import { decodeText, parseCsv, parseTsv } from "./text";
import { workbookToGrids } from "./xlsx";

export { WorkbookReadError } from "./errors";
export type { WorkbookReadErrorCode } from "./errors";
export { workbookToGrids, worksheetToGrid } from "./xlsx";
export { decodeText, detectDelimiter, parseCsv, parseTsv } from "./text";

export interface WorkbookFile {
  /** The path as the caller gave it. */
  file: string;
  sheets: Grid[];
}

/** Extensions read, lower case. .xlsm is the same container as .xlsx (macros are ignored). */
export const SUPPORTED_EXTENSIONS = [".xlsx", ".xlsm", ".csv", ".tsv"] as const;

export async function readWorkbookFile(file: string): Promise<WorkbookFile> {
  const ext = path.extname(file).toLowerCase();
  if (!(SUPPORTED_EXTENSIONS as readonly string[]).includes(ext)) throw readErrors.unsupported(file, ext);
  return readWorkbookBytes(await readBytes(file), file);
}

/** The file's bytes, or a WorkbookReadError saying why they cannot be had. */
async function readBytes(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException)?.code;
    throw code === "ENOENT" || code === "ENOTDIR" ? readErrors.notFound(file, e) : readErrors.unreadable(file, e);
  }
}

/**
 * Same as readWorkbookFile for bytes already in memory; `file` names the file (its extension picks the
 * reader, its base name names a .csv/.tsv sheet).
 */
export async function readWorkbookBytes(bytes: Uint8Array, file: string): Promise<WorkbookFile> {
  const ext = path.extname(file).toLowerCase();
  switch (ext) {
    case ".xlsx":
    case ".xlsm":
      return { file, sheets: await readXlsx(bytes, file) };
    case ".csv":
    case ".tsv": {
      const { text } = decodeText(bytes);
      const values = ext === ".csv" ? parseCsv(text) : parseTsv(text);
      return { file, sheets: [{ sheet: path.basename(file, path.extname(file)), originRow: 1, originCol: 1, values }] };
    }
    default:
      throw readErrors.unsupported(file, ext);
  }
}

/**
 * Worksheet parts the Grid does not need. Skipping them is also a safeguard: ExcelJS expands a data
 * validation range into one entry per cell (a dropdown on a whole column costs a million objects), and
 * its table and drawing handling is the usual source of load crashes. Cell values, formulas, number
 * formats, merges and hyperlinks are all still read.
 */
const IGNORE_NODES = ["dataValidations", "conditionalFormatting", "extLst", "tableParts", "drawing", "picture"];

const ZIP_MAGIC = [0x50, 0x4b]; // "PK"
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  if (bytes.length < magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (bytes[i] !== magic[i]) return false;
  return true;
}

/** Does the CFB container name a stream `name`? (Directory entries hold names in UTF-16LE.) */
function cfbHasStream(bytes: Uint8Array, name: string): boolean {
  return asBuffer(bytes).indexOf(Buffer.from(name, "utf16le")) >= 0;
}

/** A Node Buffer over the same memory (no copy). */
function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

async function readXlsx(bytes: Uint8Array, file: string): Promise<Grid[]> {
  const wb = await loadXlsx(bytes, file, IGNORE_NODES);
  try {
    return workbookToGrids(wb);
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    throw readErrors.corrupt(file, e);
  }
}

/**
 * The whole workbook for writing back (annotate): nothing skipped, so saving it keeps what the
 * planner had — data validations, conditional formats and all.
 */
export async function loadWorkbookForEditing(file: string): Promise<ExcelJS.Workbook> {
  return loadXlsx(await readBytes(file), file, []);
}

async function loadXlsx(bytes: Uint8Array, file: string, ignoreNodes: string[]): Promise<ExcelJS.Workbook> {
  if (bytes.length === 0) throw readErrors.empty(file);
  if (startsWith(bytes, CFB_MAGIC)) {
    // An encrypted OOXML package is a CFB file with EncryptionInfo/EncryptedPackage streams; a CFB
    // file naming a Workbook/Book stream and no encrypted package is an .xls saved under .xlsx.
    if (!cfbHasStream(bytes, "EncryptedPackage") && (cfbHasStream(bytes, "Workbook") || cfbHasStream(bytes, "Book\0"))) {
      throw readErrors.legacyXls(file);
    }
    throw readErrors.protected(file);
  }
  if (!startsWith(bytes, ZIP_MAGIC)) throw readErrors.corrupt(file);
  // A zip without the workbook part (a .docx, a plain archive) loads in ExcelJS as an empty workbook.
  if (asBuffer(bytes).indexOf("xl/workbook.xml", 0, "latin1") < 0) {
    throw readErrors.corrupt(file, new Error("the zip has no xl/workbook.xml part"));
  }
  const wb = new ExcelJS.Workbook();
  try {
    // ExcelJS's type wants its own Buffer flavour; a Node Buffer over the same memory is what it reads.
    await wb.xlsx.load(asBuffer(bytes) as unknown as ExcelJS.Buffer, { ignoreNodes });
  } catch (e) {
    throw readErrors.corrupt(file, e);
  }
  return wb;
}
