import type { EntityKind } from '../../../../common/kinds.ts';
import { assertNever } from '../../errors.ts';
import { attributeList, displayName, langOf, localized } from '../entityText.ts';
import type { EntityModel } from '../models.ts';
import type { Lang as GqlLang } from '../__generated__/resolvers-types.ts';

/** The GraphQL object type of each entity kind. */
export function typeNameOf(kind: EntityKind): string {
  switch (kind) {
    case 'PERSON':
      return 'Person';
    case 'AGENCY':
      return 'Agency';
    case 'COMMITTEE':
      return 'Committee';
    case 'MEETING':
      return 'Meeting';
    case 'WORKING_GROUP':
      return 'WorkingGroup';
    case 'SITE':
      return 'Site';
    case 'PLACE':
      return 'Place';
    case 'TOPIC':
      return 'Topic';
    case 'PROGRAM':
      return 'Program';
    case 'SOURCE':
      return 'Source';
    default:
      return assertNever(kind);
  }
}

/** The resolvers every entity type shares (the fields of the `Entity` interface). */
export const entityFields = {
  id: (e: EntityModel) => e.id,
  kind: (e: EntityModel) => e.kind,
  name: (e: EntityModel, args: { lang?: GqlLang | null }) => displayName(e, langOf(args.lang)),
  names: (e: EntityModel) => localized(e.props, 'name'),
  aliases: (e: EntityModel) => (e.props.aliases as string[] | undefined) ?? [],
  countryCode: (e: EntityModel) => (typeof e.props.country === 'string' ? e.props.country : null),
  properties: (e: EntityModel) => attributeList(e.props),
  citations: (e: EntityModel) => e.citations,
};

/** Reads a stored attribute as a string, or null. */
export function attrString(e: EntityModel, key: string): string | null {
  const v = e.props[`attr_${key}`];
  return typeof v === 'string' ? v : null;
}

/** Reads a stored attribute as an integer, or null. */
export function attrInt(e: EntityModel, key: string): number | null {
  const v = e.props[`attr_${key}`];
  return typeof v === 'number' && Number.isInteger(v) ? v : null;
}
