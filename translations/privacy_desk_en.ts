<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>About</name>
    <message>
        <source>Qt {qt}, PySide6 {pyside}, Python {python}</source>
        <translation>Qt {qt}, PySide6 {pyside}, Python {python}</translation>
    </message>
    <message>
        <source>About Privacy Desk</source>
        <translation>About Privacy Desk</translation>
    </message>
    <message>
        <source>Inquiries, data-subject requests, retention and breach deadlines under the APPI.</source>
        <translation>Inquiries, data-subject requests, retention and breach deadlines under the APPI.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation>Log folder:</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Built with:</translation>
    </message>
    <message>
        <source>Free software under the MIT licence.</source>
        <translation>Free software under the MIT licence.</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>&amp;Copy Details</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add User</source>
        <translation>Add User</translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation>&amp;Login name:</translation>
    </message>
    <message>
        <source>as on the computer, e.g. tanaka</source>
        <translation>as on the computer, e.g. tanaka</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Display name:</translation>
    </message>
    <message>
        <source>e.g. 田中 さくら</source>
        <translation>e.g. 田中 さくら</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>The login name is the user's sign-in name on the computer; it cannot be changed later.</source>
        <translation>The login name is the user's sign-in name on the computer; it cannot be changed later.</translation>
    </message>
</context>
<context>
    <name>Answer</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Not yet known</source>
        <translation>Not yet known</translation>
    </message>
</context>
<context>
    <name>AppRecordKind</name>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Request cases</source>
        <translation>Request cases</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Junk tickets</source>
        <translation>Junk tickets</translation>
    </message>
</context>
<context>
    <name>BreachTrigger</name>
    <message>
        <source>Sensitive personal information</source>
        <translation>Sensitive personal information</translation>
    </message>
    <message>
        <source>Risk of financial loss</source>
        <translation>Risk of financial loss</translation>
    </message>
    <message>
        <source>Malicious act</source>
        <translation>Malicious act</translation>
    </message>
    <message>
        <source>More than 1,000 persons</source>
        <translation>More than 1,000 persons</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>Privacy Desk: inquiries, requests and deadlines.</source>
        <translation>Privacy Desk: inquiries, requests and deadlines.</translation>
    </message>
    <message>
        <source>database URL (default: a SQLite file in the user data folder)</source>
        <translation>database URL (default: a SQLite file in the user data folder)</translation>
    </message>
    <message>
        <source>make a new, empty SQLite database if the file named does not exist</source>
        <translation>make a new, empty SQLite database if the file named does not exist</translation>
    </message>
    <message>
        <source>language of messages (default: the configured one)</source>
        <translation>language of messages (default: the configured one)</translation>
    </message>
    <message>
        <source>check that every view and report works, offscreen</source>
        <translation>check that every view and report works, offscreen</translation>
    </message>
    <message>
        <source>start the GUI and quit once the window has painted</source>
        <translation>start the GUI and quit once the window has painted</translation>
    </message>
    <message>
        <source>database maintenance</source>
        <translation>database maintenance</translation>
    </message>
    <message>
        <source>migrate the database to the latest schema</source>
        <translation>migrate the database to the latest schema</translation>
    </message>
    <message>
        <source>fill the database with realistic demo data</source>
        <translation>fill the database with realistic demo data</translation>
    </message>
    <message>
        <source>compute legal and internal deadlines</source>
        <translation>compute legal and internal deadlines</translation>
    </message>
    <message>
        <source>deadlines of a data-subject request</source>
        <translation>deadlines of a data-subject request</translation>
    </message>
    <message>
        <source>request type, e.g. disclosure</source>
        <translation>request type, e.g. disclosure</translation>
    </message>
    <message>
        <source>the day the request arrived (ISO or 和暦)</source>
        <translation>the day the request arrived (ISO or 和暦)</translation>
    </message>
    <message>
        <source>the requester is an EU data subject</source>
        <translation>the requester is an EU data subject</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>print JSON</translation>
    </message>
    <message>
        <source>a whole number, 0 or more, is needed: {value}</source>
        <translation>a whole number, 0 or more, is needed: {value}</translation>
    </message>
    <message>
        <source>how many demo tickets to create (default 40)</source>
        <translation>how many demo tickets to create (default 40)</translation>
    </message>
    <message>
        <source>import .eml, .msg and .mbox files or folders as tickets</source>
        <translation>import .eml, .msg and .mbox files or folders as tickets</translation>
    </message>
    <message>
        <source>file or folder</source>
        <translation>file or folder</translation>
    </message>
    <message>
        <source>list, show and export tickets</source>
        <translation>list, show and export tickets</translation>
    </message>
    <message>
        <source>list tickets, newest first</source>
        <translation>list tickets, newest first</translation>
    </message>
    <message>
        <source>write tickets and all their messages to a CSV file (for Excel)</source>
        <translation>write tickets and all their messages to a CSV file (for Excel)</translation>
    </message>
    <message>
        <source>the CSV file to write</source>
        <translation>the CSV file to write</translation>
    </message>
    <message>
        <source>only this status (repeatable)</source>
        <translation>only this status (repeatable)</translation>
    </message>
    <message>
        <source>only this category (repeatable)</source>
        <translation>only this category (repeatable)</translation>
    </message>
    <message>
        <source>only tickets containing this text</source>
        <translation>only tickets containing this text</translation>
    </message>
    <message>
        <source>only tickets whose first response is overdue</source>
        <translation>only tickets whose first response is overdue</translation>
    </message>
    <message>
        <source>show one ticket with its messages</source>
        <translation>show one ticket with its messages</translation>
    </message>
    <message>
        <source>ticket reference, e.g. PD-2026-000123</source>
        <translation>ticket reference, e.g. PD-2026-000123</translation>
    </message>
    <message>
        <source>list data-subject request cases</source>
        <translation>list data-subject request cases</translation>
    </message>
    <message>
        <source>list request cases by due date</source>
        <translation>list request cases by due date</translation>
    </message>
    <message>
        <source>only this type (repeatable)</source>
        <translation>only this type (repeatable)</translation>
    </message>
    <message>
        <source>only open cases past their due date</source>
        <translation>only open cases past their due date</translation>
    </message>
    <message>
        <source>print a report as PDF</source>
        <translation>print a report as PDF</translation>
    </message>
    <message>
        <source>the report of one request case</source>
        <translation>the report of one request case</translation>
    </message>
    <message>
        <source>case reference, e.g. REQ-2026-0042</source>
        <translation>case reference, e.g. REQ-2026-0042</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>the PDF file to write</translation>
    </message>
    <message>
        <source>language of the report (default: the configured one)</source>
        <translation>language of the report (default: the configured one)</translation>
    </message>
    <message>
        <source>the preliminary or final report of a personal-data breach</source>
        <translation>the preliminary or final report of a personal-data breach</translation>
    </message>
    <message>
        <source>incident reference, e.g. INC-2026-0001</source>
        <translation>incident reference, e.g. INC-2026-0001</translation>
    </message>
    <message>
        <source>preliminary (速報) or final (確報) report</source>
        <translation>preliminary (速報) or final (確報) report</translation>
    </message>
    <message>
        <source>poll the configured IMAP mailbox once and print a JSON summary</source>
        <translation>poll the configured IMAP mailbox once and print a JSON summary</translation>
    </message>
    <message>
        <source>report deadlines of a personal-data breach</source>
        <translation>report deadlines of a personal-data breach</translation>
    </message>
    <message>
        <source>when the company became aware (ISO 8601 date and time)</source>
        <translation>when the company became aware (ISO 8601 date and time)</translation>
    </message>
    <message>
        <source>a malicious act (不正の目的) is involved</source>
        <translation>a malicious act (不正の目的) is involved</translation>
    </message>
    <message>
        <source>Internal due date (office policy)</source>
        <translation>Internal due date (office policy)</translation>
    </message>
    <message>
        <source>Lawsuit possible from (APPI Art. 39)</source>
        <translation>Lawsuit possible from (APPI Art. 39)</translation>
    </message>
    <message>
        <source>Fee may be charged (APPI Art. 38)</source>
        <translation>Fee may be charged (APPI Art. 38)</translation>
    </message>
    <message>
        <source>Preliminary report, target</source>
        <translation>Preliminary report, target</translation>
    </message>
    <message>
        <source>Preliminary report, due</source>
        <translation>Preliminary report, due</translation>
    </message>
    <message>
        <source>Final report, due</source>
        <translation>Final report, due</translation>
    </message>
    <message>
        <source>GDPR: supervisory authority within 72 hours</source>
        <translation>GDPR: supervisory authority within 72 hours</translation>
    </message>
    <message>
        <source>Report to the authority (Rule Art. 7)</source>
        <translation>Report to the authority (Rule Art. 7)</translation>
    </message>
    <message>
        <source>Cases of Rule Art. 7 that apply</source>
        <translation>Cases of Rule Art. 7 that apply</translation>
    </message>
    <message>
        <source>Kept until (Civil Code Art. 140, 143)</source>
        <translation>Kept until (Civil Code Art. 140, 143)</translation>
    </message>
    <message>
        <source>Deletion due from</source>
        <translation>Deletion due from</translation>
    </message>
    <message>
        <source>sensitive personal information is involved</source>
        <translation>sensitive personal information is involved</translation>
    </message>
    <message>
        <source>misuse could cause financial loss</source>
        <translation>misuse could cause financial loss</translation>
    </message>
    <message>
        <source>how many persons are affected (not given: not yet known, counted as over 1,000)</source>
        <translation>how many persons are affected (not given: not yet known, counted as over 1,000)</translation>
    </message>
    <message>
        <source>the data was strongly encrypted and the key is safe (exempts the report)</source>
        <translation>the data was strongly encrypted and the key is safe (exempts the report)</translation>
    </message>
    <message>
        <source>the end of a retention period (Civil Code Art. 140, 143)</source>
        <translation>the end of a retention period (Civil Code Art. 140, 143)</translation>
    </message>
    <message>
        <source>the retention period: 7y, 6m, 2w or 90d</source>
        <translation>the retention period: 7y, 6m, 2w or 90d</translation>
    </message>
    <message>
        <source>the trigger day, not counted (ISO or 和暦)</source>
        <translation>the trigger day, not counted (ISO or 和暦)</translation>
    </message>
    <message>
        <source>required</source>
        <translation>required</translation>
    </message>
    <message>
        <source>not required</source>
        <translation>not required</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Upgraded the database from {old} to {new}.</source>
        <translation>Upgraded the database from {old} to {new}.</translation>
    </message>
    <message>
        <source>A copy of the database before the upgrade is at {path}</source>
        <translation>A copy of the database before the upgrade is at {path}</translation>
    </message>
    <message>
        <source>The database is up to date ({revision}).</source>
        <translation>The database is up to date ({revision}).</translation>
    </message>
    <message>
        <source>Self-test passed.</source>
        <translation>Self-test passed.</translation>
    </message>
    <message>
        <source>Self-test failed.</source>
        <translation>Self-test failed.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) could not be imported; they are tried again at the next fetch.</source>
        <translation><numerusform>%n message could not be imported; they are tried again at the next fetch.</numerusform><numerusform>%n messages could not be imported; they are tried again at the next fetch.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) or file(s) could not be imported.</source>
        <translation><numerusform>%n message or file could not be imported.</numerusform><numerusform>%n messages or files could not be imported.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{reason}: %n times, the first {origin}</source>
        <translation><numerusform>{reason}: %n times, the first {origin}</numerusform><numerusform>{reason}: %n times, the first {origin}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>… and %n other reason(s): see the JSON summary.</source>
        <translation><numerusform>… and %n other reason: see the JSON summary.</numerusform><numerusform>… and %n other reasons: see the JSON summary.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) to {file}.</source>
        <translation><numerusform>Wrote %n row to {file}.</numerusform><numerusform>Wrote %n rows to {file}.</numerusform></translation>
    </message>
    <message>
        <source>Wrote {file}.</source>
        <translation>Wrote {file}.</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>Error: {message}</translation>
    </message>
    <message>
        <source>list personal-data breach incidents</source>
        <translation>list personal-data breach incidents</translation>
    </message>
    <message>
        <source>list incidents, overdue first, then by the next deadline; in JSON persons_affected is the exact number, or null while only a range or nothing is known, and triggers are the cases of Rule Art. 7 answered yes or not yet known</source>
        <translation>list incidents, overdue first, then by the next deadline; in JSON persons_affected is the exact number, or null while only a range or nothing is known, and triggers are the cases of Rule Art. 7 answered yes or not yet known</translation>
    </message>
    <message>
        <source>only open incidents</source>
        <translation>only open incidents</translation>
    </message>
    <message>
        <source>only incidents past a report deadline</source>
        <translation>only incidents past a report deadline</translation>
    </message>
    <message>
        <source>reportable</source>
        <translation>reportable</translation>
    </message>
    <message>
        <source>not reportable</source>
        <translation>not reportable</translation>
    </message>
    <message>
        <source>the retention register: what falls due, calendar export</source>
        <translation>the retention register: what falls due, calendar export</translation>
    </message>
    <message>
        <source>holdings whose deletion falls due in a range of days</source>
        <translation>holdings whose deletion falls due in a range of days</translation>
    </message>
    <message>
        <source>the first day (ISO or 和暦)</source>
        <translation>the first day (ISO or 和暦)</translation>
    </message>
    <message>
        <source>the last day (ISO or 和暦)</source>
        <translation>the last day (ISO or 和暦)</translation>
    </message>
    <message>
        <source>write an iCalendar file of due and review dates (Outlook, Apple Calendar)</source>
        <translation>write an iCalendar file of due and review dates (Outlook, Apple Calendar)</translation>
    </message>
    <message>
        <source>the .ics file to write</source>
        <translation>the .ics file to write</translation>
    </message>
    <message>
        <source>{count} events written to {path}</source>
        <translation>{count} events written to {path}</translation>
    </message>
    <message>
        <source>Nothing falls due in these days.</source>
        <translation>Nothing falls due in these days.</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <source>Enter the name of the representative or agent who made the request.</source>
        <translation>Enter the name of the representative or agent who made the request.</translation>
    </message>
    <message>
        <source>Name the other document that was checked.</source>
        <translation>Name the other document that was checked.</translation>
    </message>
    <message>
        <source>Tick the documents from the office's list that were checked. A document that is not on the list does not verify identity on its own: a manager can let the case proceed with a reason.</source>
        <translation>Tick the documents from the office's list that were checked. A document that is not on the list does not verify identity on its own: a manager can let the case proceed with a reason.</translation>
    </message>
    <message>
        <source>Tick the documents that were checked.</source>
        <translation>Tick the documents that were checked.</translation>
    </message>
    <message>
        <source>Also checked: {document}</source>
        <translation>Also checked: {document}</translation>
    </message>
    <message>
        <source>Verify Identity — {ref}</source>
        <translation>Verify Identity — {ref}</translation>
    </message>
    <message>
        <source>Record who asks and which documents you checked. You are recorded as the person who checked, with the time of saving.</source>
        <translation>Record who asks and which documents you checked. You are recorded as the person who checked, with the time of saving.</translation>
    </message>
    <message>
        <source>&amp;Who asks:</source>
        <translation>&amp;Who asks:</translation>
    </message>
    <message>
        <source>&amp;Agent's name:</source>
        <translation>&amp;Agent's name:</translation>
    </message>
    <message>
        <source>Documents checked</source>
        <translation>Documents checked</translation>
    </message>
    <message>
        <source>&amp;Other:</source>
        <translation>&amp;Other:</translation>
    </message>
    <message>
        <source>a document not on the office's list</source>
        <translation>a document not on the office's list</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verify</translation>
    </message>
    <message>
        <source>Fee — {ref}</source>
        <translation>Fee — {ref}</translation>
    </message>
    <message>
        <source>The fee must be within what is reasonable considering the actual cost (APPI Art. 38). The office's standard amount is filled in.</source>
        <translation>The fee must be within what is reasonable considering the actual cost (APPI Art. 38). The office's standard amount is filled in.</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Amount:</translation>
    </message>
    <message>
        <source> yen</source>
        <translation> yen</translation>
    </message>
    <message>
        <source>&amp;Save Fee</source>
        <translation>&amp;Save Fee</translation>
    </message>
    <message>
        <source>Enter the day the desk asked the requester.</source>
        <translation>Enter the day the desk asked the requester.</translation>
    </message>
    <message>
        <source>Wait for the Requester — {ref}</source>
        <translation>Wait for the Requester — {ref}</translation>
    </message>
    <message>
        <source>While the desk waits for the requester, the internal due date moves back by the days of the wait. The statutory dates (APPI Art. 39, GDPR) do not move.</source>
        <translation>While the desk waits for the requester, the internal due date moves back by the days of the wait. The statutory dates (APPI Art. 39, GDPR) do not move.</translation>
    </message>
    <message>
        <source>&amp;Waiting for:</source>
        <translation>&amp;Waiting for:</translation>
    </message>
    <message>
        <source>&amp;Asked on:</source>
        <translation>&amp;Asked on:</translation>
    </message>
    <message>
        <source>&amp;Start Waiting</source>
        <translation>&amp;Start Waiting</translation>
    </message>
    <message>
        <source>{reason} since {date}.</source>
        <translation>{reason} since {date}.</translation>
    </message>
    <message>
        <source>Enter the day the requester was told.</source>
        <translation>Enter the day the requester was told.</translation>
    </message>
    <message>
        <source>Give the reason for the extension.</source>
        <translation>Give the reason for the extension.</translation>
    </message>
    <message>
        <source>GDPR Extension — {ref}</source>
        <translation>GDPR Extension — {ref}</translation>
    </message>
    <message>
        <source>GDPR Art. 12(3): the answer may take two more months when the requester is told so, with the reasons, within the first month. The extension can be recorded once.</source>
        <translation>GDPR Art. 12(3): the answer may take two more months when the requester is told so, with the reasons, within the first month. The extension can be recorded once.</translation>
    </message>
    <message>
        <source>&amp;Requester told on:</source>
        <translation>&amp;Requester told on:</translation>
    </message>
    <message>
        <source>&amp;Reason given:</source>
        <translation>&amp;Reason given:</translation>
    </message>
    <message>
        <source>Record E&amp;xtension</source>
        <translation>Record E&amp;xtension</translation>
    </message>
    <message>
        <source>Choose the decision.</source>
        <translation>Choose the decision.</translation>
    </message>
    <message>
        <source>Choose the ground for not disclosing everything: one of the three of APPI Art. 33(2).</source>
        <translation>Choose the ground for not disclosing everything: one of the three of APPI Art. 33(2).</translation>
    </message>
    <message>
        <source>Write the explanation of the reasons that the requester is given (APPI Art. 36).</source>
        <translation>Write the explanation of the reasons that the requester is given (APPI Art. 36).</translation>
    </message>
    <message>
        <source>Decision — {ref}</source>
        <translation>Decision — {ref}</translation>
    </message>
    <message>
        <source>{type}: record the decision. A partial answer or a refusal needs the explanation of its reasons given to the requester; saving clears an earlier approval.</source>
        <translation>{type}: record the decision. A partial answer or a refusal needs the explanation of its reasons given to the requester; saving clears an earlier approval.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Ground for not disclosing (APPI Art. 33(2))</source>
        <translation>Ground for not disclosing (APPI Art. 33(2))</translation>
    </message>
    <message>
        <source>&amp;Explanation to the requester (Art. 36):</source>
        <translation>&amp;Explanation to the requester (Art. 36):</translation>
    </message>
    <message>
        <source>required for a partial answer or a refusal</source>
        <translation>required for a partial answer or a refusal</translation>
    </message>
    <message>
        <source>What was &amp;corrected, added or deleted:</source>
        <translation>What was &amp;corrected, added or deleted:</translation>
    </message>
    <message>
        <source>needed before the response goes out</source>
        <translation>needed before the response goes out</translation>
    </message>
    <message>
        <source>S&amp;ystems told to stop:</source>
        <translation>S&amp;ystems told to stop:</translation>
    </message>
    <message>
        <source>a system or department; Enter adds it</source>
        <translation>a system or department; Enter adds it</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;dd</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>A refusal goes out only after a manager has approved it.</source>
        <translation>A refusal goes out only after a manager has approved it.</translation>
    </message>
    <message>
        <source>&amp;Save Decision</source>
        <translation>&amp;Save Decision</translation>
    </message>
    <message>
        <source>Withdraw — {ref}</source>
        <translation>Withdraw — {ref}</translation>
    </message>
    <message>
        <source>The requester withdrew the request. The case ends and cannot be reopened; the reason is kept on the timeline.</source>
        <translation>The requester withdrew the request. The case ends and cannot be reopened; the reason is kept on the timeline.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Withdraw</translation>
    </message>
    <message>
        <source>Give the reason the request was withdrawn.</source>
        <translation>Give the reason the request was withdrawn.</translation>
    </message>
    <message>
        <source>Reject (Identity Not Verified) — {ref}</source>
        <translation>Reject (Identity Not Verified) — {ref}</translation>
    </message>
    <message>
        <source>The requester's identity could not be verified, so the request is not answered. The case ends and cannot be reopened.</source>
        <translation>The requester's identity could not be verified, so the request is not answered. The case ends and cannot be reopened.</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Re&amp;ject</translation>
    </message>
    <message>
        <source>Give the reason the identity could not be verified.</source>
        <translation>Give the reason the identity could not be verified.</translation>
    </message>
    <message>
        <source>Override Identity Check — {ref}</source>
        <translation>Override Identity Check — {ref}</translation>
    </message>
    <message>
        <source>As a manager you let the case proceed without a verified identity. Your name, the time and the reason are kept on the timeline and in the audit trail.</source>
        <translation>As a manager you let the case proceed without a verified identity. Your name, the time and the reason are kept on the timeline and in the audit trail.</translation>
    </message>
    <message>
        <source>&amp;Override</source>
        <translation>&amp;Override</translation>
    </message>
    <message>
        <source>Give the reason for proceeding without identity verification.</source>
        <translation>Give the reason for proceeding without identity verification.</translation>
    </message>
    <message>
        <source>Send Back — {ref}</source>
        <translation>Send Back — {ref}</translation>
    </message>
    <message>
        <source>The draft decision goes back to the desk (the case returns to “In progress”) and any approval is cleared. Say what should change.</source>
        <translation>The draft decision goes back to the desk (the case returns to “In progress”) and any approval is cleared. Say what should change.</translation>
    </message>
    <message>
        <source>&amp;What should change:</source>
        <translation>&amp;What should change:</translation>
    </message>
    <message>
        <source>&amp;Send Back</source>
        <translation>&amp;Send Back</translation>
    </message>
    <message>
        <source>Say why the decision goes back.</source>
        <translation>Say why the decision goes back.</translation>
    </message>
    <message>
        <source>Record Fee Paid — {ref}</source>
        <translation>Record Fee Paid — {ref}</translation>
    </message>
    <message>
        <source>{detail} A case waiting for the fee goes on to “In progress” once it is paid.</source>
        <translation>{detail} A case waiting for the fee goes on to “In progress” once it is paid.</translation>
    </message>
    <message>
        <source>&amp;Paid on:</source>
        <translation>&amp;Paid on:</translation>
    </message>
    <message>
        <source>&amp;Record Payment</source>
        <translation>&amp;Record Payment</translation>
    </message>
    <message>
        <source>Enter the day the fee was paid.</source>
        <translation>Enter the day the fee was paid.</translation>
    </message>
    <message>
        <source>Requester Answered — {ref}</source>
        <translation>Requester Answered — {ref}</translation>
    </message>
    <message>
        <source>{detail} The wait ends on the day the requester answered: the internal due date moves back by the days the desk waited.</source>
        <translation>{detail} The wait ends on the day the requester answered: the internal due date moves back by the days the desk waited.</translation>
    </message>
    <message>
        <source>&amp;Answered on:</source>
        <translation>&amp;Answered on:</translation>
    </message>
    <message>
        <source>&amp;End Waiting</source>
        <translation>&amp;End Waiting</translation>
    </message>
    <message>
        <source>Enter the day the requester answered.</source>
        <translation>Enter the day the requester answered.</translation>
    </message>
    <message>
        <source>Respond — {ref}</source>
        <translation>Respond — {ref}</translation>
    </message>
    <message>
        <source>{detail} Record the day the answer went out to the requester; the case then waits to be closed.</source>
        <translation>{detail} Record the day the answer went out to the requester; the case then waits to be closed.</translation>
    </message>
    <message>
        <source>&amp;Sent on:</source>
        <translation>&amp;Sent on:</translation>
    </message>
    <message>
        <source>&amp;Record Response</source>
        <translation>&amp;Record Response</translation>
    </message>
    <message>
        <source>Enter the day the answer went out.</source>
        <translation>Enter the day the answer went out.</translation>
    </message>
    <message>
        <source>Close — {ref}</source>
        <translation>Close — {ref}</translation>
    </message>
    <message>
        <source>Close {ref}? A closed case keeps its record but cannot be changed or reopened.</source>
        <translation>Close {ref}? A closed case keeps its record but cannot be changed or reopened.</translation>
    </message>
    <message>
        <source>&amp;Close Case</source>
        <translation>&amp;Close Case</translation>
    </message>
    <message>
        <source>{state}: no further steps.</source>
        <translation>{state}: no further steps.</translation>
    </message>
    <message>
        <source>Start Identity Chec&amp;k</source>
        <translation>Start Identity Chec&amp;k</translation>
    </message>
    <message>
        <source>Move the case to “{state}”.</source>
        <translation>Move the case to “{state}”.</translation>
    </message>
    <message>
        <source>Verif&amp;y Identity…</source>
        <translation>Verif&amp;y Identity…</translation>
    </message>
    <message>
        <source>Record who asks and which identity documents were checked.</source>
        <translation>Record who asks and which identity documents were checked.</translation>
    </message>
    <message>
        <source>Override Identity Check…</source>
        <translation>Override Identity Check…</translation>
    </message>
    <message>
        <source>A manager lets the case proceed unverified, with a reason.</source>
        <translation>A manager lets the case proceed unverified, with a reason.</translation>
    </message>
    <message>
        <source>Reject (Identity Not Verified)…</source>
        <translation>Reject (Identity Not Verified)…</translation>
    </message>
    <message>
        <source>End the case: the identity could not be verified.</source>
        <translation>End the case: the identity could not be verified.</translation>
    </message>
    <message>
        <source>Req&amp;uest Fee</source>
        <translation>Req&amp;uest Fee</translation>
    </message>
    <message>
        <source>Move the case to “{state}”: the desk waits for the fee.</source>
        <translation>Move the case to “{state}”: the desk waits for the fee.</translation>
    </message>
    <message>
        <source>Start &amp;Work</source>
        <translation>Start &amp;Work</translation>
    </message>
    <message>
        <source>Fee: {amount}.</source>
        <translation>Fee: {amount}.</translation>
    </message>
    <message>
        <source>&amp;Record Fee Paid…</source>
        <translation>&amp;Record Fee Paid…</translation>
    </message>
    <message>
        <source>Record the day the fee arrived.</source>
        <translation>Record the day the fee arrived.</translation>
    </message>
    <message>
        <source>Set Fee…</source>
        <translation>Set Fee…</translation>
    </message>
    <message>
        <source>Change the fee asked for this request.</source>
        <translation>Change the fee asked for this request.</translation>
    </message>
    <message>
        <source>&amp;Record Decision…</source>
        <translation>&amp;Record Decision…</translation>
    </message>
    <message>
        <source>Record the decision: granted in full or in part, refused, no data.</source>
        <translation>Record the decision: granted in full or in part, refused, no data.</translation>
    </message>
    <message>
        <source>&amp;Approve Decision</source>
        <translation>&amp;Approve Decision</translation>
    </message>
    <message>
        <source>Approve the decision as recorded (required for a refusal).</source>
        <translation>Approve the decision as recorded (required for a refusal).</translation>
    </message>
    <message>
        <source>&amp;Respond…</source>
        <translation>&amp;Respond…</translation>
    </message>
    <message>
        <source>Record that the answer went out to the requester.</source>
        <translation>Record that the answer went out to the requester.</translation>
    </message>
    <message>
        <source>Change Decision…</source>
        <translation>Change Decision…</translation>
    </message>
    <message>
        <source>Record a different decision (an approval has to be given again).</source>
        <translation>Record a different decision (an approval has to be given again).</translation>
    </message>
    <message>
        <source>Send Back…</source>
        <translation>Send Back…</translation>
    </message>
    <message>
        <source>Return the draft decision to the desk, with what should change.</source>
        <translation>Return the draft decision to the desk, with what should change.</translation>
    </message>
    <message>
        <source>C&amp;lose Case…</source>
        <translation>C&amp;lose Case…</translation>
    </message>
    <message>
        <source>Close the case: the work is done.</source>
        <translation>Close the case: the work is done.</translation>
    </message>
    <message>
        <source>Re&amp;quester Answered…</source>
        <translation>Re&amp;quester Answered…</translation>
    </message>
    <message>
        <source>The requester answered: the deadline clock runs again.</source>
        <translation>The requester answered: the deadline clock runs again.</translation>
    </message>
    <message>
        <source>Wait for Requester…</source>
        <translation>Wait for Requester…</translation>
    </message>
    <message>
        <source>The desk waits for documents, the fee or a clarification: the internal due date moves by the days waited.</source>
        <translation>The desk waits for documents, the fee or a clarification: the internal due date moves by the days waited.</translation>
    </message>
    <message>
        <source>Notify GDPR Extension…</source>
        <translation>Notify GDPR Extension…</translation>
    </message>
    <message>
        <source>The requester was told of the extension on {date}.</source>
        <translation>The requester was told of the extension on {date}.</translation>
    </message>
    <message>
        <source>Record that the requester was told the answer takes two more months.</source>
        <translation>Record that the requester was told the answer takes two more months.</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Withdraw…</translation>
    </message>
    <message>
        <source>The requester withdrew the request: the case ends.</source>
        <translation>The requester withdrew the request: the case ends.</translation>
    </message>
    <message>
        <source>To “{state}”</source>
        <translation>To “{state}”</translation>
    </message>
    <message>
        <source>The office's standard fee applies.</source>
        <translation>The office's standard fee applies.</translation>
    </message>
    <message>
        <source>Decision: {decision}.</source>
        <translation>Decision: {decision}.</translation>
    </message>
    <message>
        <source>Case actions</source>
        <translation>Case actions</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>&amp;More</translation>
    </message>
    <message>
        <source>Less frequent steps for this case</source>
        <translation>Less frequent steps for this case</translation>
    </message>
