import type { z } from 'zod';
import { InvalidInput } from '../errors.ts';
import { formatPath } from '../ingest/datasetIssue.ts';

/** A GraphQL input value as plain data: null-prototype objects copied, nulls (an omitted field) left out. */
export function plainInput(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plainInput);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== null && v !== undefined)
        .map(([k, v]) => [k, plainInput(v)]),
    );
  }
  return value;
}

/** Checks a GraphQL input against the import format's schema; BAD_USER_INPUT listing every problem. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, what: string, id?: string): z.output<S> {
  const parsed = schema.safeParse(plainInput(value));
  if (!parsed.success) {
    throw new InvalidInput(
      what,
      parsed.error.issues.map((issue) => ({ ...(id ? { id } : {}), field: formatPath(issue.path) || '(input)', message: issue.message })),
    );
  }
  return parsed.data;
}

/** A required free-text reason for a removal, trimmed; BAD_USER_INPUT when empty or too long. */
export function checkReason(reason: string): string {
  const text = reason.trim();
  if (text.length === 0 || text.length > 500) {
    throw new InvalidInput('The reason', [
      { field: 'reason', message: 'give a reason of 1 to 500 characters; it is kept in the audit log' },
    ]);
  }
  return text;
}

/** Citations as the validator takes them: through the API every citation names its source. */
export function resolvedCitations<C extends { source?: string | undefined }>(citations: readonly C[]): (C & { source: string })[] {
  return citations.map((c) => ({ ...c, source: c.source ?? '' }));
}
