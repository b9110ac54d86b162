/**
 * Writing the workbook a command was asked for (--out): whole or not at all, and never over its input.
 * The workbook is serialised in memory first, written to a temporary file beside the target and renamed
 * over it only once complete, so a failure at any point leaves the target as it was (absent, or the
 * previous file) and no temporary file behind. Every failure is a message in the user's language.
 */
import { randomBytes } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import type ExcelJS from "exceljs";
import type { Lang } from "../../core/i18n/messages";

/** Why the output could not be written: the message to print and exit code 2. */
export interface CannotWrite {
  message: string;
  exitCode: 2;
}

const TEXT = {
  sameAsInput: {
    id: 'Berkas keluaran "{out}" sama dengan berkas masukan; pilih nama lain agar berkas asli tidak tertimpa.',
    en: 'The output file "{out}" is the input file; choose another name so the original is not overwritten.',
  },
  isFolder: {
    id: 'Berkas keluaran "{out}" adalah folder; beri nama berkas, mis. "{out}/hasil.xlsx".',
    en: 'The output "{out}" is a folder; give a file name, e.g. "{out}/result.xlsx".',
  },
  noFolder: {
    id: 'Berkas keluaran "{out}" tidak dapat ditulis: folder "{dir}" tidak ada.',
    en: 'The output file "{out}" cannot be written: the folder "{dir}" does not exist.',
  },
  denied: {
    id: 'Berkas keluaran "{out}" tidak dapat ditulis: tidak ada izin menulis (periksa izin folder dan berkas).',
    en: 'The output file "{out}" cannot be written: permission denied (check the folder and file permissions).',
  },
  full: {
    id: 'Berkas keluaran "{out}" tidak dapat ditulis: ruang disk penuh.',
    en: 'The output file "{out}" cannot be written: the disk is full.',
  },
  failed: {
    id: 'Berkas keluaran "{out}" tidak dapat ditulis; tidak ada yang diubah.',
    en: 'The output file "{out}" could not be written; nothing was changed.',
  },
} satisfies Record<string, Record<Lang, string>>;

function cannot(key: keyof typeof TEXT, lang: Lang, params: Record<string, string>): CannotWrite {
  return { message: TEXT[key][lang].replace(/\{(\w+)\}/g, (m, k: string) => params[k] ?? m), exitCode: 2 };
}

/** The same file: the same path, or (both existing) the same file through a link. */
function sameFile(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const [sa, sb] = [fs.statSync(a), fs.statSync(b)];
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false; // one of them does not exist (yet)
  }
}

/** A refusal when `out` would overwrite `input`; null when it would not. */
export function outputIsInput(input: string, out: string, lang: Lang): CannotWrite | null {
  return sameFile(input, out) ? cannot("sameAsInput", lang, { out }) : null;
}

/** Writes the workbook to `out` whole, or returns why it could not (nothing changed then). */
export async function saveWorkbook(wb: ExcelJS.Workbook, out: string, lang: Lang): Promise<CannotWrite | null> {
  if (fs.statSync(out, { throwIfNoEntry: false })?.isDirectory()) return cannot("isFolder", lang, { out });
  let bytes: Buffer;
  try {
    bytes = Buffer.from(await wb.xlsx.writeBuffer());
  } catch {
    return cannot("failed", lang, { out });
  }
  const tmp = path.join(path.dirname(out), `.${path.basename(out)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    fs.writeFileSync(tmp, bytes, { flag: "wx" });
    fs.renameSync(tmp, out);
    return null;
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return cannot("noFolder", lang, { out, dir: path.dirname(out) });
    if (code === "EACCES" || code === "EPERM" || code === "EROFS") return cannot("denied", lang, { out });
    if (code === "ENOSPC" || code === "EDQUOT") return cannot("full", lang, { out });
    return cannot("failed", lang, { out });
  }
}
