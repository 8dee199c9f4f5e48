import { Box, Typography } from '@mui/material';
import { CreateButton, useTranslate } from 'react-admin';

/** What an empty list says, in Russian, with the way to add the first record when the user may. */
export function ListEmpty({ message, canCreate }: { message: string; canCreate: boolean }) {
  const translate = useTranslate();
  return (
    <Box sx={{ textAlign: 'center', py: 8, width: '100%' }}>
      <Typography variant="h6" component="p" color="text.secondary" gutterBottom>
        {translate(message)}
      </Typography>
      {canCreate && <CreateButton variant="contained" />}
    </Box>
  );
}
