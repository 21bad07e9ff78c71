import { frenchOf } from '../grammar.js';
import { joinList, pick } from '../random.js';
import type { ReplyContext, ReplyPhrases } from '../reply-types.js';

const et = (items: string[]): string => joinList(items, ', ', ' et ');

function withDe(name: string): string {
  return /^[AEIOUÉH]/.test(name) ? `de l'${name}` : `du ${name}`;
}

function comm(ctx: ReplyContext, many: boolean): string {
  return `${many ? 'communications' : 'communication'}${ctx.joint ? (many ? ' conjointes' : ' conjointe') : ''}`;
}

function citation(ctx: ReplyContext): string {
  switch (ctx.style) {
    case 'reference': {
      const many = ctx.references.length > 1;
      const dated = ctx.letterDates.length > 0 && pick(ctx.random, [true, false]) ? ` en date du ${et(ctx.letterDates)}` : '';
      return `${many ? 'aux' : 'à la'} ${comm(ctx, many)} ${pick(ctx.random, ['référencée', 'réf.', 'n°'])} ${et(ctx.references)}${dated}`;
    }
    case 'date': {
      const many = ctx.letterDates.length > 1;
      return `${many ? 'aux' : 'à la'} ${comm(ctx, many)} ${pick(ctx.random, ['du', 'en date du'])} ${et(ctx.letterDates)}`;
    }
    case 'mandates':
      return ctx.mandateNames.length > 0
        ? `à la ${comm(ctx, false)} ${et(ctx.mandateNames.map(withDe))}`
        : `à la ${comm(ctx, false)} des titulaires de mandat au titre des procédures spéciales du Conseil des droits de l'homme`;
    case 'none':
      return `aux allégations formulées par les procédures spéciales concernant ${ctx.subject}`;
  }
}

function stateBody(ctx: ReplyContext): string[] {
  const gov = `Le Gouvernement ${frenchOf(ctx.senderName)}`;
  const r = ctx.random;
  const info = ctx.kind === 'legislation'
    ? ['1. Le texte a été élaboré conformément à la Constitution et a fait l’objet de consultations avec les acteurs concernés.',
      '2. Ses dispositions poursuivent des buts légitimes et sont conformes aux normes internationales.',
      '3. Toute restriction qu’il prévoit est soumise au contrôle du juge.']
    : [`1. Les personnes concernées ont été ${pick(r, ['interpellées', 'poursuivies'])} pour des infractions prévues par le Code pénal, conformément à la législation nationale.`,
      '2. Elles ont accès à un avocat de leur choix, reçoivent la visite de leur famille et bénéficient de soins médicaux.',
      `3. ${pick(r, ['Une enquête a été ouverte et ses conclusions seront communiquées en temps utile.', "L'affaire est pendante devant les juridictions, qui sont indépendantes."])}`];
  switch (ctx.stance) {
    case 'rejects':
      return [
        `${gov} rejette catégoriquement les allégations contenues dans la communication, qui sont ${pick(r, ['infondées et politiquement motivées', 'dénuées de tout fondement', 'fondées sur des informations erronées'])}.`,
        "Ces allégations ne reflètent pas la réalité du pays et constituent une ingérence dans les affaires intérieures d'un État souverain, contraire aux principes d'impartialité et d'objectivité.",
      ];
    case 'substantive':
      return [
        `En réponse aux questions soulevées, ${gov.charAt(0).toLowerCase()}${gov.slice(1)} souhaite apporter les informations suivantes :`,
        info.join('\n'),
        `${gov} réitère son engagement à coopérer avec les procédures spéciales du Conseil des droits de l'homme.`,
      ];
    case 'acknowledges':
      return ["La Mission permanente accuse réception de la communication, qui a été transmise aux autorités compétentes. Elle ne manquera pas de transmettre la réponse du Gouvernement dès réception."];
    case 'partial':
      return [
        `${gov} souhaite apporter les éléments de réponse préliminaires suivants :`,
        `${info[0] ?? ''}\n${info[1] ?? ''}`,
        `Toutefois, ${gov.charAt(0).toLowerCase()}${gov.slice(1)} rejette la qualification de ces mesures comme des violations, qui est sans fondement, et ne peut fournir davantage de détails sur une affaire en cours d'instruction.`,
      ];
  }
}

function actorBody(ctx: ReplyContext): string[] {
  switch (ctx.stance) {
    case 'rejects':
      return ['Nous rejetons catégoriquement ces allégations, qui sont infondées et reposent sur des informations inexactes. Nos activités respectent la législation applicable et notre politique en matière de droits de l’homme.'];
    case 'substantive':
      return ['Nous souhaitons apporter les informations suivantes en réponse aux questions soulevées.',
        '1. Un examen de diligence raisonnable a été mené sur les activités concernées.\n2. Une évaluation indépendante a été commandée et ses conclusions seront rendues publiques.\n3. Un mécanisme de réclamation est ouvert aux personnes touchées.'];
    case 'acknowledges':
      return ['Nous accusons réception de votre lettre, qui a été transmise au service compétent. Nous vous adresserons une réponse complète dans les meilleurs délais.'];
    case 'partial':
      return ['Nous souhaitons apporter les informations préliminaires suivantes : un examen interne des activités concernées est en cours.',
        'Toutefois, nous rejetons l’allégation selon laquelle nous serions responsables des préjudices décrits.'];
  }
}

export const REPLY_FR: ReplyPhrases = {
  marker: '[Démo Missive — document synthétique]',
  title: (ctx) => `Réponse — ${ctx.senderName} — ${ctx.date}`,
  citation,
  note: {
    letterhead: (ctx) => [`Mission permanente ${frenchOf(ctx.senderName)}`, "auprès de l'Office des Nations Unies à Genève", 'et des autres organisations internationales en Suisse'],
    numberLine: (ctx) => (/^(No\.?|N°|№)/.test(ctx.noteNumber) ? ctx.noteNumber : `N° ${ctx.noteNumber}`),
    opening: (ctx, cited) => {
      const head = `La Mission permanente ${frenchOf(ctx.senderName)} auprès de l'Office des Nations Unies à Genève et des autres organisations internationales en Suisse présente ses compliments au Haut-Commissariat des Nations Unies aux droits de l'homme${pick(ctx.random, ['', ' (Division des procédures spéciales)'])}`;
      return ctx.stance === 'acknowledges'
        ? `${head} et se réfère ${cited}.`
        : `${head} et, se référant ${cited}, a l'honneur de lui transmettre ci-après la réponse du Gouvernement ${frenchOf(ctx.senderName)}.`;
    },
    body: stateBody,
    closing: (ctx) => `La Mission permanente ${frenchOf(ctx.senderName)} saisit cette occasion pour renouveler au Haut-Commissariat les assurances de sa très haute considération.`,
    placeDate: (ctx) => `Genève, le ${ctx.date}`,
    addressee: "Haut-Commissariat des Nations Unies aux droits de l'homme\nPalais des Nations\nCH-1211 Genève 10",
  },
  actor: {
    salutation: () => 'Mesdames et Messieurs les titulaires de mandat,',
    opening: (ctx, cited) => `Au nom ${/^[AEIOUYÉH]/i.test(ctx.senderName) ? `d'${ctx.senderName}` : `de ${ctx.senderName}`}, nous répondons par la présente ${cited}.`,
    body: actorBody,
    closing: "Veuillez agréer, Mesdames et Messieurs, l'expression de notre haute considération.",
    signerTitles: ['Directeur juridique', 'Responsable des droits humains', 'Directrice générale', 'Secrétaire général'],
  },
};
