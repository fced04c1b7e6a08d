/**
 * Installed or upgraded: the built-in playbooks appear on the admin page as templates already saved, disabled, so no
 * ticket starts a run before an admin enables one; an upgrade adds built-ins shipped since and leaves saved ones alone.
 */
import { seedBuiltinPlaybooks } from '../storage';
import { lifecycleEventSchema } from '../shared/forge-payloads';

export async function handleLifecycle(event: unknown): Promise<{ seeded: string[] }> {
  lifecycleEventSchema.parse(event);
  return { seeded: await seedBuiltinPlaybooks({ enable: false }) };
}
