/**
 * Text tables (.csv, .tsv): decoding bytes and splitting them into rows of text cells.
 * Every cell is the field's text as written, or null when the field is empty.
 */
import type { RawCell } from "../../core/grid";

export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

/**
 * Decode a text file: a UTF-8 BOM is dropped; UTF-16 with a BOM (Excel's "Unicode Text" export) is
 * honoured; otherwise the bytes are read as UTF-8 if they are valid UTF-8, else as windows-1252
 * (the "ANSI" code page of Indonesian Windows, a superset of latin1).
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decodeOr1252(bytes.subarray(3)).text, encoding: "utf-8" };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  }
  return decodeOr1252(bytes);
}

function decodeOr1252(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: "windows-1252" };
  }
}

/**
 * windows-1252 → string. Done by hand: Node's TextDecoder("windows-1252") decodes as ISO-8859-1
 * (0x80 becomes U+0080 instead of "€"; nodejs/node#56542), and Excel's "ANSI" CSV uses the
 * 0x80-0x9F punctuation (curly quotes, dashes, €) often.
 */
// prettier-ignore
const CP1252_80_9F = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  const CHUNK = 8192;
  let out = "";
  const codes = new Array<number>(Math.min(CHUNK, bytes.length));
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(start + CHUNK, bytes.length);
    codes.length = end - start;
    for (let i = start; i < end; i++) {
      const b = bytes[i];
      codes[i - start] = b >= 0x80 && b <= 0x9f ? CP1252_80_9F[b - 0x80] : b;
    }
    out += String.fromCharCode.apply(null, codes);
  }
  return out;
}

export type Delimiter = "," | ";" | "\t";
const CANDIDATES: Delimiter[] = [";", ",", "\t"];

/**
 * Pick the delimiter of a CSV text: each candidate splits the first records (quote-aware); a candidate
 * that gives every sampled record the same field count (> 1) beats one that does not, then more fields
 * wins. Indonesian Excel writes ';' (its list separator) and leaves decimal commas unquoted, so ','
 * typically gives ragged records there and loses.
 */
export function detectDelimiter(text: string, sampleRecords = 20): Delimiter {
  let best: Delimiter = ",";
  let bestScore = -1;
  for (const d of CANDIDATES) {
    const rows = splitDelimited(text, d, sampleRecords);
    if (rows.length === 0) continue;
    const first = rows[0].length;
    const consistent = first > 1 && rows.every((r) => r.length === first || (r.length === 1 && r[0] === null));
    const fields = Math.max(...rows.map((r) => r.length));
    if (fields <= 1) continue;
    const score = (consistent ? 1_000_000 : 0) + (consistent ? first : fields);
    if (score > bestScore) {
      bestScore = score;
      best = d;
    }
  }
  return best;
}

/**
 * Parse CSV text (RFC 4180 quoting: a field that starts with '"' runs to the closing quote, '""' is a
 * quote, delimiters and line breaks inside are kept). Line breaks are \r\n, \n or \r. A final empty
 * line is ignored; other empty lines stay as rows (so row numbers match the sheet Excel would show).
 * An Excel "sep=;" first line sets the delimiter and is dropped.
 */
export function parseCsv(text: string, delimiter?: Delimiter): RawCell[][] {
  let body = text;
  let d = delimiter;
  const sep = /^sep=(.)\r?\n/i.exec(body);
  if (sep && (sep[1] === "," || sep[1] === ";" || sep[1] === "\t")) {
    d ??= sep[1] as Delimiter;
    body = body.slice(sep[0].length);
  }
  return padRows(splitDelimited(body, d ?? detectDelimiter(body)));
}

function splitDelimited(text: string, delim: string, maxRecords = Infinity): RawCell[][] {
  const rows: RawCell[][] = [];
  const n = text.length;
  const dc = delim.charCodeAt(0);
  let row: RawCell[] = [];
  let i = 0;
  // Each iteration reads one field starting at i.
  while (i < n && rows.length < maxRecords) {
    let value: string;
    if (text.charCodeAt(i) === 34 /* " */) {
      // Quoted field.
      let buf = "";
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) {
          // Unterminated quote: take the rest of the text.
          buf += text.slice(j);
          j = n;
          break;
        }
        buf += text.slice(j, q);
        if (text.charCodeAt(q + 1) === 34) {
          buf += '"';
          j = q + 2;
        } else {
          j = q + 1;
          break;
        }
      }
      // Lenient: characters between the closing quote and the next delimiter are kept.
      let k = j;
      while (k < n) {
        const c = text.charCodeAt(k);
        if (c === dc || c === 10 || c === 13) break;
        k++;
      }
      if (k > j) buf += text.slice(j, k);
      value = buf;
      i = k;
    } else {
      let k = i;
      while (k < n) {
        const c = text.charCodeAt(k);
        if (c === dc || c === 10 || c === 13) break;
        k++;
      }
      value = text.slice(i, k);
      i = k;
    }
    row.push(value === "" ? null : value);
    if (i >= n) {
      rows.push(row);
      row = [];
      break;
    }
    const c = text.charCodeAt(i);
    if (c === dc) {
      i++;
      if (i >= n) {
        // Delimiter right before the end of the text: one more empty field.
        row.push(null);
        rows.push(row);
        row = [];
      }
    } else {
      // Line break.
      i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
      rows.push(row);
      row = [];
    }
  }
  return rows;
}

/**
 * Parse TSV text: records split on \n or \r\n, fields on tabs; no quoting, except that a field wholly
 * wrapped in double quotes is unwrapped ('""' inside becomes '"'). A final empty line is ignored.
 */
export function parseTsv(text: string): RawCell[][] {
  const lines = text.split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  const rows: RawCell[][] = new Array(lines.length);
  for (let r = 0; r < lines.length; r++) {
    const fields = lines[r].split("\t");
    const row: RawCell[] = new Array(fields.length);
    for (let c = 0; c < fields.length; c++) {
      let f = fields[c];
      if (f.length >= 2 && f.charCodeAt(0) === 34 && f.charCodeAt(f.length - 1) === 34) {
        f = f.slice(1, -1).replace(/""/g, '"');
      }
      row[c] = f === "" ? null : f;
    }
    rows[r] = row;
  }
  return padRows(rows);
}

/** Pad ragged rows with nulls to the widest row, so every row has the same length. */
export function padRows(rows: RawCell[][]): RawCell[][] {
  let width = 0;
  for (const r of rows) if (r.length > width) width = r.length;
  for (const r of rows) while (r.length < width) r.push(null);
  return rows;
}
