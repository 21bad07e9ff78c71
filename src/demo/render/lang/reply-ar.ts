import { arabicLi } from '../grammar.js';
import { joinList, pick } from '../random.js';
import type { ReplyContext, ReplyPhrases } from '../reply-types.js';

const wa = (items: string[]): string => joinList(items, '، ', ' و');

function letter(ctx: ReplyContext, many: boolean): string {
  if (many) return ctx.joint ? 'الرسائل المشتركة' : 'الرسائل';
  return ctx.joint ? 'الرسالة المشتركة' : pick(ctx.random, ['الرسالة', 'البلاغ']);
}

function dated(ctx: ReplyContext, many: boolean): string {
  return many ? 'المؤرخة' : letter(ctx, false) === 'البلاغ' ? 'المؤرخ' : 'المؤرخة';
}

function citation(ctx: ReplyContext): string {
  switch (ctx.style) {
    case 'reference': {
      const many = ctx.references.length > 1;
      const l = letter(ctx, many);
      const when = ctx.letterDates.length > 0 && pick(ctx.random, [true, false]) ? ` ${l === 'البلاغ' ? 'المؤرخ' : 'المؤرخة'} ${wa(ctx.letterDates)}` : '';
      return `${l} رقم ${wa(ctx.references)}${when}`;
    }
    case 'date': {
      const many = ctx.letterDates.length > 1;
      return `${letter(ctx, many)} ${dated(ctx, many)} ${wa(ctx.letterDates)}`;
    }
    case 'mandates':
      return ctx.mandateNames.length > 0
        ? `${letter(ctx, false)} الصادرة عن ${wa(ctx.mandateNames)}`
        : `${letter(ctx, false)} الصادرة عن المكلفين بولايات في إطار الإجراءات الخاصة لمجلس حقوق الإنسان`;
    case 'none':
      return `الادعاءات التي أثارتها الإجراءات الخاصة بشأن ${ctx.subject}`;
  }
}

function stateBody(ctx: ReplyContext): string[] {
  const gov = `حكومة ${ctx.senderName}`;
  const r = ctx.random;
  const info = ctx.kind === 'legislation'
    ? ['1. أُعدّ النص وفقاً للدستور وخضع لمشاورات مع الجهات المعنية.',
      '2. تسعى أحكامه إلى تحقيق أهداف مشروعة وتتفق مع المعايير الدولية.',
      '3. تخضع أي قيود ينص عليها للرقابة القضائية.']
    : [`1. ${pick(r, ['تم القبض على', 'تمت ملاحقة'])} الأشخاص المعنيين بتهم منصوص عليها في قانون العقوبات، وفقاً للتشريعات الوطنية.`,
      '2. يتمتع المعنيون بحق الاستعانة بمحام من اختيارهم وبزيارات عائلية وبالرعاية الطبية.',
      `3. ${pick(r, ['تم فتح تحقيق وستُبلَّغ نتائجه في حينه.', 'القضية منظورة أمام القضاء المستقل.'])}`];
  switch (ctx.stance) {
    case 'rejects':
      return [
        `ترفض ${gov} رفضاً قاطعاً الادعاءات الواردة في الرسالة، وهي ${pick(r, ['ادعاءات لا أساس لها من الصحة', 'ادعاءات عارية عن الصحة ومسيسة', 'ادعاءات تستند إلى مصادر غير موثوقة'])}.`,
        'وتشكل هذه الادعاءات تدخلاً في الشؤون الداخلية لدولة ذات سيادة، وتتنافى مع مبادئ الحياد والموضوعية.',
      ];
    case 'substantive':
      return [
        `ورداً على الأسئلة الواردة في الرسالة، تود ${gov} أن تفيد بما يلي:`,
        info.join('\n'),
        `وتؤكد ${gov} التزامها بالتعاون مع الإجراءات الخاصة لمجلس حقوق الإنسان.`,
      ];
    case 'acknowledges':
      return ['وتفيد البعثة الدائمة باستلام الرسالة، وقد أُحيلت إلى الجهات المختصة، وستوافي المفوضية بالرد فور وروده.'];
    case 'partial':
      return [
        `وتود ${gov} أن تقدم المعلومات الأولية التالية:`,
        `${info[0] ?? ''}\n${info[1] ?? ''}`,
        `غير أن ${gov} ترفض وصف هذه التدابير بأنها انتهاكات، وهو وصف لا أساس له، ولا يسعها تقديم تفاصيل إضافية بشأن قضية منظورة أمام القضاء.`,
      ];
  }
}

