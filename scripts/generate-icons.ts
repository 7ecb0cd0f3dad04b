// Writes the UI's neutral default icons into app/, where Next serves them and
// links them from every page: favicon.ico (16, 32 and 48 px), icon.svg and
// apple-icon.png (180 px). A person's silhouette, white on the dark slate of the
// text colour. Drawn here, with no image library: each pixel's coverage is
// sampled 4×4 times, then written as PNG (zlib from Node) and packed into an ICO.
//
//   npx tsx scripts/generate-icons.ts
import { writeFileSync } from "node:fs";
import path from "node:path";
import { crc32, deflateSync } from "node:zlib";
import { repoRoot } from "./lib/kratos-module";

const SLATE = [0x1f, 0x29, 0x37] as const;
const WHITE = [0xff, 0xff, 0xff] as const;

/** The mark on a 64-unit square, the same shapes as ICON_SVG. */
const SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="#1f2937"/><circle cx="32" cy="24" r="9" fill="#fff"/><path d="M15 50a17 13 0 0 1 34 0z" fill="#fff"/></svg>\n`;

type Shape = "background" | "mark" | "none";

/** What covers point (x, y) of the 64-unit square; `rounded` corners for the favicon, square for Apple (it rounds them itself). */
function shapeAt(x: number, y: number, rounded: boolean): Shape {
  if (x < 0 || y < 0 || x > 64 || y > 64) return "none";
  if (rounded) {
    const r = 14;
    const cx = Math.min(Math.max(x, r), 64 - r);
    const cy = Math.min(Math.max(y, r), 64 - r);
    if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return "none";
  }
  if ((x - 32) ** 2 + (y - 24) ** 2 <= 81) return "mark";
  if (y <= 50 && ((x - 32) / 17) ** 2 + ((y - 50) / 13) ** 2 <= 1) return "mark";
  return "background";
}

/** RGBA pixels of the mark at `size` px, 16 samples per pixel. `inset` shrinks it inside a full background. */
function draw(size: number, rounded: boolean, inset = 0): Buffer {
  const pixels = Buffer.alloc(size * size * 4);
  const samples = 4;
  const scale = 64 / (size * (1 - 2 * inset));
  const offset = size * inset;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let covered = 0;
      let marked = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples - offset) * scale;
          const y = (py + (sy + 0.5) / samples - offset) * scale;
          const shape = inset > 0 && shapeAt(x, y, false) === "none" ? "background" : shapeAt(x, y, rounded);
          if (shape !== "none") covered++;
          if (shape === "mark") marked++;
        }
      }
      const at = (py * size + px) * 4;
      const white = covered === 0 ? 0 : marked / covered;
      for (let channel = 0; channel < 3; channel++) {
        pixels[at + channel] = Math.round((SLATE[channel] as number) * (1 - white) + (WHITE[channel] as number) * white);
      }
      pixels[at + 3] = Math.round((covered / samples ** 2) * 255);
    }
  }
  return pixels;
}

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size: number, rgba: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA, no interlace
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk("IHDR", header), chunk("IDAT", deflateSync(rows, { level: 9 })), chunk("IEND", Buffer.alloc(0))]);
}

/** An ICO holding PNG images (every browser in use reads those). */
function ico(images: readonly { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, png: data }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size % 256, 0);
    entry.writeUInt8(size % 256, 1);
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(data.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += data.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((image) => image.png)]);
}

const app = path.join(repoRoot, "app");
writeFileSync(path.join(app, "icon.svg"), SVG);
writeFileSync(path.join(app, "favicon.ico"), ico([16, 32, 48].map((size) => ({ size, png: png(size, draw(size, true)) }))));
writeFileSync(path.join(app, "apple-icon.png"), png(180, draw(180, false, 0.12)));
console.log("Wrote app/favicon.ico, app/icon.svg and app/apple-icon.png.");
