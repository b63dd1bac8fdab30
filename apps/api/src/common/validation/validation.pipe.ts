import { ValidationPipe, type ValidationError } from '@nestjs/common';
import type { ErrorKey, ErrorWords } from '@idea-exchange/wording';
import { BadUserInput, type FieldProblem } from '../errors/domain-error';
import type { WordedContext } from './field-words';

/**
 * Words for class-validator's own messages (checks given no words of ours), by constraint: English
 * readers keep class-validator's exact text, readers of other languages get these.
 */
const CONSTRAINT_WORDS: Readonly<Record<string, ErrorKey>> = {
  isString: 'FIELD_TEXT',
  isInt: 'FIELD_WHOLE_NUMBER',
  isBoolean: 'FIELD_TRUE_OR_FALSE',
  isEnum: 'FIELD_ALLOWED_VALUE',
  isIn: 'FIELD_ALLOWED_VALUE',
  isUuid: 'FIELD_ID',
  isDate: 'FIELD_DATE',
  isEmail: 'EMAIL_FORMAT',
  min: 'FIELD_OUT_OF_RANGE',
  max: 'FIELD_OUT_OF_RANGE',
  isLength: 'FIELD_LENGTH',
  maxLength: 'FIELD_LENGTH',
  minLength: 'FIELD_LENGTH',
  arrayMaxSize: 'FIELD_LENGTH',
  arrayMinSize: 'FIELD_LENGTH',
  matches: 'FIELD_FORMAT',
  whitelistValidation: 'FIELD_UNKNOWN',
};

function wordsOf(error: ValidationError, constraint: string, field: string): ErrorWords {
  const given = error.contexts?.[constraint] as Partial<WordedContext> | undefined;
  return given?.words ?? { key: CONSTRAINT_WORDS[constraint] ?? 'FIELD_NOT_VALID', values: { field } };
}

function problems(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => ({
      field,
      message: sentence(message),
      words: wordsOf(error, constraint, field),
    }));
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
      if (fields.length === 0) return new BadUserInput({ key: 'INPUT_NOT_VALID' });
      const words = fields.flatMap((problem) => (problem.words ? [problem.words] : []));
      return new BadUserInput(fields.map((f) => f.message).join(' '), fields, { key: 'FIELD_PROBLEMS', values: { problems: words } });
    },
  });
}
