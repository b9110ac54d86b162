import type { HeaderColumn } from "./sheet";

/** A column of the official T-C.27 and what it holds. */
export type Tc27Key =
  | { key: "tujuan" | "sasaran" | "kode" | "uraian" | "indikator" | "satuan" | "baseline" | "finalTarget" | "finalRp" | "unitPd" | "lokasi" }
  | { key: "target" | "rp"; year: number };

export interface Tc27Column extends HeaderColumn {
  spec: Tc27Key;
}

const TARGET_GROUP = "Target Kinerja Program dan Kerangka Pendanaan";
const FINAL_GROUP = "Kondisi Kinerja pada Akhir Periode Renstra Perangkat Daerah";

/**
 * The columns of Tabel T-C.27 (Permendagri 86/2017, as the Renstra prints it): header texts as the
 * regulation's form words them, which the detector reads back as a renstra-program table.
 */
export function tc27Columns(years: number[], withTujuanSasaran: boolean, satuanColumn: boolean): Tc27Column[] {
  const cols: Omit<Tc27Column, "number">[] = [];
  const add = (spec: Tc27Key, path: string[], width: number) => cols.push({ spec, path, width });
  if (withTujuanSasaran) {
    add({ key: "tujuan" }, ["Tujuan"], 24);
    add({ key: "sasaran" }, ["Sasaran"], 24);
  }
  add({ key: "kode" }, ["Kode"], 18);
  add({ key: "uraian" }, ["Program, Kegiatan dan Sub Kegiatan"], 40);
  add({ key: "indikator" }, ["Indikator Kinerja Tujuan, Sasaran, Program (Outcome), Kegiatan (Output) dan Sub Kegiatan (Output)"], 40);
  if (satuanColumn) add({ key: "satuan" }, ["Satuan"], 10);
  add({ key: "baseline" }, [`Data Capaian pada Tahun Awal Perencanaan ${years[0] - 1}`], 12);
  for (const year of years) {
    add({ key: "target", year }, [TARGET_GROUP, `Tahun ${year}`, "Target"], 13);
    add({ key: "rp", year }, [TARGET_GROUP, `Tahun ${year}`, "Rp"], 19);
  }
  add({ key: "finalTarget" }, [FINAL_GROUP, "Target"], 13);
  add({ key: "finalRp" }, [FINAL_GROUP, "Rp"], 21);
  add({ key: "unitPd" }, ["Unit Kerja Perangkat Daerah Penanggung Jawab"], 20);
  add({ key: "lokasi" }, ["Lokasi"], 14);
  return cols.map((c, i) => ({ ...c, number: `(${i + 1})` }));
}
