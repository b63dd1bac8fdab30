import { formatAmount } from '@idea-exchange/money';
import { registerDecorator, type ValidationArguments } from 'class-validator';

/** Validates a bigint Amount (hundredths) against an inclusive range, both given in hundredths. */
export function AmountRange(min: bigint, max: bigint) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'amountRange',
      target: target.constructor,
      propertyName,
      validator: {
        validate: (value: unknown) => typeof value === 'bigint' && value >= min && value <= max,
        defaultMessage: (args?: ValidationArguments) =>
          `${args?.property ?? 'amount'} must be between ${formatAmount(min)} and ${formatAmount(max)}`,
      },
    });
}
