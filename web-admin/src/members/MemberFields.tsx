import { Grid, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { DateInput, required, SelectInput, TextInput, useTranslate } from 'react-admin';
import { MEMBER_KINDS } from './member-choices';
import { choicesOf } from '../shared/choices';

function Section({ title, children }: { title: string; children: ReactNode }) {
  const translate = useTranslate();
  return (
    <>
      <Grid size={12}>
        <Typography variant="subtitle1" component="h3" sx={{ mt: 1 }}>
          {translate(title)}
        </Typography>
      </Grid>
      {children}
    </>
  );
}

const half = { xs: 12, md: 6 };
const third = { xs: 12, md: 4 };

/** The registry card's fields, for entering a member and for correcting the card. */
export function MemberFields() {
  return (
    <Grid container columnSpacing={2} sx={{ width: '100%', maxWidth: 1100 }}>
      <Section title="sro.members.sections.organization">
        <Grid size={third}>
          <SelectInput
            source="kind"
            label="sro.members.fields.kind"
            choices={choicesOf(MEMBER_KINDS, 'sro.members.kind')}
            validate={required()}
            fullWidth
          />
        </Grid>
        <Grid size={{ xs: 12, md: 8 }}>
          <TextInput
            source="shortName"
            label="sro.members.fields.shortName"
            validate={required()}
            fullWidth
          />
        </Grid>
        <Grid size={12}>
          <TextInput source="fullName" label="sro.members.fields.fullName" validate={required()} fullWidth />
        </Grid>
        <Grid size={third}>
          <TextInput source="inn" label="sro.members.fields.inn" validate={required()} fullWidth />
        </Grid>
        <Grid size={third}>
          <TextInput
            source="ogrn"
            label="sro.members.fields.ogrn_or_ogrnip"
            validate={required()}
            fullWidth
          />
        </Grid>
        <Grid size={third}>
          <TextInput source="kpp" label="sro.members.fields.kpp" fullWidth />
        </Grid>
      </Section>
      <Section title="sro.members.sections.registry">
        <Grid size={half}>
          <TextInput
            source="registryNumber"
            label="sro.members.fields.registryNumber"
            validate={required()}
            fullWidth
          />
        </Grid>
        <Grid size={half}>
          <DateInput
            source="admissionDate"
            label="sro.members.fields.admissionDate"
            validate={required()}
            fullWidth
          />
        </Grid>
      </Section>
      <Section title="sro.members.sections.head">
        <Grid size={half}>
          <TextInput
            source="head.fullName"
            label="sro.members.fields.head_fullName"
            validate={required()}
            fullWidth
          />
        </Grid>
        <Grid size={half}>
          <TextInput
            source="head.position"
            label="sro.members.fields.head_position"
            validate={required()}
            fullWidth
          />
        </Grid>
      </Section>
      <Section title="sro.members.sections.addresses">
        <Grid size={12}>
          <TextInput source="addresses.legal" label="sro.members.fields.legal_address" fullWidth />
        </Grid>
        <Grid size={12}>
          <TextInput source="addresses.postal" label="sro.members.fields.postal_address" fullWidth />
        </Grid>
        <Grid size={12}>
          <TextInput source="addresses.actual" label="sro.members.fields.actual_address" fullWidth />
        </Grid>
      </Section>
      <Section title="sro.members.sections.contacts">
        <Grid size={third}>
          <TextInput source="contacts.phone" label="sro.members.fields.phone" fullWidth />
        </Grid>
        <Grid size={third}>
          <TextInput source="contacts.email" label="sro.members.fields.email" fullWidth />
        </Grid>
        <Grid size={third}>
          <TextInput source="contacts.website" label="sro.members.fields.website" fullWidth />
        </Grid>
      </Section>
    </Grid>
  );
}
