import { Alert, Card, CardContent, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import type { FieldValues } from 'react-hook-form';
import {
  Form,
  Login,
  PasswordInput,
  required,
  SaveButton,
  TextInput,
  useLogin,
  useNotify,
  useTranslate,
} from 'react-admin';
import { takeSignInRefusal } from '../providers/auth-provider';

interface Credentials {
  username: string;
  password: string;
}

/** Staff sign in by e-mail and password; a representative's credentials are refused by the staff sign-in. */
function SignInForm() {
  const login = useLogin();
  const notify = useNotify();
  const translate = useTranslate();
  const [refusal] = useState(takeSignInRefusal);
  const submit = (values: FieldValues) =>
    login(values as Credentials).catch((error: Error) =>
      notify(error.message || 'sro.auth.sign_in_failed', { type: 'error' }),
    );
  return (
    <Form onSubmit={submit} noValidate>
      <CardContent>
        <Stack>
          <Typography variant="h6" component="h1" align="center" gutterBottom>
            {translate('sro.app.title')}
          </Typography>
          {refusal && (
            <Alert severity="warning" sx={{ mb: 2 }}>
              {translate(refusal)}
            </Alert>
          )}
          <TextInput
            source="username"
            label="sro.auth.email"
            type="email"
            autoComplete="username"
            autoFocus
            validate={required()}
          />
          <PasswordInput
            source="password"
            label="sro.auth.password"
            autoComplete="current-password"
            validate={required()}
          />
          <SaveButton label="ra.auth.sign_in" icon={<span />} alwaysEnable fullWidth />
        </Stack>
      </CardContent>
    </Form>
  );
}

export function LoginPage() {
  return (
    <Login>
      <Card elevation={0}>
        <SignInForm />
      </Card>
    </Login>
  );
}
