/**
 * The data dictionary: every column of every published open-data file, defined once in English and
 * French. The CSV column lists, the descriptions in the published JSON Schemas, the dictionary files
 * (/data/dictionary.csv and .json) and the data page are all generated from this registry, so a
 * column cannot be published without its definition (the record types below require one per key).
 */
import type { DatePrecision } from './dates.ts';

/** What a cell holds, so a reader knows how to parse it. */
export const COLUMN_TYPES = ['text', 'code', 'list', 'integer', 'number', 'date', 'precision', 'url', 'object', 'array'] as const;
export type ColumnType = (typeof COLUMN_TYPES)[number];

export interface ColumnDefinition {
  type: ColumnType;
  en: string;
  fr: string;
}

const def = (type: ColumnType, en: string, fr: string): ColumnDefinition => ({ type, en, fr });

/** The precisions a `*_precision` column holds. */
export const DATE_PRECISIONS = ['year', 'month', 'day'] as const satisfies readonly DatePrecision[];

/**
 * A date column and its precision column, side by side. CSV dates are always written in full
 * (YYYY-MM-DD) so that a spreadsheet reads every one as a date; a date known only to the year or the
 * month is written as the first day of that period, and its precision column says so.
 */
function dated<N extends string>(name: N, en: string, fr: string): Record<N | `${N}_precision`, ColumnDefinition> {
  return {
    [name]: def(
      'date',
      `${en} As YYYY-MM-DD; when known only to the month or the year, the first day of that period (see ${name}_precision).`,
      `${fr} Au format AAAA-MM-JJ ; connue seulement au mois ou à l’année, le premier jour de cette période (voir ${name}_precision).`,
    ),
    [`${name}_precision`]: def(
      'precision',
      `How precisely ${name} is known: year, month or day.`,
      `Précision de ${name} : year (année), month (mois) ou day (jour).`,
    ),
  } as Record<N | `${N}_precision`, ColumnDefinition>;
}

const LIST = 'Several values are separated by "; ".';
const LISTE = 'Plusieurs valeurs sont séparées par un point-virgule suivi d’une espace.';

const common = {
  slug: def(
    'code',
    'Identifier of the entry, as in its page address.',
    'Identifiant de la fiche, tel qu’il figure dans l’adresse de sa page.',
  ),
  url_en: def('url', 'Address of the page in English.', 'Adresse de la page en anglais.'),
  url_fr: def('url', 'Address of the page in French.', 'Adresse de la page en français.'),
  title_en: def('text', 'Title in English.', 'Titre en anglais.'),
  title_fr: def('text', 'Title in French (empty until translated).', 'Titre en français (vide tant qu’il n’est pas traduit).'),
  summary_en: def('text', 'One-paragraph summary in English.', 'Résumé d’un paragraphe en anglais.'),
  summary_fr: def(
    'text',
    'One-paragraph summary in French (empty until translated).',
    'Résumé en français (vide tant qu’il n’est pas traduit).',
  ),
  lastReviewed: dated(
    'last_reviewed',
    'When an editor last reviewed the whole entry against its sources.',
    'Date à laquelle un rédacteur a relu toute la fiche au regard de ses sources.',
  ),
  checked: dated(
    'checked',
    'When someone last searched public sources for news about this entry (empty if never).',
    'Date de la dernière recherche de nouvelles sur cette fiche dans les sources publiques (vide si jamais).',
  ),
};

