/**
 * How a partner puts Waymark on a page: the snippet they paste, shown with a live `<wm-config>`.
 * The element is loaded through the loader's own registry, so this story breaks if the registry does.
 */
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { registry } from '../packages/embed/src/registry.js';

/** Where partners load the kit from: the server serves packages/embed/dist at /kit/. */
const KIT_URL = 'https://waymark.example/kit/waymark.js';

interface EmbedArgs {
  /** Public partner key issued to the practice or council. */
  partner: string;
  /** Optional brand colour, passed as `--wm-color-primary`; the kit defaults to NHS blue. */
  primaryColor: string;
  /** Optional focus colour, passed as `--wm-color-focus`. */
  focusColor: string;
}

function themeStyle({ primaryColor, focusColor }: EmbedArgs): string {
  return [primaryColor && `--wm-color-primary: ${primaryColor}`, focusColor && `--wm-color-focus: ${focusColor}`]
    .filter(Boolean)
    .join('; ');
}

/** The locale chosen in the toolbar (see .storybook/preview.ts). */
const localeOf = (globals: Record<string, unknown>): 'en' | 'cy' => (globals['locale'] === 'cy' ? 'cy' : 'en');

/** The HTML a partner pastes into their CMS, for these args. (Not exported: CSF treats exports as stories.) */
function snippet(args: EmbedArgs, lang: 'en' | 'cy'): string {
  const style = themeStyle(args);
  const attrs = [`partner="${args.partner}"`, lang === 'cy' ? 'lang="cy"' : '', style && `style="${style}"`]
    .filter(Boolean)
    .join(' ');
  return `<!-- Once per page, anywhere (the kit loads only what the page uses) -->
<script type="module" src="${KIT_URL}"></script>

<!-- Where the widgets should appear -->
<wm-config ${attrs}>
  <wm-self-referral></wm-self-referral>
</wm-config>`;
}

const render = (args: EmbedArgs, { globals }: StoryContext<EmbedArgs>): TemplateResult => html`
  <wm-config
    partner=${args.partner}
    style=${styleMap({
      '--wm-color-primary': args.primaryColor || undefined,
      '--wm-color-focus': args.focusColor || undefined,
    })}
  >
    <div
      style="border: 2px dashed var(--wm-color-primary, #005eb8); padding: 16px; font-family: Arial, sans-serif"
    >
      <p style="margin: 0 0 8px">Widgets placed inside <code>&lt;wm-config&gt;</code> get its partner key, endpoint and
        language (<code>${localeOf(globals)}</code>).</p>
      <pre style="margin: 0; white-space: pre-wrap; font-size: 14px"><code>${snippet(args, localeOf(globals))}</code></pre>
    </div>
  </wm-config>
`;

const meta = {
  title: 'Embed/Partner snippet',
  component: 'wm-config',
  loaders: [
    async () => {
      await registry['wm-config']?.();
      return {};
    },
  ],
  render,
  args: { partner: 'pk_demo_riverside', primaryColor: '', focusColor: '' },
  argTypes: {
    partner: { control: 'text', description: 'Public partner key (`pk_…`), issued per practice or council.' },
    primaryColor: { control: 'color', description: 'Brand colour → `--wm-color-primary` (default NHS blue #005eb8).' },
    focusColor: { control: 'color', description: 'Focus ring → `--wm-color-focus` (default #ffeb3b).' },
  },
  parameters: {
    docs: {
      description: {
        component: `Partners add Waymark to any page, with no build step, by pasting **one module script** and
the tags they want. The loader (\`waymark.js\`, under 1 KB) sets the GraphQL endpoint to the host it was loaded
from, then imports only the widgets whose tags appear on the page, once each — including tags a CMS adds later.
Loading the script twice is harmless.

\`<wm-config>\` wraps the widgets and gives them the partner key, endpoint and language. Theme the kit with CSS
custom properties on \`<wm-config>\` or any ancestor; no other styling hook is needed.

For Subresource Integrity, \`manifest.json\` next to \`waymark.js\` lists a \`sha384-…\` hash for every file.`,
      },
      source: {
        language: 'html',
        transform: (_code: string, ctx: StoryContext<EmbedArgs>) => snippet(ctx.args, localeOf(ctx.globals)),
      },
    },
  },
} satisfies Meta<EmbedArgs>;

export default meta;
type Story = StoryObj<EmbedArgs>;

/** The default snippet: NHS colours, partner key only. */
export const Snippet: Story = {};

/** A council that brands the kit purely with CSS custom properties (Aire Valley Council's purple). */
export const CouncilTheme: Story = {
  args: { partner: 'pk_demo_airevalley', primaryColor: '#5b2a86', focusColor: '#ffdd00' },
};
