import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** Starts headless Chromium with flags that work as root on a closed network; a clear error if it is not installed. */
export function launchHeadlessChromium(executablePath: string): Promise<Browser> {
  if (!existsSync(executablePath)) {
    throw new Error(`Chromium was not found at ${executablePath}. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.`);
  }
  return chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
