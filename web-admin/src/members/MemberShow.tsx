import { Stack } from '@mui/material';
import type { ReactNode } from 'react';
import {
  EditButton,
  Show,
  TabbedShowLayout,
  TabbedShowLayoutTabs,
  TopToolbar,
  usePermissions,
  WithRecord,
} from 'react-admin';
import { CardTab } from './card/CardTab';
import { FIT_WINDOW } from '../shared/list-sx';
import type { StaffMember } from './member';
import { MemberStatusButtons } from './MemberStatusButtons';
import { ContractsTab } from './records/ContractsTab';
import { ContributionsTab } from './records/ContributionsTab';
import { DuesTab } from './records/DuesTab';
import { InspectionsTab } from './records/InspectionsTab';
import { InsuranceTab } from './records/InsuranceTab';
import { ReportsTab } from './records/ReportsTab';
import { SpecialistsTab } from './records/SpecialistsTab';
import { AppealsTab } from './related/AppealsTab';
import { LettersTab } from './related/LettersTab';
import { RepresentativesTab } from './related/RepresentativesTab';
import { LevelsButton } from './standing/LevelsButton';
import { LevelsTab } from './standing/LevelsTab';
import { WorkRightButton } from './standing/WorkRightButton';
import { WorkRightTab } from './standing/WorkRightTab';

const useIsAdmin = () => usePermissions().permissions === 'admin';

/** Correcting the card and the status are the administrators' (the API refuses experts). */
function Actions() {
  const isAdmin = useIsAdmin();
  return (
    <TopToolbar>
      {isAdmin && (
        <>
          <EditButton />
          <MemberStatusButtons />
        </>
      )}
    </TopToolbar>
  );
}

/** A tab's own actions, above its content, for administrators. */
function AdminActions({ children }: { children: ReactNode }) {
  if (!useIsAdmin()) return null;
  return (
    <Stack direction="row" justifyContent="flex-end">
      {children}
    </Stack>
  );
}

const Tab = TabbedShowLayout.Tab;

/** A member's page: a tab for every section of the cabinet, each list with its own pages and actions. */
export function MemberShow() {
  return (
    <Show
      actions={<Actions />}
      // thirteen tabs scroll sideways instead of widening the page: react-admin's layout is as wide as its content,
      // and `contain` keeps the row of tabs and the wide tables out of that width
      sx={{ contain: 'inline-size', ...FIT_WINDOW }}
      title={<WithRecord<StaffMember> render={(record) => <span>{record.shortName}</span>} />}
    >
      <TabbedShowLayout tabs={<TabbedShowLayoutTabs variant="scrollable" scrollButtons="auto" />}>
        <Tab label="sro.members.tabs.card">
          <CardTab />
        </Tab>
        <Tab label="sro.members.tabs.work_right" path="work-right">
          <AdminActions>
            <WorkRightButton />
          </AdminActions>
          <WorkRightTab />
        </Tab>
        <Tab label="sro.members.tabs.levels" path="levels">
          <AdminActions>
            <LevelsButton />
          </AdminActions>
          <LevelsTab />
        </Tab>
        <Tab label="sro.members.tabs.inspections" path="inspections">
          <InspectionsTab />
        </Tab>
        <Tab label="sro.members.tabs.contributions" path="fund-contributions">
          <ContributionsTab />
        </Tab>
        <Tab label="sro.members.tabs.dues" path="dues">
          <DuesTab />
        </Tab>
        <Tab label="sro.members.tabs.contracts" path="contracts">
          <ContractsTab />
        </Tab>
        <Tab label="sro.members.tabs.insurance" path="insurance">
          <InsuranceTab />
        </Tab>
        <Tab label="sro.members.tabs.reports" path="reports">
          <ReportsTab />
        </Tab>
        <Tab label="sro.members.tabs.specialists" path="specialists">
          <SpecialistsTab />
        </Tab>
        <Tab label="sro.members.tabs.letters" path="letters">
          <LettersTab />
        </Tab>
        <Tab label="sro.members.tabs.appeals" path="appeals">
          <AppealsTab />
        </Tab>
        <Tab label="sro.members.tabs.representatives" path="representatives">
          <RepresentativesTab />
        </Tab>
      </TabbedShowLayout>
    </Show>
  );
}
