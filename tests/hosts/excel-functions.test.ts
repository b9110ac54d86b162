import * as path from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

/**
 * The custom functions CAPAIAN and PREDIKAT as Excel calls them: registered once, by the build, under
 * their worksheet names; the core's results for Indonesian text inputs; and #VALUE! with the core's
 * message for an input that is not a number.
 */

class RuntimeError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}

const associated = new Map<string, (...args: unknown[]) => unknown>();
const runtime = { associate: (id: string, fn: (...args: unknown[]) => unknown) => associated.set(id, fn), Error: RuntimeError, ErrorCode: { invalidValue: "#VALUE!" } };

let functions: typeof import("../../excel-addin/functions");

beforeAll(async () => {
  (globalThis as { CustomFunctions?: unknown }).CustomFunctions = runtime;
  functions = await import("../../excel-addin/functions");
});

afterAll(() => {
  delete (globalThis as { CustomFunctions?: unknown }).CustomFunctions;
});

test("the build registers each function once under its worksheet name: the metadata plugin's calls, none of the file's own", async () => {
  // What custom-functions-metadata-plugin (webpack.config.js) reads from the file: it appends a
  // CustomFunctions.associate(id, functionName) to the bundled file for each of these.
  const { associate, errors } = await generateCustomFunctionsMetadata(path.resolve(__dirname, "../../excel-addin/functions.ts"));
  expect(errors).toEqual([]);
  expect(associate.map(({ id, functionName }) => [id, functionName])).toEqual([
    ["CAPAIAN", "capaian"],
    ["PREDIKAT", "predikat"],
  ]);
  expect([functions.capaian.name, functions.predikat.name]).toEqual(["capaian", "predikat"]);
  // Loaded where the runtime is, the file itself registers nothing: the bundle's calls are the only ones.
  expect(associated.size).toBe(0);
});

test("CAPAIAN reads numbers as the planner typed them", () => {
  expect(functions.capaian(80, 100)).toBe(125);
  expect(functions.capaian("3 Dokumen", "3 Dokumen")).toBe(100);
  expect(functions.capaian("Rp 87.026.000", "Rp 43.513.000")).toBe(50);
  expect(functions.capaian(10, 8, "negatif")).toBe(120);
  expect(functions.capaian(10, 8, "negatif", "inverse")).toBe(125);
  expect(functions.capaian(0, 5)).toBe("");
});

test("PREDIKAT rates a capaian on the chosen scale", () => {
  expect(functions.predikat(87.25)).toBe("Tinggi");
  expect(functions.predikat("91,5%")).toBe("Sangat Tinggi");
  expect(functions.predikat(80, "berhasil")).toBe("Berhasil");
  expect(functions.predikat("")).toBe("");
});

test("an input that is not a number is #VALUE! with the core's Indonesian message", () => {
  let error: unknown;
  try {
    functions.capaian("banyak", 1);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(RuntimeError);
  expect(error).toMatchObject({ code: "#VALUE!", message: 'Target "banyak" bukan angka.' });
  expect(() => functions.predikat(90, "bintang")).toThrow('Skala "bintang" tidak dikenal; gunakan "permendagri", "berhasil" atau "baik".');
});
