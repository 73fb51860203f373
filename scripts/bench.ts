/**
 * `npm run bench`: builds a synthetic catalogue of N entries with Homegrown's real configuration
 * and pages, and the same entries with a bare Astro site, then prints and saves (JSON) build and
 * indexing time and peak memory, output size, page weight and first-search cost.
 *
 *   npm run bench                 N = 100 and 1,000
 *   npm run bench -- --quick      N = 100 only (CI proves the benchmark still runs)
 *   npm run bench -- --5000 --10000   add the large sizes
 *   npm run bench -- --sizes 300  any list of sizes
 *   npm run bench -- --profile    also where Homegrown's build time goes: by route kind and by
 *                                 part (pages, social images, Word files, maps, search index)
 */
import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchChromium } from './lib/chromium.ts';
import { serveDist } from './lib/static-server.ts';
import { writeBareSite } from './bench/bare-site.ts';
import { COMMON_WORD, RARE_WORD, generateCatalogue } from './bench/generate.ts';
import { measure } from './bench/measure.ts';
import { firstSearch, secondVisit, type SearchTiming, type SecondVisitTiming } from './bench/search-timing.ts';
import { outputByKind, outputSize, pageWeight, type KindSize, type PageWeight } from './bench/site-stats.ts';
import { buildProfile, formatProfile, type BuildProfile } from './bench/profile.ts';

const PROJECT = resolve('.');
const ASTRO = join(PROJECT, 'node_modules/astro/bin/astro.mjs');
const PAGEFIND = join(PROJECT, 'node_modules/pagefind/lib/runner/bin.cjs');

function sizesFromArgs(args: string[]): number[] {
  if (args.includes('--quick')) return [100];
  const listed = args.indexOf('--sizes');
  if (listed !== -1)
    return (args[listed + 1] ?? '')
      .split(',')
      .map(Number)
      .filter((n) => n > 0);
  return [100, 1000, ...(args.includes('--5000') ? [5000] : []), ...(args.includes('--10000') ? [10000] : [])];
}

interface SiteFigures {
  /** Homegrown's build indexes the site (`indexSeconds` of its time); the bare build does not. Peaks are the process tree's. */
  build: { seconds: number; peakRssMiB: number; indexSeconds?: number; heldWhileIndexingMiB?: number };
  index: { seconds: number; peakRssMiB: number };
  output: {
    MiB: number;
    files: number;
    htmlPages: number;
    /** Per entry: the output divided by the number of solutions and case studies (N + N / 2), the entries people open, print and share. */
    perEntry: { KB: number; files: number };
    /** Homegrown's output by kind of file, largest first. */
    byKind?: KindSize[];
  };
  pages: number;
  weights: Record<string, PageWeight>;
  search: Record<string, SearchTiming>;
  /** A returning visitor's search on Slow 4G, with the site's caching ("after") and the host's default for every file ("before"). */
  secondVisit?: Record<string, SecondVisitTiming>;
  /** With `--profile`: the build's route time by route kind and by part of the site. */
  profile?: BuildProfile;
}

const PROFILE = process.argv.includes('--profile');

const mib = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
const perEntry = (out: { bytes: number; files: number }, entries: number) => ({
  KB: Math.round((out.bytes / 1024 / entries) * 10) / 10,
  files: Math.round((out.files / entries) * 100) / 100,
});

