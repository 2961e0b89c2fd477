// The benchmark's gated "analytics" script: marks when it starts, so the run can compare widgets.
performance.mark('tracker-start');
