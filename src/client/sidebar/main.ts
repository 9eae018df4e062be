/** Entry of the Growth Plan sidebar page (bundled inline into Sidebar.html). */
import { Planner } from './planner';

const root = document.getElementById('app');
if (root) void new Planner(root).load();
