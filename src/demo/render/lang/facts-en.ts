import type { LetterContext } from '../letter-types.js';
import { pick } from '../random.js';

/** Who the facts are about: the named victims with their role, or the role alone. */
function who(ctx: LetterContext): string {
  return ctx.victimList ? `${ctx.victimList}, ${ctx.role},` : pick(ctx.random, ['several', 'a number of']) + ` ${ctx.role}`;
}

function plural(ctx: LetterContext): boolean {
  return ctx.victims.length !== 1;
}

export function factsEn(ctx: LetterContext): string[] {
  const r = ctx.random;
  const was = plural(ctx) ? 'were' : 'was';
  const has = plural(ctx) ? 'have' : 'has';
  const them = plural(ctx) ? 'them' : 'the person concerned';
  switch (ctx.kind) {
    case 'detention':
      return [
        `On ${ctx.eventDate}, ${who(ctx)} ${was} ${pick(r, ['arrested at home by plain-clothes officers', 'stopped at a checkpoint and taken away by security forces', 'summoned for questioning and not allowed to leave'])}. No warrant was shown and no reason for the arrest was given at the time.`,
        `On ${ctx.laterDate}, ${plural(ctx) ? 'they were' : 'the person concerned was'} charged with ${pick(r, ['"spreading false information"', '"disturbing public order"', '"membership of an extremist organization"'])}. ${pick(r, ['Access to a lawyer of their choosing has been refused.', 'Family visits have been allowed only once since the arrest.', 'The pre-trial detention order has been extended twice without a hearing.'])}`,
        `The arrest reportedly followed ${pick(r, ['articles criticizing the management of public funds', 'public statements on the situation of detainees', 'posts on social media calling for peaceful reform'])}.`,
      ];
    case 'disappearance':
      return [
        `On ${ctx.eventDate}, ${who(ctx)} ${was} last seen ${pick(r, ['being taken into an unmarked vehicle by armed men', 'entering a police station to report a theft', 'at a checkpoint on the road out of the city'])}.`,
        `Relatives have enquired at police stations, detention centres and the prosecutor's office, which all denied holding ${them}. A complaint lodged on ${ctx.laterDate} has not been acted upon, and the fate and whereabouts of ${them} remain unknown.`,
      ];
    case 'torture':
      return [
        `${who(ctx).replace(/,$/, '')} ${was} detained on ${ctx.eventDate}. During interrogation, officers allegedly ${pick(r, ['beat them with batons and deprived them of sleep', 'held them in stress positions for long periods', 'threatened their families and denied them water'])} in order to obtain confessions.`,
        `On ${ctx.laterDate}, a lawyer observed visible injuries, but a request for an independent medical examination ${pick(r, ['was rejected', 'has gone unanswered', 'was granted only after the injuries had healed'])}. ${pick(r, ['The confessions were later used in court.', 'No investigation into the allegations has been opened.'])}`,
      ];
    case 'death-penalty':
      return [
        `${who(ctx).replace(/,$/, '')} ${was} sentenced to death on ${ctx.eventDate} by ${pick(r, ['a revolutionary court', 'a military court', 'a criminal court sitting in closed session'])}, after a trial that reportedly lasted ${pick(r, ['less than one hour', 'two short hearings', 'a single day'])}.`,
        `The conviction rested largely on statements allegedly obtained under duress. The sentence was upheld on ${ctx.laterDate} and ${plural(ctx) ? 'they are' : 'the person concerned is'} reportedly at imminent risk of execution.`,
      ];
    case 'killing':
      return [
        `On ${ctx.eventDate}, ${who(ctx)} ${was} ${pick(r, ['shot dead by unidentified gunmen', 'killed when security forces opened fire', 'found dead after receiving repeated threats'])}. ${pick(r, ['Witnesses reported that the police did not intervene.', 'The threats had been reported to the authorities in the preceding months.'])}`,
        `An investigation was announced on ${ctx.laterDate}, but no suspect has been identified and ${pick(r, ['the family has had no access to the file', 'key witnesses have not been heard'])}.`,
      ];
    case 'legislation':
      return [
        `On ${ctx.eventDate}, ${pick(r, ['the Government submitted to Parliament', 'Parliament adopted at first reading', 'the Council of Ministers approved'])} ${ctx.subject}. The text would ${pick(r, ['require prior authorization for any activity funded from abroad', 'allow the authorities to dissolve an organization by administrative decision', 'define offences in broad and vague terms carrying heavy prison sentences'])}.`,
        `The draft was reportedly prepared without public consultation. ${ctx.victimList ? `${ctx.victimList} ${has} already been warned that their activities could fall under the new provisions.` : `Several ${ctx.role} fear that their work would fall under the new provisions.`} A final vote was scheduled for ${ctx.laterDate}.`,
      ];
    case 'eviction':
      return [
        `On ${ctx.eventDate}, ${pick(r, ['bulldozers accompanied by police', 'municipal officers supported by the gendarmerie', 'private security guards hired by a developer'])} demolished homes ${ctx.victimList ? `belonging to ${ctx.victimList}, ${ctx.role}, and their neighbours` : `of ${ctx.role}`}, with ${pick(r, ['less than 24 hours’ notice', 'no prior notice', 'a notice posted the evening before'])}.`,
        `About ${pick(r, ['300', '450', '1,200'])} people were left without shelter. No adequate alternative housing or compensation has been offered, and a petition filed on ${ctx.laterDate} is still pending.`,
      ];
    case 'business':
      return [
        `Since ${ctx.eventDate}, ${pick(r, ['a company operating in the area', 'a subsidiary of a multinational group', 'a supplier of well-known brands'])} has allegedly ${pick(r, ['discharged untreated effluent into the river used by nearby communities', 'required workers to remain on site and surrender their identity documents', 'expanded its operations without the consent of the communities affected'])}.`,
        `${ctx.victimList ? `${ctx.victimList}, ${ctx.role}, ${has}` : `Several ${ctx.role} have`} reported health problems and loss of livelihood. Complaints addressed to the company and to the authorities on ${ctx.laterDate} have not led to any remedial measures.`,
      ];
    case 'reprisal':
      return [
        `${who(ctx).replace(/,$/, '')} took part in ${pick(r, ['a session of the Human Rights Council', 'a dialogue with a treaty body', 'a consultation organized by special procedures'])}. On ${ctx.eventDate}, after returning home, ${plural(ctx) ? 'they were' : 'the person concerned was'} ${pick(r, ['questioned for several hours about the contacts made in Geneva', 'banned from travelling abroad', 'charged with "collaboration with foreign entities"'])}.`,
        `On ${ctx.laterDate}, ${pick(r, ['state media published their photographs and described them as traitors', 'their bank accounts were frozen', 'their relatives were summoned by the security services'])}.`,
      ];
    case 'restriction':
      return [
        `On ${ctx.eventDate}, the authorities ${pick(r, ['ordered', 'imposed', 'announced'])} ${ctx.subject}. ${pick(r, ['The measure was not based on a published decision.', 'The decision cited vague grounds of national security.', 'No time limit was set for the measure.'])}`,
        `${ctx.victimList ? `${ctx.victimList}, ${ctx.role}, ${has}` : `Several ${ctx.role} have`} been directly affected and ${pick(r, ['could not carry out their work', 'were questioned by the police', 'lost access to essential services'])}. The measure remained in force on ${ctx.laterDate}.`,
      ];
    case 'discrimination':
      return [
        `We have received information concerning ${ctx.subject}. On ${ctx.eventDate}, ${who(ctx)} ${was} ${pick(r, ['arrested under provisions that single out their identity', 'denied access to services on discriminatory grounds', 'subjected to a public campaign of harassment'])}.`,
        `${pick(r, ['Complaints to the police were not registered.', 'Officials reportedly endorsed the campaign in public statements.', 'Requests for protection went unanswered.'])} ${pick(r, [`The situation had not improved by ${ctx.laterDate}.`, `No protection measures had been adopted by ${ctx.laterDate}.`])}`,
      ];
    case 'migration':
      return [
        `On ${ctx.eventDate}, ${who(ctx)} ${was} ${pick(r, ['intercepted near the border and returned without any individual assessment', 'placed in a closed facility pending removal', 'found in a house where they had been held by recruiters'])}.`,
        `${plural(ctx) ? 'They were' : 'The person concerned was'} reportedly not informed of the possibility of applying for protection, and ${pick(r, ['no interpreter was provided', 'no lawyer was present', 'no age assessment was carried out'])}. On ${ctx.laterDate}, the situation remained unchanged.`,
      ];
  }
}
