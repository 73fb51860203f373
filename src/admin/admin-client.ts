/**
 * The CMS page's own script (bundled by src/integrations/cms-admin.ts, loaded before Decap): the
 * body's components as editor components, the translation widgets that show the English beside
 * each field, the citation widget that offers the entry's own sources (src/admin/source-ref.ts), preview templates with the site's styles, then `CMS.init()`.
 */
import createReactClass from 'create-react-class';
import React from 'react';
import ReactDOM from 'react-dom';
import * as ReactDOMClient from 'react-dom/client';
import { EDITOR_COMPONENTS_LIST } from '#src/admin/cms-components.ts';
import { labelledTexts } from '#src/lib/localize.ts';
import { sourceRefWidget } from '#src/admin/source-ref.ts';
import { withOwnPhrases } from '#src/admin/phrases.ts';
import { parse as parseYaml } from 'yaml';
import {
  caseStudyPreviewModel,
  lookupsFromConfig,
  previewExtras,
  solutionPreviewModel,
  translatedDraft,
  type PreviewLookups,
} from '#src/admin/preview-model.ts';
import { entryFolder, isMdxName, translateRoute, untranslated } from '#src/admin/translate.ts';
import { emptyObjectFields } from '#src/admin/empty-objects.ts';
import { DEFAULT_LOCALE, TRANSLATION_LOCALES, type Locale } from '#src/config/locales.ts';
import { useTranslations } from '#src/i18n/ui.ts';
import { caseStudyPreview, solutionPreview } from '#src/admin/preview-render.ts';
import { briefingStrings } from '#src/lib/briefing-render.ts';
import { attributesOf, type Tree } from '#src/lib/briefing-tree.ts';
import { CONTENT_MODEL } from '#src/schemas/content-model.ts';

/** The little of Immutable.js the widgets use (Decap's entries and values are Immutable maps). */
interface ImmutableMap {
  get(key: string): unknown;
  getIn(path: string[]): unknown;
  set(key: string, value: unknown): ImmutableMap;
  delete(key: string): ImmutableMap;
  clear(): ImmutableMap;
  toJS(): Record<string, unknown>;
}

interface Field {
  get(key: string): unknown;
}

interface WidgetProps {
  value: unknown;
  onChange: (value: unknown) => void;
  field: Field;
  entry: ImmutableMap;
  forID: string;
  classNameWrapper: string;
  loadEntry: (collection: string, slug: string) => Promise<{ data: Record<string, unknown> } | undefined>;
}

interface ComponentThis<S> {
  props: WidgetProps;
  state: S;
  setState(state: Partial<S>): void;
}

type H = (type: unknown, props?: object | null, ...children: unknown[]) => unknown;
type CreateClass = (spec: Record<string, unknown>) => unknown;

interface Cms {
  init(): void;
  registerEditorComponent(component: unknown): void;
  registerWidget(name: string, control: unknown, preview?: unknown): void;
  registerPreviewStyle(href: string): void;
  registerPreviewTemplate(collection: string, template: unknown): void;
  registerLocale?(locale: string, phrases: object): void;
  getLocale?(locale: string): Record<string, unknown> | undefined;
  getWidget(name: string): { control: unknown; preview?: unknown } | undefined;
  registerEventListener?(listener: { name: string; handler: (event: { entry: ImmutableMap }) => unknown }): void;
}

declare global {
  interface Window {
    React?: typeof React;
    ReactDOM?: typeof ReactDOM & typeof ReactDOMClient;
    DecapCmsApp?: Partial<Cms> & { default?: Cms };
  }
}

// Decap's bundle expects React from the page (React 19 publishes no browser build of its own).
window.React = React;
window.ReactDOM = { ...ReactDOM, ...ReactDOMClient };

