import type { DatasetFileInput } from '../api/src/ingest/datasetSchema.ts';
import { mulberry32 } from '../common/random.ts';

/** A generated cooperation network of a given size, and the URL that opens it in the viewer. */
export interface BenchGraph {
  readonly nodes: number;
  readonly relationships: number;
  /** The meetings and programmes every other node hangs off; expanding them (`?x=`) brings the whole graph in. */
  readonly hubs: readonly string[];
  readonly dataset: DatasetFileInput;
}

const SOURCE = 'source:viewer-bench';
const QUOTE = 'synthetic';

const TH_SYLLABLES = ['สม', 'ชาย', 'ศรี', 'วัฒน', 'ประ', 'เสริฐ', 'กิจ', 'สุข', 'ใจ', 'ดี', 'พร', 'ทอง', 'วงศ์', 'ศักดิ์', 'นิ', 'รัตน์'];
const ZH_SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴'];
const ZH_GIVEN = ['伟', '芳', '娜', '敏', '静', '强', '磊', '军', '洋', '勇', '艳', '杰'];
const PINYIN: Record<string, string> = {
  王: 'Wang',
  李: 'Li',
  张: 'Zhang',
  刘: 'Liu',
  陈: 'Chen',
  杨: 'Yang',
  赵: 'Zhao',
  黄: 'Huang',
  周: 'Zhou',
  吴: 'Wu',
  伟: 'Wei',
  芳: 'Fang',
  娜: 'Na',
  敏: 'Min',
  静: 'Jing',
  强: 'Qiang',
  磊: 'Lei',
  军: 'Jun',
  洋: 'Yang',
  勇: 'Yong',
  艳: 'Yan',
  杰: 'Jie',
};
const FIELDS = [
  'agriculture',
  'rail',
  'space',
  'biotechnology',
  'rice',
  'rubber',
  'energy',
  'water',
  'digital',
  'health',
  'fisheries',
  'materials',
];
const TH_FIELDS = ['เกษตร', 'ระบบราง', 'อวกาศ', 'เทคโนโลยีชีวภาพ', 'ข้าว', 'ยางพารา', 'พลังงาน', 'น้ำ', 'ดิจิทัล', 'สุขภาพ', 'ประมง', 'วัสดุ'];

/**
 * Generates a cooperation network of `n` entities, the same for the same `n`: meetings and
 * programmes as hubs, people and agencies that attend and take part, working groups, sites and
 * topics, with positions, memberships and parent bodies chosen by preferential attachment, so a
 * few agencies and groups have many links and most entities few (about two relationships per
 * entity). Thai people carry Thai names only, as in the real data; Chinese people Chinese names
 * and a pinyin spelling.
 */
