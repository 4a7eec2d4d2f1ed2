import { describe, expect, it } from 'vitest';
import { analyzeText } from './analyzeText.ts';
import { buildGazetteer } from './gazetteer.ts';

const gazetteer = buildGazetteer([{ entityId: 'place:china', kind: 'PLACE', names: { th: 'จีน', en: 'China', zh: '中国' }, aliases: [] }]);

/** The proposals of a text as `TYPE from → to`, each checked to quote its text verbatim. */
function proposals(text: string): string[] {
  const result = analyzeText(text, { gazetteer });
  for (const m of result.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  return result.proposals.map((p) => {
    expect(text.slice(p.quote.start, p.quote.end)).toBe(p.quote.text);
    expect(p.rule).not.toBe('');
    return `${p.type} ${result.mentions[p.from]?.text} → ${result.mentions[p.to]?.text}`;
  });
}

describe('analyzeText', () => {
  it('gives mentions, dates and ordinals in the contract shape', () => {
    const text = 'เมื่อวันที่ 5 เมษายน 2560 ดร.สมชาย ใจดี เข้าร่วมการประชุมครั้งที่ ๒๒';
    const result = analyzeText(text, { gazetteer, language: 'th' });
    expect(result.dates.map((d) => [d.text, d.date, d.endDate])).toEqual([['5 เมษายน 2560', '2017-04-05', null]]);
    expect(result.ordinals.map((o) => o.value)).toEqual([22]);
    expect(result.mentions.map((m) => [m.text, m.kind, m.rule])).toEqual([
      ['สมชาย ใจดี', 'PERSON', 'person: Thai honorific'],
      ['การประชุมครั้งที่ ๒๒', 'MEETING', 'meeting: Thai ประชุม … ครั้งที่'],
    ]);
    expect(proposals(text)).toEqual(['ATTENDED สมชาย ใจดี → การประชุมครั้งที่ ๒๒']);
  });

  it('proposes positions held and units part of their parent', () => {
    expect(proposals('Mr. Li Wei, Director of the China Rural Technology Development Center of MOST, spoke.')).toEqual([
      'HOLDS_POSITION Li Wei → China Rural Technology Development Center',
      'PART_OF China Rural Technology Development Center → MOST',
    ]);
    expect(proposals('ดร.อโศก พลบำรุง ผู้อำนวยการฝ่ายวิจัยและนวัตกรรม หน่วย บพท. กล่าว')).toEqual([
      'HOLDS_POSITION อโศก พลบำรุง → ฝ่ายวิจัยและนวัตกรรม',
      'PART_OF ฝ่ายวิจัยและนวัตกรรม → หน่วย บพท.',
    ]);
    expect(proposals('กระทรวงวิทยาศาสตร์และเทคโนโลยีจีน')).toEqual(['BASED_IN กระทรวงวิทยาศาสตร์และเทคโนโลยีจีน → จีน']);
    expect(proposals('โดยมีนายสมชาย เทียมบุญประเสริฐ รองปลัดกระทรวงวิทยาศาสตร์และเทคโนโลยี เป็นหัวหน้า')).toEqual([
      'HOLDS_POSITION สมชาย เทียมบุญประเสริฐ → กระทรวงวิทยาศาสตร์และเทคโนโลยี',
    ]);
    expect(proposals('中国科学院合肥物质科学研究院院长刘建国出席并致辞。')).toEqual(['HOLDS_POSITION 刘建国 → 合肥物质科学研究院']);
  });

  it('proposes chairs and co-chairs of a meeting', () => {
    expect(proposals('The 4th Joint Committee Meeting was chaired by Vice Minister Zhang Guangjun.')).toContain(
      'CHAIRED Zhang Guangjun → 4th Joint Committee Meeting',
    );
    expect(proposals('การประชุมคณะกรรมการร่วม ครั้งที่ 3 มีนายสมชาย ใจดี และ Mr. Li Wei เป็นประธานร่วม')).toEqual(
      expect.arrayContaining(['CO_CHAIRED สมชาย ใจดี → การประชุมคณะกรรมการร่วม ครั้งที่ 3', 'CO_CHAIRED Li Wei → การประชุมคณะกรรมการร่วม ครั้งที่ 3']),
    );
  });

  it('proposes attendance, visits and signatures in Chinese, English and Thai', () => {
    expect(proposals('张广军副部长出席第四次中泰科技合作联委会会议。')).toContain('ATTENDED 张广军 → 第四次中泰科技合作联委会会议');
    expect(proposals('Dr. Somchai Jaidee visited the China Rural Technology Development Center.')).toContain(
      'VISITED Somchai Jaidee → China Rural Technology Development Center',
    );
    expect(proposals('中国科学院与泰国国家天文研究所签署合作协议。')).toEqual(['SIGNED_WITH 中国科学院 → 泰国国家天文研究所']);
    expect(proposals('นายเอนก เหล่าธรรมทัศน์ เดินทางเยือนสาธารณรัฐประชาชนจีน และได้ลงนามบันทึกความเข้าใจกับกระทรวงวิทยาศาสตร์และเทคโนโลยีจีน')).toEqual(
      expect.arrayContaining(['VISITED เอนก เหล่าธรรมทัศน์ → จีน', 'SIGNED_WITH เอนก เหล่าธรรมทัศน์ → กระทรวงวิทยาศาสตร์และเทคโนโลยีจีน']),
    );
  });

  it('proposes members of a working group', () => {
    expect(proposals('คณะทำงาน “ขจัดความยากจน” ประกอบด้วย สอวช. และ วว. เป็นตัวแทน')).toEqual([
      'MEMBER_OF สอวช. → ขจัดความยากจน',
      'MEMBER_OF วว. → ขจัดความยากจน',
    ]);
  });
});
