"""Sending mail: composing a reply (``compose``, from ``templates``), handing it to an SMTP server
(``smtp``) and keeping a copy in the mailbox's Sent folder over IMAP (``sent_folder``) — no database,
no Qt (docs/ARCHITECTURE.md, "Sending mail")."""
