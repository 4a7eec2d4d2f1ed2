import { describe, expect, it } from 'vitest';
import { sourceSchema } from './datasetSchema.ts';

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
