import { Box, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Pagination, ReferenceManyField, useTranslate, type SortPayload } from 'react-admin';

/** Records of other resources that concern the member: a paginated list, its empty state, an action above it. */
export function RelatedList({
  reference,
  empty,
  sort,
  filter,
  actions,
  children,
}: {
  reference: string;
  empty: string;
  sort?: SortPayload;
  filter?: Record<string, unknown>;
  actions?: ReactNode;
  children: ReactNode;
}) {
  const translate = useTranslate();
  return (
    <Box>
      {actions && (
        <Stack direction="row" justifyContent="flex-end" sx={{ mb: 1 }}>
          {actions}
        </Stack>
      )}
      <ReferenceManyField
        reference={reference}
        target="memberId"
        perPage={10}
        sort={sort}
        filter={filter}
        pagination={<Pagination rowsPerPageOptions={[10, 25, 50]} />}
        empty={
          <Typography variant="body2" color="text.secondary" sx={{ py: 2 }}>
            {translate(empty)}
          </Typography>
        }
      >
        {children}
      </ReferenceManyField>
    </Box>
  );
}
