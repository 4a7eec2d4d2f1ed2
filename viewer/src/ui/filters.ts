import type { Core } from 'cytoscape';
import { escapeHtml } from '../../../common/escapeHtml.ts';
import { overlapsPeriod } from '../../../common/factDates.ts';
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

/** Dates of facts by id (entities and relationships), at their printed precision, from the timeline. */
export type FactDates = ReadonlyMap<string, { readonly date: string; readonly endDate: string | null }>;

/**
 * Hides the nodes the filters exclude (and edges that lose an end), and, with a period, the dated
 * relationships outside it; shows everything else again. A fact's date is read from `dates` (the
 * timeline's), else from the node's `date`; a date without a printed year falls in no period.
 */
export function applyFilters(cy: Core, state: Pick<ViewState, 'kinds' | 'sides' | 'from' | 'to'>, dates: FactDates = new Map()): number {
  let hidden = 0;
  // Nothing to filter and nothing hidden: leave a big graph's styles alone.
  const active = state.kinds.length > 0 || state.sides.length > 0 || state.from !== null || state.to !== null;
  if (!active && cy.elements('.hidden').empty()) return 0;
  const period = state.from !== null || state.to !== null;
  cy.batch(() => {
    cy.elements().removeClass('hidden');
    cy.nodes().forEach((n) => {
      const kind = n.data('kind') as string;
      const side = n.data('side') as string;
      const fact = dates.get(n.id()) ?? (n.data('date') ? { date: n.data('date') as string, endDate: null } : undefined);
      const out =
        (state.kinds.length > 0 && !state.kinds.includes(kind)) ||
        (state.sides.length > 0 && !state.sides.includes(side)) ||
        (fact !== undefined && period && !overlapsPeriod(fact.date, fact.endDate, state.from, state.to));
      if (out) {
        n.addClass('hidden');
        n.connectedEdges().addClass('hidden');
        hidden += 1;
      }
    });
    if (period) {
      cy.edges().forEach((e) => {
        const fact = dates.get(e.id());
        if (fact && !overlapsPeriod(fact.date, fact.endDate, state.from, state.to)) e.addClass('hidden');
      });
    }
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
