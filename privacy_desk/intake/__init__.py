"""Getting messages in: mail parsing (.eml .msg .mbox), IMAP polling. No Qt, no database."""
