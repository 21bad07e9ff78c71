import type { LetterContext, LetterPhrases, MandateRef } from '../letter-types.js';
import { joinList, pick } from '../random.js';
import { factsEn } from './facts-en.js';

const listEn = (items: string[]): string => joinList(items, '; ', items.length > 2 ? '; and ' : ' and ');

function addresseeNoun(ctx: LetterContext): string {
  switch (ctx.addresseeKind) {
    case 'state': return "your Excellency's Government";
    case 'company': return 'your company';
    default: return 'your organization';
  }
}

function we(ctx: LetterContext): { we: string; our: string; us: string } {
  return ctx.joint ? { we: 'we', our: 'our', us: 'us' } : { we: 'I', our: 'my', us: 'me' };
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const LAW_BY_KIND: Record<LetterContext['kind'], string> = {
  detention: 'articles 9 and 14 of the International Covenant on Civil and Political Rights (ICCPR), which prohibit arbitrary arrest and detention and guarantee a fair trial, and article 19 on freedom of expression',
  disappearance: 'the Declaration on the Protection of All Persons from Enforced Disappearance and articles 6, 7, 9 and 16 of the ICCPR',
  torture: 'the absolute prohibition of torture in article 7 of the ICCPR and in the Convention against Torture, including the duty to investigate promptly and impartially',
  'death-penalty': 'article 6 of the ICCPR, under which the death penalty may only be imposed for the most serious crimes and after proceedings that meet every fair trial guarantee',
  killing: 'article 6 of the ICCPR on the right to life, read with the Minnesota Protocol on the Investigation of Potentially Unlawful Death',
  legislation: 'articles 19, 21 and 22 of the ICCPR, which allow restrictions only when provided by law, necessary and proportionate to a legitimate aim',
  eviction: 'article 11 of the International Covenant on Economic, Social and Cultural Rights and the basic principles on development-based evictions',
  business: 'the Guiding Principles on Business and Human Rights, which set out the State duty to protect and the corporate responsibility to respect human rights',
  reprisal: 'Human Rights Council resolutions calling on States to prevent and refrain from all acts of intimidation or reprisal against those who cooperate with the United Nations',
  restriction: 'articles 19 and 21 of the ICCPR and the requirement that any restriction be lawful, necessary and proportionate',
  discrimination: 'articles 2 and 26 of the ICCPR on equality and non-discrimination, together with the relevant provisions of the core treaties',
  migration: 'the principle of non-refoulement, article 7 of the ICCPR and the rights of migrants and children under international law',
};

export const LETTER_EN: LetterPhrases = {
  marker: '[Missive demo — synthetic document]',
  title: (ctx) => `Communication ${ctx.reference} — ${ctx.addresseeName}`,
  mandatesLine: (ctx) => `${ctx.mandates.length > 1 ? 'Mandates' : 'Mandate'} of the ${listEn(ctx.mandates.map((m, i) => (i === 0 ? m.name : `the ${m.name}`)))}`,
  referenceLine: (reference) => `REFERENCE: ${reference}`,
  placeDate: (date) => `Geneva, ${date}`,
  salutation: (ctx) => (ctx.addresseeKind === 'state' ? 'Excellency,' : 'Dear Sir/Madam,'),
  opening: (ctx) => {
    const p = we(ctx);
    const capacities = listEn(ctx.mandates.map((m) => m.name));
    const resolutions = joinList(ctx.resolutions, ', ', ' and ');
    return pick(ctx.random, [
      `${capital(p.we)} have the honour to address you in ${p.our} ${ctx.joint ? 'capacities' : 'capacity'} as ${capacities}, pursuant to Human Rights Council ${ctx.resolutions.length > 1 ? 'resolutions' : 'resolution'} ${resolutions}.`,
      `${capital(p.we)} have the honour to write to you in ${p.our} ${ctx.joint ? 'capacities' : 'capacity'} as ${capacities}, mandated by Human Rights Council ${ctx.resolutions.length > 1 ? 'resolutions' : 'resolution'} ${resolutions}.`,
    ]);
  },
  followUp: (ctx) => {
    const cited = joinList(ctx.followsUp.map((f) => `${f.reference}, dated ${f.date}`), '; ', ' and ');
    return pick(ctx.random, [
      `In this connection, ${we(ctx).we} would like to refer to ${ctx.followsUp.length > 1 ? 'previous communications' : 'a previous communication'} ${cited}, concerning the same situation. ${pick(ctx.random, ['We regret that no reply has been received to date.', 'We thank your Excellency’s Government for the reply received, but remain concerned by new information.'])}`,
      `This letter follows up on ${ctx.followsUp.length > 1 ? 'communications' : 'communication'} ${cited}, in which concerns were raised about this matter.`,
    ]);
  },
  introFacts: (ctx) => pick(ctx.random, [
    `${capital(we(ctx).we)} would like to bring to the attention of ${addresseeNoun(ctx)} information that has reached ${we(ctx).us} concerning ${ctx.subject}.`,
    `${capital(we(ctx).we)} wish to draw the attention of ${addresseeNoun(ctx)} to information received concerning ${ctx.subject}.`,
  ]) + '\n\nAccording to the information received:',
  facts: factsEn,
  concern: (ctx) => {
    const p = we(ctx);
    const urgent = ctx.type === 'UA' ? ` Given the risk of irreparable harm, ${p.we} consider it necessary to act without delay.` : '';
    return pick(ctx.random, [
      `Without prejudging whether the information received is accurate, ${p.we} are seriously concerned about ${ctx.subject}, which, if confirmed, would run counter to the international obligations of the State.${urgent}`,
      `While ${p.we} do not wish to prejudge the facts, ${p.we} are deeply concerned by the information received, which points to ${ctx.subject}.${urgent}`,
    ]);
  },
  annexPointer: (ctx) => `The international norms and standards that bear on these allegations${ctx.kind === 'legislation' ? ' and on the draft text' : ''} are set out in the Annex on Reference to international human rights law enclosed with this letter.`,
  questionsIntro: (ctx) => `The Human Rights Council has entrusted ${we(ctx).us} with clarifying the cases submitted to ${we(ctx).us}. ${capital(we(ctx).we)} would therefore welcome your observations on the points below:`,
  questions: (ctx) => {
    const base = ['Please share any further information or comments you consider relevant to the allegations summarized above.'];
    if (ctx.kind === 'legislation') {
      return [...base,
        'Please explain how the provisions mentioned above comply with the obligations of your Excellency’s Government under international human rights law.',
        'Please indicate whether civil society was, or will be, consulted before the adoption of the text.',
        'Please indicate what steps will be taken to review the provisions of concern.'];
    }
    if (ctx.addresseeKind === 'company') {
      return [...base,
        'Please describe the human rights due diligence carried out by your company in relation to these operations.',
        'Please indicate the measures taken to provide remedy to those affected.'];
    }
    return [...base,
      `Please provide the factual and legal grounds for the measures taken against ${ctx.victimList || 'the persons concerned'}.`,
      'Please provide information on any investigation opened into these allegations, and its results.',
      'Please indicate the measures taken to protect the persons concerned and to prevent any recurrence.'];
  },
  deadline: (ctx) => pick(ctx.random, [
    `${capital(we(ctx).we)} would be grateful for a reply within 60 days. After that period, this letter and any reply from ${addresseeNoun(ctx)} will be published on the communications reporting website, and later listed in the periodic report submitted to the Human Rights Council.`,
    `A response within 60 days would be appreciated. Once that period has elapsed, the present communication and any answer received will appear on the public communications website and in the next communications report to the Human Rights Council.`,
  ]),
  interim: (ctx) => `Pending your reply, ${we(ctx).we} call for every measure needed to stop the alleged violations and keep them from happening again, and, should the allegations prove accurate, to hold those responsible to account.`,
  pressRelease: (ctx) => `Because the information received appears reliable and the matter pressing, ${we(ctx).we} may voice ${we(ctx).our} concerns publicly before long. Any such statement would mention that ${we(ctx).we} have raised the matter with ${addresseeNoun(ctx)}.`,
  closing: (ctx) => (ctx.addresseeKind === 'state'
    ? `Please accept, Excellency, the assurances of ${we(ctx).our} highest consideration.`
    : `Please accept, Sir/Madam, the assurances of ${we(ctx).our} highest consideration.`),
  signatureTitle: (m: MandateRef) => (m.holderTitle === 'Working Group' ? `Chair-Rapporteur of the ${m.name}` : m.name),
  annexTitle: 'Annex\nReference to international human rights law',
  annex: (ctx) => [
    `In connection with the above alleged facts and concerns, ${we(ctx).we} would like to draw attention to ${LAW_BY_KIND[ctx.kind]}.`,
    'We also recall that States must ensure an effective remedy to any person whose rights have been violated, as provided for in article 2 (3) of the Covenant.',
  ],
};
