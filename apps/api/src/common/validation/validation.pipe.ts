import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { BadUserInput, type FieldProblem } from '../errors/domain-error';

function problems(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message: sentence(message) }));
    return [...own, ...problems(error.children ?? [], field)];
  });
}

function sentence(message: string): string {
  const text = message.charAt(0).toUpperCase() + message.slice(1);
  return text.endsWith('.') ? text : `${text}.`;
}

/** Every input type is validated; unknown fields are refused; failures become BAD_USER_INPUT with field names. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validateCustomDecorators: false,
    exceptionFactory: (errors) => {
      const fields = problems(errors);
      return new BadUserInput(fields.map((f) => f.message).join(' ') || { key: 'INPUT_NOT_VALID' }, fields);
    },
  });
}
