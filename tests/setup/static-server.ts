/** Serves dist/ on a free loopback port, as a static host would (directory index, 404 page). */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export async function serveDist(dir = 'dist'): Promise<{ origin: string; close: () => Promise<void> }> {
  const assets = sirv(dir, { dev: false, etag: true });
  const server: Server = createServer((req, res) =>
    assets(req, res, () => {
      res.statusCode = 404;
      res.end('Not found');
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