export const CSV_DICTIONARY = {
  'solutions.csv': {
    columns: {
      slug: common.slug,
      title_en: common.title_en,
      title_fr: common.title_fr,
      summary_en: common.summary_en,
      summary_fr: common.summary_fr,
      kinyarwanda_name: def('text', 'Name in Kinyarwanda, when it has one.', 'Nom en kinyarwanda, s’il en a un.'),
      meaning_en: def('text', 'Literal meaning of the Kinyarwanda name, in English.', 'Sens littéral du nom kinyarwanda, en anglais.'),
      meaning_fr: def('text', 'Literal meaning of the Kinyarwanda name, in French.', 'Sens littéral du nom kinyarwanda, en français.'),
      sectors: def('list', `Sector codes. ${LIST}`, `Codes des secteurs. ${LISTE}`),
      sectors_en: def(
        'list',
        `Sector names in English, in the order of sectors. ${LIST}`,
        `Noms des secteurs en anglais, dans l’ordre de sectors. ${LISTE}`,
      ),
      sectors_fr: def(
        'list',
        `Sector names in French, in the order of sectors. ${LIST}`,
        `Noms des secteurs en français, dans l’ordre de sectors. ${LISTE}`,
      ),
      sdgs: def(
        'list',
        `Numbers (1 to 17) of the UN Sustainable Development Goals it contributes to. ${LIST}`,
        `Numéros (1 à 17) des objectifs de développement durable de l’ONU auxquels elle contribue. ${LISTE}`,
      ),
      sdgs_en: def(
        'list',
        `Names of those goals in English, in the order of sdgs. ${LIST}`,
        `Noms de ces objectifs en anglais, dans l’ordre de sdgs. ${LISTE}`,
      ),
      sdgs_fr: def(
        'list',
        `Names of those goals in French, in the order of sdgs. ${LIST}`,
        `Noms de ces objectifs en français, dans l’ordre de sdgs. ${LISTE}`,
      ),
      status: def('code', 'active, piloting or ended.', 'active (en vigueur), piloting (en phase pilote) ou ended (arrêtée).'),
      lead_institution: def(
        'code',
        'Identifier of the institution that leads it in Rwanda (as in institutions.json); empty where the sources name none.',
        'Identifiant de l’institution qui la pilote au Rwanda (comme dans institutions.json) ; vide quand les sources n’en nomment pas.',
      ),
      lead_institution_en: def('text', 'Name of that institution in English.', 'Nom de cette institution en anglais.'),
      lead_institution_fr: def('text', 'Name of that institution in French.', 'Nom de cette institution en français.'),
      ...dated('start', 'When it started, per its source.', 'Date de son lancement, selon sa source.'),
      ...dated('end', 'When it ended (empty unless status is ended).', 'Date de sa fin (vide sauf si status vaut ended).'),
      countries: def(
        'integer',
        'Number of countries with a case study of it, at any stage (a study visit included).',
        'Nombre de pays ayant une étude de cas de cette solution, à n’importe quelle étape (visite d’étude comprise).',
      ),
      adopting_countries: def(
        'integer',
        'Number of those countries whose furthest stage with it is adopted, adapted or scaled up (a visit is not an adoption).',
        'Nombre de ces pays dont l’étape la plus avancée est adopted, adapted ou scaled (adoptée, adaptée, étendue) ; une visite n’est pas une adoption.',
      ),
      figures: def(
        'integer',
        'Number of key figures (their values are in figures.csv).',
        'Nombre de chiffres clés (leurs valeurs sont dans figures.csv).',
      ),
      pilot_to_national: def(
        'integer',
        'Time from the pilot to national scale, computed from the two dated facts in what-it-took.csv (empty unless both are sourced); its unit is in pilot_to_national_unit.',
        'Délai entre la phase pilote et l’échelle nationale, calculé à partir des deux faits datés de what-it-took.csv (vide sauf si les deux sont sourcés) ; son unité est dans pilot_to_national_unit.',
      ),
      pilot_to_national_unit: def(
        'code',
        'months (both dates known at least to the month) or years (one of them known only to the year).',
        'months (mois : les deux dates connues au moins au mois) ou years (ans : l’une d’elles connue seulement à l’année).',
      ),
      ...common.lastReviewed,
      ...common.checked,
      url_en: common.url_en,
      url_fr: common.url_fr,
    },
  },
  'case-studies.csv': {
    columns: {
      case_study: def(
        'code',
        'Identifier of the case study, as in its page address.',
        'Identifiant de l’étude de cas, tel qu’il figure dans l’adresse de sa page.',
      ),
      country: def('code', 'ISO 3166-1 alpha-2 code of the country, in lower case.', 'Code ISO 3166-1 alpha-2 du pays, en minuscules.'),
      country_en: def('text', 'Name of the country in English.', 'Nom du pays en anglais.'),
      country_fr: def('text', 'Name of the country in French.', 'Nom du pays en français.'),
      solutions: def(
        'list',
        `Identifiers of the Rwandan solutions concerned (slug in solutions.csv). ${LIST}`,
        `Identifiants des solutions rwandaises concernées (slug dans solutions.csv). ${LISTE}`,
      ),
      solutions_en: def(
        'list',
        `Their titles in English, in the same order. ${LIST}`,
        `Leurs titres en anglais, dans le même ordre. ${LISTE}`,
      ),
      solutions_fr: def(
        'list',
        `Their titles in French, in the same order (the English title for one not yet translated). ${LIST}`,
        `Leurs titres en français, dans le même ordre (le titre anglais pour une solution pas encore traduite). ${LISTE}`,
      ),
      stage_id: def('code', 'Identifier of the stage within the case study.', 'Identifiant de l’étape dans l’étude de cas.'),
      stage: def(
        'code',
        'Lifecycle stage: study-visit, agreement, pilot, adopted, adapted, scaled or discontinued.',
        'Étape : study-visit, agreement, pilot, adopted, adapted, scaled ou discontinued.',
      ),
      stage_en: def('text', 'Name of the stage in English.', 'Nom de l’étape en anglais.'),
      stage_fr: def('text', 'Name of the stage in French.', 'Nom de l’étape en français.'),
      ...dated('date', 'When the stage happened, per its source.', 'Date de l’étape, selon sa source.'),
      local_name: def(
        'text',
        'What the country calls its own version, when it has a name.',
        'Nom que le pays donne à sa version, s’il en a un.',
      ),
      text_en: def('text', 'What happened at this stage, in English.', 'Ce qui s’est passé à cette étape, en anglais.'),
      text_fr: def(
        'text',
        'What happened at this stage, in French (empty until translated).',
        'Ce qui s’est passé à cette étape, en français (vide tant qu’il n’est pas traduit).',
      ),
      source_title: def('text', 'Title of the source of this stage.', 'Titre de la source de cette étape.'),
      source_url: def('url', 'Address of that source.', 'Adresse de cette source.'),
      source_kind: def(
        'code',
        'Who published it: rwanda-government, rwanda-cooperation, other-government, intergovernmental, press, academic, ngo-company or other.',
        'Qui l’a publiée : rwanda-government, rwanda-cooperation, other-government, intergovernmental, press, academic, ngo-company ou other.',
      ),
      source_archived: def(
        'url',
        'A web archive copy of that source, when there is one.',
        'Copie de cette source dans une archive du web, s’il y en a une.',
      ),
      also_source_urls: def(
        'list',
        `Further sources supporting the same stage. ${LIST}`,
        `Autres sources attestant la même étape. ${LISTE}`,
      ),
      also_source_kinds: def(
        'list',
        `Who published each of them, in the same order. ${LIST}`,
        `Qui a publié chacune d’elles, dans le même ordre. ${LISTE}`,
      ),
      ...dated(
        'uncorroborated',
        'When someone looked for an official source for this stage and found none (empty otherwise).',
        'Date à laquelle on a cherché une source officielle pour cette étape sans en trouver (vide sinon).',
      ),
      ...common.checked,
      url_en: common.url_en,
      url_fr: common.url_fr,
    },
  },
  'countries.csv': {
    columns: {
      country: def('code', 'ISO 3166-1 alpha-2 code of the country, in lower case.', 'Code ISO 3166-1 alpha-2 du pays, en minuscules.'),
      country_en: def('text', 'Name of the country in English.', 'Nom du pays en anglais.'),
      country_fr: def('text', 'Name of the country in French.', 'Nom du pays en français.'),
      region: def('code', 'Region code (for example west-africa).', 'Code de la région (par exemple west-africa).'),
      region_en: def('text', 'Name of the region in English.', 'Nom de la région en anglais.'),
      region_fr: def('text', 'Name of the region in French.', 'Nom de la région en français.'),
      blocs: def(
        'list',
        `Regional economic communities it belongs to (codes). ${LIST}`,
        `Communautés économiques régionales dont il est membre (codes). ${LISTE}`,
      ),
      blocs_en: def('list', `Their names in English, in the same order. ${LIST}`, `Leurs noms en anglais, dans le même ordre. ${LISTE}`),
      blocs_fr: def(
        'list',
        `Their names in French (CEDEAO for ECOWAS...). ${LIST}`,
        `Leurs noms en français (CEDEAO pour ECOWAS…). ${LISTE}`,
      ),
      languages: def('list', `Official languages, as ISO 639 codes. ${LIST}`, `Langues officielles, en codes ISO 639. ${LISTE}`),
      languages_en: def('list', `Their names in English. ${LIST}`, `Leurs noms en anglais. ${LISTE}`),
      languages_fr: def('list', `Their names in French. ${LIST}`, `Leurs noms en français. ${LISTE}`),
      case_studies: def(
        'list',
        `Identifiers of its case studies (case_study in case-studies.csv). ${LIST}`,
        `Identifiants de ses études de cas (case_study dans case-studies.csv). ${LISTE}`,
      ),
      furthest_stages: def(
        'list',
        `For each solution it took up, "solution=stage": the furthest lifecycle stage its case studies of that solution reached. ${LIST}`,
        `Pour chaque solution reprise, « solution=étape » : l’étape la plus avancée atteinte par ses études de cas de cette solution. ${LISTE}`,
      ),
      furthest_stage: def(
        'code',
        'The furthest stage across all its case studies.',
        'L’étape la plus avancée, toutes études de cas confondues.',
      ),
      ...dated('first_stage', 'Date of its earliest dated stage.', 'Date de sa première étape datée.'),
      ...dated('latest_stage', 'Date of its latest dated stage.', 'Date de sa dernière étape datée.'),
      url_en: common.url_en,
      url_fr: common.url_fr,
    },
  },
  'figures.csv': {
    columns: {
      solution: def('code', 'Identifier of the solution (slug in solutions.csv).', 'Identifiant de la solution (slug dans solutions.csv).'),
      solution_en: def('text', 'Title of the solution in English.', 'Titre de la solution en anglais.'),
      solution_fr: def(
        'text',
        'Title of the solution in French (empty until translated).',
        'Titre de la solution en français (vide tant qu’il n’est pas traduit).',
      ),
      figure: def('code', 'Identifier of the figure within the solution.', 'Identifiant du chiffre dans la solution.'),
      figure_en: def('text', 'What the figure counts, in English.', 'Ce que mesure le chiffre, en anglais.'),
      figure_fr: def(
        'text',
        'What the figure counts, in French (empty until translated).',
        'Ce que mesure le chiffre, en français (vide tant qu’il n’est pas traduit).',
      ),
      value: def(
        'number',
        'The value, a plain number with a full stop as decimal separator.',
        'La valeur, un nombre sans séparateur de milliers, avec un point décimal.',
      ),
      unit: def(
        'code',
        'Unit: count, percent, rwf (Rwandan francs), usd (US dollars), days or years.',
        'Unité : count (nombre), percent (pourcentage), rwf (francs rwandais), usd (dollars américains), days (jours) ou years (ans).',
      ),
      qualifier: def(
        'code',
        'How the source states it: exact, about, more-than or at-least.',
        'Comment la source l’énonce : exact, about (environ), more-than (plus de) ou at-least (au moins).',
      ),
      ...dated('as_of', 'The date the value holds for, per its source.', 'Date à laquelle la valeur s’applique, selon sa source.'),
      as_of_precision: def(
        'precision',
        'How precisely as_of is known: year, month, day, or end-of-year when the source gives the value at the end of that year (as_of is then 31 December).',
        'Précision de as_of : year (année), month (mois), day (jour), ou end-of-year (fin d’année) quand la source donne la valeur à la fin de cette année (as_of est alors le 31 décembre).',
      ),
      source_title: def('text', 'Title of the source of the value.', 'Titre de la source de la valeur.'),
      source_publisher: def('text', 'Who published that source.', 'Qui a publié cette source.'),
      source_url: def('url', 'Address of that source.', 'Adresse de cette source.'),
    },
  },
  'what-it-took.csv': {
    columns: {
      solution: def('code', 'Identifier of the solution (slug in solutions.csv).', 'Identifiant de la solution (slug dans solutions.csv).'),
      solution_en: def('text', 'Title of the solution in English.', 'Titre de la solution en anglais.'),
      fact: def(
        'code',
        'What the row states: legal-basis (a law, decree or policy it rests on), run-by (an institution that runs it), prerequisite (what had to be in place), cost, pilot (when the pilot began) or national (when it reached national scale).',
        'Ce qu’énonce la ligne : legal-basis (loi, décret ou politique sur laquelle elle repose), run-by (institution qui la gère), prerequisite (ce qui devait être en place), cost (coût), pilot (début de la phase pilote) ou national (passage à l’échelle nationale).',
      ),
      item: def(
        'code',
        'Identifier of the fact within the solution; for run-by, the institution (as in institutions.json); empty for pilot and national.',
        'Identifiant du fait dans la solution ; pour run-by, l’institution (comme dans institutions.json) ; vide pour pilot et national.',
      ),
      text_en: def(
        'text',
        'The fact in English: the instrument, the institution, the prerequisite or what the cost paid for; empty for pilot and national.',
        'Le fait en anglais : l’instrument, l’institution, le prérequis ou ce que le coût a payé ; vide pour pilot et national.',
      ),
      text_fr: def('text', 'The same in French (empty until translated).', 'Le même en français (vide tant qu’il n’est pas traduit).'),
      ...dated(
        'date',
        'When the instrument was adopted, the date the cost holds for, or the pilot or national date; empty for run-by and prerequisite.',
        'Date d’adoption de l’instrument, date à laquelle le coût s’applique, ou date du pilote ou de l’échelle nationale ; vide pour run-by et prerequisite.',
      ),
      value: def(
        'number',
        'For a cost: the amount, a plain number with a full stop as decimal separator.',
        'Pour un coût : le montant, un nombre sans séparateur de milliers, avec un point décimal.',
      ),
      currency: def(
        'code',
        'For a cost: rwf (Rwandan francs) or usd (US dollars), as the source gives it (never converted).',
        'Pour un coût : rwf (francs rwandais) ou usd (dollars américains), tel que la source le donne (jamais converti).',
      ),
      qualifier: def(
        'code',
        'For a cost, how the source states it: exact, about, more-than or at-least.',
        'Pour un coût, comment la source l’énonce : exact, about (environ), more-than (plus de) ou at-least (au moins).',
      ),
      paid_by: def(
        'list',
        `For a cost, the institutions the source says paid (as in institutions.json); empty when it does not say. ${LIST}`,
        `Pour un coût, les institutions qui ont payé selon la source (comme dans institutions.json) ; vide si elle ne le dit pas. ${LISTE}`,
      ),
      source_title: def('text', 'Title of the source of the fact.', 'Titre de la source du fait.'),
      source_publisher: def('text', 'Who published that source.', 'Qui a publié cette source.'),
      source_url: def('url', 'Address of that source.', 'Adresse de cette source.'),
    },
  },
  'adopter-durations.csv': {
    columns: {
      case_study: def(
        'code',
        'Identifier of the case study (as in case-studies.csv).',
        'Identifiant de l’étude de cas (comme dans case-studies.csv).',
      ),
      country: def('code', 'ISO 3166-1 alpha-2 code of the country, in lower case.', 'Code ISO 3166-1 alpha-2 du pays, en minuscules.'),
      country_en: def('text', 'Name of the country in English.', 'Nom du pays en anglais.'),
      country_fr: def('text', 'Name of the country in French.', 'Nom du pays en français.'),
      solutions: def(
        'list',
        `Identifiers of the solutions the case study is about. ${LIST}`,
        `Identifiants des solutions dont traite l’étude de cas. ${LISTE}`,
      ),
      span: def(
        'code',
        'visit-to-agreement (from the first study visit to the first agreement after it) or agreement-to-use (from the first agreement to the first pilot, adoption or adapted version after it).',
        'visit-to-agreement (de la première visite d’étude au premier accord qui la suit) ou agreement-to-use (du premier accord au premier pilote, à la première adoption ou version adaptée qui le suit).',
      ),
      value: def(
        'integer',
        'The time it took, computed from the two stages’ dates, never typed by hand; a row exists only where both dates are known.',
        'Le temps qu’il a fallu, calculé à partir des dates des deux étapes, jamais saisi ; une ligne n’existe que si les deux dates sont connues.',
      ),
      unit: def(
        'code',
        'months (both dates known at least to the month; to the day, a month counts once its day is reached) or years (one date known only to the year).',
        'months (mois : les deux dates connues au moins au mois ; au jour près, un mois ne compte qu’une fois son jour atteint) ou years (ans : une date connue seulement à l’année).',
      ),
      from_stage: def(
        'code',
        'Identifier of the stage the span starts at (stage_id in case-studies.csv).',
        'Identifiant de l’étape de départ (stage_id dans case-studies.csv).',
      ),
      ...dated('from', 'Date of that stage.', 'Date de cette étape.'),
      to_stage: def('code', 'Identifier of the stage the span ends at.', 'Identifiant de l’étape d’arrivée.'),
      ...dated('to', 'Date of that stage.', 'Date de cette étape.'),
      url_en: common.url_en,
      url_fr: common.url_fr,
    },
  },
} as const satisfies Record<string, { columns: Record<string, ColumnDefinition> }>;

