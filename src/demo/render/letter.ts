import { themeById } from '../themes.js';
import { syntheticPersonName, type NameRegion } from '../names.js';
import { formatDateIn, shiftDays } from './dates.js';
import type { LetterContext, LetterPhrases, MandateRef } from './letter-types.js';
import { LETTER_EN } from './lang/letter-en.js';
import { LETTER_ES } from './lang/letter-es.js';
import { LETTER_FR } from './lang/letter-fr.js';
import { intBetween, joinList, pick } from './random.js';
import { mandateHolderTitle, mandateNameOrEnglish, stateName } from './reference.js';
import type { LetterLanguage, LetterRenderInput, Random, RenderedDocument } from './types.js';

const PHRASES: Record<LetterLanguage, LetterPhrases> = { en: LETTER_EN, fr: LETTER_FR, es: LETTER_ES };
const AND: Record<LetterLanguage, string> = { en: ' and ', fr: ' et ', es: ' y ' };

/** Printed the same on every letter, whatever its language. */
const LETTERHEAD = [
  'NATIONS UNIES / UNITED NATIONS',
  "HAUT-COMMISSARIAT AUX DROITS DE L'HOMME / OFFICE OF THE HIGH COMMISSIONER FOR HUMAN RIGHTS",
  "PROCEDURES SPECIALES DU CONSEIL DES DROITS DE L'HOMME / SPECIAL PROCEDURES OF THE HUMAN RIGHTS COUNCIL",
  'Palais des Nations • CH-1211 Genève 10 • Suisse / Switzerland',
];

const SIGNER_REGIONS: readonly NameRegion[] = ['latin', 'arabic', 'cyrillic', 'east-asian', 'african', 'south-asian'];

/**
 * A stable, made-up resolution number per mandate ("52/4"), so every letter of one mandate
 * cites the same one. Derived from the id rather than drawn from `random` for that reason.
 */
export function syntheticResolution(mandateId: string): string {
  let hash = 2166136261;
  for (const ch of mandateId) hash = Math.imul(hash ^ ch.charCodeAt(0), 16777619) >>> 0;
  return `${43 + (hash % 16)}/${1 + ((hash >>> 8) % 40)}`;
}

function buildContext(input: LetterRenderInput, random: Random): LetterContext {
  const theme = themeById(input.themeId);
  const lang = input.language;
  const date = (iso: string): string => formatDateIn(lang, iso);
  const mandates: MandateRef[] = input.mandateIds.map((id) => ({
    id, name: mandateNameOrEnglish(id, lang), holderTitle: mandateHolderTitle(id),
  }));
  const daysBefore = intBetween(random, 25, 160);
  const eventIso = shiftDays(input.dateSent, -daysBefore);
  const laterIso = shiftDays(eventIso, intBetween(random, 3, Math.max(4, daysBefore - 10)));
  const [one, many] = theme.victimRole[lang];
  const addresseeName = input.addressee.kind === 'state'
    ? stateName(input.addressee.code, lang) ?? input.addressee.name
    : input.addressee.name;
  return {
    random,
    language: lang,
    type: input.type,
    reference: input.reference,
    dateSent: date(input.dateSent),
    mandates,
    joint: mandates.length > 1,
    theme,
    kind: theme.kind,
    subject: theme.subject[lang],
    victims: input.victims,
    victimList: joinList(input.victims, ', ', AND[lang]),
    role: input.victims.length === 1 ? one : many,
    addresseeKind: input.addressee.kind,
    addresseeName,
    eventDate: date(eventIso),
    laterDate: date(laterIso),
    followsUp: input.followsUp.map((f) => ({ reference: f.reference, date: date(f.dateSent) })),
    resolutions: [...new Set(input.mandateIds.map(syntheticResolution))],
  };
}

export function renderLetter(input: LetterRenderInput, random: Random): RenderedDocument {
  if (input.mandateIds.length === 0) throw new RangeError('renderLetter: a letter needs at least one mandate');
  const p = PHRASES[input.language];
  const ctx = buildContext(input, random);
  const blocks: string[] = [p.marker, LETTERHEAD.join('\n'), p.mandatesLine(ctx), p.referenceLine(ctx.reference), p.placeDate(ctx.dateSent)];
  if (ctx.addresseeKind !== 'state') blocks.push(ctx.addresseeName);
  blocks.push(p.salutation(ctx), p.opening(ctx));
  if (ctx.followsUp.length > 0) blocks.push(p.followUp(ctx));
  blocks.push(p.introFacts(ctx), ...p.facts(ctx), p.concern(ctx), p.annexPointer(ctx), p.questionsIntro(ctx));
  blocks.push(p.questions(ctx).map((q, i) => `${i + 1}. ${q}`).join('\n\n'));
  blocks.push(p.deadline(ctx), p.interim(ctx));
  if (ctx.type === 'UA' || random() < 0.3) blocks.push(p.pressRelease(ctx));
  blocks.push(p.closing(ctx));
  blocks.push(ctx.mandates.map((m) => `${syntheticPersonName(random, pick(random, SIGNER_REGIONS))}\n${p.signatureTitle(m)}`).join('\n\n'));
  blocks.push(p.annexTitle, ...p.annex(ctx));
  return { title: p.title(ctx), language: input.language, text: `${blocks.join('\n\n')}\n` };
}
