import { execFileSync } from "node:child_process";
import * as fs from "node:fs";

/**
 * A printed page as an image, for the visual check: poppler's pdftoppm renders one PDF page to PNG;
 * the PNG header gives its size.
 */

/** Renders page `page` of the PDF to `<outPrefix>.png` at `dpi`; returns the PNG's path. */
export function pageToPng(pdf: string, outPrefix: string, page = 1, dpi = 70): string {
  execFileSync("pdftoppm", ["-png", "-r", String(dpi), "-f", String(page), "-l", String(page), "-singlefile", pdf, outPrefix], {
    stdio: "pipe",
    timeout: 60_000,
  });
  const png = `${outPrefix}.png`;
  if (!fs.existsSync(png)) throw new Error(`pdftoppm did not write ${png}`);
  return png;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height of a PNG (its IHDR chunk, right after the signature); null when not a PNG. */
export function pngSize(file: string): { width: number; height: number } | null {
  const head = Buffer.alloc(24);
  const fd = fs.openSync(file, "r");
  try {
    fs.readSync(fd, head, 0, 24, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (!head.subarray(0, 8).equals(PNG_SIGNATURE) || head.toString("latin1", 12, 16) !== "IHDR") return null;
  return { width: head.readUInt32BE(16), height: head.readUInt32BE(20) };
}
