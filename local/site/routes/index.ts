import type { Route } from '../http';
import { commentRoutes } from './comments';
import { issueRoutes } from './issues';
import { jsmRoutes } from './jsm';
import { jsmRequestRoutes } from './jsm-requests';
import { linkRoutes } from './links';
import { metaRoutes } from './meta';
import { permissionRoutes } from './permissions';
import { propertyRoutes } from './properties';
import { searchRoutes } from './search';
import { userRoutes } from './users';
import { watcherRoutes } from './watchers';

export const allRoutes: Route[] = [
  ...issueRoutes,
  ...commentRoutes,
  ...linkRoutes,
  ...watcherRoutes,
  ...propertyRoutes,
  ...userRoutes,
  ...permissionRoutes,
  ...metaRoutes,
  ...searchRoutes,
  ...jsmRoutes,
  ...jsmRequestRoutes,
];
