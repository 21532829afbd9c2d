import { useId } from 'preact/hooks';
import type { ThemeRef } from '../../domain/form/themeFields.ts';

interface ThemeSelectProps {
  label: string;
  options: readonly ThemeRef[];
  value: string | undefined;
  onChange(themeId: string | undefined): void;
  disabled?: boolean;
  /** Why a theme cannot be picked here (e.g. "al prioriteit 1"); such options are disabled. */
  unavailable?: (themeId: string) => string | undefined;
  /** A problem with the current value, said under the field. */
  warning?: string | undefined;
}

/** Picks one theme for a priority slot; a stale choice stays visible until changed. */
export function ThemeSelect({ label, options, value, onChange, disabled, unavailable, warning }: ThemeSelectProps) {
  const id = useId();
  const known = value === undefined || options.some((o) => o.id === value);
  return (
    <div class="utrecht-form-field utrecht-form-field--text app-field">
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for={id}>{label}</label>
      </div>
      <div class="utrecht-form-field__input app-select">
        <select
          id={id}
          class="utrecht-select utrecht-select--html-select"
          value={value ?? ''}
          disabled={disabled}
          aria-describedby={warning ? `${id}-warning` : undefined}
          onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value || undefined)}
        >
          <option value="">Kies een thema</option>
          {!known && <option value={value}>(niet meer gekozen thema)</option>}
          {options.map((theme) => {
            const reason = theme.id === value ? undefined : unavailable?.(theme.id);
            return (
              <option key={theme.id} value={theme.id} disabled={reason !== undefined}>
                {reason ? `${theme.name} (${reason})` : theme.name}
              </option>
            );
          })}
        </select>
      </div>
      {warning && <p id={`${id}-warning`} class="app-hint">{warning}</p>}
    </div>
  );
}
