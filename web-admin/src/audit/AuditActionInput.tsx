import { useQuery } from '@tanstack/react-query';
import { AutocompleteInput, useTranslate } from 'react-admin';
import { apiFetch } from '../providers/http';

interface Props {
  source: string;
  label: string;
  alwaysOn?: boolean;
}

/** An action of the audit log picked by its name; the names come from the API, which records the actions. */
export function AuditActionInput({ source, label }: Props) {
  const translate = useTranslate();
  const { data } = useQuery({
    queryKey: ['audit-actions'],
    queryFn: () => apiFetch<{ items: { code: string; label: string }[] }>('/staff/audit/actions'),
    staleTime: Number.POSITIVE_INFINITY,
  });
  return (
    <AutocompleteInput
      source={source}
      label={label}
      choices={data?.items ?? []}
      optionValue="code"
      optionText="label"
      isPending={!data}
      noOptionsText={translate('ra.navigation.no_results')}
      sx={{ minWidth: 400 }}
    />
  );
}
