import { useId } from 'preact/hooks';
import type { ThemeRef } from '../../domain/form/themeFields.ts';

interface ThemeSelectProps {
  label: string;
  options: readonly ThemeRef[];
  value: string | undefined;
  onChange(themeId: string | undefined): void;
  disabled?: boolean;
}

/** Picks one theme for a priority slot; a stale choice stays visible until changed. */
export function ThemeSelect({ label, options, value, onChange, disabled }: ThemeSelectProps) {
  const id = useId();
  const known = value === undefined || options.some((o) => o.id === value);
  return (
    <div class="utrecht-form-field utrecht-form-field--text app-field">
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for={id}>{label}</label>
      </div>
      <div class="utrecht-form-field__input">
        <select
          id={id}
          class="utrecht-select utrecht-select--html-select"
          value={value ?? ''}
          disabled={disabled}
          onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value || undefined)}
        >
          <option value="">Kies een thema</option>
          {!known && <option value={value}>(niet meer gekozen thema)</option>}
          {options.map((theme) => (
            <option key={theme.id} value={theme.id}>{theme.name}</option>
          ))}
        </select>
      </div>
    </div>
  );
}
