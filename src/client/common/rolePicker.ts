/**
 * A searchable role picker: a combobox text input over a listbox grouped by team (the ARIA
 * "combobox with listbox popup" pattern). Typing filters; arrow keys move, Enter picks, Escape
 * closes. Used by the sidebar and meant for the Docs dialogs too.
 */
import type { RoleOption } from '../../api/sheets';
import { el, replaceChildren, uniqueId } from './dom';
import { chevron, comboGroup, groupPinned, selectionDetail, type PinnedChoice } from './rolePickerParts';
import { findRoleOption, groupRolesByTeam, hasSearchWords, roleDetail, searchRoles } from './roles';

export type { PinnedChoice } from './rolePickerParts';

export interface RolePickerOptions {
  label: string;
  /** Shown after the label, e.g. "optional". */
  hint?: string;
  placeholder: string;
  /** When set, the list starts with a "no role" option with this text. */
  noneLabel?: string;
  onChange(role: RoleOption | null): void;
}

/** One entry the keyboard can land on: a role or the "no role" choice (null). */
interface Choice {
  role: RoleOption | null;
  element: HTMLElement;
}

export class RolePicker {
  readonly element: HTMLElement;
  private readonly input: HTMLInputElement;
  private readonly toggle: HTMLButtonElement;
  private readonly list: HTMLElement;
  private readonly detail: HTMLElement;
  private readonly count: HTMLElement;
  private roles: RoleOption[] = [];
  private pinned: PinnedChoice[] = [];
  private selected: RoleOption | null = null;
  private choices: Choice[] = [];
  private active = -1;
  private open = false;
  private disabled = false;

  constructor(private readonly options: RolePickerOptions) {
    const inputId = uniqueId('role-input');
    const listId = uniqueId('role-list');
    const detailId = uniqueId('role-detail');

    this.input = el('input', {
      id: inputId,
      className: 'combo-input',
      attrs: {
        type: 'text',
        role: 'combobox',
        'aria-autocomplete': 'list',
        'aria-expanded': 'false',
        'aria-controls': listId,
        'aria-describedby': detailId,
        autocomplete: 'off',
        spellcheck: 'false',
        placeholder: options.placeholder,
      },
    });
    this.toggle = el('button', {
      className: 'combo-toggle',
      attrs: { type: 'button', tabindex: '-1', 'aria-label': `Show all roles for ${options.label}` },
    });
    this.toggle.appendChild(chevron());
    this.list = el('div', {
      id: listId,
      className: 'combo-list',
      attrs: { role: 'listbox', 'aria-label': options.label, hidden: true },
    });
    this.detail = el('div', { id: detailId, className: 'picker-detail' });
    this.count = el('div', { className: 'visually-hidden', attrs: { 'aria-live': 'polite' } });

    const label = el('label', { className: 'field-label', attrs: { for: inputId } }, [
      options.label,
      options.hint ? el('span', { className: 'field-hint', text: ` ${options.hint}` }) : null,
    ]);
    this.element = el('div', { className: 'picker' }, [
      label,
      el('div', { className: 'combo' }, [this.input, this.toggle]),
      this.list,
      this.detail,
      this.count,
    ]);

    this.input.addEventListener('input', () => {
      this.openList(this.input.value, 'first');
    });
    this.input.addEventListener('keydown', (event) => {
      this.onKeyDown(event);
    });
    this.input.addEventListener('click', () => {
      if (!this.open) this.openList('', 'selected');
    });
    this.input.addEventListener('focus', () => {
      this.input.select();
    });
    this.toggle.addEventListener('click', () => {
      if (this.open) this.closeList();
      else {
        this.openList('', 'selected');
        this.input.focus();
      }
    });
    // Keep focus in the input while a mouse picks an option, so blur does not close the list first.
    this.list.addEventListener('mousedown', (event) => {
      event.preventDefault();
    });
    this.toggle.addEventListener('mousedown', (event) => {
      event.preventDefault();
    });
    this.element.addEventListener('focusout', (event) => {
      if (!this.element.contains(event.relatedTarget as Node | null)) this.closeList();
    });
  }

  /** The role list to pick from, and choices to list above it; keeps the selection when still listed. */
  setRoles(roles: RoleOption[], pinned: PinnedChoice[] = []): void {
    this.roles = roles;
    this.pinned = pinned;
    this.setValue(this.selected?.id ?? null, false);
  }

  /** Selects a role by id (null or an unknown id selects none) without calling onChange. */
  setValue(id: string | null, notify = false): void {
    this.selected =
      findRoleOption(
        this.pinned.map((p) => p.role),
        id,
      ) ?? findRoleOption(this.roles, id);
    this.showSelection();
    if (notify) this.options.onChange(this.selected);
  }

  get value(): RoleOption | null {
    return this.selected;
  }

  setDisabled(disabled: boolean): void {
    this.disabled = disabled;
    this.input.disabled = disabled;
    this.toggle.disabled = disabled;
    if (disabled) this.closeList();
  }

