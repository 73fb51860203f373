import { describe, expect, it } from 'vitest';
import { isSafeUrl, unsafeUrlReason } from './url-safety.ts';

describe('unsafeUrlReason', () => {
  it.each([
    ['https://www.rgb.rw/home', 'source'],
    ['https://www.newtimes.co.rw/article/1?x=1#y', 'source'],
    ['https://umucyo.gov.rw/', 'link'],
    ['mailto:info@rwandacooperation.org', 'link'],
    ['#what-happened', 'link'],
    ['/en/solutions/umucyo/', 'link'],
  ] as const)('accepts %s as a %s', (url, use) => {
    expect(unsafeUrlReason(url, use)).toBeNull();
  });

  it.each([
    ['javascript:alert(1)', 'link', 'must not be a script or data URL'],
    [' javascript:alert(1)', 'link', 'spaces or control characters'],
    ['java\tscript:alert(1)', 'link', 'spaces or control characters'],
    ['data:text/html,<script>', 'link', 'must not be a script or data URL'],
    ['file:///etc/passwd', 'source', 'must not be a script or data URL'],
    ['http://www.rgb.rw/', 'source', 'must start with https://'],
    ['http://www.rgb.rw/', 'link', 'must start with https://'],
    ['https://www.rgb.rw@evil.example/', 'source', 'user name or password'],
    ['https://user:pw@www.rgb.rw/', 'link', 'user name or password'],
    ['//evil.example/x', 'link', 'starts with "//"'],
    ['/\\evil.example/x', 'link', 'starts with "//"'],
    ['../secrets', 'link', 'a path starting with /'],
    ['mailto:info@rwandacooperation.org', 'source', 'starting with https://'],
    ['/en/', 'source', 'starting with https://'],
    ['https://localhost/', 'source', 'named web site'],
    ['https://[::1]/', 'source', 'named web site'],
    ['https://', 'source', 'full web address'],
  ] as const)('rejects %s as a %s', (url, use, reason) => {
    expect(unsafeUrlReason(url, use)).toContain(reason);
    expect(isSafeUrl(url, use)).toBe(false);
  });
});
