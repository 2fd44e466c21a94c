import { CATEGORY_BADGE_CSS } from '../../../components/category-labels';

/**
 * Stylesheet of the tooltip's shadow root.
 *
 * `:host` first undoes everything the page may have put on <elens-tooltip>: `all: initial`
 * stops inherited fonts and colours, and because important declarations from a shadow tree win
 * over the page's important ones for the host, `* { all: unset !important }` or
 * `elens-tooltip { display: none !important }` cannot hide or restyle it. The host itself is a
 * 0×0 fixed box; the card inside is positioned on its own (page CSS cannot reach it).
 * All sizes are px: rem would follow the page's root font size.
 */
export const TOOLTIP_CSS = `
:host{all:initial!important;display:block!important;position:fixed!important;
top:0!important;left:0!important;right:auto!important;bottom:auto!important;
width:0!important;height:0!important;min-width:0!important;min-height:0!important;
margin:0!important;padding:0!important;border:0!important;overflow:visible!important;
background:transparent!important;visibility:visible!important;opacity:1!important;
transform:none!important;filter:none!important;clip-path:none!important;
z-index:2147483647!important;pointer-events:none!important;contain:none!important}
:host::backdrop{display:none!important}
.card{--bg:#ffffff;--fg:#1b1f24;--muted:#474f5c;--line:#d3d9e1;--accent:#1d4ed8;
--accent-fg:#ffffff;--accent-hover:#1a43b8;--quiet-hover:#eef1f5;
--shadow:0 10px 28px rgba(15,23,42,.18),0 2px 6px rgba(15,23,42,.12);
box-sizing:border-box;position:fixed;top:0;left:0;display:block;visibility:hidden;
pointer-events:auto;width:max-content;min-width:240px;max-width:min(360px,calc(100vw - 16px));
margin:0;padding:12px 14px;border:1px solid var(--line);border-radius:10px;
background:var(--bg);color:var(--fg);box-shadow:var(--shadow);
font:400 14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;
text-align:left;direction:ltr;letter-spacing:normal;word-spacing:normal;white-space:normal;
overflow-wrap:break-word;-webkit-font-smoothing:antialiased;cursor:auto}
.card.elens-dark{--bg:#1f242c;--fg:#eef1f5;--muted:#c3cad4;--line:#3b4451;--accent:#93b4ff;
--accent-fg:#0c1526;--accent-hover:#b1c9ff;--quiet-hover:#2b323c;
--shadow:0 10px 28px rgba(0,0,0,.5),0 2px 6px rgba(0,0,0,.4)}
.card[data-placed]{visibility:visible}
.card[data-hidden]{visibility:hidden}
@media (prefers-reduced-motion:no-preference){
.card[data-placed]{animation:elens-in 120ms ease-out}
@keyframes elens-in{from{opacity:0;transform:translateY(2px)}to{opacity:1;transform:none}}}
.head{display:flex;align-items:center;flex-wrap:wrap;gap:6px 10px;margin:0 0 6px}
.term{font-size:15px;font-weight:700;line-height:1.3;color:var(--fg)}
.definition{margin:0;font-size:14px;line-height:1.5;color:var(--fg)}
.actions{display:flex;flex-wrap:wrap;gap:8px;margin:12px 0 0}
button{box-sizing:border-box;margin:0;font:inherit;font-size:13px;font-weight:600;
line-height:18px;padding:6px 12px;border-radius:6px;border:1px solid transparent;
cursor:pointer;text-transform:none;letter-spacing:normal}
.more{background:var(--accent);color:var(--accent-fg)}
.more:hover{background:var(--accent-hover)}
.off{background:transparent;color:var(--muted);border-color:var(--line)}
.off:hover{background:var(--quiet-hover);color:var(--fg)}
button:focus{outline:none}
button:focus-visible{outline:2px solid var(--accent);outline-offset:2px}
${CATEGORY_BADGE_CSS}`;
