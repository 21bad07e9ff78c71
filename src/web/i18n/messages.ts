import type { Locale } from './locales.js';

/** Every string the portal shows, per interface language; the type makes a missing one a build error. */
export interface Messages {
  readonly tagline: string;
  readonly searchLabel: string;
  readonly searchButton: string;
  readonly searchHint: string;
  readonly latest: string;
  readonly results: (count: string) => string;
  readonly windowNote: (size: string) => string;
  readonly noResults: string;
  readonly badQuery: string;
  readonly sortLabel: string;
  readonly sorts: Readonly<Record<'relevance' | 'date' | 'oldest', string>>;
  readonly facets: Readonly<Record<'country' | 'mandate' | 'type' | 'year' | 'replied' | 'stance' | 'lang' | 'kind', string>>;
  readonly replied: Readonly<Record<'yes' | 'overdue' | 'pending', string>>;
  readonly stances: Readonly<Record<'rejects' | 'substantive' | 'acknowledges' | 'partial', string>>;
  readonly kinds: Readonly<Record<'communication' | 'reply', string>>;
  readonly page: (n: number) => string;
  readonly more: string;
  readonly downloads: string;
  readonly feed: string;
  readonly language: string;
  readonly api: string;
  readonly communication: string;
  readonly reply: string;
  readonly dateSent: string;
  readonly replyDue: string;
  readonly publicOn: string;
  readonly addressees: string;
  readonly mandates: string;
  readonly type: string;
  readonly subject: string;
  readonly summary: string;
  readonly themes: string;
  readonly files: string;
  readonly download: string;
  readonly replies: string;
  readonly noReplies: string;
  readonly followsUp: string;
  readonly followedBy: string;
  readonly timeline: string;
  readonly events: Readonly<Record<'sent' | 'due' | 'received' | 'published', string>>;
  readonly sender: string;
  readonly noteNumber: string;
  readonly dateOnNote: string;
  readonly dateReceived: string;
  readonly stance: string;
  readonly answers: string;
  readonly languages: string;
  readonly notFound: string;
  readonly notFoundText: string;
  readonly figures: Readonly<Record<'communications' | 'replied' | 'responseRate' | 'responseRateInTime' | 'medianDays' | 'byYear' | 'year' | 'chart' | 'rateChart' | 'noData', string>>;
  readonly howComputed: string;
  readonly trends: Readonly<Record<'title' | 'intro' | 'joint' | 'states' | 'actors' | 'replies' | 'p90', string>>;
  readonly methodology: readonly string[];
  readonly searchThese: string;
  readonly headline: (communications: string, replies: string) => string;
}

const en: Messages = {
  tagline: 'Letters of the UN human rights experts to States and others, and the replies they received',
  searchLabel: 'Search communications and replies', searchButton: 'Search',
  searchHint: 'Words, "exact phrases", OR, -exclusions, and fields such as country:PRK year:2024 replied:no',
  latest: 'Newest published', results: (n) => `${n} results`,
  windowNote: (n) => `A very common search: ranked and counted among its newest ${n} matches. Sort by date, or narrow the search, to reach them all.`,
  noResults: 'Nothing published matches this search.', badQuery: 'This search cannot be read',
  sortLabel: 'Sort', sorts: { relevance: 'Relevance', date: 'Newest first', oldest: 'Oldest first' },
  facets: { country: 'State', mandate: 'Mandate', type: 'Type', year: 'Year', replied: 'Reply', stance: 'Stance', lang: 'Language', kind: 'Record' },
  replied: { yes: 'replied', overdue: 'no reply, overdue', pending: 'reply awaited' },
  stances: { rejects: 'rejects', substantive: 'answers in substance', acknowledges: 'acknowledges receipt', partial: 'answers in part' },
  kinds: { communication: 'Communication', reply: 'Reply' },
  page: (n) => `page ${n}`, more: 'More results', downloads: 'Download these results', feed: 'Atom feed', language: 'Language', api: 'Open data API',
  communication: 'Communication', reply: 'Reply', dateSent: 'Sent', replyDue: 'Reply due', publicOn: 'Published', addressees: 'Addressed to',
  mandates: 'Mandates', type: 'Type', subject: 'Subject', summary: 'Summary', themes: 'Themes', files: 'Documents', download: 'Download', replies: 'Replies', noReplies: 'No published reply.',
  followsUp: 'Follows up', followedBy: 'Followed up by', timeline: 'Timeline', events: { sent: 'sent', due: 'reply due', received: 'reply received', published: 'made public' },
  sender: 'Sent by', noteNumber: 'Note', dateOnNote: 'Dated', dateReceived: 'Received', stance: 'Stance', answers: 'Answers', languages: 'Languages',
  notFound: 'Not found', notFoundText: 'No published record has this address.',
  figures: { communications: 'Communications', replied: 'Replied', responseRate: 'Response rate', responseRateInTime: 'Replied within 60 days', medianDays: 'Median days to first reply', byYear: 'By year', year: 'Year', chart: 'Communications per year, and how many were replied to', rateChart: 'Response rate per year', noData: 'No published communication yet.' },
  howComputed: 'How these figures are computed',
  trends: { title: 'Trends', intro: 'Every published communication and reply of the special procedures, year by year.', joint: 'Joint', states: 'States addressed', actors: 'Non-State actors addressed', replies: 'Replies received', p90: '90th percentile of days to reply' },
  methodology: ['Only published records count: a communication once it is public, a reply once it is public.', 'Communications: those sent to the State (or signed by the mandate) and public on the day of the page.', 'Replied: those with at least one public reply; within 60 days: the first reply received no more than 60 days after sending.', 'Response rate: replied communications divided by communications. Median days: from sending to the first public reply, over the replied communications.'],
  searchThese: 'Search these communications',
  headline: (c, r) => `${c} communications and ${r} replies published`,
};

