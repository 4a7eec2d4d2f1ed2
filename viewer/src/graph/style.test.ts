import { describe, expect, it } from 'vitest';
import { KIND_STYLES, SIDE_COLORS, stylesheet } from './style';

describe('stylesheet', () => {
  const rules = stylesheet() as { selector: string; style: Record<string, unknown> }[];

  it('gives every kind its own shape and colour', () => {
    const shapes = new Set(Object.values(KIND_STYLES).map((s) => s.shape));
    const colors = new Set(Object.values(KIND_STYLES).map((s) => s.color));
    expect(shapes.size).toBe(Object.keys(KIND_STYLES).length);
    expect(colors.size).toBe(Object.keys(KIND_STYLES).length);
    expect(rules.find((r) => r.selector === 'node[kind = "MEETING"]')?.style).toMatchObject({ shape: 'star' });
  });

  it('shows the side as the border colour, consistently', () => {
    expect(rules.find((r) => r.selector === 'node[side = "TH"]')?.style['border-color']).toBe(SIDE_COLORS.TH);
    expect(rules.find((r) => r.selector === 'node[side = "CN"]')?.style['border-color']).toBe(SIDE_COLORS.CN);
    expect(SIDE_COLORS.TH).not.toBe(SIDE_COLORS.CN);
  });

  it('labels edges and hides filtered elements', () => {
    expect(rules.find((r) => r.selector === 'edge')?.style.label).toBe('data(label)');
    expect(rules.find((r) => r.selector === '.hidden')?.style.display).toBe('none');
  });

  it('draws the edges of big graphs straight', () => {
    const edge = (big: boolean) => (stylesheet({ big }) as typeof rules).find((r) => r.selector === 'edge')?.style['curve-style'];
    expect(edge(false)).toBe('bezier');
    expect(edge(true)).toBe('straight');
  });
});
