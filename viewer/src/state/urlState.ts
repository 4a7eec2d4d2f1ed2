import { isLang, type Lang } from '../../../common/langs.ts';

/** Which renderer draws the graph: chosen by size (`auto`), or forced by the user. */
export type RendererChoice = 'auto' | 'canvas' | 'webgl';

/** What the URL holds: enough to rebuild the view. */
export interface ViewState {
  /** Entities whose neighbourhood was expanded on top of the opening view. */
  expanded: string[];
  selected: string | null;
  lang: Lang;
  /** Kinds shown; empty means all. */
  kinds: string[];
  /** Sides shown; empty means all. */
  sides: string[];
  from: string | null;
  to: string | null;
  /** A path shown between two entities. */
  path: [string, string] | null;
  /** `?renderer=canvas|webgl` forces a renderer, e.g. where WebGL is slow or broken. */
  renderer: RendererChoice;
}

/** The state of a fresh visit. */
export const DEFAULT_STATE: ViewState = {
  expanded: [],
  selected: null,
  lang: 'en',
  kinds: [],
  sides: [],
  from: null,
  to: null,
  path: null,
  renderer: 'auto',
};

const RENDERERS = new Set(['canvas', 'webgl']);
const list = (v: string | null) => (v ? v.split(',').filter(Boolean) : []);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Writes the state as a query string, leaving out defaults so URLs stay short. */
export function encodeState(state: ViewState): string {
  const p = new URLSearchParams();
  if (state.expanded.length) p.set('x', state.expanded.join(','));
  if (state.selected) p.set('sel', state.selected);
  if (state.lang !== DEFAULT_STATE.lang) p.set('lang', state.lang);
  if (state.kinds.length) p.set('kinds', state.kinds.join(','));
  if (state.sides.length) p.set('side', state.sides.join(','));
  if (state.from) p.set('from', state.from);
  if (state.to) p.set('to', state.to);
  if (state.path) p.set('path', `${state.path[0]}~${state.path[1]}`);
  if (state.renderer !== 'auto') p.set('renderer', state.renderer);
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** Reads a query string back into a state; anything malformed falls back to the default. */
export function decodeState(search: string): ViewState {
  const p = new URLSearchParams(search);
  const lang = p.get('lang');
  const path = p.get('path')?.split('~');
  const renderer = p.get('renderer');
  const date = (v: string | null) => (v && DATE.test(v) ? v : null);
  return {
    expanded: [...new Set(list(p.get('x')))],
    selected: p.get('sel') || null,
    lang: isLang(lang) ? lang : DEFAULT_STATE.lang,
    kinds: list(p.get('kinds')),
    sides: list(p.get('side')),
    from: date(p.get('from')),
    to: date(p.get('to')),
    path: path && path.length === 2 && path[0] && path[1] ? [path[0], path[1]] : null,
    renderer: renderer && RENDERERS.has(renderer) ? (renderer as RendererChoice) : 'auto',
  };
}
