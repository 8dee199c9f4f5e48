import { useTranslate } from 'react-admin';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { DashboardData } from './dashboard-data';

/** Open appeals per expert, the overdue part in red. */
export function ExpertChart({ rows }: { rows: DashboardData['appeals']['byExpert'] }) {
  const translate = useTranslate();
  const data = rows.map((row) => ({
    name: row.expert?.fullName.split(' ')[0] ?? translate('sro.dashboard.unassigned'),
    onTime: row.open - row.overdue,
    overdue: row.overdue,
  }));
  return (
    <ResponsiveContainer width="100%" height={260}>
      <BarChart data={data} margin={{ top: 8, right: 16, left: 0, bottom: 8 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="name" interval={0} tick={{ fontSize: 12 }} />
        <YAxis allowDecimals={false} />
        <Tooltip />
        <Legend />
        <Bar
          dataKey="onTime"
          stackId="a"
          name={translate('sro.dashboard.on_time')}
          fill="#1f4e79"
          isAnimationActive={false}
        />
        <Bar
          dataKey="overdue"
          stackId="a"
          name={translate('sro.dashboard.overdue')}
          fill="#d32f2f"
          isAnimationActive={false}
        />
      </BarChart>
    </ResponsiveContainer>
  );
}