const fr: Messages = {
  tagline: 'Les lettres des experts des droits de l’homme de l’ONU aux États et à d’autres, et les réponses reçues',
  searchLabel: 'Chercher dans les communications et les réponses', searchButton: 'Chercher',
  searchHint: 'Des mots, des "expressions exactes", OR, des -exclusions, et des champs comme country:PRK year:2024 replied:no',
  latest: 'Dernières publications', results: (n) => `${n} résultats`,
  windowNote: (n) => `Recherche très large : classée et comptée parmi ses ${n} résultats les plus récents. Triez par date, ou précisez la recherche, pour tout voir.`,
  noResults: 'Aucun document publié ne correspond.', badQuery: 'Cette recherche ne peut pas être lue',
  sortLabel: 'Tri', sorts: { relevance: 'Pertinence', date: 'Plus récents', oldest: 'Plus anciens' },
  facets: { country: 'État', mandate: 'Mandat', type: 'Type', year: 'Année', replied: 'Réponse', stance: 'Position', lang: 'Langue', kind: 'Document' },
  replied: { yes: 'réponse reçue', overdue: 'sans réponse, délai dépassé', pending: 'réponse attendue' },
  stances: { rejects: 'rejette', substantive: 'répond sur le fond', acknowledges: 'accuse réception', partial: 'répond en partie' },
  kinds: { communication: 'Communication', reply: 'Réponse' },
  page: (n) => `page ${n}`, more: 'Plus de résultats', downloads: 'Télécharger ces résultats', feed: 'Flux Atom', language: 'Langue', api: 'API de données ouvertes',
  communication: 'Communication', reply: 'Réponse', dateSent: 'Envoyée le', replyDue: 'Réponse attendue le', publicOn: 'Publiée le', addressees: 'Destinataires',
  mandates: 'Mandats', type: 'Type', subject: 'Objet', summary: 'Résumé', themes: 'Thèmes', files: 'Documents', download: 'Télécharger', replies: 'Réponses', noReplies: 'Aucune réponse publiée.',
  followsUp: 'Fait suite à', followedBy: 'Suivie de', timeline: 'Chronologie', events: { sent: 'envoi', due: 'réponse attendue', received: 'réponse reçue', published: 'publication' },
  sender: 'Envoyée par', noteNumber: 'Note', dateOnNote: 'Datée du', dateReceived: 'Reçue le', stance: 'Position', answers: 'Répond à', languages: 'Langues',
  notFound: 'Introuvable', notFoundText: 'Aucun document publié ne se trouve à cette adresse.',
  figures: { communications: 'Communications', replied: 'Avec réponse', responseRate: 'Taux de réponse', responseRateInTime: 'Réponse dans les 60 jours', medianDays: 'Délai médian de la première réponse (jours)', byYear: 'Par année', year: 'Année', chart: 'Communications par année, et combien ont reçu une réponse', rateChart: 'Taux de réponse par année', noData: 'Aucune communication publiée pour l’instant.' },
  howComputed: 'Comment ces chiffres sont calculés',
  trends: { title: 'Tendances', intro: 'Toutes les communications et réponses publiées des procédures spéciales, année par année.', joint: 'Conjointes', states: 'États destinataires', actors: 'Acteurs non étatiques destinataires', replies: 'Réponses reçues', p90: '90e centile des jours jusqu’à la réponse' },
  methodology: ['Seuls les documents publiés comptent : une communication une fois publique, une réponse une fois publique.', 'Communications : celles adressées à l’État (ou signées par le mandat) et publiques au jour de la page.', 'Avec réponse : celles qui ont au moins une réponse publique ; dans les 60 jours : première réponse reçue au plus 60 jours après l’envoi.', 'Taux de réponse : communications avec réponse divisées par le nombre de communications. Délai médian : de l’envoi à la première réponse publique, parmi les communications avec réponse.'],
  searchThese: 'Chercher ces communications',
  headline: (c, r) => `${c} communications et ${r} réponses publiées`,
};

