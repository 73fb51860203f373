/** Builds the site once before the suite, as `npm run build` does; the build's output is in dist/. */
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  if (process.env['SKIP_SITE_BUILD'] === '1') return;
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], { stdio: 'inherit' });
}
