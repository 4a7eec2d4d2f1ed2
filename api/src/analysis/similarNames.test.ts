import { describe, expect, it } from 'vitest';
import { buildGazetteer } from './gazetteer.ts';
import type { GazetteerEntry } from './types.ts';

const entries: GazetteerEntry[] = [
  { entityId: 'person:zhang-guangjun', kind: 'PERSON', names: { zh: '张广军' }, aliases: [] },
  { entityId: 'person:li-wei', kind: 'PERSON', names: { en: 'Li Wei' }, aliases: [] },
  { entityId: 'agency:pmu-a', kind: 'AGENCY', names: { th: 'หน่วยบริหารและจัดการทุนด้านการพัฒนาระดับพื้นที่' }, aliases: ['บพท.', 'PMU-A'] },
  {
    entityId: 'agency:most-cn',
    kind: 'AGENCY',
    names: { zh: '中华人民共和国科学技术部', en: 'Ministry of Science and Technology' },
    aliases: [],
  },
  { entityId: 'person:sirirurg', kind: 'PERSON', names: { th: 'สิริฤกษ์ ทรงศิวิไล' }, aliases: [] },
  { entityId: 'place:china', kind: 'PLACE', names: { en: 'China', zh: '中国' }, aliases: [] },
];
const gazetteer = buildGazetteer(entries);
const top = (name: string, kind?: GazetteerEntry['kind']) => gazetteer.similar(name, { kind: kind ?? null })[0];

describe('similar names', () => {
  it('finds a Chinese personal name from its romanisation, in either order, and the reverse', () => {
    expect(top('Zhang Guang Jun')).toMatchObject({ entityId: 'person:zhang-guangjun', score: 0.9 });
    expect(top('Guangjun Zhang')?.entityId).toBe('person:zhang-guangjun');
    expect(top('李伟')).toMatchObject({ entityId: 'person:li-wei', score: 0.9 });
    expect(top('李伟')?.reason).toContain('romanisation of 李伟');
  });

  it('reads traditional Chinese as simplified', () => {
    expect(top('中華人民共和國科學技術部')).toMatchObject({ entityId: 'agency:most-cn', score: 0.95 });
  });

  it('sets aside Thai spacing, case and acronym dots', () => {
    expect(top('สิริฤกษ์ทรงศิวิไล')).toMatchObject({ entityId: 'person:sirirurg', score: 0.95 });
    expect(top('บพท')).toMatchObject({ entityId: 'agency:pmu-a', score: 0.95 });
    expect(top('pmu a')).toMatchObject({ entityId: 'agency:pmu-a', score: 0.95 });
    expect(top('PMU-A')).toMatchObject({ entityId: 'agency:pmu-a', score: 1 });
  });

  it('shows near spellings below exact ones, and nothing unlike', () => {
    const near = top('Ministry of Science & Technology');
    expect(near?.entityId).toBe('agency:most-cn');
    expect(near?.score).toBeGreaterThan(0.5);
    expect(near?.score).toBeLessThan(0.9);
    expect(near?.reason).toContain('similar spelling');
    expect(gazetteer.similar('Bangkok')).toEqual([]);
  });

  it('keeps to the kind asked for, and to `first`', () => {
    expect(gazetteer.similar('Zhang Guangjun', { kind: 'AGENCY' })).toEqual([]);
    expect(gazetteer.similar('中国科学技术', { first: 1 })).toHaveLength(1);
  });
});
