/**
 * The RSOE role catalog: every job family of the Revenue Strategy & Operations Enablement teams,
 * grouped by team in picker order. Checked by src/catalog/schema.ts (`npm run catalog:check`).
 */
import type { Catalog } from '../core/catalog';
import { channelOperations } from './data/channelOperations';
import { customerSuccessOperations } from './data/customerSuccessOperations';
import { fieldEnablement } from './data/fieldEnablement';
import { rsoeLeadership } from './data/rsoeLeadership';
import { salesOperations } from './data/salesOperations';
import { salesStrategy } from './data/salesStrategy';
import { salesSystems } from './data/salesSystems';

export const catalog: Catalog = {
  families: [
    ...salesOperations,
    ...salesSystems,
    ...salesStrategy,
    ...fieldEnablement,
    ...channelOperations,
    ...customerSuccessOperations,
    ...rsoeLeadership,
  ],
};
