import type { LetterContext, LetterPhrases, MandateRef } from '../letter-types.js';
import { joinList, pick } from '../random.js';
import { factsEs } from './facts-es.js';

const listEs = (items: string[]): string => joinList(items, '; ', ' y ');

function addresseeNoun(ctx: LetterContext): string {
  switch (ctx.addresseeKind) {
    case 'state': return 'el Gobierno de Su Excelencia';
    case 'company': return 'su empresa';
    default: return 'su organización';
  }
}

/** Spanish contracts "de el" and "a el". */
function de(noun: string): string {
  return noun.startsWith('el ') ? `del ${noun.slice(3)}` : `de ${noun}`;
}

function a(noun: string): string {
  return noun.startsWith('el ') ? `al ${noun.slice(3)}` : `a ${noun}`;
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const LAW_BY_KIND: Record<LetterContext['kind'], string> = {
  detention: 'los artículos 9 y 14 del Pacto Internacional de Derechos Civiles y Políticos, que prohíben la detención arbitraria y garantizan un juicio justo, así como su artículo 19 sobre la libertad de expresión',
  disappearance: 'la Declaración sobre la Protección de Todas las Personas contra las Desapariciones Forzadas y los artículos 6, 7, 9 y 16 del Pacto',
  torture: 'la prohibición absoluta de la tortura establecida en el artículo 7 del Pacto y en la Convención contra la Tortura, incluida la obligación de investigar con prontitud e imparcialidad',
  'death-penalty': 'el artículo 6 del Pacto, según el cual la pena de muerte solo puede imponerse por los delitos más graves y tras un proceso con todas las garantías',
  killing: 'el artículo 6 del Pacto sobre el derecho a la vida, leído junto con el Protocolo de Minnesota',
  legislation: 'los artículos 19, 21 y 22 del Pacto, que solo admiten restricciones previstas por la ley, necesarias y proporcionales a un fin legítimo',
  eviction: 'el artículo 11 del Pacto Internacional de Derechos Económicos, Sociales y Culturales y los principios básicos sobre los desalojos generados por el desarrollo',
  business: 'los Principios Rectores sobre las Empresas y los Derechos Humanos',
  reprisal: 'las resoluciones del Consejo de Derechos Humanos que instan a los Estados a prevenir todo acto de intimidación o represalia contra quienes cooperan con las Naciones Unidas',
  restriction: 'los artículos 19 y 21 del Pacto y la exigencia de que toda restricción sea legal, necesaria y proporcional',
  discrimination: 'los artículos 2 y 26 del Pacto sobre igualdad y no discriminación',
  migration: 'el principio de no devolución, el artículo 7 del Pacto y los derechos de las personas migrantes y de los niños',
};

export const LETTER_ES: LetterPhrases = {
  marker: '[Demo de Missive — documento sintético]',
  title: (ctx) => `Comunicación ${ctx.reference} — ${ctx.addresseeName}`,
  mandatesLine: (ctx) => `${ctx.mandates.length > 1 ? 'Mandatos' : 'Mandato'} ${listEs(ctx.mandates.map((m) => `del ${m.name}`))}`,
  referenceLine: (reference) => `REFERENCIA: ${reference}`,
  placeDate: (date) => `Ginebra, ${date}`,
  salutation: (ctx) => (ctx.addresseeKind === 'state' ? 'Excelencia:' : 'Estimado/a señor/a:'),
  opening: (ctx) => {
    const capacities = listEs(ctx.mandates.map((m) => m.name));
    const resolutions = joinList(ctx.resolutions, ', ', ' y ');
    const res = `${ctx.resolutions.length > 1 ? 'las resoluciones' : 'la resolución'} ${resolutions} del Consejo de Derechos Humanos`;
    return ctx.joint
      ? pick(ctx.random, [
        `Tenemos el honor de dirigirnos a Usted en nuestra calidad de ${capacities}, de conformidad con ${res}.`,
        `Tenemos el honor de escribirle en nuestra calidad de ${capacities}, en virtud de ${res}.`,
      ])
      : `Tengo el honor de dirigirme a Usted en mi calidad de ${capacities}, de conformidad con ${res}.`;
  },
  followUp: (ctx) => {
    const cited = joinList(ctx.followsUp.map((f) => `${f.reference}, de fecha ${f.date}`), '; ', ' y ');
    return pick(ctx.random, [
      `A este respecto, ${ctx.joint ? 'deseamos' : 'deseo'} recordar ${ctx.followsUp.length > 1 ? 'las comunicaciones' : 'la comunicación'} ${cited}, relativa${ctx.followsUp.length > 1 ? 's' : ''} a la misma situación. ${pick(ctx.random, ['Lamentamos no haber recibido respuesta hasta la fecha.', 'Agradecemos la respuesta recibida, pero nos preocupa información nueva.'])}`,
      `La presente carta da seguimiento a ${ctx.followsUp.length > 1 ? 'las comunicaciones' : 'la comunicación'} ${cited}.`,
    ]);
  },
  introFacts: (ctx) => `${ctx.joint ? 'Quisiéramos' : 'Quisiera'} señalar a la atención ${de(addresseeNoun(ctx))} la información ${ctx.joint ? 'que hemos recibido' : 'que he recibido'} sobre ${ctx.subject}.\n\nSegún la información recibida:`,
  facts: factsEs,
  concern: (ctx) => {
    const urgent = ctx.type === 'UA' ? ' Dado el riesgo de un daño irreparable, es necesario actuar sin demora.' : '';
    return pick(ctx.random, [
      `Sin prejuzgar la exactitud de la información recibida, ${ctx.joint ? 'expresamos nuestra' : 'expreso mi'} grave preocupación por ${ctx.subject}, que, de confirmarse, sería contrario a las obligaciones internacionales del Estado.${urgent}`,
      `Sin ánimo de prejuzgar los hechos, ${ctx.joint ? 'nos preocupa' : 'me preocupa'} profundamente la información recibida.${urgent}`,
    ]);
  },
  annexPointer: () => 'Las normas e instrumentos internacionales aplicables a estas alegaciones se exponen en el anexo titulado "Referencia al derecho internacional de los derechos humanos", adjunto a la presente carta.',
  questionsIntro: (ctx) => `El Consejo de Derechos Humanos ${ctx.joint ? 'nos ha encomendado' : 'me ha encomendado'} aclarar los casos que se ${ctx.joint ? 'nos' : 'me'} someten. Por ello, ${ctx.joint ? 'agradeceríamos' : 'agradecería'} sus observaciones sobre las cuestiones siguientes:`,
  questions: (ctx) => {
    const base = ['Sírvase proporcionar cualquier información o comentario adicional que considere pertinente sobre las alegaciones resumidas.'];
    if (ctx.kind === 'legislation') {
      return [...base,
        'Sírvase explicar de qué manera las disposiciones mencionadas se ajustan a las obligaciones internacionales de derechos humanos del Estado.',
        'Sírvase indicar si se consultó, o se consultará, a la sociedad civil antes de la aprobación del texto.'];
    }
    if (ctx.addresseeKind === 'company') {
      return [...base,
        'Sírvase describir la debida diligencia en materia de derechos humanos realizada por su empresa.',
        'Sírvase indicar las medidas adoptadas para reparar a las personas afectadas.'];
    }
    return [...base,
      `Sírvase indicar los fundamentos de hecho y de derecho de las medidas adoptadas contra ${ctx.victimList || 'las personas afectadas'}.`,
      'Sírvase proporcionar información sobre cualquier investigación iniciada y sus resultados.',
      'Sírvase indicar las medidas adoptadas para proteger a las personas afectadas y evitar que los hechos se repitan.'];
  },
  deadline: (ctx) => `${ctx.joint ? 'Agradeceríamos' : 'Agradecería'} recibir una respuesta en un plazo de 60 días. Transcurrido ese plazo, esta comunicación y toda respuesta ${de(addresseeNoun(ctx))} se publicarán en el sitio web de comunicaciones y figurarán después en el informe periódico presentado al Consejo de Derechos Humanos.`,
  interim: (ctx) => `A la espera de su respuesta, ${ctx.joint ? 'instamos' : 'insto'} a que se adopten todas las medidas necesarias para poner fin a las presuntas violaciones y evitar su repetición y, si las alegaciones resultan ciertas, para que los responsables rindan cuentas.`,
  pressRelease: (ctx) => `Dado que la información recibida parece fiable y la situación apremiante, ${ctx.joint ? 'podríamos expresar públicamente nuestra' : 'podría expresar públicamente mi'} preocupación en breve; cualquier declaración indicaría que la cuestión se ha planteado ${a(addresseeNoun(ctx))}.`,
  closing: (ctx) => (ctx.addresseeKind === 'state'
    ? `Acepte, Excelencia, la expresión de ${ctx.joint ? 'nuestra' : 'mi'} más distinguida consideración.`
    : `Reciba un cordial saludo.`),
  signatureTitle: (m: MandateRef) => (m.holderTitle === 'Working Group' ? `Presidente-Relator del ${m.name}` : m.name),
  annexTitle: 'Anexo\nReferencia al derecho internacional de los derechos humanos',
  annex: (ctx) => [
    `En relación con los hechos alegados y las preocupaciones expuestas, ${ctx.joint ? 'deseamos' : 'deseo'} señalar ${LAW_BY_KIND[ctx.kind]}.`,
    capital('recordamos asimismo que el Estado debe garantizar un recurso efectivo a toda persona cuyos derechos hayan sido vulnerados, conforme al artículo 2, párrafo 3, del Pacto.'),
  ],
};
