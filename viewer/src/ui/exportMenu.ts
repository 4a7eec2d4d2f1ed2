import type { Core } from 'cytoscape';
import type { EdgeData, NodeData } from '../graph/elements';
import { edgesToCsv, nodesToCsv, toGraphML } from '../graph/exporters';
import { download } from './download';

/** Saves the visible part of a graph in one format; `stamp` dates the file name. */
type Exporter = (cy: Core, stamp: string) => void;

function visible(cy: Core): { nodes: NodeData[]; edges: EdgeData[] } {
  const shown = cy.elements().not('.hidden');
  return { nodes: shown.nodes().map((n) => n.data() as NodeData), edges: shown.edges().map((e) => e.data() as EdgeData) };
}

/** The formats of the export menu, by the `data-export` of their buttons. */
export const EXPORTERS: Readonly<Record<string, Exporter>> = {
  png: (cy, stamp) =>
    download(cy.png({ output: 'blob', full: true, bg: '#ffffff', scale: 2 }) as unknown as Blob, `thai-china-graph-${stamp}.png`),
  json: (cy, stamp) => {
    const json = { elements: cy.elements().not('.hidden').jsons() };
    download(new Blob([JSON.stringify(json, null, 2)], { type: 'application/json' }), `thai-china-graph-${stamp}.cyjs`);
  },
  graphml: (cy, stamp) => {
    const { nodes, edges } = visible(cy);
    download(new Blob([toGraphML(nodes, edges)], { type: 'application/xml' }), `thai-china-graph-${stamp}.graphml`);
  },
  'nodes-csv': (cy, stamp) => download(new Blob([nodesToCsv(visible(cy).nodes)], { type: 'text/csv' }), `thai-china-nodes-${stamp}.csv`),
  'edges-csv': (cy, stamp) => download(new Blob([edgesToCsv(visible(cy).edges)], { type: 'text/csv' }), `thai-china-edges-${stamp}.csv`),
};

/** Makes each `data-export` button under `menu` save the graph shown at the time, in its format. */
export function bindExportMenu(menu: ParentNode, graph: () => Core | undefined): void {
  for (const button of menu.querySelectorAll<HTMLButtonElement>('[data-export]')) {
    button.addEventListener('click', () => {
      const cy = graph();
      const exporter = EXPORTERS[button.dataset.export ?? ''];
      if (cy && exporter) exporter(cy, new Date().toISOString().slice(0, 10));
    });
  }
}
