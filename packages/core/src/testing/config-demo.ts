import { css, html } from 'lit';
import { WaymarkElement } from '../base/waymark-element.js';
import { reserveMinHeight } from '../base/waymark-element.styles.js';
import { defineMessages } from '../i18n/messages.js';
import { focusStyles } from '../tokens/focus.js';
import { PartnerProfileDocument } from '../generated/graphql.js';
import { WaymarkError } from '../transport/errors.js';

const messages = defineMessages({
  en: {
    caption: 'Waymark configuration',
    endpoint: 'Endpoint',
    partner: 'Partner key',
    language: 'Language',
    notSet: 'Not set',
    'language.en': 'English',
    'language.cy': 'Welsh',
    check: 'Check the partner',
    partnerName: 'Partner: {name}',
  },
  cy: {
    caption: 'Ffurfweddiad Waymark',
    endpoint: 'Pwynt terfyn',
    partner: 'Allwedd partner',
    language: 'Iaith',
    notSet: 'Heb ei osod',
    'language.en': 'Saesneg',
    'language.cy': 'Cymraeg',
    check: "Gwirio'r partner",
    partnerName: 'Partner: {name}',
  },
});

/**
 * A demonstration widget (stories and tests only, not part of the public API): shows the configuration
 * it resolved and, on request, the partner's name from the endpoint.
 *
 * @summary Shows the endpoint, partner key and language a widget resolves.
 * @csspart base - The wrapper.
 * @cssproperty --wm-config-demo-min-height - Space reserved while it loads. Default 12rem.
 * @since 0.1.0
 */
export class WmConfigDemo extends WaymarkElement<typeof messages> {
  static override messages = messages;
  static override properties = { status: { state: true } };
  static override styles = [
    WaymarkElement.styles,
    reserveMinHeight('config-demo', '12rem'),
    focusStyles,
    css`
      table {
        border-collapse: collapse;
        margin-bottom: var(--wm-space-3);
      }
      caption {
        font-weight: var(--wm-font-weight-bold);
        text-align: start;
      }
      th,
      td {
        border-bottom: var(--wm-border-width) solid var(--wm-color-border-light);
        padding: var(--wm-space-2) var(--wm-space-3) var(--wm-space-2) 0;
        text-align: start;
      }
      button {
        min-height: var(--wm-touch-target);
        padding: var(--wm-space-2) var(--wm-space-3);
        border: 0;
        border-radius: var(--wm-radius);
        background: var(--wm-color-button);
        box-shadow: 0 4px 0 var(--wm-color-button-shadow);
        color: var(--wm-color-text-reverse);
        font: inherit;
        font-weight: var(--wm-font-weight-bold);
        cursor: pointer;
      }
    `,
  ];

  declare status: string;

  constructor() {
    super();
    this.status = '';
  }

  private readonly onCheck = (): void => {
    void this.check();
  };

  private async check(): Promise<void> {
    this.status = this.t('loading');
    try {
      const data = await this.transport.request(PartnerProfileDocument, { key: this.config.partner ?? '' });
      this.status = data.partner ? this.t('partnerName', { name: data.partner.name }) : this.t('error.NOT_FOUND');
    } catch (error) {
      const code = error instanceof WaymarkError ? error.code : 'INTERNAL_SERVER_ERROR';
      this.status = this.t('errorPrefix') + this.t(`error.${code}`);
    }
  }

  protected override render() {
    const { endpoint, partner, locale } = this.config;
    return html`<div part="base">
      <table>
        <caption>${this.t('caption')}</caption>
        <tr><th scope="row">${this.t('endpoint')}</th><td data-field="endpoint">${endpoint ?? this.t('notSet')}</td></tr>
        <tr><th scope="row">${this.t('partner')}</th><td data-field="partner">${partner ?? this.t('notSet')}</td></tr>
        <tr><th scope="row">${this.t('language')}</th><td data-field="locale">${this.t(`language.${locale}`)}</td></tr>
      </table>
      <button type="button" @click=${this.onCheck}>${this.t('check')}</button>
      <p role="status" data-field="status">${this.status}</p>
    </div>`;
  }
}
