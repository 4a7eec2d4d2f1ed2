import type { Lang } from './langs.ts';

const ATTRIBUTES: Readonly<Record<string, Readonly<Record<Lang, string>>>> = {
  type: { th: 'ประเภท', en: 'Type', zh: '类型' },
  honorific: { th: 'คำนำหน้า', en: 'Title', zh: '称谓' },
  ordinal: { th: 'ครั้งที่', en: 'Meeting number', zh: '届次' },
  startDate: { th: 'วันเริ่ม', en: 'Start date', zh: '开始日期' },
  endDate: { th: 'วันสิ้นสุด', en: 'End date', zh: '结束日期' },
  purpose: { th: 'วัตถุประสงค์', en: 'Purpose', zh: '目的' },
  otherParticipants: { th: 'ผู้เข้าร่วมอื่น', en: 'Other participants', zh: '其他与会者' },
  number: { th: 'ลำดับ', en: 'Number', zh: '序号' },
  area: { th: 'ด้านที่', en: 'Area', zh: '领域' },
  activity: { th: 'กิจกรรม', en: 'Activity', zh: '活动' },
  nextSteps: { th: 'ขั้นต่อไป', en: 'Next steps', zh: '下一步' },
  mandate: { th: 'ภารกิจ', en: 'Mandate', zh: '职责' },
  provinceCount: { th: 'จำนวนจังหวัด', en: 'Provinces covered', zh: '覆盖府数' },
  minIncomeIncreasePercent: {
    th: 'รายได้ชุมชนเพิ่มขึ้นไม่น้อยกว่า (ร้อยละ)',
    en: 'Community income increase, at least (%)',
    zh: '社区收入增幅不低于（%）',
  },
  goal: { th: 'เป้าหมาย', en: 'Goal', zh: '目标' },
  role: { th: 'บทบาท', en: 'Role', zh: '角色' },
};

/** The name of an attribute in a language; an attribute without a label reads as its key spelled out in words. */
export function attributeLabel(key: string, lang: Lang): string {
  return ATTRIBUTES[key]?.[lang] ?? spelledOut(key);
}

/** A key without a label, as words: `meetingsHeldBy2018` → `Meetings held by 2018`. */
export function spelledOut(key: string): string {
  const words = key
    .replace(/([a-z])([A-Z0-9])/g, '$1 $2')
    .replace(/([0-9])([A-Za-z])/g, '$1 $2')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
