import type { DetailsQuery } from '../__generated__/graphql';
import { nodeName } from '../graph/elements';
import { type Lang, kindLabel, t } from '../i18n';
import { esc } from './download';

type Details = DetailsQuery;
type Edge = Details['around']['edges'][number];
type Citation = { quote: string; source: { id: string; title: string; url?: string | null } };

function citationHtml(c: Citation): string {
  const title = c.source.url
    ? `<a href="${esc(c.source.url)}" target="_blank" rel="noopener">${esc(c.source.title)}</a>`
    : esc(c.source.title);
  return `<blockquote lang="th" class="quote">${esc(c.quote)}<span class="cite">— ${title}</span></blockquote>`;
}

function propsHtml(props: readonly { key: string; value: string; lang?: string | null }[], lang: Lang): string {
  // Localized attributes show in the chosen language when given, else in whatever language there is.
  const byKey = new Map<string, string>();
  for (const p of props) {
    const current = byKey.get(p.key);
    if (current === undefined || p.lang?.toLowerCase() === lang) byKey.set(p.key, p.value);
  }
  if (byKey.size === 0) return '';
  return `<dl>${[...byKey].map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('')}</dl>`;
}

function edgeHtml(edge: Edge, selfId: string, names: Map<string, string>, lang: Lang): string {
  const other = edge.from === selfId ? edge.to : edge.from;
  const arrow = edge.from === selfId ? '→' : '←';
  return `<div class="rel" data-edge="${esc(edge.id)}">
    ${arrow} <button type="button" class="link" data-select="${esc(other)}">${esc(names.get(other) ?? other)}</button>
    ${propsHtml(edge.properties, lang)}
    ${edge.citations.map(citationHtml).join('')}
  </div>`;
}

/** Renders the details of an entity: names, aliases, attributes, citations, relationships grouped by type. */
export function renderEntityDetails(panel: HTMLElement, data: Details, lang: Lang): void {
  const e = data.entity;
  if (!e) {
    panel.innerHTML = `<p>Not found.</p>`;
    return;
  }
  const names = new Map(data.around.nodes.map((n) => [n.id, nodeName(n, lang)]));
  const groups = new Map<string, Edge[]>();
  for (const edge of data.around.edges) {
    if (edge.from !== e.id && edge.to !== e.id) continue;
    const label = edge[lang];
    groups.set(label, [...(groups.get(label) ?? []), edge]);
  }
  panel.innerHTML = `
    <button type="button" class="close" data-close aria-label="${esc(t('close', lang))}">×</button>
    <h2 id="details-title">${esc(nodeName(e, lang))}</h2>
    <p class="kind">${esc(kindLabel(e.kind, lang))}${e.countryCode ? ` · ${esc(e.countryCode)}` : ''} · <code>${esc(e.id)}</code></p>
    <div class="actions">
      <button type="button" data-expand="${esc(e.id)}">${esc(t('expand', lang))}</button>
      <button type="button" data-path-from="${esc(e.id)}">${esc(t('pathFrom', lang))}</button>
      <button type="button" data-path-to="${esc(e.id)}">${esc(t('pathTo', lang))}</button>
      <a class="button" data-briefing href="/briefing/${encodeURIComponent(e.id)}?lang=${lang}" target="_blank" rel="noopener">${esc(t('briefing', lang))}</a>
    </div>
    <h3>${esc(t('names', lang))}</h3>
    <dl>
      <dt>ไทย</dt><dd lang="th">${esc(e.names.th ?? '—')}</dd>
      <dt>English</dt><dd lang="en">${esc(e.names.en ?? '—')}</dd>
      <dt>中文</dt><dd lang="zh">${esc(e.names.zh ?? '—')}</dd>
    </dl>
    ${e.aliases.length ? `<h3>${esc(t('aliases', lang))}</h3><p>${e.aliases.map(esc).join(' · ')}</p>` : ''}
    ${e.properties.length ? `<h3>${esc(t('attributes', lang))}</h3>${propsHtml(e.properties, lang)}` : ''}
    <h3>${esc(t('citations', lang))}</h3>
    ${e.citations.map(citationHtml).join('')}
    <h3>${esc(t('relationships', lang))}</h3>
    ${[...groups]
      .map(([label, edges]) => `<h4>${esc(label)}</h4>${edges.map((edge) => edgeHtml(edge, e.id, names, lang)).join('')}`)
      .join('')}
  `;
}

/** Renders one relationship: its ends, properties and citations. */
export function renderEdgeDetails(panel: HTMLElement, data: Details, edgeId: string, lang: Lang): void {
  const edge = data.around.edges.find((x) => x.id === edgeId);
  if (!edge) {
    panel.innerHTML = '<p>Not found.</p>';
    return;
  }
  const names = new Map(data.around.nodes.map((n) => [n.id, nodeName(n, lang)]));
  panel.innerHTML = `
    <button type="button" class="close" data-close aria-label="${esc(t('close', lang))}">×</button>
    <h2 id="details-title">${esc(edge[lang])}</h2>
    <p><button type="button" data-select="${esc(edge.from)}">${esc(names.get(edge.from) ?? edge.from)}</button>
      → <button type="button" data-select="${esc(edge.to)}">${esc(names.get(edge.to) ?? edge.to)}</button></p>
    <p class="kind"><code>${esc(edge.type)}</code></p>
    ${edge.properties.length ? `<h3>${esc(t('attributes', lang))}</h3>${propsHtml(edge.properties, lang)}` : ''}
    <h3>${esc(t('citations', lang))}</h3>
    ${edge.citations.map(citationHtml).join('')}
  `;
}
