import { spanishOf } from '../grammar.js';
import { joinList, pick } from '../random.js';
import type { ReplyContext, ReplyPhrases } from '../reply-types.js';

const y = (items: string[]): string => joinList(items, ', ', ' y ');

function comm(ctx: ReplyContext, many: boolean): string {
  return `${many ? 'las comunicaciones' : 'la comunicación'}${ctx.joint ? (many ? ' conjuntas' : ' conjunta') : ''}`;
}

function citation(ctx: ReplyContext): string {
  switch (ctx.style) {
    case 'reference': {
      const many = ctx.references.length > 1;
      const dated = ctx.letterDates.length > 0 && pick(ctx.random, [true, false]) ? ` de fecha ${y(ctx.letterDates)}` : '';
      return `${comm(ctx, many)} ${pick(ctx.random, ['ref.', 'con referencia', 'No.'])} ${y(ctx.references)}${dated}`;
    }
    case 'date':
      return `${comm(ctx, ctx.letterDates.length > 1)} de fecha ${y(ctx.letterDates)}`;
    case 'mandates':
      return ctx.mandateNames.length > 0
        ? `${comm(ctx, false)} ${y(ctx.mandateNames.map((n) => `del ${n}`))}`
        : `${comm(ctx, false)} de los titulares de mandatos de los procedimientos especiales del Consejo de Derechos Humanos`;
    case 'none':
      return `las alegaciones formuladas por los procedimientos especiales sobre ${ctx.subject}`;
  }
}

function stateBody(ctx: ReplyContext): string[] {
  const gov = `El Gobierno ${spanishOf(ctx.senderName)}`;
  const r = ctx.random;
  const info = ctx.kind === 'legislation'
    ? ['1. El texto se elaboró de conformidad con la Constitución y fue objeto de consultas con los actores interesados.',
      '2. Sus disposiciones persiguen fines legítimos y se ajustan a las normas internacionales.',
      '3. Toda restricción prevista está sujeta a control judicial.']
    : [`1. Las personas mencionadas fueron ${pick(r, ['detenidas', 'procesadas'])} por delitos tipificados en el Código Penal, de conformidad con la legislación nacional.`,
      '2. Tienen acceso a un abogado de su elección, reciben visitas familiares y atención médica.',
      `3. ${pick(r, ['Se inició una investigación cuyos resultados se comunicarán oportunamente.', 'El caso se encuentra ante los tribunales, que son independientes.'])}`];
  switch (ctx.stance) {
    case 'rejects':
      return [
        `${gov} rechaza categóricamente las alegaciones contenidas en la comunicación, que ${pick(r, ['carecen de fundamento', 'son infundadas y se basan en información sesgada', 'responden a motivaciones políticas'])}.`,
        'Dichas alegaciones no reflejan la realidad del país y constituyen una injerencia en los asuntos internos de un Estado soberano.',
      ];
    case 'substantive':
      return [
        `En respuesta a las preguntas planteadas, ${gov.charAt(0).toLowerCase()}${gov.slice(1)} desea proporcionar la siguiente información:`,
        info.join('\n'),
        `${gov} reitera su compromiso de cooperar con los procedimientos especiales del Consejo de Derechos Humanos.`,
      ];
    case 'acknowledges':
      return ['La Misión Permanente acusa recibo de la comunicación, que ha sido remitida a las autoridades competentes, y hará llegar oportunamente la respuesta del Gobierno.'];
    case 'partial':
      return [
        `${gov} desea adelantar la siguiente información preliminar:`,
        `${info[0] ?? ''}\n${info[1] ?? ''}`,
        `No obstante, ${gov.charAt(0).toLowerCase()}${gov.slice(1)} rechaza que estas medidas constituyan violaciones, afirmación que carece de fundamento, y no puede aportar más detalles sobre un asunto sub judice.`,
      ];
  }
}

function actorBody(ctx: ReplyContext): string[] {
  switch (ctx.stance) {
    case 'rejects':
      return ['Rechazamos categóricamente estas alegaciones, que carecen de fundamento y se basan en información inexacta.'];
    case 'substantive':
      return ['Deseamos proporcionar la siguiente información en respuesta a las preguntas planteadas.',
        '1. Se realizó un examen de debida diligencia en materia de derechos humanos.\n2. Se encargó una evaluación independiente cuyos resultados se harán públicos.\n3. Existe un mecanismo de reclamación para las personas afectadas.'];
    case 'acknowledges':
      return ['Acusamos recibo de su carta, que ha sido remitida al departamento responsable. Le haremos llegar una respuesta completa a la mayor brevedad.'];
    case 'partial':
      return ['Deseamos proporcionar la siguiente información preliminar: se está llevando a cabo un examen interno de las operaciones.',
        'No obstante, rechazamos que nuestra empresa sea responsable de los daños descritos.'];
  }
}

export const REPLY_ES: ReplyPhrases = {
  marker: '[Demo de Missive — documento sintético]',
  title: (ctx) => `Respuesta — ${ctx.senderName} — ${ctx.date}`,
  citation,
  note: {
    letterhead: (ctx) => [`Misión Permanente ${spanishOf(ctx.senderName)}`, 'ante la Oficina de las Naciones Unidas y otros Organismos Internacionales con sede en Ginebra'],
    numberLine: (ctx) => (/^(No\.?|N°|№|Nota)/.test(ctx.noteNumber) ? ctx.noteNumber : `${pick(ctx.random, ['Nota No.', 'No.', 'N°'])} ${ctx.noteNumber}`),
    opening: (ctx, cited) => {
      const head = `La Misión Permanente ${spanishOf(ctx.senderName)} ante la Oficina de las Naciones Unidas y otros Organismos Internacionales con sede en Ginebra saluda atentamente a la Oficina del Alto Comisionado de las Naciones Unidas para los Derechos Humanos${pick(ctx.random, ['', ' (Subdivisión de Procedimientos Especiales)'])}`;
      return ctx.stance === 'acknowledges'
        ? `${head} y hace referencia a ${cited}.`
        : `${head} y, en relación con ${cited}, tiene el honor de remitir la respuesta del Gobierno ${spanishOf(ctx.senderName)}.`;
    },
    body: stateBody,
    closing: (ctx) => `La Misión Permanente ${spanishOf(ctx.senderName)} aprovecha la oportunidad para reiterar a la Oficina del Alto Comisionado las seguridades de su más alta y distinguida consideración.`,
    placeDate: (ctx) => `Ginebra, ${ctx.date}`,
    addressee: 'Oficina del Alto Comisionado de las Naciones Unidas para los Derechos Humanos\nPalais des Nations\nCH-1211 Ginebra 10',
  },
  actor: {
    salutation: () => 'Estimados titulares de mandatos:',
    opening: (ctx, cited) => `En nombre de ${ctx.senderName}, respondemos a ${cited}.`,
    body: actorBody,
    closing: 'Atentamente,',
    signerTitles: ['Director Jurídico', 'Responsable de Derechos Humanos', 'Gerente General', 'Secretaria General'],
  },
};
