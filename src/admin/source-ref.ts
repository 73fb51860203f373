/**
 * The CMS widget `source-ref` (src/admin/config.ts gives it to every citation): Decap's relation
 * widget reads other entries, never the one being edited, so this widget reads the `sources` of
 * the entry in the editor (Decap's `getEntry()`, the live draft) and offers them by title; it
 * stores the source's id, as the schema wants. One source: a drop-down list; several (`also`):
 * a box to tick per source. Bundled into the admin page's script (no inline script).
 */
import { optionsWithValue, sourceOptions, type SourceOption } from './source-options.ts';

interface Plain {
  toJS(): unknown;
}
/** Decap's lists are Immutable lists; a new one is made from the old one (no second copy of Immutable.js in the bundle). */
interface ImmutableList extends Plain {
  clear(): ImmutableList;
  push(...values: unknown[]): ImmutableList;
}
interface DraftEntry {
  getIn(path: string[]): unknown;
}
interface Props {
  value: unknown;
  onChange: (value: unknown) => void;
  field: { get(key: string): unknown };
  forID: string;
  classNameWrapper: string;
  setActiveStyle?: () => void;
  setInactiveStyle?: () => void;
  getEntry?: () => DraftEntry | undefined;
  entry: DraftEntry;
}
interface State {
  options: SourceOption[];
}
interface Self {
  props: Props;
  state: State;
  timer?: number;
  setState(state: Partial<State>): void;
  refresh(): void;
}

type H = (type: unknown, props?: object | null, ...children: unknown[]) => unknown;
type CreateClass = (spec: Record<string, unknown>) => unknown;

const plain = (value: unknown): unknown => (value && typeof (value as Plain).toJS === 'function' ? (value as Plain).toJS() : value);

/** The sources of the entry as it is now in the editor. */
function currentOptions(props: Props): SourceOption[] {
  const entry = props.getEntry?.() ?? props.entry;
  return sourceOptions(plain(entry.getIn(['data', 'sources'])));
}

const same = (a: readonly SourceOption[], b: readonly SourceOption[]): boolean =>
  a.length === b.length && a.every((option, index) => option.value === b[index]?.value && option.label === b[index]?.label);

const NO_SOURCES = 'This entry has no sources yet: add one under “Sources” (with an id and a title), then pick it here.';

export function sourceRefWidget(h: H, createClass: CreateClass): unknown {
  return createClass({
    getInitialState(this: Self): State {
      return { options: currentOptions(this.props) };
    },
    // The sources change in another field: look again each second while the widget is shown.
    componentDidMount(this: Self) {
      this.timer = window.setInterval(() => this.refresh(), 1000);
    },
    componentWillUnmount(this: Self) {
      window.clearInterval(this.timer);
    },
    refresh(this: Self) {
      const options = currentOptions(this.props);
      if (!same(options, this.state.options)) this.setState({ options });
    },
    render(this: Self) {
      const { forID, classNameWrapper, field, onChange } = this.props;
      const multiple = field.get('multiple') === true;
      const raw = plain(this.props.value);
      const values = (Array.isArray(raw) ? raw : typeof raw === 'string' && raw ? [raw] : []).map(String);
      const options = optionsWithValue(this.state.options, values);
      const focus = () => {
        this.refresh();
        this.props.setActiveStyle?.();
      };
      const blur = () => this.props.setInactiveStyle?.();
      if (this.state.options.length === 0 && values.length === 0) {
        return h('div', { id: forID, className: classNameWrapper, 'data-source-ref': 'empty' }, NO_SOURCES);
      }
      if (!multiple) {
        return h(
          'select',
          {
            id: forID,
            className: classNameWrapper,
            value: values[0] ?? '',
            onChange: (event: { target: { value: string } }) => onChange(event.target.value),
            onFocus: focus,
            onMouseDown: () => this.refresh(),
            onBlur: blur,
            'data-source-ref': 'one',
          },
          h('option', { value: '' }, '— pick a source of this entry —'),
          ...options.map((option) => h('option', { key: option.value, value: option.value }, option.label)),
        );
      }
      const toggle = (id: string, on: boolean) => {
        const next = on ? [...values.filter((value) => value !== id), id] : values.filter((value) => value !== id);
        const old = this.props.value as Partial<ImmutableList> | undefined;
        onChange(old && typeof old.clear === 'function' ? (old as ImmutableList).clear().push(...next) : next);
      };
      return h(
        'fieldset',
        { id: forID, className: classNameWrapper, 'data-source-ref': 'many', onFocus: focus, onBlur: blur },
        ...options.map((option) =>
          h(
            'label',
            { key: option.value, style: { display: 'flex', gap: '8px', alignItems: 'baseline', padding: '4px 0' } },
            h('input', {
              type: 'checkbox',
              value: option.value,
              checked: values.includes(option.value),
              onChange: (event: { target: { checked: boolean } }) => toggle(option.value, event.target.checked),
            }),
            option.label,
          ),
        ),
      );
    },
  });
}
