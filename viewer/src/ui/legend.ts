import { escapeHtml } from '../../../common/escapeHtml.ts';
import { type EntityKind, kindName } from '../../../common/kinds.ts';
import type { Lang } from '../../../common/langs.ts';
import { SIDES, sideLabel } from '../../../common/sides.ts';
import { KIND_STYLES, SIDE_COLORS } from '../graph/style';

/** Draws the legend: one swatch per kind (fill) and per side (border). */
export function renderLegend(list: HTMLElement, lang: Lang): void {
  const kinds = (Object.entries(KIND_STYLES) as [EntityKind, { color: string }][]).map(
    ([kind, s]) => `<li><span class="swatch" style="background:${s.color}"></span>${escapeHtml(kindName(kind, lang))}</li>`,
  );
  const sides = SIDES.map(
    (side) => `<li><span class="swatch" style="border-color:${SIDE_COLORS[side]}"></span>${escapeHtml(sideLabel(side, lang))}</li>`,
  );
  list.innerHTML = [...kinds, ...sides].join('');
}
