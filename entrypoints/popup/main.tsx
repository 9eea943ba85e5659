import { render } from 'preact';
import { PopupApp, type PageLink } from '@/components/PopupApp';
import { AutoScanToggle } from '@/components/AutoScanToggle';
import { clearHighlights, followPage, loadPopup, showEvidence } from '@/utils/popup/loadPopup';
import './style.css';

const page: PageLink = {
  show: showEvidence,
  follow: followPage,
  clear: async (state) => {
    if (state.tab) await clearHighlights(state.tab.tabId);
  },
};

render(
  <PopupApp
    load={loadPopup}
    copy={(text) => navigator.clipboard.writeText(text)}
    page={page}
    siteControls={(url) => <AutoScanToggle url={url} />}
  />,
  document.getElementById('app')!,
);