const script = document.currentScript;
const previewStyles = (script?.dataset['previewStyles'] ?? '').split(' ').filter(Boolean);
const canonicalNames = (script?.dataset['canonical'] ?? '').split(' ').filter(Boolean);
/** `solutionTranslations=fr ...`: each translation collection and its language. */
const translations = (script?.dataset['translations'] ?? '')
  .split(' ')
  .filter(Boolean)
  .map((pair) => pair.split('=') as [string, string]);

function at(data: Record<string, unknown> | undefined, path: string): string {
  let value: unknown = data;
  for (const key of path.split('.')) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return typeof value === 'string' ? value : '';
}

/**
 * The folder of the entry being translated: the entry's meta path (`umucyo`). Decap re-renders a
 * widget only when its own value changes, so the path field is read where the editor types it.
 */
function folderOf(entry: ImmutableMap): string {
  const typed = document.querySelector<HTMLInputElement>('input[id^="path-field-"]')?.value;
  const path = typed ?? entry.getIn(['meta', 'path']);
  return typeof path === 'string' ? path.trim().replace(/^\/+|\/+$/g, '') : '';
}

interface EnglishState {
  folder: string;
  english: Record<string, unknown> | undefined;
}

/** Loads the canonical English entry beside a translation whenever its folder changes. */
function englishMixin() {
  return {
    getInitialState(): EnglishState {
      return { folder: '', english: undefined };
    },
    componentDidMount(this: ComponentThis<EnglishState> & { timer?: number }) {
      void load(this);
      this.timer = window.setInterval(() => void load(this), 1000);
    },
    componentWillUnmount(this: { timer?: number }) {
      window.clearInterval(this.timer);
    },
    componentDidUpdate(this: ComponentThis<EnglishState>) {
      void load(this);
    },
  };
}

/**
 * The English entries being fetched, by collection and folder: the translated fields of a form ask
 * for the same entry together, and it is fetched once (from decap-server, or GitHub's API).
 */
const englishRequests = new Map<string, Promise<Record<string, unknown> | undefined>>();
/** The English entries the translation widgets loaded, by collection and folder: the translation's preview shows them. */
const englishLoaded = new Map<string, Record<string, unknown>>();

async function load(component: ComponentThis<EnglishState>): Promise<void> {
  const folder = folderOf(component.props.entry);
  if (folder === component.state.folder) return;
  component.setState({ folder, english: undefined });
  if (!folder) return;
  const canonical = String(component.props.field.get('canonical'));
  const key = `${canonical}/${folder}`;
  let english = englishRequests.get(key);
  if (!english) {
    english = component.props.loadEntry(canonical, `${folder}/index`).then((entry) => entry?.data);
    englishRequests.set(key, english);
    // Only while in flight: a later look fetches the entry as it is then.
    void english.finally(() => englishRequests.delete(key)).catch(() => undefined);
  }
  try {
    const data = await english;
    englishLoaded.set(key, data ?? {});
    if (folderOf(component.props.entry) === folder) component.setState({ english: data });
  } catch {
    component.setState({ english: {} });
  }
}

function englishNote(h: H, state: EnglishState, text: string, long: boolean): unknown {
  const message = !state.folder
    ? 'Type the folder name of the English entry above to see its text here.'
    : state.english === undefined
      ? 'Loading the English…'
      : text || 'The English entry has no text here.';
  const style = { margin: '0 0 6px', padding: '6px 10px', background: '#f1f5f9', borderLeft: '3px solid #64748b', whiteSpace: 'pre-wrap' };
  return long && text
    ? h('details', { className: 'homegrown-english', style }, h('summary', null, 'English'), message)
    : h('p', { className: 'homegrown-english', lang: 'en', style }, h('strong', null, 'English: '), message);
}

