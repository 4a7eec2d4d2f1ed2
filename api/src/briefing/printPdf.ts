import { label } from './briefingLabels.ts';
import type { Briefing } from './briefingModel.ts';
import { launchHeadlessChromium } from './headlessChromium.ts';
import { briefingToHtml } from './renderHtml.ts';
import { escapeHtml } from '../../../common/escapeHtml.ts';

/** Prints a brief to an A4 PDF with headless Chromium: page numbers, generation date and dataset version in the footer. */
export async function printBriefingPdf(brief: Briefing, file: string, executablePath: string): Promise<void> {
  const browser = await launchHeadlessChromium(executablePath);
  try {
    const page = await browser.newPage();
    await page.setContent(briefingToHtml(brief), { waitUntil: 'load' });
    const footer = `${label('generated', brief.lang)} ${brief.generatedAt} · ${label('dataset', brief.lang)} ${brief.datasetVersion}`;
    await page.pdf({
      path: file,
      format: 'A4',
      printBackground: true,
      margin: { top: '18mm', bottom: '20mm', left: '16mm', right: '16mm' },
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: `<div style="font-size:8px;width:100%;padding:0 16mm;display:flex;justify-content:space-between;color:#555"><span>${escapeHtml(footer)}</span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`,
    });
  } finally {
    await browser.close();
  }
}
