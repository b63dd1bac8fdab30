import { isMember, type Actor } from '../auth/actor';

/** Hidden ideas and comments disappear for everyone except moderators and admins. */
export function seesHiddenContent(actor: Actor | undefined): boolean {
  return isMember(actor) && (actor.role === 'MODERATOR' || actor.role === 'ADMIN');
}
