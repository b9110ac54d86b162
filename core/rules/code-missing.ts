import type { ModelRow } from "../model";
import { CODED_LEVELS, codeFacts, LEVEL_DEPTH, levelName } from "./support/codes";
import type { Rule, RuleContext } from "./types";

/**
 * The Kode cell the row's own part belongs in: the single code column; in outline style the level's
 * own cell (the last cells hold kegiatan and sub kegiatan); positionally the first empty part.
 */
function missingCol(ctx: RuleContext, row: ModelRow): number {
  const cols = ctx.columns("kode").map((c) => c.col).sort((a, b) => a - b);
  if (cols.length <= 1) return cols[0] ?? row.code?.col ?? 1;
  const n = cols.length;
  if (ctx.table.model.codeStyle === "outline") {
    const fromEnd = 5 - (LEVEL_DEPTH[row.level] ?? 5);
    return cols[Math.max(0, n - 1 - fromEnd)];
  }
  const path = row.code?.path ?? [];
  // Positional cells: the kegiatan part "2.01" fills two cells (level digit, number).
  const filled = row.code?.gapped || path.length <= 3 ? path.length : path.length + (path[3].includes(".") ? 1 : 0);
  return cols[Math.min(filled, n - 1)];
}

/**
 * code-missing: a program, kegiatan or sub kegiatan row without a code, or with parts its level needs
 * left empty. A level that the table prints without codes on most of its rows is its layout, not an
 * omission, and is not reported. Could be a copy or OCR loss: a warning.
 */
export const codeMissing: Rule = {
  meta: {
    id: "code-missing",
    severity: "warning",
    kinds: "all",
    docs: { id: "Baris program/kegiatan/sub kegiatan tanpa kode atau dengan kode tidak lengkap.", en: "A program/kegiatan/sub kegiatan row without a code or with an incomplete one." },
    messages: {
      none: { id: "Baris {level} \"{nama}\" tidak memiliki kode.", en: "The {level} row \"{nama}\" has no code." },
      incomplete: {
        id: "Kode \"{kode}\" pada baris {level} \"{nama}\" tidak lengkap.",
        en: "Code \"{kode}\" on the {level} row \"{nama}\" is incomplete.",
      },
    },
  },
  check(ctx) {
    if (ctx.table.model.codeStyle === "none") return;
    const facts = codeFacts(ctx);
    const uncoded = new Map<string, number>();
    const total = new Map<string, number>();
    for (const row of ctx.rows) {
      if (!CODED_LEVELS.includes(row.level) || row.continues !== null) continue;
      total.set(row.level, (total.get(row.level) ?? 0) + 1);
      if (!row.code) uncoded.set(row.level, (uncoded.get(row.level) ?? 0) + 1);
    }
    for (const i of facts.incomplete) {
      const row = ctx.rows[i];
      if ((uncoded.get(row.level) ?? 0) * 2 > (total.get(row.level) ?? 0)) continue;
      const name = row.name.length > 60 ? `${row.name.slice(0, 57)}…` : row.name;
      ctx.report({
        row: row.row,
        col: missingCol(ctx, row),
        messageId: row.code ? "incomplete" : "none",
        params: { level: levelName(ctx, row.level), nama: name, kode: row.code?.text ?? "" },
        expected: null,
        actual: row.code?.text ?? "",
      });
    }
  },
};
