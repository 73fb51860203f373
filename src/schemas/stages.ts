/** Lifecycle stages in the order a country moves through them; `discontinued` ends any of them. Plain data, safe in the browser (the CMS preview). */
export const STAGES = ['study-visit', 'agreement', 'pilot', 'adopted', 'adapted', 'scaled', 'discontinued'] as const;
export type Stage = (typeof STAGES)[number];
