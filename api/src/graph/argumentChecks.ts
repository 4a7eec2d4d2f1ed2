import { ARGUMENT_LIMITS } from '../../../common/argumentLimits.ts';
import { BadUserInput } from '../errors.ts';

const LIMITS = ARGUMENT_LIMITS;

/** Checks that an integer argument is inside its bounds, or throws BAD_USER_INPUT naming it. */
export function checkRange(name: keyof typeof LIMITS, value: number): number {
  const bounds = LIMITS[name] as { min: number; max: number };
  if (!Number.isInteger(value) || value < bounds.min || value > bounds.max) {
    throw new BadUserInput(`\`${name}\` must be a whole number from ${bounds.min} to ${bounds.max}; got ${value}.`, name);
  }
  return value;
}

/** Checks the search text: not blank, not longer than the limit. */
export function checkSearchText(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length === 0) throw new BadUserInput('`text` must not be empty; type at least one character to search for.', 'text');
  if (trimmed.length > LIMITS.searchText.max) {
    throw new BadUserInput(`\`text\` may be at most ${LIMITS.searchText.max} characters; got ${trimmed.length}.`, 'text');
  }
  return trimmed;
}

/** Checks a list of ids: between 1 and 100 of them. */
export function checkIds(ids: readonly string[]): string[] {
  if (ids.length < LIMITS.ids.min || ids.length > LIMITS.ids.max) {
    throw new BadUserInput(`\`ids\` must hold from ${LIMITS.ids.min} to ${LIMITS.ids.max} ids; got ${ids.length}.`, 'ids');
  }
  return [...new Set(ids)];
}
