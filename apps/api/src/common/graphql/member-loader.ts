import type DataLoader from 'dataloader';
import type { Actor } from '../../auth/actor';
import { Member } from '../../members/member.types';
import type { MembersService } from '../../members/members.service';
import { requestLoader } from './request-loaders';

/** Authors, commenters, reporters: every member shown in one request, loaded in one query per level. */
export function memberLoader(actor: Actor, members: MembersService): DataLoader<string, Member> {
  return requestLoader<string, Member>(actor, 'member', async (ids) =>
    (await members.byIds(actor.tenantId, ids)).map((member) => (member ? Member.from(member) : new Error('member not found'))),
  );
}
