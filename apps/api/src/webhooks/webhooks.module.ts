import { Module } from '@nestjs/common';
import { TenantsModule } from '../tenants/tenants.module';
import { WebhooksResolver } from './webhooks.resolver';
import { WebhooksService } from './webhooks.service';

@Module({ imports: [TenantsModule], providers: [WebhooksService, WebhooksResolver], exports: [WebhooksService] })
export class WebhooksModule {}
