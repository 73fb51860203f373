/**
 * `npm run preview` (and `npm start` after its build): serves dist/ on http://localhost:4321 as a
 * static host would, with each page's Content-Security-Policy for that address
 * (scripts/lib/static-server.ts): `astro preview` would send the policy of the public address,
 * under which no script runs on localhost. BASE_PATH serves a sub-path build under its path.
 */
import { normalizeBase } from '#src/lib/base.ts';
import { serveDist } from './lib/static-server.ts';

const base = normalizeBase(process.env['BASE_PATH']);
const server = await serveDist('dist', { base, port: Number(process.env['PORT'] ?? 4321) });
console.log(`dist/ served on ${server.origin}${base} (Ctrl-C stops it)`);
