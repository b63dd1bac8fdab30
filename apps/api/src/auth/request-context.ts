import type { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import type { Actor } from './actor';

export interface AppRequest extends Request {
  actor?: Actor;
  /** Memo of actor resolution: several root fields in one request authenticate once. */
  actorLookup?: Promise<Actor | undefined>;
  requestId?: string;
}

export interface GraphQLContext {
  req: AppRequest;
}

export function requestOf(context: ExecutionContext): AppRequest {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<GraphQLContext>().req;
  }
  return context.switchToHttp().getRequest<AppRequest>();
}

/**
 * A mutation that signs someone in (signUp, logIn, verifyEmail, resetPassword...) answers as the
 * member it signs in: the fields of its payload are read with that member as the viewer, so the
 * new member may select their own balance in the same request.
 */
export function establishIdentity(req: AppRequest, actor: Actor): void {
  req.actor = actor;
  req.actorLookup = Promise.resolve(actor);
}
