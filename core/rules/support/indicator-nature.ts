/**
 * Guessing an indicator's aggregation (kumulatif / nilai akhir) and direction (positif / negatif) from
 * its name and unit (DOMAIN.md §4). Real sheets rarely state either, so every guess says whether it
 * is confident: rules that would raise a finding only on a guess act on confident guesses only.
 * Reused by target-final, target-trend and the capaian recalculation.
 */

export type Aggregation = "kumulatif" | "nilai-akhir";
export type Direction = "positif" | "negatif";

export interface Guess<T> {
  value: T;
  confident: boolean;
  /** The word or unit the guess rests on, for the pane ("persentase", "Satuan %"). */
  reason: string;
}

// Levels and ratios: the value at the end of the period is what counts.
const LEVEL_WORDS =
  /\b(persentase|presentase|prosentase|persen|proporsi|indeks|index|rasio|rata-?rata|nilai|status|predikat|tingkat|cakupan|prevalensi|angka|skor|opini|ipm|ipg|idg|idm|ikm|skm|sakip|lkjip)\b/i;
const LEVEL_UNITS = /^(%|persen|indeks|index|nilai|poin|point|skor|rasio|predikat|status|opini|level|tingkat)$/i;

// Things produced or people reached in a year: the period total is their sum.
const FLOW_WORDS =
  /\b(disusun|tersusun(nya)?|dilaksanakan|terlaksana(nya)?|diberikan|diberi|mengikuti|peserta|difasilitasi|dibina|mendapat(kan)?|memperoleh|menerima|dicetak|dibuat|diadakan|disediakan|dipelihara|direhabilitasi|dibentuk|dilatih|disalurkan|penyaluran|terlayani|ditangani|tertangani|diverifikasi|disajikan|pembinaan|sosialisasi|pelatihan|rapat|laporan|dokumen|kegiatan|kali)\b/i;
// Things that exist at a moment: the period's figure is the latest count, not a sum.
const STOCK_WORDS = /\b(aktif|memiliki|berkembang|terawat|layak|terampil|berkualifikasi|berprestasi|mandiri|terdaftar|tersedia(nya)?|database|data base)\b/i;

/** Past this many distinct texts a cache starts over: memory stays bounded on tables of unique texts. */
const MEMO_LIMIT = 10_000;

/**
 * `f` memoised per text. A table repeats a handful of indicator and unit texts over thousands of rows,
 * so each text's regexes run once. Results are shared between calls: callers must not mutate them.
 */
function memo<T>(f: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    const hit = cache.get(text);
    if (hit !== undefined || cache.has(text)) return hit as T;
    if (cache.size >= MEMO_LIMIT) cache.clear();
    const value = f(text);
    cache.set(text, value);
    return value;
  };
}

/** The unit in a trailing parenthesis of the indicator: "Cakupan layanan (%)" → "%". */
export const indicatorUnit = memo((indicator: string): string | undefined => {
  const m = /\(([^()]{1,20})\)\s*$/.exec(indicator);
  return m ? m[1].trim() : undefined;
});

/**
 * Kumulatif or nilai akhir. `satuan` is the Satuan column, `unit` a unit printed in the value cells
 * ("%", "Dokumen"). A "%" anywhere or a level word (persentase, indeks, rasio, …) is confident nilai
 * akhir; a count unit with a word of production (disusun, peserta, dokumen, …) confident kumulatif.
 */
export function guessAggregation(indicator: string, satuan = "", unit = ""): Guess<Aggregation> {
  return levelUnitGuess(satuan) ?? levelUnitGuess(unit) ?? levelUnitGuess(indicatorUnit(indicator) ?? "") ?? wordAggregation(indicator);
}

/** The confident nilai-akhir guess a level unit ("%", "Indeks") gives; null for any other unit. */
const levelUnitGuess = memo((raw: string): Guess<Aggregation> | null => {
  const u = raw.trim();
  return u !== "" && LEVEL_UNITS.test(u) ? Object.freeze({ value: "nilai-akhir", confident: true, reason: `satuan ${u}` }) : null;
});

/** guessAggregation from the indicator's words alone (no level unit). */
const wordAggregation = memo((indicator: string): Guess<Aggregation> => {
  const level = LEVEL_WORDS.exec(indicator);
  if (level) return Object.freeze({ value: "nilai-akhir", confident: true, reason: level[1].toLowerCase() });
  const stock = STOCK_WORDS.exec(indicator);
  if (stock) return Object.freeze({ value: "nilai-akhir", confident: false, reason: stock[1].toLowerCase() });
  const flow = FLOW_WORDS.exec(indicator);
  if (flow) return Object.freeze({ value: "kumulatif", confident: true, reason: flow[1].toLowerCase() });
  return Object.freeze({ value: "kumulatif", confident: false, reason: /\bjumlah\b/i.test(indicator) ? "jumlah" : "" });
});

// The bad thing itself: lower is better.
const NEGATIVE_WORDS =
  /\b(kemiskinan|penduduk miskin|kekerasan|stunting|gizi buruk|kematian|pengangguran|putus sekolah|perkawinan usia anak|perkawinan anak|pernikahan dini|pernah kawin|buta aksara|kasus|kriminalitas|tertinggal|kumuh|pelanggaran|gini|inflasi|kecelakaan|korban|pmks|ppks|penyandang masalah|terlantar|gelandangan|pengemis|temuan)\b/i;
// Serving, reducing or preventing the bad thing is good: these turn a negative word positive.
const SERVICE_WORDS =
  /\b(terlayani|dilayani|layanan|pelayanan|tertangani|ditangani|penanganan|mendapat(kan)?|memperoleh|menerima|diberi|diberikan|bantuan|pendampingan|didampingi|terpenuhi|pemenuhan|rehabilitasi|direhabilitasi|diberdayakan|pemberdayaan|pencegahan|penurunan|pengurangan|pengentasan|perlindungan|terlindungi|jaminan|pembinaan|dibina|sosialisasi|penyelesaian|diselesaikan|tindak lanjut|ditindaklanjuti|terselesaikan|pemulangan|dipulangkan|reintegrasi)\b/i;
// Clear signs of a "more is better" level.
const POSITIVE_WORDS =
  /\b(cakupan|kepuasan|pembangunan manusia|pembangunan gender|pemberdayaan gender|desa membangun|tepat waktu|layak|terampil|berkualifikasi|aktif|akuntabilitas|sakip|ketahanan|kualitas|capaian|partisipasi|ipm|ipg|idg|idm|ikm|skm|berkembang|mandiri|terawat|terfasilitasi|tersedia(nya)?)\b/i;

/**
 * Positif ("semakin tinggi semakin baik") or negatif. A negative word (kemiskinan, kekerasan,
 * stunting, …) makes it confidently negatif unless the indicator measures the service against it
 * ("korban kekerasan yang terlayani" is positif). Everything else is positif; confident only with a
 * clear positive word or a service word.
 */
export const guessDirection = memo((indicator: string): Guess<Direction> => {
  const negative = NEGATIVE_WORDS.exec(indicator);
  const service = SERVICE_WORDS.exec(indicator);
  if (negative && !service) return Object.freeze({ value: "negatif", confident: true, reason: negative[1].toLowerCase() });
  if (service) return Object.freeze({ value: "positif", confident: true, reason: service[1].toLowerCase() });
  const positive = POSITIVE_WORDS.exec(indicator);
  if (positive) return Object.freeze({ value: "positif", confident: true, reason: positive[1].toLowerCase() });
  return Object.freeze({ value: "positif", confident: false, reason: "" });
});
