import { describe, expect, it } from 'vitest';
import { compileMatcher } from './compileMatcher.ts';
import { buildGazetteer } from './gazetteer.ts';
import { romanizeChineseName } from './romanizeChineseName.ts';
import type { GazetteerEntry } from './types.ts';

const entries: GazetteerEntry[] = [
  { entityId: 'agency:pmu-a', kind: 'AGENCY', names: { th: 'หน่วยบริหารและจัดการทุนด้านการพัฒนาระดับพื้นที่' }, aliases: ['บพท.', 'PMU-A'] },
  { entityId: 'person:zhang-guangjun', kind: 'PERSON', names: { en: 'Zhang Guangjun', zh: '张广军' }, aliases: [] },
  { entityId: 'agency:most-china', kind: 'AGENCY', names: { zh: '中华人民共和国科学技术部' }, aliases: ['MOST', '科技部'] },
  { entityId: 'place:thailand', kind: 'PLACE', names: { th: 'ไทย', en: 'Thailand', zh: '泰國' }, aliases: ['ประเทศไทย'] },
];

function found(text: string, g = buildGazetteer(entries)) {
  return g.find(text).map((m) => {
    expect(text.slice(m.start, m.end)).toBe(m.text);
    return [m.text, m.candidates[0]?.entityId, m.candidates[0]?.reason];
  });
}

describe('compileMatcher', () => {
  it('reports every occurrence, overlapping ones included, with exact offsets', () => {
    const matcher = compileMatcher(['he', 'she', 'his', 'hers']);
    const hits: [string, number, number][] = [];
    matcher.search('ushers', (p, s, e) => hits.push([matcher.patterns[p] as string, s, e]));
    expect(hits).toEqual([
      ['she', 1, 4],
      ['he', 2, 4],
      ['hers', 2, 6],
    ]);
  });
});

describe('romanizeChineseName', () => {
  it('gives pinyin surname first and surname last', () => {
    expect(romanizeChineseName('张广军')).toEqual(['Zhang Guangjun', 'Guangjun Zhang']);
    expect(romanizeChineseName('歐陽修')).toEqual(['Ouyang Xiu', 'Xiu Ouyang']);
    expect(romanizeChineseName('科学技术部部长')).toEqual([]);
  });
});

describe('the gazetteer', () => {
  it('matches acronyms with or without their dots, and Thai names run on to other words', () => {
    expect(found('หน่วย บพท ร่วมประชุม และของบพท.')).toEqual([
      ['บพท', 'agency:pmu-a', 'aliases "บพท." (spacing, dots or punctuation)'],
      ['บพท.', 'agency:pmu-a', 'aliases "บพท." (exact, 1 end(s) inside a word)'],
    ]);
  });

  it('matches across case and spacing, and romanised Chinese names in either order', () => {
    expect(found('ZHANG GUANGJUN met Guangjun Zhang and Zhang Guang Jun')).toEqual([
      ['ZHANG GUANGJUN', 'person:zhang-guangjun', 'names.en "Zhang Guangjun" (case)'],
      ['Guangjun Zhang', 'person:zhang-guangjun', 'pinyin of 张广军 "Guangjun Zhang" (romanised Chinese name)'],
      ['Zhang Guang Jun', 'person:zhang-guangjun', 'names.en "Zhang Guangjun" (spacing, dots or punctuation)'],
    ]);
  });

  it('matches traditional and simplified Chinese alike, inside text without spaces', () => {
    expect(found('中華人民共和國科學技術部與泰国合作')).toEqual([
      ['中華人民共和國科學技術部', 'agency:most-china', 'names.zh "中华人民共和国科学技术部" (traditional/simplified Chinese)'],
      ['泰国', 'place:thailand', 'names.zh "泰國" (traditional/simplified Chinese)'],
    ]);
  });

  it('does not match a Latin name inside a longer word, nor a Thai name before a vowel or tone mark', () => {
    expect(found('almost MOSTLY')).toEqual([]);
    expect(found('ไทยู')).toEqual([]);
  });

  it('prefers the longest of overlapping names and scores word boundaries', () => {
    const [country] = buildGazetteer(entries).find('เป็นตัวแทนประเทศไทยเข้าร่วม');
    expect(country?.text).toBe('ประเทศไทย');
    expect(country?.candidates[0]?.score).toBeGreaterThan(0);
    expect(country?.candidates[0]?.score).toBeLessThanOrEqual(1);
  });

  it('is kept current: added names are found at once, removed ones no longer', () => {
    const g = buildGazetteer(entries);
    expect(g.find('NXPO and MOST').map((m) => m.text)).toEqual(['MOST']);
    g.add({
      entityId: 'agency:nxpo',
      kind: 'AGENCY',
      names: { th: 'สำนักงานสภานโยบายการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรมแห่งชาติ' },
      aliases: ['NXPO', 'สอวช.'],
    });
    g.remove('agency:most-china');
    expect(g.size).toBe(4);
    expect(found('NXPO and MOST; สอวช.', g)).toEqual([
      ['NXPO', 'agency:nxpo', 'aliases "NXPO" (exact)'],
      ['สอวช.', 'agency:nxpo', 'aliases "สอวช." (exact)'],
    ]);
    // Changing an entity's names replaces them.
    g.add({ entityId: 'agency:nxpo', kind: 'AGENCY', names: { en: 'NXPO' }, aliases: [] });
    expect(found('สอวช.', g)).toEqual([]);
  });
});
