// The two workflows of the local site (docs/LOCAL_SITE.md draws them).
import type { Workflow } from './model';

/** JSM's default service request workflow: resolving asks for a resolution, reopening clears it. */
export const JSM_WORKFLOW: Workflow = {
  id: 'jsm-default',
  name: 'Service Management default workflow',
  initialStatus: '1',
  statuses: [
    { id: '1', name: 'Open', category: 'new' },
    { id: '3', name: 'In Progress', category: 'indeterminate' },
    { id: '10001', name: 'Waiting for support', category: 'indeterminate' },
    { id: '10002', name: 'Waiting for customer', category: 'indeterminate' },
    { id: '5', name: 'Resolved', category: 'done' },
    { id: '6', name: 'Closed', category: 'done' },
  ],
  transitions: [
    { id: '11', name: 'Start progress', to: '3', from: ['1', '10001', '10002'] },
    { id: '21', name: 'Respond to support', to: '10001', from: ['1', '3', '10002'] },
    { id: '31', name: 'Respond to customer', to: '10002', from: ['1', '3', '10001'] },
    {
      id: '41',
      name: 'Resolve this issue',
      to: '5',
      from: ['1', '3', '10001', '10002'],
      resolution: { required: true },
    },
    { id: '51', name: 'Close', to: '6', from: ['1', '3', '10001', '10002', '5'], resolution: { required: true } },
    { id: '61', name: 'Reopen', to: '1', from: ['5', '6'], clearsResolution: true },
  ],
};

/** The config team's simplified workflow: any status to any other; Done sets resolution "Done". */
export const CS_WORKFLOW: Workflow = {
  id: 'cs-simple',
  name: 'Config team workflow',
  initialStatus: '10010',
  statuses: [
    { id: '10010', name: 'To Do', category: 'new' },
    { id: '3', name: 'In Progress', category: 'indeterminate' },
    { id: '10011', name: 'On Hold', category: 'indeterminate' },
    { id: '10012', name: 'Done', category: 'done' },
  ],
  transitions: [
    { id: '11', name: 'To Do', to: '10010', from: 'any', clearsResolution: true },
    { id: '21', name: 'In Progress', to: '3', from: 'any', clearsResolution: true },
    { id: '31', name: 'On Hold', to: '10011', from: 'any', clearsResolution: true },
    { id: '41', name: 'Done', to: '10012', from: 'any', resolution: { set: '10000' } },
  ],
};

export const WORKFLOWS: Workflow[] = [JSM_WORKFLOW, CS_WORKFLOW];
