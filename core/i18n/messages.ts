/**
 * Messages in Bahasa Indonesia (default) and English, with {placeholders}. Rules and commands name a
 * message by id; formatting and language live here, not in the code that reports.
 */
export type Lang = "id" | "en";

export const MESSAGES = {
  "layout-unrecognized": {
    id: 'Lembar "{sheet}" tidak berisi tabel yang dikenali (T-C.27, T-C.23, T-C.24, T-C.29, E.81, T-C.33 atau pengukuran kinerja).',
    en: 'Sheet "{sheet}" holds no table of a known kind (T-C.27, T-C.23, T-C.24, T-C.29, E.81, T-C.33 or performance measurement).',
  },
  "sheet-empty": {
    id: 'Lembar "{sheet}" kosong.',
    en: 'Sheet "{sheet}" is empty.',
  },
  "file-no-table": {
    id: 'Berkas "{file}" tidak berisi tabel yang dikenali.',
    en: 'File "{file}" holds no table of a known kind.',
  },
  "inspect-table": {
    id: "{sheet} · {kind} · {range} · {rows} baris",
    en: "{sheet} · {kind} · {range} · {rows} rows",
  },
  "summary": {
    id: "{errors} kesalahan · {warnings} peringatan · {infos} info",
    en: "{errors} errors · {warnings} warnings · {infos} info",
  },
  "progress": {
    id: "Memeriksa {n}/{total}: {file}",
    en: "Checking {n}/{total}: {file}",
  },
  "annotate-written": {
    id: 'Salinan bertanda ditulis ke "{out}" ({count} sel ditandai, lembar "{report}").',
    en: 'Marked copy written to "{out}" ({count} cells marked, sheet "{report}").',
  },
  "annotate-xlsx-only": {
    id: 'Berkas "{file}" bukan .xlsx; tanda hanya dapat ditulis ke buku kerja .xlsx.',
    en: 'File "{file}" is not an .xlsx; marks can only be written to an .xlsx workbook.',
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type MessageId = keyof typeof MESSAGES;

export function message(id: MessageId, lang: Lang, params: Record<string, string | number> = {}): string {
  return MESSAGES[id][lang].replace(/\{(\w+)\}/g, (m, key: string) => (key in params ? String(params[key]) : m));
}
