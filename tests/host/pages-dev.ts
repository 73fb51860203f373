/**
 * Serves a built site with Cloudflare's own runtime: `wrangler pages dev` runs workerd (installed
 * from npm with wrangler, pinned in package.json) over the folder, as Cloudflare Pages serves a
 * deploy: `_headers`, the nearest `404.html`, its default caching. No account, no login and no
 * network: the environment below turns off everything in wrangler that would call out (wrangler
 * 4.164 was run this way in a network namespace with loopback only, `unshare -n`, and served).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The Workers compatibility date the runtime runs with. It must not be later than the newest date
 * the pinned workerd supports (wrangler would fall back and warn; `serveWithPagesDev` fails then).
 */
export const COMPATIBILITY_DATE = '2026-05-01';

/** What keeps wrangler offline and away from any Cloudflare account. */
export function offlineEnvironment(home: string): NodeJS.ProcessEnv {
  // No token, account or API setting of the machine reaches it.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(CLOUDFLARE_|CF_|WRANGLER_)/.test(name)));
  return {
    ...inherited,
    // A home of its own: no saved login, no keyring, logs and settings in a temporary folder.
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    WRANGLER_LOG_PATH: join(home, 'logs'),
    // Usage metrics and error reports: never sent.
    WRANGLER_SEND_METRICS: 'false',
    WRANGLER_SEND_ERROR_REPORTS: 'false',
    DO_NOT_TRACK: '1',
    // The start-up banner is what asks the npm registry for a newer wrangler.
    WRANGLER_HIDE_BANNER: 'true',
    WRANGLER_NO_SKILLS_UPDATE_PROMPTS: 'true',
    // Miniflare would download the `request.cf` sample data from Cloudflare once a month.
    CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

export interface PagesDev {
  origin: string;
  /** Everything wrangler printed so far. */
  output: () => string;
  close: () => Promise<void>;
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // The process group: wrangler and the workerd processes it started.
  process.kill(-child.pid, 'SIGTERM');
  const timer = setTimeout(() => {
    if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
  }, 10_000);
  await exited;
  clearTimeout(timer);
}

/** Starts `wrangler pages dev <dir>` on a free loopback port; resolves once it answers. */
export async function serveWithPagesDev(dir: string, { timeoutMs = 180_000 } = {}): Promise<PagesDev> {
  const home = await mkdtemp(join(tmpdir(), 'homegrown-wrangler-'));
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      'node_modules/wrangler/bin/wrangler.js',
      'pages',
      'dev',
      dir,
      '--ip',
      '127.0.0.1',
      '--port',
      String(port),
      '--compatibility-date',
      COMPATIBILITY_DATE,
      '--persist-to',
      join(home, 'state'),
      '--log-level',
      'warn',
    ],
    { env: offlineEnvironment(home), stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const origin = `http://127.0.0.1:${port}`;
  const close = async () => {
    await stop(child);
    await rm(home, { recursive: true, force: true });
  };
  const started = Date.now();
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`wrangler pages dev exited (${child.exitCode}):\n${output}`);
      if (Date.now() - started > timeoutMs) throw new Error(`wrangler pages dev did not answer within ${timeoutMs / 1000} s:\n${output}`);
      const answered = await fetch(`${origin}/`, { signal: AbortSignal.timeout(5_000) }).then(
        (response) => response.status < 500,
        () => false,
      );
      if (answered) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    if (/latest compatibility date supported/i.test(output)) {
      throw new Error(`the pinned workerd does not support compatibility date ${COMPATIBILITY_DATE}:\n${output}`);
    }
  } catch (error) {
    await close();
    throw error;
  }
  return { origin, output: () => output, close };
}
