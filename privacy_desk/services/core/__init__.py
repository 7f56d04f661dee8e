"""What every feature's services share: the unit of work of a write (its write lock, the office settings
read once, the audit entries), the refusal of stale saves, counters and shared row writes."""
