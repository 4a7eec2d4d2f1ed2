import { createHash } from 'node:crypto';

/**
 * The address a document is recognised by: scheme and host in lower case (as WHATWG URL parsing
 * gives them), the default port dropped, the fragment dropped, and trailing slashes of the path
 * dropped; the query string is kept, since it often names the page. Null for text that is not
 * an http(s) address.
 */
export function normalizeUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const path = parsed.pathname.replace(/\/+$/, '');
  return `${parsed.protocol}//${parsed.host}${path}${parsed.search}`;
}

/** A text as it is compared for copies: Unicode NFC, every run of white space one space, trimmed. */
export function normalizeDocumentText(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** The SHA-256 (hex) of a document's text once white space is normalised: two copies of one text share it. */
export function documentTextHash(text: string): string {
  return createHash('sha256').update(normalizeDocumentText(text), 'utf8').digest('hex');
}
