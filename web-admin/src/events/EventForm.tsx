import { DateTimeInput, required, SelectInput, SimpleForm, TextInput } from 'react-admin';
import { choicesOf } from '../shared/choices';
import { fromMoscowInput, toMoscowInput } from '../format/russian';
import { MembersInput } from '../shared/MemberInput';

export const EVENT_KINDS = ['seminar', 'meeting', 'session', 'general_assembly'];

/** Times are typed and shown in Moscow time, as the SRO keeps its calendar. An event reaches the calendar feeds and reminders of its audience, everyone when nobody is named. */
export const EventForm = () => (
  <SimpleForm>
    <TextInput source="title" label="sro.events.fields.title" validate={required()} fullWidth />
    <SelectInput
      source="kind"
      label="sro.events.fields.kind"
      choices={choicesOf(EVENT_KINDS, 'sro.events.kinds')}
      validate={required()}
    />
    <DateTimeInput
      source="startsAt"
      label="sro.events.fields.startsAt"
      validate={required()}
      format={toMoscowInput}
      parse={fromMoscowInput}
    />
    <DateTimeInput
      source="endsAt"
      label="sro.events.fields.endsAt"
      validate={required()}
      format={toMoscowInput}
      parse={fromMoscowInput}
    />
    <TextInput source="location" label="sro.events.fields.location" fullWidth />
    <TextInput source="videoUrl" label="sro.events.fields.videoUrl" type="url" fullWidth />
    <TextInput source="description" label="sro.events.fields.description" multiline minRows={3} fullWidth />
    <MembersInput source="audience" label="sro.events.fields.audience" />
  </SimpleForm>
);
