/**
 * Social preview images (1200 x 630 PNG) rendered at build time with satori and sharp, in the
 * page's language, and cached between builds by a hash of what they show.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';

export const SOCIAL_IMAGE = { width: 1200, height: 630 } as const;
/** Beside Astro's own cache (`.cache/astro`): outside node_modules, so `npm ci` keeps it and CI can restore it. */
const CACHE_DIR = join('.cache', 'social-images');
/** Bump when the design changes, so cached images are redrawn. */
const DESIGN_VERSION = 6;

const require = createRequire(import.meta.url);
let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[]> | undefined;
function loadFonts() {
  fonts ??= Promise.all(
    ([400, 700] as const).map(async (weight) => ({
      name: 'Noto Sans',
      data: await readFile(require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff`)),
      weight,
      style: 'normal' as const,
    })),
  );
  return fonts;
}

export interface SocialCard {
  /** Small label above the title: "Solution", "Étude de cas". */
  kicker: string;
  title: string;
  summary: string;
  site: string;
}

/** Width of the text column: the image less its side padding. */
const TEXT_WIDTH = SOCIAL_IMAGE.width - 128;

type Node = { type: string; props: Record<string, unknown> };
const el = (type: string, style: Record<string, unknown>, children: unknown): Node => ({ type, props: { style, children } });

function card({ kicker, title, summary, site }: SocialCard): Node {
  return el(
    'div',
    {
      width: '100%',
      height: '100%',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      background: '#ffffff',
      boxSizing: 'border-box',
      borderTop: '24px solid #fad201',
      padding: '56px 64px',
      fontFamily: 'Noto Sans',
    },
    [
      el('div', { display: 'flex', flexDirection: 'column', width: TEXT_WIDTH }, [
        el('div', { fontSize: 28, fontWeight: 700, color: '#005a87', textTransform: 'uppercase', letterSpacing: 2 }, kicker),
        el(
          'div',
          { fontSize: title.length > 70 ? 48 : 58, fontWeight: 700, color: '#1b1f24', marginTop: 16, lineHeight: 1.15, width: TEXT_WIDTH },
          title,
        ),
        el(
          'div',
          { fontSize: 28, color: '#4a5560', marginTop: 24, lineHeight: 1.35, width: TEXT_WIDTH },
          summary.length > 180 ? `${summary.slice(0, 177)}…` : summary,
        ),
      ]),
      el('div', { display: 'flex', alignItems: 'center', fontSize: 30, fontWeight: 700, color: '#20603d' }, site),
    ],
  );
}

/** Made once per build, not once per image. */
let cacheDir: Promise<unknown> | undefined;

/** The PNG for a card, from the cache when the same card was drawn before. */
export async function socialImage(content: SocialCard): Promise<Buffer> {
  const key = createHash('sha256').update(JSON.stringify({ DESIGN_VERSION, content })).digest('hex').slice(0, 24);
  const cached = join(CACHE_DIR, `${key}.png`);
  try {
    return await readFile(cached);
  } catch {
    // Not drawn yet.
  }
  const svg = await satori(card(content) as Parameters<typeof satori>[0], { ...SOCIAL_IMAGE, fonts: await loadFonts() });
  // A card holds five flat colours and their anti-aliasing: 16 colours, no dithering and the
  // quickest quantisation look the same as full colour, at half the bytes and a third of the time.
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 6, palette: true, colours: 16, effort: 1, dither: 0 }).toBuffer();
  cacheDir ??= mkdir(CACHE_DIR, { recursive: true });
  await cacheDir;
  await writeFile(cached, png);
  return png;
}
