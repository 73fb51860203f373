/**
 * A build never leaves a half site: Astro writes into a sibling folder (`dist.partial/`), and only
 * when every page, the sitemap and the search index are written (the last `astro:build:done`) does
 * that folder replace the output folder. A failed build leaves the previous `dist/` as it was.
 * Must be the last integration, so that the others write into the new folder first.
 */
import { rm, rename } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The sibling folder a build writes into: `/x/dist/` -> `/x/dist.partial/`. */
export function partialDir(outDir: string): string {
  return `${outDir.replace(/[\\/]+$/, '')}.partial`;
}

export function atomicOutput(): AstroIntegration {
  let finalDir: string | undefined;
  let workDir: string | undefined;
  return {
    name: 'homegrown:atomic-output',
    hooks: {
      'astro:config:setup': async ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        finalDir = fileURLToPath(config.outDir);
        workDir = partialDir(finalDir);
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
        await rm(finalDir, { recursive: true, force: true });
        await rename(workDir, finalDir);
        logger.info(`site written to ${finalDir}`);
      },
    },
  };
}
