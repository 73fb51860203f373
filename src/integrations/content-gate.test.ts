import { pathToFileURL } from 'node:url';
import { afterEach, expect, test } from 'vitest';
import { contentGate } from './content-gate.ts';

const logger = { warn: () => undefined, error: () => undefined };
const setup = contentGate().hooks['astro:config:setup'] as unknown as (options: object) => Promise<void>;

afterEach(() => {
  delete process.env['CMS_CONTENT_ROOT'];
});

test("a build refuses the CMS's content root, naming the variable and the fix", async () => {
  process.env['CMS_CONTENT_ROOT'] = '/tmp/homegrown-cms-elsewhere';
  await expect(setup({ command: 'build', config: { root: pathToFileURL(`${process.cwd()}/`) }, logger })).rejects.toThrow(
    /CMS_CONTENT_ROOT is set: it is for npm run cms only; unset it to build/,
  );
});
