/** Settings of the whole site: its title, description, address and language, from the build options. */
export interface SiteSettings {
  title: string;
  description: string;
  /** Absolute address where the site is published, for feeds, sitemap and canonical links (default: none). */
  url: string | null;
  lang: string;
}