function registerWidgets(cms: Cms, h: H, createClass: CreateClass): void {
  for (const base of ['string', 'text', 'markdown']) {
    const widget = cms.getWidget(base);
    const Control = widget?.control;
    if (!Control) continue;
    const control = createClass({
      ...englishMixin(),
      render(this: ComponentThis<EnglishState>) {
        const path = String(this.props.field.get('english'));
        return h('div', null, englishNote(h, this.state, at(this.state.english, path), base === 'markdown'), h(Control, this.props));
      },
    });
    cms.registerWidget(`translated-${base}`, control, widget.preview);
  }

  const labels = createClass({
    ...englishMixin(),
    render(this: ComponentThis<EnglishState>) {
      const value = this.props.value as ImmutableMap | undefined;
      const current = value && typeof value.toJS === 'function' ? value.toJS() : {};
      const relabels = (this.props.field.get('relabels') as { toJS(): Array<{ field: string; text: string }> } | undefined)?.toJS() ?? [];
      const items = labelledTexts(
        relabels.map(({ field }) => field),
        this.state.english ?? {},
      ).map((text) => ({ id: text.key, english: text.english, field: text.field }));
      const known = new Set(items.map((item) => item.id));
      const extra = Object.keys(current)
        .filter((id) => !known.has(id))
        .map((id) => ({ id, english: '(no item with this id in the English entry)', field: '' }));
      const change = (id: string, text: string) => {
        const map =
          value && typeof value.set === 'function'
            ? value
            : this.props.entry.get('data')
              ? (this.props.entry.get('data') as ImmutableMap).clear()
              : undefined;
        if (!map) return;
        this.props.onChange(text.trim() ? map.set(id, text) : map.delete(id));
      };
      if (!this.state.folder || this.state.english === undefined) {
        return h('div', { className: this.props.classNameWrapper, id: this.props.forID }, englishNote(h, this.state, '', false));
      }
      if (items.length + extra.length === 0) {
        return h('div', { className: this.props.classNameWrapper, id: this.props.forID }, 'The English entry has nothing to relabel.');
      }
      return h(
        'div',
        { className: this.props.classNameWrapper, id: this.props.forID },
        ...[...items, ...extra].map((item) =>
          h(
            'div',
            { key: item.id, style: { marginBottom: '12px' } },
            h(
              'label',
              { htmlFor: `${this.props.forID}-${item.id}`, style: { display: 'block', fontWeight: 600 } },
              `${item.field} · ${item.id}`,
            ),
            h('p', { lang: 'en', style: { margin: '2px 0 4px', color: '#475569' } }, item.english),
            h('input', {
              id: `${this.props.forID}-${item.id}`,
              'data-label-id': item.id,
              type: 'text',
              value: typeof current[item.id] === 'string' ? current[item.id] : '',
              onChange: (event: { target: { value: string } }) => change(item.id, event.target.value),
              style: { width: '100%', padding: '6px', border: '1px solid #cbd5e1', borderRadius: '4px' },
            }),
          ),
        ),
      );
    },
  });
  cms.registerWidget('translation-labels', labels);
  cms.registerWidget('source-ref', sourceRefWidget(h, createClass));
}

interface PreviewProps {
  entry: ImmutableMap;
  widgetFor: (name: string) => unknown;
}

const plainOf = (value: unknown): unknown =>
  value && typeof (value as { toJS?: unknown }).toJS === 'function' ? (value as { toJS(): unknown }).toJS() : value;

/** Names of countries, institutions and solutions for the preview, from the CMS's own configuration (its selects). */
let lookups: PreviewLookups = { countries: new Map(), institutions: new Map(), solutions: new Map() };
const configHref = document.querySelector<HTMLLinkElement>('link[rel="cms-config-url"]')?.href;
if (configHref)
  void fetch(configHref)
    .then((response) => response.text())
    .then((text) => {
      lookups = lookupsFromConfig(parseYaml(text));
    })
    .catch(() => undefined);

const contact = { name: script?.dataset['contactName'] ?? '', href: script?.dataset['contactHref'] ?? '' };
/** The site's base path, from this script's own address (`/homegrown/admin/cms.js`). */
const siteBase = (script as HTMLScriptElement | null)?.getAttribute('src')?.replace(/admin\/cms\.js.*$/, '') ?? '/';

