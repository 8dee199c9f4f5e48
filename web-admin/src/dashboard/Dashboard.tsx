import {
  Alert,
  Card,
  CardActionArea,
  CardContent,
  Grid,
  List,
  ListItem,
  ListItemText,
  Typography,
} from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { formatDayTime } from '../format/russian';
import { useDashboard, type MembersCount } from './dashboard-data';
import { ExpertChart } from './ExpertChart';

const inbox = (filter: Record<string, unknown>) =>
  `/appeals?filter=${encodeURIComponent(JSON.stringify(filter))}`;

function Figure({ label, value, to, alert }: { label: string; value: number; to?: string; alert?: boolean }) {
  const translate = useTranslate();
  const body = (
    <CardContent>
      <Typography variant="body2" color="text.secondary">
        {translate(label)}
      </Typography>
      <Typography variant="h4" component="p" color={alert && value > 0 ? 'error' : undefined}>
        {value.toLocaleString('ru-RU')}
      </Typography>
    </CardContent>
  );
  return (
    <Card variant="outlined" sx={{ height: '100%' }}>
      {to ? (
        <CardActionArea component={Link} to={to}>
          {body}
        </CardActionArea>
      ) : (
        body
      )}
    </Card>
  );
}

function MembersCard({ label, data }: { label: string; data: MembersCount }) {
  const translate = useTranslate();
  return (
    <Card variant="outlined" sx={{ height: '100%' }}>
      <CardContent>
        <Typography variant="subtitle1" component="h2">
          {translate(label)}: {data.count.toLocaleString('ru-RU')}
        </Typography>
        {data.members.length === 0 ? (
          <Typography variant="body2">{translate('sro.dashboard.nobody')}</Typography>
        ) : (
          <List dense disablePadding>
            {data.members.map((member) => (
              <ListItem key={member.id} disableGutters component={Link} to={`/members/${member.id}/show`}>
                <ListItemText primary={member.shortName} secondary={member.detail} />
              </ListItem>
            ))}
          </List>
        )}
      </CardContent>
    </Card>
  );
}

export default function Dashboard() {
  const translate = useTranslate();
  const { data, error } = useDashboard();
  return (
    <>
      <Title title="sro.dashboard.title" />
      {error && <Alert severity="error">{translate(error.message)}</Alert>}
      {data && (
        <Grid container spacing={2} sx={{ mt: 1 }}>
          <Grid size={{ xs: 6, md: 3 }}>
            <Figure
              label="sro.dashboard.new"
              value={data.appeals.new}
              to={inbox({ status: ['submitted'] })}
            />
          </Grid>
          <Grid size={{ xs: 6, md: 3 }}>
            <Figure
              label="sro.dashboard.overdue_appeals"
              value={data.appeals.overdue}
              to={inbox({ overdue: true })}
              alert
            />
          </Grid>
          <Grid size={{ xs: 6, md: 3 }}>
            <Figure label="sro.dashboard.open" value={data.appeals.open} to={inbox({})} />
          </Grid>
          <Grid size={{ xs: 6, md: 3 }}>
            <Figure label="sro.dashboard.failed_deliveries" value={data.failedDeliveries} alert />
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <Card variant="outlined">
              <CardContent>
                <Typography variant="subtitle1" component="h2">
                  {translate('sro.dashboard.by_expert')}
                </Typography>
                <ExpertChart rows={data.appeals.byExpert} />
              </CardContent>
            </Card>
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <MembersCard label="sro.dashboard.dues_debtors" data={data.duesDebtors} />
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <MembersCard label="sro.dashboard.odo_warning" data={data.odoAboveWarning} />
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <MembersCard label="sro.dashboard.insurance_expiring" data={data.insuranceExpiring} />
          </Grid>
          <Grid size={12}>
            <Typography variant="caption" color="text.secondary">
              {translate('sro.dashboard.generated_at', { at: formatDayTime(data.generatedAt) })}
            </Typography>
          </Grid>
        </Grid>
      )}
    </>
  );
}
