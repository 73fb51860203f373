/**
 * `npm run cms`: the site's dev server and decap-server side by side, for editing in the browser
 * at http://localhost:4321/admin/. decap-server runs in git mode behind the guard of
 * scripts/cms/server.ts (this run's token, Host and Origin pinned, writes only under content/),
 * on a throwaway worktree of the commit you are on (scripts/cms/session.ts): each draft is a branch
 * `cms/<collection>/<folder>` (a translation `cms/<collection>/<folder>/fr`), and publishing merges it into the session's branch, which this command
 * names when it stops, for you to merge. Ctrl-C stops both servers; if one stops, so does the other.
 * DECAP_PORT (default 8081) moves the guard, CMS_DEV_PORT (default 4321) the dev server; the CMS is
 * told the guard's address through DECAP_SERVER_URL. The dev server reads content/ from the session's
 * worktree (CMS_CONTENT_ROOT), so what you publish is on http://localhost:4321/ at once.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { startCmsServer } from './cms/server.ts';
import { openSession } from './cms/session.ts';
import { CMS_SLUG_NAMING } from '#src/admin/config.ts';

const DEV_PORT = Number(process.env['CMS_DEV_PORT'] ?? 4321);
const devOrigins = [`http://localhost:${DEV_PORT}`, `http://127.0.0.1:${DEV_PORT}`];
// The guard admits only the dev server's origin: the dev server must not move to another port.
const free = await new Promise<boolean>((resolve) => {
  const probe = createServer().once('error', () => resolve(false));
  probe.listen(DEV_PORT, '127.0.0.1', () => probe.close(() => resolve(true)));
});
if (!free) {
  console.error(`CMS: port ${DEV_PORT} is in use; stop what uses it, or choose another with CMS_DEV_PORT=4322 npm run cms`);
  process.exit(1);
}
const session = openSession(process.cwd());
const token = randomBytes(24).toString('base64url');
const cms = await startCmsServer({
  repoDir: session.dir,
  port: Number(process.env['DECAP_PORT'] ?? 8081),
  policy: { token, origins: devOrigins, branch: session.branch, contentDir: 'content', mediaDir: 'content/media' },
  naming: CMS_SLUG_NAMING,
  logLevel: 'info',
});

// The dev server hands the API address, token included, to the admin page only (src/integrations/cms-admin.ts).
// It reads and watches the session's content, where the CMS publishes: a published entry is on the
// local site at once (src/lib/content-root.ts); "View Live" goes there too unless SITE_URL is set.
const env = {
  ...process.env,
  DECAP_SERVER_URL: cms.apiUrl,
  CMS_BRANCH: session.branch,
  CMS_CONTENT_ROOT: session.dir,
  CMS_SITE_URL: process.env['SITE_URL'] || `http://localhost:${DEV_PORT}`,
};
const dev: ChildProcess = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(DEV_PORT)], {
  stdio: 'inherit',
  env,
});

console.log(
  `CMS: http://localhost:${DEV_PORT}/admin/ (decap-server on port ${cms.port}, git mode, on ${session.branch} from ${session.from}, in ${session.dir})`,
);

let stopping = false;
async function stopAll(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  if (dev.exitCode === null) dev.kill('SIGTERM');
  await cms.close();
  const published = session.close();
  console.log(
    published
      ? `CMS: what you published is on branch ${session.branch}. Bring it into ${session.from}: git merge ${session.branch}`
      : 'CMS: nothing was published in this session.',
  );
  process.exitCode = code;
}

dev.on('exit', (code) => void stopAll(code ?? 0));
process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));
