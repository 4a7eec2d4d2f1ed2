import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { applyFilters } from './filters';

function graph() {
  return cytoscape({
    headless: true,
    elements: [
      { data: { id: 'm', kind: 'MEETING', side: 'OTHER', date: '2023-09-20' } },
      { data: { id: 'p', kind: 'PERSON', side: 'TH', date: '' } },
      { data: { id: 'q', kind: 'PERSON', side: 'CN', date: '' } },
      { data: { id: 'e1', source: 'p', target: 'm' } },
      { data: { id: 'e2', source: 'q', target: 'm' } },
    ],
  });
}

const hidden = (cy: cytoscape.Core) =>
  cy
    .elements('.hidden')
    .map((e) => e.id())
    .sort();

describe('applyFilters (headless Cytoscape)', () => {
  it('hides by kind, side and date, with the edges that lose an end', () => {
    const cy = graph();
    expect(applyFilters(cy, { kinds: [], sides: ['TH', 'OTHER'], from: null, to: null })).toBe(1);
    expect(hidden(cy)).toEqual(['e2', 'q']);
    applyFilters(cy, { kinds: ['PERSON'], sides: [], from: null, to: null });
    expect(hidden(cy)).toEqual(['e1', 'e2', 'm']);
    applyFilters(cy, { kinds: [], sides: [], from: '2024-01-01', to: null });
    expect(hidden(cy)).toEqual(['e1', 'e2', 'm']);
  });

  it('brings everything back when the filters are cleared', () => {
    const cy = graph();
    applyFilters(cy, { kinds: ['MEETING'], sides: [], from: null, to: null });
    applyFilters(cy, { kinds: [], sides: [], from: null, to: null });
    expect(hidden(cy)).toEqual([]);
  });
});
