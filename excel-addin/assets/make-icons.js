/**
 * Draws the add-in's ribbon and store icons (16, 32, 64 and 80 px PNGs next to this file): a blue
 * tile with a white table whose header row is tinted, and a green tick for "checked". Drawn from
 * shapes with 4×4 supersampling, so every size is crisp without an image editor or a download.
 *
 *   node excel-addin/assets/make-icons.js
 */
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

const SIZES = [16, 32, 64, 80];
const BLUE = [15, 108, 189];
const TINT = [207, 228, 250];
const WHITE = [255, 255, 255];
const GREEN = [16, 124, 16];

/** Shapes in unit coordinates (0..1), painted in order; each says whether a point is inside. */
function shapes(size) {
  // Grid lines stay at least one pixel wide at 16 px.
  const line = Math.max(1 / size, 0.045);
  const [left, right, top, bottom] = [0.2, 0.8, 0.22, 0.78];
  const rows = [top, 0.36, 0.5, 0.64, bottom];
  const cols = [left, 0.42, right];
  const inRect = (x, y, x0, y0, x1, y1) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
  const roundRect = (x, y, r) => {
    const cx = Math.min(Math.max(x, r), 1 - r);
    const cy = Math.min(Math.max(y, r), 1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
  const nearSegment = (x, y, [ax, ay], [bx, by], width) => {
    const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
    return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay))) <= width / 2;
  };
  const tick = [[0.56, 0.72], [0.66, 0.82], [0.86, 0.6]];
  return [
    { color: BLUE, inside: (x, y) => roundRect(x, y, 0.18) },
    { color: WHITE, inside: (x, y) => inRect(x, y, left, top, right, bottom) },
    { color: TINT, inside: (x, y) => inRect(x, y, left, top, right, rows[1]) },
    {
      color: BLUE,
      inside: (x, y) =>
        inRect(x, y, left, top, right, bottom) &&
        (rows.some((r) => Math.abs(y - r) <= line / 2) || cols.some((c) => Math.abs(x - c) <= line / 2)),
    },
    { color: WHITE, inside: (x, y) => Math.hypot(x - 0.71, y - 0.71) <= 0.21 },
    { color: GREEN, inside: (x, y) => Math.hypot(x - 0.71, y - 0.71) <= 0.17 },
    { color: WHITE, inside: (x, y) => nearSegment(x, y, tick[0], tick[1], 0.07) || nearSegment(x, y, tick[1], tick[2], 0.07) },
  ];
}

/** RGBA pixels: each pixel averages 16 samples of the topmost shape at that point. */
function draw(size) {
  const layers = shapes(size);
  const pixels = Buffer.alloc(size * size * 4);
  const n = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const [x, y] = [(px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size];
          const top = layers.filter((l) => l.inside(x, y)).pop();
          if (!top) continue;
          top.color.forEach((c, i) => (sum[i] += c));
          sum[3] += 255;
        }
      }
      const covered = sum[3] / 255;
      const at = (py * size + px) * 4;
      // Colour averaged over the covered samples, alpha by coverage (straight alpha, as PNG wants).
      for (let i = 0; i < 3; i++) pixels[at + i] = covered ? Math.round(sum[i] / covered) : 0;
      pixels[at + 3] = Math.round(sum[3] / (n * n));
    }
  }
  return pixels;
}

function png(size, rgba) {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  // Each scanline starts with filter type 0 (none).
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk("IHDR", header), chunk("IDAT", zlib.deflateSync(raw, { level: 9 })), chunk("IEND", Buffer.alloc(0))]);
}

for (const size of SIZES) fs.writeFileSync(path.join(__dirname, `icon-${size}.png`), png(size, draw(size)));