async function searchFigures(dist: string, path: string, ui: boolean): Promise<Record<string, SearchTiming>> {
  const server = await serveDist(dist);
  const browser = await launchChromium();
  try {
    const figures: Record<string, SearchTiming> = {};
    for (const [name, term] of [
      ['common', COMMON_WORD],
      ['rare', RARE_WORD],
    ] as const) {
      figures[`${name}-local`] = await firstSearch(browser, server, path, term, { throttle: false, ui });
      figures[`${name}-slow4g`] = await firstSearch(browser, server, path, term, { throttle: true, ui });
      figures[`${name}-slow4g-settled`] = await firstSearch(browser, server, path, term, { throttle: true, ui, settled: true });
      if (ui) figures[`${name}-slow4g-from-header`] = await firstSearch(browser, server, path, term, { throttle: true, ui, viaUrl: true });
    }
    return figures;
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Each second visit is measured this many times; the run with the median time is kept (its bytes and requests with it). */
const SECOND_VISIT_RUNS = 3;

function medianRun<T extends { ms: number }>(runs: readonly T[]): T {
  const sorted = [...runs].sort((a, b) => a.ms - b.ms);
  const median = sorted[Math.floor(sorted.length / 2)];
  if (!median) throw new Error('no run to take the median of');
  return median;
}

/**
 * The second visit to the search page, with the caching the site's `_headers` sets ("after") and
 * with the host's default for every file ("before": what the site had before it set any caching,
 * every file revalidated on every use): the same word again, and another word.
 */
async function secondVisitFigures(dist: string, path: string): Promise<Record<string, SecondVisitTiming>> {
  const browser = await launchChromium();
  try {
    const figures: Record<string, SecondVisitTiming> = {};
    for (const [when, cacheRules] of [
      ['before', false],
      ['after', true],
    ] as const) {
      const server = await serveDist(dist, { cacheRules });
      try {
        for (const [name, term] of [
          ['same-word', COMMON_WORD],
          ['other-word', RARE_WORD],
        ] as const) {
          const runs: SecondVisitTiming[] = [];
          for (let run = 0; run < SECOND_VISIT_RUNS; run++) runs.push(await secondVisit(browser, server, path, COMMON_WORD, term));
          figures[`${name}-${when}`] = medianRun(runs);
        }
      } finally {
        await server.close();
      }
    }
    return figures;
  } finally {
    await browser.close();
  }
}

async function homegrown(n: number, work: string): Promise<SiteFigures> {
  const dir = join(work, `homegrown-${n}`);
  await mkdir(dir, { recursive: true });
  for (const item of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    await cp(join(PROJECT, item), join(dir, item), { recursive: true }).catch(() => undefined);
  }
  await symlink(join(PROJECT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const generated = await generateCatalogue(dir, n);
  const entries = generated.solutions + generated.caseStudies;
  // A cold build, as on a fresh clone: each synthetic site has its own .cache/ (content store, images).
  // The real build, search index included: its peak is that of the whole process tree (Astro and
  // the Pagefind processes it starts). Not --silent: the search index logs its time, and a profile
  // reads Astro's log of each route and its time.
  const build = await measure(process.execPath, [ASTRO, 'build'], { cwd: dir });
  const indexLog = /indexed \d+ pages and \d+ glossary terms in ([\d.]+) s \(Astro's process: (\d+) MiB\)/.exec(build.output);
  const indexInBuild = Number(indexLog?.[1] ?? 0);
  // The index again, on its own, for its own time and peak.
  const index = await measure(process.execPath, [join(PROJECT, 'scripts/index-site.ts'), dir], { cwd: dir });
  const profile = PROFILE ? buildProfile(build.output, indexInBuild) : undefined;
  if (profile) console.log(`\nN = ${n}: where Homegrown's build time goes\n${formatProfile(profile)}`);
  const dist = join(dir, 'dist');
  const out = outputSize(dist);
  const weights = {
    home: pageWeight(dist, 'en'),
    list: pageWeight(dist, 'en/solutions'),
    solution: pageWeight(dist, 'en/solutions/solution-00001'),
    'case-study': pageWeight(dist, 'en/case-studies/case-00001'),
    search: pageWeight(dist, 'en/search'),
  };
  const pages = Number(/indexed (\d+) pages/.exec(index.output)?.[1] ?? 0);
  return {
    build: {
      seconds: build.seconds,
      peakRssMiB: mib(build.peakRssBytes),
      indexSeconds: indexInBuild,
      heldWhileIndexingMiB: Number(indexLog?.[2] ?? 0),
    },
    index: { seconds: index.seconds, peakRssMiB: mib(index.peakRssBytes) },
    output: {
      MiB: mib(out.bytes),
      files: out.files,
      htmlPages: out.htmlPages,
      perEntry: perEntry(out, entries),
      byKind: outputByKind(dist),
    },
    pages,
    weights,
    search: await searchFigures(dist, '/en/search/', true),
    secondVisit: await secondVisitFigures(dist, '/en/search/'),
    ...(profile ? { profile } : {}),
  };
}

async function bare(n: number, work: string): Promise<SiteFigures> {
  const dir = join(work, `bare-${n}`);
  await mkdir(dir, { recursive: true });
  await writeBareSite(dir);
  await symlink(join(PROJECT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const generated = await generateCatalogue(dir, n);
  const entries = generated.solutions + generated.caseStudies;
  const build = await measure(process.execPath, [ASTRO, 'build', '--silent'], { cwd: dir });
  const index = await measure(process.execPath, [PAGEFIND, '--site', 'dist'], { cwd: dir });
  const dist = join(dir, 'dist');
  const out = outputSize(dist);
  return {
    build: { seconds: build.seconds, peakRssMiB: mib(build.peakRssBytes) },
    index: { seconds: index.seconds, peakRssMiB: mib(index.peakRssBytes) },
    output: { MiB: mib(out.bytes), files: out.files, htmlPages: out.htmlPages, perEntry: perEntry(out, entries) },
    pages: Number(/Indexed (\d+) pages?/i.exec(index.output)?.[1] ?? 0),
    weights: { list: pageWeight(dist, ''), solution: pageWeight(dist, 'solution-00001') },
    search: await searchFigures(dist, '/search/', false),
  };
}

/** Build time per HTML page built (search index left out): the sites build different numbers of pages from the same entries. */
const perPage = (site: SiteFigures) => ((site.build.seconds - (site.build.indexSeconds ?? 0)) * 1000) / Math.max(1, site.output.htmlPages);
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}x` : 'n/a');

function printTable(n: number, ours: SiteFigures, base: SiteFigures): void {
  const rows: [string, string, string, string][] = [
    [
      'build, Homegrown with its search index (s)',
      ours.build.seconds.toFixed(1),
      base.build.seconds.toFixed(1),
      ratio(ours.build.seconds, base.build.seconds),
    ],
    ['build per HTML page (ms)', perPage(ours).toFixed(1), perPage(base).toFixed(1), ratio(perPage(ours), perPage(base))],
    [
      'build peak RSS, process tree, Homegrown with its search index (MiB)',
      String(ours.build.peakRssMiB),
      String(base.build.peakRssMiB),
      ratio(ours.build.peakRssMiB, base.build.peakRssMiB),
    ],
    ["Astro's process while it indexes (MiB)", String(ours.build.heldWhileIndexingMiB), '', ''],
    [
      'indexing on its own (s)',
      ours.index.seconds.toFixed(1),
      base.index.seconds.toFixed(1),
      ratio(ours.index.seconds, base.index.seconds),
    ],
    [
      'indexing on its own, peak RSS, process tree (MiB)',
      String(ours.index.peakRssMiB),
      String(base.index.peakRssMiB),
      ratio(ours.index.peakRssMiB, base.index.peakRssMiB),
    ],
    [
      'output (MiB / files)',
      `${ours.output.MiB} / ${ours.output.files}`,
      `${base.output.MiB} / ${base.output.files}`,
      ratio(ours.output.MiB, base.output.MiB),
    ],
    [
      'output per entry, solutions + case studies (KB / files)',
      `${ours.output.perEntry.KB} / ${ours.output.perEntry.files}`,
      `${base.output.perEntry.KB} / ${base.output.perEntry.files}`,
      ratio(ours.output.perEntry.KB, base.output.perEntry.KB),
    ],
    [
      'solution page gzip (B)',
      String(ours.weights['solution']?.gzip),
      String(base.weights['solution']?.gzip),
      ratio(ours.weights['solution']?.gzip ?? 0, base.weights['solution']?.gzip ?? 0),
    ],
  ];
  for (const [name, timing] of Object.entries(ours.search)) {
    const other = base.search[name];
    rows.push([
      `first search ${name} (ms / KB)`,
      `${timing.ms} / ${Math.round(timing.bytes / 1024)}`,
      other ? `${other.ms} / ${Math.round(other.bytes / 1024)}` : '',
      other ? ratio(timing.ms, other.ms) : '',
    ]);
  }
  for (const [name, timing] of Object.entries(ours.secondVisit ?? {})) {
    rows.push([
      `second visit, Slow 4G, ${name} (ms / KB / requests, 304s)`,
      `${timing.ms} / ${Math.round(timing.bytes / 1024)} / ${timing.requests}, ${timing.revalidated}`,
      '',
      '',
    ]);
  }
  console.log(`\nN = ${n} solutions (Homegrown builds ${ours.output.htmlPages} HTML pages, bare Astro ${base.output.htmlPages})`);
  console.log(['metric', 'Homegrown', 'bare Astro', 'ratio'].join(' | '));
  for (const row of rows) console.log(row.join(' | '));
  console.log(
    `page weight gzip (B): ${Object.entries(ours.weights)
      .map(([type, w]) => `${type} ${w.gzip} (raw ${w.raw})`)
      .join(', ')}`,
  );
  console.log('output by kind, largest first (MiB / files):');
  for (const kind of (ours.output.byKind ?? []).slice(0, 12)) console.log(`  ${kind.kind}: ${mib(kind.bytes)} / ${kind.files}`);
}

const sizes = sizesFromArgs(process.argv.slice(2));
const work = await mkdtemp(join(tmpdir(), 'homegrown-bench-'));
const results: Record<string, { homegrown: SiteFigures; bare: SiteFigures }> = {};
try {
  for (const n of sizes) {
    const ours = await homegrown(n, work);
    const base = await bare(n, work);
    results[n] = { homegrown: ours, bare: base };
    printTable(n, ours, base);
  }
  const out = resolve('.bench');
  await mkdir(out, { recursive: true });
  const file = join(out, `results-${new Date().toISOString().slice(0, 19).replace(/:/g, '')}.json`);
  await writeFile(file, `${JSON.stringify({ date: new Date().toISOString(), sizes, results }, null, 2)}\n`);
  console.log(`\nwrote ${file}`);
} finally {
  await rm(work, { recursive: true, force: true });
}