export type CsvFileName = keyof typeof CSV_DICTIONARY;
export type CsvColumn<F extends CsvFileName> = keyof (typeof CSV_DICTIONARY)[F]['columns'] & string;
export type DictionaryColumn = keyof typeof DICTIONARY_COLUMNS;

/** The columns of a CSV file, in their published order. */
export function csvColumns<F extends CsvFileName>(file: F): CsvColumn<F>[] {
  return Object.keys(CSV_DICTIONARY[file].columns) as CsvColumn<F>[];
}

/** The columns of /data/dictionary.csv (and the fields of each column in dictionary.json). */
export const DICTIONARY_COLUMNS = {
  file: def('code', 'Name of the published file, under /data/.', 'Nom du fichier publié, sous /data/.'),
  column: def(
    'code',
    'Name of the column (CSV), of the field (JSON: items[].name for a record field) or of the property (GeoJSON).',
    'Nom de la colonne (CSV), du champ (JSON : items[].nom pour un champ d’enregistrement) ou de la propriété (GeoJSON).',
  ),
  type: def(
    'code',
    'What it holds: text, code, list, integer, number, date, precision, url, object or array.',
    'Ce qu’elle contient : text, code, list, integer, number, date, precision, url, object ou array.',
  ),
  definition_en: def('text', 'Definition in English.', 'Définition en anglais.'),
  definition_fr: def('text', 'Definition in French.', 'Définition en français.'),
} as const satisfies Record<string, ColumnDefinition>;

/** The properties of each feature of /data/adoptions.geojson. */
export const GEOJSON_DICTIONARY = {
  'adoptions.geojson': {
    columns: {
      code: def('code', 'ISO 3166-1 alpha-2 code of the country, in lower case.', 'Code ISO 3166-1 alpha-2 du pays, en minuscules.'),
      name: def('object', 'Name of the country: { en, fr }.', 'Nom du pays : { en, fr }.'),
      region: def('code', 'Region code (for example west-africa).', 'Code de la région (par exemple west-africa).'),
      furthestStage: def(
        'code',
        'The furthest stage across its case studies.',
        'L’étape la plus avancée, toutes études de cas confondues.',
      ),
      stages: def(
        'array',
        'Every stage of its case studies: caseStudy, solutions, stage, date (YYYY, YYYY-MM or YYYY-MM-DD) and localName.',
        'Chaque étape de ses études de cas : caseStudy, solutions, stage, date (AAAA, AAAA-MM ou AAAA-MM-JJ) et localName.',
      ),
    },
  },
} as const satisfies Record<string, { columns: Record<string, ColumnDefinition> }>;
