import { deflateSync } from 'node:zlib';
import { saveFile, type StoredFile } from '../../domain/shared/file-storage.js';
import { transliterate } from './transliterate.js';

const PDF_LINE_LENGTH = 90;

/** Splits a line at spaces into pieces that fit the page. */
function wrap(line: string): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const word of line.split(' ')) {
    if (piece && piece.length + word.length >= PDF_LINE_LENGTH) {
      pieces.push(piece);
      piece = word;
    } else piece = piece ? `${piece} ${word}` : word;
  }
  return [...pieces, piece];
}

/** A one-page PDF in Helvetica; the Russian lines are transliterated, for the standard fonts have no Cyrillic. */
function demoPdf(lines: readonly string[]): Buffer {
  const escape = (line: string) => line.replace(/[\\()]/g, (char) => `\\${char}`);
  const [title = '', ...rest] = lines.map(transliterate);
  const content = [
    'BT',
    '/F1 15 Tf 56 780 Td 18 TL',
    `(${escape(title)}) Tj`,
    '/F1 11 Tf T*',
    ...rest.flatMap(wrap).map((line) => `T* (${escape(line)}) Tj`),
    'ET',
  ].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const offset = pdf.length;
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return offset;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A small PNG of a blue round stamp on white paper, standing in for a scanned page. */
function demoPng(width = 160, height = 120): Buffer {
  const rows: Buffer[] = [];
  const [cx, cy, radius] = [width / 2, height / 2, Math.min(width, height) * 0.4];
  for (let y = 0; y < height; y += 1) {
    const row = Buffer.alloc(1 + width * 3, 0xff);
    row[0] = 0; // filter: none
    for (let x = 0; x < width; x += 1) {
      const distance = Math.hypot(x - cx, y - cy);
      const ink = Math.abs(distance - radius) < 3 || Math.abs(distance - radius * 0.7) < 1.5;
      if (ink) row.set([40, 60, 170], 1 + x * 3);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits per channel, RGB, deflate, no filter, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(Buffer.concat(rows))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A demo attachment: a PDF with the lines, a PNG «scan», or the lines as UTF-8 text, by the name's extension. */
export interface DemoFile {
  filename: string;
  lines: readonly string[];
}

function storeDemoFile({ filename, lines }: DemoFile): Promise<StoredFile> {
  if (filename.endsWith('.pdf'))
    return saveFile({ filename, contentType: 'application/pdf', data: demoPdf(lines) });
  if (filename.endsWith('.png')) return saveFile({ filename, contentType: 'image/png', data: demoPng() });
  const data = Buffer.from(`${lines.join('\n')}\n`, 'utf8');
  return saveFile({ filename, contentType: 'text/plain; charset=utf-8', data });
}

/** Stores the files in GridFS one after another: FerretDB's SQLite backend takes concurrent uploads much slower. */
export async function storeDemoFiles(files: readonly DemoFile[]): Promise<StoredFile[]> {
  const stored: StoredFile[] = [];
  for (const file of files) stored.push(await storeDemoFile(file));
  return stored;
}
