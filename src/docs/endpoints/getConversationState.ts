/** getRoles and getConversationState: what the dialogs need for their first paint. */
import type { ConversationState, Reply, RolesResult } from '../../api/docs';
import { ok } from '../../api/reply';
import { answer } from '../../appsscript/answer';
import { listRanges, readBlocks } from '../document/blocks';
import { holds, readSlots } from '../document/slot';
import { activeTab } from '../document/tabs';
import { linkedPlanUrl } from '../link';
import { roleOptions } from '../../appsscript/roles';
import { FOLLOWS_PLAN } from '../sections';

export function getRoles(): Reply<RolesResult> {
  return answer(() => ok({ roles: roleOptions() }));
}

export function getConversationState(): Reply<ConversationState> {
  return answer(() => ok(conversationState()));
}

function conversationState(): ConversationState {
  const document = DocumentApp.getActiveDocument();
  const { title, host } = activeTab(document);
  const body = host.getBody();
  const { blocks: refs, slots: slotRefs } = listRanges(host);
  // A block a failed run was writing shows as its slot, unedited: the next insert finishes it unasked.
  const slots = readSlots(body, slotRefs);
  const blocks = [
    ...readBlocks(host, body, refs)
      .filter((b) => b.elements.length > 0 && !slots.some((s) => holds(s, b)))
      .map((b) => ({ kind: b.kind, name: b.name, edited: b.edited, params: b.parsed.params })),
    ...slots.map((s) => ({ kind: s.kind, name: s.name, edited: false, params: s.parsed.params })),
  ];
  const requirements = blocks.find((b) => b.kind === 'requirements');
  const [targetRoleId, currentRoleId] = requirements?.params ?? [];
  // A table that follows the plan names no roles of its own: the plan's roles are the ones to show.
  const named = targetRoleId && targetRoleId !== FOLLOWS_PLAN ? targetRoleId : null;
  return {
    roles: roleOptions(),
    linkedSpreadsheetUrl: linkedPlanUrl(),
    lastRoles: named ? { targetRoleId: named, currentRoleId: currentRoleId || null } : null,
    blocks: blocks.map((b) => ({ kind: b.kind, name: b.name, edited: b.edited, tab: title })),
  };
}
