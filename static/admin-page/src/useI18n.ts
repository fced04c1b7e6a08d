import { createContext, useContext } from 'react';
import { translator, type Locale, type Translate } from './i18n';

export const I18nContext = createContext<{ locale: Locale; t: Translate }>({
  locale: 'en-US',
  t: translator('en-US'),
});

export const useI18n = () => useContext(I18nContext);
