import { LitElement, html, css } from 'lit';
class WmConfig extends LitElement {
  static override styles = css`:host{display:contents}`;
  static override properties = { partner: { type: String } };
  partner = '';
  override render() { return html`<slot></slot>`; }
}
if (!customElements.get('wm-config')) customElements.define('wm-config', WmConfig);
(globalThis as any).__wmConfigDefinedCount = ((globalThis as any).__wmConfigDefinedCount ?? 0) + 1;
