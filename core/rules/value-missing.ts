import Decimal from "decimal.js";
import { a1 } from "../grid";
import { isMoneyColumn } from "../model/build";
import type { ModelRow, ValueCell } from "../model/schema";
import { HUNDRED, PLAN_LEVELS, RATIO_ROLES, formatPercent, nonZero, numberOf, ratioInputs } from "./support/values";
import type { Rule, RuleContext } from "./types";

/**
 * A required value left empty (a dash is a value: "nothing planned"). Only blanks the table itself
 * proves required are reported:
 * - Satuan of a program/kegiatan/sub kegiatan row, in a table whose rows mostly fill Satuan;
 * - a parent's or total's Rp while its children carry Rp (expected Σ children);
 * - a year's target inside a row's own target series while that year has Rp;
 * - kondisi akhir target / Rp while the yearly targets / Rp exist (expected Σ of every yearly Rp: the
 *   table's own year window is pagu-final's to infer, and it runs later);
 * - a ratio (rasio, capaian, tingkat realisasi/capaian) while its numerator and denominator exist.
 */
export const valueMissing: Rule = {
  meta: {
    id: "value-missing",
    severity: "warning",
    kinds: "all",
    docs: {
      id: "Nilai yang wajib ada dibiarkan kosong.",
      en: "A required value is empty.",
    },
    messages: {
      satuan: {
        id: "Satuan {level} {kode} kosong.",
        en: "The unit of {level} {code} is empty.",
      },
      parentRp: {
        id: "Pagu {level} {kode} tahun {tahun} kosong, padahal rinciannya berpagu (jumlah {seharusnya}).",
        en: "The {level} {code} budget for {year} is empty although its children carry budget (sum {expected}).",
      },
      target: {
        id: "Target tahun {tahun} kosong, padahal tahun itu ada pagu ({pagu}).",
        en: "The {year} target is empty although that year has a budget ({budget}).",
      },
      finalTarget: {
        id: "Target kondisi akhir kosong, padahal target tahunan ada.",
        en: "The end-of-period target is empty although yearly targets exist.",
      },
      finalRp: {
        id: "Pagu kondisi akhir kosong, padahal pagu tahunan ada (jumlah {seharusnya}).",
        en: "The end-of-period budget is empty although yearly budgets exist (sum {expected}).",
      },
      ratio: {
        id: "Rasio/capaian kosong, padahal pembilang ({pembilang}) dan penyebut ({penyebut}) terisi.",
        en: "The ratio is empty although its numerator ({numerator}) and denominator ({denominator}) are filled.",
      },
    },
  },
  check(ctx) {
    checkSatuan(ctx);
    checkAmounts(ctx);
    checkTargets(ctx);
    checkRatios(ctx);
  },
};

function label(row: ModelRow) {
  const kode = row.code?.text ?? row.name.slice(0, 40);
  return { level: row.level, kode, code: kode };
}

function checkSatuan(ctx: RuleContext): void {
  const col = ctx.columns("satuan")[0];
  if (!col) return;
  const money = moneyColumns(ctx);
  // A row with neither indicator nor kinerja values keeps its units on its indicator rows below.
  const planned = ctx.rows.filter((r) => PLAN_LEVELS.includes(r.level) && (r.indicator !== "" || r.values.some((v) => !money.has(v.col))));
  // A table that leaves Satuan empty on most rows keeps units elsewhere (in the indicator text).
  const filled = planned.filter((r) => r.satuan !== "").length;
  if (planned.length === 0 || filled * 2 < planned.length) return;
  const n = ctx.formatNumber(new Decimal(filled));
  const of = ctx.formatNumber(new Decimal(planned.length));
  ctx.convention({
    key: "satuan-filled",
    value: "column",
    support: filled,
    total: planned.length,
    text: { id: `Satuan diisi di kolom Satuan (${n} dari ${of} baris)`, en: `Units are given in the Unit column (${n} of ${of} rows)` },
  });
  for (const row of planned) {
    if (row.satuan !== "") continue;
    ctx.report({ messageId: "satuan", row: row.row, col: col.col, params: label(row), actual: "" });
  }
}

function moneyColumns(ctx: RuleContext): Set<number> {
  const { layout } = ctx.table;
  return new Set(layout.columns.filter((c) => isMoneyColumn(c, layout)).map((c) => c.col));
}

const sumOf = (ds: Decimal[]) => ds.reduce((a, b) => a.plus(b), new Decimal(0));

