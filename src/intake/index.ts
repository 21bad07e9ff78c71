export * from './types.js';
export { detectFormat, MIME, type Detection } from './detect.js';
export { readDocument, readFile, type ReadDocumentOptions } from './read.js';
export { detectLanguages, languageCounts, rankLanguages, countScripts, type Script } from './language.js';
export { configureOcr, terminateOcr, availablePacks, russianAvailable } from './ocr-pool.js';
export type { OcrResult } from './ocr.js';
export { ocrImage } from './readers/image.js';
export { decodeText, type DecodedText } from './text-decode.js';