const panel = {
  margin: '0 0 16px',
  padding: '8px 12px',
  font: '14px/1.4 system-ui, sans-serif',
  borderLeft: '4px solid #0f3d2e',
  background: '#f1f5f9',
};

/** A briefing tree as DOM nodes of the preview's frame, as src/client/briefing-dom.ts writes it on the site (a layer above this one): text as text, no markup parsed. */
function toDom(node: Tree, document: Document): Node {
  if (typeof node === 'string') return document.createTextNode(node);
  const element = document.createElement(node.tag);
  for (const [name, value] of attributesOf(node)) element.setAttribute(name, value);
  for (const child of node.children) element.append(toDom(child, document));
  return element;
}

/** The briefing tree, written into the preview's frame. */
function treeBox(h: H, tree: Tree, key: string): unknown {
  return h('div', {
    key,
    'data-preview-render': true,
    ref: (node: HTMLElement | null) => {
      if (node) node.replaceChildren(toDom(tree, node.ownerDocument));
    },
  });
}

function registerPreviews(cms: Cms, h: H, createClass: CreateClass): void {
  for (const href of previewStyles) cms.registerPreviewStyle(href);
  const template = (collection: string, lang: Locale, canonical: string) =>
    createClass({
      getInitialState() {
        return { tick: 0 };
      },
      // The English entry (for a translation) and the names of references arrive later: look again each second.
      componentDidMount(this: { timer?: number; setState(state: object): void; state: { tick: number }; seen?: string }) {
        this.timer = window.setInterval(() => {
          const seen = `${lookups.countries.size}/${[...englishLoaded.keys()].join(',')}`;
          if (seen !== this.seen) {
            this.seen = seen;
            this.setState({ tick: this.state.tick + 1 });
          }
        }, 1000);
      },
      componentWillUnmount(this: { timer?: number }) {
        window.clearInterval(this.timer);
      },
      render(this: { props: PreviewProps }) {
        const { entry } = this.props;
        const draft = (plainOf(entry.get('data')) ?? {}) as Record<string, unknown>;
        const folder = entryFolder(collection === canonical ? entry.getIn(['meta', 'path']) : folderOf(entry), entry.get('slug'));
        const t = useTranslations(lang);
        const body = h('div', { key: 'body', className: 'prose mt-8 max-w-none', lang }, this.props.widgetFor('body'));
        if (!isMdxName(canonical) || canonical === 'events') {
          const text = (name: string) => String(draft[name] ?? '');
          return h(
            'main',
            { lang, className: 'mx-auto max-w-3xl px-4 py-8' },
            translateBar(h, collection, canonical, folder),
            h('h1', { className: 'text-3xl font-bold' }, text('title')),
            h('p', { className: 'mt-2 text-lg text-muted' }, text('summary')),
            body,
          );
        }
        const english = collection === canonical ? draft : englishLoaded.get(`${canonical}/${folder}`);
        const data = collection === canonical ? draft : translatedDraft(canonical, english ?? {}, draft);
        const context = { lang, t, slug: folder, lookups, base: siteBase };
        const strings = briefingStrings(lang, t, contact);
        const extras = previewExtras(data, context);
        const { head, tail } =
          canonical === 'solutions'
            ? solutionPreview(solutionPreviewModel(data, context), extras, strings, t)
            : caseStudyPreview(caseStudyPreviewModel(data, context), extras, strings, t);
        return h(
          'main',
          { lang, className: 'mx-auto max-w-3xl px-4 py-8', 'data-preview': canonical },
          translateBar(h, collection, canonical, folder),
          collection === canonical ? null : untranslatedPanel(h, canonical, folder, english, draft),
          treeBox(h, head, 'tree'),
          body,
          treeBox(h, tail, 'tail'),
        );
      },
    });
  for (const name of canonicalNames) cms.registerPreviewTemplate(name, template(name, DEFAULT_LOCALE, name));
  for (const [name, lang] of translations) {
    const canonical =
      Object.entries(CONTENT_MODEL).find(
        ([, model]) => 'translations' in model && model.translations === name.replace(/_[a-z]+$/, ''),
      )?.[0] ?? '';
    cms.registerPreviewTemplate(name, template(name, lang as Locale, canonical));
  }
}

