/**
 * `npm run cms`: the site's dev server and decap-server side by side, for editing in the browser
 * at http://localhost:4321/admin/. decap-server runs in git mode on this working copy: each draft
 * is a local branch `cms/<collection>/<slug>`, and publishing merges it into the current branch
 * (the configuration's branch is set to it, CMS_BRANCH),
 * as the GitHub backend merges the pull request. Ctrl-C stops both; if one stops, so does the other.
 * DECAP_PORT (default 8081) moves decap-server; the CMS is told through DECAP_SERVER_URL.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';

const decapPort = process.env['DECAP_PORT'] ?? '8081';
// decap-server checks out the configuration's branch: the one you are on, not main.
const branch = execFileSync('git', ['rev-parse', '--abbrev-ref', 'HEAD'], { encoding: 'utf8' }).trim();
const env = { ...process.env, DECAP_SERVER_URL: `http://localhost:${decapPort}/api/v1`, CMS_BRANCH: branch };

const children: ChildProcess[] = [
  spawn(process.execPath, ['node_modules/decap-server/dist/index.js'], {
    stdio: 'inherit',
    env: { ...env, MODE: 'git', PORT: decapPort, GIT_REPO_DIRECTORY: process.cwd(), BIND_HOST: 'localhost', LOG_LEVEL: 'info' },
  }),
  spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', '4321'], { stdio: 'inherit', env }),
];

console.log(`CMS: http://localhost:4321/admin/ (decap-server on port ${decapPort}, git mode, drafts branch off ${branch})`);

let stopping = false;
function stopAll(code: number): void {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
}

for (const child of children) child.on('exit', (code) => stopAll(code ?? 0));
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));
