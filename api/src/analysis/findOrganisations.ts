import type { EntityKind } from '../../../common/kinds.ts';
import { THAI_POSITIONS } from './titles.ts';
import type { Mention } from './types.ts';

const T = '\\u0e01-\\u0e4e';
/** Thai words that begin the name of a body, a site or a place, with the kind they give. */
const THAI_HEADS: readonly (readonly [string, EntityKind])[] = [
  ['สถานเอกอัครราชทูต', 'AGENCY'],
  ['สถานกงสุลใหญ่', 'AGENCY'],
  ['คณะอนุกรรมการ', 'COMMITTEE'],
  ['คณะกรรมการ', 'COMMITTEE'],
  ['คณะผู้แทน', 'AGENCY'],
  ['กลุ่มวิสาหกิจ', 'AGENCY'],
  ['วิสาหกิจชุมชน', 'AGENCY'],
  ['มหาวิทยาลัย', 'AGENCY'],
  ['วิทยาลัย', 'AGENCY'],
  ['กระทรวง', 'AGENCY'],
  ['สำนักงาน', 'AGENCY'],
  ['สํานักงาน', 'AGENCY'],
  ['สถาบัน', 'AGENCY'],
  ['องค์การ', 'AGENCY'],
  ['สมาคม', 'AGENCY'],
  ['มูลนิธิ', 'AGENCY'],
  ['ธนาคาร', 'AGENCY'],
  ['บริษัท', 'AGENCY'],
  ['ศูนย์', 'AGENCY'],
  ['สำนัก', 'AGENCY'],
  ['หน่วย', 'AGENCY'],
  ['ฝ่าย', 'AGENCY'],
  ['สภา', 'AGENCY'],
  ['กรม', 'AGENCY'],
  ['ห้องประชุม', 'SITE'],
  ['โรงแรม', 'SITE'],
  ['อาคาร', 'SITE'],
  ['จังหวัด', 'PLACE'],
  ['อำเภอ', 'PLACE'],
  ['มณฑล', 'PLACE'],
];
// Head words that are something else when these follow (`หน่วยงาน`, `ศูนย์กลาง`, `ฝ่ายไทย`, `สภาพ`).
const NOT_A_NAME =
  /^(?:หน่วยงาน|ศูนย์กลาง|สภาพ|กรมธรรม์|ฝ่าย(?:ไทย|จีน|ลาว|ญี่ปุ่น|เกาหลี|เวียดนาม|กัมพูชา|เมียนมา|มาเลเซีย|สิงคโปร์|อินเดีย|สหรัฐ)|ห้องประชุม(?=\s*$))/u;
const THAI_HEAD = new RegExp(`(?:${THAI_HEADS.map(([h]) => h).join('|')})`, 'gu');
const ANY_HEAD = THAI_HEADS.map(([h]) => h).join('|');
// A Thai name ends before a verb or a clause word run on to it, or before a second body joined by และ / กับ.
const THAI_STOP = new RegExp(
  `(?:ในฐานะ|พบ(?:กับ|ปะ|หารือ)|ให้การต้อนรับ|ต้อนรับ|หารือ|ได้(?:รับ|ร่วม|หารือ|ลงนาม|จัด)|จัด(?:งาน|ขึ้น)|ลงนาม|ศึกษาดูงาน|เข้าร่วม|ร่วมกับ|ร่วมประชุม|ทำหน้าที่|เป็น|กล่าว|พร้อม|ซึ่ง|โดย|ในการ|ในพื้นที่|เมื่อ|ที่(?:มี|ได้|จะ|สามารถ|รับผิดชอบ|ช่วย)|(?:และ|กับ)(?=${ANY_HEAD}))`,
  'u',
);
const LINKED = new RegExp(`(?:${[...THAI_POSITIONS, 'ของ', 'และ', 'กับ', 'ใน', 'จาก', 'โดย', 'ร่วม', 'ประชุม', 'ณ', 'ที่'].join('|')})$`, 'u');
const THAI_RUN = new RegExp(`^[${T}0-9๐-๙]+(?:-[${T}0-9๐-๙]+)*`, 'u');
const LATIN_NAME = /^ ?[A-Z0-9][\w&'’.-]*(?: [A-Z0-9][\w&'’-]*)*/u;
const THAI_ACRONYM_AFTER = new RegExp(`^ [ก-ฮ]{2,6}\\.(?![${T}])`, 'u');
const COUNTRY_START = /^(?:สาธารณรัฐ|ราชอาณาจักร|ประเทศ|แห่ง)/u;

