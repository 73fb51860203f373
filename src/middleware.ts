/**
 * The page's language, its interface strings and its settings on `Astro.locals`, as Starlight's
 * locals.ts does: components read them there instead of taking `lang` as a prop to pass along.
 */
import { defineMiddleware } from 'astro:middleware';
import { localsFor } from '#src/i18n/locals.ts';

export const onRequest = defineMiddleware((context, next) => {
  Object.assign(context.locals, localsFor(context.params['lang']));
  return next();
});
