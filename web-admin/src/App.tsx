import { Admin, CustomRoutes, Resource } from 'react-admin';
import { lazy } from 'react';
import { Route } from 'react-router-dom';
import { appeals } from './appeals';
import { i18nProvider } from './i18n/i18n-provider';
import { AppLayout } from './layout/AppLayout';
import { LoginPage } from './layout/LoginPage';
import { authProvider } from './providers/auth-provider';
import { dataProvider } from './providers/data-provider';
import { theme } from './layout/theme';

const Dashboard = lazy(() => import('./dashboard/Dashboard'));

export function App() {
  return (
    <Admin
      title="sro.app.title"
      dataProvider={dataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      layout={AppLayout}
      loginPage={LoginPage}
      theme={theme}
      requireAuth
      disableTelemetry
    >
      <Resource {...appeals} />
      <Resource name="colleagues" />
      <CustomRoutes>
        <Route path="/dashboard" element={<Dashboard />} />
      </CustomRoutes>
    </Admin>
  );
}
