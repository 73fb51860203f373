/** Names of the closed lists in each language; a value missing in a language is a type error. */
import type { FigureUnit } from '#src/schemas/claims.ts';
import type { Bloc, Region } from '#src/schemas/country.ts';
import type { Sector } from '#src/schemas/primitives.ts';
import type { SourceKind } from '#src/schemas/source.ts';
import { inLocale, type Locale } from '#src/config/locales.ts';

type Labels<K extends string> = Record<K, Record<Locale, string>>;

export const SECTOR_LABELS: Labels<Sector> = {
  governance: { en: 'Governance', fr: 'Gouvernance' },
  'public-finance-and-procurement': { en: 'Public finance and procurement', fr: 'Finances et marchés publics' },
  'digital-government': { en: 'Digital government', fr: 'Administration numérique' },
  justice: { en: 'Justice', fr: 'Justice' },
  health: { en: 'Health', fr: 'Santé' },
  'social-protection': { en: 'Social protection', fr: 'Protection sociale' },
  'agriculture-and-land': { en: 'Agriculture and land', fr: 'Agriculture et foncier' },
  'community-development': { en: 'Community development', fr: 'Développement communautaire' },
  'civic-education': { en: 'Civic education', fr: 'Éducation civique' },
  'gender-and-child-protection': { en: 'Gender and child protection', fr: 'Genre et protection de l’enfance' },
  environment: { en: 'Environment', fr: 'Environnement' },
  education: { en: 'Education', fr: 'Éducation' },
};

export const REGION_LABELS: Labels<Region> = {
  'north-africa': { en: 'North Africa', fr: 'Afrique du Nord' },
  'west-africa': { en: 'West Africa', fr: 'Afrique de l’Ouest' },
  'central-africa': { en: 'Central Africa', fr: 'Afrique centrale' },
  'east-africa': { en: 'East Africa', fr: 'Afrique de l’Est' },
  'southern-africa': { en: 'Southern Africa', fr: 'Afrique australe' },
  caribbean: { en: 'Caribbean', fr: 'Caraïbes' },
  'latin-america': { en: 'Latin America', fr: 'Amérique latine' },
  'north-america': { en: 'North America', fr: 'Amérique du Nord' },
  europe: { en: 'Europe', fr: 'Europe' },
  asia: { en: 'Asia', fr: 'Asie' },
  'middle-east': { en: 'Middle East', fr: 'Moyen-Orient' },
  oceania: { en: 'Oceania', fr: 'Océanie' },
};

export const BLOC_LABELS: Labels<Bloc> = {
  ECOWAS: { en: 'ECOWAS', fr: 'CEDEAO' },
  SADC: { en: 'SADC', fr: 'SADC' },
  EAC: { en: 'EAC', fr: 'CAE' },
  ECCAS: { en: 'ECCAS', fr: 'CEEAC' },
  COMESA: { en: 'COMESA', fr: 'COMESA' },
  IGAD: { en: 'IGAD', fr: 'IGAD' },
  SACU: { en: 'SACU', fr: 'SACU' },
  CARICOM: { en: 'CARICOM', fr: 'CARICOM' },
  AES: { en: 'Alliance of Sahel States', fr: 'Alliance des États du Sahel' },
  ASEAN: { en: 'ASEAN', fr: 'ASEAN' },
};

/** How a figure's unit is written after (or before) its number. */
export const UNIT_LABELS: Labels<FigureUnit> = {
  count: { en: '', fr: '' },
  percent: { en: '%', fr: ' %' },
  rwf: { en: 'Rwf', fr: 'Rwf' },
  usd: { en: 'US$', fr: 'USD' },
  days: { en: 'days', fr: 'jours' },
  years: { en: 'years', fr: 'ans' },
};

/** The label of a value read from elsewhere (a URL, a reason), or the value itself when it is not one of the list's. */
export function labelOf<K extends string>(labels: Labels<K>, value: string, locale: Locale): string {
  return Object.hasOwn(labels, value) ? inLocale(labels[value as K], locale) : value;
}

/** The interface-string key of a source kind's short label, shown beside "Source:". */
export function sourceKindKey(kind: SourceKind): `sourceKind.${SourceKind}` {
  return `sourceKind.${kind}`;
}

/**
 * The short names of the UN Sustainable Development Goals, as the UN writes them in English
 * (un.org/sustainabledevelopment) and in French (un.org/sustainabledevelopment/fr), by number.
 */
export const SDG_LABELS: Readonly<Record<number, Record<Locale, string>>> = {
  1: { en: 'No poverty', fr: 'Pas de pauvreté' },
  2: { en: 'Zero hunger', fr: 'Faim « zéro »' },
  3: { en: 'Good health and well-being', fr: 'Bonne santé et bien-être' },
  4: { en: 'Quality education', fr: 'Éducation de qualité' },
  5: { en: 'Gender equality', fr: 'Égalité entre les sexes' },
  6: { en: 'Clean water and sanitation', fr: 'Eau propre et assainissement' },
  7: { en: 'Affordable and clean energy', fr: 'Énergie propre et d’un coût abordable' },
  8: { en: 'Decent work and economic growth', fr: 'Travail décent et croissance économique' },
  9: { en: 'Industry, innovation and infrastructure', fr: 'Industrie, innovation et infrastructure' },
  10: { en: 'Reduced inequalities', fr: 'Inégalités réduites' },
  11: { en: 'Sustainable cities and communities', fr: 'Villes et communautés durables' },
  12: { en: 'Responsible consumption and production', fr: 'Consommation et production responsables' },
  13: { en: 'Climate action', fr: 'Mesures relatives à la lutte contre les changements climatiques' },
  14: { en: 'Life below water', fr: 'Vie aquatique' },
  15: { en: 'Life on land', fr: 'Vie terrestre' },
  16: { en: 'Peace, justice and strong institutions', fr: 'Paix, justice et institutions efficaces' },
  17: { en: 'Partnerships for the goals', fr: 'Partenariats pour la réalisation des objectifs' },
};
