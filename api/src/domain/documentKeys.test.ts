import { describe, expect, it } from 'vitest';
import { documentTextHash, normalizeUrl } from './documentKeys.ts';

describe('normalizeUrl', () => {
  it('sets aside scheme and host case, the default port, a trailing slash and the fragment', () => {
    const key = 'https://www.pmua.or.th/news/4th-meeting';
    expect(normalizeUrl('HTTPS://WWW.PMUA.or.th/news/4th-meeting/')).toBe(key);
    expect(normalizeUrl('https://www.pmua.or.th:443/news/4th-meeting#top')).toBe(key);
    expect(normalizeUrl('  https://www.pmua.or.th/news/4th-meeting//  ')).toBe(key);
    expect(normalizeUrl('https://www.pmua.or.th')).toBe('https://www.pmua.or.th');
    expect(normalizeUrl('https://www.pmua.or.th/')).toBe('https://www.pmua.or.th');
  });

  it('keeps what names another page: path case, the query string, another scheme or port', () => {
    expect(normalizeUrl('https://a.org/News/1')).toBe('https://a.org/News/1');
    expect(normalizeUrl('https://a.org/news?id=2')).toBe('https://a.org/news?id=2');
    expect(normalizeUrl('http://a.org/news')).toBe('http://a.org/news');
    expect(normalizeUrl('https://a.org:8443/news')).toBe('https://a.org:8443/news');
  });

  it('gives null for what is not an http(s) address', () => {
    expect(normalizeUrl('ftp://a.org/x')).toBeNull();
    expect(normalizeUrl('not a url')).toBeNull();
  });
});

describe('documentTextHash', () => {
  it('is the same for a text whose white space differs, and differs for another text', () => {
    const a = documentTextHash('การประชุม  คณะกรรมการ\nครั้งที่ 4\n');
    expect(a).toBe(documentTextHash(' การประชุม คณะกรรมการ\r\n\tครั้งที่ 4'));
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(a).not.toBe(documentTextHash('การประชุม คณะกรรมการ ครั้งที่ 5'));
  });

  it('reads composed and decomposed accents alike', () => {
    expect(documentTextHash('Café')).toBe(documentTextHash('Cafe\u0301'));
  });
});
