import type { Metrics } from '../../../api/metrics/metrics.js';

/** The value of one series of the registry (0 when it was never counted), e.g. a histogram's `…_count`. */
export async function metricValue(
  metrics: Metrics,
  series: string,
  labels: Record<string, string>,
): Promise<number> {
  const family = series.replace(/_(count|sum|bucket)$/, '');
  const metric = metrics.registry.getSingleMetric(family);
  if (!metric) throw new Error(`no metric ${family}`);
  const values = (await metric.get()).values as {
    value: number;
    labels: Record<string, string | number | undefined>;
    metricName?: string;
  }[];
  const found = values.find(
    (value) =>
      (value.metricName ?? family) === series &&
      Object.entries(labels).every(([name, wanted]) => String(value.labels[name]) === wanted) &&
      Object.keys(value.labels).length === Object.keys(labels).length,
  );
  return found?.value ?? 0;
}
