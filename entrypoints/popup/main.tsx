import { render } from 'preact';
import { CATEGORY_BADGE_CSS } from '../../components/CategoryBadge';
import '../../components/theme.css';
import './popup.css';
import { App } from './App';

// How long the browser took to get the popup's script running: part of open-to-results.
performance.mark('elens:boot');

const badges = document.createElement('style');
badges.textContent = CATEGORY_BADGE_CSS;
document.head.append(badges);

render(<App search={location.search} />, document.getElementById('app')!);
