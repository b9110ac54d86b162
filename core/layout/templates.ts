import type { ColumnRole, Measure, TableKind } from "./types";

/**
 * Layout templates are data: a new real variant is a change here, not in the detector.
 *
 * A rule assigns `role` to a column whose header path (all header texts above it, joined) contains
 * every phrase of `all`, at least one of `any`, none of `none`; whose leaf text (the lowest header) is
 * exactly one of `leafIs`; whose path names a year when `year` is "required" and none when
 * "forbidden"; and whose leaf names the measure `measure` (Target/K vs Rp/Pagu). A column's measure
 * and quarter are recorded whenever its header names them.
 * Phrases are lower-case words; a word ending in "*" is a prefix; longer words tolerate one typo.
 * The first matching rule wins, so specific rules come before general ones.
 */
export interface RoleRule {
  role: ColumnRole;
  all?: string[];
  any?: string[];
  none?: string[];
  leafIs?: string[];
  year?: "required" | "forbidden";
  measure?: Measure;
  quarter?: "required";
  growth?: true;
}

export interface KindTemplate {
  kind: TableKind;
  /** Official names, for messages. */
  label: { id: string; en: string };
  /** Phrases in the title lines above the header that name this kind. */
  titlePhrases: string[];
  /** Roles the kind cannot do without; the share found is the main score. */
  required: ColumnRole[];
  /** Roles only this kind has; each found adds to the score. */
  distinctive: ColumnRole[];
  /** More distinct years than this in the header makes the kind unlikely. */
  maxYears?: number;
  rules: RoleRule[];
}

const common = {
  kode: { role: "kode", any: ["kode"] } as RoleRule,
  no: { role: "no", leafIs: ["no", "nomor", "no urut"] } as RoleRule,
  indikator: { role: "indikator", any: ["indikator", "indikaor"] } as RoleRule,
  uraian: { role: "uraian", any: ["program", "kegiatan", "uraian", "urusan"] } as RoleRule,
  satuan: { role: "satuan", any: ["satuan"] } as RoleRule,
  unitPd: {
    role: "unitPd",
    any: ["unit kerja", "penanggung jawab", "pengampu", "unit pd", "unit perangkat daerah", "opd penanggung"],
  } as RoleRule,
  lokasi: { role: "lokasi", any: ["lokasi"] } as RoleRule,
  keterangan: { role: "keterangan", any: ["keterangan", "ket"] } as RoleRule,
  catatan: { role: "catatan", any: ["catatan"] } as RoleRule,
  arah: { role: "arah", leafIs: ["arah", "arah indikator"] } as RoleRule,
  sifat: { role: "sifat", leafIs: ["sifat", "sifat indikator"] } as RoleRule,
};

