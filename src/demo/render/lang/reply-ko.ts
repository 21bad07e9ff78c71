import { englishWithArticle } from '../grammar.js';
import { joinList, pick } from '../random.js';
import { stateName } from '../reference.js';
import type { ReplyContext, ReplyPhrases } from '../reply-types.js';

const mit = (items: string[]): string => joinList(items, ', ', ' 및 ');

/** Every citation ends on the noun 서한, so the particles after it (을, 과) are always right. */
function citation(ctx: ReplyContext): string {
  const letter = ctx.joint ? '공동 서한' : '서한';
  switch (ctx.style) {
    case 'reference': {
      const when = ctx.letterDates.length > 0 && pick(ctx.random, [true, false]) ? `${mit(ctx.letterDates)}자 ` : '';
      return `${when}번호 ${mit(ctx.references)}의 ${letter}`;
    }
    case 'date':
      return `${mit(ctx.letterDates)}자 ${letter}`;
    case 'mandates':
      return ctx.mandateNames.length > 0
        ? `${mit(ctx.mandateNames)}의 ${letter}`
        : `인권이사회 특별절차 위임수임자들의 ${letter}`;
    case 'none':
      return `${ctx.subject}에 관한 특별절차의 ${letter}`;
  }
}

function stateBody(ctx: ReplyContext): string[] {
  const gov = `${ctx.senderName} 정부`;
  const r = ctx.random;
  const info = ctx.kind === 'legislation'
    ? ['1. 해당 법안은 헌법에 따라 마련되었으며 관계자들과의 협의를 거쳤습니다.', '2. 그 규정은 정당한 목적을 추구하며 국제기준에 부합합니다.', '3. 모든 제한 조치는 사법적 심사를 받습니다.']
    : [`1. 관련자들은 국내 법률에 따라 형법상 범죄 혐의로 ${pick(r, ['체포되었습니다', '기소되었습니다'])}.`,
      '2. 관련자들은 변호인의 조력을 받고 있으며 가족 면회와 의료 지원이 보장되고 있습니다.',
      `3. ${pick(r, ['수사가 진행 중이며 결과는 추후 통보하겠습니다.', '사건은 독립적인 법원에서 심리 중입니다.'])}`];
  switch (ctx.stance) {
    case 'rejects':
      return [
        `${gov}는 서한에 담긴 주장을 단호히 거부합니다. 해당 주장은 ${pick(r, ['근거 없는 날조입니다', '사실을 왜곡한 정치적 모략입니다', '검증되지 않은 정보에 기초한 것입니다'])}.`,
        '이러한 주장은 주권 국가의 내정에 대한 간섭이며, 공정성과 객관성의 원칙에 어긋납니다.',
      ];
    case 'substantive':
      return [`${gov}는 제기된 질문에 대하여 다음과 같은 정보를 제공합니다.`, info.join('\n'), `${gov}는 특별절차와 협력하겠다는 의지를 재확인합니다.`];
    case 'acknowledges':
      return ['대표부는 상기 서한을 접수하였으며 이를 관계 당국에 전달하였습니다. 정부의 답변을 받는 즉시 전달하겠습니다.'];
    case 'partial':
      return [
        `${gov}는 다음과 같은 예비 정보를 제공합니다.`,
        `${info[0] ?? ''}\n${info[1] ?? ''}`,
        `다만, ${gov}는 이러한 조치를 인권 침해로 규정하는 것을 거부하며, 재판이 진행 중인 사안에 대해서는 추가 정보를 제공할 수 없습니다.`,
      ];
  }
}

function actorBody(ctx: ReplyContext): string[] {
  switch (ctx.stance) {
    case 'rejects':
      return ['당사는 해당 주장을 단호히 거부합니다. 이는 근거 없는 주장입니다.'];
    case 'substantive':
      return ['제기된 질문에 대하여 다음과 같은 정보를 제공합니다.', '1. 관련 사업에 대한 인권 실사를 실시하였습니다.\n2. 독립적인 평가를 의뢰하였으며 결과를 공개할 예정입니다.\n3. 피해자를 위한 고충처리 절차가 마련되어 있습니다.'];
    case 'acknowledges':
      return ['귀하의 서한을 접수하였으며 담당 부서에 전달하였습니다. 조속히 완전한 답변을 드리겠습니다.'];
    case 'partial':
      return ['예비적으로 내부 검토가 진행 중임을 알려드립니다.', '다만, 당사가 해당 피해에 책임이 있다는 주장은 거부합니다.'];
  }
}

export const REPLY_KO: ReplyPhrases = {
  marker: '[Missive 데모 — 합성 문서]',
  title: (ctx) => `${ctx.senderName}의 회신 — ${ctx.date}`,
  citation,
  note: {
    letterhead: (ctx) => {
      const english = stateName(ctx.sender.code, 'en') ?? ctx.sender.name;
      return [ctx.senderName, '제네바유엔사무국 및', '국제기구주재 상설대표부', '',
        englishWithArticle(english).replace(/^the /, ''), 'Permanent Mission to the United Nations Office', 'and Other International Organizations in Geneva'];
    },
    numberLine: (ctx) => (/^(No|번호)/.test(ctx.noteNumber) ? ctx.noteNumber : `${pick(ctx.random, ['번호:', '문서번호:', 'No.'])} ${ctx.noteNumber}`),
    opening: (ctx, cited) => {
      const head = `주제네바 ${ctx.senderName} 상설대표부는 유엔인권최고대표사무소에 경의를 표하며`;
      return ctx.stance === 'acknowledges'
        ? `${head}, ${cited}을 접수하였음을 알려드립니다.`
        : `${head}, ${cited}과 관련하여 다음과 같이 회답합니다.`;
    },
    body: stateBody,
    closing: (ctx) => `주제네바 ${ctx.senderName} 상설대표부는 이 기회를 빌려 유엔인권최고대표사무소에 최고의 경의를 다시 한번 표합니다.`,
    placeDate: (ctx) => pick(ctx.random, [`제네바, ${ctx.date}`, `${ctx.date}, 제네바`]),
    addressee: '유엔인권최고대표사무소\n제네바',
  },
  actor: {
    salutation: () => '특별절차 위임수임자 귀하',
    opening: (ctx, cited) => `${ctx.senderName} 측을 대표하여 ${cited}에 대하여 회신드립니다.`,
    body: actorBody,
    closing: '감사합니다.',
    signerTitles: ['법무 담당 이사', '인권 담당 책임자', '대표이사'],
  },
};
