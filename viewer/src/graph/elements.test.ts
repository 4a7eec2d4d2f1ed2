import { describe, expect, it } from 'vitest';
import type { NodeFieldsFragment } from '../__generated__/graphql';
import { displayName } from '../../../common/displayName.ts';
import { sideOf } from '../../../common/sides.ts';
import { displayLabel, mergeElements, toElements } from './elements';

/** A node as the API answers it: `th`, `en` and `zh` are its `name(lang:)`, by the rule the API applies (common/displayName.ts). */
const node = (
  id: string,
  names: { th?: string; en?: string; zh?: string },
  extra: Partial<{ kind: string; countryCode: string | null; aliases: string[]; title: string; date: string }> = {},
): NodeFieldsFragment => {
  const named = { id, names, aliases: extra.aliases ?? [], title: extra.title ?? null };
  return {
    id,
    kind: extra.kind ?? 'AGENCY',
    countryCode: extra.countryCode ?? null,
    th: displayName(named, 'th'),
    en: displayName(named, 'en'),
    zh: displayName(named, 'zh'),
    properties: extra.date ? [{ key: 'startDate', value: extra.date, lang: null }] : [],
  } as NodeFieldsFragment;
};
const names = (n: NodeFieldsFragment) => {
  const data = toElements([n], [], 'en')[0]!.data as { name_th: string; name_en: string; name_zh: string };
  return { th: data.name_th, en: data.name_en, zh: data.name_zh };
};

describe('toElements', () => {
  it('turns API nodes and edges into Cytoscape elements labelled in the chosen language', () => {
    const nodes = [
      node(
        'agency:most-china',
        { th: 'กระทรวงวิทยาศาสตร์', en: 'Ministry of Science and Technology', zh: '科学技术部' },
        { countryCode: 'CN' },
      ),
      node('meeting:m', { en: '4th meeting' }, { kind: 'MEETING', date: '2023-09-20' }),
    ];
    const edges = [{ id: 'e1', type: 'ATTENDED', from: 'agency:most-china', to: 'meeting:m', th: 'เข้าร่วม', en: 'attended', zh: '出席' }];
    const elements = toElements(nodes, edges, 'zh');
    expect(elements).toEqual([
      {
        group: 'nodes',
        data: {
          id: 'agency:most-china',
          kind: 'AGENCY',
          side: 'CN',
          label: '科学技术部',
          name_th: 'กระทรวงวิทยาศาสตร์',
          name_en: 'Ministry of Science and Technology',
          name_zh: '科学技术部',
          date: '',
        },
      },
      {
        group: 'nodes',
        data: {
          id: 'meeting:m',
          kind: 'MEETING',
          side: 'OTHER',
          label: '4th meeting',
          name_th: '4th meeting',
          name_en: '4th meeting',
          name_zh: '4th meeting',
          date: '2023-09-20',
        },
      },
      {
        group: 'edges',
        data: {
          id: 'e1',
          source: 'agency:most-china',
          target: 'meeting:m',
          type: 'ATTENDED',
          label: '出席',
          label_th: 'เข้าร่วม',
          label_en: 'attended',
          label_zh: '出席',
        },
      },
    ]);
  });

  it('falls back to English, then a Latin alias, then Thai', () => {
    const pmua = node('agency:pmu-a', { th: 'หน่วยบริหารและจัดการทุนด้านการพัฒนาระดับพื้นที่' }, { aliases: ['บพท.', 'PMU-A'] });
    expect(names(pmua).en).toBe('PMU-A');
    expect(names(pmua).th).toBe('หน่วยบริหารและจัดการทุนด้านการพัฒนาระดับพื้นที่');
    expect(names(node('person:x', { th: 'อโศก' })).zh).toBe('อโศก');
  });

  it("takes the API's names as they are: a source without names reads as its title, not its id", () => {
    const source = node('source:mhesi-news', {}, { kind: 'SOURCE', title: 'MHESI news, 20 September 2023' });
    expect(names(source)).toEqual({
      th: 'MHESI news, 20 September 2023',
      en: 'MHESI news, 20 September 2023',
      zh: 'MHESI news, 20 September 2023',
    });
    expect(toElements([source], [], 'th')[0]!.data.label).toBe('MHESI news, 20 September 2023');
  });

  it('maps country codes to sides', () => {
    expect([sideOf('TH'), sideOf('CN'), sideOf(null), sideOf('JP')]).toEqual(['TH', 'CN', 'OTHER', 'OTHER']);
  });

  it('merges by id, keeping the first occurrence', () => {
    const a = toElements([node('a:x', { en: 'first' })], [], 'en');
    const b = toElements([node('a:x', { en: 'second' }), node('a:y', { en: 'y' })], [], 'en');
    expect(mergeElements(a, b).map((e) => e.data.label)).toEqual(['first', 'y']);
  });
});

describe('displayLabel', () => {
  it('lets Thai wrap by putting zero-width spaces at word boundaries, changing nothing else', () => {
    const thai = 'ฝ่ายวิจัยและนวัตกรรมเพื่อแก้ไขปัญหาความยากจน';
    const label = displayLabel(thai);
    expect(label.split('\u200B').length).toBeGreaterThan(4);
    expect(label.replace(/\u200B/g, '')).toBe(thai);
    expect(displayLabel('China Rural Technology Development Center')).toBe('China Rural Technology Development Center');
    expect(displayLabel('中华人民共和国科学技术部')).toBe('中华人民共和国科学技术部');
  });
});
