// @ts-check
/**
 * The layers of the code (docs/layers.md), lowest first. A module imports from its own room and
 * from rooms of lower layers only; rooms of one layer do not import each other. Tests
 * (`*.test.ts`) may import whatever they check.
 */
const LAYERS = [
  ['config'], // the languages and the site's settings
  ['schemas'], // the content model (zod), with the slug, text and URL rules it applies
  ['i18n'], // interface strings, labels and typography per language
  ['lib'], // pure helpers: dates, routes, stages, formats, maps
  ['body', 'search'], // the MDX body (one parse, the gate, the renderer); the search stack
  ['checks', 'loaders', 'admin', 'client'], // the content check, the loaders, the CMS, browser scripts
  ['data'], // queries over the collections (astro:content), and the collections themselves
  ['components'],
  ['layouts'],
  ['pages'],
  ['integrations'], // Astro integrations, which astro.config.mjs runs
];

/** Where a room's files live, when not in `src/<room>/`. */
const EXTRA_FILES = /** @type {Record<string, string[]>} */ ({
  config: ['src/site.config.ts'],
  data: ['src/content.config.ts'],
  pages: ['src/middleware.ts'],
});

/** How another module names a room in an import. */
function importOf(/** @type {string} */ room) {
  return room === 'config' ? '^#src/(config/|site\\.config\\.ts$)' : `^#src/${room}/`;
}

/** @type {import('eslint').Linter.Config[]} */
export const layerRules = LAYERS.flatMap((rooms, layer) =>
  rooms.map((room) => {
    const forbidden = LAYERS.flatMap((others, otherLayer) =>
      otherLayer > layer ? others : otherLayer === layer ? others.filter((other) => other !== room) : [],
    );
    return {
      name: `homegrown/layer-${room}`,
      files: [`src/${room}/**/*.ts`, `src/${room}/**/*.astro`, ...(EXTRA_FILES[room] ?? [])],
      ignores: ['**/*.test.ts'],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              { regex: '^(\\.\\./|\\./.*/)', message: 'Import another folder through #src/, so that the layer rule sees it.' },
              ...forbidden.map((other) => ({
                regex: importOf(other),
                message: `src/${room}/ (layer ${layer}) must not import src/${other}/: a module imports only from lower layers (docs/layers.md).`,
              })),
            ],
          },
        ],
      },
    };
  }),
);

/**
 * Tools in scripts/ share code with tests through scripts/lib/, never by importing tests/.
 * @type {import('eslint').Linter.Config}
 */
export const scriptRules = {
  name: 'homegrown/scripts',
  files: ['scripts/**/*.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: [{ regex: '(^|/)tests/', message: 'scripts/ must not import tests/: move the shared code to scripts/lib/.' }] },
    ],
  },
};
