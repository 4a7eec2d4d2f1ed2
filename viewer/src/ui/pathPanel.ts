import { escapeHtml } from '../../../common/escapeHtml.ts';
import type { Lang } from '../../../common/langs.ts';
import type { PathsQuery } from '../__generated__/graphql';
import { t } from '../i18n';
import { citationHtml } from './detailsPanel';

/** A path as the paths query answers it: nodes, and edges with their citations. */
export type FoundPath = PathsQuery['paths'][number];

/** The two ends of a path, each chosen or not yet. */
export type PathEnds = [string | null, string | null];

/** The parts of the path finder: the two ends, the button that finds the path, and the list of steps. */
export interface PathPanelElements {
  from: HTMLElement;
  to: HTMLElement;
  find: HTMLButtonElement;
  steps: HTMLElement;
}

/** Shows the chosen ends by name, and enables the button once two different ends are chosen. */
export function renderPathEnds(panel: PathPanelElements, ends: PathEnds, nameOf: (id: string) => string): void {
  panel.from.textContent = ends[0] ? nameOf(ends[0]) : '—';
  panel.to.textContent = ends[1] ? nameOf(ends[1]) : '—';
  panel.find.disabled = !(ends[0] && ends[1] && ends[0] !== ends[1]);
}

/** Lists the steps of a path, each with its citations, named in a language; without a path, says none was found. */
export function renderPathSteps(list: HTMLElement, path: FoundPath | undefined, lang: Lang): void {
  if (!path) {
    list.innerHTML = `<li>${escapeHtml(t('noPath', lang))}</li>`;
    return;
  }
  const names = new Map(path.nodes.map((n) => [n.id, n[lang]]));
  list.innerHTML = path.edges
    .map(
      (e) =>
        `<li data-step><strong>${escapeHtml(names.get(e.from))}</strong> — ${escapeHtml(e[lang])} → <strong>${escapeHtml(names.get(e.to))}</strong>${e.citations
          .map(citationHtml)
          .join('')}</li>`,
    )
    .join('');
}
