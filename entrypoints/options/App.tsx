import { createElement, type ComponentChildren } from 'preact';
import { useCallback, useEffect, useId, useRef, useState } from 'preact/hooks';
import { LensMark } from '../../components/Icons';
import { useTheme } from '../../components/useTheme';
import { MARK_TAG } from '../content/exclusions';
import { highlightCss } from '../content/styles';
import {
  DEFAULT_PREFS,
  getPrefs,
  getSites,
  setPrefs,
  watchSettings,
  type HighlightStyle,
  type Prefs,
  type Site,
} from '../../utils/settings';
import { applyImport } from './apply-import';
import { exportFileName, parseSettingsFile, serialiseSettings } from './settings-file';
import { SitesList } from './SitesList';

interface Choice<T extends string> {
  value: T;
  label: string;
  hint?: string;
}

function Radios<T extends string>({
  legend,
  name,
  value,
  choices,
  onChange,
  children,
}: {
  legend: string;
  name: string;
  value: T;
  choices: Choice<T>[];
  onChange: (v: T) => void;
  children?: ComponentChildren;
}) {
  return (
    <fieldset class="field">
      <legend>{legend}</legend>
      <div class="radios">
        {choices.map((c) => (
          <label key={c.value} class={c.value === value ? 'radio checked' : 'radio'}>
            <input
              type="radio"
              name={name}
              value={c.value}
              checked={c.value === value}
              onChange={() => onChange(c.value)}
            />
            <span class="radio-text">
              <span class="radio-label">{c.label}</span>
              {c.hint && <span class="radio-hint">{c.hint}</span>}
            </span>
          </label>
        ))}
      </div>
      {children}
    </fieldset>
  );
}

function Card({ title, description, children }: { title: string; description?: string; children: ComponentChildren }) {
  const id = useId();
  return (
    <section class="panel" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {description && <p class="panel-desc">{description}</p>}
      {children}
    </section>
  );
}

/** The highlighter's own element and stylesheet, so the preview is exactly what pages get. */
function Mark({ id, children }: { id: string; children: string }) {
  return createElement(MARK_TAG, { 'data-elens-term': id }, children);
}

function StylePreview({ style }: { style: HighlightStyle }) {
  return (
    <div class="preview" aria-label="Preview of the highlight style" role="group">
      <style>{highlightCss(style)}</style>
      <p class="preview-text">
        Ministers want messaging apps to build a <Mark id="backdoor">backdoor</Mark> into their{' '}
        <Mark id="end-to-end-encryption">end-to-end encryption</Mark>, while researchers warn it would
        weaken security for everyone.
      </p>
    </div>
  );
}

const DELAY_MIN = 0;
const DELAY_MAX = 1500;

