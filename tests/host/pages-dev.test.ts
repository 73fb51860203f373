/** wrangler runs with no account and nothing that calls out: what the environment it gets holds. */
import { expect, test } from 'vitest';
import { offlineEnvironment } from './pages-dev.ts';

test('no Cloudflare token, account or wrangler setting of the machine reaches it, and metrics, error reports, update checks and the cf download are off', () => {
  const saved = { ...process.env };
  Object.assign(process.env, {
    CLOUDFLARE_API_TOKEN: 'secret',
    CLOUDFLARE_ACCOUNT_ID: 'account',
    CF_API_KEY: 'key',
    WRANGLER_SEND_METRICS: 'true',
  });
  try {
    const env = offlineEnvironment('/tmp/home');
    expect(Object.keys(env).filter((name) => /^(CLOUDFLARE_API|CLOUDFLARE_ACCOUNT|CF_)/.test(name))).toEqual([]);
    expect(env).toMatchObject({
      HOME: '/tmp/home',
      WRANGLER_SEND_METRICS: 'false',
      WRANGLER_SEND_ERROR_REPORTS: 'false',
      WRANGLER_HIDE_BANNER: 'true',
      CLOUDFLARE_CF_FETCH_ENABLED: 'false',
    });
  } finally {
    process.env = saved;
  }
});
