import { formatAmount } from '@idea-exchange/money';
import { registerDecorator } from 'class-validator';
import { worded } from './field-words';

/** Validates a bigint Amount (hundredths) against an inclusive range, both given in hundredths. */
export function AmountRange(min: bigint, max: bigint) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'amountRange',
      target: target.constructor,
      propertyName,
      options: worded('AMOUNT_RANGE', { field: propertyName, min: formatAmount(min), max: formatAmount(max) }),
      validator: {
        validate: (value: unknown) => typeof value === 'bigint' && value >= min && value <= max,
      },
    });
}
