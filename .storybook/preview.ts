/**
 * Every story: autodocs from the custom-elements manifest, and a locale toolbar (English / Cymraeg) that
 * sets `lang` on the element wrapping the story, which is what widgets read when they have no `lang` of
 * their own (DESIGN §3: the tag's lang, else the page's).
 */
import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';

// `npm run storybook` / `build-storybook` run `npm run analyze` first. A glob rather than a plain import so
// a missing manifest (fresh clone, `tsc -p stories`) leaves docs without API tables instead of failing.
const manifests = import.meta.glob<Manifest>('../custom-elements.json', { eager: true, import: 'default' });
const manifest = manifests['../custom-elements.json'];
if (manifest) setCustomElementsManifest(publicApiOnly(manifest));

interface Member {
  name: string;
  privacy?: 'public' | 'private' | 'protected';
  static?: boolean;
}
interface Manifest {
  modules?: { declarations?: { members?: Member[] }[] }[];
}

/**
 * Storybook lists every member the manifest has, including private fields (context providers, controllers)
 * and statics (`styles`, `properties`). Docs should show the public API only.
 */
function publicApiOnly(m: Manifest): Manifest {
  return {
    ...m,
    modules: m.modules?.map((mod) => ({
      ...mod,
      declarations: mod.declarations?.map((d) => ({
        ...d,
        members: d.members?.filter((x) => !x.static && !x.name.startsWith('#') && (x.privacy ?? 'public') === 'public'),
      })),
    })),
  };
}

type Locale = 'en' | 'cy';

const withLocale: Decorator = (story, { globals, viewMode }) => {
  const locale: Locale = globals['locale'] === 'cy' ? 'cy' : 'en';
  // On a story's own canvas the page is the story, so the document's language follows too; docs pages
  // stay English around each Welsh example.
  if (viewMode === 'story') document.documentElement.lang = locale;
  return html`<div lang=${locale} data-wm-story-root>${story()}</div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'Language the widgets speak',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', right: 'EN', title: 'English' },
          { value: 'cy', right: 'CY', title: 'Cymraeg' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en' },
  decorators: [withLocale],
  parameters: {
    controls: { expanded: true, matchers: { color: /(background|color)$/i } },
    docs: { toc: true },
  },
};

export default preview;
