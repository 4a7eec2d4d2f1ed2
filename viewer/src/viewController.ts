import type { Core } from 'cytoscape';
import { ARGUMENT_LIMITS } from '../../common/argumentLimits.ts';
import type { Lang } from '../../common/langs.ts';
import { request } from './api';
import { fetchNeighborhood } from './fetchNeighborhood';
import { type EdgeData, toElements } from './graph/elements';
import { t } from './i18n';
import { nextTask } from './layout/nextTask';
import { runLayout } from './layout/runLayout';
import { PathsQuery, TimelineQuery } from './operations';
import { addElements } from './render/addElements';
import { createCy, usesWebgl, WEBGL_THRESHOLD } from './render/cy';
import { relabel } from './render/relabel';
import { encodeState, type ViewState } from './state/urlState';
import { DetailsView } from './ui/detailsView';
import { applyFilters, type FactDates, readFilterControls } from './ui/filters';
import { renderTimeline } from './ui/timelinePanel';
import type { TimelineItem } from './graph/timelineLayout';
import { type PathEnds, type PathPanelElements, renderPathEnds, renderPathSteps } from './ui/pathPanel';
import type { StatusLine } from './ui/statusLine';
import { type ChromeElements, translateChrome } from './ui/translateChrome';

/** The story the viewer opens on: the 4th committee meeting, two steps out. */
export const SEED = { id: 'meeting:thai-china-st-committee-4', depth: 2 };
/** After this long, a layout that is still running says so in the status line. */
const SAY_LAYING_OUT_AFTER_MS = 300;

/** The parts of the page the controller draws into. */
export interface ViewElements extends ChromeElements {
  cy: HTMLElement;
  timeline: HTMLElement;
  details: HTMLElement;
  motion: HTMLInputElement;
  path: PathPanelElements;
}

/** The `data-*` attributes that name what a button of the details panel does (`data-path-from` is `pathFrom`). */
export type ActionName = 'select' | 'expand' | 'pathFrom' | 'pathTo' | 'close';

/** What a button does with the value of its attribute (an entity id; empty for `close`). */
export type Action = (id: string) => void;

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The viewer's state and what can be done to it: the view state (also in the URL), the graph
 * shown, and the ends of the path finder. Every change goes through here; the views only draw.
 */
export class ViewController {
  private cy: Core | undefined;
  private pathEnds: PathEnds = [null, null];
  private loads = 0;
  private readonly details: DetailsView;
  /** Every dated fact, for the timeline and the period filter. */
  private timeline: { items: TimelineItem[]; labels: Map<string, Record<Lang, string>>; dates: FactDates } = {
    items: [],
    labels: new Map(),
    dates: new Map(),
  };

  /** The buttons of the details panel, by the `data-*` attribute that names their action. */
  readonly actions: Readonly<Record<ActionName, Action>> = {
    select: (id) => void (this.cy?.getElementById(id).nonempty() ? this.select(id) : this.expand(id).then(() => this.select(id))),
    expand: (id) => void this.expand(id),
    pathFrom: (id) => void (this.pathEnds = [id, this.pathEnds[1]]),
    pathTo: (id) => void (this.pathEnds = [this.pathEnds[0], id]),
    close: () => this.closeDetails(),
  };

  constructor(
    private readonly els: ViewElements,
    private readonly status: StatusLine,
    private state: ViewState,
  ) {
    this.details = new DetailsView(els.details, () => this.cy?.resize());
    this.restore(state);
  }

  /** The graph shown, if any. */
  get graph(): Core | undefined {
    return this.cy;
  }

  /** The interface language. */
  get lang(): Lang {
    return this.state.lang;
  }

  /** Takes a whole new state (a shared URL, back or forward); `loadView` then shows it. */
  restore(state: ViewState): void {
    this.state = state;
    this.pathEnds = state.path ? [...state.path] : [null, null];
  }

  /** Runs the actions named by a button's `data-*` attributes, then redraws the path ends they may have set. */
  act(button: HTMLElement): void {
    for (const [name, value] of Object.entries(button.dataset))
      if (Object.hasOwn(this.actions, name)) this.actions[name as ActionName](value ?? '');
    this.renderPathEnds();
  }

  /** Whether to animate changes of the graph: not with reduced motion, nor on a big graph, where each frame redraws thousands of elements. */
  private animated(): boolean {
    return !this.els.motion.checked && (this.cy?.elements().length ?? 0) <= WEBGL_THRESHOLD;
  }

  private fail(error: unknown): void {
    this.status.fail(error, this.state.lang);
  }

