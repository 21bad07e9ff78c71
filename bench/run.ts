/** `npm run bench`: every capability's benchmark, one after the other. */
import { spawnSync } from 'node:child_process';

const benches = ['demo.js', 'intake.js', 'link.js', 'search.js', 'web.js', 'reminders.js', 'workspace.js', 'charts.js', 'report.js', 'stats.js'];
let failed = false;
for (const bench of benches) {
  const result = spawnSync(process.execPath, [new URL(bench, import.meta.url).pathname, ...process.argv.slice(2)], { stdio: 'inherit' });
  failed ||= result.status !== 0;
}
process.exit(failed ? 1 : 0);
