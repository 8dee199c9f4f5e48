import { Alert, Box, Card, CardContent, LinearProgress, Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { formatMoney } from '../../format/russian';
import type { StaffMember } from '../member';
import { useMemberStanding } from '../standing/use-member-standing';

const T = 'sro.members.contracts.usage';
const COLORS = { ok: 'success', warning: 'warning', exceeded: 'error' } as const;

/** Current obligations (contracts in force) against the КФ ОДО cap, as a bar with the share of the cap in use. */
export function OdoUsageCard() {
  const member = useRecordContext<StaffMember>();
  const translate = useTranslate();
  const { data } = useMemberStanding(member?.id);
  if (!member || !data) return null;
  const { level, usagePercent: percent, ...usage } = data.obligations;
  const total = formatMoney(usage.total);
  return (
    <Card variant="outlined" sx={{ mb: 2 }}>
      <CardContent>
        <Typography variant="subtitle1" component="h3" gutterBottom>
          {translate(`${T}.title`)}
        </Typography>
        {usage.state === 'no_level' && (
          <Alert severity={usage.total > 0 ? 'error' : 'info'}>{translate(`${T}.no_level`)}</Alert>
        )}
        {usage.state === 'unlimited' && (
          <Typography variant="body1">
            {translate(`${T}.unlimited`, { total, level: level ?? '' })}
          </Typography>
        )}
        {percent !== null &&
          usage.cap !== null &&
          (usage.state === 'ok' || usage.state === 'warning' || usage.state === 'exceeded') && (
            <Stack spacing={1}>
              <Stack direction="row" justifyContent="space-between" flexWrap="wrap" columnGap={2}>
                <Typography variant="body1">
                  {translate(`${T}.of_cap`, { total, cap: formatMoney(usage.cap) })}
                </Typography>
                <Typography variant="h6" component="span" color={`${COLORS[usage.state]}.main`}>
                  {percent.toLocaleString('ru-RU')} %
                </Typography>
              </Stack>
              <Box>
                <LinearProgress
                  variant="determinate"
                  value={Math.min(100, percent)}
                  color={COLORS[usage.state]}
                  sx={{ height: 10, borderRadius: 5 }}
                  aria-label={translate(`${T}.title`)}
                />
              </Box>
              <Stack direction="row" justifyContent="space-between" flexWrap="wrap" columnGap={2}>
                <Typography variant="body2" color={`${COLORS[usage.state]}.main`}>
                  {translate(`${T}.state.${usage.state}`)}
                </Typography>
                {usage.headroom !== null && (
                  <Typography variant="body2" color="text.secondary">
                    {translate(`${T}.headroom`)}: {formatMoney(usage.headroom)}
                  </Typography>
                )}
              </Stack>
            </Stack>
          )}
      </CardContent>
    </Card>
  );
}
