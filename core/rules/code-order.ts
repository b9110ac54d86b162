import { compareCodes } from "../codes";
import { codeFacts, parentProblems } from "./support/codes";
import type { Rule } from "./types";

/** Whether `key` sorts before `prev`; siblings usually differ only in their last part, compared cheaply. */
function descends(key: string, prev: string): boolean {
  const cut = key.lastIndexOf(".");
  if (cut > 0 && cut === prev.lastIndexOf(".") && key.startsWith(prev.slice(0, cut + 1))) {
    return Number(key.slice(cut + 1)) < Number(prev.slice(cut + 1));
  }
  return compareCodes(key, prev) < 0;
}

/**
 * code-order: among the rows of one level under one parent, a code smaller than the one before it.
 * Rows that code-parent reports (a prefix that does not belong here) are left out of the sequence, so
 * one wrong code gives one finding, not a second one on its neighbour.
 */
export const codeOrder: Rule = {
  meta: {
    id: "code-order",
    severity: "warning",
    kinds: "all",
    docs: { id: "Kode tidak berurutan di antara baris setingkat.", en: "Codes out of order among sibling rows." },
    messages: {
      order: {
        id: "Kode {kode} tertulis sesudah {sebelum} (baris {baris}); urutan kode seharusnya naik.",
        en: "Code {kode} comes after {sebelum} (row {baris}); codes should ascend.",
      },
    },
  },
  check(ctx) {
    const facts = codeFacts(ctx);
    const misplaced = parentProblems(ctx.rows, facts);
    // The previous row of each group (one parent, one level), by parent then level: no key string per row.
    const last = new Map<number | null, Map<string, number>>();
    for (const row of ctx.rows) {
      const key = facts.nodeKey[row.index];
      if (!facts.judged(row) || key === null || misplaced[row.index]) continue;
      let byLevel = last.get(row.parent);
      if (!byLevel) last.set(row.parent, (byLevel = new Map()));
      const before = byLevel.get(row.level);
      byLevel.set(row.level, row.index);
      if (before === undefined) continue;
      const prev = ctx.rows[before];
      if (!descends(key, facts.nodeKey[before]!)) continue;
      ctx.report({
        row: row.row,
        col: row.code!.col,
        messageId: "order",
        params: { kode: row.code!.text, sebelum: prev.code!.text, baris: prev.row },
        expected: null,
        actual: row.code!.text,
      });
    }
  },
};
