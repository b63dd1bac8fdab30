import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { WalletReason, WalletReasonKind } from '@idea-exchange/wording';
import { TextParam } from '../common/language/text-param.types';
import { AmountScalar } from '../common/scalars/amount.scalar';
import type { LedgerAuditResult } from './ledger-audit.service';
import type { WalletLine } from './ledger.service';

@ObjectType('WalletEntry', { description: "One ledger entry as it touched the member's wallet: positive in, negative out." })
export class WalletEntry {
  @Field(() => ID, { description: 'The journal entry; also the cursor for walletHistory(after:).' }) id!: string;
  @Field(() => GraphQLISODateTime) at!: Date;
  @Field(() => AmountScalar) amount!: bigint;
  @Field(() => AmountScalar) balanceAfter!: bigint;
  /** Worded in the reader's language by WalletEntryReasonResolver (members/). */
  reason!: string;
  @Field(() => String, {
    description: 'Why the money moved, as a kind (STARTING_GRANT, BOUGHT, SETTLED, ... or NOTE for text kept as written).',
  })
  reasonKind!: WalletReasonKind;
  @Field(() => [TextParam], { description: "The values the reason's wording names (shares, outcome)." })
  reasonParams!: TextParam[];

  /** Not exposed: the reason as stored, for wording it. */
  reasonValues!: WalletReason;
  @Field(() => ID, { nullable: true, description: 'The idea the entry concerns (a trade, a reward, a settlement).' })
  ideaId!: string | null;

  static from(line: WalletLine): WalletEntry {
    return Object.assign(new WalletEntry(), {
      id: line.entryId,
      at: line.at,
      amount: line.amount,
      balanceAfter: line.balanceAfter,
      reasonKind: line.reason.kind,
      reasonParams: TextParam.listOf(line.reason.params),
      reasonValues: line.reason,
      ideaId: line.ideaId,
    });
  }
}

@ObjectType('LedgerAudit')
export class LedgerAudit {
  @Field({
    description:
      'Every asset sums to zero, nothing is negative, shares match positions, and issuance, trades and balance chains reconcile.',
  })
  balanced!: boolean;
  @Field(() => AmountScalar, { description: 'Currency issued by the treasury.' }) issued!: bigint;
  @Field(() => AmountScalar, { description: 'Wallets plus pools.' }) circulating!: bigint;
  @Field(() => Int) entries!: number;
  @Field(() => [String], { description: 'What failed, when anything did (at most 20 examples per check).' }) problems!: string[];
  @Field(() => [String], { description: 'Every check the audit ran, passed or not: what a clean audit proves.' }) checks!: string[];

  static from(result: LedgerAuditResult): LedgerAudit {
    return Object.assign(new LedgerAudit(), result);
  }
}
