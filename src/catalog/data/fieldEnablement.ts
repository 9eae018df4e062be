/**
 * Field Enablement team: enablement programs, leadership, technical enablement, sales training,
 * Revenue Programs and Field Communications, in the order the pickers list them.
 */
import type { Family } from '../../core/catalog';
import { enablementPrograms } from './enablementPrograms';
import { revenueAndComms } from './revenueAndComms';

export const fieldEnablement: Family[] = [...enablementPrograms, ...revenueAndComms];