export const TEMPLATES: KindTemplate[] = [
  {
    kind: "renstra-program",
    label: {
      id: "Tabel T-C.27 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan",
      en: "Table T-C.27 Planned programs, activities, sub-activities and funding",
    },
    titlePhrases: ["t c 27", "tc 27", "rencana program kegiatan", "rencana program dan kegiatan", "tabel 6 1", "tabel 6 2"],
    required: ["uraian", "indikator", "target", "rp"],
    distinctive: ["finalTarget", "finalRp", "baseline"],
    rules: [
      common.kode,
      common.arah,
      common.sifat,
      { role: "finalTarget", all: ["akhir"], any: ["kondisi", "target akhir", "capaian akhir"], measure: "K" },
      { role: "finalRp", all: ["akhir"], any: ["kondisi", "target akhir", "capaian akhir"], measure: "Rp" },
      { role: "baseline", any: ["tahun awal", "capaian awal", "baseline", "kondisi awal", "kondisi kinerja awal", "data capaian"] },
      { role: "target", year: "required", measure: "K" },
      { role: "rp", year: "required", measure: "Rp" },
      { role: "tujuan", leafIs: ["tujuan"] },
      { role: "sasaran", leafIs: ["sasaran"] },
      { role: "formulasi", any: ["formulasi", "definisi operasional", "do"] },
      common.indikator,
      common.satuan,
      common.unitPd,
      common.lokasi,
      common.keterangan,
      common.no,
      common.uraian,
    ],
  },
  {
    kind: "rumusan-renja",
    label: {
      id: "Tabel T-C.33 Rumusan Rencana Program dan Kegiatan Tahun n dan Prakiraan Maju n+1",
      en: "Table T-C.33 Planned programs and activities for year n and forward estimate n+1",
    },
    titlePhrases: ["t c 33", "tc 33", "rumusan rencana program", "prakiraan maju"],
    required: ["uraian", "indikator", "target", "rp"],
    distinctive: ["sumberDana", "catatan", "lokasi"],
    maxYears: 3,
    rules: [
      common.arah,
      common.sifat,
      common.kode,
      common.lokasi,
      { role: "sumberDana", any: ["sumber dana"] },
      common.catatan,
      { role: "target", year: "required", measure: "K" },
      { role: "rp", year: "required", measure: "Rp" },
      common.indikator,
      common.unitPd,
      common.keterangan,
      common.no,
      common.uraian,
    ],
  },
  {
    kind: "evaluasi-renja",
    label: {
      id: "Tabel T-C.29 Evaluasi Hasil Pelaksanaan Renja dan Pencapaian Renstra",
      en: "Table T-C.29 Evaluation of the annual work plan and progress on the strategic plan",
    },
    titlePhrases: ["t c 29", "tc 29", "evaluasi hasil pelaksanaan renja"],
    required: ["targetRenstraAkhir", "realisasiSdBerjalan", "tingkatCapaian"],
    distinctive: ["tingkatRealisasi", "targetRenjaLalu", "realisasiRenjaLalu"],
    rules: [
      common.arah,
      common.sifat,
      common.kode,
      { role: "tingkatRealisasi", any: ["tingkat realisasi"] },
      { role: "tingkatCapaian", any: ["tingkat capaian"] },
      { role: "targetRenjaLalu", all: ["tahun lalu"], any: ["target"], none: ["realisasi renja", "tingkat"] },
      { role: "realisasiRenjaLalu", all: ["tahun lalu", "realisasi"] },
      { role: "realisasiSdBerjalan", all: ["realisasi"], any: ["tahun berjalan", "sd tahun"] },
      { role: "targetRenja", all: ["target"], any: ["renja"], none: ["realisasi"] },
      { role: "targetRenstraAkhir", all: ["target"], any: ["renstra"], none: ["realisasi"] },
      { role: "realisasiSdLalu", any: ["realisasi"] },
      common.indikator,
      common.unitPd,
      common.keterangan,
      common.no,
      common.uraian,
    ],
  },
  {
    kind: "evaluasi-renja-triwulan",
    label: {
      id: "Formulir E.81 Evaluasi terhadap Hasil Renja Perangkat Daerah",
      en: "Form E.81 Quarterly evaluation of the annual work plan",
    },
    titlePhrases: ["e 81", "e81", "evaluasi terhadap hasil renja"],
    required: ["realisasiTriwulan", "tingkatCapaian"],
    distinctive: ["realisasiTriwulan", "realisasiRenja"],
    rules: [
      common.arah,
      common.sifat,
      common.kode,
      { role: "realisasiTriwulan", any: ["triwulan", "tw", "trw"], quarter: "required" },
      { role: "tingkatCapaian", any: ["tingkat capaian"] },
      { role: "realisasiSdLalu", all: ["realisasi"], any: ["tahun lalu"] },
      { role: "realisasiSdBerjalan", all: ["realisasi", "renstra"], any: ["sd", "sampai dengan"] },
      { role: "realisasiRenja", all: ["realisasi"], any: ["renja", "dievaluasi"] },
      { role: "targetRenja", all: ["target"], any: ["renja", "tahun berjalan", "dievaluasi"] },
      { role: "targetRenstraAkhir", all: ["target"], any: ["renstra", "akhir periode"] },
      { role: "sasaran", any: ["sasaran"], none: ["indikator"] },
      common.indikator,
      common.unitPd,
      common.keterangan,
      common.no,
      common.uraian,
    ],
  },
  {
    kind: "kinerja-pelayanan",
    label: {
      id: "Tabel T-C.23 Pencapaian Kinerja Pelayanan Perangkat Daerah",
      en: "Table T-C.23 Service performance of the regional agency",
    },
    titlePhrases: ["t c 23", "tc 23", "t c 30", "tc 30", "pencapaian kinerja pelayanan", "capaian kinerja pelayanan"],
    required: ["indikator", "target", "realisasi"],
    distinctive: ["targetNspk", "targetIkk", "targetLain", "proyeksi", "rasio"],
    rules: [
      common.arah,
      common.sifat,
      { role: "targetNspk", any: ["nspk", "spm", "standar nasional"] },
      { role: "targetIkk", any: ["ikk"] },
      { role: "targetLain", any: ["indikator lainnya", "indikator lain"] },
      { role: "rasio", any: ["rasio"], year: "required" },
      { role: "proyeksi", any: ["proyeksi"], year: "required" },
      { role: "realisasi", any: ["realisasi"], year: "required" },
      { role: "target", any: ["target"], year: "required" },
      common.catatan,
      common.indikator,
      common.satuan,
      common.keterangan,
      common.no,
    ],
  },
  {
    kind: "anggaran-realisasi",
    label: {
      id: "Tabel T-C.24 Anggaran dan Realisasi Pendanaan Pelayanan Perangkat Daerah",
      en: "Table T-C.24 Budget and spending of the regional agency's services",
    },
    titlePhrases: ["t c 24", "tc 24", "anggaran dan realisasi pendanaan"],
    required: ["anggaran", "realisasi"],
    distinctive: ["growth", "rasio"],
    rules: [
      common.arah,
      common.sifat,
      { role: "growth", any: ["pertumbuhan"], growth: true },
      { role: "rasio", any: ["rasio"], year: "required" },
      { role: "realisasi", any: ["realisasi"], year: "required" },
      { role: "anggaran", any: ["anggaran"], year: "required" },
      common.no,
      common.uraian,
    ],
  },
  {
    kind: "pengukuran-kinerja",
    label: {
      id: "Pengukuran Kinerja (LKjIP/LAKIP)",
      en: "Performance measurement (LKjIP/LAKIP)",
    },
    titlePhrases: ["pengukuran kinerja", "lkjip", "lakip", "perjanjian kinerja", "capaian kinerja sasaran", "iku"],
    required: ["indikator", "target", "realisasi", "capaian"],
    distinctive: ["capaian"],
    maxYears: 2,
    rules: [
      common.arah,
      common.sifat,
      { role: "capaian", any: ["capaian"], none: ["realisasi", "target"] },
      { role: "targetRenstraAkhir", all: ["target"], any: ["akhir", "renstra"] },
      { role: "target", any: ["target"] },
      { role: "realisasi", any: ["realisasi"] },
      { role: "sasaran", any: ["sasaran"], none: ["indikator"] },
      common.indikator,
      common.satuan,
      common.keterangan,
      common.no,
      { role: "uraian", any: ["program", "kegiatan", "uraian"] },
    ],
  },
];

/** Words that mark a header cell in any kind (beyond the template phrases). */
export const HEADER_WORDS = [
  "target",
  "rp",
  "k",
  "pagu",
  "realisasi",
  "anggaran",
  "rasio",
  "capaian",
  "tahun",
  "triwulan",
  "i",
  "ii",
  "iii",
  "iv",
  "lokasi",
  "satuan",
  "kinerja",
  "kode",
  "no",
  "uraian",
  "indikator",
  "keterangan",
  "sumber dana",
  "catatan",
  "tujuan",
  "sasaran",
  "program",
  "kegiatan",
  "kondisi",
  "baseline",
  "proyeksi",
  "jumlah",
];
