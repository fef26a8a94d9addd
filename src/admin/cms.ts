/**
 * The site's additions to Decap CMS in /admin/: file names by the site's slug rule, fields that
 * refuse code and CPR numbers, YAML written the way the content lint reads it, the Danish
 * workflow names and a preview with the site's own stylesheet. Bundled by
 * src/integrations/decap-admin.ts; the collection table comes from the zod schemas at build time.
 */
import { bodyProblem, cprProblem } from '../lib/decap/input-rules.ts';
import { slugify } from '../lib/slug.ts';
import { frontmatterFormat, yamlFormat } from './formats.ts';
import { cleanEntry, type EditorTable, type ImmutableMap } from './clean.ts';
import { LOCALE_OVERRIDES, mergeLocale } from './locale.ts';

declare const __VB_EDITOR__: EditorTable;

interface WidgetProps {
  value?: unknown;
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

guarded('string', cprProblem);
guarded('text', cprProblem);
guarded('markdown', bodyProblem);

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