export function App() {
  const [sites, setSitesState] = useState<Site[]>([]);
  const [prefs, setPrefsState] = useState<Prefs>(DEFAULT_PREFS);
  const [loaded, setLoaded] = useState(false);
  const [status, setStatus] = useState<{ text: string; tone: 'info' | 'warn'; n: number } | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  useTheme(prefs.theme);

  useEffect(() => {
    const load = () =>
      void Promise.all([getSites(), getPrefs()]).then(([s, p]) => {
        setSitesState(s);
        setPrefsState(p);
        setLoaded(true);
      });
    load();
    return watchSettings(load);
  }, []);

  // `n` re-keys the message, so saying the same thing twice is announced twice.
  const say = useCallback(
    (text: string, tone: 'info' | 'warn' = 'info') => setStatus((s) => ({ text, tone, n: (s?.n ?? 0) + 1 })),
    [],
  );

  useEffect(() => {
    if (status?.tone !== 'info') return;
    // Confirmations fade; a refusal stays until something else happens.
    const t = setTimeout(() => setStatus((s) => (s?.n === status.n ? null : s)), 5000);
    return () => clearTimeout(t);
  }, [status]);

  const update = useCallback(
    (patch: Partial<Prefs>) => {
      setPrefsState((p) => ({ ...p, ...patch }));
      setPrefs(patch)
        .then(() => say('Saved.'))
        .catch(() => say('Could not save the setting. Try again.', 'warn'));
    },
    [say],
  );

  function exportSettings() {
    const blob = new Blob([serialiseSettings(sites, prefs)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = exportFileName();
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    say('Settings exported.');
  }

  async function importFile(file: File) {
    let text: string;
    try {
      text = await file.text();
    } catch {
      say('The file could not be read.', 'warn');
      return;
    }
    const result = parseSettingsFile(text);
    if (!result.ok) {
      say(`Import refused: ${result.error} Your settings were not changed.`, 'warn');
      return;
    }
    try {
      await applyImport(result.sites, result.prefs);
    } catch {
      say('Import failed while saving; your previous settings were kept.', 'warn');
      return;
    }
    const n = result.sites.length;
    say(`Settings imported: ${n} ${n === 1 ? 'site' : 'sites'}. Sites that need your permission are marked below.`);
  }

  return (
    <div class="options" data-loaded={loaded ? 'true' : 'false'}>
      <header class="page-head">
        <LensMark size={30} />
        <div>
          <h1>Encryption Lens</h1>
          <p class="muted">Settings</p>
        </div>
      </header>

      <main>
        <Card
          title="Sites"
          description="Terms are highlighted only on the sites you turn on. Turn a site on from the Encryption Lens button while you read it."
        >
          <SitesList sites={sites} onStatus={say} />
        </Card>

        <Card title="Highlighting">
          <Radios<Prefs['occurrences']>
            legend="Which occurrences"
            name="occurrences"
            value={prefs.occurrences}
            onChange={(occurrences) => update({ occurrences })}
            choices={[
              { value: 'first', label: 'First occurrence of each term', hint: 'Calmer pages; the usual choice.' },
              { value: 'all', label: 'Every occurrence' },
            ]}
          />
          <Radios<HighlightStyle>
            legend="Style"
            name="highlightStyle"
            value={prefs.highlightStyle}
            onChange={(highlightStyle) => update({ highlightStyle })}
            choices={[
              { value: 'underline', label: 'Underline' },
              { value: 'background', label: 'Background' },
              { value: 'subtle', label: 'Subtle', hint: 'A faint dotted line.' },
            ]}
          >
            <StylePreview style={prefs.highlightStyle} />
          </Radios>
        </Card>

        <Card title="Definitions">
          <Radios<Prefs['tooltipTrigger']>
            legend="Show a definition"
            name="tooltipTrigger"
            value={prefs.tooltipTrigger}
            onChange={(tooltipTrigger) => update({ tooltipTrigger })}
            choices={[
              { value: 'hover', label: 'On hover, focus or tap' },
              { value: 'focus-click', label: 'Only on focus or click', hint: 'Nothing opens while the pointer passes by.' },
            ]}
          />
          <div class="field">
            <label class="range-label" for="tooltip-delay">
              Hover delay
              <output for="tooltip-delay" class="range-value">
                {prefs.tooltipDelay} ms
              </output>
            </label>
            <input
              id="tooltip-delay"
              type="range"
              min={DELAY_MIN}
              max={DELAY_MAX}
              step={50}
              value={Math.min(prefs.tooltipDelay, DELAY_MAX)}
              disabled={prefs.tooltipTrigger !== 'hover'}
              aria-describedby="tooltip-delay-hint"
              onInput={(e) => setPrefsState((p) => ({ ...p, tooltipDelay: Number(e.currentTarget.value) }))}
              onChange={(e) => update({ tooltipDelay: Number(e.currentTarget.value) })}
            />
            <p class="hint" id="tooltip-delay-hint">
              {prefs.tooltipTrigger === 'hover'
                ? 'How long the pointer rests on a term before its definition opens.'
                : 'Applies to hover only, which is off.'}
            </p>
          </div>
        </Card>

        <Card title="Appearance">
          <Radios<Prefs['theme']>
            legend="Theme"
            name="theme"
            value={prefs.theme}
            onChange={(theme) => update({ theme })}
            choices={[
              { value: 'auto', label: 'Match the system' },
              { value: 'light', label: 'Light' },
              { value: 'dark', label: 'Dark' },
            ]}
          />
        </Card>

        <Card
          title="Back up and restore"
          description="Your settings stay in this browser. Export them as a file to keep a copy or move them to another browser."
        >
          <div class="actions">
            <button type="button" class="button" onClick={exportSettings}>
              Export settings
            </button>
            <button type="button" class="button" onClick={() => fileRef.current?.click()}>
              Import settings…
            </button>
            <input
              ref={fileRef}
              id="import-file"
              class="sr-only"
              type="file"
              accept="application/json,.json"
              aria-label="Import settings from a file"
              tabIndex={-1}
              onChange={(e) => {
                const input = e.currentTarget;
                const file = input.files?.[0];
                input.value = '';
                if (file) void importFile(file);
              }}
            />
          </div>
          <p class="hint">Importing replaces your sites and preferences. A damaged file is refused and changes nothing.</p>
        </Card>
      </main>

      {/* Two regions: a role change on one element is not reliably announced. */}
      <div class="status-regions">
        <div role="status">{status?.tone === 'info' && <p key={status.n} class="status" data-n={status.n}>{status.text}</p>}</div>
        <div role="alert">{status?.tone === 'warn' && <p key={status.n} class="status warn" data-n={status.n}>{status.text}</p>}</div>
      </div>
    </div>
  );
}
