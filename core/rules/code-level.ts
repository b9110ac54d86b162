import { codeFacts, printKey } from "./support/codes";
import type { Rule } from "./types";

/**
 * code-level: a sub kegiatan directly under a program, with no kegiatan row between, in a table that
 * does print kegiatan rows (where none are printed, that is the table's layout, not an error). A
 * sub kegiatan code printed on the kegiatan row is code-format's ("6 parts, expected 5").
 */
export const codeLevel: Rule = {
  meta: {
    id: "code-level",
    severity: "warning",
    kinds: "all",
    docs: {
      id: "Kedalaman kode tidak sesuai letak baris dalam pohon program > kegiatan > sub kegiatan.",
      en: "The code's depth does not fit the row's place in the program > kegiatan > sub kegiatan tree.",
    },
    messages: {
      subUnderProgram: {
        id: "Sub kegiatan {kode} langsung di bawah program {program}; baris kegiatan {kegiatan} tidak ada.",
        en: "Sub kegiatan {kode} sits directly under program {program}; kegiatan {kegiatan} has no row.",
      },
    },
  },
  check(ctx) {
    if (!ctx.rows.some((r) => r.level === "kegiatan")) return;
    const facts = codeFacts(ctx);
    for (const row of ctx.rows) {
      if (row.level !== "subkegiatan" || !facts.judged(row) || row.parent === null) continue;
      const parent = ctx.rows[row.parent];
      if (parent.level !== "program" || !facts.judged(parent)) continue;
      const code = row.code!;
      ctx.report({
        row: row.row,
        col: code.col,
        messageId: "subUnderProgram",
        params: { kode: code.text, program: parent.code!.text, kegiatan: printKey(code.path.slice(0, 4).join("."), facts) },
        expected: null,
        actual: code.text,
      });
    }
  },
};
