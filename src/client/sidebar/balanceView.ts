/**
 * The plan's 70-20-10 balance: per kind a bar of its share of the hours with a mark at its target,
 * the figures as text, and the one sentence on what would bring the plan closer.
 */
import type { PlanBalance } from '../../api/sheets';
import { el, replaceChildren } from '../common/dom';
import { balanceBasis, balanceFigure, balanceRows } from './focusFormat';

const KIND_CLASS: Record<string, string> = {
  'Hands-on project': 'kind-project',
  Mentorship: 'kind-people',
  Learning: 'kind-learning',
};

export class BalanceView {
  readonly element: HTMLElement;
  private readonly rows: HTMLElement;
  private readonly advice: HTMLElement;
  private readonly basis: HTMLElement;

  constructor() {
    this.rows = el('ul', { className: 'balance-rows' });
    this.advice = el('p', { className: 'balance-advice', attrs: { 'aria-live': 'polite' } });
    this.basis = el('p', { className: 'muted small' });
    this.element = el(
      'div',
      { className: 'balance', attrs: { role: 'group', 'aria-labelledby': 'balance-heading' } },
      [
        el('h3', { id: 'balance-heading', className: 'subheading', text: '70-20-10 balance' }),
        this.rows,
        this.advice,
        this.basis,
      ],
    );
  }

  update(balance: PlanBalance): void {
    replaceChildren(
      this.rows,
      balanceRows(balance).map((row) => {
        const fill = el('span', { className: `balance-fill ${KIND_CLASS[row.kind] ?? ''}` });
        fill.style.width = `${row.percent}%`;
        const target = el('span', { className: 'balance-target' });
        target.style.left = `${row.target}%`;
        return el('li', { className: 'balance-row' }, [
          el('span', { className: 'balance-label', text: row.label }),
          el('span', { className: 'balance-figure', text: balanceFigure(row) }),
          el('span', { className: 'balance-track', attrs: { 'aria-hidden': 'true' } }, [fill, target]),
        ]);
      }),
    );
    this.advice.textContent = balance.advice;
    this.advice.classList.toggle('is-close', balance.close);
    this.basis.textContent = balanceBasis(balance);
  }
}
