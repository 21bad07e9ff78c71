/**
 * The demo documents in the formats intake reads: scans (page images, image-only PDFs, TIFF),
 * DOCX, e-mail with attachments and web pages, plus a labelled development corpus of them.
 */
export { renderDocx, type DocxMeta } from './docx.js';
export { renderEml, type EmlAttachment, type EmlMeta, type Mailbox } from './eml.js';
export { coveringMessage, type Covering, type CoveringFacts } from './covering.js';
export { renderHtml, type HtmlMeta } from './html.js';
export {
  layoutScan, renderScanJpeg, renderScannedPdf, renderScanPng, renderScanTiff, scanCanvases, type ScanLayout, type ScanOptions,
} from './scan.js';
export { encodeGrayTiff, type TiffPage } from './tiff.js';
export { letterLabel, replyLabel, type DocumentLabel } from './labels.js';
export { MIME, renderAs, type DemoFormat, type FormatMeta, type RenderedFile } from './render-as.js';
export { buildDevCorpus, DEV_FORMATS, type DevCorpusOptions, type DevFile, type DevFileLabel } from './dev-corpus.js';
