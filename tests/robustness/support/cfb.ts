/**
 * A minimal Compound File Binary (OLE2, [MS-CFB] version 3) writer: the container Excel wraps a
 * password-protected workbook in ([MS-OFFCRYPTO]: streams "EncryptionInfo" and "EncryptedPackage"
 * in the root storage). The file is structurally valid — header, FAT, directory, mini FAT and mini
 * stream for small streams, regular sectors for large ones — so a test sees the bytes a real
 * encrypted .xlsx starts with and holds, not just a magic number.
 */
const SECTOR = 512;
const MINI_SECTOR = 64;
const MINI_CUTOFF = 4096;
const FREESECT = 0xffffffff;
const ENDOFCHAIN = 0xfffffffe;
const FATSECT = 0xfffffffd;
const NOSTREAM = 0xffffffff;
const ENTRIES_PER_SECTOR = SECTOR / 4;

export interface CfbStream {
  /** At most 31 characters. */
  name: string;
  data: Buffer;
}

const sectorsFor = (bytes: number, size: number) => Math.ceil(bytes / size);

function padTo(data: Buffer, size: number): Buffer {
  const rest = data.length % size;
  return rest === 0 ? data : Buffer.concat([data, Buffer.alloc(size - rest)]);
}

/** A chain of `count` consecutive sectors from `start` in an allocation table. */
function chain(table: number[], start: number, count: number): void {
  for (let i = 0; i < count; i++) table[start + i] = i === count - 1 ? ENDOFCHAIN : start + i + 1;
}

/** Directory order of [MS-CFB] §2.6.4: shorter names first, then by upper-case code units. */
function compareNames(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  const ua = a.toUpperCase();
  const ub = b.toUpperCase();
  return ua < ub ? -1 : ua > ub ? 1 : 0;
}

function directoryEntry(name: string, type: 2 | 5, color: 0 | 1, left: number, right: number, child: number, start: number, size: number): Buffer {
  const e = Buffer.alloc(128);
  e.write(name, 0, "utf16le");
  e.writeUInt16LE(2 * (name.length + 1), 64);
  e.writeUInt8(type, 66);
  e.writeUInt8(color, 67);
  e.writeUInt32LE(left, 68);
  e.writeUInt32LE(right, 72);
  e.writeUInt32LE(child, 76);
  e.writeUInt32LE(start, 116);
  e.writeUInt32LE(size, 120); // version 3: the high 32 bits stay 0
  return e;
}

/** A free directory slot: empty name, type 0, no siblings or child. */
function unusedEntry(): Buffer {
  const e = Buffer.alloc(128);
  e.writeUInt32LE(NOSTREAM, 68);
  e.writeUInt32LE(NOSTREAM, 72);
  e.writeUInt32LE(NOSTREAM, 76);
  return e;
}

