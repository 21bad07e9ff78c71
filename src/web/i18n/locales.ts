/**
 * The portal's six interface languages. English is at the root of every URL; the others under
 * their prefix (`/fr/…`). Records stay in the language they were written in.
 */
export const LOCALES = ['en', 'fr', 'es', 'ar', 'zh', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];

export const LOCALE_NAMES: Readonly<Record<Locale, string>> = { en: 'English', fr: 'Français', es: 'Español', ar: 'العربية', zh: '中文', ru: 'Русский' };

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

export function direction(locale: Locale): 'rtl' | 'ltr' {
  return locale === 'ar' ? 'rtl' : 'ltr';
}

/** A path in a locale: `/search` in English, `/fr/search` in French. */
export function localePath(locale: Locale, path: string): string {
  return locale === 'en' ? path : `/${locale}${path === '/' ? '/' : path}`;
}

/** The best of our locales for an Accept-Language header (q-values honoured), or null when none is asked for. */
export function negotiate(header: string | undefined): Locale | null {
  if (!header) return null;
  const ranked = header.split(',').map((part, i) => {
    const [tag = '', ...params] = part.trim().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return { base: tag.toLowerCase().split('-')[0] ?? '', q: q ? Number(q.slice(2)) : 1, i };
  }).filter((x) => x.q > 0 && !Number.isNaN(x.q)).sort((a, b) => b.q - a.q || a.i - b.i);
  for (const { base } of ranked) if (isLocale(base)) return base;
  return null;
}
