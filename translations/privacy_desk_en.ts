<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
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
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
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
    <message>
        <source>Error: {message}</source>
        <translation>Error: {message}</translation>
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
        <source>No person with id {id}.</source>
        <translation>No person with id {id}.</translation>
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
        <source>No user with id {id}.</source>
        <translation>No user with id {id}.</translation>
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
        <source>This kind of database is not supported: {url}</source>
        <translation>This kind of database is not supported: {url}</translation>
    </message>
    <message>
        <source>The database driver {driver} is not installed.</source>
        <translation>The database driver {driver} is not installed.</translation>
    </message>
    <message>
        <source>The database reported an error: {detail}</source>
        <translation>The database reported an error: {detail}</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Privacy Desk (schema {revision}). Install the newer version; this one has not changed the database.</source>
        <translation>This database was written by a newer version of Privacy Desk (schema {revision}). Install the newer version; this one has not changed the database.</translation>
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
        <source>Internal due days</source>
        <translation>Internal due days</translation>
    </message>
</context>
</TS>