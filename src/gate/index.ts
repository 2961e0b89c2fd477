/**
 * The gate: holds trackers back until their category or service is granted,
 * releases each exactly once, and cleans up on withdrawal (REQUIREMENTS A, E).
 * The loader calls `startGate` once from `init`, synchronously, in `<head>`.
 *
 * Contract (owned by the gating work; the store only calls these):
 */
import type { ResolvedConfig } from '../config.js';

/** What the gate needs from the store. */
export interface GateHost {
  config: ResolvedConfig;
  /** Whether a category or service id is granted now. */
  accepted(categoryOrService: string): boolean;
  /** CSP nonce to copy onto released scripts. */
  nonce?: string;
  /** Load the UI chunk (idempotent), e.g. so `<keks-placeholder>` elements the gate inserted get defined. */
  loadUi(): void;
}

export interface Gate {
  /** Release whatever the current consent now allows. Called after every consent update. */
  apply(): void;
  /**
   * Consent was withdrawn for these categories and services: refuse them from now on
   * and delete their declared cookies and storage keys. Also called on a first reject.
   */
  revoke(categories: readonly string[], services: readonly string[]): void;
}

/** Start gating. Placeholder until the gating issue lands: releases nothing, holds nothing. */
export function startGate(host: GateHost): Gate {
  void host;
  return { apply() {}, revoke() {} };
}
