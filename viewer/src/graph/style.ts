import type { StylesheetJson } from 'cytoscape';
import type { EntityKind } from '../../../common/kinds.ts';
import type { Side } from '../../../common/sides.ts';

/** How each kind of entity is drawn: shape and fill colour, in the order the legend and filters list them. */
export const KIND_STYLES: Readonly<Record<EntityKind, { shape: string; color: string }>> = {
  MEETING: { shape: 'star', color: '#f2b705' },
  COMMITTEE: { shape: 'hexagon', color: '#e07a1f' },
  WORKING_GROUP: { shape: 'round-diamond', color: '#9b5de5' },
  PERSON: { shape: 'ellipse', color: '#4cc9f0' },
  AGENCY: { shape: 'round-rectangle', color: '#90be6d' },
  SITE: { shape: 'round-triangle', color: '#f28482' },
  PLACE: { shape: 'round-tag', color: '#b5838d' },
  TOPIC: { shape: 'round-pentagon', color: '#cdb4db' },
  PROGRAM: { shape: 'barrel', color: '#43aa8b' },
  SOURCE: { shape: 'rectangle', color: '#adb5bd' },
};

/** The border colour that shows the side of an entity. */
export const SIDE_COLORS: Readonly<Record<Side, string>> = {
  TH: '#1d3fbb',
  CN: '#d62828',
  OTHER: '#6c757d',
};

/**
 * The Cytoscape stylesheet: shape and colour by kind, border by side, labelled edges. With
 * `big`, edges are straight rather than curved: curved edges make Cytoscape bundle parallel
 * edges, which on a graph of thousands is the bulk of the work after every move.
 */
export function stylesheet(options: { big?: boolean } = {}): StylesheetJson {
  const byKind = Object.entries(KIND_STYLES).map(([kind, s]) => ({
    selector: `node[kind = "${kind}"]`,
    style: { shape: s.shape, 'background-color': s.color },
  }));
  const bySide = Object.entries(SIDE_COLORS).map(([side, color]) => ({
    selector: `node[side = "${side}"]`,
    style: { 'border-color': color },
  }));
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        width: 34,
        height: 34,
        'border-width': 4,
        'font-family': '"Noto Sans Thai", "Noto Sans CJK SC", "Noto Sans", "Garuda", sans-serif',
        'font-size': 11,
        color: '#1b1f24',
        'text-wrap': 'wrap',
        'text-max-width': '130px',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '2px',
        'min-zoomed-font-size': 6,
      },
    },
    ...byKind,
    ...bySide,
    { selector: 'node[kind = "MEETING"]', style: { width: 54, height: 54, 'font-weight': 'bold' } },
    {
      selector: 'edge',
      style: {
        width: 1.6,
        'line-color': '#8d99ae',
        'target-arrow-color': '#8d99ae',
        'target-arrow-shape': 'triangle',
        'curve-style': options.big ? 'straight' : 'bezier',
        label: 'data(label)',
        'font-size': 8,
        color: '#495057',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
        'min-zoomed-font-size': 8,
      },
    },
    { selector: 'node:selected', style: { 'overlay-color': '#ffbe0b', 'overlay-opacity': 0.35, 'border-width': 6 } },
    { selector: 'edge:selected', style: { 'line-color': '#ffbe0b', 'target-arrow-color': '#ffbe0b', width: 4 } },
    {
      selector: '.path',
      style: { 'line-color': '#ff006e', 'target-arrow-color': '#ff006e', width: 5, 'border-color': '#ff006e', 'z-index': 10 },
    },
    { selector: '.hidden', style: { display: 'none' } },
  ] as StylesheetJson;
}
