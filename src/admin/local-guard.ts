/**
 * The rules of the guard in front of decap-server during `npm run cms` (scripts/cms/server.ts):
 * which requests reach it and what they may touch. decap-server alone answers any page on any
 * localhost port (and any Host, so a DNS-rebound site too), writes any path in the repository,
 * `.git/` included, and commits with `git add .`. Through the guard:
 * - the request names this run's token in its path (`/<token>/api/v1`), which only the admin page
 *   receives (in its configuration, from the dev server);
 * - `Host` is the guard's own loopback address and `Origin` the dev server's;
 * - every path it reads or writes is under `content/`, with no dot-segment and no dotfile; entries
 *   are `.mdx`/`.md`/`.yaml`/`.yml`; media are PNG, JPEG or WebP images (by their bytes, not only
 *   their name) in the media folder; the branch is the session's.
 * Pure functions, so that each rule is unit-tested (local-guard.test.ts).
 */
import { timingSafeEqual } from 'node:crypto';
import { imageFileProblem, isImageName } from '#src/lib/image-type.ts';

export interface LocalGuardPolicy {
  /** The run's secret, in the API path: `/<token>/api/v1`. */
  token: string;
  /** `Host` values the guard answers: its own loopback address, e.g. `localhost:8081`, `127.0.0.1:8081`. */
  hosts: readonly string[];
  /** Origins of the pages allowed to call it: the dev server's, e.g. `http://localhost:4321`. */
  origins: readonly string[];
  /** The branch decap-server works on (drafts branch off it, publishing merges into it). */
  branch: string;
  /** The content folder, `content`. */
  contentDir: string;
  /** The media folder, under the content folder: `content/media`. */
  mediaDir: string;
}

export type Verdict = { allow: true } | { allow: false; status: number; reason: string };

const ALLOW: Verdict = { allow: true };
const refuse = (status: number, reason: string): Verdict => ({ allow: false, status, reason });

export const ENTRY_EXTENSIONS = ['.mdx', '.md', '.yaml', '.yml'] as const;

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export interface Envelope {
  method: string;
  /** The request path, e.g. `/<token>/api/v1`. */
  url: string;
  host: string | undefined;
  origin: string | undefined;
}

/** Whether a request may go further, before its body is read: token, Host, Origin and method. */
export function checkEnvelope({ method, url, host, origin }: Envelope, policy: LocalGuardPolicy): Verdict {
  if (!host || !policy.hosts.includes(host.toLowerCase())) return refuse(403, `Host "${host ?? ''}" is not this server's address`);
  const path = url.split('?')[0] ?? '';
  const match = /^\/([^/]+)\/api\/v1\/?$/.exec(path);
  if (!match || !sameSecret(match[1] ?? '', policy.token)) return refuse(404, 'not found');
  if (!origin || !policy.origins.includes(origin)) return refuse(403, `Origin "${origin ?? ''}" may not use the CMS server`);
  if (method !== 'POST' && method !== 'OPTIONS') return refuse(405, `${method} is not allowed`);
  return ALLOW;
}

const hasDotSegment = (path: string): boolean => path.split('/').some((segment) => segment === '' || segment.startsWith('.'));

/** Why `path` (relative to the repository) may not be used this way, or undefined. */
export function pathProblem(path: unknown, use: 'read' | 'entry' | 'media' | 'folder', policy: LocalGuardPolicy): string | undefined {
  if (typeof path !== 'string') return 'a path must be text';
  const shown = JSON.stringify(path.slice(0, 80));
  if (/[\\\u0000-\u001f]/.test(path) || path.startsWith('/')) return `${shown}: write a relative path with "/"`;
  const trimmed = use === 'folder' ? path.replace(/\/+$/, '') : path;
  if (hasDotSegment(trimmed)) return `${shown}: no empty, "." or ".." segment and no dotfile (.git, .github...)`;
  const inside = (dir: string): boolean => trimmed === dir || trimmed.startsWith(`${dir}/`);
  if (!inside(policy.contentDir)) return `${shown}: the CMS reads and writes only under ${policy.contentDir}/`;
  const lower = trimmed.toLowerCase();
  if (use === 'entry' && (inside(policy.mediaDir) || !ENTRY_EXTENSIONS.some((extension) => lower.endsWith(extension)))) {
    return `${shown}: an entry is a ${ENTRY_EXTENSIONS.join(', ')} file outside ${policy.mediaDir}/`;
  }
  if (use === 'media' && (!inside(policy.mediaDir) || !isImageName(lower))) {
    return `${shown}: media are PNG, JPEG or WebP images in ${policy.mediaDir}/ (no SVG: it can carry scripts)`;
  }
  return undefined;
}

