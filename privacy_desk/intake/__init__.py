"""Getting messages in: mail parsing (.eml .msg .mbox), IMAP polling. No Qt, no database.

`parse` (parse_message, parse_msg_file), `sources` (iter_sources) and their helpers `charsets`,
`headers` and `html_text` are imported by name; nothing is imported here, so start-up stays cheap.
"""
