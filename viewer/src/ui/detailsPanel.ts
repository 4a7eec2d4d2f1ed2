import { attributeLabel } from '../../../common/attributeLabels.ts';
import { escapeHtml } from '../../../common/escapeHtml.ts';
import { kindName } from '../../../common/kinds.ts';
import { LANG_NAMES, type Lang, LANGS } from '../../../common/langs.ts';
import type { DetailsQuery } from '../__generated__/graphql';
import { t } from '../i18n';

type Details = DetailsQuery;
type Edge = Details['around']['edges'][number];
/** A quote and the source it is from, as the details and path queries ask for it. */
export type Citation = { quote: string; source: { id: string; title: string; url?: string | null; language: string } };

/** A quote as a block in its source's language, with the source's title (a link where it has an address). */
export function citationHtml(c: Citation): string {
  const title = c.source.url
    ? `<a href="${escapeHtml(c.source.url)}" target="_blank" rel="noopener">${escapeHtml(c.source.title)}</a>`
    : escapeHtml(c.source.title);
  return `<blockquote lang="${escapeHtml(c.source.language)}" class="quote">${escapeHtml(c.quote)}<span class="cite">— ${title}</span></blockquote>`;
}

function propsHtml(props: readonly { key: string; value: string; lang?: string | null }[], lang: Lang): string {
  // Localized attributes show in the chosen language when given, else in whatever language there is.
  const byKey = new Map<string, string>();
  for (const p of props) {
    const current = byKey.get(p.key);
    if (current === undefined || p.lang?.toLowerCase() === lang) byKey.set(p.key, p.value);
  }
  if (byKey.size === 0) return '';
  return `<dl>${[...byKey].map(([k, v]) => `<dt>${escapeHtml(attributeLabel(k, lang))}</dt><dd>${escapeHtml(v)}</dd>`).join('')}</dl>`;
}

function edgeHtml(edge: Edge, selfId: string, names: Map<string, string>, lang: Lang): string {
  const other = edge.from === selfId ? edge.to : edge.from;
  const arrow = edge.from === selfId ? '→' : '←';
  const disputed = edge.disputed
    ? ` <span class="badge" title="${escapeHtml(edge.disputes.map((d) => d.question).join('; '))}">${escapeHtml(t('disputed', lang))}</span>`
    : '';
  return `<div class="rel${edge.disputed ? ' disputed-rel' : ''}" data-edge="${escapeHtml(edge.id)}">
    ${arrow} <button type="button" class="link" data-select="${escapeHtml(other)}">${escapeHtml(names.get(other) ?? other)}</button>${disputed}
    ${propsHtml(edge.properties, lang)}
    ${edge.citations.map(citationHtml).join('')}
  </div>`;
}

/** The disputes about an entity: each question with its statements and their citations, none chosen. */
function disputesHtml(disputes: NonNullable<Details['entity']>['disputes'], lang: Lang): string {
  if (disputes.length === 0) return '';
  return `<h3>${escapeHtml(t('disputes', lang))}</h3>${disputes
    .map(
      (d) =>
        `<div class="dispute disputed-rel" data-dispute="${escapeHtml(d.id)}"><p><span class="badge">${escapeHtml(t('disputed', lang))}</span> ${escapeHtml(d.question)}</p><ul>${d.statements
          .map((s) => `<li>${escapeHtml(s.value ?? s.relationship?.id ?? '')}${s.citations.map(citationHtml).join('')}</li>`)
          .join('')}</ul></div>`,
    )
    .join('')}`;
}

