import { openPlan, tabValues, setCells } from '../../scripts/harness/harness';
it('x', () => {
  const h = openPlan();
  h.call('importRoleRequirements', { currentRoleId: 'sales-operations/analyst', targetRoleId: 'sales-strategy/vp' });
  const reqs = tabValues(h, 'Role Requirements');
  const n = reqs.length - 1;
  setCells(h, 'Role Requirements', 'Self rating', Array.from({length: n}, (_, i) => ['Not yet','Developing','Meets'][i % 3]));
  setCells(h, 'Role Requirements', 'Manager rating', Array.from({length: n}, (_, i) => i === 4 ? 'Developing' : ''));
  const r = h.run('generateActionPlan', { focusSize: 3 }) as any;
  console.log(JSON.stringify({ ...r, plan: { ...r.plan } }, null, 1));
  const a = tabValues(h, 'Action Plan');
  console.log(a.map(r => r.map(String).map(s=>s.slice(0,40)).join(' | ')).join('\n'));
  console.log(JSON.stringify(tabValues(h, 'Summary').map(r=>r.slice(0,7))));
});
