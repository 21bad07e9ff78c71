/**
 * Phrases that show what a reply does, in the six UN languages and Korean, after the stance
 * tables of notes-verbales.md and the usual wording of missions and companies. `strong`
 * phrases decide alone; `weak` ones only add up. A trailing `*` matches any ending.
 */
export interface StanceSignals {
  readonly strong: readonly string[];
  readonly weak: readonly string[];
}

export const REJECT: StanceSignals = {
  strong: [
    'categorically rejects', 'categorically reject', 'firmly rejects', 'strongly rejects', 'resolutely rejects', 'categorically denies',
    'denies and rejects', 'rejects the allegations', 'reject the allegations', 'rejects these allegations', 'rejects the characterization',
    'reject the allegation', 'rejects in their entirety', 'firmly reject', 'strongly reject', 'categorically deny', 'we reject',
    'reject* the suggestion', 'reject* the assertion', 'reject* the claim*', 'reject* these claims', 'reject* any allegation*',
    'rejette en revanche', 'rejette les accusations', 'rechaza las acusaciones', 'unfounded', 'baseless', 'groundless', 'without merit', 'fabricated', 'fabrication',
    'politically motivated', 'political provocation', 'interference in the internal affairs', 'interference in internal affairs',
    'rejette catégoriquement', 'rejette fermement', 'rejette les allégations', 'rejetons catégoriquement', 'rejetons ces allégations',
    "rejetons l'allégation", 'rejette la qualification', 'infondées', 'infondée', 'sans fondement', 'dénuées de tout fondement',
    'dénuées de fondement', 'ingérence dans les affaires intérieures', 'politiquement motivées', 'mensongères',
    'rechaza categóricamente', 'rechaza firmemente', 'rechazamos categóricamente', 'rechaza las alegaciones', 'rechazamos que', 'rechaza que',
    'carecen de fundamento', 'carece de fundamento', 'infundadas', 'injerencia en los asuntos internos', 'motivaciones políticas',
    'políticamente motivadas',
    'категорически отвергает', 'категорически отвергаем', 'отвергает', 'отвергаем', 'необоснованн*', 'не соответствуют действительности',
    'не соответствующие действительности', 'политически мотивированн*', 'вмешательство во внутренние дела', 'вмешательством во внутренние дела',
    'رفضا قاطعا', 'ترفض', 'نرفض', 'لا أساس لها من الصحة', 'لا أساس له', 'عارية عن الصحة', 'مسيسة', 'الشؤون الداخلية', 'مفبركة', 'افتراءات',
    '坚决反对', '坚决拒绝', '毫无根据', '纯属捏造', '严重失实', '干涉', '出于政治目的', '不接受', '无端指责', '歪曲事实',
    '단호히 거부', '거부합니다', '거부하며', '근거 없는', '날조', '정치적 모략', '내정에 대한 간섭', '내정 간섭', '배격',
  ],
  weak: [
    'false', 'falsehood', 'biased', 'unverified sources', 'misleading information', 'distort the facts', 'distort the truth', 'do not reflect the reality',
    'does not reflect the reality', 'smear', 'slander', 'is unacceptable', 'cannot accept', 'does not accept', 'erronées', 'ne reflètent pas la réalité',
    'fallacieuses', 'información sesgada', 'no reflejan la realidad', 'falsas', 'непроверенн*', 'клевет*', 'голословн*', 'غير موثوقة', 'كاذبة',
    '不实信息', '政治操弄', '失实', '왜곡', '검증되지 않은',
  ],
};

