import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { walletReasonText } from '@idea-exchange/wording';
import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { WalletEntry } from '../ledger/ledger.types';
import { MembersService } from './members.service';

/**
 * A wallet entry's reason in its reader's language. It lives with members, who know each reader's
 * language, because the ledger sits below them and may not ask.
 */
@Resolver(() => WalletEntry)
export class WalletEntryReasonResolver {
  constructor(private readonly members: MembersService) {}

  @ResolveField(() => String, { description: "Why the money moved, worded in the reader's language." })
  async reason(@Parent() entry: WalletEntry, @CurrentActor() actor: Actor): Promise<string> {
    return walletReasonText(await this.members.languageOf(actor), entry.reasonValues);
  }
}
