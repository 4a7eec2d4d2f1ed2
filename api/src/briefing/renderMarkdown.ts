import { label } from './briefingLabels.ts';
import { escapeMarkdown as md } from './escapeMarkdown.ts';
import type { Briefing, BriefingStatement } from './briefingModel.ts';

const refs = (s: BriefingStatement) => s.citations.map((n) => `[${n}]`).join('');

/** Renders a brief as Markdown: sections of statements with their citation numbers, then the numbered sources. */
export function briefingToMarkdown(b: Briefing): string {
  const lines: string[] = [
    `# ${md(b.title)}`,
    '',
    `*${label('briefing', b.lang)} · ${md(b.kindLabel)}${b.sideLabel ? ` · ${md(b.sideLabel)}` : ''}*`,
    '',
  ];
  for (const section of b.sections) {
    lines.push(`## ${section.heading}`, '');
    for (const s of section.statements) lines.push(`- ${md(s.text)} ${refs(s)}`);
    lines.push('');
  }
  if (b.counterparts.length > 0) {
    lines.push(`## ${label('counterparts', b.lang)}`, '');
    b.counterparts.forEach((c, i) => lines.push(`${i + 1}. ${md(c.statement.text)} ${refs(c.statement)}`));
    lines.push('');
  }
  if (b.unknown.length > 0) {
    lines.push(`## ${label('notKnown', b.lang)}`, '');
    for (const u of b.unknown) lines.push(`- ${md(u)}`);
    lines.push('');
  }
  lines.push(`## ${label('sources', b.lang)}`, '');
  for (const c of b.citations) {
    const title = c.source.title ?? c.source.id;
    const url = c.source.url !== undefined ? ` <${c.source.url.replace(/[<>\s]/g, encodeURIComponent)}>` : '';
    lines.push(`${c.number}. «${md(c.quote)}» — ${md(title)}${url}`);
  }
  lines.push('', `---`, `${label('generated', b.lang)} ${b.generatedAt} · ${label('dataset', b.lang)} ${b.datasetVersion}`, '');
  return lines.join('\n');
}
