import { Kind, type ASTNode, type DocumentNode } from 'graphql';

/**
 * A generated operation document as the text a request sends, on one line. graphql's own printer
 * does the same with the layout and every kind of node, at five times the size in the first load;
 * the spec beside this checks both give the same document for every operation the app has.
 */
export function printDocument(document: DocumentNode): string {
  return print(document);
}

const spaced = (...parts: string[]) => parts.filter((part) => part !== '').join(' ');

function wrapped(nodes: readonly ASTNode[] | undefined, open: string, close: string, separator = ', '): string {
  return nodes?.length ? open + nodes.map(print).join(separator) + close : '';
}

const directives = (nodes: readonly ASTNode[] | undefined) => wrapped(nodes, '', '', ' ');

function print(node: ASTNode): string {
  switch (node.kind) {
    case Kind.DOCUMENT:
      return node.definitions.map(print).join(' ');
    case Kind.OPERATION_DEFINITION:
      return spaced(
        node.operation,
        (node.name?.value ?? '') + wrapped(node.variableDefinitions, '(', ')'),
        directives(node.directives),
        print(node.selectionSet),
      );
    case Kind.VARIABLE_DEFINITION:
      return spaced(
        `${print(node.variable)}: ${print(node.type)}`,
        node.defaultValue ? `= ${print(node.defaultValue)}` : '',
        directives(node.directives),
      );
    case Kind.FRAGMENT_DEFINITION:
      return spaced(
        'fragment',
        node.name.value,
        'on',
        node.typeCondition.name.value,
        directives(node.directives),
        print(node.selectionSet),
      );
    case Kind.SELECTION_SET:
      return wrapped(node.selections, '{ ', ' }', ' ');
    case Kind.FIELD:
      return spaced(
        (node.alias ? `${node.alias.value}: ` : '') + node.name.value + wrapped(node.arguments, '(', ')'),
        directives(node.directives),
        node.selectionSet ? print(node.selectionSet) : '',
      );
    case Kind.FRAGMENT_SPREAD:
      return spaced(`...${node.name.value}`, directives(node.directives));
    case Kind.INLINE_FRAGMENT:
      return spaced(
        '...',
        node.typeCondition ? `on ${node.typeCondition.name.value}` : '',
        directives(node.directives),
        print(node.selectionSet),
      );
    case Kind.DIRECTIVE:
      return `@${node.name.value}${wrapped(node.arguments, '(', ')')}`;
    case Kind.ARGUMENT:
    case Kind.OBJECT_FIELD:
      return `${node.name.value}: ${print(node.value)}`;
    case Kind.VARIABLE:
      return `$${node.name.value}`;
    case Kind.INT:
    case Kind.FLOAT:
    case Kind.ENUM:
      return node.value;
    case Kind.STRING:
      // JSON's string escapes are all valid GraphQL string escapes.
      return JSON.stringify(node.value);
    case Kind.BOOLEAN:
      return String(node.value);
    case Kind.NULL:
      return 'null';
    case Kind.LIST:
      return `[${node.values.map(print).join(', ')}]`;
    case Kind.OBJECT:
      return `{${node.fields.map(print).join(', ')}}`;
    case Kind.NAMED_TYPE:
      return node.name.value;
    case Kind.LIST_TYPE:
      return `[${print(node.type)}]`;
    case Kind.NON_NULL_TYPE:
      return `${print(node.type)}!`;
    default:
      throw new Error(`An operation document has no ${node.kind} node`);
  }
}
