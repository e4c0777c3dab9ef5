import { Text, useInput } from "ink";
import { accent, useTheme } from "../theme.js";

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  onSubmit: (value: string) => void;
  onCancel: () => void;
  active?: boolean;
}

/** A one-line text field: typing edits, Backspace deletes, Enter submits, Esc cancels. */
export function QueryInput({ label, value, onChange, onSubmit, onCancel, active = true }: Props) {
  const theme = useTheme();
  useInput(
    (input, key) => {
      if (key.escape) onCancel();
      else if (key.return) onSubmit(value);
      else if (key.backspace || key.delete) onChange(value.slice(0, -1));
      else if (key.ctrl && input === "u") onChange("");
      else if (input && !key.ctrl && !key.meta && !key.tab && !key.upArrow && !key.downArrow)
        onChange(value + input.replace(/[\r\n\t]/g, ""));
    },
    { isActive: active },
  );
  return (
    <Text>
      <Text {...accent(theme)} bold>
        {label}
      </Text>
      {value}
      <Text inverse> </Text>
    </Text>
  );
}
