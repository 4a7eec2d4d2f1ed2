const TEMPORAL = /^(Date|DateTime|LocalDateTime|Time|LocalTime|Duration)$/;

/**
 * Converts what the driver returns into plain JSON-friendly values: Neo4j integers become
 * numbers, temporal values ISO strings, `undefined` null; maps and lists are converted deeply.
 * Parts that are plain already are returned as they are, not copied: most of a row is, and
 * copying it cost as much as the rest of the mapping.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const inner: unknown = value[i];
      const plain = toPlain(inner);
      if (!out && plain !== inner) out = value.slice(0, i);
      out?.push(plain);
    }
    return out ?? value;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) {
    const v = value as { toNumber?: () => number; toString: () => string; constructor?: { name?: string } };
    if (typeof v.toNumber === 'function' && 'low' in v && 'high' in v) return v.toNumber();
    const ctor = v.constructor?.name;
    if (ctor && TEMPORAL.test(ctor)) return v.toString();
  }
  const entries = Object.entries(value);
  let out: Record<string, unknown> | undefined;
  for (let i = 0; i < entries.length; i++) {
    const [key, inner] = entries[i] as [string, unknown];
    const plain = toPlain(inner);
    if (!out && (plain !== inner || proto !== Object.prototype)) out = Object.fromEntries(entries.slice(0, i));
    if (out) out[key] = plain;
  }
  return out ?? value;
}
