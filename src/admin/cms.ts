/**
 * The site's additions to Decap CMS in /admin/: file names by the site's slug rule, fields that
 * refuse code and CPR numbers, YAML written the way the content lint reads it, the Danish
 * workflow names and a preview with the site's own stylesheet. Bundled by
 * src/integrations/decap-admin.ts; the collection table comes from the zod schemas at build time.
 */
import { allowlistFromLists, bodyProblem, PLAIN_FORMS, reviewDateProblem, textProblem, type PlainForm } from '../lib/decap/input-rules.ts';
import { slugify } from '../lib/slug.ts';
import { frontmatterFormat, yamlFormat } from './formats.ts';
import { cleanEntry, type ImmutableMap } from './clean.ts';
import type { EditorTable } from '../lib/decap/editor-table.ts';
import { LOCALE_OVERRIDES, mergeLocale } from './locale.ts';
import { watchAccessibleNames } from './a11y.ts';

declare const __VB_EDITOR__: EditorTable;

interface WidgetProps {
  value?: unknown;
  forID?: string;
  classNameWrapper?: string;
  onChange?: (value: string) => void;
  setActiveStyle?: () => void;
  setInactiveStyle?: () => void;
  entry?: ImmutableMap;
}
interface DecapWidget {
  control: unknown;
  preview: unknown;
}
interface PreviewProps {
  entry: ImmutableMap;
  widgetFor: (name: string) => unknown;
}
interface DecapGlobal {
  registerLocale(locale: string, phrases: object): void;
  getLocale(locale: string): object | undefined;
  getWidget(name: string): DecapWidget;
  registerWidget(name: string, control: unknown, preview?: unknown): void;
  registerCustomFormat(name: string, extension: string, formatter: object): void;
  registerEventListener(listener: { name: string; handler: (event: { entry: ImmutableMap }) => unknown }): void;
  registerPreviewStyle(url: string): void;
  registerPreviewTemplate(name: string, template: unknown): void;
}
type H = (type: unknown, props?: object | null, ...children: unknown[]) => unknown;
interface ComponentThis {
  props: WidgetProps;
  state: { text: string };
  setState(state: { text: string }): void;
  handleChange(event: { target: { value: string } }): void;
}
declare global {
  interface Window {
    CMS: DecapGlobal;
    h: H;
    createClass: (spec: object) => unknown;
  }
}

const { CMS, h, createClass } = window;
const table = __VB_EDITOR__;

watchAccessibleNames(document);
CMS.registerLocale('da', mergeLocale(CMS.getLocale('da') ?? {}, LOCALE_OVERRIDES));
CMS.registerCustomFormat('vb-frontmatter', 'mdx', frontmatterFormat(table.unions, table.fileNameKey));
CMS.registerCustomFormat('vb-yaml', 'yaml', yamlFormat(table.unions, table.fileNameKey));

/** A built-in widget whose value must also pass `check`; the message shows at the field. */
function guarded(base: string, check: (value: string) => string | undefined) {
  const widget = CMS.getWidget(base);
  const control = createClass({
    isValid(this: ComponentThis) {
      const { value } = this.props;
      const problem = typeof value === 'string' ? check(value) : undefined;
      return problem ? { error: { type: 'CUSTOM', message: problem } } : true;
    },
    render(this: ComponentThis) {
      return h(widget.control, this.props);
    },
  });
  CMS.registerWidget(`vb-${base}`, control, widget.preview);
}

// The exceptions the content check honours (content/undtagelser.yaml), read at build time by its own reader.
const allow = allowlistFromLists(table.allowlist);
guarded('string', (text) => textProblem(text, allow));
guarded('text', (text) => textProblem(text, allow));
guarded('markdown', (body) => bodyProblem(body, allow));

/** A YYYY-MM-DD value as the content check reads it (midnight UTC), or undefined. */
function day(value: unknown): Date | undefined {
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? '');
  return /^\d{4}-\d{2}-\d{2}$/.test(text) ? new Date(`${text}T00:00:00Z`) : undefined;
}

/** The next review date: after the last review and not passed, as the check wants (KB001, KB014). */
const datetime = CMS.getWidget('datetime');
CMS.registerWidget(
  'vb-review-date',
  createClass({
    isValid(this: ComponentThis) {
      const next = day(this.props.value);
      const last = day(this.props.entry?.getIn(['data', 'sidstGennemgaaet']));
      const today = day(new Date());
      const problem = next && today ? reviewDateProblem(next, last, today) : undefined;
      return problem ? { error: { type: 'CUSTOM', message: problem } } : true;
    },
    render(this: ComponentThis) {
      return h(datetime.control, this.props);
    },
  }),
  datetime.preview,
);

/**
 * A field filled in plain form (info@eksempel.dk, 33 33 33 33, www.eksempel.dk): the person's text
 * stays in the field as typed, the entry gets the schema's form (mailto:, tel:+45, https://), and
 * the stored value is checked with the schema's functions before saving.
 */
function plain(name: string, form: PlainForm) {
  const preview = CMS.getWidget('string').preview;
  const control = createClass({
    getInitialState(this: ComponentThis) {
      return { text: form.toText(typeof this.props.value === 'string' ? this.props.value : '') };
    },
    isValid(this: ComponentThis) {
      const { value } = this.props;
      const problem = typeof value === 'string' && value !== '' ? form.problem(value) : undefined;
      return problem ? { error: { type: 'CUSTOM', message: problem } } : true;
    },
    handleChange(this: ComponentThis, event: { target: { value: string } }) {
      const text = event.target.value;
      this.setState({ text });
      this.props.onChange?.(form.toStored(text));
    },
    render(this: ComponentThis) {
      const { forID, classNameWrapper, setActiveStyle, setInactiveStyle } = this.props;
      return h('input', {
        type: 'text', id: forID, className: classNameWrapper, value: this.state.text,
        onChange: this.handleChange, onFocus: setActiveStyle, onBlur: setInactiveStyle,
        ...(name === 'vb-mail' ? { autoComplete: 'email', inputMode: 'email' } : name === 'vb-tel' ? { autoComplete: 'tel', inputMode: 'tel' } : name === 'vb-url' ? { inputMode: 'url' } : { inputMode: 'numeric' }),
      });
    },
  });
  CMS.registerWidget(name, control, preview);
}
for (const [name, form] of Object.entries(PLAIN_FORMS)) plain(name, form);

CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }) => {
    const collection = String(entry.get('collection'));
    const info = table.collections[collection];
    if (!info) return undefined;
    let data = cleanEntry(entry.get('data') as ImmutableMap, info);
    // Decap's own transliteration writes ø→o and å→a; the site's rule is ø→oe, å→aa.
    if (entry.get('newRecord')) data = data.set(table.fileNameKey, slugify(String(data.get(info.title) ?? '')));
    return data;
  },
});

CMS.registerPreviewStyle(table.previewStyle);
for (const [name, info] of Object.entries(table.collections)) {
  const template = createClass({
    render(this: { props: PreviewProps }) {
      const { entry, widgetFor } = this.props;
      const summary = entry.getIn(['data', info.summary]);
      return h(
        'main',
        { id: 'indhold' },
        h(
          'article',
          null,
          h('p', { className: 'type' }, info.noun),
          h('h1', null, String(entry.getIn(['data', info.title]) ?? '')),
          summary ? h('p', { className: 'lead' }, String(summary)) : null,
          info.body ? h('div', { className: 'prose' }, widgetFor('body')) : null,
        ),
      );
    },
  });
  CMS.registerPreviewTemplate(name, template);
}