export const INFORM: StanceSignals = {
  strong: [
    'wishes to provide the following information', 'provide the following information', 'provide the following preliminary information',
    'the following information', 'in response to the questions raised', 'in response to the questions', 'in reply to the questions',
    'the reply of the Government is attached',
    'wishes to inform', 'would like to inform', 'wishes to clarify', 'would like to clarify', 'provide the following clarification*',
    'arrested on charges', 'in accordance with national legislation', 'the investigation is ongoing', 'pursuant to a warrant',
    'an inquiry has been initiated', 'human rights impact assessment',
    'an investigation was opened', 'was released on', 'access to legal counsel',
    'souhaite apporter les informations suivantes', 'les informations suivantes', 'les éléments de réponse', 'éléments de réponse',
    'informations préliminaires suivantes', 'en réponse aux questions', 'conformément à la législation nationale', 'une enquête a été ouverte',
    'a été remis en liberté', 'accès à un avocat', "éléments d'information", 'tient à préciser', 'souhaite préciser', 'le Gouvernement précise',
    'conformément à la loi', 'souhaite informer',
    'desea proporcionar la siguiente información', 'la siguiente información', 'información preliminar', 'en respuesta a las preguntas',
    'de conformidad con la legislación nacional', 'se inició una investigación', 'fue puesto en libertad', 'acceso a un abogado', 'desea informar',
    'de conformidad con la ley', 'desea precisar',
    'сообщает следующее', 'сообщаем следующее', 'по существу поставленных вопросов', 'информирует о следующем', 'в соответствии с законодательством',
    'возбуждено уголовное дело', 'проводится проверка', 'проводится внутренняя проверка', 'доступ к адвокату',
    'أن تفيد بما يلي', 'تفيد بما يلي', 'نفيد بما يلي', 'ردا على الأسئلة', 'وفقا للتشريعات الوطنية', 'تم فتح تحقيق', 'أفرج عنه', 'المعلومات الأولية',
    'أن تقدم المعلومات', 'مراجعة داخلية',
    '有关情况答复如下', '情况答复如下', '情况如下', '刑事拘留', '合法权益', '内部审查', '尽职调查', '申诉机制',
    '다음과 같은 정보를 제공', '정보를 제공합니다', '예비 정보', '국내 법률에 따라', '체포되었습니다', '기소되었습니다', '변호인의 조력', '내부 검토',
    '인권 실사', '수사가 진행 중',
  ],
  weak: [
    'transmit herewith the response', 'transmit herewith the reply', '다음과 같이 회답', 'criminal code', 'medical care', 'before the courts', 'due diligence', 'grievance mechanism', 'independent assessment', 'internal review',
    'was sentenced', 'legal aid', 'judicial review', 'in accordance with the law', 'public prosecution', 'brought before', 'the trial',
    'garde à vue', 'recours devant', 'fiscalía', 'прокуратур*', 'code pénal', 'soins médicaux', 'diligence raisonnable',
    'mécanisme de réclamation', 'évaluation indépendante', 'examen interne', 'contrôle du juge', 'código penal', 'atención médica', 'debida diligencia',
    'mecanismo de reclamación', 'evaluación independiente', 'examen interno', 'control judicial', 'уголовного кодекса', 'медицинская помощь',
    'медицинскую помощь', 'независимая оценка', 'механизм рассмотрения жалоб', 'судебному контролю', 'قانون العقوبات', 'الرعاية الطبية', 'العناية الواجبة',
    'الرقابة القضائية', 'النيابة العامة', 'وفقا للقانون', '律师', '医疗', '审理中', '独立机构', '司法监督', '依法', '答复如下', '의료 지원', '심리 중', '고충처리', '독립적인 평가', '사법적 심사',
  ],
};

export const ACKNOWLEDGE: StanceSignals = {
  strong: [
    'acknowledges receipt', 'acknowledge receipt', 'has been transmitted to the competent authorities', 'transmitted to the competent authorities',
    'forwarded to the competent authorities', 'forwarded to the responsible department', 'will forward the reply', 'will revert',
    'as soon as it is received', 'interim reply', 'requests an extension', 'accuse réception', 'accusons réception', 'transmise aux autorités compétentes',
    'ne manquera pas de transmettre', 'dès réception', 'réponse préliminaire', 'acusa recibo', 'acusamos recibo', 'remitida a las autoridades competentes',
    'hará llegar oportunamente', 'respuesta preliminar', 'le haremos llegar', 'подтверждает получение', 'подтверждаем получение',
    'направлено в компетентные органы', 'дополнительно проинформирует', 'по получении ответа', 'будет направлен дополнительно', 'باستلام',
    'أحيلت إلى الجهات المختصة', 'ستوافي المفوضية بالرد', 'فور وروده', 'رد أولي', 'سنوافيكم', 'تمت إحالة', 'إحالة الرسالة', 'موافاة المفوضية',
    'حال استلامه', 'فور استلامه', '收悉', '已转交', '将适时答复', '初步答复', '适时作出',
    '접수하였으며', '접수하였음을', '관계 당국에 전달', '답변을 받는 즉시', '담당 부서에 전달',
  ],
  weak: ['in due course', 'will be transmitted', 'en temps utile', 'oportunamente', 'в установленном порядке', 'في حينه', '适时', '조속히'],
};

/** Refusals to say more, and markers of a partial answer; they make information plus rejection "partial". */
export const REFUSE: StanceSignals = {
  strong: [
    'cannot provide further details', 'cannot provide further', 'not in a position to provide', 'sub judice', 'cannot comment on matters',
    'ne peut fournir davantage', 'ne peut fournir', "en cours d'instruction", 'no puede aportar más detalles', 'no puede aportar',
    'не может сообщить дополнительные сведения', 'до завершения судебного разбирательства', 'لا يسعها تقديم تفاصيل', '无法提供更多细节', '无法提供',
    '추가 정보를 제공할 수 없습니다',
  ],
  weak: ['preliminary', 'préliminaires', 'preliminar', 'в предварительном порядке', 'предварительно', 'مبدئيا', 'الأولية', '初步', '예비'],
};
