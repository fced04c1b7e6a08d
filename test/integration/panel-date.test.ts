// S2's date step in the panel: setDate through the resolver as the page sends it. A day within the step's limit is
// kept and shown in the step's view; one more than 6 months ahead is refused with a plain reason, nothing changed.
import type { RunView } from '../../src/shared/contracts';
import { FIELDS } from '../../local/site/seed';
import { inProcessStack, type InProcess } from './stack';

const SARA = 'qm:customer:sara-northfield';
const EWAN = '712020:ewan-sep';
const STEP = 'ed-review-date';

let p: InProcess | undefined;
let key = '';
let requests = 0;
const stack = (): InProcess => {
  if (!p) throw new Error('the stack exists only inside a test');
  return p;
};

interface Answer {
  ok: boolean;
  error?: { code: string; reason?: string; message: string };
}

async function act(payload: Record<string, unknown>): Promise<Answer> {
  const call = { functionKey: 'act', payload: { issueKey: key, requestId: `d-${++requests}`, ...payload } };
  const answer = (await stack().stack.runtime.invoke('panel-resolver', {
    call,
    context: { accountId: EWAN },
  })) as Answer;
  await stack().stack.runtime.settle();
  return answer;
}

async function view(): Promise<RunView> {
  const call = { functionKey: 'getRun', payload: { issueKey: key } };
  return (
    (await stack().stack.runtime.invoke('panel-resolver', { call, context: { accountId: EWAN } })) as {
      data: RunView;
    }
  ).data;
}

// Sara asks to edit a service; Ewan answers "edit", so the review date step is waiting for a date.
beforeEach(async () => {
  p = await inProcessStack();
  const created = await p.rest('POST', '/rest/servicedeskapi/request', SARA, {
    serviceDeskId: '2',
    requestTypeId: '23',
    requestFieldValues: {
      summary: 'Edit or remove: Resident parking permits',
      description: 'Please see the fields for Resident parking permits.',
      [FIELDS.organizations]: ['3'],
      [FIELDS.serviceName]: 'Resident parking permits',
      [FIELDS.sharedService]: { value: 'No' },
    },
  });
  key = (created.body as { issueKey: string }).issueKey;
  expect((await act({ action: 'decide', stepId: 'ed-change', value: 'edit' })).ok).toBe(true);
});
afterEach(() => p?.stack.stop());

const dateStep = async () => (await view()).steps.find((s) => s.id === STEP);

test('a date within the limit is accepted: the step shows it and the ticket has it', async () => {
  expect(await dateStep()).toEqual(expect.objectContaining({ kind: 'date', status: 'active' }));
  expect((await dateStep())?.date).toBeUndefined();
  expect(await act({ action: 'setDate', stepId: STEP, value: '2026-04-15' })).toEqual(
    expect.objectContaining({ ok: true }),
  );
  expect(await dateStep()).toEqual(expect.objectContaining({ kind: 'date', date: '2026-04-15', status: 'done' }));
  const issue = await stack().rest('GET', `/rest/api/3/issue/${key}`, EWAN);
  expect((issue.body as { fields: Record<string, unknown> }).fields[FIELDS.reviewDate]).toBe('2026-04-15');
});

test('a date more than 6 months ahead is refused with a plain reason and the run is unchanged', async () => {
  const before = await view();
  const refused = await act({ action: 'setDate', stepId: STEP, value: '2026-12-01' });
  expect(refused).toEqual({
    ok: false,
    error: expect.objectContaining({ code: 'REFUSED', reason: 'date.refused' }) as unknown,
  });
  expect(refused.error?.message).toContain('more than 6 month(s) ahead');
  expect(await view()).toEqual(before);
  const issue = await stack().rest('GET', `/rest/api/3/issue/${key}`, EWAN);
  expect((issue.body as { fields: Record<string, unknown> }).fields[FIELDS.reviewDate] ?? null).toBeNull();
});
