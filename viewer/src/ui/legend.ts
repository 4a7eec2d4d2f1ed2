import { KIND_STYLES, SIDE_COLORS } from '../graph/style';
import { type Lang, kindLabel, t } from '../i18n';
import { esc } from './download';

/** Draws the legend: one swatch per kind (fill) and per side (border). */
export function renderLegend(list: HTMLElement, lang: Lang): void {
  const kinds = Object.entries(KIND_STYLES).map(
    ([kind, s]) => `<li><span class="swatch" style="background:${s.color}"></span>${esc(kindLabel(kind, lang))}</li>`,
  );
  const sides = (['TH', 'CN', 'OTHER'] as const).map(
    (side) =>
      `<li><span class="swatch" style="border-color:${SIDE_COLORS[side]}"></span>${esc(t(side === 'TH' ? 'thailand' : side === 'CN' ? 'china' : 'other', lang))}</li>`,
  );
  list.innerHTML = [...kinds, ...sides].join('');
}
