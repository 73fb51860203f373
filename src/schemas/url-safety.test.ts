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

describe('look-alike and reordered addresses', () => {
  it.each([
    ['a Cyrillic а in a Latin name', 'https://\u0430pple.com/', 'mixes Cyrillic and Latin'],
    ['the same, as the browser writes it', 'https://xn--pple-43d.com/', 'mixes Cyrillic and Latin'],
    ['a Greek ο', 'https://g\u03bfogle.com/', 'mixes Greek and Latin'],
    ['a right-to-left override in the path', 'https://www.rgb.rw/\u202Efdp.exe', 'U+202E'],
    ['a zero-width space in the host', 'https://rgb\u200B.rw/', 'U+200B'],
  ])('%s is refused as a source and as a link', (_name, url, reason) => {
    expect(unsafeUrlReason(url, 'source')).toContain(reason);
    expect(unsafeUrlReason(url, 'link')).toContain(reason);
  });

  it.each([
    ['https://www.rgb.rw/'],
    ['https://\u043f\u0440\u0438\u043c\u0435\u0440.\u0440\u0444/'],
    ['https://\u4f8b\u3048.jp/'],
    ['https://www.minecofin.gov.rw/fr/'],
  ])('%s, in one script, is fine', (url) => {
    expect(unsafeUrlReason(url, 'source')).toBeNull();
  });
});
