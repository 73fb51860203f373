/**
 * `npm run check:external` (needs the network; not part of `npm test`): requests every source
 * URL in content/ with linkinator (HEAD, then GET when HEAD is refused), reports dead and moved links with the
 * file and source id citing them and the archived copy when the entry gives one, and writes the
 * report to link-check/report.md and link-check/report.json.
 *
 * Hosts that are, or resolve to, private, loopback or link-local addresses are never requested
 * (src/checks/public-address.ts); `--allow-private-hosts` lifts that, for tests against a local server.
 *
 * Usage: node scripts/check-external.ts [root] [--strict] [--out dir] [--timeout ms] [--concurrency n] [--allow-private-hosts]
 * Exits non-zero only with --strict and at least one dead link.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { answerOf, checkLinks, collectSourceLinks, httpOnly, jsonReport, markdownReport } from '#src/checks/external-links.ts';
import { publicHostGuard } from '#src/checks/public-address.ts';
import { todayIso } from '#src/schemas/primitives.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    strict: { type: 'boolean', default: false },
    out: { type: 'string', default: 'link-check' },
    timeout: { type: 'string', default: '15000' },
    concurrency: { type: 'string', default: '8' },
    'allow-private-hosts': { type: 'boolean', default: false },
  },
});
const root = resolve(positionals[0] ?? '.');
const links = await collectSourceLinks(root);
const publicHost = publicHostGuard();
/** Only http(s) addresses, and only hosts on public addresses. */
const privateHostsRefused = async (url: URL) => httpOnly(url) ?? (await publicHost(url));
const results = await checkLinks(links, {
  timeoutMs: Number(values.timeout),
  concurrency: Number(values.concurrency),
  ...(values['allow-private-hosts'] ? {} : { guard: privateHostsRefused }),
});

for (const result of results) {
  if (result.status === 'ok') continue;
  const cited = result.citedBy.map((c) => `${c.file} (source ${c.id})`).join(', ');
  console.log(`${result.status}: ${result.url} (${answerOf(result)}) in ${cited}; ${result.advice ?? ''}`);
}
const dead = results.filter((r) => r.status === 'dead').length;
const moved = results.filter((r) => r.status === 'moved').length;
const skipped = results.filter((r) => r.status === 'skipped').length;
const outDir = resolve(root, values.out);
await mkdir(outDir, { recursive: true });
const generated = todayIso();
await writeFile(join(outDir, 'report.md'), markdownReport(results, generated));
await writeFile(join(outDir, 'report.json'), jsonReport(results, generated));
console.log(
  `${results.length} source URLs checked: ${dead} dead, ${moved} moved${skipped ? `, ${skipped} not checked` : ''}; report in ${join(values.out, 'report.md')}`,
);
process.exitCode = values.strict && dead > 0 ? 1 : 0;
