/**
 * This period's focus: the plan's 70-20-10 balance with what would bring it closer, then the focus
 * actions grouped by gap, most important first, each with its other ideas.
 */
import type { PlanState } from '../../api/sheets';
import { el, replaceChildren } from '../common/dom';
import { showStatus, statusRegion } from '../common/status';
import { BalanceView } from './balanceView';
import { focusActionMeta, focusGroups } from './focusFormat';
import { plural } from './format';
import { kindTag, OtherIdeas } from './otherIdeas';
import type { Runner } from './runner';

export class PlanFocusSection {
  readonly element: HTMLElement;
  private readonly intro: HTMLElement;
  private readonly list: HTMLElement;
  private readonly status: HTMLElement;
  private readonly balance = new BalanceView();
  private ideas = new Map<string, OtherIdeas>();

  constructor(
    private readonly runner: Runner,
    private readonly onPlan: (plan: PlanState) => void,
  ) {
    this.intro = el('p', { className: 'card-intro' });
    this.list = el('ol', { className: 'focus-list' });
    this.status = statusRegion();
    this.element = el(
      'section',
      { className: 'card', attrs: { 'aria-labelledby': 'focus-heading', hidden: true } },
      [
        el('h2', { id: 'focus-heading', className: 'card-title', text: "This period's focus" }),
        this.intro,
        this.balance.element,
        el('h3', { className: 'subheading', text: 'Actions by gap, most important first' }),
        this.list,
        this.status,
      ],
    );
  }

  update(plan: PlanState): void {
    this.element.hidden = !plan.isSetUp;
    this.balance.update(plan.balance);
    const groups = focusGroups(plan.focus);
    this.intro.textContent =
      groups.length === 0
        ? 'Generate your action plan: the gaps that matter most show here, with other ideas for each action.'
        : `${plural(groups.length, 'gap')}, ${plural(plan.focus.length, 'action')}. Open "Other ideas" to swap an action you have not changed yet.`;
    this.ideas = new Map();
    replaceChildren(
      this.list,
      groups.map((group) =>
        el('li', { className: 'focus-gap' }, [
          el('p', { className: 'focus-gap-title' }, [
            group.priority === null
              ? null
              : el('span', { className: 'priority' }, [
                  el('span', { className: 'visually-hidden', text: 'Priority ' }),
                  String(group.priority),
                ]),
            el('span', { text: group.requirement }),
          ]),
          el(
            'ul',
            { className: 'focus-actions' },
            group.actions.map((action) => {
              const ideas = new OtherIdeas(action, this.runner, (next, key) => {
                this.swapped(next, key);
              });
              if (action.key) this.ideas.set(action.key, ideas);
              return el('li', { className: 'focus-action' }, [
                kindTag(action.type),
                el('p', { className: 'focus-action-text', text: action.action }),
                el('p', { className: 'muted small', text: focusActionMeta(action) }),
                action.key ? ideas.element : null,
              ]);
            }),
          ),
        ]),
      ),
    );
  }

  setBusy(busy: boolean): void {
    this.element.setAttribute('aria-busy', String(busy));
  }

  /** After a swap: the whole sidebar follows the new plan; the swapped action's ideas keep the focus. */
  private swapped(plan: PlanState, key: string): void {
    this.onPlan(plan);
    showStatus(this.status, { kind: 'success', title: 'Swapped: the Action Plan tab has the new action.' });
    this.ideas.get(key)?.toggle.focus();
  }
}
