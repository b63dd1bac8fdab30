import { ValidateIf } from 'class-validator';

/**
 * For a field a client may leave out but not clear: absent skips the checks, while null is
 * checked like any value (and so refused by them), unlike @IsOptional, which lets null through.
 */
export function OptionalNotNull(): PropertyDecorator {
  return ValidateIf((_object: unknown, value: unknown) => value !== undefined);
}
