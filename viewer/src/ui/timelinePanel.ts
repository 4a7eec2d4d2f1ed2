import { escapeHtml } from '../../../common/escapeHtml.ts';
import type { Lang } from '../../../common/langs.ts';
import { dayAtX, layoutTimeline, type TimelineItem, xOfDay } from '../graph/timelineLayout';
import { t } from '../i18n';

/** The height of one row of the timeline, in pixels. */
const ROW = 14;
/** Room for the year labels above the rows. */
const AXIS = 18;
/** The width of the column listing facts without a printed year, in pixels. */
const NO_YEAR_COLUMN = 300;
/** A drag shorter than this many pixels is a click: it clears the period. */
const MIN_BRUSH_PX = 4;

/** What the timeline draws and what it tells back. */
export interface TimelineView {
  readonly items: readonly TimelineItem[];
  /**
   * The selected entity and its neighbours: only its own dated facts, its dated relationships and
   * its neighbours' dates (a committee's meetings) are drawn; null for all.
   */
  readonly focus: { readonly id: string; readonly around: ReadonlySet<string> } | null;
  readonly from: string | null;
  readonly to: string | null;
  readonly lang: Lang;
}

/**
 * Draws the timeline into `box`: a year axis, each dated fact as a bar from the first to the last
 * day its printed date can mean (disputed ones marked), facts without a printed year listed apart,
 * and the current period as a brush. Dragging across the axis picks a period (`onBrush`); a click
 * clears it.
 */
export function renderTimeline(box: HTMLElement, view: TimelineView, onBrush: (from: string | null, to: string | null) => void): void {
  const focus = view.focus;
  const shown = focus
    ? view.items.filter((i) => (i.touches.length === 1 ? focus.around.has(i.touches[0] ?? '') : i.touches.includes(focus.id)))
    : view.items;
  // Facts without a printed year are listed in a column beside the axis.
  const hasNoYear = shown.some((i) => i.date.startsWith('--'));
  const width = Math.max(200, box.clientWidth - 24 - (hasNoYear ? NO_YEAR_COLUMN : 0));
  const layout = layoutTimeline(shown, width);
  const height = AXIS + Math.max(1, layout.rows) * ROW + 4;
  const years: number[] = [];
  const step = Math.max(1, Math.ceil((layout.lastYear - layout.firstYear + 1) / 12));
  for (let y = layout.firstYear; y <= layout.lastYear + 1; y += step) years.push(y);
  const x = (day: string) => xOfDay(day, layout.firstYear, layout.lastYear, width);
  const brush =
    view.from || view.to
      ? `<rect class="brush" x="${x(view.from ?? `${layout.firstYear}-01-01`)}" y="0" width="${Math.max(2, x(view.to ?? `${layout.lastYear}-12-31`) - x(view.from ?? `${layout.firstYear}-01-01`))}" height="${height}"/>`
      : '';
  const bars = layout.placed
    .map(
      (i) =>
        `<g class="event${i.disputed ? ' disputed' : ''}" data-id="${escapeHtml(i.id)}" data-date="${escapeHtml(i.date)}"><rect x="${i.x1}" y="${AXIS + i.row * ROW}" width="${i.x2 - i.x1}" height="${ROW - 3}" rx="2"/>${
          i.disputed ? `<text x="${i.x2 + 2}" y="${AXIS + i.row * ROW + 10}">!</text>` : ''
        }<title>${escapeHtml(`${i.date}${i.endDate ? ` – ${i.endDate}` : ''} · ${i.label}${i.disputed ? ` · ${t('disputed', view.lang)}` : ''}`)}</title></g>`,
    )
    .join('');
  const axis = years
    .map(
      (y) =>
        `<g class="tick"><line x1="${x(`${y}-01-01`)}" x2="${x(`${y}-01-01`)}" y1="12" y2="${height}"/><text x="${x(`${y}-01-01`) + 2}" y="10">${y}</text></g>`,
    )
    .join('');
  const noYear = layout.noYear.length
    ? `<div class="no-year"><h3>${escapeHtml(t('noYear', view.lang))}</h3><ul>${layout.noYear
        .map(
          (i) =>
            `<li class="event${i.disputed ? ' disputed' : ''}" data-id="${escapeHtml(i.id)}" data-date="${escapeHtml(i.date)}">${escapeHtml(i.date)} · ${escapeHtml(i.label)}${i.disputed ? ` <span class="badge">${escapeHtml(t('disputed', view.lang))}</span>` : ''}</li>`,
        )
        .join('')}</ul></div>`
    : '';
  box.innerHTML = `<h2>${escapeHtml(t('timeline', view.lang))} <span class="hint">${escapeHtml(t('timelineHint', view.lang))}</span></h2>
    <div class="lanes"><svg class="axis" width="${width}" height="${height}" role="img" aria-label="${escapeHtml(t('timeline', view.lang))}">${axis}${brush}${bars}</svg>${noYear}</div>`;
  const svg = box.querySelector('svg') as SVGSVGElement;
  let start: number | null = null;
  const local = (event: PointerEvent) => event.clientX - svg.getBoundingClientRect().left;
  svg.addEventListener('pointerdown', (event) => {
    start = local(event);
    svg.setPointerCapture(event.pointerId);
  });
  svg.addEventListener('pointerup', (event) => {
    if (start === null) return;
    const end = local(event);
    const [a, b] = [Math.min(start, end), Math.max(start, end)];
    start = null;
    if (b - a < MIN_BRUSH_PX) onBrush(null, null);
    else onBrush(dayAtX(a, layout.firstYear, layout.lastYear, width), dayAtX(b, layout.firstYear, layout.lastYear, width));
  });
}
