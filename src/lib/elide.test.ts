import { describe, expect, test } from 'vitest';
import { elide, elideList } from './elide.ts';

describe('elide', () => {
  test.each([
    ['que', 'Umucyo, les marchés publics en ligne', 'qu’Umucyo, les marchés publics en ligne'],
    ['de', 'Irembo, les services publics en ligne', 'd’Irembo, les services publics en ligne'],
    ['que', 'Girinka, une vache par famille pauvre', 'que Girinka, une vache par famille pauvre'],
    ['de', 'Les juridictions Gacaca', 'des juridictions Gacaca'],
    ['de', 'Le système intégré de gestion des finances publiques (IFMIS)', 'du système intégré de gestion des finances publiques (IFMIS)'],
    ['de', 'La régularisation foncière', 'de la régularisation foncière'],
    ['de', "L'assurance maladie communautaire", 'de l’assurance maladie communautaire'],
    ['que', 'Les comités de médiation Abunzi', 'que les comités de médiation Abunzi'],
    ['que', "L'assurance maladie communautaire", 'que l’assurance maladie communautaire'],
    ['de', 'Éthiopie', 'd’Éthiopie'],
  ] as const)('%s + %s in French', (particle, title, expected) => {
    expect(elide(particle, title, 'fr')).toBe(expected);
  });

  test('English is left as written', () => {
    expect(elide('de', 'Irembo', 'en')).toBe('de Irembo');
  });

  test('a list takes one particle, elided before its first title', () => {
    expect(elideList('que', ['Umucyo', 'Irembo'], 'fr')).toBe('qu’Umucyo et Irembo');
    expect(elideList('que', ['Girinka'], 'fr')).toBe('que Girinka');
    expect(elideList('que', ['Umucyo', 'Le système intégré (IFMIS)'], 'fr')).toBe('qu’Umucyo et le système intégré (IFMIS)');
    expect(elideList('que', ['Les juridictions Gacaca', 'La réforme'], 'fr')).toBe('que les juridictions Gacaca et la réforme');
  });
});
