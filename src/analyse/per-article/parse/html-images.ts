/**
 * A saved page's pictures: an `<img>` whose file the browser saved beside
 * the page is kept, pointing at the copy the site makes of it
 * (`media/<hash>.<ext>`); every other picture is dropped with the page's
 * active content, for a remote picture would be fetched from the outlet's
 * server each time the archive is read.
 */
import type { Element } from 'hast';
import { mediaPath, type PageImage } from '../../../model/source.ts';
import { attr, walk } from './html-dom.ts';

/** The property a kept picture carries: the path of its copy in the site. */
export const MEDIA_PROPERTY = 'dataDatelineMedia';


/**
 * Marks each `<img>` of `body` whose `src` names one of `images` with the
 * path of its copy; a `<picture>` becomes its `<img>`. Unmarked pictures are
 * dropped later with the rest of the media.
 */
export function markSavedImages(body: Element, images: readonly PageImage[]): void {
  const byName = new Map(images.map((i) => [i.name, i]));
  walk(body, (el, parent, i) => {
    if (el.tagName === 'picture') {
      const img = el.children.find((c): c is Element => c.type === 'element' && c.tagName === 'img');
      if (!img) return false;
      parent.children[i] = img;
      el = img;
    }
    if (el.tagName !== 'img') return true;
    const image = byName.get(pagePath(attr(el, 'src')) ?? '');
    // Only what this function marks is kept: a mark the page wrote itself is dropped with the rest of its attributes.
    el.properties = image ? { alt: attr(el, 'alt') ?? '', [MEDIA_PROPERTY]: mediaPath(image) } : {};
    return false;
  });
}

/** Whether an element holds a picture kept by `markSavedImages`. */
export function holdsSavedImage(el: Element): boolean {
  let found = false;
  walk(el, (c) => {
    if (c.tagName === 'img' && c.properties?.[MEDIA_PROPERTY]) found = true;
    return !found;
  });
  return found;
}

/** A relative `src` as a path from the page's folder (`./Story_files/a%20b.jpg` → `Story_files/a b.jpg`), or null. */
export function pagePath(src: string | null | undefined): string | null {
  if (!src || /^[a-z][a-z0-9+.-]*:|^\/\//i.test(src.trim())) return null;
  try {
    const url = new URL(src.trim(), 'file:///page/');
    if (!url.pathname.startsWith('/page/')) return null;
    return decodeURIComponent(url.pathname.slice('/page/'.length));
  } catch {
    return null;
  }
}
