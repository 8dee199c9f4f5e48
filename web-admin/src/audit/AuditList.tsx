import { Datagrid, DateInput, FunctionField, List, TextField } from 'react-admin';
import { DayField } from '../shared/fields';
import { ColleagueInput } from '../shared/ColleagueInput';
import { MemberInput } from '../shared/MemberInput';
import { AuditActionInput } from './AuditActionInput';

const filters = [
  <ColleagueInput key="actor" source="actorId" label="sro.audit.fields.actor" alwaysOn />,
  <MemberInput key="member" source="memberId" label="sro.audit.fields.member" alwaysOn />,
  <AuditActionInput key="action" source="action" label="sro.audit.fields.action" alwaysOn />,
  <DateInput key="from" source="from" label="sro.audit.filters.from" />,
  <DateInput key="to" source="to" label="sro.audit.filters.to" />,
];

interface AuditRow {
  actor: { kind: string; role: string | null; fullName?: string | null };
  target: { kind: string | null; memberName?: string | null };
  changes: Record<string, unknown> | null;
}

export function AuditList() {
  return (
    <List title="sro.audit.title" filters={filters} perPage={50} exporter={false}>
      <Datagrid bulkActionButtons={false} rowClick={false}>
        <DayField source="at" label="sro.audit.fields.at" showTime sortable={false} />
        <FunctionField<AuditRow>
          label="sro.audit.fields.actor"
          render={(record) => record.actor.fullName ?? record.actor.role ?? record.actor.kind}
        />
        <TextField source="actionLabel" label="sro.audit.fields.action" sortable={false} />
        <FunctionField<AuditRow>
          label="sro.audit.fields.member"
          render={(record) => record.target.memberName ?? '—'}
        />
        <FunctionField<AuditRow>
          label="sro.audit.fields.changes"
          render={(record) => {
            const fields = record.changes?.fields;
            return Array.isArray(fields) && fields.length > 0 ? fields.join(', ') : '—';
          }}
        />
        <TextField source="ip" label="sro.audit.fields.ip" sortable={false} emptyText="—" />
      </Datagrid>
    </List>
  );
}
