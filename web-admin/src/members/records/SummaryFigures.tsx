import { Card, CardContent, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { formatMoney } from '../../format/russian';

/** A row of labelled figures above a section's list. */
export function SummaryFigures({ title, children }: { title?: string; children: ReactNode }) {
  const translate = useTranslate();
  return (
    <Card variant="outlined" sx={{ mb: 2 }}>
      <CardContent>
        {title && (
          <Typography variant="subtitle1" component="h3" gutterBottom>
            {translate(title)}
          </Typography>
        )}
        <Stack direction="row" columnGap={4} rowGap={1} flexWrap="wrap">
          {children}
        </Stack>
      </CardContent>
    </Card>
  );
}

export function Figure({
  label,
  money,
  text,
  color,
}: {
  label: string;
  money?: number;
  text?: string;
  color?: string;
}) {
  const translate = useTranslate();
  return (
    <div>
      <Typography variant="caption" color="text.secondary" component="div">
        {translate(label)}
      </Typography>
      <Typography variant="h6" component="div" color={color} sx={{ whiteSpace: 'nowrap' }}>
        {money !== undefined ? formatMoney(money) : text}
      </Typography>
    </div>
  );
}
