import { Card, CardContent, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Labeled, useTranslate } from 'react-admin';

/** A titled card of label–value pairs. */
export function InfoCard({
  title,
  actions,
  children,
}: {
  title: string;
  actions?: ReactNode;
  children: ReactNode;
}) {
  const translate = useTranslate();
  return (
    <Card variant="outlined" sx={{ height: '100%' }}>
      <CardContent>
        <Stack direction="row" justifyContent="space-between" alignItems="center" sx={{ mb: 1 }}>
          <Typography variant="subtitle1" component="h3">
            {translate(title)}
          </Typography>
          {actions}
        </Stack>
        <Stack spacing={1}>{children}</Stack>
      </CardContent>
    </Card>
  );
}

/** One labelled value; an empty one reads «—». */
export const Item = ({ label, children }: { label: string; children: ReactNode }) => (
  <Labeled label={label}>
    <>{children}</>
  </Labeled>
);
