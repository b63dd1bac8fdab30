import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { requestOf } from './request-context';

/** The actor the access guard established for this request. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext) => requestOf(context).actor);
