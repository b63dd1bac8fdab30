import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { ErrorSummaryItem } from '../components/govuk/error-summary';

/** A form's problems, in the order of its fields: each goes in the summary and, with a fieldId, beside its field. */
export type FormErrors = readonly ErrorSummaryItem[];

export const NO_ERRORS: FormErrors = [];

/**
 * What the web app says itself, in the page's language, instead of the API's (English) message:
 * for failures with a known code, and when the API cannot be reached at all.
 */
export interface ErrorWording {
  /** The API could not be reached, or failed without saying why (INTERNAL_SERVER_ERROR). */
  somethingWentWrong: string;
  /** RATE_LIMITED, given the whole minutes to wait. */
  rateLimited(minutes: number): string;
  /** The page's own wording for other codes, such as UNAUTHENTICATED on the sign-in page. */
  codes?: Readonly<Record<string, string>>;
}

interface FieldProblem {
  field: string;
  message: string;
}

function isFieldProblem(value: unknown): value is FieldProblem {
  if (typeof value !== 'object' || value === null) return false;
  const { field, message } = value as Record<string, unknown>;
  return typeof field === 'string' && typeof message === 'string';
}

function fieldProblemsOf(extensions: Readonly<Record<string, unknown>> | undefined): FieldProblem[] {
  const fields = extensions?.fields;
  return Array.isArray(fields) ? fields.filter(isFieldProblem) : [];
}

function minutesToWait(retryAfterSeconds: unknown): number | undefined {
  return typeof retryAfterSeconds === 'number' ? Math.max(1, Math.ceil(retryAfterSeconds / 60)) : undefined;
}

/** The web app's own words for an error the API reported, where it has them. */
function ownWording(extensions: Readonly<Record<string, unknown>> | undefined, wording: ErrorWording): string | undefined {
  const code = extensions?.code;
  if (typeof code !== 'string') return undefined;
  if (code === 'INTERNAL_SERVER_ERROR') return wording.somethingWentWrong;
  if (code === 'RATE_LIMITED') {
    const minutes = minutesToWait(extensions?.retryAfterSeconds);
    return minutes === undefined ? undefined : wording.rateLimited(minutes);
  }
  return wording.codes?.[code];
}

/**
 * The API's errors for a form: `extensions.fields` entries name API fields (email, displayName...),
 * which `fieldIds` maps to the form's input ids; anything else is a summary-only message, in the
 * web app's own words for the codes `wording` knows and in the API's otherwise.
 */
export function formErrorsFrom(error: unknown, fieldIds: Readonly<Record<string, string>>, wording: ErrorWording): FormErrors {
  if (!CombinedGraphQLErrors.is(error)) return [{ message: wording.somethingWentWrong }];
  const items = error.errors.flatMap((graphQLError): ErrorSummaryItem[] => {
    const known = fieldProblemsOf(graphQLError.extensions).filter((problem) => problem.field in fieldIds);
    if (known.length === 0) return [{ message: ownWording(graphQLError.extensions, wording) ?? graphQLError.message }];
    return known.map((problem) => ({ fieldId: fieldIds[problem.field], message: problem.message }));
  });
  const order = Object.values(fieldIds);
  const position = (item: ErrorSummaryItem) => (item.fieldId ? order.indexOf(item.fieldId) : -1);
  // One message per field, as GOV.UK shows one error per field; summary-only messages first.
  return items
    .filter((item, index) => !item.fieldId || items.findIndex((other) => other.fieldId === item.fieldId) === index)
    .sort((a, b) => position(a) - position(b));
}

/** The message shown beside a field, if it has one. */
export function errorFor(errors: FormErrors, fieldId: string): string | undefined {
  return errors.find((item) => item.fieldId === fieldId)?.message;
}

/** Client-side checks for empty fields, in field order, before anything is sent. */
export function emptyFieldErrors(fields: ReadonlyArray<{ fieldId: string; value: string; message: string }>): FormErrors {
  return fields.filter(({ value }) => value.trim() === '').map(({ fieldId, message }) => ({ fieldId, message }));
}
