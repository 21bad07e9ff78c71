import { russianGenitive } from '../grammar.js';
import { joinList, pick } from '../random.js';
import type { ReplyContext, ReplyPhrases } from '../reply-types.js';

const i = (items: string[]): string => joinList(items, ', ', ' и ');

function letter(ctx: ReplyContext, many: boolean): string {
  const noun = pick(ctx.random, many ? ['письма', 'сообщения'] : ['письмо', 'сообщение']);
  return ctx.joint ? `${many ? 'совместные' : 'совместное'} ${noun}` : noun;
}

/** Cited as the object of "ссылаясь на", hence the accusative forms, equal to the nominative here. */
function citation(ctx: ReplyContext): string {
  switch (ctx.style) {
    case 'reference': {
      const many = ctx.references.length > 1;
      const dated = ctx.letterDates.length > 0 ? ` от ${i(ctx.letterDates)}` : '';
      return pick(ctx.random, [
        `${letter(ctx, many)}${dated} (исх. ${i(ctx.references)})`,
        `${letter(ctx, many)} № ${i(ctx.references)}${dated}`,
      ]);
    }
    case 'date':
      return `${letter(ctx, ctx.letterDates.length > 1)} от ${i(ctx.letterDates)}`;
    case 'mandates':
      return ctx.mandateNames.length > 0
        ? `${letter(ctx, false)} ${i(ctx.mandateNames)}`
        : `${letter(ctx, false)} мандатариев специальных процедур Совета по правам человека`;
    case 'none':
      return `обращение специальных процедур относительно ${ctx.subject}`;
  }
}

function stateBody(ctx: ReplyContext): string[] {
  const gov = `Правительство ${russianGenitive(ctx.senderName)}`;
  const r = ctx.random;
  const info = ctx.kind === 'legislation'
    ? ['1. Текст подготовлен в соответствии с Конституцией и прошел общественное обсуждение.',
      '2. Его положения преследуют законные цели и соответствуют международным стандартам.',
      '3. Любые предусмотренные ограничения подлежат судебному контролю.']
    : [`1. В отношении указанных лиц ${pick(r, ['возбуждено уголовное дело', 'проводится проверка'])} в соответствии с законодательством по статьям Уголовного кодекса.`,
      '2. Им обеспечен доступ к адвокату по их выбору, свидания с родственниками и медицинская помощь.',
      `3. ${pick(r, ['Следствие продолжается, о его результатах будет сообщено дополнительно.', 'Дело рассматривается независимым судом.'])}`];
  switch (ctx.stance) {
    case 'rejects':
      return [
        `${gov} категорически отвергает содержащиеся в письме утверждения, которые ${pick(r, ['не соответствуют действительности', 'являются необоснованными и политически мотивированными', 'основаны на непроверенных источниках'])}.`,
        'Подобные обвинения представляют собой вмешательство во внутренние дела суверенного государства и противоречат принципам беспристрастности и объективности.',
      ];
    case 'substantive':
      return [
        `По существу поставленных вопросов ${gov} сообщает следующее:`,
        info.join('\n'),
        `${gov} подтверждает приверженность сотрудничеству со специальными процедурами Совета по правам человека.`,
      ];
    case 'acknowledges':
      return ['Постоянное представительство подтверждает получение письма, которое направлено в компетентные органы, и по получении ответа дополнительно проинформирует Управление.'];
    case 'partial':
      return [
        `${gov} в предварительном порядке информирует о следующем:`,
        `${info[0] ?? ''}\n${info[1] ?? ''}`,
        `Вместе с тем ${gov} отвергает необоснованную квалификацию этих мер как нарушений и не может сообщить дополнительные сведения до завершения судебного разбирательства.`,
      ];
  }
}

function actorBody(ctx: ReplyContext): string[] {
  switch (ctx.stance) {
    case 'rejects':
      return ['Мы категорически отвергаем эти утверждения как необоснованные и не соответствующие действительности.'];
    case 'substantive':
      return ['По существу поставленных вопросов сообщаем следующее.',
        '1. Проведена проверка соблюдения прав человека в рамках указанной деятельности.\n2. Заказана независимая оценка, ее выводы будут опубликованы.\n3. Для пострадавших действует механизм рассмотрения жалоб.'];
    case 'acknowledges':
      return ['Подтверждаем получение Вашего письма, которое направлено в ответственное подразделение. Полный ответ будет направлен дополнительно.'];
    case 'partial':
      return ['Предварительно сообщаем, что проводится внутренняя проверка.', 'Вместе с тем мы отвергаем утверждения о нашей ответственности за описанный ущерб.'];
  }
}

export const REPLY_RU: ReplyPhrases = {
  marker: '[Демоверсия Missive — синтетический документ]',
  title: (ctx) => `Ответ — ${ctx.senderName} — ${ctx.date}`,
  citation,
  note: {
    letterhead: (ctx) => [`Постоянное представительство ${russianGenitive(ctx.senderName)}`, 'при Отделении ООН и других международных организациях в Женеве'],
    numberLine: (ctx) => (/^(№|No|Исх)/.test(ctx.noteNumber) ? ctx.noteNumber : `${pick(ctx.random, ['№', 'Исх. №'])} ${ctx.noteNumber}`),
    opening: (ctx, cited) => {
      const head = `Постоянное представительство ${russianGenitive(ctx.senderName)} при Отделении ООН и других международных организациях в Женеве свидетельствует свое уважение Управлению Верховного комиссара ООН по правам человека`;
      return ctx.stance === 'acknowledges'
        ? `${head} и, ссылаясь на ${cited}, имеет честь сообщить следующее.`
        : `${head} и, ссылаясь на ${cited}, имеет честь препроводить ответ компетентных органов.`;
    },
    body: stateBody,
    closing: (ctx) => `Постоянное представительство ${russianGenitive(ctx.senderName)} пользуется случаем, чтобы возобновить Управлению Верховного комиссара ООН по правам человека уверения в своем высоком уважении.`,
    placeDate: (ctx) => `Женева, ${ctx.date}`,
    addressee: 'Управление Верховного комиссара Организации Объединенных Наций по правам человека\nДворец Наций\nЖенева',
  },
  actor: {
    salutation: () => 'Уважаемые мандатарии специальных процедур!',
    opening: (ctx, cited) => `От имени ${ctx.senderName} направляем ответ на ${cited}.`,
    body: actorBody,
    closing: 'С уважением,',
    signerTitles: ['Генеральный директор', 'Директор по правовым вопросам', 'Руководитель службы по правам человека'],
  },
};
