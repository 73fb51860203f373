/**
 * decap-server's git backend behind the guard of src/admin/local-guard.ts, in one server on a
 * loopback port: decap-server's own middleware (exported by the package) is mounted after the
 * guard, so nothing reaches it unchecked and it has no port of its own that a page could call.
 * `npm run cms` (scripts/cms.ts) runs it on a throwaway git worktree; the CMS browser test runs it
 * on a temporary repository.
 */
import { createRequire } from 'node:module';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkAction, checkEnvelope, type LocalGuardPolicy } from '#src/admin/local-guard.ts';
import { toCms, toServer, type SlugNaming } from '#src/admin/branch-names.ts';

type Next = (error?: unknown) => void;
type Handler = (req: IncomingMessage & { body?: unknown }, res: ServerResponse & { json(body: unknown): unknown }, next: Next) => void;
interface ExpressApp {
  (req: IncomingMessage, res: ServerResponse): void;
  use(handler: Handler): void;
  listen(port: number, host: string, callback: () => void): Server;
}
interface Express {
  (): ExpressApp;
  json(options: { limit: string }): Handler;
}

const require = createRequire(import.meta.url);
// decap-server's own express, so that its middleware and ours share one version.
const express = createRequire(require.resolve('decap-server/package.json'))('express') as Express;
const decap = require('decap-server/dist/middlewares.js') as {
  registerLocalGit(app: ExpressApp, options?: { logLevel?: string }): Promise<void>;
};

export interface CmsServerOptions {
  /** The git repository (or worktree) decap-server edits. */
  repoDir: string;
  /** Loopback port; 0 picks a free one. */
  port: number;
  /** The guard's rules, except `hosts`, which the port decides. */
  policy: Omit<LocalGuardPolicy, 'hosts'>;
  /** Collections whose drafts get a branch named by folder alone (`cms/solutions/umucyo`, src/admin/branch-names.ts). */
  naming?: SlugNaming;
  logLevel?: string;
}

export interface CmsServer {
  port: number;
  /** The API address to give the CMS (`local_backend.url`), token included. */
  apiUrl: string;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, reason: string): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' }).end(JSON.stringify({ error: reason }));
}

export async function startCmsServer({ repoDir, port, policy, naming, logLevel = 'warn' }: CmsServerOptions): Promise<CmsServer> {
  const app = express();
  let guard: LocalGuardPolicy = { ...policy, hosts: [] };
  app.use((req, res, next) => {
    const origin = req.headers.origin;
    const verdict = checkEnvelope({ method: req.method ?? '', url: req.url ?? '', host: req.headers.host, origin }, guard);
    if (!verdict.allow) return send(res, verdict.status, verdict.reason);
    if (req.method === 'OPTIONS') {
      res
        .writeHead(204, {
          'Access-Control-Allow-Origin': origin ?? '',
          'Access-Control-Allow-Methods': 'POST',
          'Access-Control-Allow-Headers': 'Content-Type',
          'Access-Control-Max-Age': '600',
          Vary: 'Origin',
        })
        .end();
      return;
    }
    req.url = '/api/v1';
    next();
  });
  app.use(express.json({ limit: '20mb' }));
  app.use((req, res, next) => {
    const verdict = checkAction(req.body, guard);
    if (!verdict.allow) return send(res, verdict.status, verdict.reason);
    if (naming) {
      // decap-server names branches and commits by folder; the CMS gets back the slugs it asked with.
      const asked = req.body;
      req.body = toServer(asked, naming);
      const json = res.json.bind(res);
      res.json = (answer: unknown) => json(toCms(asked, answer, naming));
    }
    next();
  });
  // decap-server reads its repository from the environment when its middleware is registered.
  const previous = process.env['GIT_REPO_DIRECTORY'];
  process.env['GIT_REPO_DIRECTORY'] = repoDir;
  await decap.registerLocalGit(app, { logLevel });
  if (previous === undefined) delete process.env['GIT_REPO_DIRECTORY'];
  else process.env['GIT_REPO_DIRECTORY'] = previous;

  const server = await new Promise<Server>((resolve) => {
    const listening: Server = app.listen(port, '127.0.0.1', () => resolve(listening));
  });
  const actual = (server.address() as AddressInfo).port;
  guard = { ...guard, hosts: [`localhost:${actual}`, `127.0.0.1:${actual}`] };
  return {
    port: actual,
    apiUrl: `http://localhost:${actual}/${policy.token}/api/v1`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