</context>
<context>
    <name>CaseEvent</name>
    <message>
        <source>Request case opened: {type}.</source>
        <translation>Request case opened: {type}.</translation>
    </message>
    <message>
        <source>Request case opened from ticket {ticket}: {type}.</source>
        <translation>Request case opened from ticket {ticket}: {type}.</translation>
    </message>
    <message>
        <source>Status changed from {old} to {new}.</source>
        <translation>Status changed from {old} to {new}.</translation>
    </message>
    <message>
        <source>Date received changed from {old} to {new}.</source>
        <translation>Date received changed from {old} to {new}.</translation>
    </message>
    <message>
        <source>Request details changed.</source>
        <translation>Request details changed.</translation>
    </message>
    <message>
        <source>Requester changed to {name}.</source>
        <translation>Requester changed to {name}.</translation>
    </message>
    <message>
        <source>Assigned to {name}.</source>
        <translation>Assigned to {name}.</translation>
    </message>
    <message>
        <source>No longer assigned to anyone.</source>
        <translation>No longer assigned to anyone.</translation>
    </message>
    <message>
        <source>Identity verified ({requester}); documents checked: {documents}.</source>
        <translation>Identity verified ({requester}); documents checked: {documents}.</translation>
    </message>
    <message>
        <source>A manager let the case proceed without identity verification.</source>
        <translation>A manager let the case proceed without identity verification.</translation>
    </message>
    <message>
        <source>File attached: {filename}.</source>
        <translation>File attached: {filename}.</translation>
    </message>
    <message>
        <source>{filename} shows an individual number (My Number); it must be masked.</source>
        <translation>{filename} shows an individual number (My Number); it must be masked.</translation>
    </message>
    <message>
        <source>{filename} does not show an individual number after all.</source>
        <translation>{filename} does not show an individual number after all.</translation>
    </message>
    <message>
        <source>Confirmed that the individual number in {filename} is masked.</source>
        <translation>Confirmed that the individual number in {filename} is masked.</translation>
    </message>
    <message>
        <source>{reason} (from {date}; the due date moves).</source>
        <translation>{reason} (from {date}; the due date moves).</translation>
    </message>
    <message>
        <source>The requester answered on {date}: {reason} ended.</source>
        <translation>The requester answered on {date}: {reason} ended.</translation>
    </message>
    <message>
        <source>Fee of {amount} yen requested.</source>
        <translation>Fee of {amount} yen requested.</translation>
    </message>
    <message>
        <source>Fee changed to {amount} yen.</source>
        <translation>Fee changed to {amount} yen.</translation>
    </message>
    <message>
        <source>Fee paid on {date}.</source>
        <translation>Fee paid on {date}.</translation>
    </message>
    <message>
        <source>Requester told on {date} that the GDPR period is extended by two months.</source>
        <translation>Requester told on {date} that the GDPR period is extended by two months.</translation>
    </message>
    <message>
        <source>Decision recorded: {decision}.</source>
        <translation>Decision recorded: {decision}.</translation>
    </message>
    <message>
        <source>Decision recorded: {decision}. Ground: {ground}.</source>
        <translation>Decision recorded: {decision}. Ground: {ground}.</translation>
    </message>
    <message>
        <source>Decision approved: {decision}.</source>
        <translation>Decision approved: {decision}.</translation>
    </message>
    <message>
        <source>Decision sent back for more work.</source>
        <translation>Decision sent back for more work.</translation>
    </message>
    <message>
        <source>Response sent on {date} ({decision}).</source>
        <translation>Response sent on {date} ({decision}).</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Task added: {title}</source>
        <translation>Task added: {title}</translation>
    </message>
    <message>
        <source>Task done: {title}</source>
        <translation>Task done: {title}</translation>
    </message>
    <message>
        <source>Task reopened: {title}</source>
        <translation>Task reopened: {title}</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between the items of a list</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Sav&amp;e As…</source>
        <translation>Sav&amp;e As…</translation>
    </message>
    <message>
        <source>Ma&amp;sk…</source>
        <translation>Ma&amp;sk…</translation>
    </message>
    <message>
        <source>Conf&amp;irm Masked</source>
        <translation>Conf&amp;irm Masked</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Identity document</translation>
    </message>
    <message>
        <source>Added by {name}, {when}</source>
        <translation>Added by {name}, {when}</translation>
    </message>
    <message>
        <source>Masking confirmed by {name}, {when}</source>
        <translation>Masking confirmed by {name}, {when}</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) with an individual number (My Number) not masked yet: {files}. The number must not be kept, and the case cannot go on until the masking is confirmed.</source>
        <translation><numerusform>%n file with an individual number (My Number) not masked yet: {files}. The number must not be kept, and the case cannot go on until the masking is confirmed.</numerusform><numerusform>%n files with an individual number (My Number) not masked yet: {files}. The number must not be kept, and the case cannot go on until the masking is confirmed.</numerusform></translation>
    </message>
    <message>
        <source>Shows My Number — not masked</source>
        <translation>Shows My Number — not masked</translation>
    </message>
    <message>
        <source>My Number masked</source>
        <translation>My Number masked</translation>
    </message>
    <message>
        <source>Only an image can be masked here; black out a paper copy by hand.</source>
        <translation>Only an image can be masked here; black out a paper copy by hand.</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>Save Attachment</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Confirm Masked</source>
        <translation>Confirm Masked</translation>
    </message>
    <message>
        <source>Is the individual number in {name} blacked out so that it cannot be read? Your name is recorded with the confirmation.</source>
        <translation>Is the individual number in {name} blacked out so that it cannot be read? Your name is recorded with the confirmation.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>My Number</source>
        <translation>My Number</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>Shows My Num&amp;ber</source>
        <translation>Shows My Num&amp;ber</translation>
    </message>
    <message>
        <source>Mark whether the file shows an individual number that must be masked</source>
        <translation>Mark whether the file shows an individual number that must be masked</translation>
    </message>
    <message>
        <source>Record that the individual number in the file has been blacked out</source>
        <translation>Record that the individual number in the file has been blacked out</translation>
    </message>
    <message>
        <source>Enter the date the request was received.</source>
        <translation>Enter the date the request was received.</translation>
    </message>
    <message>
        <source>Say why the date received changes.</source>
        <translation>Say why the date received changes.</translation>
    </message>
    <message>
        <source>Change Date Received — {ref}</source>
        <translation>Change Date Received — {ref}</translation>
    </message>
    <message>
        <source>Every deadline of the case runs from the date received. The change and its reason are kept on the timeline and in the audit trail.</source>
        <translation>Every deadline of the case runs from the date received. The change and its reason are kept on the timeline and in the audit trail.</translation>
    </message>
    <message>
        <source>&amp;Date received:</source>
        <translation>&amp;Date received:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Enter the name of the representative or agent who made the request.</source>
        <translation>Enter the name of the representative or agent who made the request.</translation>
    </message>
    <message>
        <source>Request Details — {ref}</source>
        <translation>Request Details — {ref}</translation>
    </message>
    <message>
        <source>&amp;Who asks:</source>
        <translation>&amp;Who asks:</translation>
    </message>
    <message>
        <source>&amp;Agent's name:</source>
        <translation>&amp;Agent's name:</translation>
    </message>
    <message>
        <source>Agent's &amp;contact:</source>
        <translation>Agent's &amp;contact:</translation>
    </message>
    <message>
        <source>&amp;Requested items:</source>
        <translation>&amp;Requested items:</translation>
    </message>
    <message>
        <source>What the requester asks for, in their words (e.g. purchase history)</source>
        <translation>What the requester asks for, in their words (e.g. purchase history)</translation>
    </message>
    <message>
        <source>&amp;Delivery method:</source>
        <translation>&amp;Delivery method:</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>Not specified</translation>
    </message>
    <message>
        <source>Delivery &amp;note:</source>
        <translation>Delivery &amp;note:</translation>
    </message>
    <message>
        <source>The requester is an EU data subject (&amp;GDPR applies)</source>
        <translation>The requester is an EU data subject (&amp;GDPR applies)</translation>
    </message>
    <message>
        <source>Give the task a title.</source>
        <translation>Give the task a title.</translation>
    </message>
    <message>
        <source>New Task — {ref}</source>
        <translation>New Task — {ref}</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;Task:</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>&amp;Due date:</translation>
    </message>
    <message>
        <source>&amp;Assigned to:</source>
        <translation>&amp;Assigned to:</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nobody</translation>
    </message>
    <message>
        <source>Internal Note — {ref}</source>
        <translation>Internal Note — {ref}</translation>
    </message>
    <message>
        <source>The note goes on the case's timeline for the desk and is printed in the case report. It is never sent to the requester.</source>
        <translation>The note goes on the case's timeline for the desk and is printed in the case report. It is never sent to the requester.</translation>
    </message>
    <message>
        <source>Attach File</source>
        <translation>Attach File</translation>
    </message>
    <message>
        <source>Keep {name} with the case.</source>
        <translation>Keep {name} with the case.</translation>
    </message>
    <message>
        <source>This is an &amp;identity document</source>
        <translation>This is an &amp;identity document</translation>
    </message>
    <message>
        <source>It shows an individual number (&amp;My Number)</source>
        <translation>It shows an individual number (&amp;My Number)</translation>
    </message>
    <message>
        <source>The number must not be kept: the case cannot go on until the file is masked and the masking confirmed.</source>
        <translation>The number must not be kept: the case cannot go on until the file is masked and the masking confirmed.</translation>
    </message>
    <message>
        <source>{type} — {state}</source>
        <translation>{type} — {state}</translation>
    </message>
    <message>
        <source>{ticket} ({status})</source>
        <translation>{ticket} ({status})</translation>
    </message>
    <message>
        <source>Show the ticket in the Inbox</source>
        <translation>Show the ticket in the Inbox</translation>
    </message>
    <message>
        <source>None (opened by hand)</source>
        <translation>None (opened by hand)</translation>
    </message>
    <message numerus="yes">
        <source>{date} (+%n day(s) paused)</source>
        <translation><numerusform>{date} (+%n day paused)</numerusform><numerusform>{date} (+%n days paused)</numerusform></translation>
    </message>
    <message>
        <source>{date} (case no longer open)</source>
        <translation>{date} (case no longer open)</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>{date} (extended; requester told on {notice})</source>
        <translation>{date} (extended; requester told on {notice})</translation>
    </message>
    <message>
        <source>Waiting for the requester since {date} ({reason}).</source>
        <translation>Waiting for the requester since {date} ({reason}).</translation>
    </message>
    <message>
        <source>GDPR</source>
        <translation>GDPR</translation>
    </message>
    <message>
        <source>An EU data subject: the GDPR deadline applies too</source>
        <translation>An EU data subject: the GDPR deadline applies too</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Print the case report</source>
        <translation>Print the case report</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the case report as a PDF file</source>
        <translation>Save the case report as a PDF file</translation>
    </message>
    <message>
        <source>Ticket:</source>
        <translation>Ticket:</translation>
    </message>
    <message>
        <source>Assi&amp;gned to:</source>
        <translation>Assi&amp;gned to:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Received:</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Change…</translation>
    </message>
    <message>
        <source>Correct the date received (with a reason)</source>
        <translation>Correct the date received (with a reason)</translation>
    </message>
    <message>
        <source>Data subject:</source>
        <translation>Data subject:</translation>
    </message>
    <message>
        <source>Requested by:</source>
        <translation>Requested by:</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <source>Internal due date</source>
        <translation>Internal due date</translation>
    </message>
    <message>
        <source>Lawsuit possible from (Art. 39)</source>
        <translation>Lawsuit possible from (Art. 39)</translation>
    </message>
    <message>
        <source>GDPR due</source>
        <translation>GDPR due</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Timeline ({count})</source>
        <translation>Timeline ({count})</translation>
    </message>
    <message>
        <source>Tasks ({count} open)</source>
        <translation>Tasks ({count} open)</translation>
    </message>
    <message>
        <source>Attachments ({count})</source>
        <translation>Attachments ({count})</translation>
    </message>
    <message>
        <source>A file shows an individual number that is not masked yet</source>
        <translation>A file shows an individual number that is not masked yet</translation>
    </message>
    <message>
        <source>Could not read {path}: {reason}</source>
        <translation>Could not read {path}: {reason}</translation>
    </message>
    <message>
        <source>Writing the case report…</source>
        <translation>Writing the case report…</translation>
    </message>
    <message>
        <source>Request case {ref}</source>
        <translation>Request case {ref}</translation>
    </message>
    <message>
        <source>Choose a request case in the list to see it here.</source>
        <translation>Choose a request case in the list to see it here.</translation>
    </message>
    <message>
        <source>{amount} yen</source>
        <translation>{amount} yen</translation>
    </message>
    <message>
        <source>A case that is no longer open keeps its details.</source>
        <translation>A case that is no longer open keeps its details.</translation>
    </message>
    <message>
        <source>Requested items:</source>
        <translation>Requested items:</translation>
    </message>
    <message>
        <source>Delivery method:</source>
        <translation>Delivery method:</translation>
    </message>
    <message>
        <source>Requester's contact:</source>
        <translation>Requester's contact:</translation>
    </message>
    <message>
        <source>Waited for the requester:</source>
        <translation>Waited for the requester:</translation>
    </message>
    <message>
        <source>Fee:</source>
        <translation>Fee:</translation>
    </message>
    <message>
        <source>Not requested</source>
        <translation>Not requested</translation>
    </message>
    <message>
        <source>Paid on:</source>
        <translation>Paid on:</translation>
    </message>
    <message>
        <source>Not paid yet</source>
        <translation>Not paid yet</translation>
    </message>
    <message>
        <source>since {start}</source>
        <translation>since {start}</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} to {end}</translation>
    </message>
    <message>
        <source>Documents checked:</source>
        <translation>Documents checked:</translation>
    </message>
    <message>
        <source>Checked by:</source>
        <translation>Checked by:</translation>
    </message>
    <message>
        <source>{name}, {when}</source>
        <translation>{name}, {when}</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Proceeding unverified:</source>
        <translation>Proceeding unverified:</translation>
    </message>
    <message>
        <source>Allowed by:</source>
        <translation>Allowed by:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Not verified yet</source>
        <translation>Not verified yet</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Decision:</translation>
    </message>
    <message>
        <source>No decision yet</source>
        <translation>No decision yet</translation>
    </message>
    <message>
        <source>Ground (Art. 33(2)):</source>
        <translation>Ground (Art. 33(2)):</translation>
    </message>
    <message>
        <source>Explanation:</source>
        <translation>Explanation:</translation>
    </message>
    <message>
        <source>Corrections:</source>
        <translation>Corrections:</translation>
    </message>
    <message>
        <source>Systems notified:</source>
        <translation>Systems notified:</translation>
    </message>
    <message>
        <source>Decided by:</source>
        <translation>Decided by:</translation>
    </message>
    <message>
        <source>Approved by:</source>
        <translation>Approved by:</translation>
    </message>
    <message>
        <source>Not approved yet</source>
        <translation>Not approved yet</translation>
    </message>
    <message>
        <source>Responded on:</source>
        <translation>Responded on:</translation>
    </message>
    <message>
        <source>&amp;Edit Details…</source>
        <translation>&amp;Edit Details…</translation>
    </message>
    <message>
        <source>&amp;Add Note…</source>
        <translation>&amp;Add Note…</translation>
    </message>
    <message>
        <source>Who asks, the requested items, delivery, GDPR</source>
        <translation>Who asks, the requested items, delivery, GDPR</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Identity check</source>
        <translation>Identity check</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>Decision and response</source>
        <translation>Decision and response</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>No notes yet.</translation>
    </message>
    <message>
        <source>An internal note on the timeline</source>
        <translation>An internal note on the timeline</translation>
    </message>
    <message>
        <source>N&amp;otes only</source>
        <translation>N&amp;otes only</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Tasks cannot be added to a case that is no longer open.</source>
        <translation>Tasks cannot be added to a case that is no longer open.</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Add Ta&amp;sk…</source>
        <translation>Add Ta&amp;sk…</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
</context>
<context>
    <name>CaseReport</name>
    <message>
        <source>Data-subject request case report</source>
        <translation>Data-subject request case report</translation>
    </message>
    <message>
        <source>Reference: {ref}</source>
        <translation>Reference: {ref}</translation>
    </message>
    <message numerus="yes">
        <source>(includes paused days: %n)</source>
        <translation><numerusform>(includes paused days: %n)</numerusform><numerusform>(includes paused days: %n)</numerusform></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Request type</source>
        <translation>Request type</translation>
    </message>
    <message>
        <source>Data subject</source>
        <translation>Data subject</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <source>Internal due date (office policy)</source>
        <translation>Internal due date (office policy)</translation>
    </message>
    <message>
        <source>Lawsuit possible from (APPI Art. 39, statutory)</source>
        <translation>Lawsuit possible from (APPI Art. 39, statutory)</translation>
    </message>
    <message>
        <source>(extended by two months; notice sent on {date})</source>
        <translation>(extended by two months; notice sent on {date})</translation>
    </message>
    <message>
        <source>GDPR deadline (Art. 12(3))</source>
        <translation>GDPR deadline (Art. 12(3))</translation>
    </message>
    <message>
        <source>Requested items</source>
        <translation>Requested items</translation>
    </message>
    <message>
        <source>Delivery method (APPI Art. 33(1))</source>
        <translation>Delivery method (APPI Art. 33(1))</translation>
    </message>
    <message>
        <source>1. Request</source>
        <translation>1. Request</translation>
    </message>
    <message>
        <source>No document showing an individual number was received</source>
        <translation>No document showing an individual number was received</translation>
    </message>
    <message>
        <source>Confirmed: the individual number was masked before filing</source>
        <translation>Confirmed: the individual number was masked before filing</translation>
    </message>
    <message>
        <source>Not confirmed: the individual number must be masked and must not be kept</source>
        <translation>Not confirmed: the individual number must be masked and must not be kept</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Checked by</translation>
    </message>
    <message>
        <source>Checked at</source>
        <translation>Checked at</translation>
    </message>
    <message>
        <source>Documents checked</source>
        <translation>Documents checked</translation>
    </message>
    <message>
        <source>Individual number (My Number)</source>
        <translation>Individual number (My Number)</translation>
    </message>
    <message>
        <source>Manager override</source>
        <translation>Manager override</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>2. Identity verification</source>
        <translation>2. Identity verification</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>Not applicable: no fee may be charged for this request (APPI Art. 38)</source>
        <translation>Not applicable: no fee may be charged for this request (APPI Art. 38)</translation>
    </message>
    <message>
        <source>No fee charged</source>
        <translation>No fee charged</translation>
    </message>
    <message>
        <source>Not paid yet</source>
        <translation>Not paid yet</translation>
    </message>
    <message>
        <source>{amount} yen</source>
        <translation>{amount} yen</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>3. Fee</source>
        <translation>3. Fee</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Not decided yet</translation>
    </message>
    <message>
        <source>4. Decision and grounds</source>
        <translation>4. Decision and grounds</translation>
    </message>
    <message>
        <source>Not approved yet</source>
        <translation>Not approved yet</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>Manager approval</source>
        <translation>Manager approval</translation>
    </message>
    <message>
        <source>Responded on</source>
        <translation>Responded on</translation>
    </message>
    <message>
        <source>Ground (APPI Art. 33(2))</source>
        <translation>Ground (APPI Art. 33(2))</translation>
    </message>
    <message>
        <source>Explanation given (APPI Art. 36)</source>
        <translation>Explanation given (APPI Art. 36)</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>By</source>
        <comment>timeline column: who acted</comment>
        <translation>By</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Times are in the office time zone ({zone}).</source>
        <translation>Times are in the office time zone ({zone}).</translation>
    </message>
    <message>
        <source>5. Timeline</source>
        <translation>5. Timeline</translation>
    </message>
    <message>
        <source>Case report {ref}</source>
        <translation>Case report {ref}</translation>
    </message>
</context>
<context>
    <name>CaseState</name>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Identity check</source>
        <translation>Identity check</translation>
    </message>
    <message>
        <source>Fee pending</source>
        <translation>Fee pending</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>Responded</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Rejected (identity not verified)</source>
        <translation>Rejected (identity not verified)</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Mail</source>
        <translation>Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Web form</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Walk-in</translation>
    </message>
</context>
<context>
    <name>Closure</name>
    <message>
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>Year-end and New Year holidays</source>
        <translation>Year-end and New Year holidays</translation>
    </message>
    <message>
        <source>Company closure day</source>
        <translation>Company closure day</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation><numerusform>%n h</numerusform><numerusform>%n h</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation><numerusform>%n min</numerusform><numerusform>%n min</numerusform></translation>
    </message>
    <message>
        <source>overdue by {time}</source>
        <translation>overdue by {time}</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>{time} left</translation>
    </message>
</context>
<context>
    <name>DatabasePanel</name>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>Unexpected error: {error}</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>The database could not be opened</source>
        <translation>The database could not be opened</translation>
    </message>
    <message>
        <source>Database: {location}</source>
        <translation>Database: {location}</translation>
    </message>
    <message>
        <source>If the database server is down, try again later. If the address is wrong, an administrator can correct it in Settings; Privacy Desk then connects again.</source>
        <translation>If the database server is down, try again later. If the address is wrong, an administrator can correct it in Settings; Privacy Desk then connects again.</translation>
    </message>
    <message>
        <source>Open &amp;Settings…</source>
        <translation>Open &amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Try Again</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>2026-04-01 or R8.4.1</source>
        <translation>2026-04-01 or R8.4.1</translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Choose from a calendar (Alt+Down)</translation>
    </message>
    <message>
        <source>Choose from a calendar</source>
        <translation>Choose from a calendar</translation>
    </message>
</context>
<context>
    <name>DeadlineCalculatorDialog</name>
    <message>
        <source>APPI Art. 39: two weeks after the request arrived.</source>
        <translation>APPI Art. 39: two weeks after the request arrived.</translation>
    </message>
    <message>
        <source>APPI Art. 39 does not apply to this kind of request.</source>
        <translation>APPI Art. 39 does not apply to this kind of request.</translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>a fee may be charged</comment>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <comment>no fee may be charged</comment>
        <translation>No</translation>
    </message>
    <message>
        <source>APPI Art. 38: only for notification of purpose, disclosure and provision records.</source>
        <translation>APPI Art. 38: only for notification of purpose, disclosure and provision records.</translation>
    </message>
    <message>
        <source>{datetime} ({zone})</source>
        <translation>{datetime} ({zone})</translation>
    </message>
    <message>
        <source>Enforcement Rules Art. 8(2): within 60 days for a malicious act, counting the day of awareness as day 1; a closure day moves it to the next open day.</source>
        <translation>Enforcement Rules Art. 8(2): within 60 days for a malicious act, counting the day of awareness as day 1; a closure day moves it to the next open day.</translation>
    </message>
    <message>
        <source>Enforcement Rules Art. 8(2): within 30 days, counting the day of awareness as day 1; a closure day moves it to the next open day.</source>
        <translation>Enforcement Rules Art. 8(2): within 30 days, counting the day of awareness as day 1; a closure day moves it to the next open day.</translation>
    </message>
    <message>
        <source>Dates and times are in the office time zone ({zone}).</source>
        <translation>Dates and times are in the office time zone ({zone}).</translation>
    </message>
    <message>
        <source>Deadlines for a request ({request_type}) received on {date}</source>
        <translation>Deadlines for a request ({request_type}) received on {date}</translation>
    </message>
    <message>
        <source>Breach deadlines, aware since {datetime} ({zone})</source>
        <translation>Breach deadlines, aware since {datetime} ({zone})</translation>
    </message>
    <message>
        <source>{title}; malicious act</source>
        <translation>{title}; malicious act</translation>
    </message>
    <message>
        <source>Deadline Calculator</source>
        <translation>Deadline Calculator</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Request</translation>
    </message>
    <message>
        <source>&amp;Breach</source>
        <translation>&amp;Breach</translation>
    </message>
    <message>
        <source>&amp;Copy Results</source>
        <translation>&amp;Copy Results</translation>
    </message>
    <message>
        <source>Copy this tab's answers as plain text.</source>
        <translation>Copy this tab's answers as plain text.</translation>
    </message>
    <message>
        <source>Request &amp;type:</source>
        <translation>Request &amp;type:</translation>
    </message>
    <message>
        <source>Rec&amp;eived on:</source>
        <translation>Rec&amp;eived on:</translation>
    </message>
    <message>
        <source>The person is in the EU (&amp;GDPR applies)</source>
        <translation>The person is in the EU (&amp;GDPR applies)</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>Internal due date</source>
        <translation>Internal due date</translation>
    </message>
    <message>
        <source>Days from arrival set by an administrator in Settings, moved back to the last day the office is open. The law itself says 「遅滞なく」 (without delay).</source>
        <translation>Days from arrival set by an administrator in Settings, moved back to the last day the office is open. The law itself says 「遅滞なく」 (without delay).</translation>
    </message>
    <message>
        <source>Lawsuit possible from</source>
        <translation>Lawsuit possible from</translation>
    </message>
    <message>
        <source>Fee may be charged</source>
        <translation>Fee may be charged</translation>
    </message>
    <message>
        <source>GDPR answer due</source>
        <translation>GDPR answer due</translation>
    </message>
    <message>
        <source>GDPR answer due, if extended</source>
        <translation>GDPR answer due, if extended</translation>
    </message>
    <message>
        <source>GDPR Art. 12(3): one month from receipt.</source>
        <translation>GDPR Art. 12(3): one month from receipt.</translation>
    </message>
    <message>
        <source>GDPR Art. 12(3): two more months, if the person is told why within the first month.</source>
        <translation>GDPR Art. 12(3): two more months, if the person is told why within the first month.</translation>
    </message>
    <message>
        <source>Closure days: Saturdays, Sundays, national holidays, 29 December – 3 January and the company's own closure days.</source>
        <translation>Closure days: Saturdays, Sundays, national holidays, 29 December – 3 January and the company's own closure days.</translation>
    </message>
    <message>
        <source>Became &amp;aware on:</source>
        <translation>Became &amp;aware on:</translation>
    </message>
    <message>
        <source>Time of awareness</source>
        <translation>Time of awareness</translation>
    </message>
    <message>
        <source>&amp;Malicious act (不正の目的), actual or suspected</source>
        <translation>&amp;Malicious act (不正の目的), actual or suspected</translation>
    </message>
    <message>
        <source>For example unauthorised access, theft or an insider taking data; since April 2024 this also covers personal information the company is acquiring.</source>
        <translation>For example unauthorised access, theft or an insider taking data; since April 2024 this also covers personal information the company is acquiring.</translation>
    </message>
    <message>
        <source>Reports to the PPC (個人情報保護委員会)</source>
        <translation>Reports to the PPC (個人情報保護委員会)</translation>
    </message>
    <message>
        <source>Preliminary report (速報), target</source>
        <translation>Preliminary report (速報), target</translation>
    </message>
    <message>
        <source>Preliminary report (速報), at the latest</source>
        <translation>Preliminary report (速報), at the latest</translation>
    </message>
    <message>
        <source>Final report (確報) due</source>
        <translation>Final report (確報) due</translation>
    </message>
    <message>
        <source>GDPR: supervisory authority</source>
        <translation>GDPR: supervisory authority</translation>
    </message>
    <message>
        <source>PPC general guideline 3-5-3-3: 「速やかに」, about 3 to 5 days from the day of awareness.</source>
        <translation>PPC general guideline 3-5-3-3: 「速やかに」, about 3 to 5 days from the day of awareness.</translation>
    </message>
    <message>
        <source>GDPR Art. 33(1): within 72 hours of awareness, if EU data subjects are affected.</source>
        <translation>GDPR Art. 33(1): within 72 hours of awareness, if EU data subjects are affected.</translation>
    </message>
    <message>
        <source>Statutory</source>
        <translation>Statutory</translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation>Guideline</translation>
    </message>
    <message>
        <source>Office policy</source>
        <translation>Office policy</translation>
    </message>
