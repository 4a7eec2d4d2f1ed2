import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** What a key may do: `reader` reads (when reading needs a key), `editor` reads and writes. */
export type Role = 'reader' | 'editor';

/** The roles, weakest first. */
export const ROLES: readonly Role[] = ['reader', 'editor'];

/** Who is calling: the name of the key they presented and its role. */
export interface Principal {
  readonly name: string;
  readonly role: Role;
}

/** A configured key: its holder's name, role and the SHA-256 of the key (the key itself is never stored). */
export interface KeyRecord extends Principal {
  readonly hash: string;
}

/** A key line that cannot be used, with where it came from. */
export class ApiKeyConfigError extends Error {
  override readonly name = 'ApiKeyConfigError';
}

const KEY_PREFIX = 'tcst_';
const LINE = /^([A-Za-z0-9._@-]{1,64}):(reader|editor):([0-9a-f]{64})$/;

/**
 * Hashes a presented key. Keys are 256-bit random strings, so a fast hash is enough: unlike
 * passwords they cannot be guessed from a list, and a slow hash would cost every request.
 */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** Makes a new random key; show it once and store only its hash. */
export function generateApiKey(): string {
  return `${KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
}

/** The line that configures a key: `name:role:sha256`, for API_KEYS or the keys file. */
export function keyLine(name: string, role: Role, key: string): string {
  return `${name}:${role}:${hashApiKey(key)}`;
}

/** Parses key lines (one per line or comma-separated; `#` starts a comment); `origin` names where they came from. */
export function parseKeyLines(text: string, origin: string): KeyRecord[] {
  const records: KeyRecord[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    for (const part of raw.replace(/#.*/, '').split(',')) {
      const entry = part.trim();
      if (!entry) continue;
      const m = LINE.exec(entry);
      if (!m) {
        throw new ApiKeyConfigError(
          `${origin}, line ${index + 1}: expected "name:role:sha256-hex" with role reader or editor ` +
            '(make one with `npm run api-key -- new --name <name> --role editor`)',
        );
      }
      records.push({ name: m[1] as string, role: m[2] as Role, hash: m[3] as string });
    }
  });
  return records;
}

/** Looks up presented keys by their hash; never keeps a key in clear. */
export class KeyStore {
  private readonly byHash: ReadonlyMap<string, KeyRecord>;

  constructor(records: readonly KeyRecord[]) {
    this.byHash = new Map(records.map((r) => [r.hash, r]));
  }

  /** How many keys are configured. */
  get size(): number {
    return this.byHash.size;
  }

  /** The holder of a presented key, or null when no configured key matches. */
  authenticate(presented: string): Principal | null {
    const hash = hashApiKey(presented);
    const record = this.byHash.get(hash);
    // The map lookup already found it; the constant-time comparison guards against a lookup that matched by accident.
    if (!record || !timingSafeEqual(Buffer.from(record.hash, 'hex'), Buffer.from(hash, 'hex'))) return null;
    return { name: record.name, role: record.role };
  }
}

/** Whether a role includes another: an editor may do what a reader may. */
export function roleIncludes(held: Role, needed: Role): boolean {
  return ROLES.indexOf(held) >= ROLES.indexOf(needed);
}
