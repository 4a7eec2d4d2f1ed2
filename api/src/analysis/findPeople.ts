import { toSimplified } from './toSimplified.ts';
import {
  CHINESE_TITLES,
  ENGLISH_HONORIFICS,
  ENGLISH_OFFICE_BEFORE_NAME,
  ENGLISH_POSITIONS,
  NOT_NAME_WORDS,
  THAI_HONORIFICS,
  THAI_POSITIONS,
} from './titles.ts';
import type { Mention } from './types.ts';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const THAI = '\\u0e01-\\u0e4e';
// Words that follow a given name but are no surname: verbs, conjunctions, titles.
const NOT_SURNAME = new RegExp(
  `^(?:กล่าว|ได้|เป็น|และ|พร้อม|ร่วม|เข้า|ให้|ที่|ซึ่ง|จาก|ของ|ใน|กับ|ผู้|รอง|ปลัด|นายก|เลขา|ประธาน|หัวหน้า|อธิ|คณบดี|เอกอัครราชทูต|รัฐมนตรี|มอบ|นำ|เดินทาง|แถลง|เปิด|ต้อนรับ|${THAI_POSITIONS.map(escape).join('|')})`,
  'u',
);
// Words that begin with a short honorific but are ordinary words (`คุณภาพ`, `นายก`).
const NOT_GIVEN = /^(?:ภาพ|ค่า|สมบัติ|ลักษณะ|ธรรม|ประโยชน์|ก(?:รัฐ|สมาคม|เทศ)|ทุน|จ้าง|หน้า|ฟ้า|พยาบาล)/u;
const INTRODUCERS = /(?:มี|โดย|และ|กับ|แก่|ของ|จาก|ให้|นำโดย|พร้อมด้วย|ท่าน)$/u;
const THAI_PERSON = new RegExp(`((?:(?:${THAI_HONORIFICS.map(escape).join('|')})\\s?){1,4})([${THAI}]{2,})(?: ([${THAI}]{2,}))?`, 'gu');
// An envoy's title glued to a name with no honorific (`เอกอัครราชทูตหลู่ย์ เจี้ยน`); not a country or post (`เอกอัครราชทูตจีนประจำ…`).
const THAI_ENVOY = new RegExp(`(?<![${THAI}])(เอกอัครราชทูต|อัครราชทูต|ท่านทูต)([${THAI}]{2,}) ([${THAI}]{2,})`, 'gu');
const NOT_ENVOY_NAME = /^(?:จีน|ไทย|ประจำ|สาธารณรัฐ|แห่ง|ที่ปรึกษา|ฝ่าย|และ|ณ|ได้|กล่าว|เป็น|ของ|ใน)/u;
// A verb or conjunction run on to the last word of a Thai name ends it (`เจี้ยนเข้าร่วม…`).
const RUN_ON = /(?:เข้าร่วม|เข้า|ได้|กล่าว|เป็น|และ|พร้อม|ร่วม|ให้|ที่|ซึ่ง|จาก|ของ|ใน|กับ|เดินทาง|มอบ|นำ)/u;
const HONORIFIC_EN = ENGLISH_HONORIFICS.map((h) => h.replace(/\./g, '\\.?').replace(/ /g, '\\s?')).join('|');
const CAP = `[A-Z][A-Za-z'’-]+`;
const HONORIFIC_WORD = new RegExp(`^(?:${HONORIFIC_EN})\\.?$`);
const ENGLISH_PERSON = new RegExp(
  `(?<![A-Za-z])((?:(?:${HONORIFIC_EN})(?:\\.\\s*|\\s+)){1,3}|(?:${ENGLISH_OFFICE_BEFORE_NAME.map(escape).join('|')})\\s+)(${CAP}(?: ${CAP}){0,3})`,
  'g',
);
// `Pornchai Tarkulwaranont, Vice Minister of …`: a name with no honorific, then a comma and a title of office.
const ENGLISH_APPOSITION = new RegExp(
  `(?<![A-Za-z])(${CAP}(?: ${CAP}){1,3}),\\s+(?:the\\s+)?(?:${ENGLISH_POSITIONS.map(escape).join('|')})\\b`,
  'g',
);
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const CHINESE_TITLE = CHINESE_TITLES.map(escape).join('|');
// A title then a name (`副部长张广军`), or a name then a title (`张广军副部长`).
const CHINESE_AFTER_TITLE = new RegExp(`(?:${CHINESE_TITLE})((?:欧阳|司马|诸葛|上官|[${SURNAMES}])[\\p{Script=Han}]{1,2})`, 'gu');
const CHINESE_BEFORE_TITLE = new RegExp(`((?:欧阳|司马|诸葛|上官|[${SURNAMES}])[\\p{Script=Han}]{1,2}?)(${CHINESE_TITLE})`, 'gu');
// Characters that start the verb or particle after a name, not its last character.
const CHINESE_STOP = /[会表指在与和一率出主致等于向对将说为是及同访参介见考签带陪希认提]/u;

