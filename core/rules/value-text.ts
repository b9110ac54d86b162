import { isCountUnit } from "../cells";
import { isMoneyColumn } from "../model/build";
import type { Rule } from "./types";

/**
 * Text where a number belongs (DOMAIN.md §5). Three cases, by how sure the reading is:
 * - several quantities in one cell ("29 Pilkades, 137 BPD"): no single number can be checked;
 * - a unit without its number ("kegiatan", "Dokumen NPHD", "anak"): the number was left out;
 * - words in a rupiah cell, or other text in a value cell (qualitative targets such as "WTP" exist,
 *   so those are only information);
 * - a logical value (TRUE/FALSE, shown BENAR/SALAH in Indonesian Excel): never a target or an amount.
 * A number followed by its unit ("3 Dokumen") is a value, not text.
 */
export const valueText: Rule = {
  meta: {
    id: "value-text",
    severity: "warning",
    kinds: "all",
    docs: {
      id: "Teks di sel yang seharusnya berisi angka, atau angka bercampur teks.",
      en: "Text where a number belongs, or a number mixed with text.",
    },
    messages: {
      compound: {
        id: 'Sel berisi beberapa besaran sekaligus ("{teks}"); tulis satu angka dengan satuannya.',
        en: 'The cell holds several quantities ("{text}"); write one number with its unit.',
      },
      unitOnly: {
        id: 'Sel hanya berisi satuan "{teks}" tanpa angka.',
        en: 'The cell holds the unit "{text}" without a number.',
      },
      money: {
        id: 'Sel pagu berisi teks "{teks}", bukan angka rupiah.',
        en: 'The budget cell holds the text "{text}", not an amount.',
      },
      text: {
        id: 'Sel berisi teks "{teks}", bukan angka.',
        en: 'The cell holds the text "{text}", not a number.',
      },
      boolean: {
        id: "Sel berisi nilai logika {teks}, bukan angka.",
        en: "The cell holds the logical value {text}, not a number.",
      },
    },
  },
  check(ctx) {
    const { layout } = ctx.table;
    const money = new Set(layout.columns.filter((c) => isMoneyColumn(c, layout)).map((c) => c.col));
    for (const row of ctx.rows) {
      for (const v of row.values) {
        const { cell } = v;
        if (!cell.compound && cell.kind !== "text" && cell.kind !== "boolean") continue; // nearly every cell: nothing to build
        const params = { teks: cell.text, text: cell.text };
        const at = { row: v.row, col: v.col, params, actual: cell.text };
        if (cell.kind === "boolean") {
          ctx.report({ messageId: "boolean", ...at });
        } else if (cell.compound) {
          ctx.report({ messageId: "compound", ...at });
        } else {
          const satuan = row.satuan.trim().toLowerCase();
          const unitOnly = isCountUnit(cell.text) || (satuan !== "" && cell.text.toLowerCase() === satuan);
          if (money.has(v.col)) ctx.report({ messageId: "money", ...at });
          else if (unitOnly) ctx.report({ messageId: "unitOnly", ...at });
          else ctx.report({ messageId: "text", ...at, severity: "info" });
        }
      }
    }
  },
};
