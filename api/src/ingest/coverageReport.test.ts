import { describe, expect, it } from 'vitest';
import type { Dataset } from './dataset.ts';
import { coverageReport, formatCoverage, printedYear, threadGroup } from './coverageReport.ts';

const source = (id: string, language: string, date?: string, thread?: string) => ({
  id,
  title: id,
  language,
  text: 'text of the source',
  file: 'f.yaml',
  ...(date ? { datePrinted: date } : {}),
  ...(thread ? { thread } : {}),
});
const cite = (source: string) => [{ source, quote: 'text' }];

describe('coverageReport', () => {
  it('reads the year a printed date gives, Buddhist Era years converted, and none where none is printed', () => {
    expect(
      ['11 ตุลาคม 2556', '๑๑ กุมภาพันธ์ ๒๕๖๖', 'April 3, 2018', '2014-05-23 18:40:27', '18 ก.ย. 67', '5 พ.ย.', 'April 3', '8月14日'].map(
        printedYear,
      ),
    ).toEqual([2013, 2023, 2018, 2014, 2024, null, null, null]);
    expect(['A4', 'new:D', 'G3b', 'K', undefined].map(threadGroup)).toEqual(['A', 'D', 'G', 'K', '(no thread)']);
  });

  it('counts sources by thread, language and year, entities by kind, relationships with and without dates, and decisions', () => {
    const dataset: Dataset = {
      sources: [
        source('source:a', 'th', '16 - 17 มกราคม 2560', 'A4'),
        source('source:b', 'en', 'March 22', 'new:A'),
        source('source:c', 'zh'),
      ],
      entities: [
        {
          id: 'meeting:m',
          kind: 'MEETING',
          names: { en: 'M' },
          aliases: [],
          attributes: { startDate: '2017-01-16' },
          citations: cite('source:a'),
          file: 'f',
        },
        { id: 'person:p', kind: 'PERSON', names: { en: 'P' }, aliases: [], attributes: {}, citations: cite('source:b'), file: 'f' },
      ],
      relationships: [
        { type: 'ATTENDED', from: 'person:p', to: 'meeting:m', attributes: {}, citations: cite('source:b'), file: 'f' },
        {
          type: 'ATTENDED',
          from: 'person:p',
          to: 'meeting:m',
          key: 'k',
          attributes: { date: '--03-22' },
          citations: cite('source:b'),
          file: 'f',
        },
      ],
      merges: [{ id: 'merge:p', entity: 'person:p', names: ['P', 'Pe'], reason: 'r', citations: cite('source:b'), file: 'f' }],
      disputes: [],
    };
    const r = coverageReport(dataset);
    expect(r.sources).toEqual({
      total: 3,
      byThread: [
        ['(no thread)', 1],
        ['A', 2],
      ],
      byLanguage: [
        ['en', 1],
        ['th', 1],
        ['zh', 1],
      ],
      byYear: [
        ['2017', 1],
        ['no year printed', 2],
      ],
      cited: 2,
    });
    expect(r.entities).toEqual({
      total: 2,
      byKind: [
        ['MEETING', 1],
        ['PERSON', 1],
      ],
      dated: 1,
    });
    expect(r.relationships).toEqual({ total: 2, dated: 1, undated: 1, byType: [['ATTENDED', 1, 1]] });
    expect(r.citations).toBe(5);
    expect(formatCoverage(r)).toContain('| merge:p | person:p | P · Pe |');
    expect(formatCoverage(r)).toContain('| all | 1 | 1 |');
  });
});
