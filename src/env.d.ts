/** `Astro.locals` of every page and component, set by src/middleware.ts (src/i18n/locals.ts). */
declare namespace App {
  interface Locals {
    lang: import('#src/i18n/locals.ts').LocaleLocals['lang'];
    t: import('#src/i18n/locals.ts').LocaleLocals['t'];
    locale: import('#src/i18n/locals.ts').LocaleLocals['locale'];
  }
}
