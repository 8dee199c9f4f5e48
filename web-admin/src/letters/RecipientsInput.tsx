import { FormDataConsumer, RadioButtonGroupInput, required, SelectInput } from 'react-admin';
import { choicesOf } from '../appeals/appeal-choices';
import { MemberInput, MembersInput } from '../shared/MemberInput';

export const RECIPIENT_MODES = ['one', 'several', 'status', 'all'] as const;
type Mode = (typeof RECIPIENT_MODES)[number];

/** Whom a letter or a notification goes to: one member, chosen members, members in a status, or everyone. */
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
          ) : null
        }
      </FormDataConsumer>
    </>
  );
}

/** The form's choice as the API's recipients: memberIds, memberStatus or all. */
export function recipientsOf(data: Record<string, unknown>) {
  const { recipientMode, memberId, memberIds, memberStatus, ...rest } = data;
  if (recipientMode === 'one') return { ...rest, memberIds: memberId ? [memberId] : undefined };
  if (recipientMode === 'several') return { ...rest, memberIds };
  if (recipientMode === 'status') return { ...rest, memberStatus };
  return { ...rest, all: true };
}
