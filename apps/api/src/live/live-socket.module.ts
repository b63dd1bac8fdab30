import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { LiveServer } from './live-server';

/** The graphql-ws endpoint; it checks each socket's member with the same actor lookup as HTTP. */
@Module({ imports: [AuthModule], providers: [LiveServer] })
export class LiveSocketModule {}
