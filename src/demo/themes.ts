import type { DemoLanguage, LetterLanguage } from './render/types.js';

/** What kind of facts a letter on the theme recounts; each kind has its own paragraphs. */
export type FactKind =
  | 'detention' | 'disappearance' | 'torture' | 'death-penalty' | 'killing' | 'legislation'
  | 'eviction' | 'business' | 'reprisal' | 'restriction' | 'discrimination' | 'migration';

export interface Theme {
  id: string;
  /** Mandates that typically write on it, ids from data/reference/mandates.json. */
  mandateIds: string[];
  kind: FactKind;
  /** A noun phrase that fits after "concerning"; the Russian one is in the genitive. */
  subject: Record<DemoLanguage, string>;
  /** Who the victims are, singular then plural, without article where the language allows. */
  victimRole: Record<LetterLanguage, readonly [string, string]>;
}

type Row = [id: string, kind: FactKind, mandateIds: string[], subject: Record<DemoLanguage, string>, role: Record<LetterLanguage, readonly [string, string]>];

const ROWS: Row[] = [
  ['detention-journalist', 'detention', ['sr-expression', 'wg-arbitrary-detention', 'sr-hrds'],
    { en: 'the arbitrary detention of a journalist', fr: "la détention arbitraire d'un journaliste", es: 'la detención arbitraria de un periodista', ru: 'произвольного задержания журналиста', ar: 'الاحتجاز التعسفي لصحفي', zh: '任意拘留一名记者', ko: '언론인에 대한 자의적 구금' },
    { en: ['a journalist working for an independent news website', 'journalists working for an independent news website'], fr: ["journaliste d'un site d'information indépendant", "journalistes d'un site d'information indépendant"], es: ['periodista de un medio digital independiente', 'periodistas de un medio digital independiente'] }],
  ['detention-defender', 'detention', ['sr-hrds', 'wg-arbitrary-detention'],
    { en: 'the detention of a human rights defender', fr: "la détention d'un défenseur des droits de l'homme", es: 'la detención de un defensor de derechos humanos', ru: 'задержания правозащитника', ar: 'احتجاز مدافع عن حقوق الإنسان', zh: '拘留一名人权维护者', ko: '인권옹호자 구금' },
    { en: ['a human rights defender', 'human rights defenders'], fr: ["défenseur des droits de l'homme", "défenseurs des droits de l'homme"], es: ['defensor de derechos humanos', 'defensores de derechos humanos'] }],
  ['detention-lawyer', 'detention', ['sr-judges-lawyers', 'wg-arbitrary-detention', 'sr-hrds'],
    { en: 'the arrest and prosecution of a human rights lawyer', fr: "l'arrestation et les poursuites visant un avocat des droits de l'homme", es: 'la detención y el procesamiento de un abogado de derechos humanos', ru: 'ареста и уголовного преследования адвоката', ar: 'اعتقال محامٍ في مجال حقوق الإنسان وملاحقته قضائياً', zh: '逮捕和起诉一名人权律师', ko: '인권 변호사 체포 및 기소' },
    { en: ['a lawyer who represents victims of human rights violations', 'lawyers who represent victims of human rights violations'], fr: ['avocat représentant des victimes de violations des droits de l’homme', 'avocats représentant des victimes de violations des droits de l’homme'], es: ['abogado que representa a víctimas de violaciones de derechos humanos', 'abogados que representan a víctimas de violaciones de derechos humanos'] }],
  ['detention-protesters', 'detention', ['sr-assembly-association', 'wg-arbitrary-detention', 'sr-expression'],
    { en: 'the mass arrest of peaceful protesters', fr: "l'arrestation massive de manifestants pacifiques", es: 'la detención masiva de manifestantes pacíficos', ru: 'массовых задержаний мирных демонстрантов', ar: 'الاعتقال الجماعي لمتظاهرين سلميين', zh: '大规模逮捕和平抗议者', ko: '평화적 시위자 대량 체포' },
    { en: ['a student who took part in a peaceful demonstration', 'students who took part in a peaceful demonstration'], fr: ['étudiant ayant participé à une manifestation pacifique', 'étudiants ayant participé à une manifestation pacifique'], es: ['estudiante que participó en una manifestación pacífica', 'estudiantes que participaron en una manifestación pacífica'] }],
  ['disappearance-activist', 'disappearance', ['wg-disappearances', 'sr-hrds', 'wg-arbitrary-detention'],
    { en: 'the alleged enforced disappearance of an activist', fr: "la disparition forcée présumée d'un militant", es: 'la presunta desaparición forzada de un activista', ru: 'предполагаемого насильственного исчезновения активиста', ar: 'الاختفاء القسري المزعوم لناشط', zh: '一名活动人士据称遭强迫失踪', ko: '활동가에 대한 강제실종 의혹' },
    { en: ['a community activist', 'community activists'], fr: ['militant associatif', 'militants associatifs'], es: ['activista comunitario', 'activistas comunitarios'] }],
  ['torture-custody', 'torture', ['sr-torture', 'wg-arbitrary-detention'],
    { en: 'allegations of torture in pre-trial detention', fr: 'des allégations de torture en détention provisoire', es: 'denuncias de tortura durante la detención preventiva', ru: 'утверждений о пытках в следственном изоляторе', ar: 'ادعاءات التعذيب أثناء الاحتجاز السابق للمحاكمة', zh: '审前羁押期间遭受酷刑的指控', ko: '미결 구금 중 고문 의혹' },
    { en: ['a detainee held in pre-trial detention', 'detainees held in pre-trial detention'], fr: ['personne placée en détention provisoire', 'personnes placées en détention provisoire'], es: ['persona en detención preventiva', 'personas en detención preventiva'] }],
  ['medical-care-prisoner', 'torture', ['sr-health', 'sr-torture', 'wg-arbitrary-detention'],
    { en: 'the denial of medical care to a prisoner', fr: "le refus de soins médicaux à un détenu", es: 'la denegación de atención médica a un recluso', ru: 'отказа в медицинской помощи заключенному', ar: 'حرمان سجين من الرعاية الطبية', zh: '拒绝向一名囚犯提供医疗', ko: '수감자에 대한 의료 제공 거부' },
    { en: ['a prisoner suffering from a serious illness', 'prisoners suffering from serious illnesses'], fr: ['détenu atteint d’une maladie grave', 'détenus atteints de maladies graves'], es: ['recluso que padece una enfermedad grave', 'reclusos que padecen enfermedades graves'] }],
  ['death-sentence', 'death-penalty', ['sr-executions', 'sr-torture', 'wg-arbitrary-detention'],
    { en: 'a death sentence imposed after an unfair trial', fr: "une condamnation à mort prononcée à l'issue d'un procès inéquitable", es: 'una condena a muerte impuesta tras un juicio sin garantías', ru: 'смертного приговора, вынесенного по итогам несправедливого судебного разбирательства', ar: 'حكم بالإعدام صدر إثر محاكمة جائرة', zh: '在不公正审判后判处死刑', ko: '불공정한 재판 후 선고된 사형' },
    { en: ['a man sentenced to death', 'persons sentenced to death'], fr: ['condamné à mort', 'condamnés à mort'], es: ['condenado a muerte', 'condenados a muerte'] }],
  ['execution-drug-offences', 'death-penalty', ['sr-executions', 'sr-torture'],
    { en: 'imminent executions for drug-related offences', fr: "l'exécution imminente de personnes condamnées pour des infractions liées aux stupéfiants", es: 'la inminente ejecución de personas condenadas por delitos de drogas', ru: 'неминуемой казни лиц, осужденных за преступления, связанные с наркотиками', ar: 'تنفيذ وشيك لأحكام إعدام في جرائم تتعلق بالمخدرات', zh: '即将因毒品相关犯罪执行死刑', ko: '마약 관련 범죄에 대한 임박한 사형 집행' },
    { en: ['a foreign national convicted of a drug offence', 'foreign nationals convicted of drug offences'], fr: ['ressortissant étranger condamné pour trafic de stupéfiants', 'ressortissants étrangers condamnés pour trafic de stupéfiants'], es: ['extranjero condenado por un delito de drogas', 'extranjeros condenados por delitos de drogas'] }],
  ['killing-defender', 'killing', ['sr-executions', 'sr-hrds'],
    { en: 'the killing of an environmental defender', fr: "le meurtre d'un défenseur de l'environnement", es: 'el asesinato de un defensor ambiental', ru: 'убийства защитника окружающей среды', ar: 'قتل مدافع عن البيئة', zh: '一名环境维护者遇害', ko: '환경 옹호자 살해' },
    { en: ['an environmental defender', 'environmental defenders'], fr: ["défenseur de l'environnement", "défenseurs de l'environnement"], es: ['defensor ambiental', 'defensores ambientales'] }],
  ['excessive-force-protest', 'killing', ['sr-assembly-association', 'sr-executions', 'sr-torture'],
    { en: 'the excessive use of force against demonstrators', fr: "l'usage excessif de la force contre des manifestants", es: 'el uso excesivo de la fuerza contra manifestantes', ru: 'чрезмерного применения силы в отношении демонстрантов', ar: 'الاستخدام المفرط للقوة ضد المتظاهرين', zh: '对示威者过度使用武力', ko: '시위대에 대한 과도한 무력 사용' },
    { en: ['a demonstrator', 'demonstrators'], fr: ['manifestant', 'manifestants'], es: ['manifestante', 'manifestantes'] }],
  ['ngo-law', 'legislation', ['sr-assembly-association', 'sr-hrds', 'sr-expression'],
    { en: 'a draft law regulating non-governmental organizations', fr: 'un projet de loi régissant les organisations non gouvernementales', es: 'un proyecto de ley que regula las organizaciones no gubernamentales', ru: 'законопроекта о регулировании деятельности некоммерческих организаций', ar: 'مشروع قانون ينظم المنظمات غير الحكومية', zh: '一项规范非政府组织的法律草案', ko: '비정부기구 규제 법안' },
    { en: ['a civil society organization', 'civil society organizations'], fr: ['organisation de la société civile', 'organisations de la société civile'], es: ['organización de la sociedad civil', 'organizaciones de la sociedad civil'] }],
  ['counter-terrorism-law', 'legislation', ['sr-counter-terrorism', 'sr-expression', 'sr-assembly-association'],
    { en: 'the amended counter-terrorism legislation', fr: 'la législation antiterroriste modifiée', es: 'la legislación antiterrorista modificada', ru: 'поправок к антитеррористическому законодательству', ar: 'تعديلات تشريعات مكافحة الإرهاب', zh: '经修正的反恐立法', ko: '개정된 대테러 법률' },
    { en: ['a person charged under the law', 'persons charged under the law'], fr: ['personne poursuivie en vertu de la loi', 'personnes poursuivies en vertu de la loi'], es: ['persona procesada en virtud de la ley', 'personas procesadas en virtud de la ley'] }],
  ['foreign-agents-law', 'legislation', ['sr-assembly-association', 'sr-expression', 'sr-hrds'],
    { en: 'a bill on "foreign agents"', fr: 'un projet de loi sur les « agents étrangers »', es: 'un proyecto de ley sobre "agentes extranjeros"', ru: 'законопроекта об «иностранных агентах»', ar: 'مشروع قانون بشأن "العملاء الأجانب"', zh: '一项关于"外国代理人"的法案', ko: '"외국 대리인" 법안' },
    { en: ['a media outlet receiving foreign grants', 'media outlets receiving foreign grants'], fr: ['média bénéficiant de subventions étrangères', 'médias bénéficiant de subventions étrangères'], es: ['medio de comunicación con financiación extranjera', 'medios de comunicación con financiación extranjera'] }],
  ['cybercrime-law', 'legislation', ['sr-expression', 'sr-privacy'],
    { en: 'the draft cybercrime law', fr: 'le projet de loi sur la cybercriminalité', es: 'el proyecto de ley sobre ciberdelincuencia', ru: 'законопроекта о киберпреступности', ar: 'مشروع قانون الجرائم الإلكترونية', zh: '网络犯罪法草案', ko: '사이버범죄법 초안' },
    { en: ['a blogger', 'bloggers'], fr: ['blogueur', 'blogueurs'], es: ['bloguero', 'blogueros'] }],
  ['spyware-surveillance', 'restriction', ['sr-privacy', 'sr-expression', 'sr-hrds'],
    { en: 'the use of spyware against journalists and defenders', fr: "l'utilisation de logiciels espions contre des journalistes et des défenseurs", es: 'el uso de programas espía contra periodistas y defensores', ru: 'применения шпионских программ против журналистов и правозащитников', ar: 'استخدام برامج التجسس ضد الصحفيين والمدافعين', zh: '对记者和维权人士使用间谍软件', ko: '언론인과 인권옹호자에 대한 스파이웨어 사용' },
    { en: ['a journalist whose phone was infected', 'journalists whose phones were infected'], fr: ['journaliste dont le téléphone a été infecté', 'journalistes dont les téléphones ont été infectés'], es: ['periodista cuyo teléfono fue infectado', 'periodistas cuyos teléfonos fueron infectados'] }],
  ['internet-shutdown', 'restriction', ['sr-expression', 'sr-assembly-association'],
    { en: 'the shutdown of internet access during elections', fr: "la coupure de l'accès à Internet pendant les élections", es: 'el corte del acceso a Internet durante las elecciones', ru: 'отключения доступа к интернету во время выборов', ar: 'قطع خدمة الإنترنت أثناء الانتخابات', zh: '选举期间切断互联网接入', ko: '선거 기간 인터넷 접속 차단' },
    { en: ['a resident of the affected region', 'residents of the affected region'], fr: ['habitant de la région touchée', 'habitants de la région touchée'], es: ['habitante de la región afectada', 'habitantes de la región afectada'] }],
  ['ban-assembly', 'restriction', ['sr-assembly-association', 'sr-expression'],
    { en: 'a blanket ban on public gatherings', fr: "une interdiction générale des rassemblements publics", es: 'una prohibición general de las reuniones públicas', ru: 'общего запрета на публичные мероприятия', ar: 'حظر شامل على التجمعات العامة', zh: '全面禁止公众集会', ko: '공공 집회 전면 금지' },
    { en: ['an organizer of the gathering', 'organizers of the gathering'], fr: ['organisateur du rassemblement', 'organisateurs du rassemblement'], es: ['organizador de la reunión', 'organizadores de la reunión'] }],
  ['academic-freedom', 'restriction', ['sr-education', 'sr-expression', 'sr-cultural-rights'],
    { en: 'the dismissal of university teachers for their opinions', fr: "le renvoi d'enseignants universitaires en raison de leurs opinions", es: 'el despido de docentes universitarios por sus opiniones', ru: 'увольнения преподавателей университета за их взгляды', ar: 'فصل أساتذة جامعيين بسبب آرائهم', zh: '大学教师因其观点被解聘', ko: '의견을 이유로 한 대학 교원 해임' },
    { en: ['a university lecturer', 'university lecturers'], fr: ["enseignant d'université", "enseignants d'université"], es: ['profesor universitario', 'profesores universitarios'] }],
  ['forced-evictions', 'eviction', ['sr-housing', 'sr-poverty'],
    { en: 'the forced eviction of an informal settlement', fr: "l'expulsion forcée des habitants d'un quartier informel", es: 'el desalojo forzoso de un asentamiento informal', ru: 'принудительного выселения жителей неформального поселения', ar: 'الإخلاء القسري لمستوطنة عشوائية', zh: '强行驱逐一处非正规住区居民', ko: '비공식 정착촌 강제퇴거' },
    { en: ['a resident of the settlement', 'residents of the settlement'], fr: ['habitant du quartier', 'habitants du quartier'], es: ['residente del asentamiento', 'residentes del asentamiento'] }],
  ['indigenous-land', 'eviction', ['sr-indigenous', 'sr-environment', 'sr-housing'],
    { en: 'the displacement of an Indigenous community from its ancestral land', fr: "le déplacement d'une communauté autochtone de ses terres ancestrales", es: 'el desplazamiento de una comunidad indígena de sus tierras ancestrales', ru: 'выселения общины коренного народа с исконных земель', ar: 'تهجير مجتمع من الشعوب الأصلية من أراضي أجداده', zh: '一个土著社区被迫迁离祖传土地', ko: '원주민 공동체의 조상 전래 토지로부터의 이주' },
    { en: ['a leader of the community', 'leaders of the community'], fr: ['dirigeant de la communauté', 'dirigeants de la communauté'], es: ['líder de la comunidad', 'líderes de la comunidad'] }],
  ['mining-pollution', 'business', ['wg-business', 'sr-toxics', 'sr-environment', 'sr-water'],
    { en: 'water contamination linked to a mining operation', fr: "la contamination de l'eau liée à une exploitation minière", es: 'la contaminación del agua vinculada a una explotación minera', ru: 'загрязнения воды в связи с деятельностью горнодобывающего предприятия', ar: 'تلوث المياه المرتبط بعمليات تعدين', zh: '与采矿作业有关的水污染', ko: '광산 운영과 관련된 수질 오염' },
    { en: ['a farmer living downstream of the mine', 'farmers living downstream of the mine'], fr: ["agriculteur vivant en aval de la mine", "agriculteurs vivant en aval de la mine"], es: ['agricultor que vive aguas abajo de la mina', 'agricultores que viven aguas abajo de la mina'] }],
  ['forced-labour-supply-chain', 'business', ['sr-slavery', 'wg-business', 'sr-trafficking'],
    { en: 'forced labour in a supply chain', fr: "le travail forcé dans une chaîne d'approvisionnement", es: 'el trabajo forzoso en una cadena de suministro', ru: 'принудительного труда в цепочке поставок', ar: 'العمل القسري في سلسلة توريد', zh: '供应链中的强迫劳动', ko: '공급망 내 강제노동' },
    { en: ['a factory worker', 'factory workers'], fr: ["ouvrier d'usine", "ouvriers d'usine"], es: ['trabajador de fábrica', 'trabajadores de fábrica'] }],
  ['reprisals-un-cooperation', 'reprisal', ['sr-hrds', 'wg-arbitrary-detention', 'sr-expression'],
    { en: 'reprisals for cooperation with the United Nations', fr: "des représailles pour coopération avec l'Organisation des Nations Unies", es: 'represalias por cooperar con las Naciones Unidas', ru: 'репрессий за сотрудничество с Организацией Объединенных Наций', ar: 'أعمال انتقامية بسبب التعاون مع الأمم المتحدة', zh: '因与联合国合作而遭受报复', ko: '유엔과의 협력에 대한 보복' },
    { en: ['a defender who briefed a United Nations body', 'defenders who briefed a United Nations body'], fr: ["défenseur ayant informé un organe de l'ONU", "défenseurs ayant informé un organe de l'ONU"], es: ['defensor que informó a un órgano de las Naciones Unidas', 'defensores que informaron a un órgano de las Naciones Unidas'] }],
  ['womens-rights', 'discrimination', ['wg-discrimination-women', 'sr-violence-women'],
    { en: "violations of women's rights", fr: 'des atteintes aux droits des femmes', es: 'vulneraciones de los derechos de las mujeres', ru: 'нарушений прав женщин', ar: 'انتهاكات حقوق المرأة', zh: '侵犯妇女权利', ko: '여성 인권 침해' },
    { en: ["a women's rights activist", "women's rights activists"], fr: ['militante des droits des femmes', 'militantes des droits des femmes'], es: ['activista por los derechos de las mujeres', 'activistas por los derechos de las mujeres'] }],
  ['gender-based-violence', 'discrimination', ['sr-violence-women', 'wg-discrimination-women'],
    { en: 'the lack of protection for survivors of gender-based violence', fr: 'le manque de protection des victimes de violence fondée sur le genre', es: 'la falta de protección de las sobrevivientes de violencia de género', ru: 'отсутствия защиты пострадавших от гендерного насилия', ar: 'عدم حماية الناجيات من العنف القائم على النوع الاجتماعي', zh: '对基于性别的暴力幸存者缺乏保护', ko: '젠더 기반 폭력 생존자 보호 부재' },
    { en: ['a survivor of domestic violence', 'survivors of domestic violence'], fr: ['victime de violence domestique', 'victimes de violence domestique'], es: ['sobreviviente de violencia doméstica', 'sobrevivientes de violencia doméstica'] }],
  ['lgbt-discrimination', 'discrimination', ['ie-sogi', 'sr-expression', 'sr-assembly-association'],
    { en: 'the criminalization of same-sex relations', fr: 'la criminalisation des relations entre personnes de même sexe', es: 'la penalización de las relaciones entre personas del mismo sexo', ru: 'уголовного преследования за однополые отношения', ar: 'تجريم العلاقات المثلية', zh: '将同性关系入罪', ko: '동성 관계의 범죄화' },
    { en: ['a member of an LGBT support group', 'members of an LGBT support group'], fr: ["membre d'une association de soutien aux personnes LGBT", "membres d'une association de soutien aux personnes LGBT"], es: ['integrante de un grupo de apoyo LGBT', 'integrantes de un grupo de apoyo LGBT'] }],
  ['religious-minority', 'discrimination', ['sr-religion', 'sr-minorities'],
    { en: 'the persecution of members of a religious minority', fr: "la persécution de membres d'une minorité religieuse", es: 'la persecución de miembros de una minoría religiosa', ru: 'преследования членов религиозного меньшинства', ar: 'اضطهاد أفراد أقلية دينية', zh: '迫害宗教少数群体成员', ko: '종교적 소수자 박해' },
    { en: ['a member of a religious minority', 'members of a religious minority'], fr: ["membre d'une minorité religieuse", "membres d'une minorité religieuse"], es: ['miembro de una minoría religiosa', 'miembros de una minoría religiosa'] }],
  ['racial-profiling', 'discrimination', ['sr-racism', 'wg-african-descent'],
    { en: 'racial profiling by law enforcement officials', fr: 'le profilage racial par les forces de l’ordre', es: 'el perfilamiento racial por parte de las fuerzas del orden', ru: 'расового профилирования со стороны сотрудников правоохранительных органов', ar: 'التنميط العنصري من جانب الموظفين المكلفين بإنفاذ القانون', zh: '执法人员的种族貌相', ko: '법 집행 공무원의 인종 프로파일링' },
    { en: ['a young man of African descent', 'young people of African descent'], fr: ["jeune homme d'ascendance africaine", "jeunes d'ascendance africaine"], es: ['joven afrodescendiente', 'jóvenes afrodescendientes'] }],
  ['disability-institutions', 'discrimination', ['sr-disability', 'sr-health'],
    { en: 'the confinement of persons with disabilities in institutions', fr: "le placement en institution de personnes handicapées", es: 'el internamiento de personas con discapacidad en instituciones', ru: 'помещения инвалидов в закрытые учреждения', ar: 'إيداع الأشخاص ذوي الإعاقة في مؤسسات مغلقة', zh: '将残疾人禁闭于收容机构', ko: '장애인의 시설 수용' },
    { en: ['a person with a psychosocial disability', 'persons with psychosocial disabilities'], fr: ['personne présentant un handicap psychosocial', 'personnes présentant un handicap psychosocial'], es: ['persona con discapacidad psicosocial', 'personas con discapacidad psicosocial'] }],
  ['migrants-pushbacks', 'migration', ['sr-migrants', 'sr-torture'],
    { en: 'pushbacks of migrants at the border', fr: 'des refoulements de migrants à la frontière', es: 'devoluciones en caliente de migrantes en la frontera', ru: 'выдворения мигрантов на границе', ar: 'عمليات الصد التي يتعرض لها المهاجرون على الحدود', zh: '在边境推回移民', ko: '국경에서의 이주민 강제 송환' },
    { en: ['a migrant', 'migrants'], fr: ['migrant', 'migrants'], es: ['migrante', 'migrantes'] }],
  ['migrant-children-detention', 'migration', ['sr-migrants', 'wg-arbitrary-detention', 'sr-sale-children'],
    { en: 'the immigration detention of children', fr: "la rétention administrative d'enfants migrants", es: 'la detención migratoria de niños', ru: 'содержания детей-мигрантов под стражей', ar: 'احتجاز الأطفال المهاجرين', zh: '对儿童实行移民拘留', ko: '아동에 대한 이민 구금' },
    { en: ['an unaccompanied child', 'unaccompanied children'], fr: ['enfant non accompagné', 'enfants non accompagnés'], es: ['niño no acompañado', 'niños no acompañados'] }],
  ['trafficking-victims', 'migration', ['sr-trafficking', 'sr-migrants'],
    { en: 'the failure to identify victims of trafficking', fr: "l'absence d'identification des victimes de la traite", es: 'la falta de identificación de las víctimas de trata', ru: 'невыявления жертв торговли людьми', ar: 'عدم التعرف على ضحايا الاتجار بالأشخاص', zh: '未能识别人口贩运受害者', ko: '인신매매 피해자 식별 실패' },
    { en: ['a domestic worker', 'domestic workers'], fr: ['travailleuse domestique', 'travailleuses domestiques'], es: ['trabajadora doméstica', 'trabajadoras domésticas'] }],
];

export const THEMES: readonly Theme[] = ROWS.map(([id, kind, mandateIds, subject, victimRole]) => ({ id, kind, mandateIds, subject, victimRole }));

const BY_ID = new Map(THEMES.map((t) => [t.id, t]));

export function themeById(id: string): Theme {
  const theme = BY_ID.get(id);
  if (!theme) throw new RangeError(`unknown demo theme "${id}"`);
  return theme;
}