</context>
<context>
    <name>DeadlineStatus</name>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>On track</translation>
    </message>
</context>
<context>
    <name>Decision</name>
    <message>
        <source>Granted in full</source>
        <translation>Granted in full</translation>
    </message>
    <message>
        <source>Granted in part</source>
        <translation>Granted in part</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>No data held</source>
        <translation>No data held</translation>
    </message>
</context>
<context>
    <name>DeliveryMethod</name>
    <message>
        <source>Electronic record</source>
        <translation>Electronic record</translation>
    </message>
    <message>
        <source>Paper document</source>
        <translation>Paper document</translation>
    </message>
    <message>
        <source>Other method set by the company</source>
        <translation>Other method set by the company</translation>
    </message>
</context>
<context>
    <name>Destination</name>
    <message>
        <source>Personal Information Protection Commission</source>
        <translation>Personal Information Protection Commission</translation>
    </message>
    <message>
        <source>Delegated ministry</source>
        <translation>Delegated ministry</translation>
    </message>
    <message>
        <source>Accredited personal information protection organization</source>
        <translation>Accredited personal information protection organization</translation>
    </message>
    <message>
        <source>Commissioning company</source>
        <translation>Commissioning company</translation>
    </message>
</context>
<context>
    <name>DisposalCertificate</name>
    <message>
        <source>Certificate of disposal</source>
        <translation>Certificate of disposal</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation><numerusform>%n year</numerusform><numerusform>%n years</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation><numerusform>%n month</numerusform><numerusform>%n months</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation><numerusform>%n week</numerusform><numerusform>%n weeks</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message>
        <source>Certificate of disposal {number}</source>
        <translation>Certificate of disposal {number}</translation>
    </message>
    <message>
        <source>{company} certifies that the personal data described below was disposed of as stated, its retention period having ended.</source>
        <translation>{company} certifies that the personal data described below was disposed of as stated, its retention period having ended.</translation>
    </message>
    <message>
        <source>Certificate No. {number}</source>
        <translation>Certificate No. {number}</translation>
    </message>
    <message>
        <source>Holding</source>
        <translation>Holding</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Data category</source>
        <translation>Data category</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Systems or places</source>
        <translation>Systems or places</translation>
    </message>
    <message>
        <source>1. Personal data disposed of</source>
        <translation>1. Personal data disposed of</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>Retention period</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Counted from</translation>
    </message>
    <message>
        <source>Trigger date</source>
        <translation>Trigger date</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Kept until (Civil Code Art. 140, 143)</source>
        <translation>Kept until (Civil Code Art. 140, 143)</translation>
    </message>
    <message>
        <source>Deletion due from</source>
        <translation>Deletion due from</translation>
    </message>
    <message>
        <source>2. Retention rule</source>
        <translation>2. Retention rule</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Disposed on</source>
        <translation>Disposed on</translation>
    </message>
    <message>
        <source>Disposed by</source>
        <translation>Disposed by</translation>
    </message>
    <message>
        <source>Approved by (manager)</source>
        <translation>Approved by (manager)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>3. Disposal</source>
        <translation>3. Disposal</translation>
    </message>
    <message>
        <source>4. Evidence</source>
        <translation>4. Evidence</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>None attached</source>
        <translation>None attached</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Size (bytes)</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>DisposalMethod</name>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Shredded</source>
        <translation>Shredded</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>Anonymised</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