export function benchGraph(n: number): BenchGraph {
  const random = mulberry32(n * 7919 + 17);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const p = `vb${n}`;
  const entities: NonNullable<DatasetFileInput['entities']> = [];
  const relationships: NonNullable<DatasetFileInput['relationships']> = [];
  const cite = [{ quote: QUOTE }];
  const relate = (type: string, from: string, to: string) => relationships.push({ type, from, to, citations: cite });

  const hubCount = Math.max(3, Math.round(n / 100));
  const programmes = Math.max(1, Math.round(hubCount / 3));
  const meetings: string[] = [];
  const programs: string[] = [];
  const committees: string[] = [];
  for (let i = 0; i < Math.max(1, Math.round(hubCount / 10)); i++) {
    const id = `committee:${p}-c${i}`;
    committees.push(id);
    entities.push({ id, kind: 'COMMITTEE', names: { en: `Joint committee ${i + 1}` }, citations: cite });
  }
  for (let i = 0; i < hubCount - programmes; i++) {
    const id = `meeting:${p}-m${i}`;
    meetings.push(id);
    entities.push({ id, kind: 'MEETING', names: { en: `Joint committee meeting ${i + 1}` }, citations: cite });
    relate('OF_COMMITTEE', id, pick(committees));
  }
  for (let i = 0; i < programmes; i++) {
    const id = `program:${p}-p${i}`;
    programs.push(id);
    const f = i % FIELDS.length;
    entities.push({
      id,
      kind: 'PROGRAM',
      names: { en: `${FIELDS[f]} programme ${i + 1}`, th: `โครงการ${TH_FIELDS[f]} ${i + 1}` },
      citations: cite,
    });
  }
  // Hubs differ in size: the k-th is chosen with weight 1/(k+1), as a few meetings draw most attendees.
  const weighted = (hubs: readonly string[]) => {
    const weights = hubs.map((_, k) => 1 / (k + 1));
    const total = weights.reduce((a, b) => a + b, 0);
    return () => {
      let r = random() * total;
      for (let k = 0; k < hubs.length; k++) if ((r -= weights[k] as number) <= 0) return hubs[k] as string;
      return hubs[hubs.length - 1] as string;
    };
  };
  const meeting = weighted(meetings);
  const program = weighted(programs);
  // Preferential attachment: an entity is drawn in proportion to the links it already has (plus one).
  const pool = () => {
    const bag: string[] = [];
    return {
      add: (id: string) => bag.push(id),
      draw: () => {
        const id = pick(bag);
        bag.push(id);
        return id;
      },
      get size() {
        return bag.length;
      },
    };
  };
  const agencies = pool();
  const groups = pool();
  const topics = pool();
  const sites = pool();
  for (let i = 0; entities.length < n; i++) {
    const r = random();
    const side = random() < 0.5 ? 'TH' : 'CN';
    if (r < 0.45 && agencies.size > 0) {
      const id = `person:${p}-${i}`;
      if (side === 'TH') {
        const name = `${pick(TH_SYLLABLES)}${pick(TH_SYLLABLES)} ${pick(TH_SYLLABLES)}${pick(TH_SYLLABLES)}${pick(TH_SYLLABLES)}`;
        entities.push({ id, kind: 'PERSON', names: { th: name }, country: side, citations: cite });
      } else {
        const [s, g1, g2] = [pick(ZH_SURNAMES), pick(ZH_GIVEN), pick(ZH_GIVEN)];
        const en = `${PINYIN[s]} ${PINYIN[g1]}${(PINYIN[g2] ?? '').toLowerCase()}`;
        entities.push({ id, kind: 'PERSON', names: { zh: `${s}${g1}${g2}`, en }, country: side, citations: cite });
      }
      if (random() < 0.8) relate('ATTENDED', id, meeting());
      else relate('PARTICIPATES_IN', id, program());
      if (random() < 0.3) relate('ATTENDED', id, meeting());
      relate('HOLDS_POSITION', id, agencies.draw());
      if (groups.size > 0 && random() < 0.5) relate('MEMBER_OF', id, groups.draw());
      if (sites.size > 0 && random() < 0.1) relate('VISITED', id, sites.draw());
    } else if (r < 0.7 || agencies.size === 0) {
      const id = `agency:${p}-${i}`;
      const f = Math.floor(random() * FIELDS.length);
      entities.push({
        id,
        kind: 'AGENCY',
        names:
          side === 'TH'
            ? { en: `Thai ${FIELDS[f]} research institute ${i}`, th: `สถาบันวิจัย${TH_FIELDS[f]} ${i}` }
            : { en: `Chinese academy of ${FIELDS[f]} ${i}`, zh: `中国${FIELDS[f]}研究院 ${i}` },
        aliases: [`${side}-${FIELDS[f]?.slice(0, 3).toUpperCase()}-${i}`],
        country: side,
        citations: cite,
      });
      if (random() < 0.7) relate('ATTENDED', id, meeting());
      else relate('OPERATES', id, program());
      if (agencies.size > 0 && random() < 0.3) relate('PART_OF', id, agencies.draw());
      if (groups.size > 0 && random() < 0.3) relate('MEMBER_OF', id, groups.draw());
      agencies.add(id);
    } else if (r < 0.82) {
      const id = `working-group:${p}-${i}`;
      const f = Math.floor(random() * FIELDS.length);
      entities.push({ id, kind: 'WORKING_GROUP', names: { en: `Working group on ${FIELDS[f]} ${i}` }, citations: cite });
      relate('HAS_WORKING_GROUP', meeting(), id);
      if (topics.size > 0) relate('FOCUSES_ON', id, topics.draw());
      groups.add(id);
    } else if (r < 0.9) {
      const id = `site:${p}-${i}`;
      entities.push({ id, kind: 'SITE', names: { en: `Field site ${i}`, th: `แหล่งศึกษาดูงาน ${i}` }, country: 'TH', citations: cite });
      relate(random() < 0.3 ? 'HELD_AT' : 'HAS_FIELD_VISIT', meeting(), id);
      sites.add(id);
    } else {
      const id = `topic:${p}-${i}`;
      const f = Math.floor(random() * FIELDS.length);
      entities.push({
        id,
        kind: 'TOPIC',
        names: { en: `${FIELDS[f]} technology ${i}`, th: `เทคโนโลยี${TH_FIELDS[f]} ${i}` },
        citations: cite,
      });
      relate('FOCUSES_ON', program(), id);
      topics.add(id);
    }
  }
  // The same pair may be drawn twice; keep one relationship of each type between two entities.
  const seen = new Set<string>();
  const unique = relationships.filter((r) => {
    const key = `${r.from}|${r.type}|${r.to}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return {
    nodes: entities.length,
    relationships: unique.length,
    hubs: [...meetings, ...programs],
    dataset: {
      defaultSource: SOURCE,
      sources: [{ id: SOURCE, title: 'Synthetic network for the viewer benchmark', language: 'en', text: `A ${QUOTE} network.` }],
      entities,
      relationships: unique,
    },
  };
}
