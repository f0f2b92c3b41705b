/** Small form controls that keep what the user is typing across re-renders. */
import { h } from 'preact';
import { useState } from 'preact/hooks';

export interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  /** Called on change (blur or Enter); returns an error sentence, or null when taken. */
  commit: (text: string) => string | null;
  type?: 'text' | 'number';
  inputMode?: string;
  placeholder?: string;
  hint?: string;
}

/** A labelled text box: the draft stays while typing; the committed value shows otherwise. */
export function TextField(props: TextFieldProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const described = [props.hint ? `${props.id}-hint` : '', error ? `${props.id}-error` : ''].filter(Boolean).join(' ');
  const onChange = (e: Event) => {
    const text = (e.currentTarget as HTMLInputElement).value;
    const problem = props.commit(text);
    setError(problem);
    if (problem === null) setDraft(null);
  };
  return h(
    'div',
    { class: error ? 'field text invalid' : 'field text' },
    h('label', { for: props.id }, props.label),
    h('input', {
      id: props.id,
      type: props.type || 'text',
      inputMode: props.inputMode,
      placeholder: props.placeholder,
      value: draft === null ? props.value : draft,
      'aria-describedby': described || undefined,
      'aria-invalid': error ? 'true' : undefined,
      onInput: (e: Event) => setDraft((e.currentTarget as HTMLInputElement).value),
      onChange,
    }),
    props.hint ? h('p', { id: `${props.id}-hint`, class: 'hint' }, props.hint) : null,
    error ? h('p', { id: `${props.id}-error`, class: 'field-error' }, error) : null,
  );
}
