import type { Core } from 'cytoscape';
import { ARGUMENT_LIMITS } from '../../common/argumentLimits.ts';
import { escapeHtml } from '../../common/escapeHtml.ts';
import type { Lang } from '../../common/langs.ts';
import { ApiError, request } from './api';
import { warmLayoutWorker } from './layout/computeLayout';
import { nextTask } from './layout/nextTask';
import { runLayout } from './layout/runLayout';
import { createCy, usesWebgl, WEBGL_THRESHOLD } from './render/cy';
import { displayLabel, type EdgeData, type Element, mergeElements, type NodeData, toElements } from './graph/elements';
import { edgesToCsv, nodesToCsv, toGraphML } from './graph/exporters';
import { t } from './i18n';
import { DetailsQuery, NeighborhoodQuery, PathsQuery } from './operations';
import { DEFAULT_STATE, decodeState, encodeState, type ViewState } from './state/urlState';
import { citationHtml, renderEdgeDetails, renderEntityDetails } from './ui/detailsPanel';
import { download } from './ui/download';
import { applyFilters, readChecked, renderFilterControls } from './ui/filters';
import { renderLegend } from './ui/legend';
import { attachSearch } from './ui/searchBox';

/** The story the viewer opens on: the 4th committee meeting, two steps out. */
const SEED = { id: 'meeting:thai-china-st-committee-4', depth: 2 };
/** After this long, a layout that is still running says so in the status line. */
const SAY_LAYING_OUT_AFTER_MS = 300;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const els = {
  cy: $('cy'),
  details: $('details'),
  status: $('status'),
  search: $<HTMLInputElement>('search'),
  results: $<HTMLUListElement>('search-results'),
  lang: $<HTMLSelectElement>('lang'),
  motion: $<HTMLInputElement>('reduced-motion'),
  kinds: $('kind-filters'),
  sides: $('side-filters'),
  from: $<HTMLInputElement>('date-from'),
  to: $<HTMLInputElement>('date-to'),
  legend: $('legend'),
  pathFrom: $('path-from'),
  pathTo: $('path-to'),
  findPath: $<HTMLButtonElement>('find-path'),
  pathSteps: $('path-steps'),
};

let state: ViewState = decodeState(location.search);
let cy: Core | undefined;
let pathEnds: [string | null, string | null] = state.path ? [...state.path] : [null, null];
const reducedMotion = () => els.motion.checked;
/** Whether to animate changes of the graph: not with reduced motion, nor on a big graph, where each frame redraws thousands of elements. */
const animated = () => !reducedMotion() && (cy?.elements().length ?? 0) <= WEBGL_THRESHOLD;

function setStatus(text: string, error = false): void {
  els.status.textContent = text;
  els.status.classList.toggle('error', error);
}

function fail(error: unknown): void {
  const message = error instanceof ApiError ? error.message : t('unexpectedError', state.lang, { error: String(error) });
  setStatus(message, true);
}

