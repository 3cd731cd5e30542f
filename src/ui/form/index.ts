/**
 * The form kit: every form that writes a record is built from these (how: README.md here).
 * `createForm` holds the values, checks them with the mutator's own schema, writes, and
 * puts each error next to its field; the fields below are bound to it by name.
 */
export { createForm, type FieldName, type FormOptions, type FormState, type Saved } from './createForm';
export { Field } from './Field';
export {
  ChoiceChips,
  DateField,
  Form,
  NumberField,
  type Option,
  SelectField,
  SubmitRow,
  TextField,
  TimeField,
  ToggleField,
} from './fields';
export { RegionField } from './RegionField';
export { asNumber, asOptionalNumber, asOptionalText, toggled } from './values';
