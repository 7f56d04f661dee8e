"""Privacy Desk: the personal-information inquiry desk's case and deadline tracker."""

__version__ = "0.1.0"
