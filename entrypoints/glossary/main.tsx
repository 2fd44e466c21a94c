import { render } from 'preact';
import { TERMS } from '../../glossary/terms';
import { DETAILS } from '../../glossary/details';
import { CATEGORY_BADGE_CSS } from '../../components/CategoryBadge';
import { applyPageTheme } from '../../components/page-theme';
import { getPrefs, watchSettings } from '../../utils/settings';
import { App } from './App';
import { joinEntries } from './entries';
import './style.css';

const badgeStyle = document.createElement('style');
badgeStyle.textContent = CATEGORY_BADGE_CSS;
document.head.append(badgeStyle);

let stopTheme = applyPageTheme('auto');
async function followPrefs(): Promise<void> {
  const { theme } = await getPrefs();
  stopTheme();
  stopTheme = applyPageTheme(theme);
}
void followPrefs();
watchSettings(() => void followPrefs());

render(<App entries={joinEntries(TERMS, DETAILS)} />, document.getElementById('app')!);