function actorBody(ctx: ReplyContext): string[] {
  switch (ctx.stance) {
    case 'rejects':
      return ['نرفض رفضاً قاطعاً هذه الادعاءات التي لا أساس لها من الصحة.'];
    case 'substantive':
      return ['نود أن نفيد بما يلي رداً على الأسئلة الواردة:',
        '1. أجرينا مراجعة للعناية الواجبة في مجال حقوق الإنسان.\n2. كلفنا جهة مستقلة بإجراء تقييم ستُنشر نتائجه.\n3. تتوفر آلية لتلقي شكاوى المتضررين.'];
    case 'acknowledges':
      return ['نفيد باستلام رسالتكم، وقد أُحيلت إلى الإدارة المختصة، وسنوافيكم برد كامل في أقرب وقت.'];
    case 'partial':
      return ['نود أن نفيد مبدئياً بأن مراجعة داخلية جارية.', 'غير أننا نرفض الادعاء بمسؤوليتنا عن الأضرار المذكورة.'];
  }
}

export const REPLY_AR: ReplyPhrases = {
  marker: '[عرض Missive التجريبي — وثيقة اصطناعية]',
  title: (ctx) => `رد ${ctx.senderName} — ${ctx.date}`,
  citation,
  note: {
    letterhead: (ctx) => [`البعثة الدائمة ${arabicLi(ctx.senderName)}`, 'لدى مكتب الأمم المتحدة والمنظمات الدولية الأخرى في جنيف'],
    numberLine: (ctx) => `${pick(ctx.random, ['الرقم:', 'رقم المذكرة:'])} ${ctx.noteNumber}`,
    opening: (ctx, cited) => {
      const head = `تهدي البعثة الدائمة ${arabicLi(ctx.senderName)} لدى مكتب الأمم المتحدة والمنظمات الدولية الأخرى في جنيف أطيب تحياتها إلى مفوضية الأمم المتحدة السامية لحقوق الإنسان${pick(ctx.random, ['', ' (فرع الإجراءات الخاصة)'])}`;
      return ctx.stance === 'acknowledges'
        ? `${head}، وبالإشارة إلى ${cited}، تتشرف بإحاطتها علماً بما يلي.`
        : `${head}، وبالإشارة إلى ${cited}، تتشرف بأن ترفق طيه رد ${`حكومة ${ctx.senderName}`}.`;
    },
    body: stateBody,
    closing: (ctx) => `وتغتنم البعثة الدائمة ${arabicLi(ctx.senderName)} هذه الفرصة لتعرب مجدداً لمفوضية الأمم المتحدة السامية لحقوق الإنسان عن ${pick(ctx.random, ['فائق تقديرها واحترامها', 'أسمى آيات التقدير والاحترام'])}.`,
    placeDate: (ctx) => `جنيف، ${ctx.date}`,
    addressee: 'مفوضية الأمم المتحدة السامية لحقوق الإنسان\nقصر الأمم\nجنيف',
  },
  actor: {
    salutation: () => 'السادة المكلفون بولايات في إطار الإجراءات الخاصة،',
    opening: (ctx, cited) => `باسم ${ctx.senderName}، نتشرف بالرد على ${cited}.`,
    body: actorBody,
    closing: 'وتفضلوا بقبول فائق الاحترام،',
    signerTitles: ['المدير القانوني', 'مدير شؤون حقوق الإنسان', 'الرئيس التنفيذي'],
  },
};
