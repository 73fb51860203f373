/**
 * Every page of the built site conforms to the HTML standard as the W3C's Nu Html Checker (the
 * validator behind validator.w3.org/nu) reads it: stricter than html-validate about the parser's
 * view of a document, e.g. markup after </html>. One Java process checks the whole of dist/.
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';

// The checker's jar from npm; the Java runtime is the system's (Debian's default-jre-headless).
const VNU_JAR = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

interface NuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
}

// One Java process over every page: its 300 s ran out at a load average of 48 (2026-12-08).
test('every built page conforms to the HTML standard (Nu Html Checker)', async () => {
  let stdout: string;
  try {
    // Exits 1 when it finds errors; --stdout puts the JSON report on stdout either way.
    const result = await promisify(execFile)(
      'java',
      ['-jar', VNU_JAR, '--skip-non-html', '--errors-only', '--format', 'json', '--stdout', 'dist/'],
      {
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    stdout = result.stdout;
  } catch (error) {
    const failure = error as { code?: string | number; stdout?: string };
    if (failure.code === 'ENOENT')
      throw new Error('java was not found: the Nu Html Checker needs a Java runtime (Debian: apt-get install default-jre-headless)');
    stdout = failure.stdout ?? '';
  }
  const { messages } = JSON.parse(stdout) as { messages: NuMessage[] };
  const errors = messages
    .filter((m) => m.type === 'error' && m.subType !== 'fatal')
    .map((m) => `${m.url ? relative(resolve('dist'), fileURLToPath(m.url)) : '?'}:${m.lastLine ?? 0}:${m.firstColumn ?? 0}: ${m.message}`);
  expect(errors).toEqual([]);
  expect(
    messages.filter((m) => m.type === 'error'),
    'the checker stopped on a page it could not read',
  ).toEqual([]);
}, 900_000);
