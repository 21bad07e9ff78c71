import type { DemoLanguage } from './types.js';

/**
 * How a mission writes its own State's name: the long official form, which the country
 * catalogue (short or colloquial names such as "Corée du Nord" or "ОАЭ") does not hold.
 * Only States that often answer in the languages concerned are listed.
 */
export const FORMAL_STATE_NAMES: Record<string, Partial<Record<DemoLanguage, string>>> = {
  PRK: {
    en: "Democratic People's Republic of Korea", fr: 'République populaire démocratique de Corée',
    es: 'República Popular Democrática de Corea', ru: 'Корейская Народно-Демократическая Республика',
    ar: 'جمهورية كوريا الشعبية الديمقراطية', zh: '朝鲜民主主义人民共和国', ko: '조선민주주의인민공화국',
  },
  KOR: {
    fr: 'République de Corée', es: 'República de Corea', ru: 'Республика Корея', ar: 'جمهورية كوريا',
    zh: '大韩民国', ko: '대한민국',
  },
  CHN: {
    en: "People's Republic of China", fr: 'République populaire de Chine', es: 'República Popular China',
    ru: 'Китайская Народная Республика', ar: 'جمهورية الصين الشعبية', zh: '中华人民共和国', ko: '중화인민공화국',
  },
  RUS: {
    fr: 'Fédération de Russie', es: 'Federación de Rusia', ru: 'Российская Федерация', ar: 'الاتحاد الروسي',
    zh: '俄罗斯联邦', ko: '러시아연방',
  },
  USA: {
    es: 'Estados Unidos de América', ru: 'Соединенные Штаты Америки', ar: 'الولايات المتحدة الأمريكية',
    zh: '美利坚合众国', ko: '미합중국',
  },
  GBR: {
    fr: "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord", es: 'Reino Unido de Gran Bretaña e Irlanda del Norte',
    ru: 'Соединенное Королевство Великобритании и Северной Ирландии',
    ar: 'المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية', zh: '大不列颠及北爱尔兰联合王国',
  },
  IRN: {
    en: 'Islamic Republic of Iran', fr: "République islamique d'Iran", es: 'República Islámica del Irán',
    ru: 'Исламская Республика Иран', ar: 'جمهورية إيران الإسلامية', zh: '伊朗伊斯兰共和国', ko: '이란 이슬람공화국',
  },
  SYR: {
    fr: 'République arabe syrienne', es: 'República Árabe Siria', ru: 'Сирийская Арабская Республика',
    ar: 'الجمهورية العربية السورية', zh: '阿拉伯叙利亚共和国', ko: '시리아 아랍공화국',
  },
  SAU: {
    en: 'Kingdom of Saudi Arabia', fr: "Royaume d'Arabie saoudite", es: 'Reino de la Arabia Saudita',
    ru: 'Королевство Саудовская Аравия', ar: 'المملكة العربية السعودية', zh: '沙特阿拉伯王国', ko: '사우디아라비아 왕국',
  },
  EGY: {
    en: 'Arab Republic of Egypt', fr: "République arabe d'Égypte", es: 'República Árabe de Egipto',
    ru: 'Арабская Республика Египет', ar: 'جمهورية مصر العربية', zh: '阿拉伯埃及共和国', ko: '이집트 아랍공화국',
  },
  ARE: {
    fr: 'Émirats arabes unis', ru: 'Объединенные Арабские Эмираты', zh: '阿拉伯联合酋长国', ko: '아랍에미리트',
  },
  BHR: {
    en: 'Kingdom of Bahrain', fr: 'Royaume de Bahreïn', es: 'Reino de Bahrein', ru: 'Королевство Бахрейн',
    ar: 'مملكة البحرين', zh: '巴林王国',
  },
  MAR: {
    en: 'Kingdom of Morocco', fr: 'Royaume du Maroc', es: 'Reino de Marruecos', ru: 'Королевство Марокко',
    ar: 'المملكة المغربية', zh: '摩洛哥王国',
  },
  DZA: {
    en: "People's Democratic Republic of Algeria", fr: 'République algérienne démocratique et populaire',
    ar: 'الجمهورية الجزائرية الديمقراطية الشعبية', ru: 'Алжирская Народная Демократическая Республика',
  },
  QAT: { en: 'State of Qatar', ar: 'دولة قطر' },
  KWT: { en: 'State of Kuwait', ar: 'دولة الكويت' },
  JOR: { en: 'Hashemite Kingdom of Jordan', ar: 'المملكة الأردنية الهاشمية' },
  IRQ: { en: 'Republic of Iraq', ar: 'جمهورية العراق' },
  LBN: { en: 'Lebanese Republic', ar: 'الجمهورية اللبنانية' },
  OMN: { en: 'Sultanate of Oman', ar: 'سلطنة عمان' },
  YEM: { en: 'Republic of Yemen', ar: 'الجمهورية اليمنية' },
  TUN: { en: 'Republic of Tunisia', ar: 'الجمهورية التونسية' },
  LBY: { en: 'State of Libya', ar: 'دولة ليبيا' },
  SDN: { en: 'Republic of the Sudan', ar: 'جمهورية السودان' },
  PSE: { ar: 'دولة فلسطين', fr: 'État de Palestine', es: 'Estado de Palestina' },
  BLR: {
    en: 'Republic of Belarus', fr: 'République du Bélarus', es: 'República de Belarús', ru: 'Республика Беларусь',
    ar: 'جمهورية بيلاروس', zh: '白俄罗斯共和国',
  },
  KAZ: { en: 'Republic of Kazakhstan', ru: 'Республика Казахстан' },
  KGZ: { en: 'Kyrgyz Republic', ru: 'Кыргызская Республика' },
  TJK: { en: 'Republic of Tajikistan', ru: 'Республика Таджикистан' },
  UZB: { en: 'Republic of Uzbekistan', ru: 'Республика Узбекистан' },
  AZE: { en: 'Republic of Azerbaijan', ru: 'Азербайджанская Республика' },
  ARM: { en: 'Republic of Armenia', ru: 'Республика Армения' },
  VEN: { en: 'Bolivarian Republic of Venezuela', fr: 'République bolivarienne du Venezuela', es: 'República Bolivariana de Venezuela' },
  BOL: { en: 'Plurinational State of Bolivia', fr: 'État plurinational de Bolivie', es: 'Estado Plurinacional de Bolivia' },
  CUB: { en: 'Republic of Cuba', fr: 'République de Cuba', es: 'República de Cuba', ru: 'Республика Куба' },
  NIC: { en: 'Republic of Nicaragua', es: 'República de Nicaragua' },
  VNM: {
    en: 'Socialist Republic of Viet Nam', fr: 'République socialiste du Viet Nam', ru: 'Социалистическая Республика Вьетнам',
    zh: '越南社会主义共和国',
  },
  LAO: { zh: '老挝人民民主共和国', fr: 'République démocratique populaire lao' },
  MMR: { en: 'Republic of the Union of Myanmar', zh: '缅甸联邦共和国' },
};
