// Styles more than one view uses, from @atlaskit tokens (dark mode follows the theme).
import { token } from '@atlaskit/tokens';

/** A native date input drawn like Atlaskit's text fields. */
export const dateInputStyle = {
  font: token('font.body'),
  color: token('color.text'),
  backgroundColor: token('color.background.input'),
  border: `1px solid ${token('color.border.input')}`,
  borderRadius: token('radius.medium'),
  padding: token('space.050'),
} as const;
