/**
 * Converts what the driver returns into plain JSON-friendly values: Neo4j integers become
 * numbers, temporal values ISO strings; maps and lists are converted deeply.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'bigint') return Number(value);
  if (typeof value !== 'object') return value;
  const v = value as { toNumber?: () => number; toString: () => string; constructor?: { name?: string } };
  if (typeof v.toNumber === 'function' && 'low' in v && 'high' in v) return v.toNumber();
  const ctor = v.constructor?.name;
  if (ctor && /^(Date|DateTime|LocalDateTime|Time|LocalTime|Duration)$/.test(ctor)) return v.toString();
  const out: Record<string, unknown> = {};
  for (const [k, inner] of Object.entries(value)) out[k] = toPlain(inner);
  return out;
}
