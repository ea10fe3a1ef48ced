// Draws media/icon.png (128×128, the Marketplace icon) with no image library: a brief page
// beside a calendar with a check mark, rendered by 4×4 supersampling and written with zlib.
// Run: node scripts/make-icon.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SS = 4; // samples per axis per pixel

const hex = (h) => [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16)];
const inRoundRect = (x, y, x0, y0, x1, y1, r) => {
  const cx = Math.max(x0 + r, Math.min(x, x1 - r));
  const cy = Math.max(y0 + r, Math.min(y, y1 - r));
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const nearSegment = (x, y, [ax, ay], [bx, by], w) => {
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return (x - ax - t * (bx - ax)) ** 2 + (y - ay - t * (by - ay)) ** 2 <= (w / 2) ** 2;
};

// Painted in order; the last shape that covers a sample gives its colour.
const shapes = [
  { color: hex('#1b3a5c'), hit: (x, y) => inRoundRect(x, y, 0, 0, 128, 128, 26) },
  { color: hex('#f4f6f8'), hit: (x, y) => inRoundRect(x, y, 22, 16, 82, 108, 7) },
  ...[34, 46, 58, 70, 82].map((y0, i) => ({
    color: hex('#8fa1b5'),
    hit: (x, y) => inRoundRect(x, y, 32, y0, i % 2 ? 62 : 72, y0 + 5, 2.5),
  })),
  { color: hex('#1b3a5c'), hit: (x, y) => inRoundRect(x, y, 58, 58, 116, 114, 11) }, // gap around the badge
  { color: hex('#f29d38'), hit: (x, y) => inRoundRect(x, y, 62, 62, 112, 110, 8) },
  { color: hex('#c8691f'), hit: (x, y) => inRoundRect(x, y, 62, 62, 112, 76, 8) || inRoundRect(x, y, 62, 70, 112, 76, 0) },
  { color: hex('#f4f6f8'), hit: (x, y) => inRoundRect(x, y, 72, 56, 78, 68, 3) || inRoundRect(x, y, 96, 56, 102, 68, 3) },
  { color: hex('#ffffff'), hit: (x, y) => nearSegment(x, y, [73, 92], [83, 101], 7) || nearSegment(x, y, [83, 101], [101, 83], 7) },
];

const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let py = 0; py < SIZE; py++) {
  raw[py * (SIZE * 4 + 1)] = 0; // PNG filter: none
  for (let px = 0; px < SIZE; px++) {
    const acc = [0, 0, 0, 0];
    for (let sy = 0; sy < SS; sy++) {
      for (let sx = 0; sx < SS; sx++) {
        const x = px + (sx + 0.5) / SS;
        const y = py + (sy + 0.5) / SS;
        let color;
        for (const s of shapes) if (s.hit(x, y)) color = s.color;
        if (!color) continue;
        acc[0] += color[0];
        acc[1] += color[1];
        acc[2] += color[2];
        acc[3] += 255;
      }
    }
    const n = SS * SS;
    const covered = acc[3] / 255;
    const o = py * (SIZE * 4 + 1) + 1 + px * 4;
    // Average colour over covered samples; alpha from coverage (premultiplication undone).
    raw[o] = covered ? Math.round(acc[0] / covered) : 0;
    raw[o + 1] = covered ? Math.round(acc[1] / covered) : 0;
    raw[o + 2] = covered ? Math.round(acc[2] / covered) : 0;
    raw[o + 3] = Math.round(acc[3] / n);
  }
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
const out = new URL('../media/icon.png', import.meta.url);
writeFileSync(out, png);
console.log(`wrote ${out.pathname} (${png.length} bytes)`);
