import type { Lang } from '../../../common/langs.ts';

const LABELS = {
  briefing: { th: 'เอกสารสรุปข้อมูล', en: 'Briefing', zh: '简报' },
  identity: { th: 'ข้อมูลประจำตัว', en: 'Identity', zh: '基本信息' },
  names: { th: 'ชื่อ', en: 'Names', zh: '名称' },
  aliases: { th: 'ชื่อย่อและชื่ออื่น', en: 'Also written', zh: '别名' },
  kind: { th: 'ประเภท', en: 'Kind', zh: '类型' },
  side: { th: 'ฝ่าย', en: 'Side', zh: '方面' },
  positions: { th: 'ตำแหน่งและหน่วยงาน', en: 'Positions and organisations', zh: '职务与机构' },
  organisation: { th: 'โครงสร้างหน่วยงาน', en: 'Organisation', zh: '机构关系' },
  meetings: { th: 'การประชุม', en: 'Meetings', zh: '会议' },
  workingGroups: { th: 'คณะทำงานและประเด็น', en: 'Working groups and topics', zh: '工作组与议题' },
  fieldVisits: { th: 'การศึกษาดูงาน', en: 'Field visits', zh: '实地考察' },
  proposals: { th: 'ข้อเสนอและความร่วมมือ', en: 'Proposals and commitments', zh: '提议与合作' },
  other: { th: 'ความสัมพันธ์อื่น', en: 'Other relationships', zh: '其他关系' },
  series: { th: 'การประชุมที่ผ่านมาของคณะกรรมการ', en: 'Meeting series', zh: '历次会议' },
  disputes: { th: 'ข้อมูลที่แหล่งอ้างอิงขัดแย้งกัน', en: 'Disputed statements', zh: '来源之间的分歧' },
  disputed: { th: 'แหล่งข้อมูลขัดแย้งกัน', en: 'Disputed', zh: '有争议' },
  disputedMark: { th: 'มีข้อขัดแย้ง', en: 'disputed', zh: '有争议' },
  noDate: { th: 'แหล่งข้อมูลไม่ได้ระบุวันที่', en: 'no date in the sources', zh: '来源未注明日期' },
  noYear: { th: 'ไม่ระบุปี', en: 'year not printed', zh: '未注明年份' },
  venue: { th: 'สถานที่', en: 'venue', zh: '地点' },
  coChairs: { th: 'ประธานร่วม', en: 'chairs', zh: '主持' },
  workingGroupsShort: { th: 'คณะทำงาน', en: 'working groups', zh: '工作组' },
  attendees: { th: 'ผู้เข้าร่วม', en: 'attendees', zh: '出席' },
  agreed: { th: 'ข้อตกลง', en: 'agreed', zh: '商定' },
  purpose: { th: 'วัตถุประสงค์', en: 'purpose', zh: '目的' },
  newSince: { th: 'ใหม่นับจาก', en: 'new since', zh: '相比' },
  nothingNew: { th: 'ไม่มีรายการใหม่ในแหล่งข้อมูล', en: 'nothing new in the sources', zh: '来源中无新内容' },
  counterparts: { th: 'คู่เจรจาฝ่ายตรงข้าม', en: 'Counterparts on the other side', zh: '对方对口人员与机构' },
  sources: { th: 'แหล่งอ้างอิง', en: 'Sources', zh: '来源' },
  notKnown: { th: 'สิ่งที่แหล่งข้อมูลไม่ได้ระบุ', en: 'Not in the sources', zh: '来源未提及' },
  sharedMeetings: { th: 'การประชุมร่วม', en: 'shared meetings', zh: '共同会议' },
  sharedGroups: { th: 'คณะทำงานร่วม', en: 'shared working groups', zh: '共同工作组' },
  via: { th: 'เชื่อมโยงผ่าน', en: 'connected through', zh: '连接路径' },
  generated: { th: 'จัดทำเมื่อ', en: 'Generated', zh: '生成于' },
  dataset: { th: 'ชุดข้อมูล', en: 'Dataset', zh: '数据集' },
  page: { th: 'หน้า', en: 'Page', zh: '页' },
  noPositions: {
    th: 'แหล่งข้อมูลไม่ได้ระบุตำแหน่งหรือหน่วยงานสังกัด',
    en: 'The sources give no position or organisation.',
    zh: '来源未提及职务或所属机构。',
  },
  noMeetings: { th: 'แหล่งข้อมูลไม่ได้ระบุการประชุมที่เข้าร่วม', en: 'The sources record no meetings.', zh: '来源未记录任何会议。' },
  noGroups: { th: 'แหล่งข้อมูลไม่ได้ระบุคณะทำงาน', en: 'The sources record no working groups.', zh: '来源未记录任何工作组。' },
  noCounterparts: {
    th: 'ไม่พบคู่เจรจาฝ่ายตรงข้ามที่ร่วมการประชุมหรือคณะทำงานเดียวกัน',
    en: 'No counterpart on the other side shares a meeting or working group in the sources.',
    zh: '来源中没有与其共同参加会议或工作组的对方人员或机构。',
  },
  noSide: { th: 'แหล่งข้อมูลไม่ได้ระบุฝ่าย', en: 'The sources do not say which side it belongs to.', zh: '来源未说明其所属方面。' },
} as const satisfies Record<string, Record<Lang, string>>;

/** A label of the brief, in a language. */
export function label(key: keyof typeof LABELS, lang: Lang): string {
  return LABELS[key][lang];
}
