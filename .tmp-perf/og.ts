import sharp from 'sharp';
import { readFileSync } from 'node:fs';
const png = readFileSync(process.argv[2]!);
const raw = sharp(png);
for (const opts of [
  { compressionLevel: 6, palette: true, colours: 16, effort: 1, dither: 0 },
  { compressionLevel: 9, palette: true, colours: 16, effort: 10, dither: 0 },
  { compressionLevel: 9, palette: true, colours: 8, effort: 10, dither: 0 },
  { compressionLevel: 9, palette: true, colours: 4, effort: 10, dither: 0 },
]) {
  const t = Date.now();
  const out = await sharp(png).png(opts).toBuffer();
  console.log(JSON.stringify(opts), out.length, Date.now() - t, 'ms');
}