const es: Messages = {
  tagline: 'Las cartas de los expertos de derechos humanos de la ONU a los Estados y a otros, y las respuestas recibidas',
  searchLabel: 'Buscar en comunicaciones y respuestas', searchButton: 'Buscar',
  searchHint: 'Palabras, "frases exactas", OR, -exclusiones y campos como country:PRK year:2024 replied:no',
  latest: 'Publicado recientemente', results: (n) => `${n} resultados`,
  windowNote: (n) => `Búsqueda muy amplia: ordenada y contada entre sus ${n} coincidencias más recientes. Ordene por fecha, o precise la búsqueda, para verlas todas.`,
  noResults: 'Ningún documento publicado coincide.', badQuery: 'No se puede leer esta búsqueda',
  sortLabel: 'Orden', sorts: { relevance: 'Relevancia', date: 'Más recientes', oldest: 'Más antiguos' },
  facets: { country: 'Estado', mandate: 'Mandato', type: 'Tipo', year: 'Año', replied: 'Respuesta', stance: 'Postura', lang: 'Idioma', kind: 'Documento' },
  replied: { yes: 'respondida', overdue: 'sin respuesta, plazo vencido', pending: 'respuesta pendiente' },
  stances: { rejects: 'rechaza', substantive: 'responde en el fondo', acknowledges: 'acusa recibo', partial: 'responde en parte' },
  kinds: { communication: 'Comunicación', reply: 'Respuesta' },
  page: (n) => `página ${n}`, more: 'Más resultados', downloads: 'Descargar estos resultados', feed: 'Canal Atom', language: 'Idioma', api: 'API de datos abiertos',
  communication: 'Comunicación', reply: 'Respuesta', dateSent: 'Enviada', replyDue: 'Respuesta esperada', publicOn: 'Publicada', addressees: 'Destinatarios',
  mandates: 'Mandatos', type: 'Tipo', subject: 'Asunto', summary: 'Resumen', themes: 'Temas', files: 'Documentos', download: 'Descargar', replies: 'Respuestas', noReplies: 'Ninguna respuesta publicada.',
  followsUp: 'Da seguimiento a', followedBy: 'Seguida de', timeline: 'Cronología', events: { sent: 'envío', due: 'plazo de respuesta', received: 'respuesta recibida', published: 'publicación' },
  sender: 'Enviada por', noteNumber: 'Nota', dateOnNote: 'Fechada', dateReceived: 'Recibida', stance: 'Postura', answers: 'Responde a', languages: 'Idiomas',
  notFound: 'No encontrado', notFoundText: 'Ningún documento publicado tiene esta dirección.',
  figures: { communications: 'Comunicaciones', replied: 'Con respuesta', responseRate: 'Tasa de respuesta', responseRateInTime: 'Respuesta en 60 días', medianDays: 'Mediana de días hasta la primera respuesta', byYear: 'Por año', year: 'Año', chart: 'Comunicaciones por año y cuántas recibieron respuesta', rateChart: 'Tasa de respuesta por año', noData: 'Aún no hay comunicaciones publicadas.' },
  howComputed: 'Cómo se calculan estas cifras',
  trends: { title: 'Tendencias', intro: 'Todas las comunicaciones y respuestas publicadas de los procedimientos especiales, año por año.', joint: 'Conjuntas', states: 'Estados destinatarios', actors: 'Actores no estatales destinatarios', replies: 'Respuestas recibidas', p90: 'Percentil 90 de días hasta la respuesta' },
  methodology: ['Solo cuentan los documentos publicados: una comunicación cuando es pública, una respuesta cuando es pública.', 'Comunicaciones: las dirigidas al Estado (o firmadas por el mandato) y públicas en la fecha de la página.', 'Con respuesta: las que tienen al menos una respuesta pública; en 60 días: primera respuesta recibida a más tardar 60 días después del envío.', 'Tasa de respuesta: comunicaciones con respuesta divididas por comunicaciones. Mediana de días: del envío a la primera respuesta pública, entre las comunicaciones con respuesta.'],
  searchThese: 'Buscar estas comunicaciones',
  headline: (c, r) => `${c} comunicaciones y ${r} respuestas publicadas`,
};