function thaiExtent(text: string, start: number, head: string): number {
  const after = text.slice(start + head.length);
  const acronym = THAI_ACRONYM_AFTER.exec(after);
  if (acronym && !THAI_RUN.test(after)) return start + head.length + acronym[0].length;
  const latin = LATIN_NAME.exec(after);
  if (latin && !THAI_RUN.test(after)) return start + head.length + latin[0].trimEnd().length;
  let end = start + head.length + (THAI_RUN.exec(after)?.[0].length ?? 0);
  // Thai prints lists inside names with spaces (`การอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม`): join up to the chunk holding และ.
  if (!text.slice(start, end).includes('และ')) {
    let probe = end;
    for (let i = 0; i < 3 && text[probe] === ' '; i += 1) {
      const whole = THAI_RUN.exec(text.slice(probe + 1))?.[0] ?? '';
      const stop = THAI_STOP.exec(whole);
      const chunk = stop ? whole.slice(0, stop.index) : whole;
      if (!chunk || chunk.length > 40) break;
      probe += 1 + chunk.length;
      if (chunk.includes('และ')) {
        end = probe;
        break;
      }
    }
  }
  // A name broken after `และ` by a stray space (`…วิทยาศาสตร์และ เทคโนโลยี…`) goes on.
  if (/และ$/u.test(text.slice(start, end)) && text[end] === ' ') end += 1 + (THAI_RUN.exec(text.slice(end + 1))?.[0].length ?? 0);
  // A country's name after a space belongs to the body (`กระทรวงวิทยาศาสตร์และเทคโนโลยี สาธารณรัฐประชาชนจีน`).
  if (text[end] === ' ' && COUNTRY_START.test(text.slice(end + 1))) end += 1 + (THAI_RUN.exec(text.slice(end + 1))?.[0].length ?? 0);
  const body = text.slice(start + head.length, end);
  const stop = THAI_STOP.exec(body.slice(1));
  return stop ? start + head.length + 1 + stop.index : end;
}

const EN_HEAD =
  /\b(?:Ministry|Embassy|Office|Department|Bureau|University|Academy|Institute|Agency|Administration|Council|Commission|Center|Centre|Committee|Foundation|Association|Corporation|Authority|Laboratory|Division|Observatory|Hospital|Hotel)\b/;
const LISTING_HEAD = /^(?:The\s+)?(?:Ministry|Office|Department|Bureau|Embassy|Council|Commission)\s+of\b/;
const LEADING_TITLE =
  /^(?:The\s+)?(?:(?:Vice|Deputy|Assistant|Acting)\s+)?(?:Minister[- ]Counsell?or|Director(?:[- ]General)?|Minister|President|Secretary(?:-General)?|Chairman|Head|Governor|Ambassador|Counsell?or)\s+(?:of\s+)?(?:the\s+)?|^The\s+/;
