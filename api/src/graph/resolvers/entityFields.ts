import { displayName } from '../../../../common/displayName.ts';
import { langOf } from '../../../../common/langs.ts';
import { attributeList, scalarAttribute } from '../../model/attributes.ts';
import type { EntityModel } from '../../model/models.ts';
import type { Lang as GqlLang } from '../__generated__/resolvers-types.ts';

/** The resolvers every entity type shares (the fields of the `Entity` interface). */
export const entityFields = {
  id: (e: EntityModel) => e.id,
  kind: (e: EntityModel) => e.kind,
  name: (e: EntityModel, args: { lang?: GqlLang | null }) => displayName(e, langOf(args.lang)),
  names: (e: EntityModel) => e.names,
  aliases: (e: EntityModel) => e.aliases,
  countryCode: (e: EntityModel) => e.country,
  properties: (e: EntityModel) => attributeList(e.attributes),
  citations: (e: EntityModel) => e.citations,
};

/** Reads an attribute as a string, or null. */
export function attrString(e: EntityModel, key: string): string | null {
  const v = scalarAttribute(e.attributes, key);
  return typeof v === 'string' ? v : null;
}

/** Reads an attribute as an integer, or null. */
export function attrInt(e: EntityModel, key: string): number | null {
  const v = scalarAttribute(e.attributes, key);
  return typeof v === 'number' && Number.isInteger(v) ? v : null;
}