  /** Writes the state to the URL: a new history entry for navigation, a replacement otherwise. */
  private commit(push: boolean): void {
    const url = `${location.pathname}${encodeState(this.state)}`;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  /**
   * Builds the whole view from the state (first load, shared URL, back/forward). The graph is
   * built a chunk per task and laid out in a worker, and drawn once laid out, so the page stays
   * responsive meanwhile; a layout that takes a while says so. Marks the steps with
   * `performance.mark` (graph-fetched, graph-built, graph-interactive) and sets
   * `body[data-ready]` once the graph is laid out and drawn.
   */
  async loadView(): Promise<void> {
    const load = ++this.loads;
    const els = this.els;
    this.status.show(t('loading', this.state.lang));
    translateChrome(els, this.state);
    try {
      const { elements, truncated } = await fetchNeighborhood([SEED.id], SEED.depth, this.state.expanded, this.state.lang);
      if (load !== this.loads) return;
      performance.mark('graph-fetched');
      this.cy?.destroy();
      this.cy = undefined;
      els.cy.classList.add('laying-out');
      // Reading the answer into elements was one task; setting up the graph starts another.
      await nextTask();
      const built = await createCy(els.cy, elements, this.state.renderer);
      if (load !== this.loads) return void built.cy.destroy();
      const cy = (this.cy = built.cy);
      // The instance is on `window.cy` for power users in the browser console (and for the browser tests).
      (window as unknown as { cy?: Core }).cy = cy;
      this.bindGraphEvents(cy);
      document.body.dataset.renderer = usesWebgl(cy) ? 'webgl' : 'canvas';
      performance.mark('graph-built');
      const layout = runLayout(cy, { animate: false, settle: built.flush });
      const quick = await Promise.race([layout.then(() => true), delay(SAY_LAYING_OUT_AFTER_MS).then(() => false)]);
      if (!quick) this.status.show(t('layingOut', this.state.lang));
      await layout;
      if (load !== this.loads) return;
      built.release();
      els.cy.classList.remove('laying-out');
      await this.loadTimeline();
      if (load !== this.loads) return;
      applyFilters(cy, this.state, this.timeline.dates);
      if (this.state.path) await this.showPath(this.state.path[0], this.state.path[1], false);
      if (this.state.selected && cy.getElementById(this.state.selected).nonempty()) await this.select(this.state.selected, false);
      else this.closeDetails();
      const count = ARGUMENT_LIMITS.limit.max.toLocaleString(this.state.lang);
      this.status.show(truncated ? t('truncated', this.state.lang, { count }) : '');
      performance.mark('graph-interactive');
      document.body.dataset.ready = 'true';
    } catch (error) {
      els.cy.classList.remove('laying-out');
      this.fail(error);
    }
  }

  private bindGraphEvents(cy: Core): void {
    cy.on('tap', 'node', (event) => void this.select(event.target.id()));
    cy.on('dbltap', 'node', (event) => void this.expand(event.target.id()));
    cy.on('tap', 'edge', (event) => void this.selectEdge(event.target.data() as EdgeData));
  }

  /** Loads an entity's neighbourhood and merges it in; nodes already shown stay where they are. */
  async expand(id: string, push = true): Promise<void> {
    const cy = this.cy;
    if (!cy) return;
    this.status.show(t('loading', this.state.lang));
    try {
      const { elements } = await fetchNeighborhood([id], 1, [], this.state.lang);
      const anchor = cy.getElementById(id);
      // New nodes start around the expanded one.
      const { keep, fresh } = addElements(cy, elements, anchor.nonempty() ? anchor.position() : { x: 0, y: 0 });
      if (fresh.length > 0) await runLayout(cy, { animate: this.animated(), keep });
      applyFilters(cy, this.state, this.timeline.dates);
      if (!this.state.expanded.includes(id) && id !== SEED.id) this.state.expanded = [...this.state.expanded, id];
      this.commit(push);
      this.status.show('');
    } catch (error) {
      this.fail(error);
    }
  }

  /** Brings a search result in (expanding it unless it is already shown expanded) and selects it. */
  async pick(id: string): Promise<void> {
    if (this.cy?.getElementById(id).empty() || !this.state.expanded.includes(id)) await this.expand(id);
    await this.select(id);
  }

  /** Closes the details panel. */
  closeDetails(): void {
    this.details.close();
  }

  /** Whether the details panel is open. */
  get detailsOpen(): boolean {
    return this.details.open;
  }

  /** Selects an entity, centres on it and shows its details with citations. */
  async select(id: string, push = true): Promise<void> {
    const cy = this.cy;
    if (!cy) return;
    const node = cy.getElementById(id);
    cy.elements().unselect();
    node.select();
    if (node.nonempty()) cy.animate({ center: { eles: node }, duration: this.animated() ? 300 : 0 });
    this.state.selected = id;
    this.commit(push);
    this.drawTimeline();
    try {
      await this.details.showEntity(id, this.state.lang);
    } catch (error) {
      this.fail(error);
    }
  }

  private async selectEdge(edge: EdgeData): Promise<void> {
    try {
      await this.details.showEdge(edge, this.state.lang);
    } catch (error) {
      this.fail(error);
    }
  }

  private renderPathEnds(): void {
    renderPathEnds(this.els.path, this.pathEnds, (id) => (this.cy?.getElementById(id).data('label') as string | undefined) ?? id);
  }

  /** Finds the path between the ends chosen in the path finder. */
  findPath(): void {
    const [from, to] = this.pathEnds;
    if (from && to) void this.showPath(from, to);
  }

  /** Finds the shortest paths, adds them to the graph, highlights the first, and lists its steps with citations. */
  async showPath(from: string, to: string, push = true): Promise<void> {
    const cy = this.cy;
    if (!cy) return;
    this.pathEnds = [from, to];
    this.renderPathEnds();
    try {
      const data = await request(PathsQuery, { from, to });
      cy.elements().removeClass('path');
      const path = data.paths[0];
      if (path) {
        const { keep, fresh } = addElements(cy, toElements(path.nodes, path.edges, this.state.lang));
        if (fresh.some((el) => el.group === 'nodes')) await runLayout(cy, { animate: this.animated(), keep });
        for (const id of [...path.nodes.map((n) => n.id), ...path.edges.map((e) => e.id)]) cy.getElementById(id).addClass('path');
      }
      renderPathSteps(this.els.path.steps, path, this.state.lang);
      if (!path) return;
      this.state.path = [from, to];
      this.commit(push);
    } catch (error) {
      this.fail(error);
    }
  }

  /** Switches the interface, the labels and the details panel to a language. */
  setLang(lang: Lang): void {
    const cy = this.cy;
    this.state.lang = lang;
    translateChrome(this.els, this.state);
    if (cy) relabel(cy, lang);
    this.drawTimeline();
    this.renderPathEnds();
    if (this.state.selected) void this.select(this.state.selected, false);
    this.commit(false);
  }

  /** Applies the filters as the controls now say. */
  filtersChanged(): void {
    Object.assign(this.state, readFilterControls(this.els));
    if (this.cy) applyFilters(this.cy, this.state, this.timeline.dates);
    this.drawTimeline();
    this.commit(false);
  }

  /** Clears the filters and shows everything again. */
  clearFilters(): void {
    this.state = { ...this.state, kinds: [], sides: [], from: null, to: null };
    translateChrome(this.els, this.state);
    if (this.cy) applyFilters(this.cy, this.state, this.timeline.dates);
    this.drawTimeline();
    this.commit(false);
  }

  /** Reads every dated fact once per view, for the timeline and the period filter. */
  private async loadTimeline(): Promise<void> {
    const data = await request(TimelineQuery, { first: ARGUMENT_LIMITS.timelineFirst.max });
    const labels = new Map(data.timeline.map((e) => [e.id, { th: e.th, en: e.en, zh: e.zh }]));
    const items = data.timeline.map((e) => ({
      id: e.id,
      date: e.date,
      endDate: e.endDate ?? null,
      label: e.en,
      disputed: e.disputed,
      touches: e.entity ? [e.entity.id] : e.edge ? [e.edge.from, e.edge.to] : [],
    }));
    this.timeline = { items, labels, dates: new Map(items.map((i) => [i.id, { date: i.date, endDate: i.endDate }])) };
    this.drawTimeline();
  }

  /** Draws the timeline: the selected entity's dated facts and its neighbours' (a committee's meetings), or all. */
  private drawTimeline(): void {
    const lang = this.state.lang;
    const selected = this.state.selected ? this.cy?.getElementById(this.state.selected) : undefined;
    const focus = selected?.nonempty()
      ? { id: selected.id(), around: new Set([selected.id(), ...selected.neighborhood('node').map((n) => n.id())]) }
      : null;
    const items = this.timeline.items.map((i) => ({ ...i, label: this.timeline.labels.get(i.id)?.[lang] ?? i.label }));
    renderTimeline(this.els.timeline, { items, focus, from: this.state.from, to: this.state.to, lang }, (from, to) => {
      this.els.from.value = from ?? '';
      this.els.to.value = to ?? '';
      this.filtersChanged();
    });
  }
}
