import { Admin, CustomRoutes, Resource } from 'react-admin';
import { lazy } from 'react';
import { Route } from 'react-router-dom';
import { appeals } from './appeals';
import { members } from './members';
import { representatives } from './representatives';
import { audit } from './audit';
import { events } from './events';
import { jobs } from './jobs';
import { letters } from './letters';
import { levels } from './levels';
import { notifications } from './notifications';
import { regulationVersions } from './regulation-versions';
import { staffUsers } from './staff-users';
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
      <Resource {...members} />
      <Resource {...representatives} />
      <Resource {...letters} />
      <Resource {...notifications} />
      <Resource {...events} />
      <Resource {...audit} />
      <Resource {...levels} />
      <Resource {...regulationVersions} />
      <Resource {...staffUsers} />
      <Resource {...jobs} />
      <Resource name="colleagues" />
      <CustomRoutes>
        <Route path="/dashboard" element={<Dashboard />} />
      </CustomRoutes>
    </Admin>
  );
}
