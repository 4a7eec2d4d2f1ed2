import { t } from '../i18n';
import type { ViewState } from '../state/urlState';
import { renderFilterControls } from './filters';
import { renderLegend } from './legend';

/** The parts of the page around the graph that are drawn in the interface language. */
export interface ChromeElements {
  lang: HTMLSelectElement;
  legend: HTMLElement;
  kinds: HTMLElement;
  sides: HTMLElement;
  from: HTMLInputElement;
  to: HTMLInputElement;
}

/**
 * Puts the page in the state's language: every `data-i18n` text and `data-i18n-placeholder`, the language
 * switch, the legend, and the filter controls redrawn as the state says.
 */
export function translateChrome(els: ChromeElements, state: ViewState): void {
  const lang = state.lang;
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
