import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { label } from './briefingLabels.ts';
import type { Briefing } from './briefingModel.ts';
import { briefingToHtml } from './renderHtml.ts';

/** Where headless Chromium is looked for (Debian's package by default). */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

/** Prints a brief to an A4 PDF with headless Chromium: page numbers, generation date and dataset version in the footer. */
export async function printBriefingPdf(brief: Briefing, file: string, executablePath = chromiumPath()): Promise<void> {
  if (!existsSync(executablePath)) {
    throw new Error(`Chromium was not found at ${executablePath}. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.`);
  }
  const browser = await chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
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
      footerTemplate: `<div style="font-size:8px;width:100%;padding:0 16mm;display:flex;justify-content:space-between;color:#555"><span>${footer.replace(/</g, '&lt;')}</span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`,
    });
  } finally {
    await browser.close();
  }
}
