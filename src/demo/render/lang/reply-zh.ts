import { joinList, pick } from '../random.js';
import type { ReplyContext, ReplyPhrases } from '../reply-types.js';

const he = (items: string[]): string => joinList(items, '、', '和');

function letter(ctx: ReplyContext): string {
  return ctx.joint ? '联合来函' : '来函';
}

function citation(ctx: ReplyContext): string {
  switch (ctx.style) {
    case 'reference': {
      const refs = he(ctx.references);
      const when = ctx.letterDates.length > 0 && pick(ctx.random, [true, false]) ? `${he(ctx.letterDates)}发出的` : '';
      return pick(ctx.random, [`${when}${letter(ctx)}（编号：${refs}）`, `编号为${refs}的${letter(ctx)}`]);
    }
    case 'date':
      return `${he(ctx.letterDates)}的${letter(ctx)}`;
    case 'mandates':
      return ctx.mandateNames.length > 0
        ? `${he(ctx.mandateNames)}的${letter(ctx)}`
        : `人权理事会特别程序任务负责人的${letter(ctx)}`;
    case 'none':
      return `特别程序就${ctx.subject}问题提出的指控`;
  }
}

function stateBody(ctx: ReplyContext): string[] {
  const gov = `${ctx.senderName}政府`;
  const r = ctx.random;
  const info = ctx.kind === 'legislation'
    ? ['一、该法律文本依照宪法制定，并广泛征求了社会各界意见。', '二、有关规定旨在实现正当目的，符合国际标准。', '三、相关限制措施均受司法监督。']
    : [`一、有关人员因涉嫌违反刑法被依法${pick(r, ['刑事拘留', '逮捕'])}，执法机关严格依照国内法律办理。`,
      '二、当事人的合法权益得到充分保障，可委托律师，并获得必要的医疗照顾。',
      `三、${pick(r, ['案件正在审理中。', '有关调查正在依法进行。'])}`];
  switch (ctx.stance) {
    case 'rejects':
      return [
        `${gov}坚决反对来函中的有关指控。上述指控${pick(r, ['毫无根据，纯属捏造', '严重失实，出于政治目的', '毫无根据，严重失实'])}。`,
        `有关来函干涉${ctx.senderName}内政，违背客观、公正原则。${gov}敦促有关特别程序任务负责人停止依据不实信息发表评论。`,
      ];
    case 'substantive':
      return [`现将有关情况答复如下：`, info.join('\n'), `${gov}愿同特别程序保持建设性对话。`];
    case 'acknowledges':
      return ['代表团已收悉上述来函，并已转交国内主管部门，将适时答复。'];
    case 'partial':
      return [
        '现将初步情况答复如下：',
        `${info[0] ?? ''}\n${info[1] ?? ''}`,
        `但是，${gov}坚决反对将上述措施定性为侵犯人权，该说法毫无根据。鉴于案件尚在审理中，无法提供更多细节。`,
      ];
  }
}

function actorBody(ctx: ReplyContext): string[] {
  switch (ctx.stance) {
    case 'rejects':
      return ['我们坚决反对上述指控，有关指控毫无根据。'];
    case 'substantive':
      return ['现就来函所提问题答复如下：', '一、我们已对相关业务开展人权尽职调查。\n二、已委托独立机构进行评估，结果将予公布。\n三、受影响人员可通过申诉机制提出诉求。'];
    case 'acknowledges':
      return ['来函收悉，已转交主管部门，我们将适时作出完整答复。'];
    case 'partial':
      return ['初步情况如下：内部审查正在进行。', '但是，我们不接受关于我方对所述损害负有责任的指控。'];
  }
}

export const REPLY_ZH: ReplyPhrases = {
  marker: '【Missive 演示——合成文件】',
  title: (ctx) => `${ctx.senderName}的答复 — ${ctx.date}`,
  citation,
  note: {
    letterhead: (ctx) => [`${ctx.senderName}常驻联合国日内瓦办事处和瑞士其他国际组织代表团`],
    numberLine: (ctx) => `编号：${ctx.noteNumber}`,
    opening: (ctx, cited) => {
      const head = `${ctx.senderName}常驻联合国日内瓦办事处和瑞士其他国际组织代表团向联合国人权事务高级专员办事处致意`;
      return ctx.stance === 'acknowledges'
        ? `${head}，并谨告知已收悉${cited}。`
        : `${head}，并谨转交${ctx.senderName}政府对${cited}的答复。`;
    },
    body: stateBody,
    closing: (ctx) => pick(ctx.random, [`${ctx.senderName}常驻日内瓦代表团借此机会向人权高专办再次致以崇高的敬意。`, '代表团顺致崇高的敬意。']),
    placeDate: (ctx) => `${ctx.date}于日内瓦`,
    addressee: '联合国人权事务高级专员办事处\n日内瓦万国宫',
  },
  actor: {
    salutation: () => '尊敬的特别程序任务负责人：',
    opening: (ctx, cited) => `我们谨代表${ctx.senderName}，就${cited}作出答复。`,
    body: actorBody,
    closing: '此致\n敬礼',
    signerTitles: ['法律事务总监', '人权事务负责人', '首席执行官'],
  },
};
