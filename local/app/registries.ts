// The registries the local site's app starts with (S2): Northfield Council is an onboarded partner on our CRM with a
// shared parking-permit service (demo SEP-3 edits it), and interest lists of CMS users by kind of content.
import type { Registries } from '../../src/domain/engine/registries';

export const LOCAL_REGISTRIES: Registries = {
  partners: {
    'northfield council': {
      name: 'Northfield Council',
      onCrm: true,
      services: [{ name: 'Resident parking permits', shared: true }],
    },
  },
  interests: {
    'all services': ['sep.cms'],
    'waste and recycling': ['sep.cms', 'sep.eprs'],
  },
};
