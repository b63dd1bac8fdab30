import { Global, Module } from '@nestjs/common';
import { TenantsModule } from '../tenants/tenants.module';
import { LiveEventsPruneJob } from './live-events-prune.job';
import { LivePubSub } from './live-pubsub';

/** Live updates over GraphQL subscriptions, across processes; any domain may publish in its transaction. */
@Global()
@Module({ imports: [TenantsModule], providers: [LivePubSub, LiveEventsPruneJob], exports: [LivePubSub] })
export class LiveModule {}