/** The compound file holding `streams` in its root storage (at most 109 FAT sectors: ~6.8 MB). */
export function buildCfb(streams: CfbStream[]): Buffer {
  const sorted = [...streams].sort((a, b) => compareNames(a.name, b.name));
  const small = sorted.filter((s) => s.data.length < MINI_CUTOFF);
  const large = sorted.filter((s) => s.data.length >= MINI_CUTOFF);

  // Mini stream: small streams in 64-byte mini sectors, itself stored in regular sectors.
  const miniStart = new Map<string, number>();
  const miniParts: Buffer[] = [];
  const miniFat: number[] = [];
  for (const s of small) {
    const start = miniFat.length;
    const count = Math.max(1, sectorsFor(s.data.length, MINI_SECTOR));
    miniStart.set(s.name, start);
    miniFat.length += count;
    chain(miniFat, start, count);
    miniParts.push(padTo(s.data.length ? s.data : Buffer.alloc(1), MINI_SECTOR));
  }
  const miniStream = Buffer.concat(miniParts);

  // Regular sectors, in file order: FAT, directory, mini FAT, mini stream, large streams.
  const dirSectors = sectorsFor((1 + sorted.length) * 128, SECTOR);
  const miniFatSectors = sectorsFor(miniFat.length * 4, SECTOR);
  const miniStreamSectors = sectorsFor(miniStream.length, SECTOR);
  const largeSectors = large.map((s) => sectorsFor(s.data.length, SECTOR));
  const contentSectors = dirSectors + miniFatSectors + miniStreamSectors + largeSectors.reduce((a, b) => a + b, 0);
  let fatSectors = 1;
  while (fatSectors * ENTRIES_PER_SECTOR < fatSectors + contentSectors) fatSectors++;
  if (fatSectors > 109) throw new Error("buildCfb: too large for a header-only DIFAT");

  const fat: number[] = new Array(fatSectors * ENTRIES_PER_SECTOR).fill(FREESECT);
  for (let i = 0; i < fatSectors; i++) fat[i] = FATSECT;
  let next = fatSectors;
  const dirStart = next;
  chain(fat, dirStart, dirSectors);
  next += dirSectors;
  const miniFatStart = miniFatSectors ? next : ENDOFCHAIN;
  chain(fat, next, miniFatSectors);
  next += miniFatSectors;
  const miniStreamStart = miniStreamSectors ? next : ENDOFCHAIN;
  chain(fat, next, miniStreamSectors);
  next += miniStreamSectors;
  const largeStart = new Map<string, number>();
  large.forEach((s, i) => {
    largeStart.set(s.name, next);
    chain(fat, next, largeSectors[i]);
    next += largeSectors[i];
  });

  // Directory: the root, then the streams as a right-leaning chain under it: the first black, the
  // others red — a valid red-black tree for the two streams an encrypted package has.
  const entries: Buffer[] = [directoryEntry("Root Entry", 5, 1, NOSTREAM, NOSTREAM, sorted.length ? 1 : NOSTREAM, miniStreamStart, miniStream.length)];
  sorted.forEach((s, i) => {
    const right = i + 1 < sorted.length ? i + 2 : NOSTREAM;
    const start = s.data.length < MINI_CUTOFF ? miniStart.get(s.name)! : largeStart.get(s.name)!;
    entries.push(directoryEntry(s.name, 2, i === 0 ? 1 : 0, NOSTREAM, right, NOSTREAM, start, s.data.length));
  });
  while (entries.length % (SECTOR / 128) !== 0) entries.push(unusedEntry());

  const header = Buffer.alloc(SECTOR);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x003e, 24); // minor version
  header.writeUInt16LE(0x0003, 26); // major version 3
  header.writeUInt16LE(0xfffe, 28); // little-endian
  header.writeUInt16LE(9, 30); // 512-byte sectors
  header.writeUInt16LE(6, 32); // 64-byte mini sectors
  header.writeUInt32LE(fatSectors, 44);
  header.writeUInt32LE(dirStart, 48);
  header.writeUInt32LE(MINI_CUTOFF, 56);
  header.writeUInt32LE(miniFatStart, 60);
  header.writeUInt32LE(miniFatSectors, 64);
  header.writeUInt32LE(ENDOFCHAIN, 68); // no DIFAT sectors
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i < fatSectors ? i : FREESECT, 76 + 4 * i);

  const table = (values: number[], sectors: number) => {
    const b = Buffer.alloc(sectors * SECTOR, 0xff);
    values.forEach((v, i) => b.writeUInt32LE(v, 4 * i));
    return b;
  };
  return Buffer.concat([
    header,
    table(fat, fatSectors),
    Buffer.concat(entries),
    table(miniFat, miniFatSectors),
    padTo(miniStream, SECTOR),
    ...large.map((s) => padTo(s.data, SECTOR)),
  ]);
}

/**
 * A password-protected .xlsx as Excel writes it (agile encryption): an EncryptionInfo stream
 * (version 4.4 and its XML descriptor) and an EncryptedPackage stream (the package size, then
 * ciphertext — here deterministic noise, as nothing ever decrypts it).
 */
export function encryptedXlsx(): Buffer {
  const xml =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
    '<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption" ' +
    'xmlns:p="http://schemas.microsoft.com/office/2006/keyEncryptor/password">' +
    '<keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="AAAAAAAAAAAAAAAAAAAAAA=="/>' +
    '<keyEncryptors><keyEncryptor uri="http://schemas.microsoft.com/office/2006/keyEncryptor/password">' +
    '<p:encryptedKey spinCount="100000" saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="AAAAAAAAAAAAAAAAAAAAAA=="/>' +
    "</keyEncryptor></keyEncryptors></encryption>";
  const info = Buffer.concat([Buffer.from([0x04, 0x00, 0x04, 0x00, 0x40, 0x00, 0x00, 0x00]), Buffer.from(xml, "utf8")]);
  const packageSize = 6000;
  const body = Buffer.alloc(8 + 6144);
  body.writeUInt32LE(packageSize, 0);
  for (let i = 8; i < body.length; i++) body[i] = (i * 2654435761) >>> 24;
  return buildCfb([
    { name: "EncryptionInfo", data: info },
    { name: "EncryptedPackage", data: body },
  ]);
}
