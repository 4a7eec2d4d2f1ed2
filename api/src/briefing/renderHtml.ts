import { escapeHtml } from '../../../common/escapeHtml.ts';
import { label } from './briefingLabels.ts';
import type { Briefing, BriefingStatement } from './briefingModel.ts';

const refs = (s: BriefingStatement) => `<sup class="refs">[${s.citations.map((n) => `<a href="#c${n}">${n}</a>`).join(', ')}]</sup>`;

const STYLE = `
@page { size: A4; margin: 18mm 16mm 20mm 16mm;
  @bottom-left { content: var(--footer); font: 8pt sans-serif; color: #555; }
  @bottom-right { content: counter(page) " / " counter(pages); font: 8pt sans-serif; color: #555; } }
:root { font-family: 'Noto Serif Thai', 'Noto Sans Thai', 'Noto Serif CJK SC', 'Noto Sans CJK SC', 'Noto Serif', Georgia, serif; color: #111; }
body { max-width: 178mm; margin: 0 auto; padding: 8mm 0; font-size: 10.5pt; line-height: 1.5; }
header { border-bottom: 2px solid #1d3fbb; margin-bottom: 4mm; }
h1 { font-size: 18pt; margin: 0 0 1mm; }
.meta { color: #444; margin: 0 0 2mm; }
h2 { font-size: 12pt; margin: 5mm 0 1.5mm; color: #1d3fbb; break-after: avoid; }
ul, ol { margin: 0; padding-left: 6mm; }
li { margin: 0.8mm 0; break-inside: avoid; }
.refs { font-size: 7.5pt; color: #1d3fbb; margin-left: 0.6mm; }
.refs a { text-decoration: none; color: inherit; }
.unknown li { color: #555; font-style: italic; }
.sources li { font-size: 9pt; }
.quote { font-family: 'Noto Sans Thai', 'Noto Sans CJK SC', sans-serif; }
footer { margin-top: 6mm; border-top: 1px solid #ccc; padding-top: 2mm; font-size: 8.5pt; color: #555; }
@media print { a { color: inherit; } }
`;

/** Renders a brief as a print-ready A4 HTML page (page numbers and footer when printed). */
export function briefingToHtml(b: Briefing): string {
  const footer = `${label('generated', b.lang)} ${b.generatedAt} · ${label('dataset', b.lang)} ${b.datasetVersion}`;
  const sections = b.sections
    .map(
      (s) =>
        `<section><h2>${escapeHtml(s.heading)}</h2><ul>${s.statements.map((st) => `<li>${escapeHtml(st.text)}${refs(st)}</li>`).join('')}</ul></section>`,
    )
    .join('');
  const counterparts = b.counterparts.length
    ? `<section><h2>${escapeHtml(label('counterparts', b.lang))}</h2><ol>${b.counterparts
        .map((c) => `<li data-counterpart="${escapeHtml(c.entity.id)}">${escapeHtml(c.statement.text)}${refs(c.statement)}</li>`)
        .join('')}</ol></section>`
    : '';
  const unknown = b.unknown.length
    ? `<section class="unknown"><h2>${escapeHtml(label('notKnown', b.lang))}</h2><ul>${b.unknown.map((u) => `<li>${escapeHtml(u)}</li>`).join('')}</ul></section>`
    : '';
  const sources = `<section class="sources"><h2>${escapeHtml(label('sources', b.lang))}</h2><ol>${b.citations
    .map((c) => {
      const title = escapeHtml(c.source.title ?? c.source.id);
      const url = c.source.url !== undefined ? ` <a href="${escapeHtml(c.source.url)}">${escapeHtml(c.source.url)}</a>` : '';
      const lang = escapeHtml(c.source.language ?? '');
      return `<li id="c${c.number}"><span class="quote" lang="${lang}">«${escapeHtml(c.quote)}»</span> — ${title}${url}</li>`;
    })
    .join('')}</ol></section>`;
  return `<!doctype html>
<html lang="${b.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(label('briefing', b.lang))}: ${escapeHtml(b.title)}</title>
<style>${STYLE} :root { --footer: "${footer.replace(/["\\]/g, '')}"; }</style>
</head>
<body>
<header><h1>${escapeHtml(b.title)}</h1><p class="meta">${escapeHtml(label('briefing', b.lang))} · ${escapeHtml(b.kindLabel)}${b.sideLabel ? ` · ${escapeHtml(b.sideLabel)}` : ''} · <code>${escapeHtml(b.entity.id)}</code></p></header>
${sections}${counterparts}${unknown}${sources}
<footer>${escapeHtml(footer)}</footer>
</body>
</html>
`;
}
