import { Global, Module } from '@nestjs/common';
import { LivePubSub } from './live-pubsub';

/** Live updates over GraphQL subscriptions; any domain may publish after its commit. */
@Global()
@Module({ providers: [LivePubSub], exports: [LivePubSub] })
export class LiveModule {}
