/** A small catalog for unit tests of the core, independent of the authored RSOE catalog. */
import type { Catalog, Role } from '../../src/core/catalog';
import { findRole } from '../../src/core/catalog';

export const sampleCatalog: Catalog = {
  families: [
    {
      id: 'ops',
      name: 'Operations',
      team: 'Sales Operations',
      url: 'https://handbook.gitlab.com/job-families/sales/ops/',
      levels: [
        {
          id: 'analyst',
          title: 'Operations Analyst',
          grade: 6,
          url: 'https://handbook.gitlab.com/job-families/sales/ops/#analyst',
          requirements: [
            { id: 'salesforce', area: 'systems', text: 'Keeps Salesforce records clean' },
            { id: 'reporting', area: 'analysis', text: 'Builds weekly reports' },
            { id: 'policy', area: 'process', text: 'Applies the rules of engagement' },
          ],
        },
        {
          id: 'senior-analyst',
          title: 'Senior Operations Analyst',
          grade: 7,
          url: 'https://handbook.gitlab.com/job-families/sales/ops/#senior',
          requirements: [
            { id: 'salesforce', area: 'systems', text: 'Designs Salesforce changes with the systems team' },
            { id: 'reporting', area: 'analysis', text: 'Owns the forecast dashboards' },
            { id: 'stakeholders', area: 'stakeholders', text: 'Aligns sales leaders on process changes' },
            { id: 'mentoring', area: 'leadership', text: '=Coaches junior analysts' },
          ],
        },
      ],
    },
  ],
};

export function sampleRole(id: string): Role {
  const role = findRole(sampleCatalog, id);
  if (!role) throw new Error(`no sample role ${id}`);
  return role;
}
