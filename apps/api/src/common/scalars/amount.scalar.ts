import { AmountFormatError, formatAmount, parseAmount } from '@idea-exchange/money';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

function parse(value: unknown): bigint {
  if (typeof value !== 'string') {
    throw new GraphQLError('An Amount is a string with at most two decimal places, like "12.50".');
  }
  try {
    return parseAmount(value);
  } catch (error) {
    if (error instanceof AmountFormatError) throw new GraphQLError(error.message);
    throw error;
  }
}

/** Hundredths as bigint inside, "12.50" outside. */
export const AmountScalar = new GraphQLScalarType<bigint, string>({
  name: 'Amount',
  description: 'Decimal with two places, serialized as a string, e.g. "12.50".',
  serialize(value) {
    if (typeof value !== 'bigint') throw new GraphQLError('Amount values must be bigint hundredths');
    return formatAmount(value);
  },
  parseValue: parse,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError('An Amount is a string with at most two decimal places, like "12.50".');
    }
    return parse(ast.value);
  },
});
