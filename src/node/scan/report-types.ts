/**
 * The shape of `report.json` written by `keks scan`. `schemas/scan-report.schema.json` describes the same
 * shape for other tools; a unit test keeps the two in step.
 */
import type { KeksConfig } from '../../config.js';

/** The three visits made to each page: no decision, after "Reject all", after "Accept all". */
export type Phase = 'before' | 'reject' | 'accept';

/** First party: same registrable domain as the page (`shop.example` for `www.shop.example`). */
export type Party = 'first' | 'third';

export interface RequestRecord {
  phase: Phase;
  /** The page being scanned (its URL as queued). */
  page: string;
  url: string;
  host: string;
  party: Party;
  method: string;
  /** Chromium's resource type: document, script, image, xhr, fetch, ping, … */
  resourceType: string;
  /** What caused it, where Chromium says: a script URL, `parser <document URL>`, or the frame's URL. */
  initiator?: string;
}

export interface CookieRecord {
  phase: Phase;
  page: string;
  name: string;
  domain: string;
  path: string;
  /** Expiry in seconds since the epoch; null for a session cookie. */
  expires: number | null;
  httpOnly: boolean;
  secure: boolean;
  sameSite: 'Strict' | 'Lax' | 'None';
  party: Party;
}

export interface StorageRecord {
  phase: Phase;
  page: string;
  area: 'localStorage' | 'sessionStorage';
  /** The origin whose storage holds it (the page or one of its frames). */
  origin: string;
  key: string;
  party: Party;
}

export interface FrameRecord {
  phase: Phase;
  page: string;
  url: string;
  host: string;
  party: Party;
}

/** Everything recorded in one phase, over every page. */
export interface PhaseRecords {
  requests: RequestRecord[];
  cookies: CookieRecord[];
  storage: StorageRecord[];
  frames: FrameRecord[];
}

export interface PageReport {
  url: string;
  /** Where the first visit ended after redirects; absent when it never loaded. */
  finalUrl?: string;
  /**
   * `ok`; `incomplete` when it loaded but a phase failed or it never settled (what was seen is recorded);
   * `error` when it could not be loaded at all. `messages` says why.
   */
  status: 'ok' | 'incomplete' | 'error';
  /** True when `window.Keks` was initialised on the page. */
  keks: boolean;
  /** Phases that ran; without Keks only `before` and `accept` (accept as is: nothing to click). */
  phases: Phase[];
  /** Problems met on this page (never settled, popup, download, redirect loop, …). */
  messages: string[];
}

/** Something non-essential requested, set or stored before a decision or after a refusal. */
export interface Leak {
  phase: 'before' | 'reject';
  page: string;
  /** The request URL, or the page URL for a cookie or storage key. */
  url: string;
  host?: string;
  kind: 'request' | 'cookie' | 'storage';
  /** Service id it belongs to, when known. */
  service?: string;
  /** Cookie name or storage key. */
  name?: string;
  /** Category it belongs to, when known. */
  category?: string;
  /** Why it counts as a leak. */
  reason: string;
}

/** Where a service's identification came from. */
export type MatchSource = 'site-config' | 'catalogue' | 'open-cookie-database' | 'unknown';

/** A third party (or first-party tracker) found, with the evidence that identified it. */
export interface ServiceFinding {
  id: string;
  name: string;
  provider: string;
  category: string;
  /** ISO 3166-1 alpha-2 codes of the countries that receive the data; empty when unknown. */
  countries: string[];
  source: MatchSource;
  /** Catalogue id, when it came from (or is also in) the catalogue. */
  catalogueId?: string;
  privacyPolicy?: string;
  evidence: {
    hosts: string[];
    /** A few request URLs (at most five). */
    requests: string[];
    cookies: { name: string; domain: string; party: Party; expires: number | null; fact?: string }[];
    storage: string[];
    pages: string[];
    phases: Phase[];
  };
}

/** A host, cookie or storage key nothing could identify: listed for a person to review. */
export interface UnknownItem {
  kind: 'host' | 'cookie' | 'storage';
  name: string;
  party: Party;
  pages: string[];
  phases: Phase[];
  /** An example request URL (hosts only). */
  example?: string;
  /** The cookie's domain (cookies only). */
  domain?: string;
}

export interface ScanReport {
  /** The schema this report follows. */
  $schema?: string;
  tool: { name: 'keks scan'; version: string };
  url: string;
  startedAt: string;
  finishedAt: string;
  options: { maxPages: number; concurrency: number; pageTimeoutMs: number };
  /** True when Keks was found on at least one page. */
  keks: boolean;
  pages: PageReport[];
  phases: Record<Phase, PhaseRecords>;
  leaks: Leak[];
  services: ServiceFinding[];
  unknown: UnknownItem[];
  /** Notes a reader needs (no Keks found, pages that failed, limits of the scan). */
  notes: string[];
  /** A complete Keks config for everything found: review it, then use it. */
  draft: KeksConfig;
  /** 0: nothing leaked; 1: a leak; 2: the scan failed (or some pages could not be scanned). */
  exitCode: 0 | 1 | 2;
}
