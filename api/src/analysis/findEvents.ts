import type { Mention } from './types.ts';

const EVENT_WORDS = 'Ceremony|Exhibition|Expo|EXPO|Seminar|Forum|Workshop|School|Symposium|Fair|Conference|Summit|Dialogue';
// `Signing Ceremony`, `The Eighth ASEAN School on Plasma and Nuclear Fusion`: capitalised words up to an event word.
const ENGLISH_NAMED = new RegExp(
  `(?<![\\w'’])(?:[A-Z0-9][\\w'’&–-]*\\s+(?:(?:of|on|and|for|the|in|between)\\s+)*){1,8}(?:${EVENT_WORDS})\\b`,
  'g',
);
// `the signing ceremony`, `a courtesy call`: events printed in lower case.
const ENGLISH_PLAIN =
  /\b(?:(?:MoU |MOU |agreement )?(?:signing|opening|unveiling|hand-?over|launch(?:ing)?|inauguration|award|plaque[- ]unveiling) ceremony|courtesy (?:call|visit))\b/gu;
// `พิธีลงนามบันทึกความเข้าใจ`, `พิธีเปิด`, `การเยี่ยมคารวะ`, `นิทรรศการ…`, `งานสัมมนา…`: up to the next space.
const THAI = /(?:พิธี|งาน(?=สัมมนา|แสดง|มหกรรม|ประชุม)|นิทรรศการ|(?:การ)?เยี่ยมคารวะ|การสัมมนา)[\u0e01-\u0e4e]*(?: (?:MOU|MoU))?/gu;
// A Thai event name ends before a word that begins what the clause says next.
const THAI_TAIL = /(?:ระหว่าง|ณ|ที่|โดย|ซึ่ง|เมื่อ|กับ|และ|ของ|ร่วมกับ|ใน)(?=[\u0e01-\u0e4e])/u;
// `绿色技术银行曼谷中心揭牌仪式`, `谅解备忘录的签署仪式`, `开幕式`, `研讨会`: Han characters up to an event word.
const CHINESE = /[\p{Script=Han}A-Za-z0-9“”《》]{0,30}?(?:仪式|典礼|开幕式|揭牌|博览会|展览会|研讨会|论坛|座谈会|交流会|培训班)/gu;
// A Chinese event name begins after a verb or particle that ends the words before it.
const CHINESE_LEAD = /^.*(?:[，。；：、与和及同在于由是对将从向为把被以并跟了出席参加举行举办见证共同]|主办|承办)/u;

function make(text: string, start: number, end: number, rule: string): Mention {
  return { start, end, text: text.slice(start, end), kind: 'MEETING', candidates: [], rule, attributes: {} };
}

/**
 * Events printed without a number: ceremonies, signings, openings, courtesy calls and visits,
 * exhibitions, seminars and forums, in Thai, English and Chinese. Their spans run from the
 * event's first word to its head word; they are meetings in the domain's terms.
 */
export function findEvents(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(ENGLISH_NAMED)) {
    // `Lyu Jian Attended Opening Ceremony`: the event begins after the verb of a headline.
    const verbs = [...m[0].matchAll(/\b(?:Visited|Visits|Attended|Attends|Held|Holds|Hosted|Hosts|Opened|Opens|Joined|Joins|At)\s+/gu)];
    const last = verbs[verbs.length - 1];
    const lead = last ? last.index + last[0].length : 0;
    const start = m.index + lead;
    if (!/\s/u.test(text.slice(start, m.index + m[0].length))) continue;
    out.push(make(text, start, m.index + m[0].length, 'event: English … Ceremony / Forum / Expo'));
  }
  for (const m of text.matchAll(ENGLISH_PLAIN)) out.push(make(text, m.index, m.index + m[0].length, 'event: English signing ceremony'));
  for (const m of text.matchAll(THAI)) {
    const tail = THAI_TAIL.exec(m[0].slice(4));
    const end = m.index + (tail ? 4 + tail.index : m[0].length);
    if (end - m.index > 4) out.push(make(text, m.index, end, 'event: Thai พิธี… / เยี่ยมคารวะ'));
  }
  for (const m of text.matchAll(CHINESE)) {
    const lead = CHINESE_LEAD.exec(m[0].slice(0, -2))?.[0].length ?? 0;
    const start = m.index + lead;
    const end = m.index + m[0].length;
    if (end - start >= 4) out.push(make(text, start, end, 'event: Chinese …仪式 / 论坛'));
  }
  return out.sort((a, b) => a.start - b.start);
}
