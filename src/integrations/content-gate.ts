/**
 * Runs the content check before Astro loads or compiles any content. A build with a content
 * error stops here, before anything is written to `dist/`; `astro dev` reports the problems
 * and keeps serving.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContent } from '#src/checks/content-check.ts';
import { formatProblem } from '#src/checks/problem.ts';
import { CONTENT_ROOT_ENV, contentRoot } from '#src/lib/content-root.ts';

export function contentGate(): AstroIntegration {
  return {
    name: 'homegrown:content-gate',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        // Only `npm run cms` reads content/ from elsewhere (its session's worktree); a build reads the project's own.
        if (command === 'build' && process.env[CONTENT_ROOT_ENV]) {
          throw new Error(`${CONTENT_ROOT_ENV} is set: it is for npm run cms only; unset it to build the site from this folder's content/`);
        }
        const { problems } = await checkContent(contentRoot(fileURLToPath(config.root)));
        const errors = problems.filter((problem) => problem.severity === 'error');
        for (const problem of problems) {
          if (problem.severity === 'warning') logger.warn(formatProblem(problem));
        }
        if (errors.length === 0) return;
        const report = errors.map(formatProblem).join('\n');
        if (command === 'dev') {
          logger.error(`content check found ${errors.length} error(s):\n${report}`);
          return;
        }
        throw new Error(
          `The content check found ${errors.length} error(s); nothing was built.\n${report}\nRun "npm run check" after fixing them.`,
        );
      },
    },
  };
}
