/**
 * `npm run new`: scaffolds an entry with every required field and clearly marked placeholders
 * (TODO(editor)) that fail `npm run check` until they are filled.
 *
 *   npm run new -- solution --slug kigali-innovation-city --title "Kigali Innovation City"
 *   npm run new -- country --country gm
 *   npm run new -- case-study --country gn --solution umucyo
 *   npm run new -- translation --of umucyo --lang fr
 *   npm run new                      (asks, when run in a terminal)
 *
 * Options: --root DIR (project root, default .), --today YYYY-MM-DD (date written as accessed/lastReviewed).
 */
import { parseArgs } from 'node:util';
import * as prompts from '@clack/prompts';
import { scaffold, type ScaffoldRequest } from './new-entry/scaffold.ts';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    slug: { type: 'string' },
    title: { type: 'string' },
    country: { type: 'string' },
    solution: { type: 'string' },
    of: { type: 'string' },
    lang: { type: 'string' },
    root: { type: 'string', default: '.' },
    today: { type: 'string' },
  },
});

async function ask(): Promise<ScaffoldRequest> {
  prompts.intro('New Homegrown entry');
  const kind = await prompts.select({
    message: 'What do you want to add?',
    options: [
      { value: 'solution', label: 'A solution (a Rwandan homegrown solution)' },
      { value: 'country', label: 'A country (before its first case study)' },
      { value: 'case-study', label: 'A case study (a country that studied or adopted a solution)' },
      { value: 'translation', label: 'A translation of an existing entry' },
    ],
  });
  if (prompts.isCancel(kind)) process.exit(1);
  const text = async (message: string, placeholder?: string) => {
    const answer = await prompts.text({ message, ...(placeholder ? { placeholder } : {}) });
    if (prompts.isCancel(answer)) process.exit(1);
    return answer.trim();
  };
  if (kind === 'solution')
    return {
      kind,
      title: await text('Title', 'Kigali Innovation City'),
      slug: (await text('Slug (folder name; empty to derive it from the title)')) || undefined,
    };
  if (kind === 'country') return { kind, country: await text('Country (ISO code)', 'gm') };
  if (kind === 'case-study')
    return { kind, country: await text('Country (ISO code)', 'gn'), solution: await text('Solution slug', 'umucyo') };
  return { kind: 'translation', of: await text('Entry to translate (slug)', 'umucyo'), lang: await text('Language', 'fr') };
}

function fromFlags(): ScaffoldRequest | undefined {
  const [kind] = positionals;
  if (kind === 'solution') return { kind, title: values.title ?? '', slug: values.slug };
  if (kind === 'country') return { kind, country: values.country ?? '' };
  if (kind === 'case-study') return { kind, country: values.country ?? '', solution: values.solution ?? '', slug: values.slug };
  if (kind === 'translation') return { kind, of: values.of ?? '', lang: values.lang ?? '' };
  if (kind !== undefined) {
    console.error(`Unknown kind "${kind}". Use solution, country, case-study or translation.`);
    process.exit(2);
  }
  return undefined;
}

const request = fromFlags() ?? (process.stdin.isTTY ? await ask() : undefined);
if (!request) {
  console.error(
    'Say what to create: npm run new -- solution --slug my-solution --title "My solution" (or run it in a terminal to be asked).',
  );
  process.exit(2);
}
const result = await scaffold(request, { root: values.root ?? '.', ...(values.today ? { today: values.today } : {}) });
if (!result.ok) {
  console.error(`Nothing was created: ${result.error}`);
  process.exit(1);
}
console.log(`Created ${result.files.join(', ')}`);
console.log('\nNext steps:');
for (const [index, step] of result.nextSteps.entries()) console.log(`  ${index + 1}. ${step}`);
