/** "What neighbours and peers did": other countries of the same region, bloc or language, with their case studies. */
import { paths } from '#src/lib/routes.ts';
import type { Stage } from '#src/schemas/case-study.ts';
import type { Catalogue } from './catalogue.ts';

export interface Peer {
  code: string;
  name: string;
  href: string;
  /** What it shares with the country, as labels in the catalogue's language: "West Africa", "ECOWAS", "French". */
  shared: string[];
  caseStudies: { title: string; href: string; stage: Stage | undefined }[];
}

/**
 * Countries with case studies that share the region, a bloc or a language with `code`, those
 * sharing the most first, then by name; the country itself is never its own peer.
 */
export function countryPeers(catalogue: Catalogue, code: string): Peer[] {
  const self = catalogue.countriesByCode.get(code);
  if (!self) return [];
  const { region, blocs, languages } = self.entry.data;
  const { lang } = catalogue;
  return catalogue.countries
    .flatMap((other, order) => {
      const studies = catalogue.caseStudiesByCountry.get(other.code) ?? [];
      if (other.code === code || studies.length === 0) return [];
      const data = other.entry.data;
      const shared = [
        ...(data.region === region ? [other.region] : []),
        ...data.blocs.flatMap((bloc, i) => (blocs.includes(bloc) ? [other.blocs[i] ?? bloc] : [])),
        ...data.languages.flatMap((language, i) => (languages.includes(language) ? [other.languages[i] ?? language] : [])),
      ];
      if (shared.length === 0) return [];
      const caseStudies = studies.map((study) => ({
        title: study.data.title,
        href: paths.caseStudy(lang, study.slug),
        stage: study.furthest,
      }));
      return [{ peer: { code: other.code, name: other.name, href: paths.country(lang, other.code), shared, caseStudies }, order }];
    })
    .sort((a, b) => b.peer.shared.length - a.peer.shared.length || a.order - b.order)
    .map(({ peer }) => peer);
}
