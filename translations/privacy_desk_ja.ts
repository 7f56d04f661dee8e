<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>CLI</name>
    <message>
        <source>Privacy Desk: inquiries, requests and deadlines.</source>
        <translation>Privacy Desk：問い合わせ・開示等の請求・期限の管理</translation>
    </message>
    <message>
        <source>database URL (default: a SQLite file in the user data folder)</source>
        <translation>データベースURL（既定：ユーザーデータフォルダー内のSQLiteファイル）</translation>
    </message>
    <message>
        <source>language of messages (default: the configured one)</source>
        <translation>メッセージの言語（既定：設定済みの言語）</translation>
    </message>
    <message>
        <source>check that every view and report works, offscreen</source>
        <translation>すべての画面と帳票が動作するかを画面表示なしで確認する</translation>
    </message>
    <message>
        <source>start the GUI and quit once the window has painted</source>
        <translation>GUIを起動し、ウィンドウが描画されたら終了する</translation>
    </message>
    <message>
        <source>database maintenance</source>
        <translation>データベースの保守</translation>
    </message>
    <message>
        <source>migrate the database to the latest schema</source>
        <translation>データベースを最新のスキーマに移行する</translation>
    </message>
    <message>
        <source>fill the database with realistic demo data</source>
        <translation>データベースにデモデータを登録する</translation>
    </message>
    <message>
        <source>compute legal and internal deadlines</source>
        <translation>法定期限と社内期限を計算する</translation>
    </message>
    <message>
        <source>deadlines of a data-subject request</source>
        <translation>開示等の請求の期限</translation>
    </message>
    <message>
        <source>request type, e.g. disclosure</source>
        <translation>請求の種類（例：disclosure）</translation>
    </message>
    <message>
        <source>the day the request arrived (ISO or 和暦)</source>
        <translation>請求が到達した日（ISO形式または和暦）</translation>
    </message>
    <message>
        <source>the requester is an EU data subject</source>
        <translation>請求者がEUのデータ主体である</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>JSONで出力する</translation>
    </message>
    <message>
        <source>report deadlines of a personal-data breach</source>
        <translation>漏えい等の報告期限</translation>
    </message>
    <message>
        <source>when the company became aware (ISO 8601 date and time)</source>
        <translation>当社が事態を知った日時（ISO 8601形式）</translation>
    </message>
    <message>
        <source>a malicious act (不正の目的) is involved</source>
        <translation>不正の目的をもって行われたおそれがある</translation>
    </message>
    <message>
        <source>Internal due date (office policy)</source>
        <translation>社内期限（社内規程）</translation>
    </message>
    <message>
        <source>Lawsuit possible from (APPI Art. 39)</source>
        <translation>訴えの提起が可能になる日（法39条）</translation>
    </message>
    <message>
        <source>Fee may be charged (APPI Art. 38)</source>
        <translation>手数料の徴収（法38条）</translation>
    </message>
    <message>
        <source>Preliminary report, target</source>
        <translation>速報の目安</translation>
    </message>
    <message>
        <source>Preliminary report, due</source>
        <translation>速報の期限</translation>
    </message>
    <message>
        <source>Final report, due</source>
        <translation>確報の期限</translation>
    </message>
    <message>
        <source>GDPR: supervisory authority within 72 hours</source>
        <translation>GDPR：監督機関への72時間以内の通知</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>可</translation>
    </message>
    <message>
        <source>no</source>
        <translation>不可</translation>
    </message>
    <message>
        <source>Upgraded the database from {old} to {new}.</source>
        <translation>データベースを {old} から {new} に更新しました。</translation>
    </message>
    <message>
        <source>A copy of the database before the upgrade is at {path}</source>
        <translation>更新前のデータベースの複製：{path}</translation>
    </message>
    <message>
        <source>The database is up to date ({revision}).</source>
        <translation>データベースは最新です（{revision}）。</translation>
    </message>
    <message>
        <source>Self-test passed.</source>
        <translation>セルフテストに合格しました。</translation>
    </message>
    <message>
        <source>Self-test failed.</source>
        <translation>セルフテストに失敗しました。</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>エラー：{message}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Not a date and time: {text}</source>
        <translation>日時として読み取れません：{text}</translation>
    </message>
    <message>
        <source>Unknown request type {value}; use one of: {choices}</source>
        <translation>請求の種類「{value}」は不明です。次のいずれかを指定してください：{choices}</translation>
    </message>
    <message>
        <source>{user} ({role}) is not allowed to {action}.</source>
        <translation>{user}（{role}）には「{action}」の権限がありません。</translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation>氏名を入力してください。</translation>
    </message>
    <message>
        <source>Not an e-mail address: {email}</source>
        <translation>メールアドレスとして正しくありません：{email}</translation>
    </message>
    <message>
        <source>No person with id {id}.</source>
        <translation>ID {id} の人物は見つかりません。</translation>
    </message>
    <message>
        <source>Enter a whole number of days from {low} to {high}.</source>
        <translation>{low}～{high} の整数（日数）を入力してください。</translation>
    </message>
    <message>
        <source>Unknown time zone: {zone}</source>
        <translation>不明なタイムゾーンです：{zone}</translation>
    </message>
    <message>
        <source>Company closure days must be a list of dates.</source>
        <translation>会社休業日は日付の一覧で指定してください。</translation>
    </message>
    <message>
        <source>The user {login} has been deactivated. Ask an administrator.</source>
        <translation>ユーザー {login} は無効化されています。管理者に連絡してください。</translation>
    </message>
    <message>
        <source>A login name is required.</source>
        <translation>ログイン名を入力してください。</translation>
    </message>
    <message>
        <source>The user {login} already exists.</source>
        <translation>ユーザー {login} は既に登録されています。</translation>
    </message>
    <message>
        <source>No user with id {id}.</source>
        <translation>ID {id} のユーザーは見つかりません。</translation>
    </message>
    <message>
        <source>At least one active administrator must remain.</source>
        <translation>有効な管理者が少なくとも1人必要です。</translation>
    </message>
    <message>
        <source>Not a database URL: {url}</source>
        <translation>データベースURLとして正しくありません：{url}</translation>
    </message>
    <message>
        <source>This kind of database is not supported: {url}</source>
        <translation>この種類のデータベースには対応していません：{url}</translation>
    </message>
    <message>
        <source>The database driver {driver} is not installed.</source>
        <translation>データベースドライバー {driver} がインストールされていません。</translation>
    </message>
    <message>
        <source>The database reported an error: {detail}</source>
        <translation>データベースでエラーが発生しました：{detail}</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Privacy Desk (schema {revision}). Install the newer version; this one has not changed the database.</source>
        <translation>このデータベースは新しいバージョンのPrivacy Deskで作成されています（スキーマ {revision}）。新しいバージョンをインストールしてください。データベースは変更していません。</translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <source>work on inquiries and cases</source>
        <translation>問い合わせ・請求案件の対応</translation>
    </message>
    <message>
        <source>approve decisions</source>
        <translation>決定の承認</translation>
    </message>
    <message>
        <source>change office settings</source>
        <translation>事務所設定の変更</translation>
    </message>
    <message>
        <source>manage users and roles</source>
        <translation>ユーザーと役割の管理</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Desk staff</source>
        <translation>窓口担当者</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>管理職</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理者</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Office time zone</source>
        <translation>事務所のタイムゾーン</translation>
    </message>
    <message>
        <source>Company closure days</source>
        <translation>会社休業日</translation>
    </message>
    <message>
        <source>Days before a deadline that count as due soon</source>
        <translation>期限間近とみなす日数</translation>
    </message>
    <message>
        <source>Internal due days</source>
        <translation>社内期限（日数）</translation>
    </message>
</context>
</TS>
