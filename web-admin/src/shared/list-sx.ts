/**
 * A page never grows wider than the window (react-admin's layout is as wide as its content): lists and tables take
 * the width they are given, and a table too wide for it scrolls sideways inside its card.
 */
export const FIT_WINDOW = {
  '& .RaList-content, & .RaDatagrid-root': { contain: 'inline-size' },
  '& .RaDatagrid-tableWrapper': { overflowX: 'auto' },
};
