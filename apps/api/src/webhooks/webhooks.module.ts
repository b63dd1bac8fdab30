import { Module } from '@nestjs/common';
import { WebhooksResolver } from './webhooks.resolver';
import { WebhooksService } from './webhooks.service';

@Module({ providers: [WebhooksService, WebhooksResolver], exports: [WebhooksService] })
export class WebhooksModule {}
