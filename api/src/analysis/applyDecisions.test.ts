import { describe, expect, it } from 'vitest';
import { applyDecisions, decisionKey, mentionContext } from './applyDecisions.ts';
import type { Mention, RememberedDecision, TextAnalysis } from './types.ts';

const TEXT = 'นายสมปอง รักษ์ไทย ผู้อำนวยการ สถาบันวิจัย';
const mention: Mention = {
  start: 3,
  end: 17,
  text: 'สมปอง รักษ์ไทย',
  kind: 'PERSON',
  candidates: [{ entityId: 'person:other', score: 0.8, reason: 'names.th' }],
  rule: 'person: Thai honorific',
  attributes: {},
};
const analysis: TextAnalysis = { mentions: [mention], dates: [], ordinals: [], proposals: [] };
const decided = (context: string, over: Partial<RememberedDecision> = {}): RememberedDecision => ({
  ...decisionKey('สมปองรักษ์ไทย', 'PERSON', context),
  context,
  text: 'สมปอง รักษ์ไทย',
  action: 'LINK',
  entityId: 'person:sompong',
  decidedBy: 'alice',
  decidedAt: '2026-11-01T10:00:00.000Z',
  sourceId: 'source:a',
  ...over,
});

describe('remembered decisions', () => {
  it('keys the context by the title printed beside the name, or none', () => {
    expect(mentionContext(TEXT, mention)).toBe('title:ผู้อำนวยการ');
    expect(mentionContext('สมปอง รักษ์ไทย กล่าว', { end: 14, attributes: {} })).toBe('none');
    expect(mentionContext('Li Wei, Director of X', { end: 6, attributes: {} })).toBe('title:director');
  });

  it('puts a link remembered in the same context first, with score 1 and who decided', () => {
    const [m] = applyDecisions(TEXT, analysis, [decided('title:ผู้อำนวยการ')]).mentions;
    expect(m?.candidates.map((c) => [c.entityId, c.score])).toEqual([
      ['person:sompong', 1],
      ['person:other', 0.8],
    ]);
    expect(m?.candidates[0]?.reason).toBe('remembered: linked by alice on 2026-11-01 in the same context');
    expect(m?.decision?.sameContext).toBe(true);
  });

  it('prefers the same context over a newer decision in another, and falls back to the other at 0.9', () => {
    const other = decided('none', { entityId: 'person:other', decidedAt: '2026-11-20T10:00:00.000Z', key: 'x|PERSON|none' });
    const [m] = applyDecisions(TEXT, analysis, [other, decided('title:ผู้อำนวยการ')]).mentions;
    expect(m?.candidates[0]?.entityId).toBe('person:sompong');
    const [fallback] = applyDecisions(TEXT, analysis, [other]).mentions;
    expect(fallback?.candidates[0]).toMatchObject({ entityId: 'person:other', score: 0.9 });
    expect(fallback?.decision?.sameContext).toBe(false);
  });

  it('marks a name decided not to be an entity, and leaves a name of another kind alone', () => {
    const [m] = applyDecisions(TEXT, analysis, [decided('title:ผู้อำนวยการ', { action: 'NOT_ENTITY', entityId: null })]).mentions;
    expect(m?.decision?.action).toBe('NOT_ENTITY');
    expect(m?.candidates).toEqual(mention.candidates);
    const agency = decided('title:ผู้อำนวยการ', { ...decisionKey('สมปองรักษ์ไทย', 'AGENCY', 'title:ผู้อำนวยการ') });
    expect(applyDecisions(TEXT, analysis, [agency]).mentions[0]?.decision).toBeUndefined();
  });
});
