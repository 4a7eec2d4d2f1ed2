import { langOf, pickLang } from '../../../../common/langs.ts';
import { isRelationshipType, RELATIONSHIP_TYPES } from '../../domain/relationshipTypes.ts';
import { attributeList, localizedAttribute, scalarAttribute } from '../../model/attributes.ts';
import type { EntityModel, LinkModel, RelationshipModel } from '../../model/models.ts';
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
  properties: (r: RelationshipModel) => attributeList(r.attributes),
  citations: (r: RelationshipModel) => r.citations,
};

/** Resolvers of `Link`. */
export const linkResolvers = {
  type: (l: LinkModel) => l.rel.type,
  label: (l: LinkModel, args: { lang?: GqlLang | null }) => relationshipLabel(l.rel.type, args.lang),
  entity: (l: LinkModel) => l.entity,
  side: (l: LinkModel) => stringAttribute(l.rel, 'side'),
  role: (l: LinkModel, args: { lang?: GqlLang | null }) =>
    pickLang(localizedAttribute(l.rel.attributes, 'role'), langOf(args.lang)) ?? stringAttribute(l.rel, 'role'),
  properties: (l: LinkModel) => attributeList(l.rel.attributes),
  citations: (l: LinkModel) => l.rel.citations,
};

/** The title of a position, in every language given. */
export function positionTitle(l: LinkModel) {
  return localizedAttribute(l.rel.attributes, 'title') ?? {};
}

function stringAttribute(rel: RelationshipModel, key: string): string | null {
  const value = scalarAttribute(rel.attributes, key);
  return typeof value === 'string' ? value : null;
}
