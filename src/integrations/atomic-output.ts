/**
 * A build never leaves a half site: Astro writes into a sibling folder (`dist.partial/`), and only
 * when every page, the sitemap and the search index are written (the last `astro:build:done`) does
 * that folder replace the output folder, by renames only: `dist` becomes `dist.old-<pid>`, the
 * partial folder becomes `dist`, and only then is the old one deleted. A build killed at any point
 * leaves a whole `dist/` (or, between the two renames, a whole `dist.old-<pid>/`, which the next
 * build puts back). A lock file (`dist.lock`, with the build's pid) keeps two builds from writing
 * the same partial folder at once. Must be the last integration, so that the others write into the
 * new folder first.
 */
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The sibling folder a build writes into: `/x/dist/` -> `/x/dist.partial/`. */
export function partialDir(outDir: string): string {
  return `${outDir.replace(/[\\/]+$/, '')}.partial`;
}

const exists = (path: string): Promise<boolean> =>
  stat(path).then(
    () => true,
    () => false,
  );

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes `<outDir>.lock` for this process, or throws naming the build that holds it. A lock left by
 * a build that is no longer running is taken over. Returns the function that releases it.
 */
export function acquireLock(outDir: string, pid = process.pid): () => void {
  const lock = `${outDir.replace(/[\\/]+$/, '')}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lock, 'wx');
      writeSync(fd, String(pid));
      closeSync(fd);
      return () => {
        try {
          if (readFileSync(lock, 'utf8') === String(pid)) unlinkSync(lock);
        } catch {
          // Already gone.
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(lock, 'utf8'));
      if (Number.isInteger(holder) && holder > 0 && holder !== pid && alive(holder)) {
        throw new Error(`another build (process ${holder}) is writing ${basename(outDir)}/; wait for it to finish, or stop it`);
      }
      unlinkSync(lock);
    }
  }
  throw new Error(`could not take ${lock}`);
}

/** Puts back a `dist` that a build killed between its two renames left as `dist.old-<pid>`. */
export async function recover(finalDir: string): Promise<void> {
  if (await exists(finalDir)) return;
  const name = `${basename(finalDir)}.old-`;
  const old = (await readdir(dirname(finalDir)).catch(() => [])).find((entry) => entry.startsWith(name));
  if (old) await rename(join(dirname(finalDir), old), finalDir);
}

/**
 * Replaces `finalDir` with `workDir` by renames, then deletes the old folder (`remove`, replaceable
 * in tests). Whatever happens during the delete, `finalDir` is the whole new site.
 */
export async function swapIn(
  workDir: string,
  finalDir: string,
  remove = (path: string) => rm(path, { recursive: true, force: true }),
): Promise<void> {
  const old = `${finalDir}.old-${process.pid}`;
  const hadOld = await exists(finalDir);
  if (hadOld) await rename(finalDir, old);
  await rename(workDir, finalDir);
  if (hadOld) await remove(old);
}

export function atomicOutput(): AstroIntegration {
  let finalDir: string | undefined;
  let workDir: string | undefined;
  let release: (() => void) | undefined;
  return {
    name: 'homegrown:atomic-output',
    hooks: {
      'astro:config:setup': async ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        finalDir = fileURLToPath(config.outDir).replace(/[\\/]+$/, '');
        workDir = partialDir(finalDir);
        release = acquireLock(finalDir);
        process.once('exit', release);
        await recover(finalDir);
        // What a failed build left behind.
        await rm(workDir, { recursive: true, force: true });
        // A URL, as Astro holds outDir once the configuration is resolved.
        updateConfig({ outDir: pathToFileURL(`${workDir}/`) });
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!finalDir || !workDir) return;
        if (fileURLToPath(dir).replace(/[\\/]+$/, '') !== workDir) {
          throw new Error(`homegrown:atomic-output expected the build in ${workDir}, got ${fileURLToPath(dir)}`);
        }
        await swapIn(workDir, finalDir);
        release?.();
        logger.info(`site written to ${finalDir}`);
      },
    },
  };
}
