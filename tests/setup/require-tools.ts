/**
 * Programs a test file runs besides Node (poppler's pdftotext, Java, git): when one is missing the
 * file fails at once, naming the program and the Debian package to install, instead of failing
 * later with ENOENT or being skipped. `.ci/run` installs them all.
 */
import { spawnSync } from 'node:child_process';
import { beforeAll } from 'vitest';

/** Program name -> the Debian package that provides it. */
export function requireTools(tools: Record<string, string>): void {
  beforeAll(() => {
    const missing = Object.entries(tools).filter(([command]) => spawnSync(command, ['--version']).error !== undefined);
    if (missing.length > 0) {
      const list = missing.map(([command, pkg]) => `${command} (Debian package ${pkg})`).join(', ');
      const packages = [...new Set(missing.map(([, pkg]) => pkg))].join(' ');
      throw new Error(`This test file needs ${list}: install with \`apt-get install ${packages}\` (.ci/run does).`);
    }
  });
}
