import { useEffect, useState } from 'preact/hooks';
import { isGranted, requestSite, revokeSite } from '@/utils/autoscan/grant';
import { siteName, sitePattern } from '@/utils/autoscan/sites';

interface Props {
  /** The active tab's URL. */
  url: string;
}

/**
 * "Scan this site automatically": asks the browser for this one site. The
 * browser's prompt may close the popup; the background starts scanning on
 * its own when the grant arrives.
 */
export function AutoScanToggle({ url }: Props) {
  const [granted, setGranted] = useState<boolean | null>(null);
  useEffect(() => {
    isGranted(url).then(setGranted, () => setGranted(false));
  }, [url]);
  if (!sitePattern(url) || granted === null) return null;
  const onChange = (event: Event) => {
    const want = (event.currentTarget as HTMLInputElement).checked;
    // Called straight from the click: permissions.request needs the user gesture.
    const change = want ? requestSite(url) : revokeSite(url);
    change.catch(() => false).then(() => isGranted(url)).then(setGranted, () => setGranted(false));
  };
  return (
    <label class="autoscan">
      <input type="checkbox" checked={granted} onChange={onChange} /> Scan {siteName(url)} automatically
    </label>
  );
}