  focus(): void {
    this.input.focus();
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (this.disabled) return;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!this.open || event.altKey) this.openList(this.filterText(), 'selected');
        else this.moveActive(1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!this.open) this.openList(this.filterText(), 'selected');
        else this.moveActive(-1);
        break;
      case 'PageDown':
      case 'PageUp':
        if (this.open) {
          event.preventDefault();
          this.moveActive(event.key === 'PageDown' ? 8 : -8);
        }
        break;
      case 'Home':
      case 'End':
        if (this.open && this.choices.length > 0 && event.ctrlKey) {
          event.preventDefault();
          this.setActive(event.key === 'Home' ? 0 : this.choices.length - 1);
        }
        break;
      case 'Enter': {
        if (!this.open) break;
        event.preventDefault();
        const choice = this.choices[this.active];
        if (choice) this.choose(choice.role);
        break;
      }
      case 'Escape':
        if (this.open) {
          event.preventDefault();
          this.closeList();
        } else if (this.input.value !== this.selectedText()) {
          event.preventDefault();
          this.showSelection();
        }
        break;
      default:
        break;
    }
  }

  /** What to filter by when opening from the keyboard: the typed text, unless it is the selection. */
  private filterText(): string {
    return this.input.value === this.selectedText() ? '' : this.input.value;
  }

  private selectedText(): string {
    return this.selected ? this.selected.title : '';
  }

  private pinnedFor(role: RoleOption | null): PinnedChoice | undefined {
    return role ? this.pinned.find((p) => p.role.id === role.id) : undefined;
  }

  private openList(query: string, activate: 'first' | 'selected'): void {
    if (this.disabled) return;
    this.renderList(query);
    this.open = true;
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
    let index = 0;
    if (activate === 'selected') {
      const selectedIndex = this.choices.findIndex(
        (c) => (c.role?.id ?? null) === (this.selected?.id ?? null),
      );
      if (selectedIndex >= 0) index = selectedIndex;
    }
    // After typing, the best match is active: Enter picks it, ArrowDown moves to the next one.
    this.setActive(this.choices.length > 0 ? index : -1);
  }

  private closeList(): void {
    if (!this.open) {
      this.showSelection();
      return;
    }
    this.open = false;
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
    this.showSelection();
  }

  private choose(role: RoleOption | null): void {
    const changed = (role?.id ?? null) !== (this.selected?.id ?? null);
    this.selected = role;
    this.closeList();
    if (changed) this.options.onChange(role);
  }

  private moveActive(step: number): void {
    if (this.choices.length === 0) return;
    const next = Math.min(this.choices.length - 1, Math.max(0, this.active + step));
    this.setActive(next);
  }

  private setActive(index: number): void {
    this.choices[this.active]?.element.classList.remove('is-active');
    this.active = index;
    const choice = this.choices[index];
    if (!choice) {
      this.input.removeAttribute('aria-activedescendant');
      return;
    }
    choice.element.classList.add('is-active');
    this.input.setAttribute('aria-activedescendant', choice.element.id);
    choice.element.scrollIntoView({ block: 'nearest' });
  }

  private renderList(query: string): void {
    const matches = searchRoles(this.roles, query);
    this.choices = [];
    const children: Node[] = [];
    const noneLabel = this.options.noneLabel;
    if (noneLabel !== undefined && !query.trim()) {
      const none = this.optionElement(null, noneLabel, 'No role is compared');
      children.push(none);
      this.choices.push({ role: null, element: none });
    }
    const option = (role: RoleOption): HTMLElement => {
      const pinned = this.pinnedFor(role);
      const element = this.optionElement(role, role.title, pinned ? pinned.optionDetail : roleDetail(role));
      this.choices.push({ role, element });
      return element;
    };
    // Pinned choices match by their title and detail, and come before the roles, in a group of their own.
    const pinned = searchRoles(
      this.pinned.map((p) => ({ ...p.role, familyName: p.optionDetail })),
      query,
    ).flatMap((match) => this.pinned.filter((p) => p.role.id === match.id));
    for (const [group, choices] of groupPinned(pinned)) {
      children.push(
        comboGroup(
          group,
          choices.map((p) => option(p.role)),
        ),
      );
    }
    if (hasSearchWords(query)) {
      // A search lists the best match first, so the first option is the one Enter picks.
      children.push(...matches.map(option));
    } else {
      for (const group of groupRolesByTeam(matches)) {
        children.push(comboGroup(group.team, group.roles.map(option)));
      }
    }
    if (matches.length === 0 && pinned.length === 0) {
      const empty = query.trim() ? `No roles match "${query.trim()}"` : 'No roles available';
      children.push(el('div', { className: 'combo-empty', text: empty }));
    }
    replaceChildren(this.list, children);
    const found = matches.length + pinned.length;
    this.count.textContent = query.trim() ? `${found} ${found === 1 ? 'role' : 'roles'} found` : '';
  }

  private optionElement(role: RoleOption | null, title: string, detail: string): HTMLElement {
    const isSelected = (role?.id ?? null) === (this.selected?.id ?? null);
    const option = el(
      'div',
      {
        id: uniqueId('role-option'),
        className: role ? 'combo-option' : 'combo-option combo-option-none',
        attrs: { role: 'option', 'aria-selected': isSelected ? 'true' : 'false' },
      },
      [
        el('span', { className: 'combo-option-title', text: title }),
        el('span', { className: 'combo-option-detail', text: detail }),
      ],
    );
    option.addEventListener('click', () => {
      this.choose(role);
    });
    return option;
  }

  /** Puts the selected role's title in the input and its grade and family below it. */
  private showSelection(): void {
    this.input.value = this.selectedText();
    const role = this.selected;
    if (!role) {
      replaceChildren(this.detail, [this.options.noneLabel ?? '']);
      this.detail.hidden = this.options.noneLabel === undefined;
      return;
    }
    replaceChildren(this.detail, selectionDetail(role, this.pinnedFor(role)));
    this.detail.hidden = false;
  }
}
