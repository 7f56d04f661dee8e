"""Helpers the tests share (docs/ARCHITECTURE.md §6.11); import them as `helpers.<module>`.

- `language`: the `language` fixture (start in English, `language("ja")` switches the app as the
  Language menu does) and `deliver_language_change()`.
- `operations`: `ManualOperations`, an operation helper that keeps each task until the test runs it.
- `factories`: persons, tickets (from mail, as an import gets them) and cases, made through the services.
"""