const ar: Messages = {
  tagline: 'رسائل خبراء الأمم المتحدة في مجال حقوق الإنسان إلى الدول وغيرها، والردود الواردة عليها',
  searchLabel: 'البحث في الرسائل والردود', searchButton: 'بحث',
  searchHint: 'كلمات، "عبارات مطابقة"، OR، -استبعاد، وحقول مثل country:PRK year:2024 replied:no',
  latest: 'أحدث المنشورات', results: (n) => `${n} نتيجة`,
  windowNote: (n) => `بحث واسع جدًا: رُتّب وعُدّ ضمن أحدث ${n} نتيجة. رتّب حسب التاريخ أو ضيّق البحث للوصول إلى جميع النتائج.`,
  noResults: 'لا توجد وثيقة منشورة تطابق هذا البحث.', badQuery: 'تعذّرت قراءة هذا البحث',
  sortLabel: 'الترتيب', sorts: { relevance: 'الصلة', date: 'الأحدث أولًا', oldest: 'الأقدم أولًا' },
  facets: { country: 'الدولة', mandate: 'الولاية', type: 'النوع', year: 'السنة', replied: 'الرد', stance: 'الموقف', lang: 'اللغة', kind: 'الوثيقة' },
  replied: { yes: 'ورد رد', overdue: 'لا رد، انقضت المهلة', pending: 'الرد منتظر' },
  stances: { rejects: 'يرفض', substantive: 'يرد في الموضوع', acknowledges: 'يفيد بالاستلام', partial: 'يرد جزئيًا' },
  kinds: { communication: 'رسالة', reply: 'رد' },
  page: (n) => `الصفحة ${n}`, more: 'مزيد من النتائج', downloads: 'تنزيل هذه النتائج', feed: 'موجز Atom', language: 'اللغة', api: 'واجهة البيانات المفتوحة',
  communication: 'رسالة', reply: 'رد', dateSent: 'تاريخ الإرسال', replyDue: 'موعد الرد', publicOn: 'تاريخ النشر', addressees: 'موجّهة إلى',
  mandates: 'الولايات', type: 'النوع', subject: 'الموضوع', summary: 'الملخص', themes: 'المواضيع', files: 'الوثائق', download: 'تنزيل', replies: 'الردود', noReplies: 'لا يوجد رد منشور.',
  followsUp: 'متابعة لـ', followedBy: 'تلتها متابعة في', timeline: 'التسلسل الزمني', events: { sent: 'الإرسال', due: 'موعد الرد', received: 'ورود الرد', published: 'النشر' },
  sender: 'المرسل', noteNumber: 'المذكرة', dateOnNote: 'بتاريخ', dateReceived: 'تاريخ الورود', stance: 'الموقف', answers: 'ردًا على', languages: 'اللغات',
  notFound: 'غير موجود', notFoundText: 'لا توجد وثيقة منشورة بهذا العنوان.',
  figures: { communications: 'الرسائل', replied: 'ورد عليها رد', responseRate: 'معدل الرد', responseRateInTime: 'رد خلال 60 يومًا', medianDays: 'الوسيط بالأيام حتى أول رد', byYear: 'حسب السنة', year: 'السنة', chart: 'الرسائل في كل سنة وعدد ما ورد عليه رد منها', rateChart: 'معدل الرد حسب السنة', noData: 'لا توجد رسائل منشورة بعد.' },
  howComputed: 'كيف تُحسب هذه الأرقام',
  trends: { title: 'الاتجاهات', intro: 'جميع رسائل الإجراءات الخاصة والردود عليها المنشورة، سنة بسنة.', joint: 'مشتركة', states: 'الدول المرسل إليها', actors: 'الجهات من غير الدول المرسل إليها', replies: 'الردود الواردة', p90: 'المئين التسعون لأيام الرد' },
  methodology: ['لا تُحسب إلا الوثائق المنشورة: الرسالة بعد أن تصبح علنية، والرد بعد أن يصبح علنيًا.', 'الرسائل: الموجهة إلى الدولة (أو الموقعة من الولاية) والعلنية في تاريخ الصفحة.', 'ورد عليها رد: التي لها رد علني واحد على الأقل؛ خلال 60 يومًا: ورد أول رد في غضون 60 يومًا من الإرسال.', 'معدل الرد: الرسائل التي ورد عليها رد مقسومة على عدد الرسائل. الوسيط بالأيام: من الإرسال إلى أول رد علني، بين الرسائل التي ورد عليها رد.'],
  searchThese: 'البحث في هذه الرسائل',
  headline: (c, r) => `${c} رسالة و${r} ردًا منشورة`,
};