/** Renders the details of an entity: names, aliases, attributes, citations, relationships grouped by type. */
export function renderEntityDetails(panel: HTMLElement, data: Details, lang: Lang): void {
  const e = data.entity;
  if (!e) {
    panel.innerHTML = `<p>${escapeHtml(t('notFound', lang))}</p>`;
    return;
  }
  const names = new Map(data.around.nodes.map((n) => [n.id, n[lang]]));
  const groups = new Map<string, Edge[]>();
  for (const edge of data.around.edges) {
    if (edge.from !== e.id && edge.to !== e.id) continue;
    const label = edge[lang];
    groups.set(label, [...(groups.get(label) ?? []), edge]);
  }
  panel.innerHTML = `
    <button type="button" class="close" data-close aria-label="${escapeHtml(t('close', lang))}">×</button>
    <h2 id="details-title">${escapeHtml(e[lang])}</h2>
    <p class="kind">${escapeHtml(kindName(e.kind, lang))}${e.countryCode ? ` · ${escapeHtml(e.countryCode)}` : ''} · <code>${escapeHtml(e.id)}</code></p>
    <div class="actions">
      <button type="button" data-expand="${escapeHtml(e.id)}">${escapeHtml(t('expand', lang))}</button>
      <button type="button" data-path-from="${escapeHtml(e.id)}">${escapeHtml(t('pathFrom', lang))}</button>
      <button type="button" data-path-to="${escapeHtml(e.id)}">${escapeHtml(t('pathTo', lang))}</button>
      <a class="button" data-briefing href="/briefing/${encodeURIComponent(e.id)}?lang=${lang}" target="_blank" rel="noopener">${escapeHtml(t('briefing', lang))}</a>
    </div>
    <h3>${escapeHtml(t('names', lang))}</h3>
    <dl>${LANGS.map((l) => `<dt>${LANG_NAMES[l]}</dt><dd lang="${l}">${escapeHtml(e.names[l] ?? '—')}</dd>`).join('')}</dl>
    ${e.aliases.length ? `<h3>${escapeHtml(t('aliases', lang))}</h3><p>${e.aliases.map(escapeHtml).join(' · ')}</p>` : ''}
    ${e.properties.length ? `<h3>${escapeHtml(t('attributes', lang))}</h3>${propsHtml(e.properties, lang)}` : ''}
    <h3>${escapeHtml(t('citations', lang))}</h3>
    ${e.citations.map(citationHtml).join('')}
    ${disputesHtml(e.disputes, lang)}
    <h3>${escapeHtml(t('relationships', lang))}</h3>
    ${[...groups]
      .map(([label, edges]) => `<h4>${escapeHtml(label)}</h4>${edges.map((edge) => edgeHtml(edge, e.id, names, lang)).join('')}`)
      .join('')}
  `;
}

/** Renders one relationship: its ends, properties and citations. */
export function renderEdgeDetails(panel: HTMLElement, data: Details, edgeId: string, lang: Lang): void {
  const edge = data.around.edges.find((x) => x.id === edgeId);
  if (!edge) {
    panel.innerHTML = `<p>${escapeHtml(t('notFound', lang))}</p>`;
    return;
  }
  const names = new Map(data.around.nodes.map((n) => [n.id, n[lang]]));
  panel.innerHTML = `
    <button type="button" class="close" data-close aria-label="${escapeHtml(t('close', lang))}">×</button>
    <h2 id="details-title">${escapeHtml(edge[lang])}</h2>
    <p><button type="button" data-select="${escapeHtml(edge.from)}">${escapeHtml(names.get(edge.from) ?? edge.from)}</button>
      → <button type="button" data-select="${escapeHtml(edge.to)}">${escapeHtml(names.get(edge.to) ?? edge.to)}</button></p>
    <p class="kind"><code>${escapeHtml(edge.type)}</code></p>
    ${edge.disputed ? `<p class="disputed-rel"><span class="badge">${escapeHtml(t('disputed', lang))}</span> ${edge.disputes.map((d) => escapeHtml(d.question)).join('; ')}</p>` : ''}
    ${edge.properties.length ? `<h3>${escapeHtml(t('attributes', lang))}</h3>${propsHtml(edge.properties, lang)}` : ''}
    <h3>${escapeHtml(t('citations', lang))}</h3>
    ${edge.citations.map(citationHtml).join('')}
  `;
}
