import { ARGUMENT_LIMITS } from '../../../common/argumentLimits.ts';
import { escapeHtml } from '../../../common/escapeHtml.ts';
import { kindName } from '../../../common/kinds.ts';
import type { Lang } from '../../../common/langs.ts';
import { ApiError, request } from '../api';
import type { NodeFieldsFragment } from '../__generated__/graphql';
import { SearchQuery } from '../operations';

/** Options of the search box. */
export interface SearchOptions {
  lang(): Lang;
  onPick(node: NodeFieldsFragment): void;
  onError(error: ApiError): void;
}

/** Suggestions as you type (debounced), navigable with the arrow keys, Enter to pick, Escape to close. */
export function attachSearch(input: HTMLInputElement, list: HTMLUListElement, options: SearchOptions): void {
  let results: NodeFieldsFragment[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    active = -1;
  };
  const render = () => {
    const lang = options.lang();
    list.innerHTML = results
      .map(
        (n, i) =>
          `<li id="search-option-${i}" role="option" aria-selected="${i === active}" data-index="${i}"><span>${escapeHtml(n[lang])}</span><span class="kind">${escapeHtml(kindName(n.kind, lang))}</span></li>`,
      )
      .join('');
    list.hidden = results.length === 0;
    input.setAttribute('aria-expanded', String(!list.hidden));
    if (active >= 0) input.setAttribute('aria-activedescendant', `search-option-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const pick = (i: number) => {
    const node = results[i];
    if (!node) return;
    close();
    input.value = node[options.lang()];
    options.onPick(node);
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (!text) {
      results = [];
      close();
      return;
    }
    timer = setTimeout(async () => {
      const mine = ++generation;
      try {
        const data = await request(SearchQuery, { text: text.slice(0, ARGUMENT_LIMITS.searchText.max) });
        if (mine !== generation) return;
        results = data.search.map((h) => h.entity);
        active = results.length ? 0 : -1;
        render();
      } catch (error) {
        options.onError(error instanceof ApiError ? error : new ApiError(String(error), 'ERROR'));
      }
    }, 180);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!results.length) return;
      active = (active + (event.key === 'ArrowDown' ? 1 : -1) + results.length) % results.length;
      render();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      pick(active >= 0 ? active : 0);
    } else if (event.key === 'Escape') close();
  });
  list.addEventListener('mousedown', (event) => {
    const li = (event.target as HTMLElement).closest('li');
    if (li) {
      event.preventDefault();
      pick(Number(li.dataset.index));
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
}
