import { Stack } from '@mui/material';
import { FormDataConsumer, NumberInput, RadioButtonGroupInput, required, SelectInput } from 'react-admin';
import { choicesOf } from '../shared/choices';
import { MemberInput, MembersInput } from '../shared/MemberInput';

export const RECIPIENT_MODES = ['one', 'several', 'status', 'level', 'all'] as const;
type Mode = (typeof RECIPIENT_MODES)[number];

/** Whom a letter or a notification goes to: one member, chosen members, members in a status or at a level, everyone. */
export function RecipientsInput({ modes = RECIPIENT_MODES }: { modes?: readonly Mode[] }) {
  return (
    <>
      <RadioButtonGroupInput
        source="recipientMode"
        label="sro.recipients.mode"
        choices={choicesOf(modes, 'sro.recipients.modes')}
        validate={required()}
      />
      <FormDataConsumer<{ recipientMode?: Mode }>>
        {({ formData }) =>
          formData.recipientMode === 'one' ? (
            <MemberInput source="memberId" label="sro.recipients.member" />
          ) : formData.recipientMode === 'several' ? (
            <MembersInput source="memberIds" label="sro.recipients.members" />
          ) : formData.recipientMode === 'status' ? (
            <SelectInput
              source="memberStatus"
              label="sro.recipients.status"
              choices={choicesOf(['member', 'suspended', 'excluded'], 'sro.recipients.statuses')}
              validate={required()}
            />
          ) : formData.recipientMode === 'level' ? (
            <Stack direction="row" spacing={2}>
              <SelectInput
                source="levelFund"
                label="sro.recipients.fund"
                choices={choicesOf(['vv', 'odo'], 'sro.levels.funds')}
                validate={required()}
              />
              <NumberInput
                source="level"
                label="sro.recipients.level"
                min={0}
                max={5}
                validate={required()}
              />
            </Stack>
          ) : null
        }
      </FormDataConsumer>
    </>
  );
}

/** The form's choice as the API's recipients: memberIds, memberStatus or all. */
export function recipientsOf(data: Record<string, unknown>) {
  const { recipientMode, memberId, memberIds, memberStatus, levelFund, level, ...rest } = data;
  if (recipientMode === 'one') return { ...rest, memberIds: memberId ? [memberId] : undefined };
  if (recipientMode === 'several') return { ...rest, memberIds };
  if (recipientMode === 'status') return { ...rest, memberStatus };
  if (recipientMode === 'level') return { ...rest, levelFund, level };
  return { ...rest, all: true };
}
