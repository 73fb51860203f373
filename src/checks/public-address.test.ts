import { describe, expect, test } from 'vitest';
import { isPublicAddress, publicHostGuard, type Lookup } from './public-address.ts';

describe('isPublicAddress', () => {
  test.each([['8.8.8.8'], ['196.12.157.10'], ['2001:4860:4860::8888'], ['::ffff:8.8.8.8']])('%s is public', (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });
  test.each([
    ['169.254.169.254'],
    ['127.0.0.1'],
    ['10.1.2.3'],
    ['172.16.0.1'],
    ['192.168.1.1'],
    ['100.64.0.1'],
    ['0.0.0.0'],
    ['::1'],
    ['::'],
    ['fe80::1'],
    ['fd00::1'],
    ['::ffff:127.0.0.1'],
    ['::ffff:a9fe:a9fe'],
    ['64:ff9b::a9fe:a9fe'],
    ['not an address'],
  ])('%s is not', (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });
});

describe('publicHostGuard', () => {
  const dns: Record<string, string[]> = {
    '169.254.169.254.nip.io': ['169.254.169.254'],
    'www.rgb.rw': ['196.12.157.10'],
    'split.example': ['196.12.157.10', '10.0.0.5'],
  };
  const lookup: Lookup = async (host) => {
    const addresses = dns[host];
    if (!addresses) throw Object.assign(new Error('not found'), { code: 'ENOTFOUND' });
    return addresses.map((address) => ({ address }));
  };
  const guard = publicHostGuard(lookup);

  test('a name that resolves to the metadata service is refused before any request', async () => {
    expect(await guard(new URL('https://169.254.169.254.nip.io/latest/meta-data/'))).toBe(
      '169.254.169.254.nip.io resolves to 169.254.169.254, a private, loopback or link-local address; not requested',
    );
  });
  test('so are address literals and names with one private address among public ones', async () => {
    expect(await guard(new URL('https://127.0.0.1:8081/api/v1'))).toContain('127.0.0.1');
    expect(await guard(new URL('https://[::1]/'))).toContain('::1');
    expect(await guard(new URL('https://split.example/'))).toContain('10.0.0.5');
  });
  test('a public site passes; a name that does not resolve is left to the request to report', async () => {
    expect(await guard(new URL('https://www.rgb.rw/'))).toBeUndefined();
    expect(await guard(new URL('https://nowhere.example/'))).toBeUndefined();
  });
});
