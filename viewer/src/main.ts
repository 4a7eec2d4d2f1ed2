import type { Lang } from '../../common/langs.ts';
import { warmLayoutWorker } from './layout/computeLayout';
import { decodeState } from './state/urlState';
import { bindExportMenu } from './ui/exportMenu';
import { attachSearch } from './ui/searchBox';
import { createStatusLine } from './ui/statusLine';
import { ViewController } from './viewController';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const els = {
  cy: $('cy'),
  timeline: $('timeline'),
  details: $('details'),
  lang: $<HTMLSelectElement>('lang'),
  motion: $<HTMLInputElement>('reduced-motion'),
  kinds: $('kind-filters'),
  sides: $('side-filters'),
  from: $<HTMLInputElement>('date-from'),
  to: $<HTMLInputElement>('date-to'),
  legend: $('legend'),
  path: { from: $('path-from'), to: $('path-to'), find: $<HTMLButtonElement>('find-path'), steps: $('path-steps') },
};
const search = $<HTMLInputElement>('search');
const status = createStatusLine($('status'));
const view = new ViewController(els, status, decodeState(location.search));

attachSearch(search, $<HTMLUListElement>('search-results'), {
  lang: () => view.lang,
  onPick: (node) => void view.pick(node.id),
  onError: (error) => status.fail(error, view.lang),
});
els.lang.addEventListener('change', () => view.setLang(els.lang.value as Lang));
els.motion.checked = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
for (const control of [els.kinds, els.sides, els.from, els.to]) control.addEventListener('change', () => view.filtersChanged());
$('clear-filters').addEventListener('click', () => view.clearFilters());
els.path.find.addEventListener('click', () => view.findPath());
bindExportMenu(document, () => view.graph);
// The details panel's buttons name their action in a data-* attribute (see ViewController.actions).
els.details.addEventListener('click', (event) => {
  const button = (event.target as HTMLElement).closest('button');
  if (button) view.act(button);
});
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && view.detailsOpen && document.activeElement !== search) view.closeDetails();
});
window.addEventListener('popstate', () => {
  view.restore(decodeState(location.search));
  void view.loadView();
});

warmLayoutWorker();
void view.loadView();
