import type { Core } from 'cytoscape';
import type { Lang } from '../../../common/langs.ts';
import { displayLabel } from '../graph/elements';

/** Labels every node and edge of a graph in a language, from the names and labels its elements carry in all three. */
export function relabel(cy: Core, lang: Lang): void {
  cy.batch(() => {
    cy.nodes().forEach((n) => void n.data('label', displayLabel(n.data(`name_${lang}`) as string)));
    cy.edges().forEach((e) => void e.data('label', e.data(`label_${lang}`)));
  });
}
