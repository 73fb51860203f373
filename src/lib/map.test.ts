import type { Topology } from 'topojson-specification';
import { expect, test } from 'vitest';
import detailTopology from 'world-atlas/countries-50m.json' with { type: 'json' };
import baseTopology from 'world-atlas/countries-110m.json' with { type: 'json' };
import { countriesOf, renderBaseMap, renderWorldMap } from './map.ts';

const base = countriesOf(baseTopology as unknown as Topology);
const detail = countriesOf(detailTopology as unknown as Topology);

test('colours catalogue countries, labels them, and escapes the title', () => {
  const svg = renderWorldMap(base, detail, [{ numeric: '324', fill: '#2f7a4b', label: 'Guinea: adapted' }], {
    width: 960,
    height: 470,
    title: 'Map <of> countries',
  });
  expect(svg).toMatch(/^<svg [^>]*role="img" aria-label="Map &lt;of&gt; countries"/);
  expect(svg).toContain('<g fill="#2f7a4b"><title>Guinea: adapted</title><path d="M');
  expect(svg).not.toContain('<circle');
});

test('a country too small for the base map is drawn from the detailed one, with a dot', () => {
  const svg = renderWorldMap(base, detail, [{ numeric: '174', fill: '#bfe6f5', label: 'Comoros: study visit' }], {
    width: 960,
    height: 470,
    title: 'Map',
  });
  expect(svg).toMatch(/<g fill="#bfe6f5"><title>Comoros: study visit<\/title><path d="M[^"]+"\/><circle cx="\d+\.\d" cy="\d+\.\d" r="4"/);
});

test('the base map is one decorative path, shared by every map', () => {
  const svg = renderBaseMap(base, { width: 960, height: 470 });
  expect(svg).toMatch(/^<svg [^>]*aria-hidden="true"><path fill="#e3e7eb"[^>]* d="M[^"]+"\/><\/svg>$/);
});
