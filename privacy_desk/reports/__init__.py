"""Printable documents (reportlab): case reports; later incident reports, disposal certificates and
statistics. Each report takes plain data and its language explicitly, and imports no Qt GUI, database or
service code. Import the report module you need (`privacy_desk.reports.case_report`); this package
imports nothing, so loading the data classes stays cheap."""
