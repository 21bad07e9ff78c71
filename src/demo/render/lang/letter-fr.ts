import type { LetterContext, LetterPhrases, MandateRef } from '../letter-types.js';
import { joinList, pick } from '../random.js';
import { factsFr } from './facts-fr.js';

/** "du Rapporteur spécial", "de l'Expert indépendant", "du Groupe de travail". */
function withDe(name: string): string {
  return /^[AEIOUÉH]/.test(name) ? `de l'${name}` : `du ${name}`;
}

const listFr = (items: string[]): string => joinList(items, ' ; ', ' et ');

function addresseeNoun(ctx: LetterContext): string {
  switch (ctx.addresseeKind) {
    case 'state': return 'du Gouvernement de Votre Excellence';
    case 'company': return 'de votre entreprise';
    default: return 'de votre organisation';
  }
}

function nous(ctx: LetterContext): { nous: string; notre: string; nos: string } {
  return ctx.joint ? { nous: 'nous', notre: 'notre', nos: 'nos' } : { nous: 'je', notre: 'mon', nos: 'mes' };
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const LAW_BY_KIND: Record<LetterContext['kind'], string> = {
  detention: "les articles 9 et 14 du Pacte international relatif aux droits civils et politiques, qui interdisent l'arrestation et la détention arbitraires et garantissent un procès équitable, ainsi que l'article 19 relatif à la liberté d'expression",
  disappearance: 'la Déclaration sur la protection de toutes les personnes contre les disparitions forcées et les articles 6, 7, 9 et 16 du Pacte',
  torture: "l'interdiction absolue de la torture prévue à l'article 7 du Pacte et par la Convention contre la torture, y compris l'obligation d'enquêter sans délai et de manière impartiale",
  'death-penalty': "l'article 6 du Pacte, selon lequel la peine de mort ne peut être prononcée que pour les crimes les plus graves et au terme d'une procédure respectant toutes les garanties d'un procès équitable",
  killing: "l'article 6 du Pacte relatif au droit à la vie, lu conjointement avec le Protocole du Minnesota",
  legislation: "les articles 19, 21 et 22 du Pacte, qui n'autorisent des restrictions que si elles sont prévues par la loi, nécessaires et proportionnées à un but légitime",
  eviction: "l'article 11 du Pacte international relatif aux droits économiques, sociaux et culturels et les principes de base concernant les expulsions liées au développement",
  business: "les Principes directeurs relatifs aux entreprises et aux droits de l'homme",
  reprisal: "les résolutions du Conseil des droits de l'homme demandant aux États de prévenir tout acte d'intimidation ou de représailles contre ceux qui coopèrent avec l'ONU",
  restriction: "les articles 19 et 21 du Pacte et l'exigence que toute restriction soit légale, nécessaire et proportionnée",
  discrimination: "les articles 2 et 26 du Pacte relatifs à l'égalité et à la non-discrimination",
  migration: "le principe de non-refoulement, l'article 7 du Pacte et les droits des migrants et des enfants en droit international",
};

export const LETTER_FR: LetterPhrases = {
  marker: '[Démo Missive — document synthétique]',
  title: (ctx) => `Communication ${ctx.reference} — ${ctx.addresseeName}`,
  mandatesLine: (ctx) => `${ctx.mandates.length > 1 ? 'Mandats' : 'Mandat'} ${listFr(ctx.mandates.map((m) => withDe(m.name)))}`,
  referenceLine: (reference) => `RÉFÉRENCE : ${reference}`,
  placeDate: (date) => `Genève, le ${date}`,
  salutation: (ctx) => (ctx.addresseeKind === 'state' ? 'Excellence,' : 'Madame, Monsieur,'),
  opening: (ctx) => {
    const capacities = listFr(ctx.mandates.map((m) => m.name));
    const resolutions = joinList(ctx.resolutions, ', ', ' et ');
    const res = `${ctx.resolutions.length > 1 ? 'résolutions' : 'résolution'} ${resolutions} du Conseil des droits de l'homme`;
    return ctx.joint
      ? pick(ctx.random, [
        `Nous avons l'honneur de nous adresser à vous en nos qualités de ${capacities}, conformément aux ${res.replace('résolution ', 'résolutions ')}.`,
        `Nous avons l'honneur de vous écrire en nos qualités de ${capacities}, en application des ${res.replace('résolution ', 'résolutions ')}.`,
      ])
      : `J'ai l'honneur de m'adresser à vous en ma qualité de ${capacities}, conformément à la ${res}.`;
  },
  followUp: (ctx) => {
    const cited = joinList(ctx.followsUp.map((f) => `${f.reference} du ${f.date}`), ' ; ', ' et ');
    return pick(ctx.random, [
      `À cet égard, ${nous(ctx).nous} ${ctx.joint ? 'souhaitons' : 'souhaite'} rappeler ${ctx.followsUp.length > 1 ? 'les communications' : 'la communication'} ${cited}, portant sur la même situation. ${pick(ctx.random, ["Nous regrettons qu'aucune réponse ne soit parvenue à ce jour.", 'Nous remercions le Gouvernement de sa réponse, mais de nouvelles informations nous préoccupent.'])}`,
      `La présente lettre fait suite ${ctx.followsUp.length > 1 ? 'aux communications' : 'à la communication'} ${cited}.`,
    ]);
  },
  introFacts: (ctx) => `${capital(nous(ctx).nous)} ${ctx.joint ? 'souhaiterions' : 'souhaiterais'} attirer l'attention ${addresseeNoun(ctx)} sur des informations ${ctx.joint ? 'que nous avons reçues' : "que j'ai reçues"} concernant ${ctx.subject}.\n\nSelon les informations reçues :`,
  facts: factsFr,
  concern: (ctx) => {
    const urgent = ctx.type === 'UA' ? " Compte tenu du risque de préjudice irréparable, une intervention rapide s'impose." : '';
    return pick(ctx.random, [
      `Sans vouloir préjuger de l'exactitude des informations reçues, ${nous(ctx).nous} ${ctx.joint ? 'tenons' : 'tiens'} à exprimer ${nous(ctx).notre === 'notre' ? 'notre' : 'ma'} vive préoccupation au sujet de ${ctx.subject}, qui, si les faits étaient avérés, serait contraire aux obligations internationales de l'État.${urgent}`,
      `Sans préjuger des faits, ${nous(ctx).nous} ${ctx.joint ? 'sommes' : 'suis'} profondément préoccupé${ctx.joint ? 's' : ''} par les informations reçues.${urgent}`,
    ]);
  },
  annexPointer: () => "Les normes et instruments internationaux applicables à ces allégations sont exposés dans l'annexe intitulée « Référence au droit international des droits de l'homme », jointe à la présente lettre.",
  questionsIntro: (ctx) => `Le Conseil des droits de l'homme ${ctx.joint ? 'nous a' : "m'a"} chargé${ctx.joint ? 's' : ''} d'éclaircir les cas portés à ${ctx.joint ? 'notre' : 'mon'} attention. ${capital(nous(ctx).nous)} vous ${ctx.joint ? 'serions' : 'serais'} donc reconnaissant${ctx.joint ? 's' : ''} de bien vouloir répondre aux questions suivantes :`,
  questions: (ctx) => {
    const base = ['Veuillez fournir toute information ou tout commentaire complémentaire que vous jugeriez utile au sujet des allégations résumées ci-dessus.'];
    if (ctx.kind === 'legislation') {
      return [...base,
        'Veuillez expliquer en quoi les dispositions mentionnées sont compatibles avec les obligations du Gouvernement de Votre Excellence au titre du droit international des droits de l’homme.',
        'Veuillez indiquer si la société civile a été, ou sera, consultée avant l’adoption du texte.'];
    }
    if (ctx.addresseeKind === 'company') {
      return [...base,
        'Veuillez décrire les mesures de diligence raisonnable en matière de droits de l’homme prises par votre entreprise.',
        'Veuillez indiquer les mesures prises pour offrir une réparation aux personnes touchées.'];
    }
    return [...base,
      `Veuillez indiquer les fondements factuels et juridiques des mesures prises à l'encontre de ${ctx.victimList || 'des personnes concernées'}.`,
      "Veuillez fournir des informations sur toute enquête ouverte au sujet de ces allégations et sur ses résultats.",
      'Veuillez indiquer les mesures prises pour protéger les personnes concernées et éviter que de tels faits ne se reproduisent.'];
  },
  deadline: (ctx) => `Une réponse dans un délai de 60 jours serait appréciée. Passé ce délai, la présente communication et toute réponse ${addresseeNoun(ctx)} seront publiées sur le site Web consacré aux communications, puis figureront dans le rapport périodique présenté au Conseil des droits de l'homme.`,
  interim: (ctx) => `Dans l'attente d'une réponse, ${nous(ctx).nous} ${ctx.joint ? 'demandons' : 'demande'} que toutes les mesures nécessaires soient prises pour faire cesser les violations alléguées et en empêcher la répétition et, si les allégations se confirment, pour que les responsables aient à rendre des comptes.`,
  pressRelease: (ctx) => `Les informations reçues paraissant fiables et la situation pressante, ${nous(ctx).nous} ${ctx.joint ? 'pourrions' : 'pourrais'} prochainement faire part publiquement de ${nous(ctx).nos} préoccupations ; toute déclaration publique mentionnerait que la question a été soulevée auprès ${addresseeNoun(ctx)}.`,
  closing: (ctx) => (ctx.addresseeKind === 'state'
    ? `Veuillez agréer, Excellence, l'assurance de ${ctx.joint ? 'notre' : 'ma'} très haute considération.`
    : `Veuillez agréer, Madame, Monsieur, l'expression de ${ctx.joint ? 'notre' : 'ma'} haute considération.`),
  signatureTitle: (m: MandateRef) => (m.holderTitle === 'Working Group' ? `Président-Rapporteur ${withDe(m.name)}` : m.name),
  annexTitle: "Annexe\nRéférence au droit international des droits de l'homme",
  annex: (ctx) => [
    `S'agissant des faits allégués et des préoccupations exposées ci-dessus, ${nous(ctx).nous} ${ctx.joint ? 'souhaitons' : 'souhaite'} appeler l'attention sur ${LAW_BY_KIND[ctx.kind]}.`,
    "Nous rappelons également que l'État doit garantir un recours utile à toute personne dont les droits ont été violés, comme le prévoit le paragraphe 3 de l'article 2 du Pacte.",
  ],
};
