import { themeById } from '../themes.js';
import { syntheticPersonName } from '../names.js';
import { dateFormatter, toFullWidth } from './dates.js';
import { REPLY_AR } from './lang/reply-ar.js';
import { REPLY_EN } from './lang/reply-en.js';
import { REPLY_ES } from './lang/reply-es.js';
import { REPLY_FR } from './lang/reply-fr.js';
import { REPLY_KO } from './lang/reply-ko.js';
import { REPLY_RU } from './lang/reply-ru.js';
import { REPLY_ZH } from './lang/reply-zh.js';
import { chance, pick } from './random.js';
import { mandateName, stateName } from './reference.js';
import type { ReplyContext, ReplyPhrases } from './reply-types.js';
import type { DemoLanguage, Random, RenderedDocument, ReplyRenderInput } from './types.js';

const PHRASES: Record<DemoLanguage, ReplyPhrases> = {
  en: REPLY_EN, fr: REPLY_FR, es: REPLY_ES, ru: REPLY_RU, ar: REPLY_AR, zh: REPLY_ZH, ko: REPLY_KO,
};

const MODERN_REFERENCE = /^(UA|AL|OL) ([A-Z]{3}) (\d{1,4})\/(\d{4})$/;

/** Missions copy references loosely; these are the variants seen in replies. */
function referenceAsWritten(reference: string, language: DemoLanguage, random: Random): string {
  const m = MODERN_REFERENCE.exec(reference);
  if (!m) return reference;
  const [, type, code, n, year] = m;
  let written = reference;
  const roll = random();
  if (roll < 0.15) written = `${type}/${code}/${n}/${year}`;
  else if (roll < 0.2) written = `${type}-${code}-${n}/${year}`;
  if (language === 'zh' && chance(random, 0.35)) written = toFullWidth(written);
  return written;
}

function buildContext(input: ReplyRenderInput, random: Random): ReplyContext {
  const lang = input.language;
  const theme = themeById(input.themeId);
  const date = dateFormatter(lang, lang === 'ar' && chance(random, 0.5));
  const isState = input.sender.code !== 'OTH';
  const names = input.citation.mandateIds.map((id) => mandateName(id, lang));
  return {
    random,
    language: lang,
    sender: input.sender,
    senderName: isState ? stateName(input.sender.code, lang) ?? input.sender.name : input.sender.name,
    noteNumber: input.noteNumber,
    date: date(input.dateOnNote),
    style: input.citation.style,
    joint: input.citation.joint,
    references: input.citation.references.map((r) => referenceAsWritten(r, lang, random)),
    letterDates: input.citation.dates.map(date),
    // One unknown name is enough to fall back on the generic wording for all of them.
    mandateNames: names.every((n): n is string => n !== undefined) ? names : [],
    stance: input.stance,
    kind: theme.kind,
    subject: theme.subject[lang],
  };
}

/** A note and its sender as the letterhead writes it (its first block: Korean notes add an English one). */
function noteVerbale(p: ReplyPhrases, ctx: ReplyContext): { blocks: string[]; author: string } {
  const citation = p.citation(ctx);
  const letterhead = p.note.letterhead(ctx);
  const end = letterhead.indexOf('');
  const author = letterhead.slice(0, end < 0 ? letterhead.length : end).join(' ');
  const blocks = [
    p.marker,
    letterhead.join('\n'),
    p.note.numberLine(ctx),
    p.note.opening(ctx, citation),
    ...p.note.body(ctx),
    p.note.closing(ctx),
    p.note.placeDate(ctx),
    p.note.addressee,
  ];
  return { blocks, author };
}

function actorLetter(p: ReplyPhrases, ctx: ReplyContext): string[] {
  const citation = p.citation(ctx);
  const signer = syntheticPersonName(ctx.random, pick(ctx.random, ['latin', 'african', 'south-asian', 'arabic', 'east-asian', 'cyrillic'] as const));
  return [
    p.marker,
    ctx.senderName,
    ctx.date,
    ctx.noteNumber ? `Ref.: ${ctx.noteNumber}` : '',
    p.actor.salutation(ctx),
    p.actor.opening(ctx, citation),
    ...p.actor.body(ctx),
    p.actor.closing,
    `${signer}\n${pick(ctx.random, p.actor.signerTitles)}\n${ctx.senderName}`,
  ].filter((block) => block !== '');
}

export function renderReply(input: ReplyRenderInput, random: Random): RenderedDocument {
  const p = PHRASES[input.language];
  const ctx = buildContext(input, random);
  const { blocks, author } = input.sender.code === 'OTH' ? { blocks: actorLetter(p, ctx), author: ctx.senderName } : noteVerbale(p, ctx);
  return { title: p.title(ctx), language: input.language, text: `${blocks.join('\n\n')}\n`, author };
}
