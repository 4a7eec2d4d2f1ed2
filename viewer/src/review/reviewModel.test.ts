import { describe, expect, it } from 'vitest';
import {
  buildChangeset,
  buildDecisions,
  documentFromFile,
  type MentionChoice,
  type ReviewMention,
  scriptLang,
  suggestId,
} from './reviewModel.ts';

const mentions: ReviewMention[] = [
  { start: 3, end: 17, text: 'สมชาย ทรงศิวิไล', kind: 'PERSON', context: 'title:ผู้อำนวยการ' },
  { start: 30, end: 34, text: 'บพท.', kind: 'AGENCY', context: 'none' },
  { start: 40, end: 45, text: 'ไทย', kind: 'PLACE', context: 'none' },
];

describe('the review model', () => {
  it('suggests readable ids, and stable ones for names without Latin letters', () => {
    expect(suggestId('AGENCY', 'Synchrotron Light Research Institute')).toBe('agency:synchrotron-light-research-institute');
    expect(suggestId('PERSON', 'สมชาย ทรงศิวิไล')).toMatch(/^person:n-[0-9a-f]{8}$/);
    expect(suggestId('PERSON', 'สมชาย ทรงศิวิไล')).toBe(suggestId('PERSON', 'สมชาย ทรงศิวิไล'));
    expect([scriptLang('张广军'), scriptLang('บพท.'), scriptLang('PMU-A')]).toEqual(['zh', 'th', 'en']);
  });

  it('builds the changeset: new entities cited by their mention, accepted facts with their ends resolved', () => {
    const choices = new Map<number, MentionChoice>([
      [0, { action: 'NEW_ENTITY', entity: { id: 'person:somchai', kind: 'PERSON', names: { th: 'สมชาย ทรงศิวิไล' } } }],
      [1, { action: 'LINK', entityId: 'agency:pmu-a' }],
      [2, { action: 'NOT_ENTITY' }],
    ]);
    const quote = { start: 0, end: 40, text: 'นายสมชาย ทรงศิวิไล ผู้อำนวยการ บพท.' };
    const { input, problems } = buildChangeset(
      'source:a',
      mentions,
      choices,
      [
        { type: 'HOLDS_POSITION', from: 0, to: 1, quote, attributes: { title: 'ผู้อำนวยการ' } },
        { type: 'ATTENDED', from: 'agency:pmu-a', to: 'meeting:x', quote, attributes: {} },
      ],
      ' reviewed ',
    );
    expect(problems).toEqual([]);
    expect(input).toEqual({
      source: 'source:a',
      note: 'reviewed',
      entities: [
        {
          id: 'person:somchai',
          kind: 'PERSON',
          names: { th: 'สมชาย ทรงศิวิไล' },
          citations: [{ source: 'source:a', quote: 'สมชาย ทรงศิวิไล' }],
        },
      ],
      relationships: [
        {
          type: 'HOLDS_POSITION',
          from: 'person:somchai',
          to: 'agency:pmu-a',
          attributes: { title: 'ผู้อำนวยการ' },
          citations: [{ source: 'source:a', quote: quote.text }],
        },
        { type: 'ATTENDED', from: 'agency:pmu-a', to: 'meeting:x', citations: [{ source: 'source:a', quote: quote.text }] },
      ],
    });
    expect(buildDecisions(mentions, choices)).toEqual([
      { text: 'สมชาย ทรงศิวิไล', kind: 'PERSON', context: 'title:ผู้อำนวยการ', action: 'NEW_ENTITY', entity: 'person:somchai' },
      { text: 'บพท.', kind: 'AGENCY', context: 'none', action: 'LINK', entity: 'agency:pmu-a' },
      { text: 'ไทย', kind: 'PLACE', context: 'none', action: 'NOT_ENTITY' },
    ]);
  });

  it('names an accepted fact whose end is undecided, and an empty review', () => {
    const quote = { start: 0, end: 5, text: 'abcde' };
    const { problems } = buildChangeset(
      'source:a',
      mentions,
      new Map(),
      [{ type: 'HOLDS_POSITION', from: 0, to: 1, quote, attributes: {} }],
      '',
    );
    expect(problems).toEqual([
      'HOLDS_POSITION: decide what “สมชาย ทรงศิวิไล” (the subject) is — link it or create it — before accepting.',
      'HOLDS_POSITION: decide what “บพท.” (the object) is — link it or create it — before accepting.',
    ]);
    expect(buildChangeset('source:a', mentions, new Map(), [], '').problems).toEqual([
      'Nothing to commit: create an entity or accept a relationship first.',
    ]);
  });
});

describe('documentFromFile', () => {
  it('reads a text, or the text and language of a pending review, and names what else it cannot open', () => {
    expect(documentFromFile('ข่าว บพท.txt', 'เมื่อวันที่ 5 ต.ค. 2566')).toEqual({
      title: 'ข่าว บพท',
      text: 'เมื่อวันที่ 5 ต.ค. 2566',
      language: null,
    });
    const pending = { status: 'pending', sourceFile: 'visit-2023.txt', language: 'zh', text: '中国科学院', analysis: {} };
    expect(documentFromFile('visit-2023.json', JSON.stringify(pending))).toEqual({
      title: 'visit-2023',
      text: '中国科学院',
      language: 'zh',
    });
    expect(documentFromFile('x.json', '{')).toMatch(/^x\.json is not JSON;/);
    expect(documentFromFile('x.json', '{"status":"done","text":"a"}')).toMatch(/^x\.json is not a pending review/);
    expect(documentFromFile('empty.txt', '  \n')).toBe('empty.txt is empty.');
  });
});