/** Writes the state to the URL: a new history entry for navigation, a replacement otherwise. */
function commit(push: boolean): void {
  const url = `${location.pathname}${encodeState(state)}`;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

function translateChrome(lang: Lang): void {
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(el.dataset.i18n as never, lang);
  for (const el of document.querySelectorAll<HTMLInputElement>('[data-i18n-placeholder]'))
    el.placeholder = t(el.dataset.i18nPlaceholder as never, lang);
  els.lang.value = lang;
  renderLegend(els.legend, lang);
  renderFilterControls(els.kinds, els.sides, state, lang);
  els.from.value = state.from ?? '';
  els.to.value = state.to ?? '';
}

function relabel(lang: Lang): void {
  cy?.batch(() => {
    cy?.nodes().forEach((n) => {
      n.data('label', displayLabel(n.data(`name_${lang}`) as string));
    });
    cy?.edges().forEach((e) => {
      e.data('label', e.data(`label_${lang}`));
    });
  });
  renderPathEnds();
}

async function fetchElements(seed: string[], seedDepth: number, expanded: string[]): Promise<{ elements: Element[]; truncated: boolean }> {
  const data = await request(NeighborhoodQuery, {
    seed,
    seedDepth,
    expanded,
    withExpanded: expanded.length > 0,
    limit: ARGUMENT_LIMITS.limit.max,
  });
  const parts = [data.seed, ...(data.expanded ? [data.expanded] : [])];
  return {
    elements: mergeElements(...parts.map((p) => toElements(p.nodes, p.edges, state.lang))),
    truncated: parts.some((p) => p.truncated),
  };
}

let loads = 0;
const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Builds the whole view from the state (first load, shared URL, back/forward). The graph is
 * built a chunk per task and laid out in a worker, and drawn once laid out, so the page stays
 * responsive meanwhile; a layout that takes a while says so. Marks the steps with
 * `performance.mark` (graph-fetched, graph-built, graph-interactive) and sets
 * `body[data-ready]` once the graph is laid out and drawn.
 */
async function loadView(): Promise<void> {
  const load = ++loads;
  setStatus(t('loading', state.lang));
  translateChrome(state.lang);
  try {
    const { elements, truncated } = await fetchElements([SEED.id], SEED.depth, state.expanded);
    if (load !== loads) return;
    performance.mark('graph-fetched');
    cy?.destroy();
    cy = undefined;
    els.cy.classList.add('laying-out');
    // Reading the answer into elements was one task; setting up the graph starts another.
    await nextTask();
    const built = await createCy(els.cy, elements, state.renderer);
    if (load !== loads) return void built.cy.destroy();
    cy = built.cy;
    // The instance is on `window.cy` for power users in the browser console (and for the browser tests).
    (window as unknown as { cy?: Core }).cy = cy;
    bindGraphEvents(cy);
    document.body.dataset.renderer = usesWebgl(cy) ? 'webgl' : 'canvas';
    performance.mark('graph-built');
    const layout = runLayout(cy, { animate: false, settle: built.flush });
    const quick = await Promise.race([layout.then(() => true), delay(SAY_LAYING_OUT_AFTER_MS).then(() => false)]);
    if (!quick) setStatus(t('layingOut', state.lang));
    await layout;
    if (load !== loads) return;
    built.release();
    els.cy.classList.remove('laying-out');
    applyFilters(cy, state);
    if (state.path) await showPath(state.path[0], state.path[1], false);
    if (state.selected && cy.getElementById(state.selected).nonempty()) await select(state.selected, false);
    else closeDetails();
    setStatus(truncated ? t('truncated', state.lang, { count: ARGUMENT_LIMITS.limit.max.toLocaleString(state.lang) }) : '');
    performance.mark('graph-interactive');
    document.body.dataset.ready = 'true';
  } catch (error) {
    els.cy.classList.remove('laying-out');
    fail(error);
  }
}

/** Loads an entity's neighbourhood and merges it in; nodes already shown stay where they are. */
async function expand(id: string, push = true): Promise<void> {
  if (!cy) return;
  setStatus(t('loading', state.lang));
  try {
    const { elements } = await fetchElements([id], 1, []);
    const keep = new Set(cy.nodes().map((n) => n.id()));
    const fresh = elements.filter((el) => cy?.getElementById(el.data.id).empty());
    const anchor = cy.getElementById(id);
    const at = anchor.nonempty() ? anchor.position() : { x: 0, y: 0 };
    // New nodes start close around the expanded one, spread the same way every time.
    cy.add(
      fresh.map((el, i) =>
        el.group === 'nodes' ? { ...el, position: { x: at.x + 20 * Math.cos(i * 2.4), y: at.y + 20 * Math.sin(i * 2.4) } } : el,
      ),
    );
    if (fresh.length > 0) await runLayout(cy, { animate: animated(), keep });
    applyFilters(cy, state);
    if (!state.expanded.includes(id) && id !== SEED.id) state.expanded = [...state.expanded, id];
    commit(push);
    setStatus('');
  } catch (error) {
    fail(error);
  }
}

/** Shows or hides the details panel; the graph takes the room that is left. */
function setDetailsOpen(open: boolean): void {
  if (els.details.hidden === !open) return;
  els.details.hidden = !open;
  cy?.resize();
}

function closeDetails(): void {
  setDetailsOpen(false);
  els.details.innerHTML = '';
}

/** Selects an entity, centres on it and shows its details with citations. */
async function select(id: string, push = true): Promise<void> {
  if (!cy) return;
  const node = cy.getElementById(id);
  cy.elements().unselect();
  node.select();
  if (node.nonempty()) cy.animate({ center: { eles: node }, duration: animated() ? 300 : 0 });
  state.selected = id;
  commit(push);
  try {
    const data = await request(DetailsQuery, { id });
    renderEntityDetails(els.details, data, state.lang);
    setDetailsOpen(true);
  } catch (error) {
    fail(error);
  }
}

async function selectEdge(edge: EdgeData): Promise<void> {
  try {
    const data = await request(DetailsQuery, { id: edge.source });
    renderEdgeDetails(els.details, data, edge.id, state.lang);
    setDetailsOpen(true);
  } catch (error) {
    fail(error);
  }
}

function renderPathEnds(): void {
  const name = (id: string | null) => (id ? ((cy?.getElementById(id).data('label') as string | undefined) ?? id) : '—');
  els.pathFrom.textContent = name(pathEnds[0]);
  els.pathTo.textContent = name(pathEnds[1]);
  els.findPath.disabled = !(pathEnds[0] && pathEnds[1] && pathEnds[0] !== pathEnds[1]);
}

/** Finds the shortest paths, adds them to the graph, highlights the first, and lists its steps with citations. */
async function showPath(from: string, to: string, push = true): Promise<void> {
  if (!cy) return;
  pathEnds = [from, to];
  renderPathEnds();
  try {
    const data = await request(PathsQuery, { from, to });
    cy.elements().removeClass('path');
    const path = data.paths[0];
    if (!path) {
      els.pathSteps.innerHTML = `<li>${escapeHtml(t('noPath', state.lang))}</li>`;
      return;
    }
    const keep = new Set(cy.nodes().map((n) => n.id()));
    const fresh = toElements(path.nodes, path.edges, state.lang).filter((el) => cy?.getElementById(el.data.id).empty());
    cy.add(fresh);
    if (fresh.some((el) => el.group === 'nodes')) await runLayout(cy, { animate: animated(), keep });
    const ids = [...path.nodes.map((n) => n.id), ...path.edges.map((e) => e.id)];
    for (const id of ids) cy.getElementById(id).addClass('path');
    const names = new Map(path.nodes.map((n) => [n.id, n[state.lang]]));
    els.pathSteps.innerHTML = path.edges
      .map(
        (e) =>
          `<li data-step><strong>${escapeHtml(names.get(e.from))}</strong> — ${escapeHtml(e[state.lang])} → <strong>${escapeHtml(names.get(e.to))}</strong>${e.citations.map(citationHtml).join('')}</li>`,
      )
      .join('');
    state.path = [from, to];
    commit(push);
  } catch (error) {
    fail(error);
  }
}

function bindGraphEvents(core: Core): void {
  core.on('tap', 'node', (event) => void select(event.target.id()));
  core.on('dbltap', 'node', (event) => void expand(event.target.id()));
  core.on('tap', 'edge', (event) => void selectEdge(event.target.data() as EdgeData));
}

function visible(): { nodes: NodeData[]; edges: EdgeData[] } {
  const shown = cy?.elements().not('.hidden');
  return {
    nodes: (shown?.nodes().map((n) => n.data() as NodeData) ?? []) as NodeData[],
    edges: (shown?.edges().map((e) => e.data() as EdgeData) ?? []) as EdgeData[],
  };
}

function exportAs(kind: string): void {
  if (!cy) return;
  const { nodes, edges } = visible();
  const stamp = new Date().toISOString().slice(0, 10);
  if (kind === 'png')
    download(cy.png({ output: 'blob', full: true, bg: '#ffffff', scale: 2 }) as unknown as Blob, `thai-china-graph-${stamp}.png`);
  if (kind === 'json') {
    const json = { elements: cy.elements().not('.hidden').jsons() };
    download(new Blob([JSON.stringify(json, null, 2)], { type: 'application/json' }), `thai-china-graph-${stamp}.cyjs`);
  }
  if (kind === 'graphml') download(new Blob([toGraphML(nodes, edges)], { type: 'application/xml' }), `thai-china-graph-${stamp}.graphml`);
  if (kind === 'nodes-csv') download(new Blob([nodesToCsv(nodes)], { type: 'text/csv' }), `thai-china-nodes-${stamp}.csv`);
  if (kind === 'edges-csv') download(new Blob([edgesToCsv(edges)], { type: 'text/csv' }), `thai-china-edges-${stamp}.csv`);
}

function onFiltersChanged(): void {
  state.kinds = readChecked(els.kinds);
  state.sides = readChecked(els.sides);
  state.from = els.from.value || null;
  state.to = els.to.value || null;
  if (cy) applyFilters(cy, state);
  commit(false);
}

function bindChrome(): void {
  attachSearch(els.search, els.results, {
    lang: () => state.lang,
    onPick: async (node) => {
      if (cy?.getElementById(node.id).empty() || !state.expanded.includes(node.id)) await expand(node.id);
      await select(node.id);
    },
    onError: fail,
  });
  els.lang.addEventListener('change', () => {
    state.lang = els.lang.value as Lang;
    translateChrome(state.lang);
    relabel(state.lang);
    if (state.selected) void select(state.selected, false);
    commit(false);
  });
  els.motion.checked = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  for (const box of [els.kinds, els.sides]) box.addEventListener('change', onFiltersChanged);
  for (const input of [els.from, els.to]) input.addEventListener('change', onFiltersChanged);
  $('clear-filters').addEventListener('click', () => {
    state = { ...state, kinds: [], sides: [], from: null, to: null };
    translateChrome(state.lang);
    if (cy) applyFilters(cy, state);
    commit(false);
  });
  els.findPath.addEventListener('click', () => {
    if (pathEnds[0] && pathEnds[1]) void showPath(pathEnds[0], pathEnds[1]);
  });
  document
    .querySelectorAll<HTMLButtonElement>('[data-export]')
    .forEach((b) => b.addEventListener('click', () => exportAs(b.dataset.export ?? '')));
  els.details.addEventListener('click', (event) => {
    const target = (event.target as HTMLElement).closest('button');
    if (!target) return;
    const d = target.dataset;
    if (d.close !== undefined) closeDetails();
    if (d.select) void (cy?.getElementById(d.select).nonempty() ? select(d.select) : expand(d.select).then(() => select(d.select!)));
    if (d.expand) void expand(d.expand);
    if (d.pathFrom) pathEnds = [d.pathFrom, pathEnds[1]];
    if (d.pathTo) pathEnds = [pathEnds[0], d.pathTo];
    renderPathEnds();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !els.details.hidden && document.activeElement !== els.search) closeDetails();
  });
  window.addEventListener('popstate', () => {
    state = decodeState(location.search);
    pathEnds = state.path ? [...state.path] : [null, null];
    void loadView();
  });
}

bindChrome();
warmLayoutWorker();
if (!location.search) state = { ...DEFAULT_STATE };
void loadView();