const EN_PHRASE = /(?<![\w'’])[A-Z][\w'’&-]*(?:(?:\s+|,\s+(?=[A-Z]))(?:[A-Z0-9][\w'’&-]*|of|the|and|for|on|in|de))*/g;
const ZH_PARTICLE = /[与和及同在于由的、是对将从向为把被以并跟了與於為對將從並]/u;
const ZH_PARTICLE_ANY = new RegExp(ZH_PARTICLE.source, 'gu');
// Verbs and titles printed before a Chinese name are not part of it (`见证了中国资源卫星应用中心`, `时承担科技部`).
const ZH_LEAD = /^(?:时|并|就|即|还|也|已|将|副)+/u;
// Verbs and titles inside a run of Han characters end what comes before a name (`见证了中国资源卫星应用中心`,
// `时承担科技部`, `依托中国科学院`, `国家天文台台长严俊`): the name begins after the last of them.
const ZH_CUT =
  /参观|见证了?|出席|会见|访问|考察|签署|承担|介绍了?|率领|带领|莅临|到访|拜会|拜访|依托|捐赠给?|一行|主办|承办|协办|支持|邀请|代表|致辞|台长|主任|院长|所长|部长|局长|司长|处长|校长|主席/gu;
// `与` / `和` / `及` join two names, except inside a name that begins with a country or the state (`泰国地理信息和空间技术开发署`).
const ZH_NAME_START = /^(?:中国|中國|泰国|泰國|中泰|国家|國家|东盟|東盟)/u;
const ZH_NAME_END = /(?:部|院|所|局|中心|大学|署|会|馆|厅|司|处|室|组|府|公司|台|[)）A-Za-z])$/u;
const ZH_ORG =
  /(?:\p{Script=Han}|[—－](?=\p{Script=Han})){2,20}?(?:委员会|大使馆|研究所|办公室|天文台|中心|大学|协会|基金会|部|院|局|署)(?![长门])/gu;

function make(text: string, start: number, end: number, kind: EntityKind, rule: string): Mention {
  return { start, end, text: text.slice(start, end), kind, candidates: [], rule, attributes: {} };
}

/** Bodies, committees, sites and places not yet in the graph, by the words their names begin or end with in Thai, English and Chinese. */
export function findOrganisations(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(THAI_HEAD)) {
    const head = m[0];
    // A short head word inside a Thai word (`ทรัพยากรมนุษย์`) begins a name only after a title or a linking word.
    if (
      head.length <= 5 &&
      new RegExp(`[${T}]$`, 'u').test(text.slice(0, m.index)) &&
      !LINKED.test(text.slice(Math.max(0, m.index - 20), m.index))
    )
      continue;
    const end = thaiExtent(text, m.index, head);
    const span = text.slice(m.index, end);
    if (end - m.index < head.length + 2 || NOT_A_NAME.test(span)) continue;
    const kind = THAI_HEADS.find(([h]) => h === head)?.[1] ?? 'AGENCY';
    out.push(make(text, m.index, end, kind, `organisation: Thai ${head}…`));
  }
  for (const whole of text.matchAll(EN_PHRASE)) {
    // `… and the Ministry of …` joins two names.
    let offset = whole.index;
    for (const part of whole[0].split(/(\s+and\s+the\s+)/)) {
      const partStart = offset;
      offset += part.length;
      if (/^\s+and\s+the\s+$/.test(part)) continue;
      let phrase = part;
      let start = partStart;
      // Commas join the parts of a name only after `Ministry of`, `Office of`…; otherwise the part with the head word is the name.
      if (!LISTING_HEAD.test(phrase)) {
        const pieces = phrase.split(/,\s+/);
        const at = pieces.findIndex((p) => EN_HEAD.test(p));
        if (at > 0) {
          const skip = pieces.slice(0, at).join(', ').length + 2;
          [phrase, start] = [phrase.slice(skip), start + skip];
        }
        phrase = pieces[Math.max(0, at)] ?? phrase;
      }
      // A title and `of the` before the name, and `of ACRONYM` (its parent) after it, are not part of it.
      const lead = LEADING_TITLE.exec(phrase)?.[0] ?? '';
      [phrase, start] = [phrase.slice(lead.length), start + lead.length];
      phrase = phrase.replace(/\s+of\s+[A-Z]{2,}$/, '').replace(/(?:[\s,]+(?:of|the|and|for|on|in|de))+$/, '');
      const head = EN_HEAD.exec(phrase);
      if (!head || phrase.split(/\s+/).length < 2 || /\b(?:Meeting|Session)$/.test(phrase)) continue;
      const kind: EntityKind = head[0] === 'Hotel' ? 'SITE' : head[0] === 'Committee' ? 'COMMITTEE' : 'AGENCY';
      out.push(make(text, start, start + phrase.length, kind, `organisation: English …${head[0]}…`));
    }
  }
  // Chinese runs names together (`中国科学院合肥物质科学研究院院长`): a name begins after a particle, after a
  // character of another script, or where the previous name ended.
  let lastEnd = -1;
  let chainStart = -1;
  for (let from = 0; from < text.length;) {
    ZH_ORG.lastIndex = from;
    const m = ZH_ORG.exec(text);
    if (!m) break;
    let start = m.index;
    // The last particle before the head word ends what comes before the name.
    let particle = -1;
    for (let at = m[0].length - 2; at >= 0 && particle < 0; at -= 1) {
      const p = m[0][at] ?? '';
      if (!ZH_PARTICLE.test(p)) continue;
      const segment = m[0].slice(0, at).split(ZH_PARTICLE_ANY).pop() ?? '';
      const inName = '与和及與'.includes(p) && !ZH_NAME_END.test(text.slice(0, m.index + at)) && ZH_NAME_START.test(segment);
      if (!inName) particle = at;
    }
    if (particle >= 0) start = m.index + particle + 1;
    const cuts = [...text.slice(start, m.index + m[0].length - 2).matchAll(ZH_CUT)];
    const lastCut = cuts[cuts.length - 1];
    if (lastCut) start += lastCut.index + lastCut[0].length;
    start += ZH_LEAD.exec(text.slice(start, m.index + m[0].length - 2))?.[0].length ?? 0;
    const end = m.index + m[0].length;
    const startsWell =
      start !== m.index || start === lastEnd || !/\p{Script=Han}/u.test(text[start - 1] ?? '') || ZH_PARTICLE.test(text[start - 1] ?? '');
    if (end - start >= 3 && startsWell) {
      const kind = m[0].endsWith('委员会') ? 'COMMITTEE' : 'AGENCY';
      // A name printed right after another is a unit inside it (`中国科学院昆明植物研究所`): the whole is one name, and its head stays as the parent.
      if (start === lastEnd && chainStart < start) {
        const parent = out.findIndex((o) => o.start === chainStart && o.end === start);
        if (parent !== -1)
          out[parent] = { ...(out[parent] as Mention), attributes: { ...(out[parent] as Mention).attributes, parentInName: 'true' } };
        out.push({
          ...make(text, chainStart, end, kind, "organisation: Chinese unit inside its parent's name"),
          attributes: { partOfPrefix: text.slice(chainStart, start) },
        });
      } else chainStart = start;
      out.push(make(text, start, end, kind, 'organisation: Chinese …部/院/中心'));
      lastEnd = end;
    }
    from = end;
  }
  const quoted = /(คณะทำงาน|Working Group|工作组|ศึกษาดูงาน|เยี่ยมชม|visited|参观|考察)[^“"「\n]{0,12}?\s*[“"「]([^”"」\n]{2,80})[”"」]/gu;
  for (const m of text.matchAll(quoted)) {
    const start = m.index + m[0].indexOf(m[2] ?? '', (m[1] ?? '').length);
    const isGroup = /คณะทำงาน|Working Group|工作组/u.test(m[1] ?? '');
    out.push(
      make(
        text,
        start,
        start + (m[2] ?? '').length,
        isGroup ? 'WORKING_GROUP' : 'SITE',
        isGroup ? 'working group: quoted name' : 'site: quoted name after a visit',
      ),
    );
  }
  return out.sort((a, b) => a.start - b.start);
}
