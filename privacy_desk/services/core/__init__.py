"""What every feature's services share: the unit of work's write lock and the refusal of stale saves."""
