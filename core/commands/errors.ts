import type { Text } from "../rules/types";

/**
 * Why a host command refused, in the planner's words (UI.md: what happened and what to do, in one
 * sentence). The hosts throw a CommandError; their bridges hand the pane the text in its language.
 */
export class CommandError extends Error {
  constructor(readonly text: Text) {
    super(text.en);
    this.name = "CommandError";
  }
}

export const emptySheet = (sheet: string): Text => ({
  id: `Lembar "${sheet}" kosong; buka lembar yang berisi tabel, atau buat templat isian dengan Buat tabel.`,
  en: `Sheet "${sheet}" is empty; open the sheet holding the table, or make an input template with Generate table.`,
});

/** No table on the sheet, or in the range picked with "Ganti rentang" (then `range` is "A1:T139"). */
export const noTable = (sheet: string, range: string | null): Text =>
  range === null
    ? {
        id: `Tidak ada tabel yang dikenali di lembar "${sheet}"; pilih sel-sel tabelnya lalu klik Ganti rentang.`,
        en: `No known table on sheet "${sheet}"; select the table's cells and click Change range.`,
      }
    : {
        id: `Tidak ada tabel yang dikenali di rentang ${range} lembar "${sheet}"; pilih seluruh tabel, termasuk baris judul kolomnya.`,
        en: `No known table in range ${range} of sheet "${sheet}"; select the whole table, its header rows included.`,
      };

export const protectedSheet = (sheet: string): Text => ({
  id: `Lembar "${sheet}" dilindungi; buka proteksinya lalu ulangi.`,
  en: `Sheet "${sheet}" is protected; unprotect it and try again.`,
});
