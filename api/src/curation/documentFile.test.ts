import { describe, expect, it } from 'vitest';
import { readDocumentFile } from './documentFile.ts';

describe('readDocumentFile', () => {
  it('reads front matter and keeps only the text after it', () => {
    const file = '---\ntitle: การประชุมครั้งที่ 4\nurl: https://example.org/a\ndate: 20 ก.ย. 2566\n---\nเนื้อหาข่าว\nบรรทัดสอง\n';
    expect(readDocumentFile(file, null, 'a.txt')).toEqual({
      ok: true,
      input: { title: 'การประชุมครั้งที่ 4', url: 'https://example.org/a', date: '20 ก.ย. 2566', language: 'th', text: 'เนื้อหาข่าว\nบรรทัดสอง\n' },
    });
  });

  it('reads a sidecar file, the front matter winning field by field, and an unquoted ISO date as printed', () => {
    const read = readDocumentFile(
      '---\ntitle: From the file\n---\nText body.',
      'title: From the sidecar\ndate: 2023-09-20\nlanguage: en\n',
      'b.txt',
    );
    expect(read).toEqual({ ok: true, input: { title: 'From the file', date: '2023-09-20', language: 'en', text: 'Text body.' } });
    const sidecarOnly = readDocumentFile('中国科技部副部长张广军', 'title: 新闻\n', 'c.txt');
    expect(sidecarOnly).toMatchObject({ ok: true, input: { title: '新闻', language: 'zh', text: '中国科技部副部长张广军' } });
  });

  it('names every problem: no title, an unknown field, a field that is not text, bad YAML', () => {
    expect(readDocumentFile('Just text.', null, 'd.txt')).toEqual({
      ok: false,
      problems: ['d.txt: no title; give one in front matter (---\\ntitle: …\\n---) or in a sidecar .yaml file'],
    });
    const wrong = readDocumentFile('---\ntitle: T\nauthor: X\nnote: [a]\n---\nText', null, 'e.txt');
    expect(wrong).toEqual({
      ok: false,
      problems: [
        'e.txt (front matter): unknown field "author"; the fields are title, url, publisher, date, language, note, id',
        'e.txt (front matter): "note" must be text',
      ],
    });
    const broken = readDocumentFile('Text', 'title: [unclosed', 'f.txt');
    expect(broken.ok).toBe(false);
    expect(!broken.ok && broken.problems[0]).toMatch(/^f\.yaml: not valid YAML/);
  });
});
