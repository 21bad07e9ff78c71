import { strToU8, zipSync, type Zippable } from 'fflate';
import type { RenderedDocument } from '../render/index.js';
import { xmlEscape } from './xml.js';

export interface DocxMeta {
  /** dc:creator; by default the document's author, else "Missive demo". */
  readonly creator?: string;
  /** YYYY-MM-DD, for dcterms:created and modified; fixed by default so the bytes are stable. */
  readonly date?: string;
  /**
   * Lines inside a block as `<w:br/>` in one paragraph (Shift+Enter) instead of one paragraph
   * per line (Enter). A hard case for readers: mammoth's extractRawText drops `<w:br/>`, gluing
   * the lines' words together.
   */
  readonly softBreaks?: boolean;
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
const STRONG_LTR = /[A-Za-z0-9\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]/;
/** Run dates inside the ZIP: DOS time has no time zone, so a local-time date gives the same fields everywhere. */
const ZIP_DATE = new Date(2000, 0, 1, 0, 0, 0);

/** Word's language tags for the document's language, used for spelling and font choice. */
const LANG_TAG: Record<RenderedDocument['language'], string> = {
  en: 'en-GB', fr: 'fr-CH', es: 'es-ES', ru: 'ru-RU', ar: 'ar-SA', zh: 'zh-CN', ko: 'ko-KR',
};

/**
 * Runs of one direction: Arabic letters get `w:rtl` and the rest (references, numbers, Latin
 * names) stays left to right, so Word orders a mixed line as the author typed it. Neutral
 * characters (spaces, punctuation) stay with the run they follow.
 */
function directionalRuns(line: string): { text: string; rtl: boolean }[] {
  const runs: { text: string; rtl: boolean }[] = [];
  for (const ch of line) {
    const rtl = ARABIC.test(ch) ? true : STRONG_LTR.test(ch) ? false : null;
    const last = runs[runs.length - 1];
    if (last && (rtl === null || rtl === last.rtl)) last.text += ch;
    else runs.push({ text: ch, rtl: rtl ?? false });
  }
  return runs;
}

function run(text: string, rtl: boolean, bold: boolean): string {
  const props = `${bold ? '<w:b/><w:bCs/>' : ''}${rtl ? '<w:rtl/>' : ''}`;
  const parts = text.split('\t').map((piece) => (piece === '' ? '' : `<w:t xml:space="preserve">${xmlEscape(piece)}</w:t>`));
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}${parts.join('<w:tab/>')}</w:r>`;
}

function runs(line: string, bidi: boolean, bold: boolean): string {
  return (bidi ? directionalRuns(line) : [{ text: line, rtl: false }]).map((r) => run(r.text, r.rtl, bold)).join('');
}

/**
 * One block of the text (between blank lines) as Word users type it: a paragraph per line,
 * the space between blocks as spacing after the last; or, with soft breaks, one paragraph.
 */
function paragraphs(block: string, heading: boolean, softBreaks: boolean): string {
  const bidi = ARABIC.test(block);
  const props = (last: boolean): string => {
    const inner = `${bidi ? '<w:bidi/>' : ''}${last ? '' : '<w:spacing w:after="0"/>'}${heading ? '<w:jc w:val="center"/>' : ''}`;
    return inner === '' ? '' : `<w:pPr>${inner}</w:pPr>`;
  };
  const lines = block.split('\n');
  if (softBreaks) return `<w:p>${props(true)}${lines.map((line) => runs(line, bidi, heading)).join('<w:r><w:br/></w:r>')}</w:p>`;
  return lines.map((line, i) => `<w:p>${props(i === lines.length - 1)}${runs(line, bidi, heading)}</w:p>`).join('');
}

function documentXml(doc: RenderedDocument, softBreaks: boolean): string {
  const blocks = doc.text.replace(/\r\n/g, '\n').split(/\n\s*\n/).map((b) => b.replace(/^\n+|\n+$/g, '')).filter((b) => b.trim() !== '');
  // The second block is the letterhead (the first is the demo marker): centred and bold as on paper.
  const body = blocks.map((b, i) => paragraphs(b, i === 1 && blocks.length > 2, softBreaks)).join('');
  const section = '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1418" w:right="1418" w:bottom="1418" w:left="1418" w:header="709" w:footer="709" w:gutter="0"/>'
    + `${doc.language === 'ar' ? '<w:bidi/>' : ''}</w:sectPr>`;
  return `${XML_HEAD}<w:document xmlns:w="${W}"><w:body>${body}${section}</w:body></w:document>`;
}

function stylesXml(doc: RenderedDocument): string {
  const tag = LANG_TAG[doc.language];
  return `${XML_HEAD}<w:styles xmlns:w="${W}"><w:docDefaults><w:rPrDefault><w:rPr>`
    + '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="SimSun" w:cs="Arial"/>'
    + `<w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="${doc.language === 'ar' ? 'en-GB' : tag}" w:eastAsia="${doc.language === 'ko' ? tag : 'zh-CN'}" w:bidi="ar-SA"/>`
    + '</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
    + '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style></w:styles>';
}

function coreXml(doc: RenderedDocument, meta: DocxMeta): string {
  const when = `${meta.date ?? '2000-01-01'}T00:00:00Z`;
  return `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`
    + `<dc:title>${xmlEscape(doc.title)}</dc:title><dc:creator>${xmlEscape(meta.creator ?? doc.author ?? 'Missive demo')}</dc:creator>`
    + `<dc:language>${LANG_TAG[doc.language]}</dc:language>`
    + `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>`
    + '</cp:coreProperties>';
}

const CONTENT_TYPES = `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`
  + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
  + '<Default Extension="xml" ContentType="application/xml"/>'
  + '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
  + '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
  + '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
  + '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
  + '</Types>';

const PACKAGE_RELS = `${XML_HEAD}<Relationships xmlns="${R}">`
  + '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
  + '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
  + '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
  + '</Relationships>';

const DOCUMENT_RELS = `${XML_HEAD}<Relationships xmlns="${R}">`
  + '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
  + '</Relationships>';

const APP_XML = `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Missive demo</Application></Properties>`;

/** A minimal WordprocessingML package: what Word, LibreOffice and mammoth need, nothing more. */
export function renderDocx(doc: RenderedDocument, meta: DocxMeta = {}): Buffer {
  const part = (xml: string): Zippable[string] => [strToU8(xml), { mtime: ZIP_DATE }];
  const files: Zippable = {
    '[Content_Types].xml': part(CONTENT_TYPES),
    '_rels/.rels': part(PACKAGE_RELS),
    'docProps/core.xml': part(coreXml(doc, meta)),
    'docProps/app.xml': part(APP_XML),
    'word/document.xml': part(documentXml(doc, meta.softBreaks ?? false)),
    'word/styles.xml': part(stylesXml(doc)),
    'word/_rels/document.xml.rels': part(DOCUMENT_RELS),
  };
  return Buffer.from(zipSync(files, { level: 6 }));
}
