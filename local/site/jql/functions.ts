// JQL functions the local site answers, evaluated once at compile time against the schema's `now`, zone and user.
import { DateTime, type DateTimeUnit } from 'luxon';
import { JqlError, invalid } from './errors';
import type { DateContext } from './dates';

export type FunctionValue =
  | { kind: 'date'; ms: number }
  | { kind: 'user'; accountId: string | null } // null: anonymous, matches nobody
  | { kind: 'linked'; key: string };

interface Call {
  name: string;
  args: string[];
  display: string;
}

const BOUNDARIES: Record<string, { unit: DateTimeUnit; end: boolean }> = {
  startofday: { unit: 'day', end: false },
  endofday: { unit: 'day', end: true },
  startofmonth: { unit: 'month', end: false },
  endofmonth: { unit: 'month', end: true },
  startofyear: { unit: 'year', end: false },
  endofyear: { unit: 'year', end: true },
};

// Jira functions this emulation knowingly does not answer (week starts depend on the user's locale; the rest on
// data the local site does not keep). Anything else unknown gets Jira's own "Unable to find JQL function".
const KNOWN_UNSUPPORTED = new Set(
  (
    'startofweek endofweek membersof opensprints closedsprints futuresprints currentlogin lastlogin issuehistory ' +
    'votedissues watchedissues updatedby projectsleadbyuser projectswhereuserhaspermission projectswhereuserhasrole ' +
    'componentsleadbyuser releasedversions latestreleasedversion unreleasedversions earliestunreleasedversion ' +
    'standardissuetypes subtaskissuetypes cascadeoption approved approver pending pendingby myapproval mypending ' +
    'breached completed elapsed everbreached paused remaining running withincalendarhours organizationmembers ' +
    'issuesWithRemoteLinksByGlobalId parentepic portfoliochildissuesof'
  )
    .toLowerCase()
    .split(' '),
);

const UNITS: Record<string, DateTimeUnit> = { y: 'year', M: 'month', w: 'week', d: 'day', h: 'hour', m: 'minute' };

export function callFunction(call: Call, ctx: DateContext & { currentUser: string | null }): FunctionValue {
  const name = call.name.toLowerCase();
  const arity = (min: number, max: number) => {
    if (call.args.length < min || call.args.length > max) {
      const expected = min === max ? `'${min}'` : `between '${min}' and '${max}'`;
      throw new JqlError([invalid.functionArgs(call.name, expected, call.args.length)]);
    }
  };
  if (name === 'now') {
    arity(0, 0);
    return { kind: 'date', ms: ctx.now.getTime() };
  }
  if (name === 'currentuser') {
    arity(0, 0);
    return { kind: 'user', accountId: ctx.currentUser };
  }
  const boundary = BOUNDARIES[name];
  if (boundary) {
    arity(0, 1);
    let dt = DateTime.fromJSDate(ctx.now, { zone: ctx.timeZone });
    dt = boundary.end ? dt.endOf(boundary.unit) : dt.startOf(boundary.unit);
    const arg = call.args[0];
    if (arg !== undefined) {
      const m = /^([-+]?)(\d+)([yMwdhm]?)$/.exec(arg.trim());
      if (!m) throw new JqlError([invalid.functionArg(call.name, arg)]);
      const unit = m[3] ? (UNITS[m[3]] ?? boundary.unit) : boundary.unit;
      const amount = Number(m[2]) * (m[1] === '-' ? -1 : 1);
      dt = dt.plus({ [unit]: amount });
    }
    return { kind: 'date', ms: dt.toMillis() };
  }
  if (name === 'linkedissues') {
    if (call.args.length === 2) throw new JqlError([invalid.unsupported(`'${call.display}' (links by type)`)]);
    arity(1, 1);
    return { kind: 'linked', key: (call.args[0] ?? '').toUpperCase() };
  }
  if (KNOWN_UNSUPPORTED.has(name)) throw new JqlError([invalid.unsupported(`the function '${call.display}'`)]);
  throw new JqlError([invalid.unknownFunction(call.display)]);
}