function mention(text: string, start: number, end: number, rule: string, attributes: Record<string, string>): Mention {
  return { start, end, text: text.slice(start, end), kind: 'PERSON', candidates: [], rule, attributes };
}

/** People not yet in the graph, found by the honorific or title printed beside the name in Thai, English or Chinese; the span is the name alone. */
export function findPeople(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(THAI_PERSON)) {
    const honorific = (m[1] ?? '').trim();
    // Run on to a word, an honorific counts only after a word that introduces a name (`โดยมีนาย…`).
    if (new RegExp(`[${THAI}]$`, 'u').test(text.slice(0, m.index)) && !INTRODUCERS.test(text.slice(Math.max(0, m.index - 12), m.index)))
      continue;
    let given = m[2] ?? '';
    if (/^(?:นาย|นาง|คุณ)$/.test(honorific) && NOT_GIVEN.test(given)) continue;
    // A title run on to the name (`นายสมชายรองปลัดกระทรวง`) ends it.
    const cut = THAI_POSITIONS.map((p) => given.indexOf(p)).filter((i) => i > 1);
    if (cut.length > 0) given = given.slice(0, Math.min(...cut));
    const start = m.index + (m[1] ?? '').length;
    const surname = m[3] && cut.length === 0 && !NOT_SURNAME.test(m[3]) ? m[3] : '';
    const end = start + given.length + (surname ? 1 + surname.length : 0);
    out.push(mention(text, start, end, 'person: Thai honorific', { honorific }));
  }
  for (const m of text.matchAll(THAI_ENVOY)) {
    const given = m[2] ?? '';
    if (NOT_ENVOY_NAME.test(given) || THAI_POSITIONS.some((p) => given.startsWith(p))) continue;
    const last = m[3] ?? '';
    const cut = RUN_ON.exec(last.slice(2));
    const surname = cut ? last.slice(0, 2 + cut.index) : last;
    const start = m.index + (m[1] ?? '').length;
    out.push(
      mention(text, start, start + given.length + 1 + surname.length, 'person: Thai envoy title glued to the name', {
        position: m[1] ?? '',
      }),
    );
  }
  for (const m of text.matchAll(ENGLISH_PERSON)) {
    const words = (m[2] ?? '').split(' ');
    const keep = words.findIndex((w) => NOT_NAME_WORDS.has(w));
    const name = (keep === -1 ? words : words.slice(0, keep)).join(' ');
    if (!name) continue;
    const start = m.index + (m[1] ?? '').length;
    const lead = (m[1] ?? '').trim();
    const isOffice = ENGLISH_OFFICE_BEFORE_NAME.includes(lead);
    out.push(
      mention(
        text,
        start,
        start + name.length,
        isOffice ? 'person: English title' : 'person: English honorific',
        isOffice ? { position: lead } : { honorific: lead },
      ),
    );
  }
  for (const m of text.matchAll(ENGLISH_APPOSITION)) {
    // Words of a title, a body or an honorific before the name are not part of it
    // (`… Technology Pornchai Tarkulwaranont`, `Dr Somchai Rakdee`).
    const words = (m[1] ?? '').split(' ');
    const lastOther = words.findLastIndex(
      (w) => NOT_NAME_WORDS.has(w) || HONORIFIC_WORD.test(w) || /^[A-Z]{2,}$/u.test(w) || /^[A-Z][a-z]*[A-Z]/u.test(w),
    );
    const name = words.slice(lastOther + 1);
    if (name.length < 2 || name.length > 3) continue;
    const end = m.index + (m[1] ?? '').length;
    const start = end - name.join(' ').length;
    out.push(mention(text, start, end, 'person: English name, then a comma and a title', {}));
  }
  const simplified = toSimplified(text);
  if (simplified.length === text.length) {
    for (const m of simplified.matchAll(CHINESE_AFTER_TITLE)) {
      let name = m[1] ?? '';
      if (name.length === 3 && CHINESE_STOP.test(name[2] ?? '')) name = name.slice(0, 2);
      const start = m.index + m[0].length - (m[1] ?? '').length;
      out.push(
        mention(text, start, start + name.length, 'person: Chinese title before name', {
          position: m[0].slice(0, m[0].length - (m[1] ?? '').length),
        }),
      );
    }
    for (const m of simplified.matchAll(CHINESE_BEFORE_TITLE)) {
      const before = simplified[m.index - 1] ?? '';
      if (/\p{Script=Han}/u.test(before) && !CHINESE_STOP.test(before) && !/[长任使士生授]/u.test(before)) continue;
      out.push(mention(text, m.index, m.index + (m[1] ?? '').length, 'person: Chinese title after name', { position: m[2] ?? '' }));
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
