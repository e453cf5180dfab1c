/**
 * The GP practice combobox: the ARIA Authoring Practices "editable combobox with list autocomplete"
 * pattern. The input keeps focus; the active option is announced through `aria-activedescendant`; a polite
 * live region says how many practices were found. Keys: Down/Up open and move, Home/End go to the first or
 * last option while the list is open, Enter chooses, Escape closes the list (or clears the input when it
 * is already closed). The search itself is the host's (debounced here, stale answers dropped).
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';

export interface PracticeOption {
  odsCode: string;
  name: string;
  address: { town: string; postcode: string };
}

export interface ComboboxHost extends ReactiveControllerHost {
  searchPractices(text: string): Promise<{ options: PracticeOption[]; total: number }>;
  choosePractice(option: PracticeOption): void;
}

const DEBOUNCE_MS = 250;

export class PracticeCombobox implements ReactiveController {
  text = '';
  options: PracticeOption[] = [];
  total = 0;
  expanded = false;
  active = -1;
  searching = false;
  /** What the live region says; set only after a search settles, so it is announced once. */
  status = '';
  private timer: ReturnType<typeof setTimeout> | undefined;
  private seq = 0;

  constructor(private readonly host: ComboboxHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /** Sets the input's text without searching (a preselected practice). */
  setText(text: string): void {
    this.text = text;
    this.close();
  }

  close(): void {
    this.expanded = false;
    this.active = -1;
    this.host.requestUpdate();
  }

  onInput(text: string): void {
    this.text = text;
    this.active = -1;
    clearTimeout(this.timer);
    const seq = ++this.seq;
    if (text.trim().length < 2) {
      this.options = [];
      this.expanded = false;
      this.searching = false;
      this.host.requestUpdate();
      return;
    }
    this.searching = true;
    this.host.requestUpdate();
    this.timer = setTimeout(() => {
      this.host.searchPractices(text.trim()).then(
        ({ options, total }) => {
          if (seq !== this.seq) return;
          this.options = options;
          this.total = total;
          this.expanded = true;
          this.searching = false;
          this.host.requestUpdate();
        },
        () => {
          if (seq !== this.seq) return;
          this.searching = false;
          this.host.requestUpdate();
        },
      );
    }, DEBOUNCE_MS);
  }

  onKeyDown(event: KeyboardEvent): void {
    const last = this.options.length - 1;
    const move = (index: number) => {
      event.preventDefault();
      this.expanded = true;
      this.active = index;
      this.host.requestUpdate();
    };
    switch (event.key) {
      case 'ArrowDown':
        if (last >= 0) move(!this.expanded || this.active >= last ? 0 : this.active + 1);
        break;
      case 'ArrowUp':
        if (last >= 0) move(!this.expanded || this.active <= 0 ? last : this.active - 1);
        break;
      case 'Home':
        if (this.expanded && this.active >= 0) move(0);
        break;
      case 'End':
        if (this.expanded && this.active >= 0) move(last);
        break;
      case 'Enter':
        if (this.expanded && this.active >= 0) {
          event.preventDefault();
          this.choose(this.options[this.active]!);
        }
        break;
      case 'Escape':
        event.preventDefault();
        if (this.expanded) this.close();
        else this.onInput('');
        break;
    }
  }

  choose(option: PracticeOption): void {
    this.text = option.name;
    this.close();
    this.host.choosePractice(option);
  }

  /** The combobox markup; `t` gives the host's strings. */
  render(ids: { input: string; list: string; hint: string }, t: (key: 'practice.label' | 'practiceHint' | 'searching') => string, status: string) {
    const open = this.expanded && this.options.length > 0;
    return html`
      <div class="wm-field" part="field">
        <label class="wm-label" id="${ids.input}-label" for=${ids.input}>${t('practice.label')}</label>
        <div class="wm-hint" id=${ids.hint}>${t('practiceHint')}</div>
        <div class="combo">
          <input
            class="wm-input"
            part="input"
            id=${ids.input}
            type="text"
            role="combobox"
            aria-labelledby="${ids.input}-label"
            autocomplete="off"
            spellcheck="false"
            aria-autocomplete="list"
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls=${ids.list}
            aria-describedby=${ids.hint}
            aria-activedescendant=${open && this.active >= 0 ? `${ids.list}-${this.active}` : nothing}
            .value=${this.text}
            @input=${(e: Event) => this.onInput((e.target as HTMLInputElement).value)}
            @keydown=${(e: KeyboardEvent) => this.onKeyDown(e)}
            @blur=${() => this.close()}
          />
          <ul id=${ids.list} role="listbox" aria-labelledby="${ids.input}-label" ?hidden=${!open}>
            ${this.options.map(
              (o, i) =>
                // Options are chosen from the keyboard through the input (aria-activedescendant), by pointer here.
                // eslint-disable-next-line lit-a11y/click-events-have-key-events
                html`<li
                  id=${`${ids.list}-${i}`}
                  role="option"
                  aria-selected=${i === this.active ? 'true' : 'false'}
                  @mousedown=${(e: Event) => e.preventDefault()}
                  @click=${() => this.choose(o)}
                >
                  <span class="name">${o.name}</span> <span class="where">${o.address.town}, ${o.address.postcode} · ${o.odsCode}</span>
                </li>`,
            )}
          </ul>
        </div>
        <div class="status" role="status" aria-live="polite">${this.searching ? t('searching') : status}</div>
      </div>
    `;
  }
}
