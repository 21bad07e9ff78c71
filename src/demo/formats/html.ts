import type { DemoLanguage, RenderedDocument } from '../render/index.js';
import { xmlEscape } from './xml.js';

export interface HtmlMeta {
  /** The site publishing the page; by default the document's author (a mission) or the UN site. */
  readonly siteName?: string;
}

interface Chrome {
  skip: string;
  nav: string[];
  breadcrumb: string;
  related: string;
  footer: string[];
  print: string;
}

/** Navigation, breadcrumb and footer words: the page's chrome, which is not the document. */
const CHROME: Record<DemoLanguage, Chrome> = {
  en: { skip: 'Skip to main content', nav: ['Home', 'About us', 'News', 'Statements', 'Documents', 'Contact'], breadcrumb: 'Documents', related: 'Related documents', footer: ['Privacy notice', 'Terms of use', 'Accessibility', 'Contact us'], print: 'Print this page' },
  fr: { skip: 'Aller au contenu principal', nav: ['Accueil', 'À propos', 'Actualités', 'Déclarations', 'Documents', 'Contact'], breadcrumb: 'Documents', related: 'Documents connexes', footer: ['Confidentialité', "Conditions d'utilisation", 'Accessibilité', 'Nous contacter'], print: 'Imprimer cette page' },
  es: { skip: 'Ir al contenido principal', nav: ['Inicio', 'Quiénes somos', 'Noticias', 'Declaraciones', 'Documentos', 'Contacto'], breadcrumb: 'Documentos', related: 'Documentos relacionados', footer: ['Privacidad', 'Condiciones de uso', 'Accesibilidad', 'Contáctenos'], print: 'Imprimir esta página' },
  ru: { skip: 'Перейти к основному содержанию', nav: ['Главная', 'О представительстве', 'Новости', 'Заявления', 'Документы', 'Контакты'], breadcrumb: 'Документы', related: 'Связанные документы', footer: ['Конфиденциальность', 'Условия использования', 'Доступность', 'Связаться с нами'], print: 'Распечатать страницу' },
  ar: { skip: 'انتقل إلى المحتوى الرئيسي', nav: ['الرئيسية', 'من نحن', 'الأخبار', 'البيانات', 'الوثائق', 'اتصل بنا'], breadcrumb: 'الوثائق', related: 'وثائق ذات صلة', footer: ['الخصوصية', 'شروط الاستخدام', 'إمكانية الوصول', 'اتصل بنا'], print: 'طباعة هذه الصفحة' },
  zh: { skip: '跳至主要内容', nav: ['首页', '关于我们', '新闻', '发言', '文件', '联系我们'], breadcrumb: '文件', related: '相关文件', footer: ['隐私声明', '使用条款', '无障碍', '联系我们'], print: '打印本页' },
  ko: { skip: '본문 바로가기', nav: ['홈', '소개', '뉴스', '발언문', '문서', '연락처'], breadcrumb: '문서', related: '관련 문서', footer: ['개인정보 처리방침', '이용약관', '접근성', '문의하기'], print: '이 페이지 인쇄' },
};

const STYLE = `body{font-family:"Noto Sans","Noto Naskh Arabic","Noto Sans SC","Noto Sans KR",sans-serif;margin:0;color:#1b1b1b}
header.site{background:#0b3d91;color:#fff;padding:.8rem 1.5rem}header.site a{color:#fff;text-decoration:none;margin-inline-end:1.2rem}
.skip{position:absolute;inset-inline-start:-9999px}.breadcrumb{padding:.5rem 1.5rem;font-size:.85rem;color:#555}
main{max-width:46rem;margin:1rem auto;padding:0 1.5rem}article.document p{line-height:1.6}
aside.related{max-width:46rem;margin:1rem auto;padding:0 1.5rem;font-size:.9rem}footer{border-top:1px solid #ccc;padding:1rem 1.5rem;font-size:.8rem}`;

/** Page scripts carry words too (menu labels, analytics keys): an extractor must not take them for the document. */
function script(chrome: Chrome): string {
  const labels = JSON.stringify({ menu: chrome.nav[0], print: chrome.print }).replace(/</g, '\\u003c');
  return `window.dataLayer = window.dataLayer || [];
function track(event) { window.dataLayer.push({ event: event, page: location.pathname }); }
var LABELS = ${labels};
document.addEventListener('DOMContentLoaded', function () {
  var button = document.querySelector('[data-print]');
  if (button) button.addEventListener('click', function () { track('print'); window.print(); });
});`;
}

function paragraphs(text: string): string {
  return text.replace(/\r\n/g, '\n').split(/\n\s*\n/)
    .map((block) => block.replace(/^\n+|\n+$/g, ''))
    .filter((block) => block.trim() !== '')
    .map((block) => `<p>${block.split('\n').map(xmlEscape).join('<br>\n')}</p>`)
    .join('\n');
}

/**
 * The document as a web page: `lang` and `dir` on the root, the text as paragraphs in
 * `<main><article>`, around it the site's navigation, breadcrumb, related links, footer and
 * scripts — none of which is part of the document.
 */
export function renderHtml(doc: RenderedDocument, meta: HtmlMeta = {}): string {
  const chrome = CHROME[doc.language];
  const dir = doc.language === 'ar' ? 'rtl' : 'ltr';
  const site = xmlEscape(meta.siteName ?? doc.author ?? 'United Nations Human Rights — Special Procedures');
  const nav = chrome.nav.map((label, i) => `<a href="/${i === 0 ? '' : `section-${i}`}">${xmlEscape(label)}</a>`).join('\n');
  return `<!DOCTYPE html>
<html lang="${doc.language}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${xmlEscape(doc.title)}</title>
<style>${STYLE}</style>
<script>${script(chrome)}</script>
</head>
<body>
<a class="skip" href="#content">${xmlEscape(chrome.skip)}</a>
<header class="site"><div class="brand">${site}</div>
<nav aria-label="main">
${nav}
</nav></header>
<nav class="breadcrumb" aria-label="breadcrumb"><a href="/">${xmlEscape(chrome.nav[0] ?? '')}</a> › <a href="/documents">${xmlEscape(chrome.breadcrumb)}</a></nav>
<main id="content">
<article class="document">
${paragraphs(doc.text)}
</article>
<button type="button" data-print>${xmlEscape(chrome.print)}</button>
</main>
<aside class="related"><h2>${xmlEscape(chrome.related)}</h2><ul><li><a href="/documents?page=2">${xmlEscape(chrome.breadcrumb)} …</a></li></ul></aside>
<footer>${chrome.footer.map((f) => `<a href="/${encodeURIComponent(f)}">${xmlEscape(f)}</a>`).join(' · ')}</footer>
<script>track('view');</script>
</body>
</html>
`;
}
