import type { Route } from '../http';
import { commentRoutes } from './comments';
import { issueRoutes } from './issues';

export const allRoutes: Route[] = [...issueRoutes, ...commentRoutes];
