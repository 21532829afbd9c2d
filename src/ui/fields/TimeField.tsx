import { PickerField, type PickerFieldProps } from './PickerField.tsx';

/** A time picker (hh:mm underneath). */
export function TimeField(props: PickerFieldProps) {
  return <PickerField type="time" {...props} />;
}
