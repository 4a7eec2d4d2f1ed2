import { describe, expect, it } from 'vitest';
import { citationSchema, entitySchema, quoteLongEnough, sourceSchema } from './datasetSchema.ts';

const source = (url: string) => ({ id: 'source:s', title: 'S', language: 'th', text: 'ข้อความ', url });

describe('a source url', () => {
  it('is an http or https address', () => {
    expect(sourceSchema.safeParse(source('https://pmua.or.th/8535/')).success).toBe(true);
    expect(sourceSchema.safeParse(source('http://oldweb.most.go.th/main/index.php')).success).toBe(true);
  });

  it.each(['javascript:alert(document.domain)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', 'ftp://x.org/a'])(
    'refuses %s with a message that says what is allowed',
    (url) => {
      const result = sourceSchema.safeParse(source(url));
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe('`url` must be an http(s) address, e.g. https://example.org/news/1');
    },
  );
});

describe('a quote', () => {
  const quote = (q: string) => citationSchema.safeParse({ source: 'source:s', quote: q });

  it('must not be blank', () => {
    expect(quote('   ').success).toBe(false);
    expect(quote(' \n\t ').success).toBe(false);
  });

  it('keeps line breaks and tabs a source carries, and refuses other control and bidi characters', () => {
    expect(quote('Ministry of Science\nand Technology').success).toBe(true);
    for (const bad of ['PMU\u0000-A agency', 'PMU\u0007-A agency', 'PMU\u009B-A agency', 'PMU\u202E-A agency', 'PMU\u2066-A agency']) {
      expect(quote(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it('is long enough: 3 characters after trimming, or 2 in Thai or CJK script', () => {
    expect(quoteLongEnough('Alice')).toBe(true);
    expect(quoteLongEnough('  Bob  ')).toBe(true);
    expect(quoteLongEnough('  MO  ')).toBe(false);
    expect(quoteLongEnough('x')).toBe(false);
    expect(quoteLongEnough('泰國')).toBe(true);
    expect(quoteLongEnough('จีน')).toBe(true);
    // Characters, not UTF-16 units: two emoji are two characters, two Han characters beyond the BMP are dense.
    expect(quoteLongEnough(' 😀😀 ')).toBe(false);
    expect(quoteLongEnough('😀😀😀')).toBe(true);
    expect(quoteLongEnough('𠀀𠀁')).toBe(true);
    expect(quoteLongEnough('中')).toBe(false);
    expect(quoteLongEnough('a中')).toBe(true);
    expect(quoteLongEnough('国')).toBe(false);
  });
});

describe('names and aliases', () => {
  const entity = (names: Record<string, string>, aliases: string[] = []) =>
    entitySchema.safeParse({ id: 'topic:t', kind: 'TOPIC', names, aliases, citations: [{ source: 'source:s', quote: 'Alice' }] });

  it('refuse control and bidi override characters', () => {
    expect(entity({ en: 'Poverty' }, ['ความยากจน']).success).toBe(true);
    expect(entity({ en: 'Pover\u202Ety' }).success).toBe(false);
    expect(entity({ en: 'Pover\u0000ty' }).success).toBe(false);
    expect(entity({ en: 'Poverty' }, ['a\u0085b']).success).toBe(false);
    expect(entity({ en: 'Poverty' }, ['a\nb']).success).toBe(false);
  });
});
