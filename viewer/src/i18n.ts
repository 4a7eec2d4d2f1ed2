import type { Lang } from '../../common/langs.ts';

const STRINGS = {
  title: { th: 'ความร่วมมือวิทยาศาสตร์และเทคโนโลยีไทย–จีน', en: 'Thai–China S&T cooperation', zh: '中泰科技合作' },
  search: { th: 'ค้นหา (ไทย / English / 中文)', en: 'Search (ไทย / English / 中文)', zh: '搜索（ไทย / English / 中文）' },
  details: { th: 'รายละเอียด', en: 'Details', zh: '详情' },
  expand: { th: 'ขยายเครือข่าย', en: 'Expand', zh: '展开' },
  pathFrom: { th: 'ตั้งเป็นต้นทาง', en: 'Path from here', zh: '设为起点' },
  pathTo: { th: 'ตั้งเป็นปลายทาง', en: 'Path to here', zh: '设为终点' },
  briefing: { th: 'เอกสารสรุป', en: 'Briefing', zh: '简报' },
  paths: { th: 'เส้นทาง', en: 'Path finder', zh: '路径' },
  from: { th: 'จาก', en: 'From', zh: '从' },
  to: { th: 'ถึง', en: 'To', zh: '到' },
  findPath: { th: 'หาเส้นทาง', en: 'Find path', zh: '查找路径' },
  noPath: { th: 'ไม่พบเส้นทาง', en: 'No path found', zh: '未找到路径' },
  filters: { th: 'ตัวกรอง', en: 'Filters', zh: '筛选' },
  kinds: { th: 'ประเภท', en: 'Kinds', zh: '类型' },
  side: { th: 'ฝ่าย', en: 'Side', zh: '方面' },
  dates: { th: 'ช่วงวันที่', en: 'Dates', zh: '日期' },
  clear: { th: 'ล้างตัวกรอง', en: 'Clear filters', zh: '清除筛选' },
  timeline: { th: 'ลำดับเวลา', en: 'Timeline', zh: '时间线' },
  timelineHint: {
    th: 'ลากเพื่อเลือกช่วงเวลา คลิกเพื่อล้าง',
    en: 'drag across to filter the network to a period; click to clear',
    zh: '拖动以按时段筛选网络；单击清除',
  },
  noYear: { th: 'แหล่งข้อมูลไม่ได้ระบุปี', en: 'No year printed', zh: '未注明年份' },
  disputed: { th: 'แหล่งข้อมูลขัดแย้งกัน', en: 'disputed', zh: '有争议' },
  disputes: { th: 'ข้อมูลที่แหล่งอ้างอิงขัดแย้งกัน', en: 'Disputed statements', zh: '来源之间的分歧' },
  legend: { th: 'คำอธิบายสัญลักษณ์', en: 'Legend', zh: '图例' },
  export: { th: 'ส่งออก', en: 'Export', zh: '导出' },
  names: { th: 'ชื่อ', en: 'Names', zh: '名称' },
  aliases: { th: 'ชื่อย่อ / ชื่ออื่น', en: 'Aliases', zh: '别名' },
  attributes: { th: 'ข้อมูล', en: 'Attributes', zh: '属性' },
  relationships: { th: 'ความสัมพันธ์', en: 'Relationships', zh: '关系' },
  citations: { th: 'แหล่งอ้างอิง', en: 'Citations', zh: '引文' },
  source: { th: 'แหล่งที่มา', en: 'Source', zh: '来源' },
  loading: { th: 'กำลังโหลด…', en: 'Loading…', zh: '加载中…' },
  layingOut: { th: 'กำลังจัดวางกราฟ…', en: 'Laying out the graph…', zh: '正在布局…' },
  close: { th: 'ปิด', en: 'Close', zh: '关闭' },
  reducedMotion: { th: 'ลดการเคลื่อนไหว', en: 'Reduce motion', zh: '减少动画' },
  notFound: { th: 'ไม่พบข้อมูล', en: 'Not found.', zh: '未找到。' },
  truncated: { th: 'แสดงเฉพาะ {count} โหนดแรก', en: 'Showing the first {count} nodes.', zh: '仅显示前 {count} 个节点。' },
  unexpectedError: { th: 'เกิดข้อผิดพลาด: {error}', en: 'Something went wrong: {error}', zh: '出错了：{error}' },
} as const satisfies Record<string, Record<Lang, string>>;

/** A key of the interface strings. */
export type StringKey = keyof typeof STRINGS;

/** An interface string in a language, with each `{name}` replaced by its value in `params`. */
export function t(key: StringKey, lang: Lang, params: Readonly<Record<string, string>> = {}): string {
  return STRINGS[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}
