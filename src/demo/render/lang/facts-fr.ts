import type { LetterContext } from '../letter-types.js';
import { pick } from '../random.js';

function who(ctx: LetterContext): string {
  return ctx.victimList ? `${ctx.victimList}, ${ctx.role},` : `plusieurs ${ctx.role}`;
}

function plural(ctx: LetterContext): boolean {
  return ctx.victims.length !== 1;
}

export function factsFr(ctx: LetterContext): string[] {
  const r = ctx.random;
  const pl = plural(ctx);
  const a = pl ? 'ont' : 'a';
  const est = pl ? 'ont été' : 'a été';
  const s = pl ? 's' : '';
  const them = pl ? 'les intéressés' : "l'intéressé";
  switch (ctx.kind) {
    case 'detention':
      return [
        `Le ${ctx.eventDate}, ${who(ctx)} ${est} ${pick(r, [`arrêté${s} à ${pl ? 'leur' : 'son'} domicile par des agents en civil`, `interpellé${s} à un poste de contrôle et emmené${s} par les forces de sécurité`, `convoqué${s} pour un interrogatoire et retenu${s} sur place`])}. Aucun mandat n'a été présenté et aucun motif n'a été communiqué.`,
        `Le ${ctx.laterDate}, ${them} ${est} poursuivi${s} pour ${pick(r, ['« diffusion de fausses nouvelles »', "« atteinte à l'ordre public »", '« appartenance à une organisation extrémiste »'])}. ${pick(r, ["L'accès à un avocat de son choix a été refusé.", "Les visites de la famille n'ont été autorisées qu'une seule fois.", 'La détention provisoire a été prolongée à deux reprises sans audience.'])}`,
        `L'arrestation ferait suite à ${pick(r, ['des articles critiquant la gestion des fonds publics', 'des déclarations publiques sur la situation des détenus', 'des messages publiés sur les réseaux sociaux appelant à des réformes pacifiques'])}.`,
      ];
    case 'disappearance':
      return [
        `Le ${ctx.eventDate}, ${who(ctx)} ${est} vu${s} pour la dernière fois ${pick(r, [`alors que des hommes armés l${pl ? 'es' : 'e'} faisaient monter dans un véhicule banalisé`, 'en entrant dans un commissariat', 'à un poste de contrôle à la sortie de la ville'])}.`,
        `Les proches se sont renseignés auprès des commissariats, des lieux de détention et du parquet, qui ont tous nié détenir ${them}. Une plainte déposée le ${ctx.laterDate} est restée sans suite et le sort de ${them} demeure inconnu.`,
      ];
    case 'torture':
      return [
        `${who(ctx).replace(/,$/, '')} ${est} placé${s} en détention le ${ctx.eventDate}. Au cours des interrogatoires, des agents auraient ${pick(r, ['frappé les détenus et les auraient privés de sommeil', 'maintenu les détenus dans des positions pénibles pendant de longues périodes', 'menacé leurs familles afin d’obtenir des aveux'])}.`,
        `Le ${ctx.laterDate}, un avocat a constaté des blessures visibles, mais la demande d'examen médical indépendant ${pick(r, ['a été rejetée', 'est restée sans réponse'])}. ${pick(r, ['Les aveux ont ensuite été utilisés devant le tribunal.', "Aucune enquête n'a été ouverte sur ces allégations."])}`,
      ];
    case 'death-penalty':
      return [
        `${who(ctx).replace(/,$/, '')} ${est} condamné${s} à mort le ${ctx.eventDate} par ${pick(r, ['un tribunal révolutionnaire', 'un tribunal militaire', 'une cour criminelle siégeant à huis clos'])}, à l'issue d'un procès qui n'aurait duré que ${pick(r, ['quelques heures', 'deux brèves audiences', 'une seule journée'])}.`,
        `La condamnation reposerait essentiellement sur des déclarations obtenues sous la contrainte. Elle a été confirmée le ${ctx.laterDate} et l'exécution pourrait avoir lieu à tout moment.`,
      ];
    case 'killing':
      return [
        `Le ${ctx.eventDate}, ${who(ctx)} ${est} ${pick(r, [`tué${s} par balle par des individus non identifiés`, `tué${s} lorsque les forces de sécurité ont ouvert le feu`, `retrouvé${s} mort${s} après avoir reçu des menaces répétées`])}.`,
        `Une enquête a été annoncée le ${ctx.laterDate}, mais aucun suspect n'a été identifié et ${pick(r, ["la famille n'a pas eu accès au dossier", "des témoins clés n'ont pas été entendus"])}.`,
      ];
    case 'legislation':
      return [
        `Le ${ctx.eventDate}, ${pick(r, ['le Gouvernement a soumis au Parlement', 'le Parlement a adopté en première lecture', 'le Conseil des ministres a approuvé'])} ${ctx.subject}. Le texte ${pick(r, ["soumettrait à autorisation préalable toute activité financée depuis l'étranger", 'permettrait la dissolution d’une organisation par simple décision administrative', 'définirait des infractions en termes larges et vagues, passibles de lourdes peines'])}.`,
        `Le projet aurait été élaboré sans consultation publique. ${ctx.victimList ? `${ctx.victimList} ${a} déjà été averti${s} que leurs activités pourraient relever des nouvelles dispositions.` : `Plusieurs ${ctx.role} craignent que leurs activités ne relèvent des nouvelles dispositions.`} Un vote final était prévu le ${ctx.laterDate}.`,
      ];
    case 'eviction':
      return [
        `Le ${ctx.eventDate}, ${pick(r, ['des bulldozers escortés par la police', 'des agents municipaux appuyés par la gendarmerie', "des agents de sécurité privés engagés par un promoteur"])} ont démoli les habitations ${ctx.victimList ? `de ${ctx.victimList}, ${ctx.role}, et de leurs voisins` : `de ${ctx.role}`}, ${pick(r, ['sans préavis', 'avec un préavis de moins de 24 heures'])}.`,
        `Environ ${pick(r, ['300', '450', '1 200'])} personnes se sont retrouvées sans abri. Aucune solution de relogement ni indemnisation n'a été proposée, et un recours introduit le ${ctx.laterDate} est toujours pendant.`,
      ];
    case 'business':
      return [
        `Depuis le ${ctx.eventDate}, ${pick(r, ['une entreprise opérant dans la région', "une filiale d'un groupe multinational", 'un fournisseur de marques connues'])} aurait ${pick(r, ['déversé des effluents non traités dans la rivière utilisée par les communautés voisines', "obligé des ouvriers à rester sur le site et à remettre leurs papiers d'identité", 'étendu ses activités sans le consentement des communautés concernées'])}.`,
        `${ctx.victimList ? `${ctx.victimList}, ${ctx.role}, ${a}` : `Plusieurs ${ctx.role} ont`} signalé des problèmes de santé et une perte de moyens de subsistance. Les plaintes adressées le ${ctx.laterDate} à l'entreprise et aux autorités n'ont donné lieu à aucune mesure.`,
      ];
    case 'reprisal':
      return [
        `${who(ctx).replace(/,$/, '')} ${a} participé à ${pick(r, ['une session du Conseil des droits de l’homme', 'un dialogue avec un organe conventionnel', 'une consultation organisée par les procédures spéciales'])}. Le ${ctx.eventDate}, à son retour, ${them} ${est} ${pick(r, [`interrogé${s} pendant plusieurs heures sur ses contacts à Genève`, `frappé${s} d'une interdiction de quitter le territoire`, `inculpé${s} de « collaboration avec des entités étrangères »`])}.`,
        `Le ${ctx.laterDate}, ${pick(r, ['des médias publics ont diffusé leurs photographies en les qualifiant de traîtres', 'leurs comptes bancaires ont été gelés', 'leurs proches ont été convoqués par les services de sécurité'])}.`,
      ];
    case 'restriction':
      return [
        `Le ${ctx.eventDate}, les autorités ont ${pick(r, ['ordonné', 'imposé', 'annoncé'])} ${ctx.subject}. ${pick(r, ["La mesure ne repose sur aucune décision publiée.", 'La décision invoque des motifs vagues de sécurité nationale.', "Aucune durée n'a été fixée."])}`,
        `${ctx.victimList ? `${ctx.victimList}, ${ctx.role}, ${a}` : `Plusieurs ${ctx.role} ont`} été directement touché${s} par la mesure, toujours en vigueur le ${ctx.laterDate}.`,
      ];
    case 'discrimination':
      return [
        `Nous avons reçu des informations concernant ${ctx.subject}. Le ${ctx.eventDate}, ${who(ctx)} ${est} ${pick(r, [`arrêté${s} en vertu de dispositions visant son identité`, `privé${s} d'accès à des services pour des motifs discriminatoires`, `la cible d'une campagne publique de harcèlement`])}.`,
        `${pick(r, ["Les plaintes déposées auprès de la police n'ont pas été enregistrées.", 'Des responsables auraient publiquement soutenu cette campagne.'])} Aucune mesure de protection n'avait été prise au ${ctx.laterDate}.`,
      ];
    case 'migration':
      return [
        `Le ${ctx.eventDate}, ${who(ctx)} ${est} ${pick(r, [`intercepté${s} près de la frontière et renvoyé${s} sans examen individuel`, `placé${s} dans un centre fermé en vue de son éloignement`, `découvert${s} dans un logement où des recruteurs l${pl ? 'es' : 'e'} retenaient`])}.`,
        `${pl ? 'Les intéressés n’auraient' : 'L’intéressé n’aurait'} pas été informé${s} de la possibilité de demander une protection, et ${pick(r, ["aucun interprète n'était présent", "aucun avocat n'était présent"])}. La situation restait inchangée le ${ctx.laterDate}.`,
      ];
  }
}
