import { existsSync, readFileSync } from 'node:fs';
import { KeyStore, parseKeyLines } from './apiKeys.ts';

/** Builds the key store from the inline API_KEYS value and the keys file, when it exists. */
export function loadKeyStore(options: { inline: string; file: string }): KeyStore {
  const records = parseKeyLines(options.inline, 'API_KEYS');
  if (existsSync(options.file)) records.push(...parseKeyLines(readFileSync(options.file, 'utf8'), options.file));
  return new KeyStore(records);
}
