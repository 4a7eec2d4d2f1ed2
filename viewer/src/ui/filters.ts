import type { Core } from 'cytoscape';
import { escapeHtml } from '../../../common/escapeHtml.ts';
import { type EntityKind, kindName } from '../../../common/kinds.ts';
import type { Lang } from '../../../common/langs.ts';
import { SIDES, sideLabel } from '../../../common/sides.ts';
import { KIND_STYLES } from '../graph/style';
import type { ViewState } from '../state/urlState';

/** Draws the kind and side checkboxes, checked as the state says. */
export function renderFilterControls(kindBox: HTMLElement, sideBox: HTMLElement, state: ViewState, lang: Lang): void {
  kindBox.innerHTML = (Object.keys(KIND_STYLES) as EntityKind[])
    .map(
      (k) =>
        `<label><input type="checkbox" name="kind" value="${k}" ${state.kinds.length === 0 || state.kinds.includes(k) ? 'checked' : ''}/> ${escapeHtml(kindName(k, lang))}</label>`,
    )
    .join('');
  sideBox.innerHTML = SIDES.map(
    (s) =>
      `<label><input type="checkbox" name="side" value="${s}" ${state.sides.length === 0 || state.sides.includes(s) ? 'checked' : ''}/> ${escapeHtml(sideLabel(s, lang))}</label>`,
  ).join('');
}

/** Reads the checked values; all checked means no filter (empty list). */
export function readChecked(box: HTMLElement): string[] {
  const inputs = [...box.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
  const checked = inputs.filter((i) => i.checked).map((i) => i.value);
  return checked.length === inputs.length ? [] : checked;
}

/** Hides the nodes the filters exclude (and edges that lose an end); shows everything else again. */
export function applyFilters(cy: Core, state: Pick<ViewState, 'kinds' | 'sides' | 'from' | 'to'>): number {
  let hidden = 0;
  // Nothing to filter and nothing hidden: leave a big graph's styles alone.
  const active = state.kinds.length > 0 || state.sides.length > 0 || state.from !== null || state.to !== null;
  if (!active && cy.elements('.hidden').empty()) return 0;
  cy.batch(() => {
    cy.elements().removeClass('hidden');
    cy.nodes().forEach((n) => {
      const kind = n.data('kind') as string;
      const side = n.data('side') as string;
      const date = n.data('date') as string;
      const out =
        (state.kinds.length > 0 && !state.kinds.includes(kind)) ||
        (state.sides.length > 0 && !state.sides.includes(side)) ||
        (date !== '' && state.from !== null && date < state.from) ||
        (date !== '' && state.to !== null && date > state.to);
      if (out) {
        n.addClass('hidden');
        n.connectedEdges().addClass('hidden');
        hidden += 1;
      }
    });
  });
  return hidden;
}

/** Reads the filter controls back into the state's filter fields. */
export function readFilterControls(els: {
  kinds: HTMLElement;
  sides: HTMLElement;
  from: HTMLInputElement;
  to: HTMLInputElement;
}): Pick<ViewState, 'kinds' | 'sides' | 'from' | 'to'> {
  return { kinds: readChecked(els.kinds), sides: readChecked(els.sides), from: els.from.value || null, to: els.to.value || null };
}