</context>
<context>
    <name>Era</name>
    <message>
        <source>Reiwa</source>
        <translation>Reiwa</translation>
    </message>
    <message>
        <source>Heisei</source>
        <translation>Heisei</translation>
    </message>
    <message>
        <source>Showa</source>
        <translation>Showa</translation>
    </message>
    <message>
        <source>Taisho</source>
        <translation>Taisho</translation>
    </message>
    <message>
        <source>Meiji</source>
        <translation>Meiji</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Privacy Desk may not use {path}: permission denied.</source>
        <translation>Privacy Desk may not use {path}: permission denied.</translation>
    </message>
    <message>
        <source>The disk is full: {path} could not be written.</source>
        <translation>The disk is full: {path} could not be written.</translation>
    </message>
    <message>
        <source>{path} is on a disk that can only be read.</source>
        <translation>{path} is on a disk that can only be read.</translation>
    </message>
    <message>
        <source>{path} does not exist (any more).</source>
        <translation>{path} does not exist (any more).</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>a file</translation>
    </message>
    <message>
        <source>The system refused to use {path}.</source>
        <translation>The system refused to use {path}.</translation>
    </message>
    <message>
        <source>The technical details are also in the log file {path}.</source>
        <translation>The technical details are also in the log file {path}.</translation>
    </message>
    <message>
        <source>Something went wrong. Privacy Desk may not have finished what you asked.</source>
        <translation>Something went wrong. Privacy Desk may not have finished what you asked.</translation>
    </message>
    <message>
        <source>Error: {error}</source>
        <translation>Error: {error}</translation>
    </message>
    <message>
        <source>The details are in the log file {path}. Please send it to your administrator.</source>
        <translation>The details are in the log file {path}. Please send it to your administrator.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Not a date and time: {text}</source>
        <translation>Not a date and time: {text}</translation>
    </message>
    <message>
        <source>Unknown request type {value}; use one of: {choices}</source>
        <translation>Unknown request type {value}; use one of: {choices}</translation>
    </message>
    <message>
        <source>Unknown value {value}; use one of: {choices}</source>
        <translation>Unknown value {value}; use one of: {choices}</translation>
    </message>
    <message>
        <source>{user} ({role}) is not allowed to {action}.</source>
        <translation>{user} ({role}) is not allowed to {action}.</translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation>A name is required.</translation>
    </message>
    <message>
        <source>Not an e-mail address: {email}</source>
        <translation>Not an e-mail address: {email}</translation>
    </message>
    <message>
        <source>Enter the name of the representative or agent who made the request.</source>
        <translation>Enter the name of the representative or agent who made the request.</translation>
    </message>
    <message>
        <source>Unknown delivery method.</source>
        <translation>Unknown delivery method.</translation>
    </message>
    <message>
        <source>Enter the date the request was received.</source>
        <translation>Enter the date the request was received.</translation>
    </message>
    <message>
        <source>The date received cannot be in the future.</source>
        <translation>The date received cannot be in the future.</translation>
    </message>
    <message>
        <source>No person with id {id}.</source>
        <translation>No person with id {id}.</translation>
    </message>
    <message>
        <source>Ticket {ref} has no requester: choose the person the request is about.</source>
        <translation>Ticket {ref} has no requester: choose the person the request is about.</translation>
    </message>
    <message>
        <source>Enter a whole number of days from {low} to {high}.</source>
        <translation>Enter a whole number of days from {low} to {high}.</translation>
    </message>
    <message>
        <source>Unknown time zone: {zone}</source>
        <translation>Unknown time zone: {zone}</translation>
    </message>
    <message>
        <source>Company closure days must be a list of dates.</source>
        <translation>Company closure days must be a list of dates.</translation>
    </message>
    <message>
        <source>Enter a size in bytes from 0 to {high}.</source>
        <translation>Enter a size in bytes from 0 to {high}.</translation>
    </message>
    <message>
        <source>Identity documents must be a list of names.</source>
        <translation>Identity documents must be a list of names.</translation>
    </message>
    <message>
        <source>Name at least one identity document.</source>
        <translation>Name at least one identity document.</translation>
    </message>
    <message>
        <source>Unknown choice for what a converted ticket does.</source>
        <translation>Unknown choice for what a converted ticket does.</translation>
    </message>
    <message>
        <source>Unknown destination for breach reports.</source>
        <translation>Unknown destination for breach reports.</translation>
    </message>
    <message>
        <source>Enter a text of up to {high} characters.</source>
        <translation>Enter a text of up to {high} characters.</translation>
    </message>
    <message>
        <source>The user {login} has been deactivated. Ask an administrator.</source>
        <translation>The user {login} has been deactivated. Ask an administrator.</translation>
    </message>
    <message>
        <source>A login name is required.</source>
        <translation>A login name is required.</translation>
    </message>
    <message>
        <source>The user {login} already exists.</source>
        <translation>The user {login} already exists.</translation>
    </message>
    <message>
        <source>The signature is too long (at most {high} characters).</source>
        <translation>The signature is too long (at most {high} characters).</translation>
    </message>
    <message>
        <source>Only a signed-in user has a signature.</source>
        <translation>Only a signed-in user has a signature.</translation>
    </message>
    <message>
        <source>No ticket {ref}.</source>
        <translation>No ticket {ref}.</translation>
    </message>
    <message>
        <source>{files} shows an individual number (My Number): mask it and confirm the masking before the case proceeds.</source>
        <translation>{files} shows an individual number (My Number): mask it and confirm the masking before the case proceeds.</translation>
    </message>
    <message>
        <source>Record the payment of the fee before work goes on.</source>
        <translation>Record the payment of the fee before work goes on.</translation>
    </message>
    <message>
        <source>Record what was corrected, added or deleted before responding.</source>
        <translation>Record what was corrected, added or deleted before responding.</translation>
    </message>
    <message>
        <source>Record which systems were told to stop using or providing the data before responding.</source>
        <translation>Record which systems were told to stop using or providing the data before responding.</translation>
    </message>
    <message>
        <source>Give the reason.</source>
        <translation>Give the reason.</translation>
    </message>
    <message>
        <source>Only a decision awaiting approval can be sent back.</source>
        <translation>Only a decision awaiting approval can be sent back.</translation>
    </message>
    <message>
        <source>The response date cannot be in the future.</source>
        <translation>The response date cannot be in the future.</translation>
    </message>
    <message>
        <source>The response date cannot be before the date received.</source>
        <translation>The response date cannot be before the date received.</translation>
    </message>
    <message>
        <source>The identity check of this case is already over.</source>
        <translation>The identity check of this case is already over.</translation>
    </message>
    <message>
        <source>Choose the documents that were checked.</source>
        <translation>Choose the documents that were checked.</translation>
    </message>
    <message>
        <source>{documents} is not on the office's list of identity documents (Settings).</source>
        <translation>{documents} is not on the office's list of identity documents (Settings).</translation>
    </message>
    <message>
        <source>The time of the check cannot be in the future.</source>
        <translation>The time of the check cannot be in the future.</translation>
    </message>
    <message>
        <source>Give the reason for proceeding without identity verification.</source>
        <translation>Give the reason for proceeding without identity verification.</translation>
    </message>
    <message>
        <source>{name} is {size} MB. The office stores files of up to {limit} MB with a case.</source>
        <translation>{name} is {size} MB. The office stores files of up to {limit} MB with a case.</translation>
    </message>
    <message>
        <source>The file needs a name.</source>
        <translation>The file needs a name.</translation>
    </message>
    <message>
        <source>No attachment with id {id}.</source>
        <translation>No attachment with id {id}.</translation>
    </message>
    <message>
        <source>{filename} is not marked as showing an individual number.</source>
        <translation>{filename} is not marked as showing an individual number.</translation>
    </message>
    <message>
        <source>Enter a fee in yen from 0 to {high}.</source>
        <translation>Enter a fee in yen from 0 to {high}.</translation>
    </message>
    <message>
        <source>The payment date cannot be in the future.</source>
        <translation>The payment date cannot be in the future.</translation>
    </message>
    <message>
        <source>The payment date cannot be before the date received.</source>
        <translation>The payment date cannot be before the date received.</translation>
    </message>
    <message>
        <source>A pause cannot start before the date received.</source>
        <translation>A pause cannot start before the date received.</translation>
    </message>
    <message>
        <source>A pause cannot start in the future.</source>
        <translation>A pause cannot start in the future.</translation>
    </message>
    <message>
        <source>The desk is already waiting for the requester: end that pause first.</source>
        <translation>The desk is already waiting for the requester: end that pause first.</translation>
    </message>
    <message>
        <source>No pause with id {id}.</source>
        <translation>No pause with id {id}.</translation>
    </message>
    <message>
        <source>This pause has already ended.</source>
        <translation>This pause has already ended.</translation>
    </message>
    <message>
        <source>A pause cannot end in the future.</source>
        <translation>A pause cannot end in the future.</translation>
    </message>
    <message>
        <source>Only a GDPR request can have its period extended.</source>
        <translation>Only a GDPR request can have its period extended.</translation>
    </message>
    <message>
        <source>The GDPR period has already been extended.</source>
        <translation>The GDPR period has already been extended.</translation>
    </message>
    <message>
        <source>Give the reason for the extension (GDPR Art. 12(3)).</source>
        <translation>Give the reason for the extension (GDPR Art. 12(3)).</translation>
    </message>
    <message>
        <source>The notice date must lie between the date received and today.</source>
        <translation>The notice date must lie between the date received and today.</translation>
    </message>
    <message>
        <source>A decision is recorded once the case is in progress (now: {state}).</source>
        <translation>A decision is recorded once the case is in progress (now: {state}).</translation>
    </message>
    <message>
        <source>There is no decision awaiting approval.</source>
        <translation>There is no decision awaiting approval.</translation>
    </message>
    <message>
        <source>The task needs a title.</source>
        <translation>The task needs a title.</translation>
    </message>
    <message>
        <source>No task with id {id}.</source>
        <translation>No task with id {id}.</translation>
    </message>
    <message>
        <source>No message with id {id}.</source>
        <translation>No message with id {id}.</translation>
    </message>
    <message>
        <source>No user with id {id}.</source>
        <translation>No user with id {id}.</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>The note is empty.</translation>
    </message>
    <message>
        <source>Unknown language {value}; use one of: {choices}</source>
        <translation>Unknown language {value}; use one of: {choices}</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>Could not write {path}: {reason}</translation>
    </message>
    <message>
        <source>There is no request case to report on.</source>
        <translation>There is no request case to report on.</translation>
    </message>
    <message>
        <source>At least one active administrator must remain.</source>
        <translation>At least one active administrator must remain.</translation>
    </message>
    <message>
        <source>Not a database URL: {url}</source>
        <translation>Not a database URL: {url}</translation>
    </message>
    <message>
        <source>There is no database at {path}. Check the path; to start a new, empty database there, run the command again with --create (or run: privacy-desk db upgrade).</source>
        <translation>There is no database at {path}. Check the path; to start a new, empty database there, run the command again with --create (or run: privacy-desk db upgrade).</translation>
    </message>
    <message>
        <source>This kind of database is not supported: {url}</source>
        <translation>This kind of database is not supported: {url}</translation>
    </message>
    <message>
        <source>The database driver {driver} is not installed.</source>
        <translation>The database driver {driver} is not installed.</translation>
    </message>
    <message>
        <source>The database is open for reading only, so nothing was changed. Ask an administrator for write access to the database file and its folder, then open it again.</source>
        <translation>The database is open for reading only, so nothing was changed. Ask an administrator for write access to the database file and its folder, then open it again.</translation>
    </message>
    <message>
        <source>There is no database at {path}, and nothing was created there. Check the path.</source>
        <translation>There is no database at {path}, and nothing was created there. Check the path.</translation>
    </message>
    <message>
        <source>{path} is not a Privacy Desk database, or it is damaged ({detail}). Restore it from a backup, or choose another database.</source>
        <translation>{path} is not a Privacy Desk database, or it is damaged ({detail}). Restore it from a backup, or choose another database.</translation>
    </message>
    <message>
        <source>The database file is not a Privacy Desk database, or it is damaged ({detail}). Restore it from a backup, or choose another database.</source>
        <translation>The database file is not a Privacy Desk database, or it is damaged ({detail}). Restore it from a backup, or choose another database.</translation>
    </message>
    <message>
        <source>The database reported an error: {detail}</source>
        <translation>The database reported an error: {detail}</translation>
    </message>
    <message>
        <source>Another desk changed this record at the same moment; nothing was saved. Try again.</source>
        <translation>Another desk changed this record at the same moment; nothing was saved. Try again.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Privacy Desk (schema {revision}). Install the newer version; this one has not changed the database.</source>
        <translation>This database was written by a newer version of Privacy Desk (schema {revision}). Install the newer version; this one has not changed the database.</translation>
    </message>
    <message>
        <source>A pause cannot end before it starts.</source>
        <translation>A pause cannot end before it starts.</translation>
    </message>
    <message>
        <source>A fee may be charged only for a notification of the purpose of use, a disclosure or a disclosure of third-party provision records (APPI Art. 38).</source>
        <translation>A fee may be charged only for a notification of the purpose of use, a disclosure or a disclosure of third-party provision records (APPI Art. 38).</translation>
    </message>
    <message>
        <source>A case can be rejected for identity only during the identity check.</source>
        <translation>A case can be rejected for identity only during the identity check.</translation>
    </message>
    <message>
        <source>A case in state {state} can no longer be withdrawn.</source>
        <translation>A case in state {state} can no longer be withdrawn.</translation>
    </message>
    <message>
        <source>A case in state {state} cannot move to {target}.</source>
        <translation>A case in state {state} cannot move to {target}.</translation>
    </message>
    <message>
        <source>The requester's identity is not verified: verify it, or a manager overrides the check with a reason.</source>
        <translation>The requester's identity is not verified: verify it, or a manager overrides the check with a reason.</translation>
    </message>
    <message>
        <source>Record the decision before responding.</source>
        <translation>Record the decision before responding.</translation>
    </message>
    <message>
        <source>A refusal or partial disclosure needs one of the three grounds of APPI Art. 33(2).</source>
        <translation>A refusal or partial disclosure needs one of the three grounds of APPI Art. 33(2).</translation>
    </message>
    <message>
        <source>A refusal or partial answer needs the explanation of its reasons given to the requester (APPI Art. 36).</source>
        <translation>A refusal or partial answer needs the explanation of its reasons given to the requester (APPI Art. 36).</translation>
    </message>
    <message>
        <source>A refusal needs a manager's approval before responding.</source>
        <translation>A refusal needs a manager's approval before responding.</translation>
    </message>
    <message>
        <source>A ticket cannot go from “{current}” to “{target}”.</source>
        <translation>A ticket cannot go from “{current}” to “{target}”.</translation>
    </message>
    <message>
        <source>Not a ticket reference: {text} (expected e.g. PD-2026-000123)</source>
        <translation>Not a ticket reference: {text} (expected e.g. PD-2026-000123)</translation>
    </message>
    <message>
        <source>Not a date: {text}</source>
        <translation>Not a date: {text}</translation>
    </message>
    <message>
        <source>There is no such day: {text}</source>
        <translation>There is no such day: {text}</translation>
    </message>
    <message>
        <source>Dates before {first}, when Japan adopted the Gregorian calendar, cannot be used: {text}</source>
        <translation>Dates before {first}, when Japan adopted the Gregorian calendar, cannot be used: {text}</translation>
    </message>
    <message>
        <source>The weekday does not match the date: {text}</source>
        <translation>The weekday does not match the date: {text}</translation>
    </message>
    <message>
        <source>{text} is before the {era} era, which began on {first}.</source>
        <translation>{text} is before the {era} era, which began on {first}.</translation>
    </message>
    <message>
        <source>{text} is after the {era} era, which ended on {last}.</source>
        <translation>{text} is after the {era} era, which ended on {last}.</translation>
    </message>
    <message>
        <source>Enter only the host name of the mail server, such as imap.example.jp (no imaps:// and no port number).</source>
        <translation>Enter only the host name of the mail server, such as imap.example.jp (no imaps:// and no port number).</translation>
    </message>
    <message>
        <source>Enter a port number from 1 to 65535.</source>
        <translation>Enter a port number from 1 to 65535.</translation>
    </message>
    <message>
        <source>Unknown connection security {value}; use one of: {choices}</source>
        <translation>Unknown connection security {value}; use one of: {choices}</translation>
    </message>
    <message>
        <source>The mail server user name is not valid.</source>
        <translation>The mail server user name is not valid.</translation>
    </message>
    <message>
        <source>The mail folder name is not valid.</source>
        <translation>The mail folder name is not valid.</translation>
    </message>
    <message>
        <source>Enter the fetch interval in whole minutes from 0 (off) to {high}.</source>
        <translation>Enter the fetch interval in whole minutes from 0 (off) to {high}.</translation>
    </message>
    <message>
        <source>An unencrypted connection is allowed only to this computer. Choose IMAPS or STARTTLS for {host}.</source>
        <translation>An unencrypted connection is allowed only to this computer. Choose IMAPS or STARTTLS for {host}.</translation>
    </message>
    <message>
        <source>The mail server {host} does not offer STARTTLS. Try IMAPS.</source>
        <translation>The mail server {host} does not offer STARTTLS. Try IMAPS.</translation>
    </message>
    <message>
        <source>A secure (TLS) connection to the mail server {host} failed: {reason}</source>
        <translation>A secure (TLS) connection to the mail server {host} failed: {reason}</translation>
    </message>
    <message>
        <source>Could not connect to the mail server {host} (port {port}): {reason}</source>
        <translation>Could not connect to the mail server {host} (port {port}): {reason}</translation>
    </message>
    <message>
        <source>The mail server {host} refuses to log in over this connection.</source>
        <translation>The mail server {host} refuses to log in over this connection.</translation>
    </message>
    <message>
        <source>The mail server {host} refused the login for {user}. Check the user name and the password.</source>
        <translation>The mail server {host} refused the login for {user}. Check the user name and the password.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist on the mail server {host}: {reason}</source>
        <translation>The folder {folder} does not exist on the mail server {host}: {reason}</translation>
    </message>
    <message>
        <source>The mail server {host} gave an unexpected answer: {detail}</source>
        <translation>The mail server {host} gave an unexpected answer: {detail}</translation>
    </message>
    <message>
        <source>Cannot read {name} as an Outlook message: {reason}</source>
        <translation>Cannot read {name} as an Outlook message: {reason}</translation>
    </message>
    <message>
        <source>the file is damaged or is not an Outlook message</source>
        <translation>the file is damaged or is not an Outlook message</translation>
    </message>
    <message>
        <source>Stopped fetching mail: {count} messages in a row could not be imported. The last reason: {reason}</source>
        <translation>Stopped fetching mail: {count} messages in a row could not be imported. The last reason: {reason}</translation>
    </message>
    <message>
        <source>The system keychain could not be used: {detail}</source>
        <translation>The system keychain could not be used: {detail}</translation>
    </message>
    <message>
        <source>Fetching mail is not set up: enter the mail server and the user name.</source>
        <translation>Fetching mail is not set up: enter the mail server and the user name.</translation>
    </message>
    <message>
        <source>The password for {user} on {host} is not in this computer's keychain. Enter it in the mail settings.</source>
        <translation>The password for {user} on {host} is not in this computer's keychain. Enter it in the mail settings.</translation>
    </message>
    <message>
        <source>A time zone is required for {value}.</source>
        <translation>A time zone is required for {value}.</translation>
    </message>
    <message>
        <source>The ticket {ref} has been merged into another ticket.</source>
        <translation>The ticket {ref} has been merged into another ticket.</translation>
    </message>
    <message>
        <source>Enter the caller's name.</source>
        <translation>Enter the caller's name.</translation>
    </message>
    <message>
        <source>Not a phone number: {number}</source>
        <translation>Not a phone number: {number}</translation>
    </message>
    <message>
        <source>The call duration must be between 0 and 24 hours.</source>
        <translation>The call duration must be between 0 and 24 hours.</translation>
    </message>
    <message>
        <source>Enter the sender's name.</source>
        <translation>Enter the sender's name.</translation>
    </message>
    <message>
        <source>A ticket cannot be merged into itself.</source>
        <translation>A ticket cannot be merged into itself.</translation>
    </message>
    <message>
        <source>The ticket {ref} is not merged.</source>
        <translation>The ticket {ref} is not merged.</translation>
    </message>
    <message>
        <source>First undo the later merge of {target} into {other}.</source>
        <translation>First undo the later merge of {target} into {other}.</translation>
    </message>
    <message>
        <source>Choose messages of this ticket to split off.</source>
        <translation>Choose messages of this ticket to split off.</translation>
    </message>
    <message>
        <source>At least one message must stay in the ticket.</source>
        <translation>At least one message must stay in the ticket.</translation>
    </message>
    <message>
        <source>No reply templates in the language {language}.</source>
        <translation>No reply templates in the language {language}.</translation>
    </message>
    <message>
        <source>Not a mail address: {address}</source>
        <translation>Not a mail address: {address}</translation>
    </message>
    <message>
        <source>Enter the address the reply goes to.</source>
        <translation>Enter the address the reply goes to.</translation>
    </message>
    <message>
        <source>The reply is empty.</source>
        <translation>The reply is empty.</translation>
    </message>
    <message>
        <source>The subject must be a single line.</source>
        <translation>The subject must be a single line.</translation>
    </message>
    <message>
        <source>No ticket with id {id}.</source>
        <translation>No ticket with id {id}.</translation>
    </message>
    <message>
        <source>Only an image (PNG, JPEG, BMP, TIFF) can be masked.</source>
        <translation>Only an image (PNG, JPEG, BMP, TIFF) can be masked.</translation>
    </message>
    <message>
        <source>The printer {printer} could not start printing.</source>
        <translation>The printer {printer} could not start printing.</translation>
    </message>
    <message>
        <source>Could not read {path}: {reason}</source>
        <translation>Could not read {path}: {reason}</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>The database is not open.</translation>
    </message>
    <message>
        <source>Not a case reference: {text} (expected e.g. REQ-2026-0042)</source>
        <translation>Not a case reference: {text} (expected e.g. REQ-2026-0042)</translation>
    </message>
    <message>
        <source>No request case with id {id}.</source>
        <translation>No request case with id {id}.</translation>
    </message>
    <message>
        <source>Case {ref} is no longer open; it cannot be changed.</source>
        <translation>Case {ref} is no longer open; it cannot be changed.</translation>
    </message>
    <message>
        <source>No request case {ref}.</source>
        <translation>No request case {ref}.</translation>
    </message>
    <message>
        <source>This request case</source>
        <translation>This request case</translation>
    </message>
    <message>
        <source>This ticket</source>
        <translation>This ticket</translation>
    </message>
    <message>
        <source>This person's record</source>
        <translation>This person's record</translation>
    </message>
    <message>
        <source>This user</source>
        <translation>This user</translation>
    </message>
    <message>
        <source>These settings</source>
        <translation>These settings</translation>
    </message>
    <message>
        <source>{what} was changed by {name} at {time} after you opened it. Your change was not saved; what is stored now is shown.</source>
        <translation>{what} was changed by {name} at {time} after you opened it. Your change was not saved; what is stored now is shown.</translation>
    </message>
    <message>
        <source>{what} was changed on another desk after you opened it. Your change was not saved; what is stored now is shown.</source>
        <translation>{what} was changed on another desk after you opened it. Your change was not saved; what is stored now is shown.</translation>
    </message>
    <message>
        <source>This mail's HTML is too long to show in full: its text is shown up to a point, and the whole HTML is kept as the attachment message-body.html.</source>
        <translation>This mail's HTML is too long to show in full: its text is shown up to a point, and the whole HTML is kept as the attachment message-body.html.</translation>
    </message>
    <message>
        <source>This mail's text is too long to show in full: it is cut short, and the whole text is kept as the attachment message-body.txt.</source>
        <translation>This mail's text is too long to show in full: it is cut short, and the whole text is kept as the attachment message-body.txt.</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>no such file or folder</translation>
    </message>
    <message>
        <source>not a regular file (a device, a pipe or a socket): not read</source>
        <translation>not a regular file (a device, a pipe or a socket): not read</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>cannot be read ({reason})</translation>
    </message>
    <message>
        <source>cannot be read after message {number} ({reason})</source>
        <translation>cannot be read after message {number} ({reason})</translation>
    </message>
    <message>
        <source>larger than {limit} MB; it was not read</source>
        <translation>larger than {limit} MB; it was not read</translation>
    </message>
    <message>
        <source>a message larger than {limit} MB; it was not read</source>
        <translation>a message larger than {limit} MB; it was not read</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>the file holds no message</source>
        <translation>the file holds no message</translation>
    </message>
    <message>
        <source>empty message</source>
        <translation>empty message</translation>
    </message>
    <message>
        <source>not an mbox file (it does not start with a From line)</source>
        <translation>not an mbox file (it does not start with a From line)</translation>
    </message>
    <message>
        <source>the folder holds no .eml, .msg or .mbox file</source>
        <translation>the folder holds no .eml, .msg or .mbox file</translation>
    </message>
    <message>
        <source>not readable as an Outlook message ({error})</source>
        <translation>not readable as an Outlook message ({error})</translation>
    </message>
    <message>
        <source>No deadline can be computed from {date}: it is too far in the future.</source>
        <translation>No deadline can be computed from {date}: it is too far in the future.</translation>
    </message>
    <message>
        <source>The number of persons must be 0 or more.</source>
        <translation>The number of persons must be 0 or more.</translation>
    </message>
    <message>
        <source>the message could not be stored: {detail}</source>
        <translation>the message could not be stored: {detail}</translation>
    </message>
    <message>
        <source>not a mail message: it does not start with mail headers</source>
        <translation>not a mail message: it does not start with mail headers</translation>
    </message>
    <message>
        <source>not a mail message: it has no From, Date or Message-ID header</source>
        <translation>not a mail message: it has no From, Date or Message-ID header</translation>
    </message>
    <message>
        <source>the message is cut short: the file ends inside its headers</source>
        <translation>the message is cut short: the file ends inside its headers</translation>
    </message>
    <message>
        <source>the message is cut short: the file ends inside an attachment or part</source>
        <translation>the message is cut short: the file ends inside an attachment or part</translation>
    </message>
    <message>
        <source>The mail server {host} has no Sent folder, so no copy of the sent mail was kept there.</source>
        <translation>The mail server {host} has no Sent folder, so no copy of the sent mail was kept there.</translation>
    </message>
    <message>
        <source>The system keychain could not be used: {reason}</source>
        <translation>The system keychain could not be used: {reason}</translation>
    </message>
    <message>
        <source>An unencrypted connection is allowed only to this computer. Choose STARTTLS or TLS for {host}.</source>
        <translation>An unencrypted connection is allowed only to this computer. Choose STARTTLS or TLS for {host}.</translation>
    </message>
    <message>
        <source>The mail server {host} does not offer STARTTLS. Try TLS.</source>
        <translation>The mail server {host} does not offer STARTTLS. Try TLS.</translation>
    </message>
    <message>
        <source>The mail server {host} offers no login over this connection.</source>
        <translation>The mail server {host} offers no login over this connection.</translation>
    </message>
    <message>
        <source>The mail server {host} (port {port}) did not answer in time. Try again later.</source>
        <translation>The mail server {host} (port {port}) did not answer in time. Try again later.</translation>
    </message>
    <message>
        <source>A secure (TLS) connection to the mail server {host} failed. Check the connection security and the port.</source>
        <translation>A secure (TLS) connection to the mail server {host} failed. Check the connection security and the port.</translation>
    </message>
    <message>
        <source>The mail server {host} refused the message: {answer}</source>
        <translation>The mail server {host} refused the message: {answer}</translation>
    </message>
    <message>
        <source>Could not connect to the mail server {host} (port {port}). Check the server name and the port, and that this computer is online.</source>
        <translation>Could not connect to the mail server {host} (port {port}). Check the server name and the port, and that this computer is online.</translation>
    </message>
    <message>
        <source>The mail server {host} refused the recipient {recipients}.</source>
        <translation>The mail server {host} refused the recipient {recipients}.</translation>
    </message>
    <message>
        <source>The mail server {host} does not accept mail from {sender}: {answer}</source>
        <translation>The mail server {host} does not accept mail from {sender}: {answer}</translation>
    </message>
    <message>
        <source>There is no database at {path}, and none was created. If the path is mistyped, correct it in Settings; Try Again offers to create a new, empty database there.</source>
        <translation>There is no database at {path}, and none was created. If the path is mistyped, correct it in Settings; Try Again offers to create a new, empty database there.</translation>
    </message>
    <message>
        <source>Enter only the host name of the sending server, such as smtp.example.jp (no scheme, port or spaces).</source>
        <translation>Enter only the host name of the sending server, such as smtp.example.jp (no scheme, port or spaces).</translation>
    </message>
    <message>
        <source>Enter the desk's address alone, such as info@example.jp.</source>
        <translation>Enter the desk's address alone, such as info@example.jp.</translation>
    </message>
    <message>
        <source>Write the desk's name on one line, without line breaks or tabs.</source>
        <translation>Write the desk's name on one line, without line breaks or tabs.</translation>
    </message>
    <message>
        <source>The desk's name is too long (at most {high} characters).</source>
        <translation>The desk's name is too long (at most {high} characters).</translation>
    </message>
    <message>
        <source>Sending mail is not set up: an administrator enters the sending server and the desk's address in File › Settings › Sending Mail. Until then, open the reply in your mail client.</source>
        <translation>Sending mail is not set up: an administrator enters the sending server and the desk's address in File › Settings › Sending Mail. Until then, open the reply in your mail client.</translation>
    </message>
    <message>
        <source>The password for {user} on {host} is not in this computer's keychain. Enter it in File › Settings › Sending Mail.</source>
        <translation>The password for {user} on {host} is not in this computer's keychain. Enter it in File › Settings › Sending Mail.</translation>
    </message>
    <message>
        <source>Enter the user name the password belongs to.</source>
        <translation>Enter the user name the password belongs to.</translation>
    </message>
    <message>
        <source>The mail was sent, but it could not be recorded in {ref}: {reason} Add a note to the ticket that it was answered.</source>
        <translation>The mail was sent, but it could not be recorded in {ref}: {reason} Add a note to the ticket that it was answered.</translation>
    </message>
    <message>
        <source>No copy was kept in the Sent folder: the mailbox password is not in this computer's keychain.</source>
        <translation>No copy was kept in the Sent folder: the mailbox password is not in this computer's keychain.</translation>
    </message>
    <message>
        <source>The attachment {name} is no forwarded message.</source>
        <translation>The attachment {name} is no forwarded message.</translation>
    </message>
    <message>
        <source>The forwarded message {name} was larger than the office's limit and not stored.</source>
        <translation>The forwarded message {name} was larger than the office's limit and not stored.</translation>
    </message>
    <message>
        <source>“{text}” is not a retention period: write a number and a unit, e.g. 7y, 6m, 2w or 90d.</source>
        <translation>“{text}” is not a retention period: write a number and a unit, e.g. 7y, 6m, 2w or 90d.</translation>
    </message>
    <message>
        <source>A retention period counts from 1 to {max}, not {count}.</source>
        <translation>A retention period counts from 1 to {max}, not {count}.</translation>
    </message>
    <message>
        <source>A retention period from {day} would end after the year 9999.</source>
        <translation>A retention period from {day} would end after the year 9999.</translation>
    </message>
    <message>
        <source>Incident {ref} is closed: it can no longer be changed.</source>
        <translation>Incident {ref} is closed: it can no longer be changed.</translation>
    </message>
    <message>
        <source>No timeline entry with id {id}.</source>
        <translation>No timeline entry with id {id}.</translation>
    </message>
    <message>
        <source>Choose the timeline entry this corrects.</source>
        <translation>Choose the timeline entry this corrects.</translation>
    </message>
    <message>
        <source>The time of the entry needs its time zone.</source>
        <translation>The time of the entry needs its time zone.</translation>
    </message>
    <message>
        <source>A timeline entry may not be in the future.</source>
        <translation>A timeline entry may not be in the future.</translation>
    </message>
    <message>
        <source>The numbers of persons must be 0 or more.</source>
        <translation>The numbers of persons must be 0 or more.</translation>
    </message>
    <message>
        <source>Reached and unreachable persons add up to more than the notice was for.</source>
        <translation>Reached and unreachable persons add up to more than the notice was for.</translation>
    </message>
    <message>
        <source>A notice cannot be recorded before it is sent.</source>
        <translation>A notice cannot be recorded before it is sent.</translation>
    </message>
    <message>
        <source>A receipt number may be up to {high} characters.</source>
        <translation>A receipt number may be up to {high} characters.</translation>
    </message>
    <message>
        <source>A report cannot be marked filed before the day it is filed.</source>
        <translation>A report cannot be marked filed before the day it is filed.</translation>
    </message>
    <message>
        <source>A report cannot have been filed before the company became aware of it.</source>
        <translation>A report cannot have been filed before the company became aware of it.</translation>
    </message>
    <message>
        <source>The {kind} of {ref} is already recorded as filed.</source>
        <translation>The {kind} of {ref} is already recorded as filed.</translation>
    </message>
    <message>
        <source>No incident {ref}.</source>
        <translation>No incident {ref}.</translation>
    </message>
    <message>
        <source>No evidence with id {id}.</source>
        <translation>No evidence with id {id}.</translation>
    </message>
    <message>
        <source>{ref} must be reported by its assessment: it cannot be closed as not reportable.</source>
        <translation>{ref} must be reported by its assessment: it cannot be closed as not reportable.</translation>
    </message>
    <message>
        <source>{ref} is closed once its final report is filed.</source>
        <translation>{ref} is closed once its final report is filed.</translation>
    </message>
    <message>
        <source>{name} could not be read: {reason}</source>
        <translation>{name} could not be read: {reason}</translation>
    </message>
    <message>
        <source>{name} is {size} bytes. The office stores files of up to {limit} bytes.</source>
        <translation>{name} is {size} bytes. The office stores files of up to {limit} bytes.</translation>
    </message>
    <message>
        <source>This incident</source>
        <translation>This incident</translation>
    </message>
    <message>
        <source>No incident with id {id}.</source>
        <translation>No incident with id {id}.</translation>
    </message>
    <message>
        <source>Give either the exact number of persons or a range.</source>
        <translation>Give either the exact number of persons or a range.</translation>
    </message>
    <message>
        <source>The range of persons must not end below where it starts.</source>
        <translation>The range of persons must not end below where it starts.</translation>
    </message>
    <message>
        <source>The incident needs a title.</source>
        <translation>The incident needs a title.</translation>
    </message>
    <message>
        <source>The title may be up to {high} characters.</source>
        <translation>The title may be up to {high} characters.</translation>
    </message>
    <message>
        <source>A field may be up to {high} characters.</source>
        <translation>A field may be up to {high} characters.</translation>
    </message>
    <message>
        <source>The incident's dates may not be in the future.</source>
        <translation>The incident's dates may not be in the future.</translation>
    </message>
    <message>
        <source>It cannot have happened after the company became aware of it.</source>
        <translation>It cannot have happened after the company became aware of it.</translation>
    </message>
    <message>
        <source>Name the commissioning company we handle the data for.</source>
        <translation>Name the commissioning company we handle the data for.</translation>
    </message>
    <message>
        <source>Only a contractor reports to the commissioning company (APPI Art. 26(1)).</source>
        <translation>Only a contractor reports to the commissioning company (APPI Art. 26(1)).</translation>
    </message>
    <message>
        <source>Name the ministry or organization the report goes to.</source>
        <translation>Name the ministry or organization the report goes to.</translation>
    </message>
    <message>
        <source>Write what happened.</source>
        <translation>Write what happened.</translation>
    </message>
    <message>
        <source>{ref} has not been disposed of: there is no certificate yet.</source>
        <translation>{ref} has not been disposed of: there is no certificate yet.</translation>
    </message>
    <message>
        <source>This holding</source>
        <translation>This holding</translation>
    </message>
    <message>
        <source>This data category</source>
        <translation>This data category</translation>
    </message>
    <message>
        <source>This retention rule</source>
        <translation>This retention rule</translation>
    </message>
    <message>
        <source>{ref} has been disposed of: its record can no longer be changed.</source>
        <translation>{ref} has been disposed of: its record can no longer be changed.</translation>
    </message>
    <message>
        <source>{field} is required.</source>
        <translation>{field} is required.</translation>
    </message>
    <message>
        <source>{field} is longer than {max} characters.</source>
        <translation>{field} is longer than {max} characters.</translation>
    </message>
    <message>
        <source>Not a holding reference: {text} (expected e.g. RET-2026-0001)</source>
        <translation>Not a holding reference: {text} (expected e.g. RET-2026-0001)</translation>
    </message>
    <message>
        <source>No holding with id {id}.</source>
        <translation>No holding with id {id}.</translation>
    </message>
    <message>
        <source>No data category with id {id}.</source>
        <translation>No data category with id {id}.</translation>
    </message>
    <message>
        <source>The note is longer than {max} characters.</source>
        <translation>The note is longer than {max} characters.</translation>
    </message>
    <message>
        <source>The review date of a hold must be after today ({today}).</source>
        <translation>The review date of a hold must be after today ({today}).</translation>
    </message>
    <message>
        <source>Say why the data must be kept: the note is empty.</source>
        <translation>Say why the data must be kept: the note is empty.</translation>
    </message>
    <message>
        <source>{ref} is not on a hold.</source>
        <translation>{ref} is not on a hold.</translation>
    </message>
    <message>
        <source>{name} is not a manager: a disposal is approved by a manager.</source>
        <translation>{name} is not a manager: a disposal is approved by a manager.</translation>
    </message>
    <message>
        <source>{name} is larger than {size} MB.</source>
        <translation>{name} is larger than {size} MB.</translation>
    </message>
    <message>
        <source>The evidence file {name} cannot be read: {reason}</source>
        <translation>The evidence file {name} cannot be read: {reason}</translation>
    </message>
    <message>
        <source>{ref} is on a hold: release the hold before disposing of it.</source>
        <translation>{ref} is on a hold: release the hold before disposing of it.</translation>
    </message>
    <message>
        <source>A disposal cannot be dated after today.</source>
        <translation>A disposal cannot be dated after today.</translation>
    </message>
    <message>
        <source>A disposal cannot be dated before the holding's trigger day ({day}).</source>
        <translation>A disposal cannot be dated before the holding's trigger day ({day}).</translation>
    </message>
    <message>
        <source>The stored file {sha256} is missing.</source>
        <translation>The stored file {sha256} is missing.</translation>
    </message>
    <message>
        <source>No holding {ref}.</source>
        <translation>No holding {ref}.</translation>
    </message>
    <message>
        <source>This purge rule</source>
        <translation>This purge rule</translation>
    </message>
    <message>
        <source>Only junk tickets are deleted; other records are anonymised.</source>
        <translation>Only junk tickets are deleted; other records are anonymised.</translation>
    </message>
    <message>
        <source>No record with id {id}.</source>
        <translation>No record with id {id}.</translation>
    </message>
    <message>
        <source>This record is not on a hold.</source>
        <translation>This record is not on a hold.</translation>
    </message>
    <message>
        <source>There is no incident to report on.</source>
        <translation>There is no incident to report on.</translation>
    </message>
    <message>
        <source>The last day comes before the first day.</source>
        <translation>The last day comes before the first day.</translation>
    </message>
</context>
<context>
    <name>FileRisk</name>
    <message>
        <source>a program</source>
        <translation>a program</translation>
    </message>
    <message>
        <source>a script (program code that runs when opened)</source>
        <translation>a script (program code that runs when opened)</translation>
    </message>
    <message>
        <source>an installer or a change to the system's settings</source>
        <translation>an installer or a change to the system's settings</translation>
    </message>
    <message>
        <source>a shortcut that starts a program or opens an address</source>
        <translation>a shortcut that starts a program or opens an address</translation>
    </message>
    <message>
        <source>a disk image that opens as a drive of its own</source>
        <translation>a disk image that opens as a drive of its own</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation><numerusform>%n byte</numerusform><numerusform>%n bytes</numerusform></translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>No temporary folder could be made for the file.</source>
        <translation>No temporary folder could be made for the file.</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>Could not write {path}: {reason}</translation>
    </message>
    <message>
        <source>Saved as {path}.</source>
        <translation>Saved as {path}.</translation>
    </message>
    <message>
        <source>No program on this computer opens {name}. Use Save As… instead.</source>
        <translation>No program on this computer opens {name}. Use Save As… instead.</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Welcome to Privacy Desk</source>
        <translation>Welcome to Privacy Desk</translation>
    </message>
    <message>
        <source>This database is new: no inquiry, request or colleague is in it yet. Three steps get the desk started; each can be done later from the menus too.</source>
        <translation>This database is new: no inquiry, request or colleague is in it yet. Three steps get the desk started; each can be done later from the menus too.</translation>
    </message>
    <message>
        <source>1. Set up the mailbox</source>
        <translation>1. Set up the mailbox</translation>
    </message>
    <message>
        <source>Connect the shared address the inquiries reach (IMAP), so new mail becomes tickets.</source>
        <translation>Connect the shared address the inquiries reach (IMAP), so new mail becomes tickets.</translation>
    </message>
    <message>
        <source>Set Up the &amp;Mailbox…</source>
        <translation>Set Up the &amp;Mailbox…</translation>
    </message>
    <message>
        <source>2. Add users</source>
        <translation>2. Add users</translation>
    </message>
    <message>
        <source>Give each colleague a login and a role: desk staff, manager or administrator.</source>
        <translation>Give each colleague a login and a role: desk staff, manager or administrator.</translation>
    </message>
    <message>
        <source>Add &amp;Users…</source>
        <translation>Add &amp;Users…</translation>
    </message>
    <message>
        <source>3. Load demo data</source>
        <translation>3. Load demo data</translation>
    </message>
    <message>
        <source>Try the app out on invented inquiries, requests and people. Only for a database used for practice: the demo records stay until it is deleted.</source>
        <translation>Try the app out on invented inquiries, requests and people. Only for a database used for practice: the demo records stay until it is deleted.</translation>
    </message>
    <message>
        <source>Load &amp;Demo Data</source>
        <translation>Load &amp;Demo Data</translation>
    </message>
    <message>
        <source>Closed, this page does not come back for this database.</source>
        <translation>Closed, this page does not come back for this database.</translation>
    </message>
    <message>
        <source>&amp;Close This Page</source>
        <translation>&amp;Close This Page</translation>
    </message>
    <message>
        <source>Loading the demo data…</source>
        <translation>Loading the demo data…</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>Something went wrong ({error}). Nothing was saved.</source>
        <translation>Something went wrong ({error}). Nothing was saved.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Write the note first.</translation>
    </message>
</context>
<context>
    <name>HoldReason</name>
    <message>
        <source>Required by law</source>
        <translation>Required by law</translation>
    </message>
    <message>
        <source>The person consented</source>
        <translation>The person consented</translation>
    </message>
    <message>
        <source>Business need with good reason</source>
        <translation>Business need with good reason</translation>
    </message>
    <message>
        <source>Other special reason</source>
        <translation>Other special reason</translation>
    </message>
</context>
<context>
    <name>HoldingStatus</name>
    <message>
        <source>Kept</source>
        <translation>Kept</translation>
    </message>
    <message>
        <source>Due for deletion</source>
        <translation>Due for deletion</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>On hold</translation>
    </message>
    <message>
        <source>Hold to review</source>
        <translation>Hold to review</translation>
    </message>
    <message>
        <source>Disposed</source>
        <translation>Disposed</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <source>&amp;Import Mail…</source>
        <translation>&amp;Import Mail…</translation>
    </message>
    <message>
        <source>&amp;Export Inbox as CSV…</source>
        <translation>&amp;Export Inbox as CSV…</translation>
    </message>
    <message>
        <source>Internal note on {ref}</source>
        <translation>Internal note on {ref}</translation>
    </message>
    <message>
        <source>An internal note stays in the thread for the desk. It is never sent to the requester.</source>
        <translation>An internal note stays in the thread for the desk. It is never sent to the requester.</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Requester</translation>
    </message>
    <message>
        <source>Mail on {ref}</source>
        <translation>Mail on {ref}</translation>
    </message>
    <message>
        <source>&amp;Language of the reply:</source>
        <translation>&amp;Language of the reply:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation>&amp;Cc:</translation>
    </message>
    <message>
        <source>Tem&amp;plate:</source>
        <translation>Tem&amp;plate:</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>Open in &amp;Mail Client</source>
        <translation>Open in &amp;Mail Client</translation>
    </message>
    <message>
        <source>Your text was replaced by the new draft; Ctrl+Z brings it back.</source>
        <translation>Your text was replaced by the new draft; Ctrl+Z brings it back.</translation>
    </message>
    <message>
        <source>Enter the address the mail goes to.</source>
        <translation>Enter the address the mail goes to.</translation>
    </message>
    <message>
        <source>&amp;New mail (not a reply to the last message)</source>
        <translation>&amp;New mail (not a reply to the last message)</translation>
    </message>
    <message>
        <source>Without the quote and threading headers, for example after a call.</source>
        <translation>Without the quote and threading headers, for example after a call.</translation>
    </message>
    <message>
        <source>Addresses separated by commas</source>
        <translation>Addresses separated by commas</translation>
    </message>
    <message>
        <source>Send now through the office's mail server (Ctrl+Return)</source>
        <translation>Send now through the office's mail server (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Log the mail and open it in your mail client, to send it from there</source>
        <translation>Log the mail and open it in your mail client, to send it from there</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>My Si&amp;gnature…</source>
        <translation>My Si&amp;gnature…</translation>
    </message>
    <message>
        <source>The lines under every mail you send</source>
        <translation>The lines under every mail you send</translation>
    </message>
    <message>
        <source>Sent to {recipients}; the server refused {refused}.</source>
        <translation>Sent to {recipients}; the server refused {refused}.</translation>
    </message>
    <message>
        <source>Sent to {recipients}. {warning}</source>
        <translation>Sent to {recipients}. {warning}</translation>
    </message>
    <message>
        <source>Sent to {recipients}. A copy is in the folder {folder}.</source>
        <translation>Sent to {recipients}. A copy is in the folder {folder}.</translation>
    </message>
    <message>
        <source>Sent to {recipients}.</source>
        <translation>Sent to {recipients}.</translation>
    </message>
    <message>
        <source>Save as .&amp;eml…</source>
        <translation>Save as .&amp;eml…</translation>
    </message>
    <message>
        <source>Enter the reference of the ticket to merge into.</source>
        <translation>Enter the reference of the ticket to merge into.</translation>
    </message>
    <message>
        <source>Merge {ref}</source>
        <translation>Merge {ref}</translation>
    </message>
    <message>
        <source>Every message of {ref} moves into the other ticket; {ref} then points to it. You can undo the merge later.</source>
        <translation>Every message of {ref} moves into the other ticket; {ref} then points to it. You can undo the merge later.</translation>
    </message>
    <message>
        <source>Merge &amp;into:</source>
        <translation>Merge &amp;into:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;When:</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Direction:</translation>
    </message>
    <message>
        <source>Add to the thread of {ref} (otherwise a new ticket)</source>
        <translation>Add to the thread of {ref} (otherwise a new ticket)</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Summary:</translation>
    </message>
    <message>
        <source>Write what the call was about.</source>
        <translation>Write what the call was about.</translation>
    </message>
    <message>
        <source>Log a Phone Call</source>
        <translation>Log a Phone Call</translation>
    </message>
    <message>
        <source>The requester called the desk</source>
        <translation>The requester called the desk</translation>
    </message>
    <message>
        <source>The desk called the requester</source>
        <translation>The desk called the requester</translation>
    </message>
    <message>
        <source>&amp;Caller:</source>
        <translation>&amp;Caller:</translation>
    </message>
    <message>
        <source>Phone &amp;number:</source>
        <translation>Phone &amp;number:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Duration:</translation>
    </message>
    <message>
        <source>&amp;Recording reference:</source>
        <translation>&amp;Recording reference:</translation>
    </message>
    <message>
        <source>where the phone system stored the recording</source>
        <translation>where the phone system stored the recording</translation>
    </message>
    <message>
        <source>&amp;Log Call</source>
        <translation>&amp;Log Call</translation>
    </message>
    <message>
        <source>Se&amp;nder:</source>
        <translation>Se&amp;nder:</translation>
    </message>
    <message>
        <source>Scanned Letter</source>
        <translation>Scanned Letter</translation>
    </message>
    <message>
        <source>Enter who wrote the letter.</source>
        <translation>Enter who wrote the letter.</translation>
    </message>
    <message>
        <source>Log a Letter</source>
        <translation>Log a Letter</translation>
    </message>
    <message>
        <source>Received from the requester</source>
        <translation>Received from the requester</translation>
    </message>
    <message>
        <source>Sent by the desk</source>
        <translation>Sent by the desk</translation>
    </message>
    <message>
        <source>Postal &amp;address:</source>
        <translation>Postal &amp;address:</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>Su&amp;bject:</translation>
    </message>
    <message>
        <source>Scanned pages:</source>
        <translation>Scanned pages:</translation>
    </message>
    <message>
        <source>Add &amp;File…</source>
        <translation>Add &amp;File…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>&amp;Log Letter</source>
        <translation>&amp;Log Letter</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>IMAPS (TLS, port 993)</source>
        <translation>IMAPS (TLS, port 993)</translation>
    </message>
    <message>
        <source>STARTTLS (port 143)</source>
        <translation>STARTTLS (port 143)</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation>None (unencrypted)</translation>
    </message>
    <message>
        <source>&amp;Mail server (IMAP):</source>
        <translation>&amp;Mail server (IMAP):</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n message(s) in the folder.</source>
        <translation><numerusform>Connected: %n message in the folder.</numerusform><numerusform>Connected: %n messages in the folder.</numerusform></translation>
    </message>
    <message>
        <source>Could not connect: {reason}</source>
        <translation>Could not connect: {reason}</translation>
    </message>
    <message>
        <source>An administrator must first enter the mail server and the user name.</source>
        <translation>An administrator must first enter the mail server and the user name.</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>Enter the password.</translation>
    </message>
    <message>
        <source>Mailbox Settings</source>
        <translation>Mailbox Settings</translation>
    </message>
    <message>
        <source>Mail sent to the desk's address is fetched from this IMAP mailbox. The server settings are shared by every desk; the password is kept only in this computer's keychain.</source>
        <translation>Mail sent to the desk's address is fetched from this IMAP mailbox. The server settings are shared by every desk; the password is kept only in this computer's keychain.</translation>
    </message>
    <message>
        <source>Only an administrator can change the server settings. You can store the password in this computer's keychain, so this desk can fetch mail.</source>
        <translation>Only an administrator can change the server settings. You can store the password in this computer's keychain, so this desk can fetch mail.</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>Se&amp;curity:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>stored in the keychain; type to replace it</source>
        <translation>stored in the keychain; type to replace it</translation>
    </message>
    <message>
        <source>not stored on this computer yet</source>
        <translation>not stored on this computer yet</translation>
    </message>
    <message>
        <source>Fetch &amp;every (minutes, 0 = only on request):</source>
        <translation>Fetch &amp;every (minutes, 0 = only on request):</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Test Connection</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Response due</source>
        <translation>Response due</translation>
    </message>
    <message>
        <source>The first response to the requester is due by this day (office policy).</source>
        <translation>The first response to the requester is due by this day (office policy).</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>The first response has been given.</source>
        <translation>The first response has been given.</translation>
    </message>
    <message>
        <source>Request cases from this ticket: {links}</source>
        <translation>Request cases from this ticket: {links}</translation>
    </message>
    <message>
        <source>Assign To</source>
        <translation>Assign To</translation>
    </message>
    <message>
        <source>Set Status</source>
        <translation>Set Status</translation>
    </message>
    <message>
        <source>Set Category</source>
        <translation>Set Category</translation>
    </message>
    <message>
        <source>Mark Selected as Junk</source>
        <translation>Mark Selected as Junk</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nobody</translation>
    </message>
    <message numerus="yes">
        <source>Changing %n ticket(s)…</source>
        <translation><numerusform>Changing %n ticket…</numerusform><numerusform>Changing %n tickets…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) changed.</source>
        <translation><numerusform>%n ticket changed.</numerusform><numerusform>%n tickets changed.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) not changed: {reason}</source>
        <translation><numerusform>%n ticket not changed: {reason}</numerusform><numerusform>%n tickets not changed: {reason}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>📎 %n attachment(s)</source>
        <translation><numerusform>📎 %n attachment</numerusform><numerusform>📎 %n attachments</numerusform></translation>
    </message>
    <message>
        <source>{kind} · {who} · {when}{extra}
{first_line}</source>
        <translation>{kind} · {who} · {when}{extra}
{first_line}</translation>
    </message>
    <message>
        <source>Internal note: never sent to the requester.</source>
        <translation>Internal note: never sent to the requester.</translation>
    </message>
    <message>
        <source>{name} ({size}, not stored: larger than the office's limit)</source>
        <translation>{name} ({size}, not stored: larger than the office's limit)</translation>
    </message>
    <message>
        <source>{name} ({size})</source>
        <translation>{name} ({size})</translation>
    </message>
    <message>
        <source>From: {sender}</source>
        <translation>From: {sender}</translation>
    </message>
    <message>
        <source>To: {recipients}</source>
        <translation>To: {recipients}</translation>
    </message>
    <message>
        <source>Cc: {recipients}</source>
        <translation>Cc: {recipients}</translation>
    </message>
    <message>
        <source>Delivery failed to {address}: {status} (the server said: {diagnostic})</source>
        <translation>Delivery failed to {address}: {status} (the server said: {diagnostic})</translation>
    </message>
    <message>
        <source>Delivery delayed to {address}: {status} (the server said: {diagnostic})</source>
        <translation>Delivery delayed to {address}: {status} (the server said: {diagnostic})</translation>
    </message>
    <message>
        <source>Delivery failed to {address}: {status}</source>
        <translation>Delivery failed to {address}: {status}</translation>
    </message>
    <message>
        <source>Delivery delayed to {address}: {status}</source>
        <translation>Delivery delayed to {address}: {status}</translation>
    </message>
    <message>
        <source>A mail of the desk's could not be delivered.</source>
        <translation>A mail of the desk's could not be delivered.</translation>
    </message>
    <message>
        <source>Show the mail that was not delivered</source>
        <translation>Show the mail that was not delivered</translation>
    </message>
    <message>
        <source>Open &amp;File</source>
        <translation>Open &amp;File</translation>
    </message>
    <message>
        <source>Forwarded message</source>
        <translation>Forwarded message</translation>
    </message>
    <message>
        <source>Date: {when}</source>
        <translation>Date: {when}</translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation>Subject: {subject}</translation>
    </message>
    <message>
        <source>Text of the forwarded message</source>
        <translation>Text of the forwarded message</translation>
    </message>
    <message>
        <source>Files of the forwarded message</source>
        <translation>Files of the forwarded message</translation>
    </message>
    <message>
        <source>number {number}</source>
        <translation>number {number}</translation>
    </message>
    <message>
        <source>duration {duration}</source>
        <translation>duration {duration}</translation>
    </message>
    <message>
        <source>recording {ref}</source>
        <translation>recording {ref}</translation>
    </message>
    <message>
        <source>Call: {details}</source>
        <translation>Call: {details}</translation>
    </message>
    <message>
        <source>Problems in this mail: {defects}</source>
        <translation>Problems in this mail: {defects}</translation>
    </message>
    <message>
        <source>Internal note by {author} — for the desk only, never sent to the requester.</source>
        <translation>Internal note by {author} — for the desk only, never sent to the requester.</translation>
    </message>
    <message>
        <source>{ref} · {channel}</source>
        <translation>{ref} · {channel}</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(no subject)</translation>
    </message>
    <message>
        <source>From {requester}</source>
        <translation>From {requester}</translation>
    </message>
    <message>
        <source>received {when}</source>
        <translation>received {when}</translation>
    </message>
    <message>
        <source>first response given</source>
        <translation>first response given</translation>
    </message>
    <message>
        <source>first response overdue since {date}</source>
        <translation>first response overdue since {date}</translation>
    </message>
    <message>
        <source>first response due {date}</source>
        <translation>first response due {date}</translation>
    </message>
    <message>
        <source>This ticket was merged into {ref}. Undo the merge to work on it here.</source>
        <translation>This ticket was merged into {ref}. Undo the merge to work on it here.</translation>
    </message>
    <message>
        <source>Merged in: {refs}</source>
        <translation>Merged in: {refs}</translation>
    </message>
    <message>
        <source>Possibly related: {refs}</source>
        <translation>Possibly related: {refs}</translation>
    </message>
    <message>
        <source>not linked</source>
        <translation>not linked</translation>
    </message>
    <message>
        <source>Suggested from the words of the mail; confirm or choose another category.</source>
        <translation>Suggested from the words of the mail; confirm or choose another category.</translation>
    </message>
    <message>
        <source>&amp;Undo Merge</source>
        <translation>&amp;Undo Merge</translation>
    </message>
    <message>
        <source>Conf&amp;irm</source>
        <translation>Conf&amp;irm</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>&amp;Assignee:</translation>
    </message>
    <message>
        <source>Convert to Re&amp;quest Case…</source>
        <translation>Convert to Re&amp;quest Case…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>E&amp;dit…</translation>
    </message>
    <message>
        <source>Lin&amp;k…</source>
        <translation>Lin&amp;k…</translation>
    </message>
    <message>
        <source>&amp;Undo Merge of {ref}</source>
        <translation>&amp;Undo Merge of {ref}</translation>
    </message>
    <message>
        <source>Choose a ticket in the list to read and work on it.</source>
        <translation>Choose a ticket in the list to read and work on it.</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>Requester:</source>
        <translation>Requester:</translation>
    </message>
    <message>
        <source>&amp;Reply…</source>
        <translation>&amp;Reply…</translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation>Add &amp;Note…</translation>
    </message>
    <message>
        <source>Answered Elsewhere</source>
        <translation>Answered Elsewhere</translation>
    </message>
    <message>
        <source>The first response was given outside Privacy Desk: stop the first-response clock.</source>
        <translation>The first response was given outside Privacy Desk: stop the first-response clock.</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Merge…</translation>
    </message>
    <message>
        <source>S&amp;plit Off…</source>
        <translation>S&amp;plit Off…</translation>
    </message>
    <message>
        <source>Move the messages selected in the thread into a new ticket.</source>
        <translation>Move the messages selected in the thread into a new ticket.</translation>
    </message>
    <message>
        <source>Open a data-subject request case for this ticket, linked to it.</source>
        <translation>Open a data-subject request case for this ticket, linked to it.</translation>
    </message>
    <message>
        <source>Open Incident…</source>
        <translation>Open Incident…</translation>
    </message>
    <message>
        <source>Record a breach this ticket tells of (someone received another's data), linked to it.</source>
        <translation>Record a breach this ticket tells of (someone received another's data), linked to it.</translation>
    </message>
    <message>
        <source>Mark as &amp;Junk</source>
        <translation>Mark as &amp;Junk</translation>
    </message>
    <message>
        <source>Spam or no inquiry: out of Today and the lists (Ctrl+J).</source>
        <translation>Spam or no inquiry: out of Today and the lists (Ctrl+J).</translation>
    </message>
    <message>
        <source>Not &amp;Junk</source>
        <translation>Not &amp;Junk</translation>
    </message>
    <message>
        <source>Back to the Inbox as a new ticket (Ctrl+J).</source>
        <translation>Back to the Inbox as a new ticket (Ctrl+J).</translation>
    </message>
    <message>
        <source>Incidents of this ticket: {links}</source>
        <translation>Incidents of this ticket: {links}</translation>
    </message>
    <message>
        <source>Junk: left out of Today and the lists. Not Junk puts it back.</source>
        <translation>Junk: left out of Today and the lists. Not Junk puts it back.</translation>
    </message>
    <message>
        <source>Request cases from this ticket</source>
        <translation>Request cases from this ticket</translation>
    </message>
    <message>
        <source>Incidents of this ticket</source>
        <translation>Incidents of this ticket</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Thread</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Message text</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Header&amp;s</source>
        <translation>Header&amp;s</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <source>View &amp;Original</source>
        <translation>View &amp;Original</translation>
    </message>
    <message>
        <source>Unread: {subject}</source>
        <translation>Unread: {subject}</translation>
    </message>
    <message>
        <source>{category} (suggested)</source>
        <translation>{category} (suggested)</translation>
    </message>
    <message>
        <source>{date} (overdue)</source>
        <translation>{date} (overdue)</translation>
    </message>
    <message>
        <source>The first response is overdue: answer the requester.</source>
        <translation>The first response is overdue: answer the requester.</translation>
    </message>
    <message>
        <source>Suggested from the words of the mail; confirm or change it.</source>
        <translation>Suggested from the words of the mail; confirm or change it.</translation>
    </message>
    <message>
        <source>Mail (*.eml *.msg *.mbox);;All files (*)</source>
        <translation>Mail (*.eml *.msg *.mbox);;All files (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation><numerusform>%n ticket</numerusform><numerusform>%n tickets</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>more than %n ticket(s)</source>
        <translation><numerusform>more than %n ticket</numerusform><numerusform>more than %n tickets</numerusform></translation>
    </message>
    <message>
        <source>Words of one or two characters ({words}) are looked for in subjects and senders, and in the text of the newest mail only. Longer words are searched everywhere.</source>
        <translation>Words of one or two characters ({words}) are looked for in subjects and senders, and in the text of the newest mail only. Longer words are searched everywhere.</translation>
    </message>
    <message>
        <source>No tickets match the filter.</source>
        <translation>No tickets match the filter.</translation>
    </message>
    <message>
        <source>Mail (*.eml)</source>
        <translation>Mail (*.eml)</translation>
    </message>
    <message>
        <source>Save Reply</source>
        <translation>Save Reply</translation>
    </message>
    <message>
        <source>No mail program opened the reply. It is saved as {path}.</source>
        <translation>No mail program opened the reply. It is saved as {path}.</translation>
    </message>
    <message>
        <source>The reply is logged and open in your mail program.</source>
        <translation>The reply is logged and open in your mail program.</translation>
    </message>
    <message>
        <source>Merged into {ref}.</source>
        <translation>Merged into {ref}.</translation>
    </message>
    <message>
        <source>Undo Merge</source>
        <translation>Undo Merge</translation>
    </message>
    <message>
        <source>Give {ref} its messages back as a ticket of its own?</source>
        <translation>Give {ref} its messages back as a ticket of its own?</translation>
    </message>
    <message>
        <source>{ref} is a ticket of its own again.</source>
        <translation>{ref} is a ticket of its own again.</translation>
    </message>
    <message>
        <source>Split Off</source>
        <translation>Split Off</translation>
    </message>
    <message numerus="yes">
        <source>Move the %n selected message(s) into a new ticket?</source>
        <translation><numerusform>Move the %n selected message into a new ticket?</numerusform><numerusform>Move the %n selected messages into a new ticket?</numerusform></translation>
    </message>
    <message>
        <source>The messages are now in {ref}.</source>
        <translation>The messages are now in {ref}.</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>Save Attachment</translation>
    </message>
    <message>
        <source>{ref} is marked as junk.</source>
        <translation>{ref} is marked as junk.</translation>
    </message>
    <message>
        <source>{ref} is back in the Inbox.</source>
        <translation>{ref} is back in the Inbox.</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Headers</translation>
    </message>
    <message>
        <source>The original of this message is not stored.</source>
        <translation>The original of this message is not stored.</translation>
    </message>
    <message>
        <source>Original Message (plain text)</source>
        <translation>Original Message (plain text)</translation>
    </message>
    <message>
        <source>Logged in {ref}.</source>
        <translation>Logged in {ref}.</translation>
    </message>
    <message>
        <source>Import Mail</source>
        <translation>Import Mail</translation>
    </message>
    <message>
        <source>Importing mail…</source>
        <translation>Importing mail…</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <source>Fetching mail failed: {reason}</source>
        <translation>Fetching mail failed: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) imported.</source>
        <translation><numerusform>%n message imported.</numerusform><numerusform>%n messages imported.</numerusform></translation>
    </message>
    <message>
        <source>New tickets: {new}. Added to existing threads: {threaded}. Already there: {duplicates}.</source>
        <translation>New tickets: {new}. Added to existing threads: {threaded}. Already there: {duplicates}.</translation>
    </message>
    <message>
        <source>Cancelled: the rest was not imported. Import again to add it.</source>
        <translation>Cancelled: the rest was not imported. Import again to add it.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) or message(s) could not be read:</source>
        <translation><numerusform>%n file or message could not be read:</numerusform><numerusform>%n files or messages could not be read:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see Show Details).</source>
        <translation><numerusform>… and %n more (see Show Details).</numerusform><numerusform>… and %n more (see Show Details).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation><numerusform>… and %n more.</numerusform><numerusform>… and %n more.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s) fetched.</source>
        <translation><numerusform>%n new message fetched.</numerusform><numerusform>%n new messages fetched.</numerusform></translation>
    </message>
    <message>
        <source>Already there: {duplicates}. Failed (tried again next time): {failed}.</source>
        <translation>Already there: {duplicates}. Failed (tried again next time): {failed}.</translation>
    </message>
    <message>
        <source>Cancelled: the rest is fetched next time.</source>
        <translation>Cancelled: the rest is fetched next time.</translation>
    </message>
    <message>
        <source>Fetch Mail</source>
        <translation>Fetch Mail</translation>
    </message>
    <message>
        <source>Fetching mail…</source>
        <translation>Fetching mail…</translation>
    </message>
    <message>
        <source>The mailbox settings are saved.</source>
        <translation>The mailbox settings are saved.</translation>
    </message>
    <message>
        <source>Export Inbox as CSV</source>
        <translation>Export Inbox as CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to {path}.</source>
        <translation><numerusform>%n row exported to {path}.</numerusform><numerusform>%n rows exported to {path}.</numerusform></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Drop .eml, .msg or .mbox files here to import them.</source>
        <translation>Drop .eml, .msg or .mbox files here to import them.</translation>
    </message>
    <message>
        <source>Search subject, sender, text or reference (Ctrl+F)</source>
        <translation>Search subject, sender, text or reference (Ctrl+F)</translation>
    </message>
    <message>
        <source>Fetch No&amp;w</source>
        <translation>Fetch No&amp;w</translation>
    </message>
    <message>
        <source>Lo&amp;g Call…</source>
        <translation>Lo&amp;g Call…</translation>
    </message>
    <message>
        <source>Log L&amp;etter…</source>
        <translation>Log L&amp;etter…</translation>
    </message>
    <message>
        <source>Open (new, open, waiting)</source>
        <translation>Open (new, open, waiting)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>Overdue onl&amp;y</source>
        <translation>Overdue onl&amp;y</translation>
    </message>
    <message>
        <source>Fetch new mail from the shared mailbox.</source>
        <translation>Fetch new mail from the shared mailbox.</translation>
    </message>
    <message>
        <source>Mailbox…</source>
        <translation>Mailbox…</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
</context>
<context>
    <name>IncidentKind</name>
    <message>
        <source>Leak</source>
        <translation>Leak</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <source>Damage</source>
        <translation>Damage</translation>
    </message>
</context>
<context>
    <name>IncidentNotice</name>
    <message>
        <source>This is still under investigation; we will inform you as soon as it is known.</source>
        <translation>This is still under investigation; we will inform you as soon as it is known.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Items of your personal data concerned</source>
        <translation>Items of your personal data concerned</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Whether there is or may be secondary damage, and its nature</source>
        <translation>Whether there is or may be secondary damage, and its nature</translation>
    </message>
    <message>
        <source>Other matters</source>
        <translation>Other matters</translation>
    </message>
    <message>
        <source>our company</source>
        <translation>our company</translation>
    </message>
    <message>
        <source>Dear {name},</source>
        <translation>Dear {name},</translation>
    </message>
    <message>
        <source>Dear customer,</source>
        <translation>Dear customer,</translation>
    </message>
    <message>
        <source>Notice and apology concerning the leak of personal data ({ref})</source>
        <translation>Notice and apology concerning the leak of personal data ({ref})</translation>
    </message>
    <message>
        <source>We regret to inform you that personal data about you held by {company} has been, or may have been, leaked, lost or damaged. We sincerely apologise for the concern and inconvenience this causes. As required by Article 26(2) of the Act on the Protection of Personal Information, we set out the details below.</source>
        <translation>We regret to inform you that personal data about you held by {company} has been, or may have been, leaked, lost or damaged. We sincerely apologise for the concern and inconvenience this causes. As required by Article 26(2) of the Act on the Protection of Personal Information, we set out the details below.</translation>
    </message>
    <message>
        <source>For any question about this matter, please contact us:</source>
        <translation>For any question about this matter, please contact us:</translation>
    </message>
</context>
<context>
    <name>IncidentReport</name>
    <message>
        <source>Not yet determined</source>
        <translation>Not yet determined</translation>
    </message>
    <message>
        <source>{count} persons</source>
        <translation>{count} persons</translation>
    </message>
    <message>
        <source>{low} to {high} persons (still being established)</source>
        <translation>{low} to {high} persons (still being established)</translation>
    </message>
    <message>
        <source>At least {low} persons (still being established)</source>
        <translation>At least {low} persons (still being established)</translation>
    </message>
    <message>
        <source>At most {high} persons (still being established)</source>
        <translation>At most {high} persons (still being established)</translation>
    </message>
    <message>
        <source>{kind} (suspected)</source>
        <translation>{kind} (suspected)</translation>
    </message>
    <message>
        <source>{kind} (actual)</source>
        <translation>{kind} (actual)</translation>
    </message>
    <message>
        <source>Personal data breach report (preliminary)</source>
        <translation>Personal data breach report (preliminary)</translation>
    </message>
    <message>
        <source>Personal data breach report (final)</source>
        <translation>Personal data breach report (final)</translation>
    </message>
    <message>
        <source>Preliminary report under Rule Art. 8(1): the matters known at the time of reporting.</source>
        <translation>Preliminary report under Rule Art. 8(1): the matters known at the time of reporting.</translation>
    </message>
    <message>
        <source>Final report under Rule Art. 8(2): every matter of Rule Art. 8(1).</source>
        <translation>Final report under Rule Art. 8(2): every matter of Rule Art. 8(1).</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Kind of report</source>
        <translation>Kind of report</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Report to</source>
        <translation>Report to</translation>
    </message>
    <message>
        <source>Individual numbers (My Number)</source>
        <translation>Individual numbers (My Number)</translation>
    </message>
    <message>
        <source>Involved: the My Number Act's rules apply</source>
        <translation>Involved: the My Number Act's rules apply</translation>
    </message>
    <message>
        <source>Not involved</source>
        <translation>Not involved</translation>
    </message>
    <message>
        <source>Not yet determined: treated as involved</source>
        <translation>Not yet determined: treated as involved</translation>
    </message>
    <message>
        <source>Reporter (the business operator)</source>
        <translation>Reporter (the business operator)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Representative</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Occurred</translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation>Discovered</translation>
    </message>
    <message>
        <source>Company became aware (start of the deadlines)</source>
        <translation>Company became aware (start of the deadlines)</translation>
    </message>
    <message>
        <source>Reported to the desk by</source>
        <translation>Reported to the desk by</translation>
    </message>
    <message>
        <source>(1) Sensitive personal information</source>
        <translation>(1) Sensitive personal information</translation>
    </message>
    <message>
        <source>(2) Risk of financial loss through misuse</source>
        <translation>(2) Risk of financial loss through misuse</translation>
    </message>
    <message>
        <source>(3) Malicious act (including data being acquired)</source>
        <translation>(3) Malicious act (including data being acquired)</translation>
    </message>
    <message>
        <source>(4) More than 1,000 persons</source>
        <translation>(4) More than 1,000 persons</translation>
    </message>
    <message>
        <source>Strong encryption, key not compromised (exemption)</source>
        <translation>Strong encryption, key not compromised (exemption)</translation>
    </message>
    <message>
        <source>Pseudonymised information (exemption)</source>
        <translation>Pseudonymised information (exemption)</translation>
    </message>
    <message>
        <source>EU data subjects (GDPR Art. 33)</source>
        <translation>EU data subjects (GDPR Art. 33)</translation>
    </message>
    <message>
        <source>Reportable</source>
        <translation>Reportable</translation>
    </message>
    <message>
        <source>Not reportable</source>
        <translation>Not reportable</translation>
    </message>
    <message>
        <source>{result} (not settled: some answers are not yet known)</source>
        <translation>{result} (not settled: some answers are not yet known)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Assessment (Rule Art. 7)</source>
        <translation>Assessment (Rule Art. 7)</translation>
    </message>
    <message>
        <source>Final report due (Rule Art. 8(2))</source>
        <translation>Final report due (Rule Art. 8(2))</translation>
    </message>
    <message>
        <source>{target} (target) / {due} (at the latest)</source>
        <translation>{target} (target) / {due} (at the latest)</translation>
    </message>
    <message>
        <source>Preliminary report due</source>
        <translation>Preliminary report due</translation>
    </message>
    <message>
        <source>GDPR notification due (72 hours)</source>
        <translation>GDPR notification due (72 hours)</translation>
    </message>
    <message>
        <source>{report} filed</source>
        <translation>{report} filed</translation>
    </message>
    <message>
        <source>Not filed yet</source>
        <translation>Not filed yet</translation>
    </message>
    <message>
        <source>{date}, receipt number {number}, by {name}</source>
        <translation>{date}, receipt number {number}, by {name}</translation>
    </message>
    <message>
        <source>Deadlines and filings</source>
        <translation>Deadlines and filings</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Systems and places involved</source>
        <translation>Systems and places involved</translation>
    </message>
    <message>
        <source>Contractors involved</source>
        <translation>Contractors involved</translation>
    </message>
    <message>
        <source>Commissioning company (we act as its contractor)</source>
        <translation>Commissioning company (we act as its contractor)</translation>
    </message>
    <message>
        <source>{method}, {date}: for {planned}, reached {reached}, unreachable {unreachable}</source>
        <translation>{method}, {date}: for {planned}, reached {reached}, unreachable {unreachable}</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>Corrects entry #{id}: {text}</source>
        <translation>Corrects entry #{id}: {text}</translation>
    </message>
    <message>
        <source>(corrected by entry #{id})</source>
        <translation>(corrected by entry #{id})</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Items of the personal data leaked, lost or damaged, or possibly so</source>
        <translation>Items of the personal data leaked, lost or damaged, or possibly so</translation>
    </message>
    <message>
        <source>Number of persons whose personal data was leaked, lost or damaged, or possibly so</source>
        <translation>Number of persons whose personal data was leaked, lost or damaged, or possibly so</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Whether there is or may be secondary damage, and its nature</source>
        <translation>Whether there is or may be secondary damage, and its nature</translation>
    </message>
    <message>
        <source>Status of the response to the persons concerned</source>
        <translation>Status of the response to the persons concerned</translation>
    </message>
    <message>
        <source>Status of public announcement</source>
        <translation>Status of public announcement</translation>
    </message>
    <message>
        <source>Measures to prevent recurrence</source>
        <translation>Measures to prevent recurrence</translation>
    </message>
    <message>
        <source>Other matters for reference</source>
        <translation>Other matters for reference</translation>
    </message>
    <message>
        <source>Reference: {ref}</source>
        <translation>Reference: {ref}</translation>
    </message>
    <message>
        <source>No.</source>
        <comment>timeline column: entry number</comment>
        <translation>No.</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>No entries yet.</source>
        <translation>No entries yet.</translation>
    </message>
    <message>
        <source>Times are in the office time zone ({zone}). The timeline is append-only: a correction is a new entry naming the one it corrects.</source>
        <translation>Times are in the office time zone ({zone}). The timeline is append-only: a correction is a new entry naming the one it corrects.</translation>
    </message>
    <message>
        <source>Annex: timeline</source>
        <translation>Annex: timeline</translation>
    </message>
</context>
<context>
    <name>IncidentStatus</name>
    <message>
        <source>Investigating</source>
        <translation>Investigating</translation>
    </message>
    <message>
        <source>Preliminary report filed</source>
        <translation>Preliminary report filed</translation>
    </message>
    <message>
        <source>Final report filed</source>
        <translation>Final report filed</translation>
    </message>
    <message>
        <source>Closed, not reportable</source>
        <translation>Closed, not reportable</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>Incidents</name>
    <message>
        <source>New Inci&amp;dent…</source>
        <translation>New Inci&amp;dent…</translation>
    </message>
    <message>
        <source>Exemption: strongly encrypted, key safe</source>
        <translation>Exemption: strongly encrypted, key safe</translation>
    </message>
    <message>
        <source>Sensitive personal information</source>
        <translation>Sensitive personal information</translation>
    </message>
    <message>
        <source>Risk of financial loss</source>
        <translation>Risk of financial loss</translation>
    </message>
    <message>
        <source>Malicious act, incl. acquiring data</source>
        <translation>Malicious act, incl. acquiring data</translation>
    </message>
    <message>
        <source>Exemption: pseudonymised data</source>
        <translation>Exemption: pseudonymised data</translation>
    </message>
    <message>
        <source>Individual numbers (My Number) involved</source>
        <translation>Individual numbers (My Number) involved</translation>
    </message>
    <message>
        <source>EU data subjects (GDPR Art. 33)</source>
        <translation>EU data subjects (GDPR Art. 33)</translation>
    </message>
    <message>
        <source>Persons affected (more than 1,000?)</source>
        <translation>Persons affected (more than 1,000?)</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation><numerusform>%n person</numerusform><numerusform>%n persons</numerusform></translation>
    </message>
    <message>
        <source>{low} to {high} persons</source>
        <translation>{low} to {high} persons</translation>
    </message>
    <message>
        <source>at least {low} persons</source>
        <translation>at least {low} persons</translation>
    </message>
    <message>
        <source>Not yet known</source>
        <translation>Not yet known</translation>
    </message>
    <message>
        <source>Reportable</source>
        <translation>Reportable</translation>
    </message>
    <message>
        <source>Reportable for now: answers not yet known count as yes</source>
        <translation>Reportable for now: answers not yet known count as yes</translation>
    </message>
    <message>
        <source>Not reportable</source>
        <translation>Not reportable</translation>
    </message>
    <message>
        <source>Not reportable so far</source>
        <translation>Not reportable so far</translation>
    </message>
    <message>
        <source>Change Count…</source>
        <translation>Change Count…</translation>
    </message>
    <message>
        <source>Answers, newest first:</source>
        <translation>Answers, newest first:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Preliminary report (target)</source>
        <translation>Preliminary report (target)</translation>
    </message>
    <message>
        <source>Preliminary report</source>
        <translation>Preliminary report</translation>
    </message>
    <message>
        <source>Final report</source>
        <translation>Final report</translation>
    </message>
    <message>
        <source>GDPR 72 hours</source>
        <translation>GDPR 72 hours</translation>
    </message>
    <message>
        <source>Statutory deadline (Rule Art. 8(2)).</source>
        <translation>Statutory deadline (Rule Art. 8(2)).</translation>
    </message>
    <message>
        <source>GDPR Art. 33(1): 72 hours from awareness.</source>
        <translation>GDPR Art. 33(1): 72 hours from awareness.</translation>
    </message>
    <message>
        <source>PPC guideline: about 3 to 5 days from awareness.</source>
        <translation>PPC guideline: about 3 to 5 days from awareness.</translation>
    </message>
    <message>
        <source>Filed on {date} (receipt {number})</source>
        <translation>Filed on {date} (receipt {number})</translation>
    </message>
    <message>
        <source>Filed on {date}</source>
        <translation>Filed on {date}</translation>
    </message>
    <message>
        <source>The incident is closed: no report is due.</source>
        <translation>The incident is closed: no report is due.</translation>
    </message>
    <message>
        <source>Not reportable on the answers so far: no report is due.</source>
        <translation>Not reportable on the answers so far: no report is due.</translation>
    </message>
    <message>
        <source>Persons Affected — {ref}</source>
        <translation>Persons Affected — {ref}</translation>
    </message>
    <message>
        <source>no upper bound</source>
        <translation>no upper bound</translation>
    </message>
    <message>
        <source>Count:</source>
        <translation>Count:</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Range:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>The upper bound is below the lower one.</source>
        <translation>The upper bound is below the lower one.</translation>
    </message>
    <message>
        <source>More than 1,000 persons makes the incident reportable (Rule Art. 7(4)). While the count is not known, give a range: it decides only when both ends are on the same side of 1,000.</source>
        <translation>More than 1,000 persons makes the incident reportable (Rule Art. 7(4)). While the count is not known, give a range: it decides only when both ends are on the same side of 1,000.</translation>
    </message>
    <message>
        <source>E&amp;xactly</source>
        <translation>E&amp;xactly</translation>
    </message>
    <message>
        <source>Bet&amp;ween</source>
        <translation>Bet&amp;ween</translation>
    </message>
    <message>
        <source>Not yet &amp;known</source>
        <translation>Not yet &amp;known</translation>
    </message>
    <message>
        <source>Timeline Entry — {ref}</source>
        <translation>Timeline Entry — {ref}</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;When:</translation>
    </message>
    <message>
        <source>W&amp;hat:</source>
        <translation>W&amp;hat:</translation>
    </message>
    <message>
        <source>Write what happened first.</source>
        <translation>Write what happened first.</translation>
    </message>
    <message>
        <source>The correction says the same as the entry.</source>
        <translation>The correction says the same as the entry.</translation>
    </message>
    <message>
        <source>A correction is a new entry that refers to this one; the original stays in the timeline as it was recorded, marked as corrected.</source>
        <translation>A correction is a new entry that refers to this one; the original stays in the timeline as it was recorded, marked as corrected.</translation>
    </message>
    <message>
        <source>Add a {kind} to the timeline. Entries cannot be changed later.</source>
        <translation>Add a {kind} to the timeline. Entries cannot be changed later.</translation>
    </message>
    <message>
        <source>Notice to the Persons — {ref}</source>
        <translation>Notice to the Persons — {ref}</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Method:</translation>
    </message>
    <message>
        <source>&amp;Sent on:</source>
        <translation>&amp;Sent on:</translation>
    </message>
    <message>
        <source>&amp;For how many persons:</source>
        <translation>&amp;For how many persons:</translation>
    </message>
    <message>
        <source>&amp;Reached:</source>
        <translation>&amp;Reached:</translation>
    </message>
    <message>
        <source>&amp;Unreachable:</source>
        <translation>&amp;Unreachable:</translation>
    </message>
    <message>
        <source>Give the date.</source>
        <translation>Give the date.</translation>
    </message>
    <message>
        <source>Reached and unreachable together exceed the persons the notice was for.</source>
        <translation>Reached and unreachable together exceed the persons the notice was for.</translation>
    </message>
    <message>
        <source>Record a notice sent to the persons affected. When notice is impossible, a public announcement stands in for it.</source>
        <translation>Record a notice sent to the persons affected. When notice is impossible, a public announcement stands in for it.</translation>
    </message>
    <message>
        <source>Mark Report Filed — {ref}</source>
        <translation>Mark Report Filed — {ref}</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Report:</translation>
    </message>
    <message>
        <source>&amp;Filed on:</source>
        <translation>&amp;Filed on:</translation>
    </message>
    <message>
        <source>Receipt &amp;number:</source>
        <translation>Receipt &amp;number:</translation>
    </message>
    <message>
        <source>Mark Filed</source>
        <translation>Mark Filed</translation>
    </message>
    <message>
        <source>The day the report was filed and the receipt number the PPC's form gave. Its countdown stops.</source>
        <translation>The day the report was filed and the receipt number the PPC's form gave. Its countdown stops.</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Summary:</translation>
    </message>
    <message>
        <source>Personal data items:</source>
        <translation>Personal data items:</translation>
    </message>
    <message>
        <source>Cause:</source>
        <translation>Cause:</translation>
    </message>
    <message>
        <source>Secondary damage:</source>
        <translation>Secondary damage:</translation>
    </message>
    <message>
        <source>Response to the persons:</source>
        <translation>Response to the persons:</translation>
    </message>
    <message>
        <source>Public announcement:</source>
        <translation>Public announcement:</translation>
    </message>
    <message>
        <source>Prevention of recurrence:</source>
        <translation>Prevention of recurrence:</translation>
    </message>
    <message>
        <source>Other information:</source>
        <translation>Other information:</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Known</translation>
    </message>
    <message>
        <source>Incident Facts — {ref}</source>
        <translation>Incident Facts — {ref}</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;What happened:</translation>
    </message>
    <message>
        <source>It happened:</source>
        <translation>It happened:</translation>
    </message>
    <message>
        <source>Discovered:</source>
        <translation>Discovered:</translation>
    </message>
    <message>
        <source>The company became &amp;aware:</source>
        <translation>The company became &amp;aware:</translation>
    </message>
    <message>
        <source>&amp;Reported by:</source>
        <translation>&amp;Reported by:</translation>
    </message>
    <message>
        <source>&amp;Systems and places:</source>
        <translation>&amp;Systems and places:</translation>
    </message>
    <message>
        <source>C&amp;ontractors involved:</source>
        <translation>C&amp;ontractors involved:</translation>
    </message>
    <message>
        <source>Commissioning &amp;company:</source>
        <translation>Commissioning &amp;company:</translation>
    </message>
    <message>
        <source>Report &amp;goes to:</source>
        <translation>Report &amp;goes to:</translation>
    </message>
    <message>
        <source>Ministry or organi&amp;zation:</source>
        <translation>Ministry or organi&amp;zation:</translation>
    </message>
    <message>
        <source>Give the incident a title.</source>
        <translation>Give the incident a title.</translation>
    </message>
    <message>
        <source>Name the commissioning company.</source>
        <translation>Name the commissioning company.</translation>
    </message>
    <message>
        <source>What Happened</source>
        <translation>What Happened</translation>
    </message>
    <message>
        <source>Report Items</source>
        <translation>Report Items</translation>
    </message>
    <message>
        <source>Suspected, not confirmed</source>
        <translation>Suspected, not confirmed</translation>
    </message>
    <message>
        <source>We handle the data as a contractor of another company</source>
        <translation>We handle the data as a contractor of another company</translation>
    </message>
    <message>
        <source>Every deadline counts from this moment (office time zone).</source>
        <translation>Every deadline counts from this moment (office time zone).</translation>
    </message>
    <message>
        <source>New Incident</source>
        <translation>New Incident</translation>
    </message>
    <message>
        <source>Open Incident</source>
        <translation>Open Incident</translation>
    </message>
    <message>
        <source>Open an incident from ticket {ref}; the two are linked. The moment the company became aware defaults to the ticket's arrival.</source>
        <translation>Open an incident from ticket {ref}; the two are linked. The moment the company became aware defaults to the ticket's arrival.</translation>
    </message>
    <message>
        <source>Record a leak, loss or damage of personal data, actual or suspected. The deadlines of the reports count from the moment the company became aware.</source>
        <translation>Record a leak, loss or damage of personal data, actual or suspected. The deadlines of the reports count from the moment the company became aware.</translation>
    </message>
    <message>
        <source>Save Facts</source>
        <translation>Save Facts</translation>
    </message>
    <message>
        <source>Change the facts as they emerge; the assessment's answers and the timeline keep their own history.</source>
        <translation>Change the facts as they emerge; the assessment's answers and the timeline keep their own history.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Rule Art. 7: yes when a trigger applies and no exemption does; pending while an answer is not yet known (counted as reportable for the deadlines).</source>
        <translation>Rule Art. 7: yes when a trigger applies and no exemption does; pending while an answer is not yet known (counted as reportable for the deadlines).</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>Aware</source>
        <translation>Aware</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <source>The nearest report still due: the list is sorted by it, overdue first.</source>
        <translation>The nearest report still due: the list is sorted by it, overdue first.</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>{kind}: {date}</source>
        <translation>{kind}: {date}</translation>
    </message>
    <message>
        <source>{deadline} (overdue)</source>
        <translation>{deadline} (overdue)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Unreachable</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Record Notice…</source>
        <translation>Record Notice…</translation>
    </message>
    <message>
        <source>Notice Text (PDF)…</source>
        <translation>Notice Text (PDF)…</translation>
    </message>
    <message>
        <source>The notice to the persons with the Rule's items (summary, data items, cause, secondary damage, other), in the report language.</source>
        <translation>The notice to the persons with the Rule's items (summary, data items, cause, secondary damage, other), in the report language.</translation>
    </message>
    <message>
        <source>Mail-Merge CSV…</source>
        <translation>Mail-Merge CSV…</translation>
    </message>
    <message>
        <source>The notice's texts as columns, for a mail merge.</source>
        <translation>The notice's texts as columns, for a mail merge.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Add Evidence…</source>
        <translation>Add Evidence…</translation>
    </message>
    <message>
        <source>Keep a file with the incident; its SHA-256 is recorded.</source>
        <translation>Keep a file with the incident; its SHA-256 is recorded.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Save As…</translation>
    </message>
    <message>
        <source>{who}, {when}</source>
        <translation>{who}, {when}</translation>
    </message>
    <message>
        <source>Add Fact…</source>
        <translation>Add Fact…</translation>
    </message>
    <message>
        <source>Add Action…</source>
        <translation>Add Action…</translation>
    </message>
    <message>
        <source>Add Decision…</source>
        <translation>Add Decision…</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <source>Record a correction of the entry selected: the original stays in the timeline, marked.</source>
        <translation>Record a correction of the entry selected: the original stays in the timeline, marked.</translation>
    </message>
    <message>
        <source>Corrects the entry of {date}: {text}</source>
        <translation>Corrects the entry of {date}: {text}</translation>
    </message>
    <message>
        <source>{kind} (corrected)</source>
        <translation>{kind} (corrected)</translation>
    </message>
    <message>
        <source>Corrected by a later entry; kept as it was recorded.</source>
        <translation>Corrected by a later entry; kept as it was recorded.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Writing the report…</translation>
    </message>
    <message>
        <source>{report} — {ref}</source>
        <translation>{report} — {ref}</translation>
    </message>
    <message>
        <source>The {report}'s text is on the clipboard: paste it into the PPC's form.</source>
        <translation>The {report}'s text is on the clipboard: paste it into the PPC's form.</translation>
    </message>
    <message>
        <source>Writing the notice…</source>
        <translation>Writing the notice…</translation>
    </message>
    <message>
        <source>Save Mail-Merge CSV</source>
        <translation>Save Mail-Merge CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Add Evidence</source>
        <translation>Add Evidence</translation>
    </message>
    <message>
        <source>Save Evidence</source>
        <translation>Save Evidence</translation>
    </message>
    <message>
        <source>&amp;Edit Facts…</source>
        <translation>&amp;Edit Facts…</translation>
    </message>
    <message>
        <source>&amp;Mark Filed…</source>
        <translation>&amp;Mark Filed…</translation>
    </message>
    <message>
        <source>Record the day a report was filed and its PPC receipt number.</source>
        <translation>Record the day a report was filed and its PPC receipt number.</translation>
    </message>
    <message>
        <source>Close Incident…</source>
        <translation>Close Incident…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>Copy Text for the PPC Form</source>
        <translation>Copy Text for the PPC Form</translation>
    </message>
    <message>
        <source>The report's items as plain text on the clipboard, to paste into the PPC's online form.</source>
        <translation>The report's items as plain text on the clipboard, to paste into the PPC's online form.</translation>
    </message>
    <message>
        <source>My Number: individual numbers are or may be involved. The PPC's form asks first; the My Number Act's rules apply.</source>
        <translation>My Number: individual numbers are or may be involved. The PPC's form asks first; the My Number Act's rules apply.</translation>
    </message>
    <message>
        <source>{kind}, suspected</source>
        <translation>{kind}, suspected</translation>
    </message>
    <message>
        <source>{kind}, actual</source>
        <translation>{kind}, actual</translation>
    </message>
    <message>
        <source>{destination}: {company}</source>
        <translation>{destination}: {company}</translation>
    </message>
    <message>
        <source>{status} · {happened} · aware {aware} · report to {destination}</source>
        <translation>{status} · {happened} · aware {aware} · report to {destination}</translation>
    </message>
    <message>
        <source>Linked tickets:</source>
        <translation>Linked tickets:</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>&amp;Assessment</translation>
    </message>
    <message>
        <source>Fa&amp;cts</source>
        <translation>Fa&amp;cts</translation>
    </message>
    <message>
        <source>Timeli&amp;ne ({count})</source>
        <translation>Timeli&amp;ne ({count})</translation>
    </message>
    <message>
        <source>N&amp;otices ({count})</source>
        <translation>N&amp;otices ({count})</translation>
    </message>
    <message>
        <source>Evidence ({count})</source>
        <translation>Evidence ({count})</translation>
    </message>
    <message>
        <source>Choose an incident in the list to see it here.</source>
        <translation>Choose an incident in the list to see it here.</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>Report &amp;kind:</source>
        <translation>Report &amp;kind:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;guage:</translation>
    </message>
    <message>
        <source>The report that Print, Save and Copy give.</source>
        <translation>The report that Print, Save and Copy give.</translation>
    </message>
    <message>
        <source>The language of the report and the notice.</source>
        <translation>The language of the report and the notice.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Report language</translation>
    </message>
    <message>
        <source>Close {ref} as not reportable? The answers and their reasons stay on record.</source>
        <translation>Close {ref} as not reportable? The answers and their reasons stay on record.</translation>
    </message>
    <message>
        <source>Close {ref}? Its timeline and reports stay on record.</source>
        <translation>Close {ref}? Its timeline and reports stay on record.</translation>
    </message>
    <message>
        <source>Close Incident</source>
        <translation>Close Incident</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Search reference or title (Ctrl+F)</source>
        <translation>Search reference or title (Ctrl+F)</translation>
    </message>
    <message>
        <source>The list could not be loaded.</source>
        <translation>The list could not be loaded.</translation>
    </message>
    <message>
        <source>New &amp;Incident…</source>
        <translation>New &amp;Incident…</translation>
    </message>
    <message>
        <source>Record a leak, loss or damage of personal data (Ctrl+Shift+I).</source>
        <translation>Record a leak, loss or damage of personal data (Ctrl+Shift+I).</translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation>Open incidents</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>&amp;Reportable only</source>
        <translation>&amp;Reportable only</translation>
    </message>
    <message>
        <source>Overd&amp;ue only</source>
        <translation>Overd&amp;ue only</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation><numerusform>%n incident</numerusform><numerusform>%n incidents</numerusform></translation>
    </message>
    <message>
        <source>No incidents match the filter.</source>
        <translation>No incidents match the filter.</translation>
    </message>
    <message>
        <source>No open incidents. New Incident… (Ctrl+Shift+I) records one.</source>
        <translation>No open incidents. New Incident… (Ctrl+Shift+I) records one.</translation>
    </message>
    <message>
        <source>No incidents yet. New Incident… (Ctrl+Shift+I) records one.</source>
        <translation>No incidents yet. New Incident… (Ctrl+Shift+I) records one.</translation>
    </message>
    <message>
        <source>Incident {ref} recorded.</source>
        <translation>Incident {ref} recorded.</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>Opening the database…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Anyone</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>Cancelled: none of the selected rows was changed.</source>
        <translation>Cancelled: none of the selected rows was changed.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>The list could not be loaded: {reason}</source>
        <translation>The list could not be loaded: {reason}</translation>
    </message>
    <message>
        <source>unexpected error ({error})</source>
        <translation>unexpected error ({error})</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <source>The list cannot be sorted by this column.</source>
        <translation>The list cannot be sorted by this column.</translation>
    </message>
    <message>
        <source>Selected rows</source>
        <translation>Selected rows</translation>
    </message>
</context>
<context>
    <name>MailProblems</name>
    <message>
        <source>body</source>
        <translation>body</translation>
    </message>
    <message>
        <source>HTML body</source>
        <translation>HTML body</translation>
    </message>
    <message>
        <source>message</source>
        <translation>message</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>attachment name</source>
        <translation>attachment name</translation>
    </message>
    <message>
        <source>an unknown escape sequence was replaced</source>
        <translation>an unknown escape sequence was replaced</translation>
    </message>
    <message>
        <source>8-bit bytes outside any escape sequence were read as CP932</source>
        <translation>8-bit bytes outside any escape sequence were read as CP932</translation>
    </message>
    <message>
        <source>a byte outside the half-width katakana set was replaced</source>
        <translation>a byte outside the half-width katakana set was replaced</translation>
    </message>
    <message>
        <source>a JIS X 0208 code without a character was replaced</source>
        <translation>a JIS X 0208 code without a character was replaced</translation>
    </message>
    <message>
        <source>a broken double-byte sequence was replaced</source>
        <translation>a broken double-byte sequence was replaced</translation>
    </message>
    <message>
        <source>a quote is not closed</source>
        <translation>a quote is not closed</translation>
    </message>
    <message>
        <source>a comment (parenthesis) is not closed</source>
        <translation>a comment (parenthesis) is not closed</translation>
    </message>
    <message>
        <source>an angle bracket &lt; is not closed</source>
        <translation>an angle bracket &lt; is not closed</translation>
    </message>
    <message>
        <source>a stray &gt; was ignored</source>
        <translation>a stray &gt; was ignored</translation>
    </message>
    <message>
        <source>ISO-2022-JP-2 character sets present: read as ISO-2022-JP-2</source>
        <translation>ISO-2022-JP-2 character sets present: read as ISO-2022-JP-2</translation>
    </message>
    <message>
        <source>ISO-2022-JP: {mode} characters read with the standard codec</source>
        <translation>ISO-2022-JP: {mode} characters read with the standard codec</translation>
    </message>
    <message>
        <source>ISO-2022-JP: {problem}</source>
        <translation>ISO-2022-JP: {problem}</translation>
    </message>
    <message>
        <source>Shift_JIS text is not CP932: read as {codec}</source>
        <translation>Shift_JIS text is not CP932: read as {codec}</translation>
    </message>
    <message>
        <source>Shift_JIS: bytes CP932 cannot read were replaced</source>
        <translation>Shift_JIS: bytes CP932 cannot read were replaced</translation>
    </message>
    <message>
        <source>EUC-JP: {count} unreadable byte sequence(s) replaced</source>
        <translation>EUC-JP: {count} unreadable byte sequence(s) replaced</translation>
    </message>
    <message>
        <source>Message-ID: missing; made from the file's contents</source>
        <translation>Message-ID: missing; made from the file's contents</translation>
    </message>
    <message>
        <source>From: missing; taken from {header}</source>
        <translation>From: missing; taken from {header}</translation>
    </message>
    <message>
        <source>From: no address</source>
        <translation>From: no address</translation>
    </message>
    <message>
        <source>From: missing</source>
        <translation>From: missing</translation>
    </message>
    <message>
        <source>From: the .msg has no mail address</source>
        <translation>From: the .msg has no mail address</translation>
    </message>
    <message>
        <source>.msg: attachment {number} could not be read ({error})</source>
        <translation>.msg: attachment {number} could not be read ({error})</translation>
    </message>
    <message>
        <source>.msg: embedded message {number} could not be read ({error})</source>
        <translation>.msg: embedded message {number} could not be read ({error})</translation>
    </message>
    <message>
        <source>.msg: attachment {number} of type {kind} left out</source>
        <translation>.msg: attachment {number} of type {kind} left out</translation>
    </message>
    <message>
        <source>.msg: {what} could not be read ({error})</source>
        <translation>.msg: {what} could not be read ({error})</translation>
    </message>
    <message>
        <source>{where}: encoded words split in the middle were joined</source>
        <translation>{where}: encoded words split in the middle were joined</translation>
    </message>
    <message>
        <source>{where}: could not be decoded ({error}); bytes replaced</source>
        <translation>{where}: could not be decoded ({error}); bytes replaced</translation>
    </message>
    <message>
        <source>{where}: 8-bit text labelled {charset} is not ISO-2022-JP; charset guessed</source>
        <translation>{where}: 8-bit text labelled {charset} is not ISO-2022-JP; charset guessed</translation>
    </message>
    <message>
        <source>{where}: text labelled {charset} is not valid UTF-8; charset guessed</source>
        <translation>{where}: text labelled {charset} is not valid UTF-8; charset guessed</translation>
    </message>
    <message>
        <source>{where}: 8-bit bytes in text labelled {charset}; charset guessed</source>
        <translation>{where}: 8-bit bytes in text labelled {charset}; charset guessed</translation>
    </message>
    <message>
        <source>{where}: {actual} text labelled {charset}</source>
        <translation>{where}: {actual} text labelled {charset}</translation>
    </message>
    <message>
        <source>{where}: text is not valid {charset}; charset guessed</source>
        <translation>{where}: text is not valid {charset}; charset guessed</translation>
    </message>
    <message>
        <source>{where}: unknown charset {charset}; charset guessed</source>
        <translation>{where}: unknown charset {charset}; charset guessed</translation>
    </message>
    <message>
        <source>{where}: charset guessed as {charset}</source>
        <translation>{where}: charset guessed as {charset}</translation>
    </message>
    <message>
        <source>{where}: charset unknown; read as CP932, unreadable bytes replaced</source>
        <translation>{where}: charset unknown; read as CP932, unreadable bytes replaced</translation>
    </message>
    <message>
        <source>{where}: charset unknown; read as Windows-1252</source>
        <translation>{where}: charset unknown; read as Windows-1252</translation>
    </message>
    <message>
        <source>MIME: nested too deep; inner parts left out</source>
        <translation>MIME: nested too deep; inner parts left out</translation>
    </message>
    <message>
        <source>MIME: {ctype} without parts was read as text</source>
        <translation>MIME: {ctype} without parts was read as text</translation>
    </message>
    <message>
        <source>MIME structure: {defect}</source>
        <translation>MIME structure: {defect}</translation>
    </message>
    <message>
        <source>Content-Type: {ctype} is no media type; read as text/plain</source>
        <translation>Content-Type: {ctype} is no media type; read as text/plain</translation>
    </message>
    <message>
        <source>Content-Transfer-Encoding: unknown {cte}; data kept as it is</source>
        <translation>Content-Transfer-Encoding: unknown {cte}; data kept as it is</translation>
    </message>
    <message>
        <source>attachment name {name} made safe as {safe}</source>
        <translation>attachment name {name} made safe as {safe}</translation>
    </message>
    <message>
        <source>base64 body with bad padding repaired</source>
        <translation>base64 body with bad padding repaired</translation>
    </message>
    <message>
        <source>base64 body unreadable; kept as it is</source>
        <translation>base64 body unreadable; kept as it is</translation>
    </message>
    <message>
        <source>uuencoded body partly unreadable</source>
        <translation>uuencoded body partly unreadable</translation>
    </message>
    <message>
        <source>Date: missing</source>
        <translation>Date: missing</translation>
    </message>
    <message>
        <source>Date: empty</source>
        <translation>Date: empty</translation>
    </message>
    <message>
        <source>Date: unreadable ({text})</source>
        <translation>Date: unreadable ({text})</translation>
    </message>
    <message>
        <source>Date: no time zone; taken as UTC</source>
        <translation>Date: no time zone; taken as UTC</translation>
    </message>
    <message>
        <source>Date: not in the standard form (RFC 5322)</source>
        <translation>Date: not in the standard form (RFC 5322)</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <source>a multipart's first boundary is missing</source>
        <translation>a multipart's first boundary is missing</translation>
    </message>
    <message>
        <source>a multipart's closing boundary is missing</source>
        <translation>a multipart's closing boundary is missing</translation>
    </message>
    <message>
        <source>a multipart has no boundary</source>
        <translation>a multipart has no boundary</translation>
    </message>
    <message>
        <source>a multipart has no parts</source>
        <translation>a multipart has no parts</translation>
    </message>
    <message>
        <source>a line in the headers is not a header; the body starts there</source>
        <translation>a line in the headers is not a header; the body starts there</translation>
    </message>
    <message>
        <source>the first header line is a continuation line</source>
        <translation>the first header line is a continuation line</translation>
    </message>
    <message>
        <source>a From_ line inside the headers</source>
        <translation>a From_ line inside the headers</translation>
    </message>
    <message>
        <source>a multipart with a transfer encoding it may not have</source>
        <translation>a multipart with a transfer encoding it may not have</translation>
    </message>
    <message>
        <source>base64 with bad padding</source>
        <translation>base64 with bad padding</translation>
    </message>
    <message>
        <source>base64 with characters it may not have</source>
        <translation>base64 with characters it may not have</translation>
    </message>
    <message>
        <source>base64 of a length it cannot have</source>
        <translation>base64 of a length it cannot have</translation>
    </message>
    <message>
        <source>bytes that cannot be decoded</source>
        <translation>bytes that cannot be decoded</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Privacy Desk</source>
        <translation>Privacy Desk</translation>
    </message>
    <message>
        <source>The language could not be saved for next time: {reason}</source>
        <translation>The language could not be saved for next time: {reason}</translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation>There is no database at {path}.</translation>
    </message>
    <message>
        <source>Create a new, empty database there? If the path is mistyped, choose Do Not Create and correct it in Settings: no file or folder is made.</source>
        <translation>Create a new, empty database there? If the path is mistyped, choose Do Not Create and correct it in Settings: no file or folder is made.</translation>
    </message>
    <message>
        <source>&amp;Create Database</source>
        <translation>&amp;Create Database</translation>
    </message>
    <message>
        <source>&amp;Do Not Create</source>
        <translation>&amp;Do Not Create</translation>
    </message>
    <message>
        <source>Database: {location}</source>
        <translation>Database: {location}</translation>
    </message>
    <message>
        <source>{location} (read-only)</source>
        <translation>{location} (read-only)</translation>
    </message>
    <message>
        <source>Signed in as {user} ({role})</source>
        <translation>Signed in as {user} ({role})</translation>
    </message>
    <message>
        <source>Read-only: this desk may not change the database, so editing is turned off. Ask an administrator for write access to the database file and its folder, then reopen it.</source>
        <translation>Read-only: this desk may not change the database, so editing is turned off. Ask an administrator for write access to the database file and its folder, then reopen it.</translation>
    </message>
    <message>
        <source>{view} — {app}</source>
        <translation>{view} — {app}</translation>
    </message>
    <message>
        <source>{view} ({shortcut})</source>
        <translation>{view} ({shortcut})</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Views</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <comment>menu</comment>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Deadline Calculator…</source>
        <translation>&amp;Deadline Calculator…</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Users…</translation>
    </message>
    <message>
        <source>My &amp;Signature…</source>
        <translation>My &amp;Signature…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Privacy Desk</source>
        <translation>&amp;About Privacy Desk</translation>
    </message>
</context>
<context>
    <name>MaskImageDialog</name>
    <message>
        <source>Mask Individual Number — {file}</source>
        <translation>Mask Individual Number — {file}</translation>
    </message>
    <message>
        <source>Drag a rectangle over the individual number (My Number) and anything else that must not be kept. Only the masked copy is saved; the areas are blacked out in the image itself.</source>
        <translation>Drag a rectangle over the individual number (My Number) and anything else that must not be kept. Only the masked copy is saved; the areas are blacked out in the image itself.</translation>
    </message>
    <message>
        <source>&amp;Undo Last Mask</source>
        <translation>&amp;Undo Last Mask</translation>
    </message>
</context>
<context>
    <name>MessageKind</name>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Internal note</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Delivery failure</source>
        <translation>Delivery failure</translation>
    </message>
</context>
<context>
    <name>NoticeMethod</name>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Public announcement (notice impossible)</source>
        <translation>Public announcement (notice impossible)</translation>
    </message>
</context>
<context>
    <name>OpenFile</name>
    <message>
        <source>{name} is {kind}, although its name ends in .{extension}.</source>
        <translation>{name} is {kind}, although its name ends in .{extension}.</translation>
    </message>
    <message>
        <source>{name} is {kind}, although its name does not say so.</source>
        <translation>{name} is {kind}, although its name does not say so.</translation>
    </message>
    <message>
        <source>{name} is {kind} (.{extension}), although its name looks like a .{disguise} file.</source>
        <translation>{name} is {kind} (.{extension}), although its name looks like a .{disguise} file.</translation>
    </message>
    <message>
        <source>{name} is {kind} (.{extension}).</source>
        <translation>{name} is {kind} (.{extension}).</translation>
    </message>
    <message>
        <source>Open a File That Can Run?</source>
        <translation>Open a File That Can Run?</translation>
    </message>
    <message>
        <source>Opening it may run it on this computer with your rights, and a program sent from outside can read or damage the desk's files. Open it only if you know who sent it and why. Save As… keeps a copy without running it.</source>
        <translation>Opening it may run it on this computer with your rights, and a program sent from outside can read or damage the desk's files. Open it only if you know who sent it and why. Save As… keeps a copy without running it.</translation>
    </message>
    <message>
        <source>&amp;Open Anyway</source>
        <translation>&amp;Open Anyway</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PauseReason</name>
    <message>
        <source>Waiting for identity documents</source>
        <translation>Waiting for identity documents</translation>
    </message>
    <message>
        <source>Waiting for the fee</source>
        <translation>Waiting for the fee</translation>
    </message>
    <message>
        <source>Waiting for a clarification</source>
        <translation>Waiting for a clarification</translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <source>work on inquiries and cases</source>
        <translation>work on inquiries and cases</translation>
    </message>
    <message>
        <source>approve decisions</source>
        <translation>approve decisions</translation>
    </message>
    <message>
        <source>change office settings</source>
        <translation>change office settings</translation>
    </message>
    <message>
        <source>manage users and roles</source>
        <translation>manage users and roles</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message numerus="yes">
        <source>%n person(s) found.</source>
        <translation><numerusform>%n person found.</numerusform><numerusform>%n persons found.</numerusform></translation>
    </message>
    <message>
        <source>Nobody found. Make a new person record below.</source>
        <translation>Nobody found. Make a new person record below.</translation>
    </message>
    <message>
        <source>Choose a person from the list or make a new one.</source>
        <translation>Choose a person from the list or make a new one.</translation>
    </message>
    <message>
        <source>Person record (changes are saved with OK)</source>
        <translation>Person record (changes are saved with OK)</translation>
    </message>
    <message>
        <source>New person record</source>
        <translation>New person record</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Requester</translation>
    </message>
    <message>
        <source>&amp;Find a person by name, reading, e-mail or phone:</source>
        <translation>&amp;Find a person by name, reading, e-mail or phone:</translation>
    </message>
    <message>
        <source>e.g. 高橋, たかはし, hanako@example.jp</source>
        <translation>e.g. 高橋, たかはし, hanako@example.jp</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>Ne&amp;w person</source>
        <translation>Ne&amp;w person</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>&amp;Unlink</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Reading (kana):</source>
        <translation>&amp;Reading (kana):</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>Link to this ticket</source>
        <translation>Link to this ticket</translation>
    </message>
</context>
<context>
    <name>Platform</name>
    <message>
        <source>Privacy Desk cannot open its window: the window system plugin of Qt (xcb) needs system libraries that are not installed: {libraries}.
On Debian or Ubuntu, install them with:
  sudo apt-get install {packages}</source>
        <translation>Privacy Desk cannot open its window: the window system plugin of Qt (xcb) needs system libraries that are not installed: {libraries}.
On Debian or Ubuntu, install them with:
  sudo apt-get install {packages}</translation>
    </message>
    <message>
        <source>Privacy Desk cannot open its window: the window system plugin of Qt (xcb) could not be loaded ({error}). README.md lists the system packages a Linux desktop needs.</source>
        <translation>Privacy Desk cannot open its window: the window system plugin of Qt (xcb) could not be loaded ({error}). README.md lists the system packages a Linux desktop needs.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Print {title}</source>
        <translation>Print {title}</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save the PDF: {reason}</source>
        <translation>Could not save the PDF: {reason}</translation>
    </message>
    <message>
        <source>Saved as {path}.</source>
        <translation>Saved as {path}.</translation>
    </message>
</context>
<context>
    <name>RefusalGround</name>
    <message>
        <source>Likely to harm the life, body, property or other rights or interests of the person or a third party</source>
        <translation>Likely to harm the life, body, property or other rights or interests of the person or a third party</translation>
    </message>
    <message>
        <source>Likely to seriously hinder the proper conduct of the company's business</source>
        <translation>Likely to seriously hinder the proper conduct of the company's business</translation>
    </message>
    <message>
        <source>Would violate another law</source>
        <translation>Would violate another law</translation>
    </message>
</context>
<context>
    <name>ReplyTemplate</name>
    <message>
        <source>Acknowledgement of receipt</source>
        <translation>Acknowledgement of receipt</translation>
    </message>
    <message>
        <source>Request for identity documents</source>
        <translation>Request for identity documents</translation>
    </message>
    <message>
        <source>Request for more information</source>
        <translation>Request for more information</translation>
    </message>
    <message>
        <source>Notice of completion</source>
        <translation>Notice of completion</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>{name}, {when}</source>
        <translation>{name}, {when}</translation>
    </message>
    <message>
        <source>Department head</source>
        <translation>Department head</translation>
    </message>
    <message>
        <source>Section chief</source>
        <translation>Section chief</translation>
    </message>
    <message>
        <source>Staff</source>
        <comment>approval seal box of the person in charge</comment>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Printed: {when}</source>
        <translation>Printed: {when}</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <source>Confidential — contains personal data</source>
        <translation>Confidential — contains personal data</translation>
    </message>
</context>
<context>
    <name>ReportKind</name>
    <message>
        <source>Preliminary report</source>
        <translation>Preliminary report</translation>
    </message>
    <message>
        <source>Final report</source>
        <translation>Final report</translation>
    </message>
</context>
<context>
    <name>Reportability</name>
    <message>
        <source>Sensitive personal information is involved (Rule Art. 7(1)).</source>
        <translation>Sensitive personal information is involved (Rule Art. 7(1)).</translation>
    </message>
    <message>
        <source>Misuse of the data could cause financial loss (Rule Art. 7(2)).</source>
        <translation>Misuse of the data could cause financial loss (Rule Art. 7(2)).</translation>
    </message>
    <message>
        <source>It was caused or may have been caused by a malicious act, such as unauthorized access, including data being acquired by the business (Rule Art. 7(3)).</source>
        <translation>It was caused or may have been caused by a malicious act, such as unauthorized access, including data being acquired by the business (Rule Art. 7(3)).</translation>
    </message>
    <message>
        <source>More than 1,000 persons are affected (Rule Art. 7(4)).</source>
        <translation>More than 1,000 persons are affected (Rule Art. 7(4)).</translation>
    </message>
    <message>
        <source>Whether sensitive personal information is involved is not yet known: counted as yes for the deadlines.</source>
        <translation>Whether sensitive personal information is involved is not yet known: counted as yes for the deadlines.</translation>
    </message>
    <message>
        <source>Whether misuse could cause financial loss is not yet known: counted as yes for the deadlines.</source>
        <translation>Whether misuse could cause financial loss is not yet known: counted as yes for the deadlines.</translation>
    </message>
    <message>
        <source>Whether a malicious act is behind it is not yet known: counted as yes for the deadlines (the final report is then due within 60 days).</source>
        <translation>Whether a malicious act is behind it is not yet known: counted as yes for the deadlines (the final report is then due within 60 days).</translation>
    </message>
    <message>
        <source>The number of persons affected is not yet known to be 1,000 or fewer: counted as more than 1,000 for the deadlines.</source>
        <translation>The number of persons affected is not yet known to be 1,000 or fewer: counted as more than 1,000 for the deadlines.</translation>
    </message>
    <message>
        <source>The data was protected by strong encryption and the key was not compromised: no report to the authority is required (Rule Art. 7).</source>
        <translation>The data was protected by strong encryption and the key was not compromised: no report to the authority is required (Rule Art. 7).</translation>
    </message>
    <message>
        <source>The data was pseudonymized information: the duty to report does not apply (APPI Art. 41(9)).</source>
        <translation>The data was pseudonymized information: the duty to report does not apply (APPI Art. 41(9)).</translation>
    </message>
    <message>
        <source>None of the four cases of Rule Art. 7 applies: no report to the authority is required.</source>
        <translation>None of the four cases of Rule Art. 7 applies: no report to the authority is required.</translation>
    </message>
    <message>
        <source>A preliminary report is due promptly (about 3 to 5 days) and a final report within 30 days, 60 for a malicious act (Rule Art. 8), and the persons affected must be notified (APPI Art. 26(2)).</source>
        <translation>A preliminary report is due promptly (about 3 to 5 days) and a final report within 30 days, 60 for a malicious act (Rule Art. 8), and the persons affected must be notified (APPI Art. 26(2)).</translation>
    </message>
    <message>
        <source>Whether strong encryption protected the data is not yet known: if it did, no report is required.</source>
        <translation>Whether strong encryption protected the data is not yet known: if it did, no report is required.</translation>
    </message>
    <message>
        <source>Individual numbers (My Number) are or may be involved: the My Number Act's reporting rules apply as well.</source>
        <translation>Individual numbers (My Number) are or may be involved: the My Number Act's reporting rules apply as well.</translation>
    </message>
    <message>
        <source>EU data subjects are affected: the supervisory authority must be notified within 72 hours (GDPR Art. 33).</source>
        <translation>EU data subjects are affected: the supervisory authority must be notified within 72 hours (GDPR Art. 33).</translation>
    </message>
</context>
<context>
    <name>RequestType</name>
    <message>
        <source>Notification of purpose of use</source>
        <translation>Notification of purpose of use</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>Disclosure</translation>
    </message>
    <message>
        <source>Disclosure of third-party provision records</source>
        <translation>Disclosure of third-party provision records</translation>
    </message>
    <message>
        <source>Correction, addition or deletion</source>
        <translation>Correction, addition or deletion</translation>
    </message>
    <message>
        <source>Cessation of use or erasure</source>
        <translation>Cessation of use or erasure</translation>
    </message>
    <message>
        <source>Cessation of third-party provision</source>
        <translation>Cessation of third-party provision</translation>
    </message>
</context>
<context>
    <name>RequesterKind</name>
    <message>
        <source>The person</source>
        <translation>The person</translation>
    </message>
    <message>
        <source>Legal representative (of a minor or adult ward)</source>
        <translation>Legal representative (of a minor or adult ward)</translation>
    </message>
    <message>
        <source>Appointed agent (power of attorney)</source>
        <translation>Appointed agent (power of attorney)</translation>
    </message>
</context>
<context>
    <name>Requests</name>
    <message>
        <source>&amp;New Request Case…</source>
        <translation>&amp;New Request Case…</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Requester</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>The office's internal due date: the policy's days after arrival, moved by the days the desk waited for the requester.</source>
        <translation>The office's internal due date: the policy's days after arrival, moved by the days the desk waited for the requester.</translation>
    </message>
    <message>
        <source>Statutory: from this day the requester may sue (APPI Art. 39, two weeks after the request arrived). Waiting for the requester does not move it.</source>
        <translation>Statutory: from this day the requester may sue (APPI Art. 39, two weeks after the request arrived). Waiting for the requester does not move it.</translation>
    </message>
    <message>
        <source>Suit possible</source>
        <translation>Suit possible</translation>
    </message>
    <message>
        <source>GDPR marks a request of an EU data subject: the GDPR's month runs too (Art. 12(3)).</source>
        <translation>GDPR marks a request of an EU data subject: the GDPR's month runs too (Art. 12(3)).</translation>
    </message>
    <message>
        <source>Purpose of use</source>
        <translation>Purpose of use</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>Disclosure</translation>
    </message>
    <message>
        <source>Provision records</source>
        <translation>Provision records</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Stop use</source>
        <translation>Stop use</translation>
    </message>
    <message>
        <source>Stop provision</source>
        <translation>Stop provision</translation>
    </message>
    <message>
        <source>{name} (representative: {agent})</source>
        <translation>{name} (representative: {agent})</translation>
    </message>
    <message>
        <source>{name} (agent: {agent})</source>
        <translation>{name} (agent: {agent})</translation>
    </message>
    <message>
        <source>{date}, due soon</source>
        <translation>{date}, due soon</translation>
    </message>
    <message>
        <source>{type} · GDPR</source>
        <translation>{type} · GDPR</translation>
    </message>
    <message>
        <source>{state} (waiting)</source>
        <translation>{state} (waiting)</translation>
    </message>
    <message>
        <source>{state} (waiting for requester)</source>
        <translation>{state} (waiting for requester)</translation>
    </message>
    <message>
        <source>{date} (overdue)</source>
        <translation>{date} (overdue)</translation>
    </message>
    <message>
        <source>{reason}. The due date moves on while the desk waits.</source>
        <translation>{reason}. The due date moves on while the desk waits.</translation>
    </message>
    <message>
        <source>Art. 39 does not apply to a notification of the purpose of use.</source>
        <translation>Art. 39 does not apply to a notification of the purpose of use.</translation>
    </message>
    <message>
        <source>An EU data subject: under GDPR Art. 12(3) the answer is due by {date}.</source>
        <translation>An EU data subject: under GDPR Art. 12(3) the answer is due by {date}.</translation>
    </message>
    <message>
        <source>Opened from ticket {ref}.</source>
        <translation>Opened from ticket {ref}.</translation>
    </message>
    <message>
        <source>Internal due date {date}; the case is no longer open.</source>
        <translation>Internal due date {date}; the case is no longer open.</translation>
    </message>
    <message>
        <source>Overdue: the internal due date was {date}.</source>
        <translation>Overdue: the internal due date was {date}.</translation>
    </message>
    <message>
        <source>Due soon: the internal due date is {date}.</source>
        <translation>Due soon: the internal due date is {date}.</translation>
    </message>
    <message>
        <source>Internal due date (office policy): {date}.</source>
        <translation>Internal due date (office policy): {date}.</translation>
    </message>
    <message numerus="yes">
        <source>Moved from {date} by %n day(s) of waiting for the requester.</source>
        <translation><numerusform>Moved from {date} by %n day of waiting for the requester.</numerusform><numerusform>Moved from {date} by %n days of waiting for the requester.</numerusform></translation>
    </message>
    <message>
        <source>GDPR (statutory): the answer is due by {date}.</source>
        <translation>GDPR (statutory): the answer is due by {date}.</translation>
    </message>
    <message>
        <source>Requester of the Case</source>
        <translation>Requester of the Case</translation>
    </message>
    <message>
        <source>&amp;Use This Person</source>
        <translation>&amp;Use This Person</translation>
    </message>
    <message>
        <source>The database is not open. Try again once it is open; nothing was saved.</source>
        <translation>The database is not open. Try again once it is open; nothing was saved.</translation>
    </message>
    <message>
        <source>Choose the person the request is about.</source>
        <translation>Choose the person the request is about.</translation>
    </message>
    <message>
        <source>Enter the name of the representative or agent who made the request.</source>
        <translation>Enter the name of the representative or agent who made the request.</translation>
    </message>
    <message>
        <source>Enter the date the request was received.</source>
        <translation>Enter the date the request was received.</translation>
    </message>
    <message>
        <source>{sender}: the ticket's sender (a person record is made if none has this address)</source>
        <translation>{sender}: the ticket's sender (a person record is made if none has this address)</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Not chosen yet</translation>
    </message>
    <message>
        <source>Choose the requester</source>
        <translation>Choose the requester</translation>
    </message>
    <message>
        <source>A fee may be charged for this type (Art. 38).</source>
        <translation>A fee may be charged for this type (Art. 38).</translation>
    </message>
    <message>
        <source>The requester may sue two weeks after it arrived (Art. 39).</source>
        <translation>The requester may sue two weeks after it arrived (Art. 39).</translation>
    </message>
    <message>
        <source>Convert {ref} to a Request Case</source>
        <translation>Convert {ref} to a Request Case</translation>
    </message>
    <message>
        <source>The new case is linked to ticket {ref}, and the files stored with its mail come along. The ticket becomes a confirmed data-subject request.</source>
        <translation>The new case is linked to ticket {ref}, and the files stored with its mail come along. The ticket becomes a confirmed data-subject request.</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>C&amp;hange…</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Conv&amp;ert</source>
        <translation>Conv&amp;ert</translation>
    </message>
    <message>
        <source>New Request Case</source>
        <translation>New Request Case</translation>
    </message>
    <message>
        <source>&amp;Open Case</source>
        <translation>&amp;Open Case</translation>
    </message>
    <message>
        <source>Request &amp;type:</source>
        <translation>Request &amp;type:</translation>
    </message>
    <message>
        <source>GDPR:</source>
        <translation>GDPR:</translation>
    </message>
    <message>
        <source>&amp;Requester:</source>
        <translation>&amp;Requester:</translation>
    </message>
    <message>
        <source>&amp;Who asks:</source>
        <translation>&amp;Who asks:</translation>
    </message>
    <message>
        <source>Agent's na&amp;me:</source>
        <translation>Agent's na&amp;me:</translation>
    </message>
    <message>
        <source>Agent's &amp;contact:</source>
        <translation>Agent's &amp;contact:</translation>
    </message>
    <message>
        <source>An EU data subject: the &amp;GDPR's month runs too</source>
        <translation>An EU data subject: the &amp;GDPR's month runs too</translation>
    </message>
    <message>
        <source>Recei&amp;ved on:</source>
        <translation>Recei&amp;ved on:</translation>
    </message>
    <message>
        <source>Requested &amp;items:</source>
        <translation>Requested &amp;items:</translation>
    </message>
    <message>
        <source>&amp;Delivery asked for:</source>
        <translation>&amp;Delivery asked for:</translation>
    </message>
    <message>
        <source>Delivery &amp;note:</source>
        <translation>Delivery &amp;note:</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>Not specified</translation>
    </message>
    <message>
        <source>the legal representative or appointed agent who made the request</source>
        <translation>the legal representative or appointed agent who made the request</translation>
    </message>
    <message>
        <source>address, e-mail or phone</source>
        <translation>address, e-mail or phone</translation>
    </message>
    <message>
        <source>What the requester asks for, in their words (e.g. purchase history since 2024)</source>
        <translation>What the requester asks for, in their words (e.g. purchase history since 2024)</translation>
    </message>
    <message>
        <source>The office date the request arrived: every deadline runs from it.</source>
        <translation>The office date the request arrived: every deadline runs from it.</translation>
    </message>
    <message>
        <source>No request cases match the filter.</source>
        <translation>No request cases match the filter.</translation>
    </message>
    <message>
        <source>The list could not be loaded.</source>
        <translation>The list could not be loaded.</translation>
    </message>
    <message>
        <source>No open request cases. New Case… (Ctrl+Shift+N) opens one.</source>
        <translation>No open request cases. New Case… (Ctrl+Shift+N) opens one.</translation>
    </message>
    <message>
        <source>No request cases yet. New Case… (Ctrl+Shift+N) opens one.</source>
        <translation>No request cases yet. New Case… (Ctrl+Shift+N) opens one.</translation>
    </message>
    <message>
        <source>Request case {ref} opened.</source>
        <translation>Request case {ref} opened.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>&amp;New Case…</source>
        <translation>&amp;New Case…</translation>
    </message>
    <message>
        <source>Open a request case received by letter, at the counter or by phone (Ctrl+Shift+N).</source>
        <translation>Open a request case received by letter, at the counter or by phone (Ctrl+Shift+N).</translation>
    </message>
    <message>
        <source>Search reference, requester or agent (Ctrl+F)</source>
        <translation>Search reference, requester or agent (Ctrl+F)</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>Assign To</source>
        <translation>Assign To</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nobody</translation>
    </message>
    <message>
        <source>Assigning the cases…</source>
        <translation>Assigning the cases…</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) assigned.</source>
        <translation><numerusform>%n case assigned.</numerusform><numerusform>%n cases assigned.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) not changed: {reason}</source>
        <translation><numerusform>%n case not changed: {reason}</numerusform><numerusform>%n cases not changed: {reason}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation><numerusform>%n case</numerusform><numerusform>%n cases</numerusform></translation>
    </message>
    <message>
        <source>Overdue onl&amp;y</source>
        <translation>Overdue onl&amp;y</translation>
    </message>
    <message>
        <source>D&amp;ue soon</source>
        <translation>D&amp;ue soon</translation>
    </message>
    <message>
        <source>Open cases that are overdue or due within the office's due-soon days.</source>
        <translation>Open cases that are overdue or due within the office's due-soon days.</translation>
    </message>
    <message>
        <source>Request cases</source>
        <translation>Request cases</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Purpose of use</source>
        <translation>Purpose of use</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systems</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>New &amp;Holding…</source>
        <translation>New &amp;Holding…</translation>
    </message>
    <message>
        <source>Export Retention Calendar (ICS)…</source>
        <translation>Export Retention Calendar (ICS)…</translation>
    </message>
    <message>
        <source>Export Retention Register (CSV/XLSX)…</source>
        <translation>Export Retention Register (CSV/XLSX)…</translation>
    </message>
    <message>
        <source>Purge Old Records…</source>
        <translation>Purge Old Records…</translation>
    </message>
    <message>
        <source>Due for deletion</source>
        <translation>Due for deletion</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Hold to review</source>
        <translation>Hold to review</translation>
    </message>
    <message>
        <source>Retention Calendar (ICS)…</source>
        <translation>Retention Calendar (ICS)…</translation>
    </message>
    <message>
        <source>Register (CSV/XLSX)…</source>
        <translation>Register (CSV/XLSX)…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <source>Export Retention Calendar</source>
        <translation>Export Retention Calendar</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar files (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written to {path}.</source>
        <translation><numerusform>%n event written to {path}.</numerusform><numerusform>%n events written to {path}.</numerusform></translation>
    </message>
    <message>
        <source>Writing the calendar…</source>
        <translation>Writing the calendar…</translation>
    </message>
    <message>
        <source>Export Retention Register</source>
        <translation>Export Retention Register</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Excel workbooks (*.xlsx);;CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Writing the register…</source>
        <translation>Writing the register…</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Holding</source>
        <translation>Holding</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Due or review</source>
        <translation>Due or review</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>On hold ({reason}) until {date}</source>
        <translation>On hold ({reason}) until {date}</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Day</translation>
    </message>
    <message>
        <source>Wee&amp;k</source>
        <translation>Wee&amp;k</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Month</translation>
    </message>
    <message>
        <source>&amp;New Holding…</source>
        <translation>&amp;New Holding…</translation>
    </message>
    <message>
        <source>&amp;Register…</source>
        <translation>&amp;Register…</translation>
    </message>
    <message>
        <source>&amp;Purge Old Records…</source>
        <translation>&amp;Purge Old Records…</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>&amp;System:</source>
        <translation>&amp;System:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>O&amp;wner:</translation>
    </message>
    <message>
        <source>Holding {ref} added.</source>
        <translation>Holding {ref} added.</translation>
    </message>
    <message numerus="yes">
        <source>Due for deletion or to review, {when}: %n holding(s)</source>
        <translation><numerusform>Due for deletion or to review, {when}: %n holding</numerusform><numerusform>Due for deletion or to review, {when}: %n holdings</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Overdue: %n holding(s)</source>
        <translation><numerusform>&amp;Overdue: %n holding</numerusform><numerusform>&amp;Overdue: %n holdings</numerusform></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>All systems</source>
        <translation>All systems</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>All owners</translation>
    </message>
    <message>
        <source>Retention calendar</source>
        <translation>Retention calendar</translation>
    </message>
    <message>
        <source>Holdings of the chosen days</source>
        <translation>Holdings of the chosen days</translation>
    </message>
    <message>
        <source>Overdue holdings</source>
        <translation>Overdue holdings</translation>
    </message>
</context>
<context>
    <name>RetentionExport</name>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Holding</source>
        <translation>Holding</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systems</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>Retention period</translation>
    </message>
    <message>
        <source>Trigger event</source>
        <translation>Trigger event</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Trigger day</source>
        <translation>Trigger day</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>Kept until</translation>
    </message>
    <message>
        <source>Delete from</source>
        <translation>Delete from</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Hold</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>Review on</translation>
    </message>
    <message>
        <source>Disposed on</source>
        <translation>Disposed on</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Delete: {name} ({ref})</source>
        <translation>Delete: {name} ({ref})</translation>
    </message>
    <message>
        <source>Review hold: {name} ({ref})</source>
        <translation>Review hold: {name} ({ref})</translation>
    </message>
    <message>
        <source>Personal data retention</source>
        <translation>Personal data retention</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
</context>
<context>
    <name>RetentionForms</name>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantity:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Location:</translation>
    </message>
    <message>
        <source>&amp;Trigger date:</source>
        <translation>&amp;Trigger date:</translation>
    </message>
    <message>
        <source>Choose a category (Register… adds one).</source>
        <translation>Choose a category (Register… adds one).</translation>
    </message>
    <message>
        <source>Name the holding.</source>
        <translation>Name the holding.</translation>
    </message>
    <message>
        <source>Enter the trigger date.</source>
        <translation>Enter the trigger date.</translation>
    </message>
    <message>
        <source>Edit Holding {ref}</source>
        <translation>Edit Holding {ref}</translation>
    </message>
    <message>
        <source>New Holding</source>
        <translation>New Holding</translation>
    </message>
    <message>
        <source>A holding is one batch of personal data kept somewhere (e.g. a month of call recordings). Its category's rule counts the retention period from the trigger date.</source>
        <translation>A holding is one batch of personal data kept somewhere (e.g. a month of call recordings). Its category's rule counts the retention period from the trigger date.</translation>
    </message>
    <message>
        <source>Place Hold on {ref}</source>
        <translation>Place Hold on {ref}</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Re&amp;view on:</source>
        <translation>Re&amp;view on:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>Place Hold</source>
        <translation>Place Hold</translation>
    </message>
    <message>
        <source>Enter the review date.</source>
        <translation>Enter the review date.</translation>
    </message>
    <message>
        <source>The review date must be after today.</source>
        <translation>The review date must be after today.</translation>
    </message>
    <message>
        <source>Say why the data must be kept.</source>
        <translation>Say why the data must be kept.</translation>
    </message>
    <message>
        <source>The privacy policy keeps data past its period only when the law requires it, the person consented, the business needs it with good reason, or for another special reason. A held holding leaves the due list and comes back for review on the review date.</source>
        <translation>The privacy policy keeps data past its period only when the law requires it, the person consented, the business needs it with good reason, or for another special reason. A held holding leaves the due list and comes back for review on the review date.</translation>
    </message>
    <message>
        <source>Release Hold on {ref}</source>
        <translation>Release Hold on {ref}</translation>
    </message>
    <message>
        <source>Say why the hold ends. The holding is due for deletion again from its end of retention.</source>
        <translation>Say why the hold ends. The holding is due for deletion again from its end of retention.</translation>
    </message>
    <message>
        <source>Dispose of {ref}</source>
        <translation>Dispose of {ref}</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Method:</translation>
    </message>
    <message>
        <source>&amp;Disposed on:</source>
        <translation>&amp;Disposed on:</translation>
    </message>
    <message>
        <source>&amp;Approved by:</source>
        <translation>&amp;Approved by:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Evidence:</translation>
    </message>
    <message>
        <source>Dispose</source>
        <translation>Dispose</translation>
    </message>
    <message>
        <source>Evidence Files</source>
        <translation>Evidence Files</translation>
    </message>
    <message>
        <source>Enter the day it was disposed of.</source>
        <translation>Enter the day it was disposed of.</translation>
    </message>
    <message>
        <source>A manager must approve the disposal; none is set up.</source>
        <translation>A manager must approve the disposal; none is set up.</translation>
    </message>
    <message>
        <source>Add &amp;Files…</source>
        <translation>Add &amp;Files…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Remo&amp;ve</translation>
    </message>
    <message>
        <source>Record how the data was destroyed and who approved it. A disposed holding stays on record and can no longer be changed; its certificate of disposal lists the evidence files.</source>
        <translation>Record how the data was destroyed and who approved it. A disposed holding stays on record and can no longer be changed; its certificate of disposal lists the evidence files.</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <source>Category:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <source>Systems:</source>
        <translation>Systems:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Owner:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Location:</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>Quantity:</translation>
    </message>
    <message>
        <source>Trigger date:</source>
        <translation>Trigger date:</translation>
    </message>
    <message>
        <source>Kept until:</source>
        <translation>Kept until:</translation>
    </message>
    <message>
        <source>Delete from:</source>
        <translation>Delete from:</translation>
    </message>
    <message>
        <source>Hold:</source>
        <translation>Hold:</translation>
    </message>
    <message>
        <source>Disposal:</source>
        <translation>Disposal:</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Pl&amp;ace Hold…</source>
        <translation>Pl&amp;ace Hold…</translation>
    </message>
    <message>
        <source>Rele&amp;ase Hold…</source>
        <translation>Rele&amp;ase Hold…</translation>
    </message>
    <message>
        <source>D&amp;ispose…</source>
        <translation>D&amp;ispose…</translation>
    </message>
    <message>
        <source>Print C&amp;ertificate…</source>
        <translation>Print C&amp;ertificate…</translation>
    </message>
    <message>
        <source>Save Certificate &amp;as PDF…</source>
        <translation>Save Certificate &amp;as PDF…</translation>
    </message>
    <message>
        <source>{status} — kept on record; it can no longer be changed.</source>
        <translation>{status} — kept on record; it can no longer be changed.</translation>
    </message>
    <message>
        <source>No rule for its category yet</source>
        <translation>No rule for its category yet</translation>
    </message>
    <message>
        <source>{reason}, review on {date} ({who}): {note}</source>
        <translation>{reason}, review on {date} ({who}): {note}</translation>
    </message>
    <message>
        <source>{method} on {date} by {by}, approved by {approver}; certificate {number}</source>
        <translation>{method} on {date} by {by}, approved by {approver}; certificate {number}</translation>
    </message>
    <message>
        <source>Evidence: {files}</source>
        <translation>Evidence: {files}</translation>
    </message>
    <message>
        <source>{ref} saved.</source>
        <translation>{ref} saved.</translation>
    </message>
    <message>
        <source>{ref} is on hold.</source>
        <translation>{ref} is on hold.</translation>
    </message>
    <message>
        <source>The hold on {ref} was released.</source>
        <translation>The hold on {ref} was released.</translation>
    </message>
    <message>
        <source>{ref} was disposed of. Its certificate can be printed.</source>
        <translation>{ref} was disposed of. Its certificate can be printed.</translation>
    </message>
    <message>
        <source>Writing the certificate…</source>
        <translation>Writing the certificate…</translation>
    </message>
    <message>
        <source>Certificate of disposal {number}</source>
        <translation>Certificate of disposal {number}</translation>
    </message>
    <message>
        <source>Certificate &amp;in:</source>
        <translation>Certificate &amp;in:</translation>
    </message>
    <message>
        <source>Choose a holding in the lists to see its facts, place a hold or dispose of it.</source>
        <translation>Choose a holding in the lists to see its facts, place a hold or dispose of it.</translation>
    </message>
</context>
<context>
    <name>RetentionPurge</name>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonymise</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>Due from</source>
        <translation>Due from</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Reading what would be purged…</source>
        <translation>Reading what would be purged…</translation>
    </message>
    <message>
        <source>&amp;I am a manager and approve this purge</source>
        <translation>&amp;I am a manager and approve this purge</translation>
    </message>
    <message>
        <source>&amp;Purge</source>
        <translation>&amp;Purge</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) would be purged.</source>
        <translation><numerusform>%n record would be purged.</numerusform><numerusform>%n records would be purged.</numerusform></translation>
    </message>
    <message>
        <source>Kept: {held} on a hold, {linked} linked to an open case or incident.</source>
        <translation>Kept: {held} on a hold, {linked} linked to an open case or incident.</translation>
    </message>
    <message>
        <source>Only a user whose role is “{manager}” may run the purge. You are signed in as {user}, whose role is “{role}”. You can see what the purge would do.</source>
        <translation>Only a user whose role is “{manager}” may run the purge. You are signed in as {user}, whose role is “{role}”. You can see what the purge would do.</translation>
    </message>
    <message>
        <source>An administrator sets up the office and its users but does not approve decisions such as a purge; ask a manager, or have your role changed in Tools › Users.</source>
        <translation>An administrator sets up the office and its users but does not approve decisions such as a purge; ask a manager, or have your role changed in Tools › Users.</translation>
    </message>
    <message>
        <source>Nothing to purge as of {date}: no ticket, request case or incident is past its retention rule.</source>
        <translation>Nothing to purge as of {date}: no ticket, request case or incident is past its retention rule.</translation>
    </message>
    <message>
        <source>Purging old records…</source>
        <translation>Purging old records…</translation>
    </message>
    <message>
        <source>Deleted: {deleted}. Anonymised: {anonymised}.</source>
        <translation>Deleted: {deleted}. Anonymised: {anonymised}.</translation>
    </message>
    <message>
        <source>Cancelled; what was done before is kept.</source>
        <translation>Cancelled; what was done before is kept.</translation>
    </message>
    <message>
        <source>Purge Old Records</source>
        <translation>Purge Old Records</translation>
    </message>
    <message>
        <source>Tickets, request cases and incidents closed longer ago than their retention rule allows are deleted or anonymised; the monthly statistics are kept and the purge is audited. Nothing has changed yet: this is what the purge would do today.</source>
        <translation>Tickets, request cases and incidents closed longer ago than their retention rule allows are deleted or anonymised; the monthly statistics are kept and the purge is audited. Nothing has changed yet: this is what the purge would do today.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>RetentionRegister</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation><numerusform>%n week</numerusform><numerusform>%n weeks</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation><numerusform>%n month</numerusform><numerusform>%n months</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation><numerusform>%n year</numerusform><numerusform>%n years</numerusform></translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>weeks</translation>
    </message>
    <message>
        <source>months</source>
        <translation>months</translation>
    </message>
    <message>
        <source>years</source>
        <translation>years</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systems</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>Retention period</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Counted from</translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation>Data categories</translation>
    </message>
    <message>
        <source>The app's own records</source>
        <translation>The app's own records</translation>
    </message>
    <message>
        <source>Anonymise (the statistics keep the record)</source>
        <translation>Anonymise (the statistics keep the record)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Kept after closing</source>
        <translation>Kept after closing</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Then</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Purge Rule — {ref}</source>
        <translation>Purge Rule — {ref}</translation>
    </message>
    <message>
        <source>Kept after closing:</source>
        <translation>Kept after closing:</translation>
    </message>
    <message>
        <source>&amp;Then:</source>
        <translation>&amp;Then:</translation>
    </message>
    <message>
        <source>Purge Rule…</source>
        <translation>Purge Rule…</translation>
    </message>
    <message>
        <source>Holdings</source>
        <translation>Holdings</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Purpose of use:</source>
        <translation>&amp;Purpose of use:</translation>
    </message>
    <message>
        <source>&amp;Systems or places:</source>
        <translation>&amp;Systems or places:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Owner:</translation>
    </message>
    <message>
        <source>Name the category.</source>
        <translation>Name the category.</translation>
    </message>
    <message>
        <source>Edit Category {ref}</source>
        <translation>Edit Category {ref}</translation>
    </message>
    <message>
        <source>New Category</source>
        <translation>New Category</translation>
    </message>
    <message>
        <source>Retention Rule — {ref}</source>
        <translation>Retention Rule — {ref}</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>&amp;Counted from:</source>
        <translation>&amp;Counted from:</translation>
    </message>
    <message>
        <source>&amp;Legal basis:</source>
        <translation>&amp;Legal basis:</translation>
    </message>
    <message>
        <source>Name the legal basis or the internal rule.</source>
        <translation>Name the legal basis or the internal rule.</translation>
    </message>
    <message>
        <source>Add Category…</source>
        <translation>Add Category…</translation>
    </message>
    <message>
        <source>Edit Category…</source>
        <translation>Edit Category…</translation>
    </message>
    <message>
        <source>Rule…</source>
        <translation>Rule…</translation>
    </message>
    <message>
        <source>No rule</source>
        <translation>No rule</translation>
    </message>
    <message>
        <source>Retention Register</source>
        <translation>Retention Register</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Desk staff</source>
        <translation>Desk staff</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Office time zone</source>
        <translation>Office time zone</translation>
    </message>
    <message>
        <source>Company closure days</source>
        <translation>Company closure days</translation>
    </message>
    <message>
        <source>Days before a deadline that count as due soon</source>
        <translation>Days before a deadline that count as due soon</translation>
    </message>
    <message>
        <source>A converted ticket follows its case</source>
        <translation>A converted ticket follows its case</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Company name</translation>
    </message>
    <message>
        <source>Company address</source>
        <translation>Company address</translation>
    </message>
    <message>
        <source>Representative (title and name)</source>
        <translation>Representative (title and name)</translation>
    </message>
    <message>
        <source>Contact for the report (department, phone, e-mail)</source>
        <translation>Contact for the report (department, phone, e-mail)</translation>
    </message>
    <message>
        <source>Breach reports go to</source>
        <translation>Breach reports go to</translation>
    </message>
    <message>
        <source>Name of the delegated ministry or accredited organization</source>
        <translation>Name of the delegated ministry or accredited organization</translation>
    </message>
    <message>
        <source>Internal due days</source>
        <translation>Internal due days</translation>
    </message>
    <message>
        <source>Mail server (IMAP)</source>
        <translation>Mail server (IMAP)</translation>
    </message>
    <message>
        <source>Mail server port</source>
        <translation>Mail server port</translation>
    </message>
    <message>
        <source>Connection security</source>
        <translation>Connection security</translation>
    </message>
    <message>
        <source>Mail server user name</source>
        <translation>Mail server user name</translation>
    </message>
    <message>
        <source>Mail folder to fetch</source>
        <translation>Mail folder to fetch</translation>
    </message>
    <message>
        <source>Fetch new mail every (minutes, 0 = off)</source>
        <translation>Fetch new mail every (minutes, 0 = off)</translation>
    </message>
    <message>
        <source>Mail server for sending (SMTP)</source>
        <translation>Mail server for sending (SMTP)</translation>
    </message>
    <message>
        <source>Sending server port</source>
        <translation>Sending server port</translation>
    </message>
    <message>
        <source>Sending connection security</source>
        <translation>Sending connection security</translation>
    </message>
    <message>
        <source>Sending server user name</source>
        <translation>Sending server user name</translation>
    </message>
    <message>
        <source>The desk's address mail is sent from</source>
        <translation>The desk's address mail is sent from</translation>
    </message>
    <message>
        <source>The desk's name on mail it sends</source>
        <translation>The desk's name on mail it sends</translation>
    </message>
    <message>
        <source>First response to an inquiry due within (business days)</source>
        <translation>First response to an inquiry due within (business days)</translation>
    </message>
    <message>
        <source>Largest attachment stored (bytes)</source>
        <translation>Largest attachment stored (bytes)</translation>
    </message>
    <message>
        <source>Fee for a disclosure or notification (yen)</source>
        <translation>Fee for a disclosure or notification (yen)</translation>
    </message>
    <message>
        <source>Identity documents accepted</source>
        <translation>Identity documents accepted</translation>
    </message>
    <message>
        <source>IMAPS (TLS from the start, usually port 993)</source>
        <translation>IMAPS (TLS from the start, usually port 993)</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 143)</source>
        <translation>STARTTLS (usually port 143)</translation>
    </message>
    <message>
        <source>None (only for a server on this computer)</source>
        <translation>None (only for a server on this computer)</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (usually port 587)</translation>
    </message>
    <message>
        <source>TLS from the start (usually port 465)</source>
        <translation>TLS from the start (usually port 465)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source> yen</source>
        <translation> yen</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Connected successfully.</source>
        <translation>Connected successfully.</translation>
    </message>
    <message>
        <source>Could not connect: {reason}</source>
        <translation>Could not connect: {reason}</translation>
    </message>
    <message>
        <source>{iso}  ({date})</source>
        <translation>{iso}  ({date})</translation>
    </message>
    <message>
        <source>Enter the name of the document.</source>
        <translation>Enter the name of the document.</translation>
    </message>
    <message>
        <source>“{name}” is already in the list.</source>
        <translation>“{name}” is already in the list.</translation>
    </message>
    <message>
        <source>At least one identity document is needed: add another before removing this one.</source>
        <translation>At least one identity document is needed: add another before removing this one.</translation>
    </message>
    <message>
        <source>Nothing was saved: {reason}</source>
        <translation>Nothing was saved: {reason}</translation>
    </message>
    <message>
        <source>The settings file could not be saved: {reason}</source>
        <translation>The settings file could not be saved: {reason}</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>This &amp;computer</source>
        <translation>This &amp;computer</translation>
    </message>
    <message>
        <source>Office &amp;deadlines</source>
        <translation>Office &amp;deadlines</translation>
    </message>
    <message>
        <source>Re&amp;quests</source>
        <translation>Re&amp;quests</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The new language is used as soon as you press OK.</source>
        <translation>The new language is used as soon as you press OK.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Database &amp;URL:</source>
        <translation>Database &amp;URL:</translation>
    </message>
    <message>
        <source>Leave empty to use the database file on this computer (shown greyed out above). For a database shared by the whole office, enter a PostgreSQL URL such as postgresql+psycopg://user@server/privacydesk. Privacy Desk reconnects when you press OK.</source>
        <translation>Leave empty to use the database file on this computer (shown greyed out above). For a database shared by the whole office, enter a PostgreSQL URL such as postgresql+psycopg://user@server/privacydesk. Privacy Desk reconnects when you press OK.</translation>
    </message>
    <message>
        <source>The environment variable PRIVACY_DESK_DB is set, so this computer uses {url} whatever you enter here.</source>
        <translation>The environment variable PRIVACY_DESK_DB is set, so this computer uses {url} whatever you enter here.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>Try to connect to the database in the field, without saving.</source>
        <translation>Try to connect to the database in the field, without saving.</translation>
    </message>
    <message>
        <source>Internal due dates</source>
        <translation>Internal due dates</translation>
    </message>
    <message>
        <source>Request type</source>
        <translation>Request type</translation>
    </message>
    <message>
        <source>Days after arrival</source>
        <translation>Days after arrival</translation>
    </message>
    <message>
        <source>The law sets no number of days for answering a request: it says 「遅滞なく」 (without delay). These are the office's own targets, counted from the day the request arrived and moved back to the last day the office is open.</source>
        <translation>The law sets no number of days for answering a request: it says 「遅滞なく」 (without delay). These are the office's own targets, counted from the day the request arrived and moved back to the last day the office is open.</translation>
    </message>
    <message>
        <source>{request_type}:</source>
        <translation>{request_type}:</translation>
    </message>
    <message>
        <source>Company closure days</source>
        <translation>Company closure days</translation>
    </message>
    <message>
        <source>Days the office is closed on top of Saturdays, Sundays, national holidays and 29 December – 3 January, which are always closure days.</source>
        <translation>Days the office is closed on top of Saturdays, Sundays, national holidays and 29 December – 3 January, which are always closure days.</translation>
    </message>
    <message>
        <source>C&amp;losure days:</source>
        <translation>C&amp;losure days:</translation>
    </message>
    <message>
        <source>Add a closure da&amp;y:</source>
        <translation>Add a closure da&amp;y:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Days before a deadline that count as due &amp;soon:</source>
        <translation>Days before a deadline that count as due &amp;soon:</translation>
    </message>
    <message>
        <source>Office &amp;time zone:</source>
        <translation>Office &amp;time zone:</translation>
    </message>
    <message>
        <source>Dates of arrival and awareness are counted in this time zone.</source>
        <translation>Dates of arrival and awareness are counted in this time zone.</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>Charged for a notification of the purpose of use, a disclosure and a disclosure of third-party provision records (APPI Art. 38), within what the actual cost justifies. Enter 0 if the office charges no fee.</source>
        <translation>Charged for a notification of the purpose of use, a disclosure and a disclosure of third-party provision records (APPI Art. 38), within what the actual cost justifies. Enter 0 if the office charges no fee.</translation>
    </message>
    <message>
        <source>&amp;Fee per request:</source>
        <translation>&amp;Fee per request:</translation>
    </message>
    <message>
        <source>Converted tickets</source>
        <translation>Converted tickets</translation>
    </message>
    <message>
        <source>When a case opened from a ticket is answered, its ticket records the first response and leaves Today. Choose what else the ticket does when the case is answered, withdrawn or closed.</source>
        <translation>When a case opened from a ticket is answered, its ticket records the first response and leaves Today. Choose what else the ticket does when the case is answered, withdrawn or closed.</translation>
    </message>
    <message>
        <source>&amp;Ticket of a case:</source>
        <translation>&amp;Ticket of a case:</translation>
    </message>
    <message>
        <source>Identity verification</source>
        <translation>Identity verification</translation>
    </message>
    <message>
        <source>The documents staff can tick when they verify a requester's identity, shown in this order. Names are written as the office writes them.</source>
        <translation>The documents staff can tick when they verify a requester's identity, shown in this order. Names are written as the office writes them.</translation>
    </message>
    <message>
        <source>Accepted &amp;identity documents:</source>
        <translation>Accepted &amp;identity documents:</translation>
    </message>
    <message>
        <source>Double-click a name or press F2 to rename it.</source>
        <translation>Double-click a name or press F2 to rename it.</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation>R&amp;emove</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>New d&amp;ocument:</source>
        <translation>New d&amp;ocument:</translation>
    </message>
    <message>
        <source>No database is open. Office settings are stored in the database; connect to it to see and change them.</source>
        <translation>No database is open. Office settings are stored in the database; connect to it to see and change them.</translation>
    </message>
    <message>
        <source>The office settings could not be read: {reason}</source>
        <translation>The office settings could not be read: {reason}</translation>
    </message>
    <message>
        <source>These settings are shared by every desk using this database. Only an administrator can change them; you are signed in as {user} ({role}).</source>
        <translation>These settings are shared by every desk using this database. Only an administrator can change them; you are signed in as {user} ({role}).</translation>
    </message>
    <message>
        <source>These settings are shared by every desk using this database ({database}).</source>
        <translation>These settings are shared by every desk using this database ({database}).</translation>
    </message>
    <message>
        <source>Sending &amp;Mail</source>
        <translation>Sending &amp;Mail</translation>
    </message>
    <message>
        <source>Enter the sending server and the desk's address first.</source>
        <translation>Enter the sending server and the desk's address first.</translation>
    </message>
    <message>
        <source>The password for {user} is stored in this computer's keychain.</source>
        <translation>The password for {user} is stored in this computer's keychain.</translation>
    </message>
    <message>
        <source>The password for {user} is removed from this computer.</source>
        <translation>The password for {user} is removed from this computer.</translation>
    </message>
    <message>
        <source>Send Test Mail</source>
        <translation>Send Test Mail</translation>
    </message>
    <message>
        <source>Send a test mail to this address:</source>
        <translation>Send a test mail to this address:</translation>
    </message>
    <message>
        <source>Sending a test mail to {to}…</source>
        <translation>Sending a test mail to {to}…</translation>
    </message>
    <message>
        <source>The test mail was accepted for {to}. Check that it arrives.</source>
        <translation>The test mail was accepted for {to}. Check that it arrives.</translation>
    </message>
    <message>
        <source>Sending server (SMTP)</source>
        <translation>Sending server (SMTP)</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <source>Connection s&amp;ecurity:</source>
        <translation>Connection s&amp;ecurity:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;User name (empty: no login):</source>
        <translation>&amp;User name (empty: no login):</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>The desk's &amp;address:</source>
        <translation>The desk's &amp;address:</translation>
    </message>
    <message>
        <source>T&amp;he desk's name:</source>
        <translation>T&amp;he desk's name:</translation>
    </message>
    <message>
        <source>Empty: the desk's usual name in the language of each reply.</source>
        <translation>Empty: the desk's usual name in the language of each reply.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>This computer</translation>
    </message>
    <message>
        <source>The password is kept only in this computer's keychain, never in the database. Each desk that sends stores it once.</source>
        <translation>The password is kept only in this computer's keychain, never in the database. Each desk that sends stores it once.</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>&amp;Store in Keychain</source>
        <translation>&amp;Store in Keychain</translation>
    </message>
    <message>
        <source>Send &amp;Test Mail…</source>
        <translation>Send &amp;Test Mail…</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Incide&amp;nts</source>
        <translation>Incide&amp;nts</translation>
    </message>
    <message>
        <source>The company as the reporter</source>
        <translation>The company as the reporter</translation>
    </message>
    <message>
        <source>A breach report names the business that reports, not the clerk who files it (Rule Art. 8). These appear on the preliminary and final reports and on the notices to the persons.</source>
        <translation>A breach report names the business that reports, not the clerk who files it (Rule Art. 8). These appear on the preliminary and final reports and on the notices to the persons.</translation>
    </message>
    <message>
        <source>Compan&amp;y name:</source>
        <translation>Compan&amp;y name:</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>Add&amp;ress:</translation>
    </message>
    <message>
        <source>Re&amp;presentative:</source>
        <translation>Re&amp;presentative:</translation>
    </message>
    <message>
        <source>Con&amp;tact:</source>
        <translation>Con&amp;tact:</translation>
    </message>
    <message>
        <source>Where breach reports go</source>
        <translation>Where breach reports go</translation>
    </message>
    <message>
        <source>To the Personal Information Protection Commission, unless the PPC has delegated its authority for the company's sector to a ministry, or the company belongs to an accredited personal information protection organization. Each incident may choose another.</source>
        <translation>To the Personal Information Protection Commission, unless the PPC has delegated its authority for the company's sector to a ministry, or the company belongs to an accredited personal information protection organization. Each incident may choose another.</translation>
    </message>
    <message>
        <source>Reports &amp;go to:</source>
        <translation>Reports &amp;go to:</translation>
    </message>
    <message>
        <source>Ministry or organi&amp;zation:</source>
        <translation>Ministry or organi&amp;zation:</translation>
    </message>
