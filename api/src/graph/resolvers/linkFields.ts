import { isRelationshipType, RELATIONSHIP_TYPES } from '../../domain/relationshipTypes.ts';
import { attributeList, langOf, localized, localizedOrNull, pick } from '../entityText.ts';
import type { EntityModel, LinkModel, RelationshipModel } from '../models.ts';
import type { Lang as GqlLang } from '../__generated__/resolvers-types.ts';

/** A relationship type in words, in a language; unknown types read as written. */
export function relationshipLabel(type: string, lang: GqlLang | null | undefined): string {
  return isRelationshipType(type) ? RELATIONSHIP_TYPES[type].label[langOf(lang)] : type;
}

/** The entity at the start of a link's relationship. */
export function startOf(link: LinkModel): EntityModel {
  return link.rel.from === link.self.id ? link.self : link.entity;
}

/** The entity at the end of a link's relationship. */
export function endOf(link: LinkModel): EntityModel {
  return link.rel.to === link.self.id ? link.self : link.entity;
}

/** Resolvers of `Edge`. */
export const edgeResolvers = {
  id: (r: RelationshipModel) => r.id,
  type: (r: RelationshipModel) => r.type,
  from: (r: RelationshipModel) => r.from,
  to: (r: RelationshipModel) => r.to,
  label: (r: RelationshipModel, args: { lang?: GqlLang | null }) => relationshipLabel(r.type, args.lang),
  properties: (r: RelationshipModel) => attributeList(r.props),
  citations: (r: RelationshipModel) => r.citations,
};

/** Resolvers of `Link`. */
export const linkResolvers = {
  type: (l: LinkModel) => l.rel.type,
  label: (l: LinkModel, args: { lang?: GqlLang | null }) => relationshipLabel(l.rel.type, args.lang),
  entity: (l: LinkModel) => l.entity,
  side: (l: LinkModel) => (typeof l.rel.props.attr_side === 'string' ? l.rel.props.attr_side : null),
  role: (l: LinkModel, args: { lang?: GqlLang | null }) =>
    pick(localizedOrNull(l.rel.props, 'attr_role'), langOf(args.lang)) ??
    (typeof l.rel.props.attr_role === 'string' ? l.rel.props.attr_role : null),
  properties: (l: LinkModel) => attributeList(l.rel.props),
  citations: (l: LinkModel) => l.rel.citations,
};

/** The title of a position, in every language given. */
export function positionTitle(l: LinkModel) {
  return localized(l.rel.props, 'attr_title');
}