const zh: Messages = {
  tagline: '联合国人权专家致各国及其他方面的信函，以及收到的答复',
  searchLabel: '搜索来文和答复', searchButton: '搜索',
  searchHint: '词语、"完整短语"、OR、-排除，以及 country:PRK year:2024 replied:no 等字段',
  latest: '最新公布', results: (n) => `${n} 条结果`,
  windowNote: (n) => `搜索范围很广：仅在最新的 ${n} 条匹配中排序和计数。按日期排序或缩小搜索范围可查看全部。`,
  noResults: '没有已公布的文件符合此搜索。', badQuery: '无法理解此搜索',
  sortLabel: '排序', sorts: { relevance: '相关度', date: '最新在前', oldest: '最早在前' },
  facets: { country: '国家', mandate: '任务', type: '类型', year: '年份', replied: '答复', stance: '立场', lang: '语言', kind: '文件' },
  replied: { yes: '已答复', overdue: '未答复，已逾期', pending: '等待答复' },
  stances: { rejects: '拒绝', substantive: '实质性答复', acknowledges: '确认收到', partial: '部分答复' },
  kinds: { communication: '来文', reply: '答复' },
  page: (n) => `第 ${n} 页`, more: '更多结果', downloads: '下载这些结果', feed: 'Atom 订阅', language: '语言', api: '开放数据接口',
  communication: '来文', reply: '答复', dateSent: '发送日期', replyDue: '答复期限', publicOn: '公布日期', addressees: '收件方',
  mandates: '任务', type: '类型', subject: '主题', summary: '摘要', themes: '专题', files: '文件', download: '下载', replies: '答复', noReplies: '尚无公布的答复。',
  followsUp: '后续于', followedBy: '后续来文', timeline: '时间线', events: { sent: '发送', due: '答复期限', received: '收到答复', published: '公布' },
  sender: '发件方', noteNumber: '照会', dateOnNote: '日期', dateReceived: '收到日期', stance: '立场', answers: '答复对象', languages: '语言',
  notFound: '未找到', notFoundText: '此地址没有已公布的文件。',
  figures: { communications: '来文', replied: '已答复', responseRate: '答复率', responseRateInTime: '60 天内答复', medianDays: '首次答复天数中位数', byYear: '按年份', year: '年份', chart: '每年来文数量及其中获得答复的数量', rateChart: '各年答复率', noData: '尚无公布的来文。' },
  howComputed: '这些数字如何计算',
  trends: { title: '趋势', intro: '特别程序公布的全部来文和答复，逐年统计。', joint: '联合来文', states: '收文国家', actors: '收文非国家行为体', replies: '收到的答复', p90: '答复天数第90百分位' },
  methodology: ['只计算已公布的文件：来文在公布之后，答复在公布之后。', '来文：发给该国（或由该任务签署）且在页面日期已公布的来文。', '已答复：至少有一份已公布答复的来文；60 天内：首次答复在发送后 60 天内收到。', '答复率：已答复来文数除以来文总数。天数中位数：从发送到首次公布答复，仅计已答复的来文。'],
  searchThese: '搜索这些来文',
  headline: (c, r) => `已公布 ${c} 份来文和 ${r} 份答复`,
};

