/** Entry of the Growth Plan sidebar page (bundled inline into Sidebar.html). */
import { Planner } from './planner';

// The planner fills its own element, so the page's heading stays inside <main> beside it.
const root = document.getElementById('planner');
if (root) void new Planner(root).load();
