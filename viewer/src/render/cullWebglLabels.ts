import type { Core, SingularElementArgument } from 'cytoscape';

/** How far outside the view a label still counts as in view, in screen pixels (half a long label). */
const MARGIN_PX = 120;

type LabelOpts = { isVisible?: (ele: SingularElementArgument) => boolean };
type WebglRenderer = { drawing?: { atlasManager?: { getRenderTypeOpts?(type: string): LabelOpts | undefined } } };

/**
 * Makes Cytoscape's WebGL renderer skip the labels nobody can read: those drawn smaller than
 * their `min-zoomed-font-size` (its canvas renderer skips them, the WebGL one, as of 3.34, does
 * not) and those outside the view. Each label it draws is first painted into a texture atlas and
 * uploaded, so on a big graph seen whole this is most of the cost of a frame. Returns false,
 * changing nothing, if the renderer is not the WebGL one or its internals have changed.
 */
export function cullWebglLabels(cy: Core): boolean {
  const renderer = (cy as unknown as { renderer(): WebglRenderer & { webgl?: boolean } }).renderer();
  const opts = renderer.webgl ? renderer.drawing?.atlasManager?.getRenderTypeOpts?.('label') : undefined;
  const drawn = opts?.isVisible;
  if (!opts || !drawn) return false;
  let zoom = cy.zoom();
  let view = cy.extent();
  cy.on('viewport resize', () => {
    zoom = cy.zoom();
    view = cy.extent();
  });
  opts.isVisible = (ele) => {
    if (!drawn(ele)) return false;
    const style = (name: string) => (ele as unknown as { pstyle(name: string): { pfValue: number } }).pstyle(name).pfValue;
    if (style('font-size') * zoom < style('min-zoomed-font-size')) return false;
    const p = ele.isNode() ? ele.position() : ele.midpoint();
    const m = MARGIN_PX / zoom;
    return p.x > view.x1 - m && p.x < view.x2 + m && p.y > view.y1 - m && p.y < view.y2 + m;
  };
  return true;
}
