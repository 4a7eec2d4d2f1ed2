import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from './escapeMarkdown.ts';

describe('escapeMarkdown', () => {
  it('keeps a link, raw HTML and emphasis as text', () => {
    expect(escapeMarkdown('[Official statement](https://evil.example)')).toBe('\\[Official statement\\](https://evil.example)');
    expect(escapeMarkdown('<img src=x onerror=alert(1)>')).toBe('\\<img src=x onerror=alert(1)\\>');
    expect(escapeMarkdown('*bold* _it_ `code` ~~s~~ a|b')).toBe('\\*bold\\* \\_it\\_ \\`code\\` \\~\\~s\\~\\~ a\\|b');
  });

  it('leaves ordinary Thai, Chinese and English text as it is, and joins lines', () => {
    expect(escapeMarkdown('Mr. Zhang Hui รองผู้อำนวยการ 张广军 (CRTDC)')).toBe('Mr. Zhang Hui รองผู้อำนวยการ 张广军 (CRTDC)');
    expect(escapeMarkdown('one\ntwo')).toBe('one two');
  });
});
