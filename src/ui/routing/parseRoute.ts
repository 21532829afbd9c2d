/** The app's screens, addressed by the URL fragment so links work offline and never reach a server. */
export type SectionSlug = 'contactpersonen' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

export type Route =
  | { screen: 'home' }
  | { screen: 'gesprek'; id: string; section?: SectionSlug }
  | { screen: 'koppel'; payload: string }
  | { screen: 'not-found' };

const SECTION_SLUGS: readonly SectionSlug[] = ['contactpersonen', 'h2', 'h3', 'h4', 'h5', 'h6'];

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/^\/+/, '');
  if (path === '') return { screen: 'home' };
  const [head, ...rest] = path.split('/');
  if (head === 'gesprek' && rest[0]) {
    const section = rest[1] as SectionSlug | undefined;
    if (section && !SECTION_SLUGS.includes(section)) return { screen: 'not-found' };
    return section ? { screen: 'gesprek', id: rest[0], section } : { screen: 'gesprek', id: rest[0] };
  }
  if (head === 'koppel' && rest[0]) return { screen: 'koppel', payload: rest.join('/') };
  return { screen: 'not-found' };
}

export const homeHref = () => '#/';
export const gesprekHref = (id: string, section?: SectionSlug) =>
  section ? `#/gesprek/${id}/${section}` : `#/gesprek/${id}`;

export function navigateTo(href: string): void {
  window.location.hash = href.replace(/^#/, '');
}
