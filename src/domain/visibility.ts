import type { Communication } from './communication.js';
import type { IsoDate } from './dates.js';
import { isCommunicationPublicAt, replyPublicDate } from './publication.js';
import type { Viewer } from './role.js';

/**
 * Who may see a communication on a given day: the secretariat and admins always; a mission
 * what was sent to its State; a mandate-holder what one of their mandates signed;
 * everyone what is public.
 */
export function canSeeCommunication(
  viewer: Viewer,
  communication: Pick<Communication, 'state' | 'dateSent' | 'publication' | 'addressees' | 'mandateIds'>,
  date: IsoDate,
): boolean {
  switch (viewer.role) {
    case 'admin':
    case 'secretariat':
      return true;
    case 'mission':
      // Its State's letters once sent to it (a draft is the secretariat's until then).
      return (communication.addressees.some((a) => a.code === viewer.stateCode) && communication.state === 'sent' && communication.dateSent !== null && communication.dateSent <= date)
        || isCommunicationPublicAt(communication, date);
    case 'mandate-holder':
      return communication.mandateIds.some((id) => viewer.mandateIds.includes(id)) || isCommunicationPublicAt(communication, date);
    case 'public':
      return isCommunicationPublicAt(communication, date);
  }
}

/**
 * Who may see a reply on a given day: staff always; a mission the replies its State sent; a
 * mandate-holder the replies to their mandates' letters; everyone a reply once it is public.
 */
export function canSeeReply(
  viewer: Viewer,
  reply: { readonly sender: { readonly code: string }; readonly dateReceived: IsoDate; readonly confidential: boolean },
  answered: readonly (Pick<Communication, 'state' | 'dateSent' | 'publication' | 'mandateIds'>)[],
  date: IsoDate,
): boolean {
  const publicOn = replyPublicDate(reply, answered);
  const isPublic = publicOn !== null && publicOn <= date;
  switch (viewer.role) {
    case 'admin':
    case 'secretariat':
      return true;
    case 'mission':
      return reply.sender.code === viewer.stateCode || isPublic;
    case 'mandate-holder':
      return answered.some((c) => c.mandateIds.some((id) => viewer.mandateIds.includes(id))) || isPublic;
    case 'public':
      return isPublic;
  }
}
