import type { Communication } from './communication.js';
import type { IsoDate } from './dates.js';
import { isCommunicationPublicAt } from './publication.js';
import type { Viewer } from './role.js';

/**
 * Who may see a communication on a given day: the secretariat and admins always; a mission
 * what was addressed to its State; a mandate-holder what one of their mandates signed;
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
      return communication.addressees.some((a) => a.code === viewer.stateCode) || isCommunicationPublicAt(communication, date);
    case 'mandate-holder':
      return communication.mandateIds.some((id) => viewer.mandateIds.includes(id)) || isCommunicationPublicAt(communication, date);
    case 'public':
      return isCommunicationPublicAt(communication, date);
  }
}