/** Why a media upload may not be stored, or undefined: its bytes must be the image its name says. */
export function imageProblem(path: string, base64: unknown): string | undefined {
  if (typeof base64 !== 'string') return `${path}: the file's content is missing`;
  const problem = imageFileProblem(path, Buffer.from(base64.slice(0, 64), 'base64'));
  return problem ? `${path}: ${problem}` : undefined;
}

/** `content/media/x.png`-like strings of a request, with the use each is for. */
interface Params {
  branch?: unknown;
  path?: unknown;
  folder?: unknown;
  mediaFolder?: unknown;
  paths?: unknown;
  files?: unknown;
  entry?: { path?: unknown; newPath?: unknown };
  dataFiles?: unknown;
  assets?: unknown;
  asset?: { path?: unknown; content?: unknown };
  collection?: unknown;
  slug?: unknown;
}

const READ_ACTIONS = new Set(['info', 'entriesByFolder', 'entriesByFiles', 'getEntry', 'unpublishedEntries', 'unpublishedEntry']);
const WRITE_ACTIONS = new Set(['persistEntry', 'persistMedia', 'deleteFile', 'deleteFiles']);
const WORKFLOW_ACTIONS = new Set(['unpublishedEntryDataFile', 'unpublishedEntryMediaFile', 'deleteUnpublishedEntry']);
const STATE_ACTIONS = new Set(['updateUnpublishedEntryStatus', 'publishUnpublishedEntry', 'getMedia', 'getMediaFile', 'getDeployPreview']);

/** Whether a decap-server API call (`{ action, params }`) stays inside what the CMS may do. */
export function checkAction(body: unknown, policy: LocalGuardPolicy): Verdict {
  if (body === null || typeof body !== 'object') return refuse(400, 'the request must be a JSON object');
  const { action, params: raw } = body as { action?: unknown; params?: unknown };
  if (typeof action !== 'string' || ![READ_ACTIONS, WRITE_ACTIONS, WORKFLOW_ACTIONS, STATE_ACTIONS].some((set) => set.has(action))) {
    return refuse(400, `unknown action ${JSON.stringify(action)}`);
  }
  if (action === 'info') return ALLOW;
  const params = (raw ?? {}) as Params;
  if (params.branch !== policy.branch)
    return refuse(403, `branch ${JSON.stringify(params.branch)}: the CMS works on ${policy.branch} only`);
  for (const name of ['collection', 'slug'] as const) {
    const value = params[name];
    if (value !== undefined && (typeof value !== 'string' || !/^[\w-]+(?:\/[\w-]+)*$/.test(value))) {
      return refuse(400, `${name} ${JSON.stringify(value)}: letters, digits, "-", "_" and "/" only`);
    }
  }
  const checks: Array<[unknown, 'read' | 'entry' | 'media' | 'folder']> = [];
  const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);
  switch (action) {
    case 'entriesByFolder':
      checks.push([params.folder, 'folder']);
      break;
    case 'entriesByFiles':
      for (const file of list(params.files)) checks.push([(file as { path?: unknown }).path, 'read']);
      break;
    case 'getEntry':
    case 'unpublishedEntryDataFile':
    case 'getMediaFile':
    case 'unpublishedEntryMediaFile':
      checks.push([params.path, 'read']);
      break;
    case 'getMedia':
      checks.push([params.mediaFolder, 'folder']);
      break;
    case 'persistEntry':
      for (const file of [...list(params.entry), ...list(params.dataFiles)] as { path?: unknown; newPath?: unknown }[]) {
        checks.push([file.path, 'entry']);
        if (file.newPath !== undefined) checks.push([file.newPath, 'entry']);
      }
      for (const asset of list(params.assets) as { path?: unknown; content?: unknown }[]) {
        checks.push([asset.path, 'media']);
        const problem = typeof asset.path === 'string' ? imageProblem(asset.path, asset.content) : undefined;
        if (problem) return refuse(415, problem);
      }
      break;
    case 'persistMedia': {
      const asset = params.asset ?? {};
      checks.push([asset.path, 'media']);
      const problem = typeof asset.path === 'string' ? imageProblem(asset.path, asset.content) : undefined;
      if (problem && pathProblem(asset.path, 'media', policy) === undefined) return refuse(415, problem);
      break;
    }
    case 'deleteFile':
    case 'deleteFiles':
      for (const path of [...list(params.path), ...list(params.paths)])
        checks.push([path, pathProblem(path, 'media', policy) ? 'entry' : 'media']);
      break;
    default:
      break;
  }
  for (const [path, use] of checks) {
    const problem = pathProblem(path, use, policy);
    if (problem) return refuse(403, problem);
  }
  return ALLOW;
}
