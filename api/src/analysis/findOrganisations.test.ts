import { describe, expect, it } from 'vitest';
import { acronymGivenAfter, findAcronyms } from './findAcronyms.ts';
import { findListItems } from './findListItems.ts';
import { findOrganisations } from './findOrganisations.ts';
import { splitClauses } from './splitClauses.ts';

function spans(found: { start: number; end: number; text: string; kind: string | null }[], text: string) {
  return found.map((m) => {
    expect(text.slice(m.start, m.end)).toBe(m.text);
    return [m.text, m.kind];
  });
}

describe('findOrganisations', () => {
  it('finds Thai bodies by their head word, with lists inside the name and a country after it', () => {
    const text = 'ระหว่างกระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรมและกระทรวงวิทยาศาสตร์และเทคโนโลยี สาธารณรัฐประชาชนจีน ณ';
    expect(spans(findOrganisations(text), text)).toEqual([
      ['กระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม', 'AGENCY'],
      ['กระทรวงวิทยาศาสตร์และเทคโนโลยี สาธารณรัฐประชาชนจีน', 'AGENCY'],
    ]);
  });

  it('ends a Thai name before a verb run on to it, and gives sites, places and committees their kinds', () => {
    const text =
      'โดยมีมหาวิทยาลัยพัฒนาพื้นที่ทำหน้าที่เป็น ณ ห้องประชุม Ballroom 3 โรงแรม Royal Orchid จังหวัดปทุมธานี ร่วมประชุมคณะกรรมการร่วมไทย-จีน ครั้งที่ 3 ฝ่ายไทย';
    expect(spans(findOrganisations(text), text)).toEqual([
      ['มหาวิทยาลัยพัฒนาพื้นที่', 'AGENCY'],
      ['ห้องประชุม Ballroom 3', 'SITE'],
      ['โรงแรม Royal Orchid', 'SITE'],
      ['จังหวัดปทุมธานี', 'PLACE'],
      ['คณะกรรมการร่วมไทย-จีน', 'COMMITTEE'],
    ]);
  });

  it('finds English and Chinese bodies, and quoted names of working groups and visited sites', () => {
    const text =
      'The Embassy of the People’s Republic of China in Thailand and the China Rural Technology Development Center; 中国科学院与泰国国家天文研究所; คณะทำงาน “ขจัดความยากจน” ศึกษาดูงาน “นวัตกรรมผ้าใยกล้วย”';
    expect(spans(findOrganisations(text), text)).toEqual([
      ['Embassy of the People’s Republic of China in Thailand', 'AGENCY'],
      ['China Rural Technology Development Center', 'AGENCY'],
      ['中国科学院', 'AGENCY'],
      ['泰国国家天文研究所', 'AGENCY'],
      ['ขจัดความยากจน', 'WORKING_GROUP'],
      ['นวัตกรรมผ้าใยกล้วย', 'SITE'],
    ]);
  });
});

describe('acronyms', () => {
  it('finds Thai and Latin acronyms standing alone, but not titles', () => {
    const text = 'ประกอบด้วย สอวช. และ วว. กับ CRTDC และ PMU-A โดย ดร. สมชาย';
    expect(spans(findAcronyms(text), text)).toEqual([
      ['สอวช.', 'AGENCY'],
      ['วว.', 'AGENCY'],
      ['CRTDC', 'AGENCY'],
      ['PMU-A', 'AGENCY'],
    ]);
  });

  it('reads the acronym given in parentheses or after a colon as an alias', () => {
    const thai = 'สำนักงานสภานโยบายการอุดมศึกษา (สอวช.) เป็น';
    expect(acronymGivenAfter(thai, { end: thai.indexOf(' (') })).toMatchObject({ alias: 'สอวช.', rule: 'alias: acronym in parentheses' });
    const english = '(Deputy director general, China Rural Technology Development Center: CRTDC)';
    const name = english.indexOf(': CRTDC');
    expect(acronymGivenAfter(english, { end: name })).toEqual({
      start: name + 2,
      end: name + 7,
      alias: 'CRTDC',
      rule: 'alias: acronym after a colon',
    });
    expect(acronymGivenAfter('Ministry of Science and Technology (MOST)', { end: 34 })?.alias).toBe('MOST');
  });
});

describe('findListItems', () => {
  it('reads numbered items after ได้แก่ as topics, and as working groups when the lead-in names them', () => {
    const text = 'มีการจัด Working Group ใน 3 ประเด็น ได้แก่ 1) การถ่ายทอดเทคโนโลยี 2) การคมนาคมระบบราง และ 3) นิวเคลียร์ฟิวชัน\nต่อไป';
    const items = findListItems(text);
    expect(items.filter((i) => i.kind === 'WORKING_GROUP').map((i) => i.text)).toEqual([
      'การถ่ายทอดเทคโนโลยี',
      'การคมนาคมระบบราง',
      'นิวเคลียร์ฟิวชัน',
    ]);
    expect(items.filter((i) => i.kind === 'TOPIC').map((i) => i.attributes.number)).toEqual(['1', '2', '3']);
  });

  it('reads Thai areas (ด้าน…) after คือ as topics', () => {
    const text = 'ทั้ง 3 ด้าน คือ ด้านการพัฒนาคน ด้านการพัฒนาตลาด เพื่อชุมชนและด้านการเกษตร รวมถึงอื่น ๆ';
    expect(spans(findListItems(text), text)).toEqual([
      ['การพัฒนาคน', 'TOPIC'],
      ['การพัฒนาตลาด เพื่อชุมชน', 'TOPIC'],
      ['การเกษตร', 'TOPIC'],
    ]);
  });
});

describe('splitClauses', () => {
  it('ends clauses at line breaks, double spaces, full stops and Thai clause openers, not at abbreviations', () => {
    const text = 'หน่วย บพท. ร่วมประชุม โดยมี ดร.สมชาย เป็นประธาน  H.E. Mr. Wang spoke. Then 会议结束。下次';
    expect(splitClauses(text).map((c) => c.text)).toEqual([
      'หน่วย บพท. ร่วมประชุม',
      'โดยมี ดร.สมชาย เป็นประธาน',
      'H.E. Mr. Wang spoke.',
      'Then 会议结束。',
      '下次',
    ]);
  });
});
