/**
 * The role picker's pieces that hold no state (./rolePicker.ts): a choice pinned above the roles,
 * a labelled group of the list, what the field shows under a picked role, and the toggle's chevron.
 */
import type { RoleOption } from '../../api/sheets';
import { el, setAttributes, uniqueId } from './dom';
import { roleDetail, safeHttpUrl } from './roles';

/**
 * A choice listed above the roles, in a group of its own: a role that is not in the list, such as
 * one only the linked growth plan holds. The list shows its title with `optionDetail` under it;
 * once picked, the field shows the title with `detail` under it, and the role's url, when set,
 * linked as `linkText`. Searches find it by its title and `optionDetail`.
 */
export interface PinnedChoice {
  role: RoleOption;
  /** The heading of its group in the list. */
  group: string;
  optionDetail: string;
  detail: string;
  linkText: string;
}

/** A group of the listbox with its label, read out as the options' group. */
export function comboGroup(label: string, options: HTMLElement[]): HTMLElement {
  const labelId = uniqueId('role-group');
  return el('div', { className: 'combo-group', attrs: { role: 'group', 'aria-labelledby': labelId } }, [
    el('div', {
      id: labelId,
      className: 'combo-group-label',
      text: label,
      attrs: { role: 'presentation' },
    }),
    ...options,
  ]);
}

/** Under a picked role: its grade and family (or a pinned choice's detail), and its page's link. */
export function selectionDetail(
  role: RoleOption,
  pinned: PinnedChoice | undefined,
): (Node | string | null)[] {
  const url = safeHttpUrl(role.url);
  return [
    pinned ? pinned.detail : roleDetail(role),
    url ? ' · ' : null,
    url
      ? el('a', {
          className: 'picker-link',
          text: pinned ? pinned.linkText : 'Job family',
          attrs: {
            href: url,
            target: '_blank',
            rel: 'noopener noreferrer',
            title: pinned ? `${role.title}: ${pinned.linkText}` : `${role.familyName} job family page`,
          },
        })
      : null,
  ];
}

/** Pinned choices by group, groups in the order they first appear. */
export function groupPinned(pinned: readonly PinnedChoice[]): Map<string, PinnedChoice[]> {
  const groups = new Map<string, PinnedChoice[]>();
  for (const choice of pinned) groups.set(choice.group, [...(groups.get(choice.group) ?? []), choice]);
  return groups;
}

/** A small downward chevron drawn with SVG (no icon font). */
export function chevron(): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  setAttributes(svg, {
    viewBox: '0 0 24 24',
    width: 18,
    height: 18,
    'aria-hidden': 'true',
    focusable: 'false',
  });
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', 'M7 10l5 5 5-5z');
  svg.appendChild(path);
  return svg;
}
