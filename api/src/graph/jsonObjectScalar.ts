import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Reads a literal written in the document (`{startDate: "2023-09-20"}`), with variables filled in. */
function literalValue(node: ValueNode, variables: Record<string, unknown> | null | undefined): unknown {
  switch (node.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return node.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value);
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return node.values.map((v) => literalValue(v, variables));
    case Kind.OBJECT:
      return Object.fromEntries(node.fields.map((f) => [f.name.value, literalValue(f.value, variables)]));
    case Kind.VARIABLE:
      return variables?.[node.name.value];
    case Kind.ENUM:
      return node.value;
  }
}

/** A JSON object scalar for attributes; the import format's schema checks what is inside. */
export const JSONObjectScalar = new GraphQLScalarType<Record<string, unknown>, Record<string, unknown>>({
  name: 'JSONObject',
  description: 'A JSON object.',
  serialize: (value) => {
    if (!isPlainObject(value)) throw new GraphQLError('JSONObject must be an object.');
    return value;
  },
  parseValue: (value) => {
    if (!isPlainObject(value)) throw new GraphQLError('JSONObject must be an object, e.g. {"startDate": "2023-09-20"}.');
    return value;
  },
  parseLiteral: (node, variables) => {
    const value = literalValue(node, variables);
    if (!isPlainObject(value)) throw new GraphQLError('JSONObject must be an object, e.g. {startDate: "2023-09-20"}.');
    return value;
  },
});
