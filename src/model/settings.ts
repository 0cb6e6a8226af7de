/** Settings of the whole site: its title, description, address and language, from the build options. */
export interface SiteSettings {
  title: string;
  description: string;
  /** Absolute address where the site is published, for feeds, sitemap and canonical links (default: none). */
  url: string | null;
  lang: string;
}

/** Defaults of the site settings. */
export const DEFAULT_SITE: SiteSettings = {
  title: 'Dateline',
  description: 'A news archive: every report of an event on one page, filed by topic, outlet and date.',
  url: null,
  lang: 'en',
};
