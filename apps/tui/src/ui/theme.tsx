import { Text } from "ink";
import { createContext, type ReactNode, useContext } from "react";
import type { Line, SegmentStyle } from "./layout/wrap.js";

/** Whether colors may be used; NO_COLOR and non-TTY output turn them off, never bold or inverse. */
export interface Theme {
  color: boolean;
}

const ThemeContext = createContext<Theme>({ color: true });

export function ThemeProvider({ theme, children }: { theme: Theme; children?: ReactNode }) {
  return <ThemeContext.Provider value={theme}>{children}</ThemeContext.Provider>;
}

export function useTheme(): Theme {
  return useContext(ThemeContext);
}

/** The accent color as Text props, or none when colors are off (or `when` is false). */
export function accent(theme: Theme, when = true): { color?: string } {
  return theme.color && when ? { color: "cyan" } : {};
}

interface StyleProps {
  bold?: boolean;
  dimColor?: boolean;
  inverse?: boolean;
  underline?: boolean;
  color?: string;
}

function styleProps(style: SegmentStyle, theme: Theme): StyleProps {
  switch (style) {
    case "emphasis":
      return { bold: true };
    case "meta":
    case "axis":
      return { dimColor: true };
    case "heading":
      return theme.color ? { bold: true, color: "cyan" } : { bold: true };
    case "marker":
      return theme.color ? { color: "cyan" } : {};
    case "match":
      return theme.color ? { color: "yellow", bold: true } : { underline: true, bold: true };
    case "span":
      return { inverse: true, underline: true };
    default:
      return {};
  }
}

/** Draws one laid-out line, each segment in its style. */
export function StyledLine({ line, bold = false }: { line: Line; bold?: boolean }) {
  const theme = useTheme();
  if (line.length === 0) return <Text> </Text>;
  return (
    <Text wrap="truncate-end">
      {line.map((segment, i) => {
        const props = styleProps(segment.style, theme);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional and never reordered
          <Text key={i} {...props} bold={props.bold || bold}>
            {segment.text}
          </Text>
        );
      })}
    </Text>
  );
}
