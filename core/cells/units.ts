/**
 * Unit words that count whole things. A target like "21.256 Ruta" cannot mean 21,256 households, so for
 * such units a lone separator followed by three digits must be a thousands separator (DOMAIN.md §5).
 * Only words seen in planning tables for indivisible things belong here; time and measure units
 * ("bulan", "tahun", "Ha", "km") do not, because halves of them are written.
 */
const COUNT_UNITS = new Set([
  // people and households
  "orang", "jiwa", "kk", "kpm", "ruta", "rts", "rtm", "keluarga", "anak", "peserta", "pegawai", "asn",
  "lansia", "klien", "pmks", "ppks",
  // places and organisations
  "desa", "kelurahan", "kel", "kecamatan", "dusun", "lokasi", "kawasan", "titik", "lembaga", "kelompok",
  "kube", "kt", "lks", "tksk", "bumdes", "posyandu", "sekolah", "panti", "rumah",
  // things and activities
  "unit", "buah", "dokumen", "laporan", "kali", "paket", "kegiatan", "lembar", "eksemplar", "eksampilar",
  "buku", "set", "stel", "stell", "pasang", "kerjasama", "naskah", "perda", "perbup", "sk",
]);

/** The unit's head word: "Desa/Kel" → "desa", "(kalender)" → "kalender", "Orang/bulan" → "orang". */
function headWord(unit: string): string {
  return unit
    .replace(/^[\s(.]+/, "")
    .split(/[\s/,()]+/)[0]
    .toLowerCase();
}

/** True when the unit counts indivisible things, so its quantity must be a whole number. */
export function isCountUnit(unit: string | undefined): boolean {
  return unit !== undefined && COUNT_UNITS.has(headWord(unit));
}