</context>
<context>
    <name>Signature</name>
    <message>
        <source>My Signature</source>
        <translation>My Signature</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Use the &amp;Default</source>
        <translation>Use the &amp;Default</translation>
    </message>
    <message>
        <source>These lines go under every mail you send, after the separator "-- ". Only you can change them.</source>
        <translation>These lines go under every mail you send, after the separator "-- ". Only you can change them.</translation>
    </message>
</context>
<context>
    <name>TicketCategory</name>
    <message>
        <source>Inquiry</source>
        <translation>Inquiry</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Data-subject request</source>
        <translation>Data-subject request</translation>
    </message>
    <message>
        <source>Opt-out</source>
        <translation>Opt-out</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>TicketFollow</name>
    <message>
        <source>Resolved when the case is answered, closed when it ends</source>
        <translation>Resolved when the case is answered, closed when it ends</translation>
    </message>
    <message>
        <source>Closed when the case is answered or ends</source>
        <translation>Closed when the case is answered or ends</translation>
    </message>
    <message>
        <source>Only its first response recorded; staff set its status</source>
        <translation>Only its first response recorded; staff set its status</translation>
    </message>
</context>
<context>
    <name>TicketStatus</name>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Waiting for requester</source>
        <translation>Waiting for requester</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Junk</source>
        <translation>Junk</translation>
    </message>
