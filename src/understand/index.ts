export { understand, type UnderstandOptions } from './understand.js';
export { DEFAULT_MANDATE_NAMES, type MandateNames } from './mandates.js';
export type { DocumentKind, Evidence, Found, Understanding } from './types.js';
