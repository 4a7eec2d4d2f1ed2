import type { EdgeData, NodeData } from './elements';

const NODE_KEYS = ['id', 'kind', 'side', 'name_th', 'name_en', 'name_zh', 'date'] as const;
const EDGE_KEYS = ['id', 'source', 'target', 'type', 'label_th', 'label_en', 'label_zh'] as const;

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Writes nodes and edges as GraphML, which Gephi and Cytoscape desktop open. */
export function toGraphML(nodes: readonly NodeData[], edges: readonly EdgeData[]): string {
  const keys = [
    ...NODE_KEYS.filter((k) => k !== 'id').map((k) => `  <key id="n_${k}" for="node" attr.name="${k}" attr.type="string"/>`),
    ...EDGE_KEYS.filter((k) => !['id', 'source', 'target'].includes(k)).map(
      (k) => `  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="string"/>`,
    ),
  ];
  const nodeXml = nodes.map(
    (n) =>
      `    <node id="${xml(n.id)}">${NODE_KEYS.filter((k) => k !== 'id')
        .map((k) => `<data key="n_${k}">${xml(String(n[k] ?? ''))}</data>`)
        .join('')}</node>`,
  );
  const edgeXml = edges.map(
    (e) =>
      `    <edge id="${xml(e.id)}" source="${xml(e.source)}" target="${xml(e.target)}">${EDGE_KEYS.filter(
        (k) => !['id', 'source', 'target'].includes(k),
      )
        .map((k) => `<data key="e_${k}">${xml(String(e[k] ?? ''))}</data>`)
        .join('')}</edge>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...keys,
    '  <graph id="thai-china-st" edgedefault="directed">',
    ...nodeXml,
    ...edgeXml,
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}

/**
 * One CSV field. A cell that a spreadsheet would read as a formula (it starts with =, +, -, @, a
 * tab or a carriage return) gets a leading apostrophe, as OWASP advises, so opening an export can
 * never run `=HYPERLINK(…)` that a name smuggled in.
 */
function csvField(value: unknown): string {
  const raw = String(value ?? '');
  const s = /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csv(keys: readonly string[], rows: readonly Record<string, unknown>[]): string {
  return [keys.join(','), ...rows.map((r) => keys.map((k) => csvField(r[k])).join(','))].join('\r\n') + '\r\n';
}

/** Writes nodes as CSV (RFC 4180), one row each. */
export function nodesToCsv(nodes: readonly NodeData[]): string {
  return csv(NODE_KEYS, nodes as unknown as Record<string, unknown>[]);
}

/** Writes edges as CSV (RFC 4180), one row each. */
export function edgesToCsv(edges: readonly EdgeData[]): string {
  return csv(EDGE_KEYS, edges as unknown as Record<string, unknown>[]);
}
