/**
 * Stories are fixtures (STYLE.md): every story of the form blocks renders here, in English and Welsh, and
 * must pass axe — so Storybook never shows a state the tests have not checked.
 */
import { expect, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { mount } from '../testing/fixtures.js';
import type { WmFormHost } from '../testing/form-host.js';
import * as textFieldStories from '../../../../stories/core/forms/text-field.stories.js';
import * as dateInputStories from '../../../../stories/core/forms/date-input.stories.js';
import * as radiosStories from '../../../../stories/core/forms/radios.stories.js';
import * as checkboxesStories from '../../../../stories/core/forms/checkboxes.stories.js';
import * as characterCountStories from '../../../../stories/core/forms/character-count.stories.js';
import * as errorSummaryStories from '../../../../stories/core/forms/error-summary.stories.js';
import * as summaryListStories from '../../../../stories/core/forms/summary-list.stories.js';
import * as confirmationPanelStories from '../../../../stories/core/forms/confirmation-panel.stories.js';

interface StoryLike {
  args?: Record<string, unknown>;
  render?: (args: Record<string, unknown>, context: unknown) => TemplateResult;
}
type StoryModule = { default: StoryLike } & Record<string, unknown>;

const modules = {
  textFieldStories,
  dateInputStories,
  radiosStories,
  checkboxesStories,
  characterCountStories,
  errorSummaryStories,
  summaryListStories,
  confirmationPanelStories,
} as unknown as Record<string, StoryModule>;

describe('form stories', () => {
  for (const [file, module] of Object.entries(modules)) {
    const meta = module.default;
    const stories = Object.entries(module).filter(([name]) => name !== 'default') as [string, StoryLike][];
    it(`${file} has stories`, () => {
      expect(stories.length).to.be.at.least(1);
    });
    for (const [name, story] of stories) {
      for (const lang of ['en', 'cy'] as const) {
        it(`${file} ${name} renders and is accessible (${lang})`, async () => {
          const render = story.render ?? meta.render!;
          const args = { ...meta.args, ...story.args };
          const wrapper = await mount<HTMLDivElement>(html`<div lang=${lang}>${render(args, {})}</div>`);
          const host = wrapper.querySelector<WmFormHost>('wm-form-host')!;
          await host.updateComplete;
          expect(host.shadowRoot!.childElementCount, 'rendered something').to.be.at.least(1);
          await expect(wrapper).to.be.accessible();
        });
      }
    }
  }
});
