/**
 * Writes the add-in icons assets/icon-<size>.png (16, 32, 64, 80, 128 px): three rising white bars
 * on a blue rounded square. Plain RGBA PNGs built with zlib, no image library.
 * Run with `npx tsx scripts/generate-icons.ts`; the output is committed.
 */
import { mkdirSync, writeFileSync } from "fs";
import * as path from "path";
import { deflateSync } from "zlib";

export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

type Rgb = readonly [number, number, number];
const BACKGROUND: Rgb = [0x2f, 0x54, 0x96];
const BARS: Rgb = [0xff, 0xff, 0xff];

/** The glyph in unit coordinates (y grows downwards): rectangles as [x0, y0, x1, y1]. */
const BAR_RECTS: readonly (readonly [number, number, number, number])[] = [
  [0.2, 0.52, 0.34, 0.78],
  [0.43, 0.38, 0.57, 0.78],
  [0.66, 0.22, 0.8, 0.78],
  [0.16, 0.78, 0.84, 0.83],
];
const CORNER_RADIUS = 0.18;
/** Samples per pixel side, for anti-aliased edges. */
const SUPERSAMPLE = 4;

function insideRoundedSquare(x: number, y: number): boolean {
  const cx = Math.min(Math.max(x, CORNER_RADIUS), 1 - CORNER_RADIUS);
  const cy = Math.min(Math.max(y, CORNER_RADIUS), 1 - CORNER_RADIUS);
  return (x - cx) ** 2 + (y - cy) ** 2 <= CORNER_RADIUS ** 2;
}

function insideBars(x: number, y: number): boolean {
  return BAR_RECTS.some(([x0, y0, x1, y1]) => x >= x0 && x < x1 && y >= y0 && y < y1);
}

/** RGBA pixels, row by row, of the icon at `size` px. */
export function renderIcon(size: number): Buffer {
  const pixels = Buffer.alloc(size * size * 4);
  const n = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let square = 0;
      let bar = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = (px + (sx + 0.5) / SUPERSAMPLE) / size;
          const y = (py + (sy + 0.5) / SUPERSAMPLE) / size;
          if (!insideRoundedSquare(x, y)) continue;
          square++;
          if (insideBars(x, y)) bar++;
        }
      }
      const o = (py * size + px) * 4;
      // colour of the covered part, alpha of the coverage: edges blend with any ribbon background
      for (let ch = 0; ch < 3; ch++) pixels[o + ch] = square === 0 ? 0 : Math.round((BACKGROUND[ch] * (square - bar) + BARS[ch] * bar) / square);
      pixels[o + 3] = Math.round((255 * square) / n);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 as PNG chunks use it (ISO 3309, the same as zlib's). */
function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG file (8-bit RGBA, no interlace, filter 0 on every row) of `size`×`size` RGBA pixels. */
export function encodePng(size: number, rgba: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

if (require.main === module) {
  const dir = path.join(__dirname, "..", "assets");
  mkdirSync(dir, { recursive: true });
  for (const size of ICON_SIZES) {
    const file = path.join(dir, `icon-${size}.png`);
    writeFileSync(file, encodePng(size, renderIcon(size)));
    console.log(`${path.relative(process.cwd(), file)} (${size}×${size})`);
  }
}
