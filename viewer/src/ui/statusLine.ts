import type { Lang } from '../../../common/langs.ts';
import { ApiError } from '../api';
import { t } from '../i18n';

/** The status line under the graph: progress, the truncation notice, and errors. */
export interface StatusLine {
  /** Shows a line of progress or information (empty clears it). */
  show(text: string): void;
  /** Shows an error: the API's own message, or a generic one in the interface language. */
  fail(error: unknown, lang: Lang): void;
}

/** The status line drawn in an element, marked `.error` while it shows an error. */
export function createStatusLine(el: HTMLElement): StatusLine {
  const set = (text: string, error: boolean) => {
    el.textContent = text;
    el.classList.toggle('error', error);
  };
  return {
    show: (text) => set(text, false),
    fail: (error, lang) => set(error instanceof ApiError ? error.message : t('unexpectedError', lang, { error: String(error) }), true),
  };
}