</context>
<context>
    <name>TimelineKind</name>
    <message>
        <source>Fact</source>
        <translation>Fact</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Office closed</source>
        <translation>Office closed</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>Inquiry</translation>
    </message>
    <message>
        <source>Data-subject request</source>
        <translation>Data-subject request</translation>
    </message>
    <message>
        <source>Breach</source>
        <translation>Breach</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>Preliminary breach report due</source>
        <translation>Preliminary breach report due</translation>
    </message>
    <message>
        <source>Final breach report due</source>
        <translation>Final breach report due</translation>
    </message>
    <message>
        <source>GDPR 72 hours end</source>
        <translation>GDPR 72 hours end</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Overdue — {date}</source>
        <translation>Overdue — {date}</translation>
    </message>
    <message>
        <source>Today — {date}</source>
        <translation>Today — {date}</translation>
    </message>
    <message>
        <source>Tomorrow — {date}</source>
        <translation>Tomorrow — {date}</translation>
    </message>
    <message numerus="yes">
        <source>In %n days — {date}</source>
        <translation><numerusform>In %n days — {date}</numerusform><numerusform>In %n days — {date}</numerusform></translation>
    </message>
    <message>
        <source>The law sets this date; it cannot be moved by office policy.</source>
        <translation>The law sets this date; it cannot be moved by office policy.</translation>
    </message>
    <message>
        <source>The office's own target date (office policy), not a legal deadline.</source>
        <translation>The office's own target date (office policy), not a legal deadline.</translation>
    </message>
    <message>
        <source>The office is closed: deadlines that fall on this day move.</source>
        <translation>The office is closed: deadlines that fall on this day move.</translation>
    </message>
    <message>
        <source>{deadline}, overdue</source>
        <translation>{deadline}, overdue</translation>
    </message>
    <message>
        <source>{deadline} · {left}</source>
        <translation>{deadline} · {left}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>First response due, overdue</source>
        <translation>First response due, overdue</translation>
    </message>
    <message>
        <source>First response due</source>
        <translation>First response due</translation>
    </message>
    <message>
        <source>Hold to review</source>
        <translation>Hold to review</translation>
    </message>
    <message>
        <source>Due for deletion, overdue</source>
        <translation>Due for deletion, overdue</translation>
    </message>
    <message>
        <source>Due for deletion</source>
        <translation>Due for deletion</translation>
    </message>
    <message>
        <source>Statutory deadline, overdue</source>
        <translation>Statutory deadline, overdue</translation>
    </message>
    <message>
        <source>Internal deadline, overdue</source>
        <translation>Internal deadline, overdue</translation>
    </message>
    <message>
        <source>Statutory deadline</source>
        <translation>Statutory deadline</translation>
    </message>
    <message>
        <source>Internal deadline</source>
        <translation>Internal deadline</translation>
    </message>
    <message>
        <source>The agenda could not be loaded: {reason}</source>
        <translation>The agenda could not be loaded: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Nothing due in the next %n days.</source>
        <translation><numerusform>Nothing due in the next %n days.</numerusform><numerusform>Nothing due in the next %n days.</numerusform></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Opening the database…</translation>
    </message>
    <message numerus="yes">
        <source>Overdue: {overdue}. Due in the next %n days: {coming}.</source>
        <translation><numerusform>Overdue: {overdue}. Due in the next %n days: {coming}.</numerusform><numerusform>Overdue: {overdue}. Due in the next %n days: {coming}.</numerusform></translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message numerus="yes">
        <source>Deadlines, overdue work and office closures in the next %n days.</source>
        <translation><numerusform>Deadlines, overdue work and office closures in the next %n days.</numerusform><numerusform>Deadlines, overdue work and office closures in the next %n days.</numerusform></translation>
    </message>
    <message>
        <source>Show more ({shown} of {total} shown)</source>
        <translation>Show more ({shown} of {total} shown)</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
