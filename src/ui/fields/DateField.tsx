import { PickerField, type PickerFieldProps } from './PickerField.tsx';

/** A date picker (yyyy-mm-dd underneath, shown in the tablet's Dutch format). */
export function DateField(props: PickerFieldProps) {
  return <PickerField type="date" {...props} />;
}
