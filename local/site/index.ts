// The local Jira site: createJiraSite() gives the REST handler, the events and the control operations.
import type { Clock, JiraHandler, SiteEventListener } from '../contracts';
import { FaultInjector, type Faults, type FaultsInput } from './faults';
import { handleRest } from './handler';
import type { SiteServices } from './http';
import type { OutboxMessage } from './model';
import { Router } from './router';
import { allRoutes } from './routes';
import { Store, type LogEntry } from './store';
import { receiveEmail, type InboundEmail } from './email';
import { AutomationRule } from './automation';
import { loadSpecs } from './spec';
import { DEMO_STEPS, seedDemoTickets } from './demo';

export interface JiraSiteOptions {
  clock: Clock;
  /** The S1 automation rule ("Needs Configuration?" = Integrated Finance -> CS ticket, linked). Default on. */
  automationRule?: boolean;
  faults?: FaultsInput;
  /** Load the state from this file when it exists, and save every change to it. */
  stateFile?: string;
  /** Base of `self` links. Default http://localhost:8080. */
  baseUrl?: string;
  /** 'throw' turns a response that breaks the spec into a 500 (tests use it). Default 'log'. */
  responseCheck?: 'throw' | 'log';
  /** Told of every response that breaks the spec (npm start prints them). */
  onSpecViolation?: (note: string) => void;
  /** How injected latency waits. Default: a real timer. */
  sleep?: (ms: number) => Promise<void>;
}

export interface JiraSite {
  handle: JiraHandler;
  onEvent(listener: SiteEventListener): () => void;
  reset(options?: { demo?: boolean }): void;
  /** The example tickets of `reset({ demo: true })`, on the current site. */
  seedDemo(): void;
  /** Step `step` (from 0) of what people do in the demo once the app handled the step before; false: no more. */
  advanceDemo(step?: number): boolean;
  sendEmail(email: InboundEmail): { key: string; created: boolean };
  outbox(): OutboxMessage[];
  log(since?: number): LogEntry[];
  setFaults(faults: FaultsInput): Faults;
  setAutomationRule(on: boolean): void;
  /** Responses that broke Atlassian's spec so far (empty on a healthy site). */
  specViolations(): string[];
  /** Resolves once the specs are loaded (the first REST call waits for it anyway). */
  ready(): Promise<void>;
  store: Store;
}

export function createJiraSite(options: JiraSiteOptions): JiraSite {
  const store = new Store(options.clock, options.stateFile);
  const faults = new FaultInjector();
  if (options.faults) faults.set(options.faults);
  const services: SiteServices = { automationRule: options.automationRule ?? true };
  const automation = new AutomationRule(store, () => services.automationRule);
  store.onEvent((e) => automation.observe(e));
  const violations: string[] = [];
  const deps = {
    store,
    router: new Router(allRoutes),
    faults,
    services,
    baseUrl: options.baseUrl ?? 'http://localhost:8080',
    responseCheck: options.responseCheck ?? 'log',
    specViolations: violations,
    onSpecViolation: options.onSpecViolation,
    afterRequest: () => automation.run(),
    sleep: options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms))),
  };
  return {
    handle: (request, principal) => handleRest(deps, request, principal),
    onEvent: (listener) => store.onEvent(listener),
    reset: (o) => {
      // A fresh site: no faults, the automation rule on, the seed data and nothing else.
      faults.set({});
      services.automationRule = options.automationRule ?? true;
      store.reset();
      if (o?.demo) seedDemoTickets(store);
      store.save();
    },
    advanceDemo: (step = 0) => {
      const act = DEMO_STEPS[step];
      if (!act) return false;
      act(store);
      automation.run();
      store.save();
      return true;
    },
    seedDemo: () => {
      seedDemoTickets(store);
      automation.run();
      store.save();
    },
    sendEmail: (email) => {
      const result = receiveEmail(store, email);
      automation.run();
      store.save();
      return result;
    },
    outbox: () => store.data.outbox,
    log: (since = 0) => store.logSince(since),
    setFaults: (f) => faults.set(f),
    setAutomationRule: (on) => (services.automationRule = on),
    specViolations: () => [...violations],
    ready: () => {
      loadSpecs();
      return Promise.resolve();
    },
    store,
  };
}

export type { InboundEmail } from './email';
export type { LogEntry } from './store';
export type { Faults, FaultsInput } from './faults';
