import { capaianFunction, FunctionInputError, predikatFunction } from "../core/functions/custom-functions";

/** The custom functions runtime's global, as far as used here (its @types package is not a dependency). */
declare const CustomFunctions: {
  Error: new (code: string, message?: string) => Error;
  ErrorCode: { invalidValue: string };
};

// The worksheet functions CAPAIAN and PREDIKAT. custom-functions-metadata-plugin reads each
// function's JSDoc into its metadata (name, help in Bahasa Indonesia), so keep that format — and
// keep this note a line comment, or the plugin takes it for the first function's description. The
// plugin also appends the CustomFunctions.associate call of each @customfunction to this file in
// the build (webpack.config.js), so the file registers nothing itself.
// Arguments are `any` on purpose: Excel then passes a cell as it holds it, a number or the
// planner's text ("35,12%", "Rp 87.026.000"), and the core reads it the Indonesian way.

/**
 * Capaian kinerja dalam persen: realisasi dibagi target × 100, atau untuk indikator negatif (2T − R)/T × 100.
 * @customfunction CAPAIAN
 * @param target Target: angka, atau teks seperti "35,12%", "3 Dokumen", "Rp 87.026.000".
 * @param realisasi Realisasi, ditulis seperti target.
 * @param [arah] "positif" (semakin tinggi semakin baik, bawaan) atau "negatif" (semakin rendah semakin baik).
 * @param [metode] Rumus indikator negatif: "lan" ((2T − R)/T, bawaan) atau "inverse" (T/R).
 * @returns Capaian dalam persen, tanpa pembulatan; kosong bila target 0 atau belum diisi.
 */
export function capaian(target: any, realisasi: any, arah?: string, metode?: string): any {
  return guarded(() => capaianFunction(target, realisasi, arah, metode));
}

/**
 * Predikat kinerja dari nilai capaian dalam persen.
 * @customfunction PREDIKAT
 * @param nilai Capaian dalam persen, misalnya 87,25 atau "87,25%".
 * @param [skala] "permendagri" (Sangat Tinggi … Sangat Rendah, bawaan), "berhasil" atau "baik".
 * @returns Predikat; kosong bila nilai belum diisi.
 */
export function predikat(nilai: any, skala?: string): any {
  return guarded(() => predikatFunction(nilai, skala));
}

/** An input the core cannot read shows as #VALUE! with the core's Indonesian message. */
function guarded<T>(compute: () => T): T {
  try {
    return compute();
  } catch (e) {
    if (e instanceof FunctionInputError) throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, e.message);
    throw e;
  }
}
