import type { SVGProps } from 'react';

const PATHS = {
  check: 'M5 12.5l4.5 4.5L19 7.5',
  x: 'M6 6l12 12M18 6L6 18',
  alert: 'M12 8v5m0 3.5v.01M10.3 3.9L2.6 17.3A2 2 0 004.3 20h15.4a2 2 0 001.7-2.7L13.7 3.9a2 2 0 00-3.4 0z',
  info: 'M12 11v5m0-8.5v.01M12 21a9 9 0 100-18 9 9 0 000 18z',
  clock: 'M12 7v5l3 2m6-2a9 9 0 11-18 0 9 9 0 0118 0z',
  menu: 'M4 6h16M4 12h16M4 18h16',
  chevronUp: 'M6 15l6-6 6 6',
  chevronDown: 'M6 9l6 6 6-6',
  chevronLeft: 'M15 6l-6 6 6 6',
  chevronRight: 'M9 6l6 6-6 6',
  upload: 'M12 16V4m0 0L7 9m5-5l5 5M4 16v3a1 1 0 001 1h14a1 1 0 001-1v-3',
  download: 'M12 4v12m0 0l-5-5m5 5l5-5M4 16v3a1 1 0 001 1h14a1 1 0 001-1v-3',
  link: 'M10 14a4 4 0 005.7 0l3-3a4 4 0 00-5.7-5.7l-1 1m-2 7.4l-1 1a4 4 0 01-5.7-5.7l3-3a4 4 0 015.7 0',
  file: 'M14 3H7a2 2 0 00-2 2v14a2 2 0 002 2h10a2 2 0 002-2V8l-5-5zm0 0v5h5',
  text: 'M5 6h14M5 10h14M5 14h10M5 18h7',
  video: 'M15 10l5-3v10l-5-3M4 7h11v10H4z',
  trash: 'M4 7h16M10 11v6m4-6v6M6 7l1 12a2 2 0 002 2h6a2 2 0 002-2l1-12M9 7V4h6v3',
  external: 'M14 4h6v6m0-6l-9 9M18 14v5a1 1 0 01-1 1H5a1 1 0 01-1-1V7a1 1 0 011-1h5',
  search: 'M11 18a7 7 0 100-14 7 7 0 000 14zm9 3l-4.3-4.3',
  arrowLeft: 'M19 12H5m0 0l6-6m-6 6l6 6',
  arrowRight: 'M5 12h14m0 0l-6-6m6 6l-6 6',
  book: 'M4 5a2 2 0 012-2h13v16H6a2 2 0 00-2 2V5zm0 14a2 2 0 002 2h13',
  award: 'M12 15a6 6 0 100-12 6 6 0 000 12zm-3.5 4.5L9 14m6.5 5.5L15 14M8.5 19.5L12 18l3.5 1.5',
  plus: 'M12 5v14M5 12h14',
  copy: 'M9 9h10v12H9zM5 15V4a1 1 0 011-1h9',
  user: 'M12 12a4 4 0 100-8 4 4 0 000 8zm-7 9a7 7 0 0114 0',
  shield: 'M12 3l8 3v6c0 5-3.5 8-8 9-4.5-1-8-4-8-9V6l8-3z',
  inbox: 'M4 13h4l2 3h4l2-3h4M4 13l2-8h12l2 8v6a1 1 0 01-1 1H5a1 1 0 01-1-1v-6z',
  pencil: 'M4 20h4L19 9l-4-4L4 16v4zm9-13l4 4',
  eye: 'M2 12s4-7 10-7 10 7 10 7-4 7-10 7S2 12 2 12zm10 3a3 3 0 100-6 3 3 0 000 6z',
  refresh: 'M4 4v6h6M20 20v-6h-6M5.5 15a7 7 0 0012.3 2M18.5 9A7 7 0 006.2 7',
  building: 'M4 21V5a1 1 0 011-1h9a1 1 0 011 1v16m0-10h4a1 1 0 011 1v9M8 8h3m-3 4h3m-3 4h3M3 21h18',
  clipboard: 'M9 4h6v3H9zM9 5H6a1 1 0 00-1 1v14a1 1 0 001 1h12a1 1 0 001-1V6a1 1 0 00-1-1h-3m-6 8l2 2 4-4',
  bell: 'M6 16V11a6 6 0 0112 0v5l2 2H4l2-2zm4 4a2 2 0 004 0',
  key: 'M8 20a4 4 0 100-8 4 4 0 000 8zm2.8-6.8L20 4m-3 3l3 3m-5.5-.5l2 2',
  settings:
    'M12 15a3 3 0 100-6 3 3 0 000 6zm7.4-3a7.4 7.4 0 00-.1-1.2l2-1.6-2-3.4-2.4 1a7.6 7.6 0 00-2-1.2L14.5 3h-5l-.4 2.6a7.6 7.6 0 00-2 1.2l-2.4-1-2 3.4 2 1.6a7.4 7.4 0 000 2.4l-2 1.6 2 3.4 2.4-1a7.6 7.6 0 002 1.2l.4 2.6h5l.4-2.6a7.6 7.6 0 002-1.2l2.4 1 2-3.4-2-1.6c.1-.4.1-.8.1-1.2z',
  share:
    'M8.6 10.5l6.8-3.9m0 10.8l-6.8-3.9M18 8a3 3 0 100-6 3 3 0 000 6zM6 15a3 3 0 100-6 3 3 0 000 6zm12 7a3 3 0 100-6 3 3 0 000 6z',
} as const;

export type IconName = keyof typeof PATHS;

/** A small line icon. Decorative by default; pass `title` when the icon alone carries meaning. */
export function Icon({
  name,
  title,
  className = 'h-5 w-5',
  ...rest
}: { name: IconName; title?: string } & SVGProps<SVGSVGElement>) {
  return (
    <svg
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      className={`shrink-0 ${className}`}
      aria-hidden={title ? undefined : true}
      role={title ? 'img' : undefined}
      focusable="false"
      {...rest}
    >
      {title ? <title>{title}</title> : null}
      <path d={PATHS[name]} />
    </svg>
  );
}