</context>
<context>
    <name>TriggerEvent</name>
    <message>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <source>Contract end</source>
        <translation>Contract end</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>Application closed</source>
        <translation>Application closed</translation>
    </message>
    <message>
        <source>Employment end</source>
        <translation>Employment end</translation>
    </message>
    <message>
        <source>Fiscal year end</source>
        <translation>Fiscal year end</translation>
    </message>
    <message>
        <source>Record closed</source>
        <translation>Record closed</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>The change was not made: {reason}</source>
        <translation>The change was not made: {reason}</translation>
    </message>
    <message>
        <source>The user {login} was added.</source>
        <translation>The user {login} was added.</translation>
    </message>
    <message>
        <source>Users and Roles</source>
        <translation>Users and Roles</translation>
    </message>
    <message>
        <source>&amp;Users:</source>
        <translation>&amp;Users:</translation>
    </message>
    <message>
        <source>&amp;Add User…</source>
        <translation>&amp;Add User…</translation>
    </message>
    <message>
        <source>To change a role from the keyboard, move to it and press F2; Space ticks Active.</source>
        <translation>To change a role from the keyboard, move to it and press F2; Space ticks Active.</translation>
    </message>
    <message>
        <source>Changes take effect at once. Desk staff work on inquiries and cases, managers also approve decisions, administrators manage users and office settings.</source>
        <translation>Changes take effect at once. Desk staff work on inquiries and cases, managers also approve decisions, administrators manage users and office settings.</translation>
    </message>
    <message>
        <source>Only an administrator can change users and roles.</source>
        <translation>Only an administrator can change users and roles.</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>column header: the user may sign in</comment>
        <translation>Active</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>This is you.</source>
        <translation>This is you.</translation>
    </message>
    <message>
        <source>Deactivated: this user cannot sign in.</source>
        <translation>Deactivated: this user cannot sign in.</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <source>Case report</source>
        <translation>Case report</translation>
    </message>
    <message>
        <source>Certificate of disposal</source>
        <translation>Certificate of disposal</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
</context>
</TS>