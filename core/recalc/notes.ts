import type { NegativeMethod, PredikatScale } from "../compute";
import type { Text } from "../rules/types";

/**
 * The notes the recalculation puts on cells, in both languages (Bahasa Indonesia first): a header
 * note stating each computed column's formula, and why a cell got a value instead of a formula.
 */

const both = (t: Text) => `${t.id}\n\n${t.en}`;

const negativeText = (method: NegativeMethod, t: string, r: string): Text =>
  method === "lan"
    ? { id: `indikator negatif: (2×${t} − ${r}) / ${t} × 100`, en: `negative indicators: (2×${t} − ${r}) / ${t} × 100` }
    : { id: `indikator negatif: ${t} / ${r} × 100`, en: `negative indicators: ${t} / ${r} × 100` };

/** "Capaian = K / F × 100; indikator negatif: (2×F − K) / F × 100 …" with the columns' letters. */
export function capaianNote(t: string, r: string, method: NegativeMethod): string {
  const neg = negativeText(method, t, r);
  return both({
    id: `Capaian = ${r} / ${t} × 100 (${r} = realisasi, ${t} = target); ${neg.id}. Arah indikator dari kolom Arah bila ada, selain itu ditebak dari nama indikator. Target kosong atau 0 → sel kosong.`,
    en: `Achievement = ${r} / ${t} × 100 (${r} = actual, ${t} = target); ${neg.en}. The indicator's direction comes from an Arah column when there is one, otherwise it is guessed from the indicator's name. An empty or zero target leaves the cell empty.`,
  });
}

export function quotientNote(numerator: string, denominator: string): string {
  return both({
    id: `Rasio = ${numerator} / ${denominator} × 100. Pembagi kosong atau 0 → sel kosong.`,
    en: `Ratio = ${numerator} / ${denominator} × 100. An empty or zero divisor leaves the cell empty.`,
  });
}

export function sumNote(sum: string, latestForLevels: boolean): string {
  if (!latestForLevels) return both({ id: `Jumlah = ${sum} (sel kosong dihitung 0).`, en: `Sum = ${sum} (empty cells count as 0).` });
  return both({
    id: `Jumlah = ${sum} untuk indikator kumulatif dan baris anggaran; untuk indikator nilai akhir (persentase, indeks, rasio, …) nilai terakhir yang terisi. Sifat indikator dari kolom Sifat bila ada, selain itu ditebak dari nama dan satuannya.`,
    en: `Sum = ${sum} for cumulative indicators and budget rows; for end-value indicators (percentages, indices, ratios, …) the latest value filled in. The indicator's aggregation comes from a Sifat column when there is one, otherwise it is guessed from its name and unit.`,
  });
}

export function growthNote(formula: string): string {
  return both({
    id: `Rata-rata pertumbuhan = ${formula} (rumus yang diikuti sebagian besar baris tabel ini).`,
    en: `Average growth = ${formula} (the formula most rows of this table follow).`,
  });
}

export function rowFormulaNote(formula: string): string {
  return both({
    id: `Baris ini dihitung dengan ${formula}: tahun awal atau akhir rumus kolom kosong, dan nilai tertulisnya mengikuti rumus ini.`,
    en: `This row uses ${formula}: the column formula's first or last year is empty here, and its printed value follows this formula.`,
  });
}

export function averageNote(range: string): string {
  return both({
    id: `Rata-rata capaian = rata-rata ${range} (sel kosong tidak dihitung).`,
    en: `Average achievement = mean of ${range} (empty cells are left out).`,
  });
}

export function predikatNote(scale: PredikatScale): string {
  const bands = scale.bands.map((b) => `≥ ${b.min} ${b.label}`).join(", ");
  return both({
    id: `Predikat (${scale.label.id}): ${bands}, di bawahnya ${scale.below}.`,
    en: `Rating (${scale.label.en}): ${bands}, below that ${scale.below}.`,
  });
}

/** Why a computed cell holds a value: an input is text a formula cannot read. */
export function valueNote(inputs: string[], normalized: boolean): string {
  const cells = inputs.join(", ");
  if (normalized) {
    return both({
      id: `Nilai dihitung oleh Tabel Renstra karena sel masukan ${cells} berisi teks yang tidak diubah oleh Rapikan angka.`,
      en: `Value computed by Tabel Renstra because input cell ${cells} holds text that Rapikan angka (tidy numbers) leaves as it is.`,
    });
  }
  return both({
    id: `Nilai dihitung oleh Tabel Renstra karena sel masukan ${cells} berisi teks; jalankan Rapikan angka agar rumus dapat dipakai.`,
    en: `Value computed by Tabel Renstra because input cell ${cells} holds text; run Rapikan angka (tidy numbers) so a formula can be used.`,
  });
}

/** A money column of a Renstra/Renja table: parents and totals sum the rows under them. */
export function paguNote(): string {
  return both({
    id: "Pagu program = Σ kegiatannya, kegiatan = Σ sub kegiatannya, total = Σ baris yang dijumlahkannya (sel kosong dan \"-\" dihitung 0).",
    en: "A program's amount = Σ its kegiatan, a kegiatan's = Σ its sub kegiatan, a total's = Σ the rows it adds up (empty cells and \"-\" count as 0).",
  });
}

/** The kondisi akhir Rp column: the sum of the table's year window. */
export function finalRpNote(from: number, to: number, support: number, total: number): string {
  return both({
    id: `Kondisi akhir Rp = Σ Rp tahun ${from}–${to} (rentang tahun yang diikuti ${support} dari ${total} baris tabel ini).`,
    en: `Rp at end of period = Σ Rp of ${from}–${to} (the years ${support} of ${total} rows of this table sum).`,
  });
}
