// Typed admin resolver calls: the input and answer types come from src/shared/admin-contracts.ts.
import type { z } from 'zod';
import {
  adminContracts,
  type AdminInput,
  type AdminOutput,
  type AdminResolverName,
} from '../../../src/shared/admin-contracts';
import { call, type Outcome } from './call';

export function admin<K extends AdminResolverName>(name: K, input: AdminInput<K>): Promise<Outcome<AdminOutput<K>>> {
  return call(name, input, adminContracts[name].output as unknown as z.ZodType<AdminOutput<K>>);
}
