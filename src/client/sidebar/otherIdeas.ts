/**
 * "Other ideas" under a focus action: a disclosure that, opened, lists the other suggestions for the
 * action's requirement and, on a row nobody edited since it was generated, swaps one in. Everything
 * shown is text set through textContent; a resource becomes a link only for an https address.
 */
import type { FocusAction, OtherIdeas as Ideas, PlanState, SuggestionOption } from '../../api/sheets';
import { el, replaceChildren, uniqueId } from '../common/dom';
import { callServer } from '../common/server';
import { actionButton, showStatus, statusRegion } from '../common/status';
import { ideaMeta, safeLink } from './focusFormat';
import type { Runner } from './runner';

const KIND_CLASS: Record<string, string> = {
  'Hands-on project': 'kind-project',
  Mentorship: 'kind-people',
  Learning: 'kind-learning',
};

export function kindTag(kind: string): HTMLElement {
  return el('span', { className: `kind-tag ${KIND_CLASS[kind] ?? 'kind-other'}`, text: kind || 'No type' });
}

export class OtherIdeas {
  readonly element: HTMLElement;
  readonly toggle: HTMLButtonElement;
  private readonly panel: HTMLElement;
  private readonly list: HTMLElement;
  private readonly status: HTMLElement;
  private loaded = false;

  constructor(
    private readonly action: FocusAction,
    private readonly runner: Runner,
    private readonly onSwapped: (plan: PlanState, key: string) => void,
  ) {
    const panelId = uniqueId('ideas');
    this.toggle = el('button', {
      className: 'disclosure',
      text: 'Other ideas',
      attrs: { type: 'button', 'aria-expanded': 'false', 'aria-controls': panelId },
    });
    this.toggle.addEventListener('click', () => void this.flip());
    this.status = statusRegion('ideas-status');
    this.list = el('div', { className: 'ideas-body' });
    this.panel = el('div', { id: panelId, className: 'ideas', attrs: { hidden: true } }, [
      this.status,
      this.list,
    ]);
    this.element = el('div', { className: 'other-ideas' }, [this.toggle, this.panel]);
  }

  private async flip(): Promise<void> {
    const open = this.toggle.getAttribute('aria-expanded') !== 'true';
    this.toggle.setAttribute('aria-expanded', String(open));
    this.panel.hidden = !open;
    if (open && !this.loaded) await this.load();
  }

  private async load(): Promise<void> {
    showStatus(this.status, { kind: 'info', title: 'Looking for other ideas…' });
    this.panel.setAttribute('aria-busy', 'true');
    const reply = await callServer('getSuggestions', { key: this.action.key });
    this.panel.removeAttribute('aria-busy');
    if (!reply.ok) {
      showStatus(this.status, { kind: 'error', title: reply.message });
      return;
    }
    showStatus(this.status, null);
    this.loaded = true;
    this.render(reply);
  }

  private render(ideas: Ideas): void {
    const note = ideas.swappable
      ? null
      : el('p', { className: 'ideas-note', text: ideas.reason ?? 'This action cannot be swapped.' });
    const items =
      ideas.options.length === 0
        ? [
            el('p', {
              className: 'muted small',
              text: 'No other ideas: every idea for this requirement is in your plan.',
            }),
          ]
        : [
            el(
              'ul',
              { className: 'idea-list' },
              ideas.options.map((option) => this.idea(option, ideas.swappable)),
            ),
          ];
    replaceChildren(this.list, [note, ...items]);
  }

  private idea(option: SuggestionOption, swappable: boolean): HTMLElement {
    const textId = uniqueId('idea');
    const link = option.resource ? safeLink(option.resource.url) : null;
    const resource = option.resource
      ? link
        ? el('a', {
            className: 'idea-resource',
            text: option.resource.name,
            attrs: { href: link, target: '_blank', rel: 'noopener noreferrer' },
          })
        : el('span', { className: 'idea-resource', text: option.resource.name })
      : null;
    let use: HTMLButtonElement | null = null;
    if (swappable) {
      const button = actionButton('Use this instead', 'secondary');
      button.classList.add('button-small');
      button.setAttribute('aria-describedby', textId);
      button.addEventListener('click', () => void this.swap(option, button));
      use = button;
    }
    return el('li', { className: 'idea' }, [
      el('div', { className: 'idea-head' }, [
        kindTag(option.kind),
        option.scope === 'area' ? el('span', { className: 'muted small', text: 'for the whole area' }) : null,
      ]),
      el('p', { id: textId, className: 'idea-action', text: option.action }),
      el('p', { className: 'idea-meta', text: ideaMeta(option) }),
      el('p', { className: 'idea-success', text: `Done when: ${option.successMeasure}` }),
      resource,
      use,
    ]);
  }

  private async swap(option: SuggestionOption, button: HTMLButtonElement): Promise<void> {
    const outcome = await this.runner.run(button, 'Swapping…', this.status, () =>
      callServer('swapSuggestion', { key: this.action.key, suggestionId: option.id }),
    );
    if (outcome.status === 'succeeded') this.onSwapped(outcome.reply.plan, this.action.key);
  }
}
