/**
 * The one error type the workbook readers throw. `message` is Bahasa Indonesia (what the CLI prints by
 * default), `messageEn` the English text; `detail` keeps the underlying library's message (never its
 * stack) for --verbose output and debugging.
 */
export type WorkbookReadErrorCode =
  | "not-found" // no such file
  | "unreadable" // the OS refused (permission, a directory, …)
  | "unsupported" // extension we do not read
  | "empty" // a 0-byte .xlsx
  | "corrupt" // not a valid .xlsx (zip) or ExcelJS failed to parse it
  | "protected" // an encrypted (password-protected) OOXML file: a CFB/OLE container
  | "legacy-xls"; // an Excel 97-2003 binary workbook under an .xlsx name

export class WorkbookReadError extends Error {
  readonly name = "WorkbookReadError";

  constructor(
    /** The file as the caller named it. */
    readonly file: string,
    readonly code: WorkbookReadErrorCode,
    message: string,
    readonly messageEn: string,
    /** The underlying error's message, if any (no stack trace). */
    readonly detail?: string,
  ) {
    super(message);
  }
}

function errorText(e: unknown): string | undefined {
  if (e instanceof Error) return e.message;
  if (e === undefined || e === null) return undefined;
  return String(e);
}

/** Builders for each failure, so the wording stays in one place. */
export const readErrors = {
  notFound: (file: string, cause?: unknown) =>
    new WorkbookReadError(file, "not-found", `Berkas "${file}" tidak ditemukan.`, `File "${file}" not found.`, errorText(cause)),

  unreadable: (file: string, cause?: unknown) =>
    new WorkbookReadError(
      file,
      "unreadable",
      `Berkas "${file}" tidak dapat dibuka (periksa izin akses dan pastikan itu berkas, bukan folder).`,
      `File "${file}" cannot be opened (check permissions and that it is a file, not a folder).`,
      errorText(cause),
    ),

  unsupported: (file: string, ext: string) =>
    ext === ".xls"
      ? new WorkbookReadError(
          file,
          "unsupported",
          `Berkas "${file}" berformat Excel 97-2003 (.xls) yang tidak didukung; buka di Excel lalu simpan sebagai .xlsx.`,
          `File "${file}" is an Excel 97-2003 workbook (.xls), which is not supported; open it in Excel and save it as .xlsx.`,
        )
      : new WorkbookReadError(
          file,
          "unsupported",
          `Berkas "${file}" tidak didukung: jenis berkas ${ext ? `"${ext}"` : "tanpa ekstensi"}; gunakan .xlsx, .csv atau .tsv.`,
          `File "${file}" is not supported: ${ext ? `"${ext}" files` : "no file extension"}; use .xlsx, .csv or .tsv.`,
        ),

  empty: (file: string) =>
    new WorkbookReadError(
      file,
      "empty",
      `Berkas "${file}" tidak dapat dibaca: berkas kosong (0 bita).`,
      `File "${file}" cannot be read: the file is empty (0 bytes).`,
    ),

  corrupt: (file: string, cause?: unknown) =>
    new WorkbookReadError(
      file,
      "corrupt",
      `Berkas "${file}" tidak dapat dibaca: bukan berkas .xlsx yang sah (mungkin rusak).`,
      `File "${file}" cannot be read: not a valid .xlsx file (it may be damaged).`,
      errorText(cause),
    ),

  protected: (file: string) =>
    new WorkbookReadError(
      file,
      "protected",
      `Berkas "${file}" dilindungi kata sandi; buka kunci di Excel lalu simpan ulang.`,
      `File "${file}" is password-protected; unlock it in Excel and save it again.`,
    ),

  legacyXls: (file: string) =>
    new WorkbookReadError(
      file,
      "legacy-xls",
      `Berkas "${file}" sebenarnya berformat Excel 97-2003 (.xls); buka di Excel lalu simpan sebagai .xlsx.`,
      `File "${file}" is actually an Excel 97-2003 workbook (.xls); open it in Excel and save it as .xlsx.`,
    ),
};
