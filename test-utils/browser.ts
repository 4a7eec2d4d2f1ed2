import type { Browser } from 'playwright-core';
import { launchHeadlessChromium } from '../api/src/briefing/headlessChromium.ts';
import { loadConfig } from '../api/src/config.ts';

/** Starts the same headless Chromium the briefing PDFs use (Debian's, as installed by .ci/run). */
export function launchChromium(): Promise<Browser> {
  return launchHeadlessChromium(loadConfig().chromiumPath);
}

export { startTestServer } from './testServer.ts';
