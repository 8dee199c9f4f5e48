/**
 * `npm run cluster [-- --port 3000]`: the local cluster of start-cluster.ts, until Ctrl-C.
 */
import path from 'node:path';
import { createLogger } from '../../api/logger.js';
import { startCluster } from './start-cluster.js';

const portArg = process.argv.indexOf('--port');
const port = portArg >= 0 ? Number(process.argv[portArg + 1]) : 3000;
const log = createLogger('info');
const relative = (file: string) => path.relative(process.cwd(), file);

const cluster = await startCluster({ dataDir: path.resolve('var', 'cluster'), port, log }).catch(
  (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EADDRINUSE') throw error;
    process.stderr.write(
      `cluster: port ${port} is in use; choose another with npm run cluster -- --port <port>\n`,
    );
    process.exit(1);
  },
);
const pids = (processes: { name: string; pid: number | undefined }[]) =>
  processes.map((p) => `${p.name} (pid ${p.pid})`).join(', ');
process.stdout.write(
  [
    '',
    `cluster: proxy at ${cluster.url} (round robin over api-1 and api-2; answers name the process in X-Served-By)`,
    `cluster: staff app ${cluster.url}/admin/, API ${cluster.url}/api/v1, description ${cluster.url}/api/openapi.json`,
    `cluster: sign-in details in ${relative(cluster.credentialsPath)}`,
    `cluster: api ${pids(cluster.api)}; jobs ${pids(cluster.jobs)}; bot ${pids([cluster.bot])} in webhook mode`,
    `cluster: metrics ${[...cluster.api, ...cluster.jobs, cluster.bot].map((p) => `${p.name} ${p.metricsUrl}`).join(', ')}`,
    `cluster: Bot API stand-in at ${cluster.botApi.apiRoot}, webhook set to ${cluster.botApi.webhook().url}`,
    `cluster: MongoDB (${cluster.mongo.kind}) at ${cluster.mongo.uri}, Redis at ${cluster.redisUrl}`,
    `cluster: logs in ${relative(cluster.logDir)}/<process>.log; Ctrl-C stops everything`,
    '',
  ].join('\n'),
);

let stopping = false;
const shutdown = () => {
  if (stopping) return;
  stopping = true;
  process.stdout.write('cluster: stopping\n');
  void cluster.stop().then(() => process.exit(0));
};
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