/** Parent Rp blank under children with Rp, and kondisi akhir Rp blank beside yearly Rp. */
function checkAmounts(ctx: RuleContext): void {
  const { layout } = ctx.table;
  const moneyCols = moneyColumns(ctx);
  const money = layout.columns.filter((c) => moneyCols.has(c.col));
  const yearly = ctx.columns("rp");
  const finals = ctx.columns("finalRp");
  for (const row of ctx.rows) {
    const parent = row.children.length > 0 && (PLAN_LEVELS.includes(row.level) || row.level === "total");
    // Totals carry no targets: a total with values outside its Rp columns prints its amounts there.
    const shifted = row.level === "total" && row.values.some((v) => !moneyCols.has(v.col));
    if (parent && !shifted) {
      for (const col of money) {
        if (ctx.value(row, col)) continue;
        const cells = row.children.map((i) => ctx.value(ctx.rows[i], col));
        if (!cells.some(nonZero)) continue;
        const sum = sumOf(cells.map((v) => numberOf(v) ?? new Decimal(0)));
        const expected = ctx.formatMoney(sum);
        const final = col.role === "finalRp";
        ctx.report({
          messageId: "parentRp",
          row: row.row,
          col: col.col,
          params: { ...label(row), tahun: final ? "kondisi akhir" : col.year ?? "", year: final ? "end of period" : col.year ?? "", seharusnya: expected, expected },
          expected,
          actual: "",
          cells: row.children.map((i) => a1(ctx.rows[i].row, col.col)),
          severity: "error",
        });
      }
    }
    if (!PLAN_LEVELS.includes(row.level)) continue;
    for (const col of finals) {
      if (ctx.value(row, col)) continue;
      const years = yearly.map((c) => ctx.value(row, c));
      if (!years.some(nonZero)) continue;
      const expected = ctx.formatMoney(sumOf(years.map((v) => numberOf(v) ?? new Decimal(0))));
      ctx.report({
        messageId: "finalRp",
        row: row.row,
        col: col.col,
        params: { seharusnya: expected, expected },
        expected,
        actual: "",
        cells: yearly.map((c) => a1(row.row, c.col)),
        severity: "error",
      });
    }
  }
}

/** Holes in a row's own target series where the year has Rp, and a blank kondisi akhir target. */
function checkTargets(ctx: RuleContext): void {
  const targets = ctx.columns("target").filter((c) => c.year !== undefined && c.measure !== "Rp");
  const finals = ctx.columns("finalTarget").filter((c) => c.measure !== "Rp");
  if (targets.length === 0) return;
  const rpOf = new Map(targets.map((c) => [c.col, ctx.columns("rp", c.year)]));
  // One row's target cells, reused from row to row: each is looked up once.
  const cells: (ValueCell | undefined)[] = new Array(targets.length);
  for (const row of ctx.rows) {
    if (!PLAN_LEVELS.includes(row.level)) continue;
    let series = false;
    for (let i = 0; i < targets.length; i++) {
      cells[i] = ctx.value(row, targets[i]);
      if (numberOf(cells[i]) !== undefined) series = true;
    }
    // Rows whose targets all sit on their indicator rows below have no series of their own.
    if (!series) continue;
    for (let i = 0; i < targets.length; i++) {
      if (cells[i]) continue;
      const col = targets[i];
      const rp = rpOf.get(col.col)!.find((c) => nonZero(ctx.value(row, c)));
      if (!rp) continue;
      const pagu = ctx.formatMoney(numberOf(ctx.value(row, rp))!);
      ctx.report({ messageId: "target", row: row.row, col: col.col, params: { tahun: col.year!, year: col.year!, pagu, budget: pagu }, actual: "" });
    }
    for (const col of finals) {
      if (ctx.value(row, col)) continue;
      ctx.report({ messageId: "finalTarget", row: row.row, col: col.col, actual: "" });
    }
  }
}

/** A blank ratio whose inputs are printed; a zero or missing denominator is ratio-undefined's case. */
function checkRatios(ctx: RuleContext): void {
  const cols = ctx.table.layout.columns.filter((c) => RATIO_ROLES.includes(c.role));
  if (cols.length === 0) return;
  // Levels on which the table prints no ratio at all (totals, often) are not expected to carry one.
  const printed = new Set(ctx.rows.filter((r) => cols.some((c) => ctx.value(r, c))).map((r) => r.level));
  for (const col of cols) {
    const inputs = ratioInputs(ctx, col);
    if (!inputs) continue;
    for (const row of ctx.rows) {
      if (!printed.has(row.level) || ctx.value(row, col)) continue;
      const num = numberOf(ctx.value(row, inputs.numerator));
      const den = numberOf(ctx.value(row, inputs.denominator));
      if (num === undefined || den === undefined || den.isZero()) continue;
      // A negative indicator's capaian is not R/T: only give the value when direction cannot matter.
      const known = inputs.exact || num.equals(den);
      const expected = known ? formatPercent(ctx, num.div(den).times(HUNDRED)) : null;
      const cells = [a1(row.row, inputs.numerator.col), a1(row.row, inputs.denominator.col)];
      ctx.report({
        messageId: "ratio",
        row: row.row,
        col: col.col,
        params: { pembilang: cells[0], penyebut: cells[1], numerator: cells[0], denominator: cells[1] },
        expected,
        actual: "",
        cells,
        severity: "error",
      });
    }
  }
}
