import { englishWithArticle } from '../grammar.js';
import { joinList, pick } from '../random.js';
import type { ReplyContext, ReplyPhrases } from '../reply-types.js';

const and = (items: string[]): string => joinList(items, ', ', ' and ');

function state(ctx: ReplyContext): string {
  return englishWithArticle(ctx.senderName);
}

function comm(ctx: ReplyContext, many: boolean): string {
  return `${ctx.joint ? 'joint ' : ''}${many ? 'communications' : 'communication'}`;
}

function citation(ctx: ReplyContext): string {
  switch (ctx.style) {
    case 'reference': {
      const many = ctx.references.length > 1;
      const dated = ctx.letterDates.length > 0 && pick(ctx.random, [true, false]) ? ` dated ${and(ctx.letterDates)}` : '';
      return pick(ctx.random, [
        `the ${comm(ctx, many)} ref. ${and(ctx.references)}${dated}`,
        `${comm(ctx, many)} ${and(ctx.references)}${dated}`,
      ]);
    }
    case 'date':
      return `the ${comm(ctx, ctx.letterDates.length > 1)} ${pick(ctx.random, ['dated', 'of'])} ${and(ctx.letterDates)}`;
    case 'mandates':
      return ctx.mandateNames.length > 0
        ? `the ${comm(ctx, false)} from the ${joinList(ctx.mandateNames, ', the ', ' and the ')}`
        : `the ${comm(ctx, false)} of the special procedures mandate-holders of the Human Rights Council`;
    case 'none':
      return `the allegations raised by special procedures concerning ${ctx.subject}`;
  }
}

function stateBody(ctx: ReplyContext): string[] {
  const gov = `The Government of ${state(ctx)}`;
  const r = ctx.random;
  const law = ctx.kind === 'legislation';
  const info = law
    ? [`1. The text in question was prepared in accordance with the Constitution and was the subject of consultations with the public and relevant stakeholders.`,
      `2. Its provisions pursue legitimate aims, namely the protection of national security and public order, and are in conformity with international standards.`,
      `3. Any restriction it provides for is subject to judicial review.`]
    : [`1. The persons concerned were ${pick(r, ['arrested on charges of', 'prosecuted for'])} offences defined in the Criminal Code, in accordance with national legislation and following a decision of the competent court.`,
      `2. They have access to legal counsel of their choice, receive regular family visits and have access to medical care.`,
      `3. ${pick(r, ['The investigation is ongoing and its results will be shared in due course.', 'The case is currently before the courts, which are independent.'])}`];
  switch (ctx.stance) {
    case 'rejects':
      return [
        `${gov} categorically rejects the allegations contained in the communication, which are ${pick(r, ['unfounded and politically motivated', 'baseless and rely on biased, unverified sources', 'false and fabricated'])}.`,
        `The claims regarding ${ctx.subject} ${pick(r, ['do not reflect the reality in the country', 'distort the facts'])}. The communication amounts to interference in the internal affairs of a sovereign State and disregards the principles of impartiality and objectivity that should guide the work of the mandate-holders.`,
        `${gov} calls on the mandate-holders to refrain from relying on misleading information and to respect the Code of Conduct for special procedures.`,
      ];
    case 'substantive':
      return [
        `In response to the questions raised, ${gov.charAt(0).toLowerCase()}${gov.slice(1)} wishes to provide the following information:`,
        info.join('\n'),
        `${gov} reaffirms its commitment to cooperate with the special procedures of the Human Rights Council.`,
      ];
    case 'acknowledges':
      return [
        `The Permanent Mission acknowledges receipt of the communication, which has been transmitted to the competent authorities. The Mission will forward the reply of the Government as soon as it is received.`,
      ];
    case 'partial':
      return [
        `${gov} wishes to provide the following preliminary information:`,
        (info[0] ?? '') + '\n' + (info[1] ?? ''),
        `However, ${gov.charAt(0).toLowerCase()}${gov.slice(1)} rejects the characterization of these measures as violations, which is unfounded, and cannot provide further details on matters that are sub judice.`,
      ];
  }
}

function actorBody(ctx: ReplyContext): string[] {
  switch (ctx.stance) {
    case 'rejects':
      return ['We categorically reject the allegations, which are unfounded and based on inaccurate information. Our operations comply with applicable law and with our human rights policy.'];
    case 'substantive':
      return ['We wish to provide the following information in response to the questions raised.',
        '1. We carried out a human rights due diligence review of the operations concerned.\n2. An independent assessment has been commissioned and its findings will be made public.\n3. A grievance mechanism is available to affected persons.'];
    case 'acknowledges':
      return ['We acknowledge receipt of your letter, which has been forwarded to the responsible department. We will revert with a full reply as soon as possible.'];
    case 'partial':
      return ['We wish to provide the following preliminary information: an internal review of the operations concerned is under way.',
        'However, we reject the allegation that we are responsible for the harm described, and we cannot comment on matters subject to ongoing legal proceedings.'];
  }
}

export const REPLY_EN: ReplyPhrases = {
  marker: '[Missive demo — synthetic document]',
  title: (ctx) => `Reply from ${ctx.sender.code === 'OTH' ? ctx.senderName : state(ctx)} — ${ctx.date}`,
  citation,
  note: {
    letterhead: (ctx) => pick(ctx.random, [
      [`Permanent Mission of ${state(ctx)} to the United Nations Office and other international organizations in Geneva`],
      [`Permanent Mission of ${state(ctx)}`, 'to the United Nations Office and', 'other International Organizations in Geneva'],
    ]),
    numberLine: (ctx) => (/^(No\.?|N°|№)/.test(ctx.noteNumber) ? ctx.noteNumber : `No. ${ctx.noteNumber}`),
    opening: (ctx, cited) => {
      const head = `The Permanent Mission of ${state(ctx)} to the United Nations Office and other international organizations in Geneva presents its compliments to the Office of the United Nations High Commissioner for Human Rights${pick(ctx.random, ['', ' (Special Procedures Branch)'])}`;
      return ctx.stance === 'acknowledges'
        ? `${head} and has the honour to refer to ${cited}.`
        : pick(ctx.random, [
          `${head} and, with reference to ${cited}, has the honour to transmit herewith the response of the Government of ${state(ctx)}.`,
          `${head} and has the honour to refer to ${cited}.`,
        ]);
    },
    body: stateBody,
    closing: (ctx) => `The Permanent Mission of ${state(ctx)} avails itself of this opportunity to renew to the Office of the United Nations High Commissioner for Human Rights the assurances of its highest consideration.`,
    placeDate: (ctx) => `Geneva, ${ctx.date}`,
    addressee: 'Office of the United Nations High Commissioner for Human Rights\nPalais des Nations\nCH-1211 Geneva 10',
  },
  actor: {
    salutation: () => 'Dear Special Procedures mandate-holders,',
    opening: (ctx, cited) => `We write on behalf of ${ctx.senderName} in response to ${cited}.`,
    body: actorBody,
    closing: 'Yours sincerely,',
    signerTitles: ['General Counsel', 'Head of Human Rights and Sustainability', 'Chief Executive Officer', 'Director of Legal Affairs'],
  },
};
