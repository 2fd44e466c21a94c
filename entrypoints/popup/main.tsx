import { render } from 'preact';
import { CATEGORY_BADGE_CSS } from '../../components/CategoryBadge';
import '../../components/theme.css';
import './popup.css';
import { App } from './App';

// How long the browser took to get the popup's script running (the benchmark's breakdown, test
// build only).
if (import.meta.env.ELENS_E2E) performance.mark('elens:boot');

const badges = document.createElement('style');
badges.textContent = CATEGORY_BADGE_CSS;
document.head.append(badges);

// index.html holds the loading state's brand and skeleton (a unit test keeps them the same as
// PopupView's), so the panel is never blank while the code loads; they go as the app takes
// their place, in the same frame.
const root = document.getElementById('app')!;
root.replaceChildren();
render(<App search={location.search} />, root);
