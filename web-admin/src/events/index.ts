import EventIcon from '@mui/icons-material/Event';
import { Create, Edit } from 'react-admin';
import { createElement } from 'react';
import { lazyPage } from '../shared/lazy-page';

const EventForm = lazyPage(() => import('./EventForm'), 'EventForm');
const EventList = lazyPage(() => import('./EventList'), 'EventList');

const EventCreate = () =>
  createElement(Create, { title: 'sro.events.create', redirect: 'list' }, createElement(EventForm));
const EventEdit = () =>
  createElement(
    Edit,
    { title: 'sro.events.edit', mutationMode: 'pessimistic', redirect: 'list' },
    createElement(EventForm),
  );

export const events = {
  name: 'events',
  list: EventList,
  create: EventCreate,
  edit: EventEdit,
  icon: EventIcon,
  options: { label: 'sro.menu.events' },
};