const ru: Messages = {
  tagline: 'Письма экспертов ООН по правам человека государствам и другим адресатам и полученные на них ответы',
  searchLabel: 'Поиск по сообщениям и ответам', searchButton: 'Найти',
  searchHint: 'Слова, "точные фразы", OR, -исключения и поля, например country:PRK year:2024 replied:no',
  latest: 'Недавно опубликовано', results: (n) => `Результатов: ${n}`,
  windowNote: (n) => `Очень широкий запрос: упорядочены и подсчитаны только ${n} самых новых совпадений. Чтобы увидеть все, отсортируйте по дате или уточните запрос.`,
  noResults: 'Опубликованных документов по этому запросу нет.', badQuery: 'Не удалось разобрать запрос',
  sortLabel: 'Порядок', sorts: { relevance: 'По релевантности', date: 'Сначала новые', oldest: 'Сначала старые' },
  facets: { country: 'Государство', mandate: 'Мандат', type: 'Тип', year: 'Год', replied: 'Ответ', stance: 'Позиция', lang: 'Язык', kind: 'Документ' },
  replied: { yes: 'ответ получен', overdue: 'ответа нет, срок истёк', pending: 'ответ ожидается' },
  stances: { rejects: 'отвергает', substantive: 'отвечает по существу', acknowledges: 'подтверждает получение', partial: 'отвечает частично' },
  kinds: { communication: 'Сообщение', reply: 'Ответ' },
  page: (n) => `страница ${n}`, more: 'Ещё результаты', downloads: 'Скачать результаты', feed: 'Лента Atom', language: 'Язык', api: 'API открытых данных',
  communication: 'Сообщение', reply: 'Ответ', dateSent: 'Отправлено', replyDue: 'Срок ответа', publicOn: 'Опубликовано', addressees: 'Адресат',
  mandates: 'Мандаты', type: 'Тип', subject: 'Тема', summary: 'Краткое содержание', themes: 'Темы', files: 'Документы', download: 'Скачать', replies: 'Ответы', noReplies: 'Опубликованных ответов нет.',
  followsUp: 'В продолжение', followedBy: 'Продолжено в', timeline: 'Хронология', events: { sent: 'отправка', due: 'срок ответа', received: 'получен ответ', published: 'публикация' },
  sender: 'Отправитель', noteNumber: 'Нота', dateOnNote: 'Дата ноты', dateReceived: 'Получено', stance: 'Позиция', answers: 'Отвечает на', languages: 'Языки',
  notFound: 'Не найдено', notFoundText: 'По этому адресу нет опубликованного документа.',
  figures: { communications: 'Сообщения', replied: 'С ответом', responseRate: 'Доля ответов', responseRateInTime: 'Ответ в течение 60 дней', medianDays: 'Медиана дней до первого ответа', byYear: 'По годам', year: 'Год', chart: 'Сообщения по годам и сколько из них получили ответ', rateChart: 'Доля ответов по годам', noData: 'Опубликованных сообщений пока нет.' },
  howComputed: 'Как рассчитываются эти показатели',
  trends: { title: 'Динамика', intro: 'Все опубликованные сообщения специальных процедур и ответы на них, по годам.', joint: 'Совместные', states: 'Государства-адресаты', actors: 'Негосударственные субъекты-адресаты', replies: 'Полученные ответы', p90: '90-й процентиль дней до ответа' },
  methodology: ['Учитываются только опубликованные документы: сообщение — после публикации, ответ — после публикации.', 'Сообщения: направленные государству (или подписанные мандатом) и опубликованные на дату страницы.', 'С ответом: имеющие хотя бы один опубликованный ответ; в течение 60 дней: первый ответ получен не позднее 60 дней после отправки.', 'Доля ответов: сообщения с ответом, делённые на все сообщения. Медиана дней: от отправки до первого опубликованного ответа, среди сообщений с ответом.'],
  searchThese: 'Искать эти сообщения',
  headline: (c, r) => `Опубликовано сообщений: ${c}, ответов: ${r}`,
};

export const MESSAGES: Readonly<Record<Locale, Messages>> = { en, fr, es, ar, zh, ru };
