import { readFileSync } from 'node:fs';
import { wcagContrast } from 'culori';
import { expect, test } from 'vitest';
import { STAGES } from '#src/schemas/case-study.ts';
import { STAGE_BADGE_TEXT, STAGE_COLOURS, STAGE_FILL_BACKGROUNDS } from './stage-colours.ts';

const badgeCss = readFileSync(new URL('../styles/stage-badges.css', import.meta.url), 'utf8');
const globalCss = readFileSync(new URL('../styles/global.css', import.meta.url), 'utf8');

test.each(STAGES)('a %s badge: white text on its colour reaches 4.5:1 (WCAG AA text)', (stage) => {
  expect(wcagContrast(STAGE_BADGE_TEXT, STAGE_COLOURS[stage])).toBeGreaterThanOrEqual(4.5);
});

test.each(STAGES.flatMap((stage) => Object.entries(STAGE_FILL_BACKGROUNDS).map(([on, colour]) => [stage, on, colour] as const)))(
  'a %s fill stands out from the %s (3:1, WCAG non-text contrast)',
  (stage, _on, background) => {
    expect(wcagContrast(STAGE_COLOURS[stage], background)).toBeGreaterThanOrEqual(3);
  },
);

test('the backgrounds are those of the page and the map', () => {
  expect(globalCss).toContain(`--color-paper: ${STAGE_FILL_BACKGROUNDS.paper};`);
  expect(globalCss).not.toMatch(/prefers-color-scheme/); // a dark theme would need its own checks here
});

test('the badges stylesheet gives each stage its colour from the scale, and nothing else', () => {
  const rules = [...badgeCss.matchAll(/\.stage-badge\[data-stage='([a-z-]+)'\]\s*\{\s*background:\s*(#[0-9a-f]{6});/g)].map(
    ([, stage, colour]) => [stage, colour],
  );
  expect(Object.fromEntries(rules)).toEqual(STAGE_COLOURS);
  expect(rules).toHaveLength(STAGES.length);
  expect(badgeCss).toMatch(/\.stage-badge \{[^}]*color: #ffffff;[^}]*print-color-adjust: exact;/);
  expect(STAGE_BADGE_TEXT).toBe('#ffffff');
});

test('two stages never share a colour', () => {
  expect(new Set(Object.values(STAGE_COLOURS)).size).toBe(STAGES.length);
});
