import type { TextAnalysis } from '../analysis/index.ts';

const oneLine = (text: string) => text.replace(/\s+/g, ' ');

/** Renders what the analysis found as readable text: mentions with kind, rule and best candidate; dates; ordinals; proposals with their quotes. */
export function formatAnalysis(analysis: TextAnalysis): string {
  const lines: string[] = [];
  const { mentions, dates, ordinals, proposals } = analysis;
  lines.push(`Mentions (${mentions.length}):`);
  for (const m of mentions) {
    const best = m.candidates[0];
    const candidate = best ? `→ ${best.entityId} (${best.score.toFixed(2)}; ${best.reason})` : '→ new (no candidate in the gazetteer)';
    const more = m.candidates.length > 1 ? ` +${m.candidates.length - 1} more` : '';
    const attributes = Object.entries(m.attributes).map(([k, v]) => `${k}: ${v}`);
    lines.push(`  ${m.start}–${m.end}  ${oneLine(m.text)}  [${m.kind ?? 'UNKNOWN'}]  rule: ${m.rule}`);
    lines.push(`      ${candidate}${more}${attributes.length > 0 ? `  {${attributes.join(', ')}}` : ''}`);
  }
  lines.push('', `Dates (${dates.length}):`);
  for (const d of dates)
    lines.push(`  ${d.start}–${d.end}  ${oneLine(d.text)}  ${d.date}${d.endDate ? ` … ${d.endDate}` : ''}  rule: ${d.rule}`);
  lines.push('', `Meeting numbers (${ordinals.length}):`);
  for (const o of ordinals) lines.push(`  ${o.start}–${o.end}  ${oneLine(o.text)}  = ${o.value}  rule: ${o.rule}`);
  lines.push('', `Proposed relationships (${proposals.length}):`);
  for (const p of proposals) {
    const from = mentions[p.from];
    const to = mentions[p.to];
    lines.push(`  ${oneLine(from?.text ?? `#${p.from}`)} —${p.type}→ ${oneLine(to?.text ?? `#${p.to}`)}  rule: ${p.rule}`);
    lines.push(`      quote ${p.quote.start}–${p.quote.end}: “${oneLine(p.quote.text)}”`);
  }
  return `${lines.join('\n')}\n`;
}