/** On an English entry: "Translate to French", a link that opens the French draft bound to this entry (src/admin/translate.ts). */
function translateBar(h: H, collection: string, canonical: string, folder: string): unknown {
  if (collection !== canonical || !isMdxName(canonical)) return null;
  const admin = window.location.href.split('#')[0] ?? '';
  return h(
    'nav',
    { key: 'translate', style: panel, 'data-translate': true, lang: 'en' },
    folder
      ? TRANSLATION_LOCALES.map((lang) =>
          h(
            'a',
            {
              key: lang,
              href: `${admin}${translateRoute(canonical, folder, lang)}`,
              target: '_top',
              'data-translate-to': lang,
              style: { fontWeight: 600 },
            },
            `Translate to ${LANGUAGE_NAME.of(lang) ?? lang}`,
          ),
        )
      : 'Type the folder name to translate this entry.',
    folder
      ? ` opens a draft of ${folder}/${TRANSLATION_LOCALES[0] ?? 'fr'}.mdx beside this entry, with the English beside each field. (If the translation exists already, open it in its own collection.)`
      : '',
  );
}

const LANGUAGE_NAME = new Intl.DisplayNames(['en'], { type: 'language' });

/** On a translation: what is still in English, as the content check sees it. */
function untranslatedPanel(
  h: H,
  canonical: string,
  folder: string,
  english: Record<string, unknown> | undefined,
  draft: Record<string, unknown>,
): unknown {
  if (!isMdxName(canonical)) return null;
  if (!folder || english === undefined)
    return h(
      'p',
      { key: 'untranslated', style: panel, lang: 'en' },
      folder ? 'Loading the English entry…' : 'Type the folder name of the English entry to see it translated here.',
    );
  const left = untranslated(canonical, english, draft);
  if (left.length === 0)
    return h('p', { key: 'untranslated', style: panel, lang: 'en', 'data-untranslated': 0 }, 'Everything is translated.');
  return h(
    'details',
    { key: 'untranslated', style: panel, lang: 'en', 'data-untranslated': left.length, open: true },
    h('summary', { style: { fontWeight: 600 } }, `Still in English (${left.length}): the page shows the English text for these`),
    h(
      'ul',
      { style: { margin: '6px 0 0', paddingLeft: '20px' } },
      ...left.map((item) => h('li', { key: item.field }, h('code', null, item.field), ` · ${item.english}`)),
    ),
  );
}

const h: H = React.createElement as H;
const createClass = createReactClass as CreateClass;

// Decap's script (deferred, after this one) has run by then.
document.addEventListener('DOMContentLoaded', () => {
  const app = window.DecapCmsApp;
  const cms = app?.default ?? (app && typeof app.init === 'function' ? (app as Cms) : undefined);
  if (!cms) throw new Error('Decap CMS did not load: check /admin/decap/decap-cms-app.js');
  for (const component of EDITOR_COMPONENTS_LIST) cms.registerEditorComponent(component);
  registerWidgets(cms, h, createClass);
  registerPreviews(cms, h, createClass);
  // Optional objects left alone are not saved as objects of empty lists (src/admin/empty-objects.ts).
  cms.registerEventListener?.({
    name: 'preSave',
    handler: ({ entry }) => {
      const data = entry.get('data') as ImmutableMap;
      return emptyObjectFields(data.toJS()).reduce((out, key) => out.delete(key), data);
    },
  });
  // Decap's own words, with ours for a few (src/admin/phrases.ts).
  const phrases = cms.getLocale?.('en');
  if (phrases) cms.registerLocale?.('en', withOwnPhrases(phrases));
  cms.init();
});
