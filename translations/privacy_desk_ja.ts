<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja">
<context>
    <name>About</name>
    <message>
        <source>Qt {qt}, PySide6 {pyside}, Python {python}</source>
        <translation>Qt {qt}、PySide6 {pyside}、Python {python}</translation>
    </message>
    <message>
        <source>About Privacy Desk</source>
        <translation>Privacy Deskについて</translation>
    </message>
    <message>
        <source>Inquiries, data-subject requests, retention and breach deadlines under the APPI.</source>
        <translation>個人情報保護法に基づく問い合わせ、開示等の請求、保存期間、漏えい等の期限を管理します。</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>バージョン：</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>データベース：</translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation>ログフォルダー：</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>使用ソフトウェア：</translation>
    </message>
    <message>
        <source>Free software under the MIT licence.</source>
        <translation>MITライセンスのフリーソフトウェアです。</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>詳細をコピー(&amp;C)</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add User</source>
        <translation>ユーザーの追加</translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation>ログイン名(&amp;L)：</translation>
    </message>
    <message>
        <source>as on the computer, e.g. tanaka</source>
        <translation>コンピューターと同じ名前（例：tanaka）</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>表示名(&amp;D)：</translation>
    </message>
    <message>
        <source>e.g. 田中 さくら</source>
        <translation>例：田中 さくら</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>役割(&amp;R)：</translation>
    </message>
    <message>
        <source>The login name is the user's sign-in name on the computer; it cannot be changed later.</source>
        <translation>ログイン名は、そのユーザーがコンピューターにサインインするときの名前です。後から変更することはできません。</translation>
    </message>
</context>
<context>
    <name>Answer</name>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Not yet known</source>
        <translation>未確定</translation>
    </message>
</context>
<context>
    <name>AppRecordKind</name>
    <message>
        <source>Tickets</source>
        <translation>チケット</translation>
    </message>
    <message>
        <source>Request cases</source>
        <translation>請求案件</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>漏えい等事案</translation>
    </message>
    <message>
        <source>Junk tickets</source>
        <translation>迷惑メール等のチケット</translation>
    </message>
</context>
<context>
    <name>BreachTrigger</name>
    <message>
        <source>Sensitive personal information</source>
        <translation>要配慮個人情報</translation>
    </message>
    <message>
        <source>Risk of financial loss</source>
        <translation>財産的被害が生じるおそれ</translation>
    </message>
    <message>
        <source>Malicious act</source>
        <translation>不正の目的によるおそれ</translation>
    </message>
    <message>
        <source>More than 1,000 persons</source>
        <translation>本人の数が1,000人超</translation>
    </message>
</context>
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
        <source>make a new, empty SQLite database if the file named does not exist</source>
        <translation>指定した SQLite ファイルがない場合に、新しい空のデータベースを作成する</translation>
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
        <source>a whole number, 0 or more, is needed: {value}</source>
        <translation>0 以上の整数を指定してください：{value}</translation>
    </message>
    <message>
        <source>how many demo tickets to create (default 40)</source>
        <translation>作成するデモ用チケットの件数（既定：40）</translation>
    </message>
    <message>
        <source>import .eml, .msg and .mbox files or folders as tickets</source>
        <translation>.eml・.msg・.mboxのファイルまたはフォルダーをチケットとして取り込む</translation>
    </message>
    <message>
        <source>file or folder</source>
        <translation>ファイルまたはフォルダー</translation>
    </message>
    <message>
        <source>list, show and export tickets</source>
        <translation>チケットの一覧表示・表示・書き出し</translation>
    </message>
    <message>
        <source>list tickets, newest first</source>
        <translation>チケットを新しい順に一覧表示する</translation>
    </message>
    <message>
        <source>write tickets and all their messages to a CSV file (for Excel)</source>
        <translation>チケットとそのすべてのメッセージをCSVファイルに書き出す（Excel用）</translation>
    </message>
    <message>
        <source>the CSV file to write</source>
        <translation>書き出すCSVファイル</translation>
    </message>
    <message>
        <source>only this status (repeatable)</source>
        <translation>この状態のチケットのみ（複数指定可）</translation>
    </message>
    <message>
        <source>only this category (repeatable)</source>
        <translation>この分類のチケットのみ（複数指定可）</translation>
    </message>
    <message>
        <source>only tickets containing this text</source>
        <translation>この文字列を含むチケットのみ</translation>
    </message>
    <message>
        <source>only tickets whose first response is overdue</source>
        <translation>初回応答の期限を過ぎたチケットのみ</translation>
    </message>
    <message>
        <source>show one ticket with its messages</source>
        <translation>チケット1件をメッセージとともに表示する</translation>
    </message>
    <message>
        <source>ticket reference, e.g. PD-2026-000123</source>
        <translation>チケットの管理番号（例：PD-2026-000123）</translation>
    </message>
    <message>
        <source>list data-subject request cases</source>
        <translation>開示等の請求の案件を一覧表示する</translation>
    </message>
    <message>
        <source>list request cases by due date</source>
        <translation>案件を期限順に一覧表示する</translation>
    </message>
    <message>
        <source>only this type (repeatable)</source>
        <translation>この種類のみ（複数指定可）</translation>
    </message>
    <message>
        <source>only open cases past their due date</source>
        <translation>期限を過ぎた対応中の案件のみ</translation>
    </message>
    <message>
        <source>print a report as PDF</source>
        <translation>報告書をPDFで出力する</translation>
    </message>
    <message>
        <source>the report of one request case</source>
        <translation>開示等の請求の案件報告書</translation>
    </message>
    <message>
        <source>case reference, e.g. REQ-2026-0042</source>
        <translation>案件の管理番号（例：REQ-2026-0042）</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>書き出すPDFファイル</translation>
    </message>
    <message>
        <source>language of the report (default: the configured one)</source>
        <translation>報告書の言語（既定：設定された言語）</translation>
    </message>
    <message>
        <source>the preliminary or final report of a personal-data breach</source>
        <translation>個人データの漏えい等の速報または確報</translation>
    </message>
    <message>
        <source>incident reference, e.g. INC-2026-0001</source>
        <translation>インシデント番号（例：INC-2026-0001）</translation>
    </message>
    <message>
        <source>preliminary (速報) or final (確報) report</source>
        <translation>preliminary（速報）または final（確報）</translation>
    </message>
    <message>
        <source>poll the configured IMAP mailbox once and print a JSON summary</source>
        <translation>設定済みのIMAPメールボックスを1回確認し、結果の概要をJSONで出力する</translation>
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
        <source>Report to the authority (Rule Art. 7)</source>
        <translation>個人情報保護委員会等への報告（規則7条）</translation>
    </message>
    <message>
        <source>Cases of Rule Art. 7 that apply</source>
        <translation>該当する規則7条の事態</translation>
    </message>
    <message>
        <source>Kept until (Civil Code Art. 140, 143)</source>
        <translation>保存期間の満了日（民法第140条・第143条）</translation>
    </message>
    <message>
        <source>Deletion due from</source>
        <translation>消去予定日</translation>
    </message>
    <message>
        <source>sensitive personal information is involved</source>
        <translation>要配慮個人情報が含まれる</translation>
    </message>
    <message>
        <source>misuse could cause financial loss</source>
        <translation>不正に利用されることにより財産的被害が生じるおそれがある</translation>
    </message>
    <message>
        <source>how many persons are affected (not given: not yet known, counted as over 1,000)</source>
        <translation>本人の数（省略時は未確定とし、1,000人超として扱う）</translation>
    </message>
    <message>
        <source>the data was strongly encrypted and the key is safe (exempts the report)</source>
        <translation>高度な暗号化がされ、鍵が漏えいしていない（報告不要となる）</translation>
    </message>
    <message>
        <source>the end of a retention period (Civil Code Art. 140, 143)</source>
        <translation>保存期間の満了日（民法第140条・第143条）</translation>
    </message>
    <message>
        <source>the retention period: 7y, 6m, 2w or 90d</source>
        <translation>保存期間：7y、6m、2w、90d など</translation>
    </message>
    <message>
        <source>the trigger day, not counted (ISO or 和暦)</source>
        <translation>起算の基準日（初日不算入。ISO 形式または和暦）</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必要</translation>
    </message>
    <message>
        <source>not required</source>
        <translation>不要</translation>
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
        <source>, </source>
        <translation>、</translation>
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
        <source>%n message(s) could not be imported; they are tried again at the next fetch.</source>
        <translation>%n件のメッセージを取り込めませんでした。次回の取得時に再試行します。</translation>
    </message>
    <message>
        <source>%n message(s) or file(s) could not be imported.</source>
        <translation>%n件のメッセージまたはファイルを取り込めませんでした。</translation>
    </message>
    <message>
        <source>{reason}: %n times, the first {origin}</source>
        <translation>{reason}：%n 件（最初は {origin}）</translation>
    </message>
    <message>
        <source>… and %n other reason(s): see the JSON summary.</source>
        <translation>…ほかに %n 種類の理由があります。JSON の集計を見てください。</translation>
    </message>
    <message>
        <source>Wrote %n row(s) to {file}.</source>
        <translation>{file} に%n行を書き出しました。</translation>
    </message>
    <message>
        <source>Wrote {file}.</source>
        <translation>{file} を書き出しました。</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>エラー：{message}</translation>
    </message>
    <message>
        <source>list personal-data breach incidents</source>
        <translation>漏えい等事案を一覧表示する</translation>
    </message>
    <message>
        <source>list incidents, overdue first, then by the next deadline; in JSON persons_affected is the exact number, or null while only a range or nothing is known, and triggers are the cases of Rule Art. 7 answered yes or not yet known</source>
        <translation>事案を期限超過のものから次の期限順に一覧表示する。JSONのpersons_affectedは確定した人数、範囲のみ又は不明の間はnull。triggersは「該当」又は「未確定」と回答された規則7条の事態</translation>
    </message>
    <message>
        <source>only open incidents</source>
        <translation>対応中の事案のみ</translation>
    </message>
    <message>
        <source>only incidents past a report deadline</source>
        <translation>報告期限を過ぎた事案のみ</translation>
    </message>
    <message>
        <source>reportable</source>
        <translation>報告対象</translation>
    </message>
    <message>
        <source>not reportable</source>
        <translation>報告対象外</translation>
    </message>
    <message>
        <source>the retention register: what falls due, calendar export</source>
        <translation>保存期間台帳：消去予定の確認、カレンダーへの書き出し</translation>
    </message>
    <message>
        <source>holdings whose deletion falls due in a range of days</source>
        <translation>指定期間に消去予定となる保有データ</translation>
    </message>
    <message>
        <source>the first day (ISO or 和暦)</source>
        <translation>開始日（ISO 形式または和暦）</translation>
    </message>
    <message>
        <source>the last day (ISO or 和暦)</source>
        <translation>終了日（ISO 形式または和暦）</translation>
    </message>
    <message>
        <source>write an iCalendar file of due and review dates (Outlook, Apple Calendar)</source>
        <translation>消去予定日と保留見直し日の iCalendar ファイルを書き出す（Outlook、Apple カレンダー）</translation>
    </message>
    <message>
        <source>the .ics file to write</source>
        <translation>書き出す .ics ファイル</translation>
    </message>
    <message>
        <source>{count} events written to {path}</source>
        <translation>{count} 件の予定を {path} に書き出しました</translation>
    </message>
    <message>
        <source>Nothing falls due in these days.</source>
        <translation>この期間に消去予定の保有データはありません。</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <source>Enter the name of the representative or agent who made the request.</source>
        <translation>請求をした法定代理人または任意代理人の氏名を入力してください。</translation>
    </message>
    <message>
        <source>Name the other document that was checked.</source>
        <translation>確認したその他の書類の名称を入力してください。</translation>
    </message>
    <message>
        <source>Tick the documents from the office's list that were checked. A document that is not on the list does not verify identity on its own: a manager can let the case proceed with a reason.</source>
        <translation>確認した書類を一覧からチェックしてください。一覧にない書類だけでは本人確認になりません。管理職が理由を記録して先に進めることはできます。</translation>
    </message>
    <message>
        <source>Tick the documents that were checked.</source>
        <translation>確認した書類にチェックを入れてください。</translation>
    </message>
    <message>
        <source>Also checked: {document}</source>
        <translation>その他の確認書類：{document}</translation>
    </message>
    <message>
        <source>Verify Identity — {ref}</source>
        <translation>本人確認 — {ref}</translation>
    </message>
    <message>
        <source>Record who asks and which documents you checked. You are recorded as the person who checked, with the time of saving.</source>
        <translation>請求者の区分と確認した書類を記録します。確認者としてあなたの名前が、保存した時刻とともに記録されます。</translation>
    </message>
    <message>
        <source>&amp;Who asks:</source>
        <translation>請求者(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Agent's name:</source>
        <translation>代理人の氏名(&amp;A)：</translation>
    </message>
    <message>
        <source>Documents checked</source>
        <translation>確認した書類</translation>
    </message>
    <message>
        <source>&amp;Other:</source>
        <translation>その他(&amp;O)：</translation>
    </message>
    <message>
        <source>a document not on the office's list</source>
        <translation>一覧にない書類</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>メモ(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>確認済みにする(&amp;V)</translation>
    </message>
    <message>
        <source>Fee — {ref}</source>
        <translation>手数料 — {ref}</translation>
    </message>
    <message>
        <source>The fee must be within what is reasonable considering the actual cost (APPI Art. 38). The office's standard amount is filled in.</source>
        <translation>手数料は実費を勘案して合理的と認められる範囲内で定めます（個人情報保護法第38条）。事務所の標準額が入力されています。</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>金額(&amp;A)：</translation>
    </message>
    <message>
        <source> yen</source>
        <translation> 円</translation>
    </message>
    <message>
        <source>&amp;Save Fee</source>
        <translation>手数料を保存(&amp;S)</translation>
    </message>
    <message>
        <source>Enter the day the desk asked the requester.</source>
        <translation>請求者に依頼した日を入力してください。</translation>
    </message>
    <message>
        <source>Wait for the Requester — {ref}</source>
        <translation>請求者の回答待ち — {ref}</translation>
    </message>
    <message>
        <source>While the desk waits for the requester, the internal due date moves back by the days of the wait. The statutory dates (APPI Art. 39, GDPR) do not move.</source>
        <translation>請求者の回答を待つ間、社内期限は待った日数だけ後ろにずれます。法定の日付（個人情報保護法第39条、GDPR）は変わりません。</translation>
    </message>
    <message>
        <source>&amp;Waiting for:</source>
        <translation>待っているもの(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Asked on:</source>
        <translation>依頼日(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Start Waiting</source>
        <translation>回答待ちにする(&amp;S)</translation>
    </message>
    <message>
        <source>{reason} since {date}.</source>
        <translation>{date}から{reason}。</translation>
    </message>
    <message>
        <source>Enter the day the requester was told.</source>
        <translation>請求者に通知した日を入力してください。</translation>
    </message>
    <message>
        <source>Give the reason for the extension.</source>
        <translation>延長の理由を入力してください。</translation>
    </message>
    <message>
        <source>GDPR Extension — {ref}</source>
        <translation>GDPR期間の延長 — {ref}</translation>
    </message>
    <message>
        <source>GDPR Art. 12(3): the answer may take two more months when the requester is told so, with the reasons, within the first month. The extension can be recorded once.</source>
        <translation>GDPR第12条第3項：最初の1か月以内に理由を添えて請求者に通知すれば、回答期間をさらに2か月延長できます。延長の記録は1回だけです。</translation>
    </message>
    <message>
        <source>&amp;Requester told on:</source>
        <translation>請求者への通知日(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Reason given:</source>
        <translation>通知した理由(&amp;E)：</translation>
    </message>
    <message>
        <source>Record E&amp;xtension</source>
        <translation>延長を記録(&amp;X)</translation>
    </message>
    <message>
        <source>Choose the decision.</source>
        <translation>決定を選んでください。</translation>
    </message>
    <message>
        <source>Choose the ground for not disclosing everything: one of the three of APPI Art. 33(2).</source>
        <translation>全部を開示しない根拠として、個人情報保護法第33条第2項の3つの事由のいずれかを選んでください。</translation>
    </message>
    <message>
        <source>Write the explanation of the reasons that the requester is given (APPI Art. 36).</source>
        <translation>請求者に示す理由の説明を入力してください（個人情報保護法第36条）。</translation>
    </message>
    <message>
        <source>Decision — {ref}</source>
        <translation>決定 — {ref}</translation>
    </message>
    <message>
        <source>{type}: record the decision. A partial answer or a refusal needs the explanation of its reasons given to the requester; saving clears an earlier approval.</source>
        <translation>{type}：決定を記録します。一部開示・不開示には、請求者に示す理由の説明が必要です。保存すると以前の承認は取り消されます。</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>決定</translation>
    </message>
    <message>
        <source>Ground for not disclosing (APPI Art. 33(2))</source>
        <translation>不開示の根拠（個人情報保護法第33条第2項）</translation>
    </message>
    <message>
        <source>&amp;Explanation to the requester (Art. 36):</source>
        <translation>請求者への理由の説明（第36条）(&amp;E)：</translation>
    </message>
    <message>
        <source>required for a partial answer or a refusal</source>
        <translation>一部開示・不開示の場合は必須</translation>
    </message>
    <message>
        <source>What was &amp;corrected, added or deleted:</source>
        <translation>訂正・追加・削除した内容(&amp;C)：</translation>
    </message>
    <message>
        <source>needed before the response goes out</source>
        <translation>回答を送る前に必要です</translation>
    </message>
    <message>
        <source>S&amp;ystems told to stop:</source>
        <translation>停止を指示したシステム(&amp;Y)：</translation>
    </message>
    <message>
        <source>a system or department; Enter adds it</source>
        <translation>システム名または部署名（Enterで追加）</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>追加(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>A refusal goes out only after a manager has approved it.</source>
        <translation>不開示の決定は、管理職の承認後でなければ回答できません。</translation>
    </message>
    <message>
        <source>&amp;Save Decision</source>
        <translation>決定を保存(&amp;S)</translation>
    </message>
    <message>
        <source>Withdraw — {ref}</source>
        <translation>取り下げ — {ref}</translation>
    </message>
    <message>
        <source>The requester withdrew the request. The case ends and cannot be reopened; the reason is kept on the timeline.</source>
        <translation>請求者が請求を取り下げました。案件は終了し、再開できません。理由は経過記録に残ります。</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>取り下げにする(&amp;W)</translation>
    </message>
    <message>
        <source>Give the reason the request was withdrawn.</source>
        <translation>取り下げの理由を入力してください。</translation>
    </message>
    <message>
        <source>Reject (Identity Not Verified) — {ref}</source>
        <translation>本人確認不可による却下 — {ref}</translation>
    </message>
    <message>
        <source>The requester's identity could not be verified, so the request is not answered. The case ends and cannot be reopened.</source>
        <translation>請求者の本人確認ができなかったため、請求には応じません。案件は終了し、再開できません。</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>却下する(&amp;J)</translation>
    </message>
    <message>
        <source>Give the reason the identity could not be verified.</source>
        <translation>本人確認ができなかった理由を入力してください。</translation>
    </message>
    <message>
        <source>Override Identity Check — {ref}</source>
        <translation>本人確認の省略 — {ref}</translation>
    </message>
    <message>
        <source>As a manager you let the case proceed without a verified identity. Your name, the time and the reason are kept on the timeline and in the audit trail.</source>
        <translation>管理職として、本人確認が済んでいない案件を先に進めます。あなたの名前、日時、理由が経過記録と監査ログに残ります。</translation>
    </message>
    <message>
        <source>&amp;Override</source>
        <translation>確認を省略する(&amp;O)</translation>
    </message>
    <message>
        <source>Give the reason for proceeding without identity verification.</source>
        <translation>本人確認なしで進める理由を入力してください。</translation>
    </message>
    <message>
        <source>Send Back — {ref}</source>
        <translation>差し戻し — {ref}</translation>
    </message>
    <message>
        <source>The draft decision goes back to the desk (the case returns to “In progress”) and any approval is cleared. Say what should change.</source>
        <translation>決定案を担当者に差し戻します（案件は「対応中」に戻り、承認は取り消されます）。見直す点を記入してください。</translation>
    </message>
    <message>
        <source>&amp;What should change:</source>
        <translation>見直す点(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Send Back</source>
        <translation>差し戻す(&amp;S)</translation>
    </message>
    <message>
        <source>Say why the decision goes back.</source>
        <translation>差し戻す理由を入力してください。</translation>
    </message>
    <message>
        <source>Record Fee Paid — {ref}</source>
        <translation>手数料の入金記録 — {ref}</translation>
    </message>
    <message>
        <source>{detail} A case waiting for the fee goes on to “In progress” once it is paid.</source>
        <translation>{detail}手数料待ちの案件は、入金を記録すると「対応中」に進みます。</translation>
    </message>
    <message>
        <source>&amp;Paid on:</source>
        <translation>入金日(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Record Payment</source>
        <translation>入金を記録(&amp;R)</translation>
    </message>
    <message>
        <source>Enter the day the fee was paid.</source>
        <translation>手数料の入金日を入力してください。</translation>
    </message>
    <message>
        <source>Requester Answered — {ref}</source>
        <translation>請求者から回答あり — {ref}</translation>
    </message>
    <message>
        <source>{detail} The wait ends on the day the requester answered: the internal due date moves back by the days the desk waited.</source>
        <translation>{detail}請求者が回答した日で回答待ちを終えます。社内期限は待った日数だけ後ろにずれます。</translation>
    </message>
    <message>
        <source>&amp;Answered on:</source>
        <translation>回答日(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;End Waiting</source>
        <translation>回答待ちを終える(&amp;E)</translation>
    </message>
    <message>
        <source>Enter the day the requester answered.</source>
        <translation>請求者が回答した日を入力してください。</translation>
    </message>
    <message>
        <source>Respond — {ref}</source>
        <translation>回答 — {ref}</translation>
    </message>
    <message>
        <source>{detail} Record the day the answer went out to the requester; the case then waits to be closed.</source>
        <translation>{detail}請求者に回答を送った日を記録します。その後、案件は完了を待つ状態になります。</translation>
    </message>
    <message>
        <source>&amp;Sent on:</source>
        <translation>回答日(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Record Response</source>
        <translation>回答を記録(&amp;R)</translation>
    </message>
    <message>
        <source>Enter the day the answer went out.</source>
        <translation>回答を送った日を入力してください。</translation>
    </message>
    <message>
        <source>Close — {ref}</source>
        <translation>完了 — {ref}</translation>
    </message>
    <message>
        <source>Close {ref}? A closed case keeps its record but cannot be changed or reopened.</source>
        <translation>{ref}を完了にしますか？ 完了した案件の記録は残りますが、変更や再開はできません。</translation>
    </message>
    <message>
        <source>&amp;Close Case</source>
        <translation>完了にする(&amp;C)</translation>
    </message>
    <message>
        <source>{state}: no further steps.</source>
        <translation>{state}：これ以上の手続きはありません。</translation>
    </message>
    <message>
        <source>Start Identity Chec&amp;k</source>
        <translation>本人確認を開始(&amp;K)</translation>
    </message>
    <message>
        <source>Move the case to “{state}”.</source>
        <translation>案件を「{state}」に進めます。</translation>
    </message>
    <message>
        <source>Verif&amp;y Identity…</source>
        <translation>本人確認を記録(&amp;Y)…</translation>
    </message>
    <message>
        <source>Record who asks and which identity documents were checked.</source>
        <translation>請求者の区分と確認した本人確認書類を記録します。</translation>
    </message>
    <message>
        <source>Override Identity Check…</source>
        <translation>本人確認を省略…</translation>
    </message>
    <message>
        <source>A manager lets the case proceed unverified, with a reason.</source>
        <translation>管理職が理由を記録して、本人確認なしで案件を進めます。</translation>
    </message>
    <message>
        <source>Reject (Identity Not Verified)…</source>
        <translation>本人確認不可で却下…</translation>
    </message>
    <message>
        <source>End the case: the identity could not be verified.</source>
        <translation>本人確認ができなかったため、案件を終了します。</translation>
    </message>
    <message>
        <source>Req&amp;uest Fee</source>
        <translation>手数料を請求(&amp;U)</translation>
    </message>
    <message>
        <source>Move the case to “{state}”: the desk waits for the fee.</source>
        <translation>案件を「{state}」にし、手数料の入金を待ちます。</translation>
    </message>
    <message>
        <source>Start &amp;Work</source>
        <translation>対応を開始(&amp;W)</translation>
    </message>
    <message>
        <source>Fee: {amount}.</source>
        <translation>手数料：{amount}。</translation>
    </message>
    <message>
        <source>&amp;Record Fee Paid…</source>
        <translation>手数料の入金を記録(&amp;R)…</translation>
    </message>
    <message>
        <source>Record the day the fee arrived.</source>
        <translation>手数料が入金された日を記録します。</translation>
    </message>
    <message>
        <source>Set Fee…</source>
        <translation>手数料の金額…</translation>
    </message>
    <message>
        <source>Change the fee asked for this request.</source>
        <translation>この請求で求める手数料の金額を変更します。</translation>
    </message>
    <message>
        <source>&amp;Record Decision…</source>
        <translation>決定を記録(&amp;R)…</translation>
    </message>
    <message>
        <source>Record the decision: granted in full or in part, refused, no data.</source>
        <translation>決定（全部開示・一部開示・不開示・該当なし）を記録します。</translation>
    </message>
    <message>
        <source>&amp;Approve Decision</source>
        <translation>決定を承認(&amp;A)</translation>
    </message>
    <message>
        <source>Approve the decision as recorded (required for a refusal).</source>
        <translation>記録された決定を承認します（不開示の場合は必須）。</translation>
    </message>
    <message>
        <source>&amp;Respond…</source>
        <translation>回答(&amp;R)…</translation>
    </message>
    <message>
        <source>Record that the answer went out to the requester.</source>
        <translation>請求者に回答を送ったことを記録します。</translation>
    </message>
    <message>
        <source>Change Decision…</source>
        <translation>決定を変更…</translation>
    </message>
    <message>
        <source>Record a different decision (an approval has to be given again).</source>
        <translation>別の決定を記録します（承認はやり直しになります）。</translation>
    </message>
    <message>
        <source>Send Back…</source>
        <translation>差し戻し…</translation>
    </message>
    <message>
        <source>Return the draft decision to the desk, with what should change.</source>
        <translation>見直す点を添えて、決定案を担当者に差し戻します。</translation>
    </message>
    <message>
        <source>C&amp;lose Case…</source>
        <translation>案件を完了(&amp;L)…</translation>
    </message>
    <message>
        <source>Close the case: the work is done.</source>
        <translation>対応が終わった案件を完了にします。</translation>
    </message>
    <message>
        <source>Re&amp;quester Answered…</source>
        <translation>請求者から回答あり(&amp;Q)…</translation>
    </message>
    <message>
        <source>The requester answered: the deadline clock runs again.</source>
        <translation>請求者から回答があったので、期限の計算を再開します。</translation>
    </message>
    <message>
        <source>Wait for Requester…</source>
        <translation>請求者の回答待ちにする…</translation>
    </message>
    <message>
        <source>The desk waits for documents, the fee or a clarification: the internal due date moves by the days waited.</source>
        <translation>書類・手数料・内容の確認を請求者に求めて待ちます。社内期限は待った日数だけずれます。</translation>
    </message>
    <message>
        <source>Notify GDPR Extension…</source>
        <translation>GDPR期間の延長を記録…</translation>
    </message>
    <message>
        <source>The requester was told of the extension on {date}.</source>
        <translation>{date}に請求者へ延長を通知済みです。</translation>
    </message>
    <message>
        <source>Record that the requester was told the answer takes two more months.</source>
        <translation>回答にさらに2か月かかることを請求者に通知したと記録します。</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>取り下げ…</translation>
    </message>
    <message>
        <source>The requester withdrew the request: the case ends.</source>
        <translation>請求者が請求を取り下げたため、案件を終了します。</translation>
    </message>
    <message>
        <source>To “{state}”</source>
        <translation>「{state}」へ</translation>
    </message>
    <message>
        <source>The office's standard fee applies.</source>
        <translation>事務所の標準の手数料が適用されます。</translation>
    </message>
    <message>
        <source>Decision: {decision}.</source>
        <translation>決定：{decision}。</translation>
    </message>
    <message>
        <source>Case actions</source>
        <translation>案件の操作</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>その他(&amp;M)</translation>
    </message>
    <message>
        <source>Less frequent steps for this case</source>
        <translation>この案件のその他の手続き</translation>
    </message>
</context>
<context>
    <name>CaseEvent</name>
    <message>
        <source>Request case opened: {type}.</source>
        <translation>案件を登録しました：{type}</translation>
    </message>
    <message>
        <source>Request case opened from ticket {ticket}: {type}.</source>
        <translation>問い合わせ {ticket} から案件を登録しました：{type}</translation>
    </message>
    <message>
        <source>Status changed from {old} to {new}.</source>
        <translation>状態を「{old}」から「{new}」に変更しました。</translation>
    </message>
    <message>
        <source>Date received changed from {old} to {new}.</source>
        <translation>受付日を{old}から{new}に変更しました。</translation>
    </message>
    <message>
        <source>Request details changed.</source>
        <translation>請求の内容を変更しました。</translation>
    </message>
    <message>
        <source>Requester changed to {name}.</source>
        <translation>請求者を{name}に変更しました。</translation>
    </message>
    <message>
        <source>Assigned to {name}.</source>
        <translation>担当者を{name}にしました。</translation>
    </message>
    <message>
        <source>No longer assigned to anyone.</source>
        <translation>担当者の割り当てを解除しました。</translation>
    </message>
    <message>
        <source>Identity verified ({requester}); documents checked: {documents}.</source>
        <translation>本人確認を完了しました（{requester}）。確認した書類：{documents}</translation>
    </message>
    <message>
        <source>A manager let the case proceed without identity verification.</source>
        <translation>管理者が本人確認なしで対応を進めることを認めました。</translation>
    </message>
    <message>
        <source>File attached: {filename}.</source>
        <translation>ファイルを添付しました：{filename}</translation>
    </message>
    <message>
        <source>{filename} shows an individual number (My Number); it must be masked.</source>
        <translation>{filename} に個人番号（マイナンバー）が記載されています。マスキングが必要です。</translation>
    </message>
    <message>
        <source>{filename} does not show an individual number after all.</source>
        <translation>{filename} には個人番号が記載されていないことを確認しました。</translation>
    </message>
    <message>
        <source>Confirmed that the individual number in {filename} is masked.</source>
        <translation>{filename} の個人番号がマスキングされていることを確認しました。</translation>
    </message>
    <message>
        <source>{reason} (from {date}; the due date moves).</source>
        <translation>{reason}（{date}から。その日数だけ社内期限が延びます）</translation>
    </message>
    <message>
        <source>The requester answered on {date}: {reason} ended.</source>
        <translation>{date}に請求者から回答があり、「{reason}」を終了しました。</translation>
    </message>
    <message>
        <source>Fee of {amount} yen requested.</source>
        <translation>手数料{amount}円の納付を求めました。</translation>
    </message>
    <message>
        <source>Fee changed to {amount} yen.</source>
        <translation>手数料を{amount}円に変更しました。</translation>
    </message>
    <message>
        <source>Fee paid on {date}.</source>
        <translation>{date}に手数料の納付を確認しました。</translation>
    </message>
    <message>
        <source>Requester told on {date} that the GDPR period is extended by two months.</source>
        <translation>{date}に、GDPRの回答期間を2か月延長する旨を請求者に通知しました。</translation>
    </message>
    <message>
        <source>Decision recorded: {decision}.</source>
        <translation>決定を記録しました：{decision}</translation>
    </message>
    <message>
        <source>Decision recorded: {decision}. Ground: {ground}.</source>
        <translation>決定を記録しました：{decision}。理由：{ground}</translation>
    </message>
    <message>
        <source>Decision approved: {decision}.</source>
        <translation>決定を承認しました：{decision}</translation>
    </message>
    <message>
        <source>Decision sent back for more work.</source>
        <translation>決定を差し戻しました。</translation>
    </message>
    <message>
        <source>Response sent on {date} ({decision}).</source>
        <translation>{date}に回答しました（{decision}）。</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Task added: {title}</source>
        <translation>タスクを追加しました：{title}</translation>
    </message>
    <message>
        <source>Task done: {title}</source>
        <translation>タスクを完了しました：{title}</translation>
    </message>
    <message>
        <source>Task reopened: {title}</source>
        <translation>タスクを未完了に戻しました：{title}</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between the items of a list</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>Sav&amp;e As…</source>
        <translation>名前を付けて保存(&amp;E)…</translation>
    </message>
    <message>
        <source>Ma&amp;sk…</source>
        <translation>マスキング(&amp;S)…</translation>
    </message>
    <message>
        <source>Conf&amp;irm Masked</source>
        <translation>マスキング済みを確認(&amp;I)</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>本人確認書類</translation>
    </message>
    <message>
        <source>Added by {name}, {when}</source>
        <translation>追加：{name}（{when}）</translation>
    </message>
    <message>
        <source>Masking confirmed by {name}, {when}</source>
        <translation>マスキング確認：{name}（{when}）</translation>
    </message>
    <message>
        <source>%n file(s) with an individual number (My Number) not masked yet: {files}. The number must not be kept, and the case cannot go on until the masking is confirmed.</source>
        <translation>個人番号（マイナンバー）がマスキングされていないファイルが%n件あります：{files}。個人番号は保管できません。マスキングを確認するまで案件を進められません。</translation>
    </message>
    <message>
        <source>Shows My Number — not masked</source>
        <translation>個人番号あり — 未マスキング</translation>
    </message>
    <message>
        <source>My Number masked</source>
        <translation>個人番号マスキング済み</translation>
    </message>
    <message>
        <source>Only an image can be masked here; black out a paper copy by hand.</source>
        <translation>ここでマスキングできるのは画像だけです。紙の写しは手作業で黒塗りしてください。</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>添付ファイルの保存</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Confirm Masked</source>
        <translation>マスキングの確認</translation>
    </message>
    <message>
        <source>Is the individual number in {name} blacked out so that it cannot be read? Your name is recorded with the confirmation.</source>
        <translation>{name} の個人番号は読み取れないように黒塗りされていますか？確認者としてあなたの名前が記録されます。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>My Number</source>
        <translation>個人番号</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Shows My Num&amp;ber</source>
        <translation>個人番号あり(&amp;B)</translation>
    </message>
    <message>
        <source>Mark whether the file shows an individual number that must be masked</source>
        <translation>マスキングが必要な個人番号がファイルに記載されているかどうかを設定します</translation>
    </message>
    <message>
        <source>Record that the individual number in the file has been blacked out</source>
        <translation>ファイルの個人番号が黒塗りされたことを記録します</translation>
    </message>
    <message>
        <source>Enter the date the request was received.</source>
        <translation>請求の受付日を入力してください。</translation>
    </message>
    <message>
        <source>Say why the date received changes.</source>
        <translation>受付日を変更する理由を入力してください。</translation>
    </message>
    <message>
        <source>Change Date Received — {ref}</source>
        <translation>受付日の変更 — {ref}</translation>
    </message>
    <message>
        <source>Every deadline of the case runs from the date received. The change and its reason are kept on the timeline and in the audit trail.</source>
        <translation>案件のすべての期限は受付日から計算されます。変更と理由は経過記録と監査ログに残ります。</translation>
    </message>
    <message>
        <source>&amp;Date received:</source>
        <translation>受付日(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>Enter the name of the representative or agent who made the request.</source>
        <translation>請求を行った法定代理人または任意代理人の氏名を入力してください。</translation>
    </message>
    <message>
        <source>Request Details — {ref}</source>
        <translation>請求内容 — {ref}</translation>
    </message>
    <message>
        <source>&amp;Who asks:</source>
        <translation>請求者(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Agent's name:</source>
        <translation>代理人の氏名(&amp;A)：</translation>
    </message>
    <message>
        <source>Agent's &amp;contact:</source>
        <translation>代理人の連絡先(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Requested items:</source>
        <translation>請求の対象(&amp;R)：</translation>
    </message>
    <message>
        <source>What the requester asks for, in their words (e.g. purchase history)</source>
        <translation>請求者が求めている内容（例：購入履歴）</translation>
    </message>
    <message>
        <source>&amp;Delivery method:</source>
        <translation>開示の方法(&amp;D)：</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>指定なし</translation>
    </message>
    <message>
        <source>Delivery &amp;note:</source>
        <translation>方法の補足(&amp;N)：</translation>
    </message>
    <message>
        <source>The requester is an EU data subject (&amp;GDPR applies)</source>
        <translation>EU域内のデータ主体である（GDPRが適用される）(&amp;G)</translation>
    </message>
    <message>
        <source>Give the task a title.</source>
        <translation>タスクの件名を入力してください。</translation>
    </message>
    <message>
        <source>New Task — {ref}</source>
        <translation>新しいタスク — {ref}</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>タスク(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>期限(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Assigned to:</source>
        <translation>担当者(&amp;A)：</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Internal Note — {ref}</source>
        <translation>社内メモ — {ref}</translation>
    </message>
    <message>
        <source>The note goes on the case's timeline for the desk and is printed in the case report. It is never sent to the requester.</source>
        <translation>メモは窓口用に案件の経過記録に残り、案件報告書にも印刷されます。請求者に送られることはありません。</translation>
    </message>
    <message>
        <source>Attach File</source>
        <translation>ファイルの添付</translation>
    </message>
    <message>
        <source>Keep {name} with the case.</source>
        <translation>{name} を案件に保管します。</translation>
    </message>
    <message>
        <source>This is an &amp;identity document</source>
        <translation>本人確認書類である(&amp;I)</translation>
    </message>
    <message>
        <source>It shows an individual number (&amp;My Number)</source>
        <translation>個人番号（マイナンバー）が記載されている(&amp;M)</translation>
    </message>
    <message>
        <source>The number must not be kept: the case cannot go on until the file is masked and the masking confirmed.</source>
        <translation>個人番号は保管できません。ファイルをマスキングし、その確認を記録するまで案件を進められません。</translation>
    </message>
    <message>
        <source>{type} — {state}</source>
        <translation>{type} — {state}</translation>
    </message>
    <message>
        <source>{ticket} ({status})</source>
        <translation>{ticket}（{status}）</translation>
    </message>
    <message>
        <source>Show the ticket in the Inbox</source>
        <translation>受信箱でチケットを表示します</translation>
    </message>
    <message>
        <source>None (opened by hand)</source>
        <translation>なし（手動で登録）</translation>
    </message>
    <message>
        <source>{date} (+%n day(s) paused)</source>
        <translation>{date}（停止 %n日分を加算）</translation>
    </message>
    <message>
        <source>{date} (case no longer open)</source>
        <translation>{date}（対応終了）</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>対象外</translation>
    </message>
    <message>
        <source>{date} (extended; requester told on {notice})</source>
        <translation>{date}（延長済み。{notice}に請求者へ通知）</translation>
    </message>
    <message>
        <source>Waiting for the requester since {date} ({reason}).</source>
        <translation>{date}から請求者の対応待ち（{reason}）。</translation>
    </message>
    <message>
        <source>GDPR</source>
        <translation>GDPR</translation>
    </message>
    <message>
        <source>An EU data subject: the GDPR deadline applies too</source>
        <translation>EU域内のデータ主体：GDPRの期限も適用されます</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the case report</source>
        <translation>案件報告書を印刷します</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>PDFとして保存(&amp;D)…</translation>
    </message>
    <message>
        <source>Save the case report as a PDF file</source>
        <translation>案件報告書をPDFファイルとして保存します</translation>
    </message>
    <message>
        <source>Ticket:</source>
        <translation>チケット：</translation>
    </message>
    <message>
        <source>Assi&amp;gned to:</source>
        <translation>担当者(&amp;G)：</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>受付日：</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>変更(&amp;C)…</translation>
    </message>
    <message>
        <source>Correct the date received (with a reason)</source>
        <translation>受付日を訂正します（理由を記録）</translation>
    </message>
    <message>
        <source>Data subject:</source>
        <translation>本人：</translation>
    </message>
    <message>
        <source>Requested by:</source>
        <translation>請求者：</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Internal due date</source>
        <translation>社内期限</translation>
    </message>
    <message>
        <source>Lawsuit possible from (Art. 39)</source>
        <translation>訴えの提起が可能になる日（法39条）</translation>
    </message>
    <message>
        <source>GDPR due</source>
        <translation>GDPRの回答期限</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Timeline ({count})</source>
        <translation>経過（{count}）</translation>
    </message>
    <message>
        <source>Tasks ({count} open)</source>
        <translation>タスク（未完了 {count}）</translation>
    </message>
    <message>
        <source>Attachments ({count})</source>
        <translation>添付ファイル（{count}）</translation>
    </message>
    <message>
        <source>A file shows an individual number that is not masked yet</source>
        <translation>マスキングされていない個人番号が記載されたファイルがあります</translation>
    </message>
    <message>
        <source>Could not read {path}: {reason}</source>
        <translation>{path} を読み込めませんでした：{reason}</translation>
    </message>
    <message>
        <source>Writing the case report…</source>
        <translation>案件報告書を作成しています…</translation>
    </message>
    <message>
        <source>Request case {ref}</source>
        <translation>開示等の請求 {ref}</translation>
    </message>
    <message>
        <source>Choose a request case in the list to see it here.</source>
        <translation>一覧から請求案件を選ぶと、ここに表示されます。</translation>
    </message>
    <message>
        <source>{amount} yen</source>
        <translation>{amount}円</translation>
    </message>
    <message>
        <source>A case that is no longer open keeps its details.</source>
        <translation>対応が終了した案件の請求内容は変更できません。</translation>
    </message>
    <message>
        <source>Requested items:</source>
        <translation>請求の対象：</translation>
    </message>
    <message>
        <source>Delivery method:</source>
        <translation>開示の方法：</translation>
    </message>
    <message>
        <source>Requester's contact:</source>
        <translation>本人の連絡先：</translation>
    </message>
    <message>
        <source>Waited for the requester:</source>
        <translation>請求者の対応待ち：</translation>
    </message>
    <message>
        <source>Fee:</source>
        <translation>手数料：</translation>
    </message>
    <message>
        <source>Not requested</source>
        <translation>未請求</translation>
    </message>
    <message>
        <source>Paid on:</source>
        <translation>納付日：</translation>
    </message>
    <message>
        <source>Not paid yet</source>
        <translation>未納付</translation>
    </message>
    <message>
        <source>since {start}</source>
        <translation>{start}から</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start}～{end}</translation>
    </message>
    <message>
        <source>Documents checked:</source>
        <translation>確認した書類：</translation>
    </message>
    <message>
        <source>Checked by:</source>
        <translation>確認者：</translation>
    </message>
    <message>
        <source>{name}, {when}</source>
        <translation>{name}（{when}）</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>メモ：</translation>
    </message>
    <message>
        <source>Proceeding unverified:</source>
        <translation>本人確認なしで進める理由：</translation>
    </message>
    <message>
        <source>Allowed by:</source>
        <translation>許可した人：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状況：</translation>
    </message>
    <message>
        <source>Not verified yet</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>決定：</translation>
    </message>
    <message>
        <source>No decision yet</source>
        <translation>未決定</translation>
    </message>
    <message>
        <source>Ground (Art. 33(2)):</source>
        <translation>不開示の理由（法33条2項）：</translation>
    </message>
    <message>
        <source>Explanation:</source>
        <translation>理由の説明：</translation>
    </message>
    <message>
        <source>Corrections:</source>
        <translation>訂正等の内容：</translation>
    </message>
    <message>
        <source>Systems notified:</source>
        <translation>連絡したシステム：</translation>
    </message>
    <message>
        <source>Decided by:</source>
        <translation>決定者：</translation>
    </message>
    <message>
        <source>Approved by:</source>
        <translation>承認者：</translation>
    </message>
    <message>
        <source>Not approved yet</source>
        <translation>未承認</translation>
    </message>
    <message>
        <source>Responded on:</source>
        <translation>回答日：</translation>
    </message>
    <message>
        <source>&amp;Edit Details…</source>
        <translation>請求内容の編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Add Note…</source>
        <translation>メモを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Who asks, the requested items, delivery, GDPR</source>
        <translation>請求者、請求の対象、開示の方法、GDPR</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>請求内容</translation>
    </message>
    <message>
        <source>Identity check</source>
        <translation>本人確認</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>手数料</translation>
    </message>
    <message>
        <source>Decision and response</source>
        <translation>決定と回答</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>メモはまだありません。</translation>
    </message>
    <message>
        <source>An internal note on the timeline</source>
        <translation>経過記録に社内メモを残します</translation>
    </message>
    <message>
        <source>N&amp;otes only</source>
        <translation>メモのみ表示(&amp;O)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>経過</translation>
    </message>
    <message>
        <source>Tasks cannot be added to a case that is no longer open.</source>
        <translation>対応が終了した案件にはタスクを追加できません。</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <source>Add Ta&amp;sk…</source>
        <translation>タスクを追加(&amp;S)…</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>タスク</translation>
    </message>
</context>
<context>
    <name>CaseReport</name>
    <message>
        <source>Data-subject request case report</source>
        <translation>開示等の請求 案件報告書</translation>
    </message>
    <message>
        <source>Reference: {ref}</source>
        <translation>管理番号：{ref}</translation>
    </message>
    <message>
        <source>(includes paused days: %n)</source>
        <translation>（中断した%n日を含む）</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>管理番号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Request type</source>
        <translation>請求の種類</translation>
    </message>
    <message>
        <source>Data subject</source>
        <translation>本人</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>請求者</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>代理人</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>受付日</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Internal due date (office policy)</source>
        <translation>社内期限（社内規程）</translation>
    </message>
    <message>
        <source>Lawsuit possible from (APPI Art. 39, statutory)</source>
        <translation>訴えの提起が可能な日（法39条・法定）</translation>
    </message>
    <message>
        <source>(extended by two months; notice sent on {date})</source>
        <translation>（2か月延長、{date}に通知済み）</translation>
    </message>
    <message>
        <source>GDPR deadline (Art. 12(3))</source>
        <translation>GDPRの回答期限（第12条第3項）</translation>
    </message>
    <message>
        <source>Requested items</source>
        <translation>請求の対象</translation>
    </message>
    <message>
        <source>Delivery method (APPI Art. 33(1))</source>
        <translation>開示の方法（法33条1項）</translation>
    </message>
    <message>
        <source>1. Request</source>
        <translation>1. 請求の内容</translation>
    </message>
    <message>
        <source>No document showing an individual number was received</source>
        <translation>個人番号が記載された書類は受け取っていません</translation>
    </message>
    <message>
        <source>Confirmed: the individual number was masked before filing</source>
        <translation>確認済み：個人番号をマスキングしてから保管しました</translation>
    </message>
    <message>
        <source>Not confirmed: the individual number must be masked and must not be kept</source>
        <translation>未確認：個人番号はマスキングが必要で、保管してはなりません</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>確認者</translation>
    </message>
    <message>
        <source>Checked at</source>
        <translation>確認日時</translation>
    </message>
    <message>
        <source>Documents checked</source>
        <translation>確認した書類</translation>
    </message>
    <message>
        <source>Individual number (My Number)</source>
        <translation>個人番号（マイナンバー）</translation>
    </message>
    <message>
        <source>Manager override</source>
        <translation>管理職による例外承認</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}：{reason}</translation>
    </message>
    <message>
        <source>2. Identity verification</source>
        <translation>2. 本人確認</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>手数料</translation>
    </message>
    <message>
        <source>Not applicable: no fee may be charged for this request (APPI Art. 38)</source>
        <translation>対象外：この請求には手数料を徴収できません（個人情報保護法第38条）</translation>
    </message>
    <message>
        <source>No fee charged</source>
        <translation>手数料なし</translation>
    </message>
    <message>
        <source>Not paid yet</source>
        <translation>未納</translation>
    </message>
    <message>
        <source>{amount} yen</source>
        <translation>{amount}円</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>納付日</translation>
    </message>
    <message>
        <source>3. Fee</source>
        <translation>3. 手数料</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>決定</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>未決定</translation>
    </message>
    <message>
        <source>4. Decision and grounds</source>
        <translation>4. 決定と理由</translation>
    </message>
    <message>
        <source>Not approved yet</source>
        <translation>未承認</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>決定者</translation>
    </message>
    <message>
        <source>Manager approval</source>
        <translation>管理職の承認</translation>
    </message>
    <message>
        <source>Responded on</source>
        <translation>回答日</translation>
    </message>
    <message>
        <source>Ground (APPI Art. 33(2))</source>
        <translation>不開示事由（法33条2項）</translation>
    </message>
    <message>
        <source>Explanation given (APPI Art. 36)</source>
        <translation>理由の説明（法36条）</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>By</source>
        <comment>timeline column: who acted</comment>
        <translation>実施者</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Times are in the office time zone ({zone}).</source>
        <translation>時刻は事務所のタイムゾーン（{zone}）で表示しています。</translation>
    </message>
    <message>
        <source>5. Timeline</source>
        <translation>5. 経過</translation>
    </message>
    <message>
        <source>Case report {ref}</source>
        <translation>案件報告書 {ref}</translation>
    </message>
</context>
<context>
    <name>CaseState</name>
    <message>
        <source>Received</source>
        <translation>受付</translation>
    </message>
    <message>
        <source>Identity check</source>
        <translation>本人確認中</translation>
    </message>
    <message>
        <source>Fee pending</source>
        <translation>手数料待ち</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>対応中</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>決定待ち</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>回答済み</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>取下げ</translation>
    </message>
    <message>
        <source>Rejected (identity not verified)</source>
        <translation>却下（本人確認不可）</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>郵送</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Webフォーム</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>来訪</translation>
    </message>
</context>
<context>
    <name>Closure</name>
    <message>
        <source>Saturday</source>
        <translation>土曜日</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>日曜日</translation>
    </message>
    <message>
        <source>Year-end and New Year holidays</source>
        <translation>年末年始の休日</translation>
    </message>
    <message>
        <source>Company closure day</source>
        <translation>会社休業日</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>%n day(s)</source>
        <translation>%n日</translation>
    </message>
    <message>
        <source>%n h</source>
        <translation>%n時間</translation>
    </message>
    <message>
        <source>%n min</source>
        <translation>%n分</translation>
    </message>
    <message>
        <source>overdue by {time}</source>
        <translation>{time}超過</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>残り{time}</translation>
    </message>
</context>
<context>
    <name>DatabasePanel</name>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>予期しないエラー：{error}</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>データベースを開いています…</translation>
    </message>
    <message>
        <source>The database could not be opened</source>
        <translation>データベースを開けませんでした</translation>
    </message>
    <message>
        <source>Database: {location}</source>
        <translation>データベース：{location}</translation>
    </message>
    <message>
        <source>If the database server is down, try again later. If the address is wrong, an administrator can correct it in Settings; Privacy Desk then connects again.</source>
        <translation>データベースサーバーが停止している場合は、しばらくしてから再試行してください。接続先が誤っている場合は、管理者が設定で修正できます。修正すると、Privacy Deskは再接続します。</translation>
    </message>
    <message>
        <source>Open &amp;Settings…</source>
        <translation>設定を開く(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>再試行(&amp;T)</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>2026-04-01 or R8.4.1</source>
        <translation>2026-04-01 または R8.4.1</translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>カレンダーから選択（Alt+↓）</translation>
    </message>
    <message>
        <source>Choose from a calendar</source>
        <translation>カレンダーから選択</translation>
    </message>
</context>
<context>
    <name>DeadlineCalculatorDialog</name>
    <message>
        <source>APPI Art. 39: two weeks after the request arrived.</source>
        <translation>個人情報保護法第39条：請求の到達から2週間を経過した日。</translation>
    </message>
    <message>
        <source>APPI Art. 39 does not apply to this kind of request.</source>
        <translation>この種類の請求には個人情報保護法第39条は適用されません。</translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>a fee may be charged</comment>
        <translation>可</translation>
    </message>
    <message>
        <source>No</source>
        <comment>no fee may be charged</comment>
        <translation>不可</translation>
    </message>
    <message>
        <source>APPI Art. 38: only for notification of purpose, disclosure and provision records.</source>
        <translation>個人情報保護法第38条：利用目的の通知、開示、第三者提供記録の開示に限ります。</translation>
    </message>
    <message>
        <source>{datetime} ({zone})</source>
        <translation>{datetime} ({zone})</translation>
    </message>
    <message>
        <source>Enforcement Rules Art. 8(2): within 60 days for a malicious act, counting the day of awareness as day 1; a closure day moves it to the next open day.</source>
        <translation>施行規則第8条第2項：不正の目的によるものは60日以内。事態を知った日を1日目として数え、休日に当たるときは翌営業日となります。</translation>
    </message>
    <message>
        <source>Enforcement Rules Art. 8(2): within 30 days, counting the day of awareness as day 1; a closure day moves it to the next open day.</source>
        <translation>施行規則第8条第2項：30日以内。事態を知った日を1日目として数え、休日に当たるときは翌営業日となります。</translation>
    </message>
    <message>
        <source>Dates and times are in the office time zone ({zone}).</source>
        <translation>日付と時刻は事務所のタイムゾーン（{zone}）によります。</translation>
    </message>
    <message>
        <source>Deadlines for a request ({request_type}) received on {date}</source>
        <translation>{date}に受け付けた請求（{request_type}）の期限</translation>
    </message>
    <message>
        <source>Breach deadlines, aware since {datetime} ({zone})</source>
        <translation>漏えい等の報告期限 — 事態を知った日時：{datetime}（{zone}）</translation>
    </message>
    <message>
        <source>{title}; malicious act</source>
        <translation>{title}、不正の目的あり</translation>
    </message>
    <message>
        <source>Deadline Calculator</source>
        <translation>期限計算</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>開示等の請求(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Breach</source>
        <translation>漏えい等(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Copy Results</source>
        <translation>結果をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy this tab's answers as plain text.</source>
        <translation>このタブの計算結果をテキストとしてコピーします。</translation>
    </message>
    <message>
        <source>Request &amp;type:</source>
        <translation>請求の種類(&amp;T)：</translation>
    </message>
    <message>
        <source>Rec&amp;eived on:</source>
        <translation>受付日(&amp;E)：</translation>
    </message>
    <message>
        <source>The person is in the EU (&amp;GDPR applies)</source>
        <translation>本人がEU域内にいる（GDPRが適用される）(&amp;G)</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>計算結果</translation>
    </message>
    <message>
        <source>Internal due date</source>
        <translation>社内期限</translation>
    </message>
    <message>
        <source>Days from arrival set by an administrator in Settings, moved back to the last day the office is open. The law itself says 「遅滞なく」 (without delay).</source>
        <translation>受付日から、管理者が設定で定めた日数後。休業日に当たるときは、その前の営業日に繰り上げます。法律上は「遅滞なく」とされています。</translation>
    </message>
    <message>
        <source>Lawsuit possible from</source>
        <translation>訴えの提起が可能になる日</translation>
    </message>
    <message>
        <source>Fee may be charged</source>
        <translation>手数料の徴収</translation>
    </message>
    <message>
        <source>GDPR answer due</source>
        <translation>GDPRの回答期限</translation>
    </message>
    <message>
        <source>GDPR answer due, if extended</source>
        <translation>GDPRの回答期限（延長時）</translation>
    </message>
    <message>
        <source>GDPR Art. 12(3): one month from receipt.</source>
        <translation>GDPR第12条第3項：受領から1か月。</translation>
    </message>
    <message>
        <source>GDPR Art. 12(3): two more months, if the person is told why within the first month.</source>
        <translation>GDPR第12条第3項：最初の1か月以内に本人へ理由を通知すれば、さらに2か月延長できます。</translation>
    </message>
    <message>
        <source>Closure days: Saturdays, Sundays, national holidays, 29 December – 3 January and the company's own closure days.</source>
        <translation>休業日：土曜日、日曜日、国民の祝日・休日、12月29日～1月3日、会社休業日。</translation>
    </message>
    <message>
        <source>Became &amp;aware on:</source>
        <translation>事態を知った日(&amp;A)：</translation>
    </message>
    <message>
        <source>Time of awareness</source>
        <translation>事態を知った時刻</translation>
    </message>
    <message>
        <source>&amp;Malicious act (不正の目的), actual or suspected</source>
        <translation>不正の目的によるもの（おそれを含む）(&amp;M)</translation>
    </message>
    <message>
        <source>For example unauthorised access, theft or an insider taking data; since April 2024 this also covers personal information the company is acquiring.</source>
        <translation>例：不正アクセス、盗難、従業員による持ち出し。2024年4月以降は、当社が取得しようとしている個人情報も対象です。</translation>
    </message>
    <message>
        <source>Reports to the PPC (個人情報保護委員会)</source>
        <translation>個人情報保護委員会への報告</translation>
    </message>
    <message>
        <source>Preliminary report (速報), target</source>
        <translation>速報の目安</translation>
    </message>
    <message>
        <source>Preliminary report (速報), at the latest</source>
        <translation>速報の期限</translation>
    </message>
    <message>
        <source>Final report (確報) due</source>
        <translation>確報の期限</translation>
    </message>
    <message>
        <source>GDPR: supervisory authority</source>
        <translation>GDPR：監督機関への通知</translation>
    </message>
    <message>
        <source>PPC general guideline 3-5-3-3: 「速やかに」, about 3 to 5 days from the day of awareness.</source>
        <translation>ガイドライン（通則編）3-5-3-3：「速やかに」。事態を知った日から概ね3～5日以内。</translation>
    </message>
    <message>
        <source>GDPR Art. 33(1): within 72 hours of awareness, if EU data subjects are affected.</source>
        <translation>GDPR第33条第1項：EUのデータ主体が影響を受ける場合、事態を知ってから72時間以内。</translation>
    </message>
    <message>
        <source>Statutory</source>
        <translation>法定</translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation>ガイドライン</translation>
    </message>
    <message>
        <source>Office policy</source>
        <translation>社内規程</translation>
    </message>
</context>
<context>
    <name>DeadlineStatus</name>
    <message>
        <source>Overdue</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>期限間近</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>期限内</translation>
    </message>
</context>
<context>
    <name>Decision</name>
    <message>
        <source>Granted in full</source>
        <translation>全部開示</translation>
    </message>
    <message>
        <source>Granted in part</source>
        <translation>一部開示</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>不開示</translation>
    </message>
    <message>
        <source>No data held</source>
        <translation>保有個人データなし</translation>
    </message>
</context>
<context>
    <name>DeliveryMethod</name>
    <message>
        <source>Electronic record</source>
        <translation>電磁的記録の提供</translation>
    </message>
    <message>
        <source>Paper document</source>
        <translation>書面の交付</translation>
    </message>
    <message>
        <source>Other method set by the company</source>
        <translation>その他当社が定める方法</translation>
    </message>
</context>
<context>
    <name>Destination</name>
    <message>
        <source>Personal Information Protection Commission</source>
        <translation>個人情報保護委員会</translation>
    </message>
    <message>
        <source>Delegated ministry</source>
        <translation>権限委任先の事業所管大臣</translation>
    </message>
    <message>
        <source>Accredited personal information protection organization</source>
        <translation>認定個人情報保護団体</translation>
    </message>
    <message>
        <source>Commissioning company</source>
        <translation>委託元</translation>
    </message>
</context>
<context>
    <name>DisposalCertificate</name>
    <message>
        <source>Certificate of disposal</source>
        <translation>消去証明書</translation>
    </message>
    <message>
        <source>%n year(s)</source>
        <translation>%n年</translation>
    </message>
    <message>
        <source>%n month(s)</source>
        <translation>%nか月</translation>
    </message>
    <message>
        <source>%n week(s)</source>
        <translation>%n週間</translation>
    </message>
    <message>
        <source>%n day(s)</source>
        <translation>%n日</translation>
    </message>
    <message>
        <source>Certificate of disposal {number}</source>
        <translation>消去証明書 {number}</translation>
    </message>
    <message>
        <source>{company} certifies that the personal data described below was disposed of as stated, its retention period having ended.</source>
        <translation>{company}は、保存期間の満了した下記の個人データを、下記のとおり消去・廃棄したことを証明します。</translation>
    </message>
    <message>
        <source>Certificate No. {number}</source>
        <translation>証明書番号：{number}</translation>
    </message>
    <message>
        <source>Holding</source>
        <translation>保有データ</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>管理番号</translation>
    </message>
    <message>
        <source>Data category</source>
        <translation>データ区分</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>管理責任者</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>保管場所</translation>
    </message>
    <message>
        <source>Systems or places</source>
        <translation>システム・保管先</translation>
    </message>
    <message>
        <source>1. Personal data disposed of</source>
        <translation>1. 消去した個人データ</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>保存期間</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>起算事由</translation>
    </message>
    <message>
        <source>Trigger date</source>
        <translation>起算日</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>Kept until (Civil Code Art. 140, 143)</source>
        <translation>保存期間の満了日（民法140条・143条）</translation>
    </message>
    <message>
        <source>Deletion due from</source>
        <translation>消去期日</translation>
    </message>
    <message>
        <source>2. Retention rule</source>
        <translation>2. 保存規程</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>消去方法</translation>
    </message>
    <message>
        <source>Disposed on</source>
        <translation>消去日</translation>
    </message>
    <message>
        <source>Disposed by</source>
        <translation>実施者</translation>
    </message>
    <message>
        <source>Approved by (manager)</source>
        <translation>承認者（管理職）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>3. Disposal</source>
        <translation>3. 消去の実施</translation>
    </message>
    <message>
        <source>4. Evidence</source>
        <translation>4. 証跡</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>None attached</source>
        <translation>添付なし</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル名</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>サイズ（バイト）</translation>
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
        <translation>消去</translation>
    </message>
    <message>
        <source>Shredded</source>
        <translation>裁断（シュレッダー）</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>匿名化</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>返却</translation>
    </message>
</context>
<context>
    <name>Era</name>
    <message>
        <source>Reiwa</source>
        <translation>令和</translation>
    </message>
    <message>
        <source>Heisei</source>
        <translation>平成</translation>
    </message>
    <message>
        <source>Showa</source>
        <translation>昭和</translation>
    </message>
    <message>
        <source>Taisho</source>
        <translation>大正</translation>
    </message>
    <message>
        <source>Meiji</source>
        <translation>明治</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Privacy Desk may not use {path}: permission denied.</source>
        <translation>Privacy Desk は {path} を使用できません。アクセス権がありません。</translation>
    </message>
    <message>
        <source>The disk is full: {path} could not be written.</source>
        <translation>ディスクがいっぱいのため、{path} に書き込めませんでした。</translation>
    </message>
    <message>
        <source>{path} is on a disk that can only be read.</source>
        <translation>{path} は読み取り専用のディスク上にあります。</translation>
    </message>
    <message>
        <source>{path} does not exist (any more).</source>
        <translation>{path} が見つかりません（削除または移動された可能性があります）。</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>The system refused to use {path}.</source>
        <translation>システムが {path} の使用を拒否しました。</translation>
    </message>
    <message>
        <source>The technical details are also in the log file {path}.</source>
        <translation>技術的な詳細はログファイル {path} にも記録されています。</translation>
    </message>
    <message>
        <source>Something went wrong. Privacy Desk may not have finished what you asked.</source>
        <translation>問題が発生しました。操作が完了していない可能性があります。</translation>
    </message>
    <message>
        <source>Error: {error}</source>
        <translation>エラー：{error}</translation>
    </message>
    <message>
        <source>The details are in the log file {path}. Please send it to your administrator.</source>
        <translation>詳細はログファイル {path} に記録されています。このファイルを管理者に送ってください。</translation>
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
        <source>Unknown value {value}; use one of: {choices}</source>
        <translation>値「{value}」は不明です。次のいずれかを指定してください：{choices}</translation>
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
        <source>Enter the name of the representative or agent who made the request.</source>
        <translation>請求した法定代理人または任意代理人の氏名を入力してください。</translation>
    </message>
    <message>
        <source>Unknown delivery method.</source>
        <translation>不明な開示の方法です。</translation>
    </message>
    <message>
        <source>Enter the date the request was received.</source>
        <translation>請求の受付日を入力してください。</translation>
    </message>
    <message>
        <source>The date received cannot be in the future.</source>
        <translation>受付日に未来の日付は指定できません。</translation>
    </message>
    <message>
        <source>No person with id {id}.</source>
        <translation>ID {id} の人物は見つかりません。</translation>
    </message>
    <message>
        <source>Ticket {ref} has no requester: choose the person the request is about.</source>
        <translation>問い合わせ {ref} には請求者が登録されていません。請求の対象となる本人を選んでください。</translation>
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
        <source>Enter a size in bytes from 0 to {high}.</source>
        <translation>0～{high} のサイズ（バイト）を入力してください。</translation>
    </message>
    <message>
        <source>Identity documents must be a list of names.</source>
        <translation>本人確認書類は名称の一覧で指定してください。</translation>
    </message>
    <message>
        <source>Name at least one identity document.</source>
        <translation>本人確認書類を1つ以上指定してください。</translation>
    </message>
    <message>
        <source>Unknown choice for what a converted ticket does.</source>
        <translation>変換元チケットの扱いとして選べない値です。</translation>
    </message>
    <message>
        <source>Unknown destination for breach reports.</source>
        <translation>漏えい等報告の提出先が不明です。</translation>
    </message>
    <message>
        <source>Enter a text of up to {high} characters.</source>
        <translation>{high}文字以内で入力してください。</translation>
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
        <source>The signature is too long (at most {high} characters).</source>
        <translation>署名が長すぎます（{high} 文字まで）。</translation>
    </message>
    <message>
        <source>Only a signed-in user has a signature.</source>
        <translation>署名を持てるのはサインインしたユーザーだけです。</translation>
    </message>
    <message>
        <source>No ticket {ref}.</source>
        <translation>チケット {ref} は見つかりません。</translation>
    </message>
    <message>
        <source>{files} shows an individual number (My Number): mask it and confirm the masking before the case proceeds.</source>
        <translation>{files} に個人番号（マイナンバー）が記載されています。対応を進める前にマスキングし、マスキング済みであることを確認してください。</translation>
    </message>
    <message>
        <source>Record the payment of the fee before work goes on.</source>
        <translation>対応を進める前に手数料の納付を記録してください。</translation>
    </message>
    <message>
        <source>Record what was corrected, added or deleted before responding.</source>
        <translation>回答する前に、訂正・追加・削除した内容を記録してください。</translation>
    </message>
    <message>
        <source>Record which systems were told to stop using or providing the data before responding.</source>
        <translation>回答する前に、利用停止・提供停止を指示したシステムを記録してください。</translation>
    </message>
    <message>
        <source>Give the reason.</source>
        <translation>理由を入力してください。</translation>
    </message>
    <message>
        <source>Only a decision awaiting approval can be sent back.</source>
        <translation>差し戻せるのは承認待ちの決定だけです。</translation>
    </message>
    <message>
        <source>The response date cannot be in the future.</source>
        <translation>回答日に未来の日付は指定できません。</translation>
    </message>
    <message>
        <source>The response date cannot be before the date received.</source>
        <translation>回答日を受付日より前にすることはできません。</translation>
    </message>
    <message>
        <source>The identity check of this case is already over.</source>
        <translation>この案件の本人確認はすでに終わっています。</translation>
    </message>
    <message>
        <source>Choose the documents that were checked.</source>
        <translation>確認した書類を選んでください。</translation>
    </message>
    <message>
        <source>{documents} is not on the office's list of identity documents (Settings).</source>
        <translation>{documents} は本人確認書類の一覧（設定）にありません。</translation>
    </message>
    <message>
        <source>The time of the check cannot be in the future.</source>
        <translation>確認日時に未来の日時は指定できません。</translation>
    </message>
    <message>
        <source>Give the reason for proceeding without identity verification.</source>
        <translation>本人確認なしで対応を進める理由を入力してください。</translation>
    </message>
    <message>
        <source>{name} is {size} MB. The office stores files of up to {limit} MB with a case.</source>
        <translation>{name} は {size} MB です。案件に保存できるファイルは {limit} MB までです。</translation>
    </message>
    <message>
        <source>The file needs a name.</source>
        <translation>ファイル名が必要です。</translation>
    </message>
    <message>
        <source>No attachment with id {id}.</source>
        <translation>ID {id} の添付ファイルは見つかりません。</translation>
    </message>
    <message>
        <source>{filename} is not marked as showing an individual number.</source>
        <translation>{filename} は個人番号が記載されたファイルとして登録されていません。</translation>
    </message>
    <message>
        <source>Enter a fee in yen from 0 to {high}.</source>
        <translation>手数料は0円から{high}円の範囲で入力してください。</translation>
    </message>
    <message>
        <source>The payment date cannot be in the future.</source>
        <translation>納付日に未来の日付は指定できません。</translation>
    </message>
    <message>
        <source>The payment date cannot be before the date received.</source>
        <translation>納付日を受付日より前にすることはできません。</translation>
    </message>
    <message>
        <source>A pause cannot start before the date received.</source>
        <translation>期限の停止を受付日より前から始めることはできません。</translation>
    </message>
    <message>
        <source>A pause cannot start in the future.</source>
        <translation>期限の停止を未来の日付から始めることはできません。</translation>
    </message>
    <message>
        <source>The desk is already waiting for the requester: end that pause first.</source>
        <translation>すでに請求者の回答待ちです。先にその停止を終了してください。</translation>
    </message>
    <message>
        <source>No pause with id {id}.</source>
        <translation>ID {id} の期限の停止はありません。</translation>
    </message>
    <message>
        <source>This pause has already ended.</source>
        <translation>この期限の停止はすでに終了しています。</translation>
    </message>
    <message>
        <source>A pause cannot end in the future.</source>
        <translation>期限の停止を未来の日付で終了することはできません。</translation>
    </message>
    <message>
        <source>Only a GDPR request can have its period extended.</source>
        <translation>期間を延長できるのはGDPRの請求だけです。</translation>
    </message>
    <message>
        <source>The GDPR period has already been extended.</source>
        <translation>GDPRの期間はすでに延長されています。</translation>
    </message>
    <message>
        <source>Give the reason for the extension (GDPR Art. 12(3)).</source>
        <translation>延長の理由を入力してください（GDPR第12条第3項）。</translation>
    </message>
    <message>
        <source>The notice date must lie between the date received and today.</source>
        <translation>通知日は受付日から今日までの日付にしてください。</translation>
    </message>
    <message>
        <source>A decision is recorded once the case is in progress (now: {state}).</source>
        <translation>決定を記録できるのは対応中になってからです（現在：{state}）。</translation>
    </message>
    <message>
        <source>There is no decision awaiting approval.</source>
        <translation>承認待ちの決定はありません。</translation>
    </message>
    <message>
        <source>The task needs a title.</source>
        <translation>タスクの件名を入力してください。</translation>
    </message>
    <message>
        <source>No task with id {id}.</source>
        <translation>ID {id} のタスクはありません。</translation>
    </message>
    <message>
        <source>No message with id {id}.</source>
        <translation>ID {id} のメッセージは見つかりません。</translation>
    </message>
    <message>
        <source>No user with id {id}.</source>
        <translation>ID {id} のユーザーは見つかりません。</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>メモが空です。</translation>
    </message>
    <message>
        <source>Unknown language {value}; use one of: {choices}</source>
        <translation>不明な言語 {value} です。次のいずれかを指定してください：{choices}</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>{path} に書き込めませんでした：{reason}</translation>
    </message>
    <message>
        <source>There is no request case to report on.</source>
        <translation>報告書を作成できる案件がありません。</translation>
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
        <source>There is no database at {path}. Check the path; to start a new, empty database there, run the command again with --create (or run: privacy-desk db upgrade).</source>
        <translation>{path} にデータベースがありません。パスを確認してください。そこに新しい空のデータベースを作成するには、--create を付けてもう一度実行してください（または privacy-desk db upgrade を実行してください）。</translation>
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
        <source>The database is open for reading only, so nothing was changed. Ask an administrator for write access to the database file and its folder, then open it again.</source>
        <translation>データベースは読み取り専用で開かれているため、何も変更されませんでした。データベースファイルとそのフォルダーへの書き込み権限を管理者に依頼してから、もう一度開いてください。</translation>
    </message>
    <message>
        <source>There is no database at {path}, and nothing was created there. Check the path.</source>
        <translation>{path} にデータベースがありません。何も作成していません。パスを確認してください。</translation>
    </message>
    <message>
        <source>{path} is not a Privacy Desk database, or it is damaged ({detail}). Restore it from a backup, or choose another database.</source>
        <translation>{path} は Privacy Desk のデータベースではないか、壊れています（{detail}）。バックアップから戻すか、別のデータベースを選んでください。</translation>
    </message>
    <message>
        <source>The database file is not a Privacy Desk database, or it is damaged ({detail}). Restore it from a backup, or choose another database.</source>
        <translation>データベースファイルが Privacy Desk のデータベースではないか、壊れています（{detail}）。バックアップから戻すか、別のデータベースを選んでください。</translation>
    </message>
    <message>
        <source>The database reported an error: {detail}</source>
        <translation>データベースでエラーが発生しました：{detail}</translation>
    </message>
    <message>
        <source>Another desk changed this record at the same moment; nothing was saved. Try again.</source>
        <translation>別の端末が同時にこの記録を変更したため、保存されませんでした。もう一度お試しください。</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Privacy Desk (schema {revision}). Install the newer version; this one has not changed the database.</source>
        <translation>このデータベースは新しいバージョンのPrivacy Deskで作成されています（スキーマ {revision}）。新しいバージョンをインストールしてください。データベースは変更していません。</translation>
    </message>
    <message>
        <source>A pause cannot end before it starts.</source>
        <translation>中断の終了日を開始日より前にすることはできません。</translation>
    </message>
    <message>
        <source>A fee may be charged only for a notification of the purpose of use, a disclosure or a disclosure of third-party provision records (APPI Art. 38).</source>
        <translation>手数料を徴収できるのは、利用目的の通知、開示、第三者提供記録の開示の請求に限られます（個人情報保護法第38条）。</translation>
    </message>
    <message>
        <source>A case can be rejected for identity only during the identity check.</source>
        <translation>本人確認不可による却下は、本人確認中の案件に限り行えます。</translation>
    </message>
    <message>
        <source>A case in state {state} can no longer be withdrawn.</source>
        <translation>状態が「{state}」の案件は、取下げにできません。</translation>
    </message>
    <message>
        <source>A case in state {state} cannot move to {target}.</source>
        <translation>状態が「{state}」の案件を「{target}」にすることはできません。</translation>
    </message>
    <message>
        <source>The requester's identity is not verified: verify it, or a manager overrides the check with a reason.</source>
        <translation>請求者の本人確認が済んでいません。本人確認を行うか、管理職が理由を記録して例外承認してください。</translation>
    </message>
    <message>
        <source>Record the decision before responding.</source>
        <translation>回答する前に決定を記録してください。</translation>
    </message>
    <message>
        <source>A refusal or partial disclosure needs one of the three grounds of APPI Art. 33(2).</source>
        <translation>不開示または一部開示には、個人情報保護法第33条第2項の3つの事由のいずれかが必要です。</translation>
    </message>
    <message>
        <source>A refusal or partial answer needs the explanation of its reasons given to the requester (APPI Art. 36).</source>
        <translation>不開示または一部開示の場合は、請求者に説明した理由を記録してください（個人情報保護法第36条）。</translation>
    </message>
    <message>
        <source>A refusal needs a manager's approval before responding.</source>
        <translation>不開示の場合は、回答する前に管理職の承認が必要です。</translation>
    </message>
    <message>
        <source>A ticket cannot go from “{current}” to “{target}”.</source>
        <translation>チケットを「{current}」から「{target}」にすることはできません。</translation>
    </message>
    <message>
        <source>Not a ticket reference: {text} (expected e.g. PD-2026-000123)</source>
        <translation>チケットの管理番号として正しくありません：{text}（例：PD-2026-000123）</translation>
    </message>
    <message>
        <source>Not a date: {text}</source>
        <translation>日付として読み取れません：{text}</translation>
    </message>
    <message>
        <source>There is no such day: {text}</source>
        <translation>存在しない日付です：{text}</translation>
    </message>
    <message>
        <source>Dates before {first}, when Japan adopted the Gregorian calendar, cannot be used: {text}</source>
        <translation>日本でグレゴリオ暦が採用された{first}より前の日付は使用できません：{text}</translation>
    </message>
    <message>
        <source>The weekday does not match the date: {text}</source>
        <translation>曜日が日付と一致しません：{text}</translation>
    </message>
    <message>
        <source>{text} is before the {era} era, which began on {first}.</source>
        <translation>{text} は{era}の始まり（{first}）より前です。</translation>
    </message>
    <message>
        <source>{text} is after the {era} era, which ended on {last}.</source>
        <translation>{text} は{era}の終わり（{last}）より後です。</translation>
    </message>
    <message>
        <source>Enter only the host name of the mail server, such as imap.example.jp (no imaps:// and no port number).</source>
        <translation>メールサーバーのホスト名だけを入力してください（例：imap.example.jp。imaps:// やポート番号は付けません）。</translation>
    </message>
    <message>
        <source>Enter a port number from 1 to 65535.</source>
        <translation>1～65535 のポート番号を入力してください。</translation>
    </message>
    <message>
        <source>Unknown connection security {value}; use one of: {choices}</source>
        <translation>接続の暗号化「{value}」は不明です。次のいずれかを指定してください：{choices}</translation>
    </message>
    <message>
        <source>The mail server user name is not valid.</source>
        <translation>メールサーバーのユーザー名が正しくありません。</translation>
    </message>
    <message>
        <source>The mail folder name is not valid.</source>
        <translation>メールフォルダー名が正しくありません。</translation>
    </message>
    <message>
        <source>Enter the fetch interval in whole minutes from 0 (off) to {high}.</source>
        <translation>取得間隔を0（取得しない）～{high} の整数（分）で入力してください。</translation>
    </message>
    <message>
        <source>An unencrypted connection is allowed only to this computer. Choose IMAPS or STARTTLS for {host}.</source>
        <translation>暗号化しない接続は、このコンピューター上のサーバーにしか使用できません。{host} にはIMAPSまたはSTARTTLSを選択してください。</translation>
    </message>
    <message>
        <source>The mail server {host} does not offer STARTTLS. Try IMAPS.</source>
        <translation>メールサーバー {host} はSTARTTLSに対応していません。IMAPSをお試しください。</translation>
    </message>
    <message>
        <source>A secure (TLS) connection to the mail server {host} failed: {reason}</source>
        <translation>メールサーバー {host} への暗号化（TLS）接続に失敗しました：{reason}</translation>
    </message>
    <message>
        <source>Could not connect to the mail server {host} (port {port}): {reason}</source>
        <translation>メールサーバー {host}（ポート {port}）に接続できませんでした：{reason}</translation>
    </message>
    <message>
        <source>The mail server {host} refuses to log in over this connection.</source>
        <translation>メールサーバー {host} は、この接続方法でのログインを受け付けません。</translation>
    </message>
    <message>
        <source>The mail server {host} refused the login for {user}. Check the user name and the password.</source>
        <translation>メールサーバー {host} が {user} のログインを拒否しました。ユーザー名とパスワードを確認してください。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist on the mail server {host}: {reason}</source>
        <translation>メールサーバー {host} にフォルダー {folder} がありません：{reason}</translation>
    </message>
    <message>
        <source>The mail server {host} gave an unexpected answer: {detail}</source>
        <translation>メールサーバー {host} から予期しない応答がありました：{detail}</translation>
    </message>
    <message>
        <source>Cannot read {name} as an Outlook message: {reason}</source>
        <translation>{name} をOutlookのメッセージとして読み込めません：{reason}</translation>
    </message>
    <message>
        <source>the file is damaged or is not an Outlook message</source>
        <translation>ファイルが壊れているか、Outlook のメッセージではありません</translation>
    </message>
    <message>
        <source>Stopped fetching mail: {count} messages in a row could not be imported. The last reason: {reason}</source>
        <translation>メールの取得を中止しました。{count}件のメッセージを続けて取り込めませんでした。最後の原因：{reason}</translation>
    </message>
    <message>
        <source>The system keychain could not be used: {detail}</source>
        <translation>システムのキーチェーン（資格情報の保管場所）を使用できませんでした：{detail}</translation>
    </message>
    <message>
        <source>Fetching mail is not set up: enter the mail server and the user name.</source>
        <translation>メールの取得が設定されていません。メールサーバーとユーザー名を入力してください。</translation>
    </message>
    <message>
        <source>The password for {user} on {host} is not in this computer's keychain. Enter it in the mail settings.</source>
        <translation>{host} の {user} のパスワードが、このコンピューターのキーチェーンに保存されていません。メールの設定で入力してください。</translation>
    </message>
    <message>
        <source>A time zone is required for {value}.</source>
        <translation>{value} にはタイムゾーンの指定が必要です。</translation>
    </message>
    <message>
        <source>The ticket {ref} has been merged into another ticket.</source>
        <translation>チケット {ref} は別のチケットに統合されています。</translation>
    </message>
    <message>
        <source>Enter the caller's name.</source>
        <translation>電話をかけてきた方の氏名を入力してください。</translation>
    </message>
    <message>
        <source>Not a phone number: {number}</source>
        <translation>電話番号として正しくありません：{number}</translation>
    </message>
    <message>
        <source>The call duration must be between 0 and 24 hours.</source>
        <translation>通話時間は0～24時間の範囲で入力してください。</translation>
    </message>
    <message>
        <source>Enter the sender's name.</source>
        <translation>差出人の氏名を入力してください。</translation>
    </message>
    <message>
        <source>A ticket cannot be merged into itself.</source>
        <translation>チケットを同じチケットに統合することはできません。</translation>
    </message>
    <message>
        <source>The ticket {ref} is not merged.</source>
        <translation>チケット {ref} は統合されていません。</translation>
    </message>
    <message>
        <source>First undo the later merge of {target} into {other}.</source>
        <translation>先に、その後に行った {target} の {other} への統合を取り消してください。</translation>
    </message>
    <message>
        <source>Choose messages of this ticket to split off.</source>
        <translation>このチケットから分割するメッセージを選択してください。</translation>
    </message>
    <message>
        <source>At least one message must stay in the ticket.</source>
        <translation>チケットには少なくとも1件のメッセージを残す必要があります。</translation>
    </message>
    <message>
        <source>No reply templates in the language {language}.</source>
        <translation>言語 {language} の返信テンプレートがありません。</translation>
    </message>
    <message>
        <source>Not a mail address: {address}</source>
        <translation>メールアドレスではありません：{address}</translation>
    </message>
    <message>
        <source>Enter the address the reply goes to.</source>
        <translation>返信先のアドレスを入力してください。</translation>
    </message>
    <message>
        <source>The reply is empty.</source>
        <translation>返信の本文が空です。</translation>
    </message>
    <message>
        <source>The subject must be a single line.</source>
        <translation>件名は1行で入力してください。</translation>
    </message>
    <message>
        <source>No ticket with id {id}.</source>
        <translation>ID {id} のチケットは見つかりません。</translation>
    </message>
    <message>
        <source>Only an image (PNG, JPEG, BMP, TIFF) can be masked.</source>
        <translation>マスキングできるのは画像（PNG、JPEG、BMP、TIFF）だけです。</translation>
    </message>
    <message>
        <source>The printer {printer} could not start printing.</source>
        <translation>プリンター {printer} で印刷を開始できませんでした。</translation>
    </message>
    <message>
        <source>Could not read {path}: {reason}</source>
        <translation>{path} を読み込めませんでした：{reason}</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>データベースが開いていません。</translation>
    </message>
    <message>
        <source>Not a case reference: {text} (expected e.g. REQ-2026-0042)</source>
        <translation>案件の管理番号ではありません：{text}（例：REQ-2026-0042）</translation>
    </message>
    <message>
        <source>No request case with id {id}.</source>
        <translation>ID {id} の案件はありません。</translation>
    </message>
    <message>
        <source>Case {ref} is no longer open; it cannot be changed.</source>
        <translation>案件 {ref} は対応が終了しているため変更できません。</translation>
    </message>
    <message>
        <source>No request case {ref}.</source>
        <translation>案件 {ref} はありません。</translation>
    </message>
    <message>
        <source>This request case</source>
        <translation>この請求案件</translation>
    </message>
    <message>
        <source>This ticket</source>
        <translation>このチケット</translation>
    </message>
    <message>
        <source>This person's record</source>
        <translation>この人物の記録</translation>
    </message>
    <message>
        <source>This user</source>
        <translation>このユーザー</translation>
    </message>
    <message>
        <source>These settings</source>
        <translation>この設定</translation>
    </message>
    <message>
        <source>{what} was changed by {name} at {time} after you opened it. Your change was not saved; what is stored now is shown.</source>
        <translation>{what}は、開いた後に {name} さんが {time} に変更しました。この変更は保存されていません。現在保存されている内容を表示します。</translation>
    </message>
    <message>
        <source>{what} was changed on another desk after you opened it. Your change was not saved; what is stored now is shown.</source>
        <translation>{what}は、開いた後に別の端末で変更されました。この変更は保存されていません。現在保存されている内容を表示します。</translation>
    </message>
    <message>
        <source>This mail's HTML is too long to show in full: its text is shown up to a point, and the whole HTML is kept as the attachment message-body.html.</source>
        <translation>このメールのHTMLは長すぎるため全部は表示できません。本文は途中までを表示し、HTML全体は添付ファイル message-body.html として保存しています。</translation>
    </message>
    <message>
        <source>This mail's text is too long to show in full: it is cut short, and the whole text is kept as the attachment message-body.txt.</source>
        <translation>このメールの本文は長すぎるため全部は表示できません。途中までを表示し、本文全体は添付ファイル message-body.txt として保存しています。</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>そのようなファイルやフォルダーはありません</translation>
    </message>
    <message>
        <source>not a regular file (a device, a pipe or a socket): not read</source>
        <translation>通常のファイルではありません（デバイス、パイプまたはソケット）。読み込んでいません</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>読み込めません（{reason}）</translation>
    </message>
    <message>
        <source>cannot be read after message {number} ({reason})</source>
        <translation>{number} 通目のメッセージより後を読み込めません（{reason}）</translation>
    </message>
    <message>
        <source>larger than {limit} MB; it was not read</source>
        <translation>{limit} MB を超えるため、読み込んでいません</translation>
    </message>
    <message>
        <source>a message larger than {limit} MB; it was not read</source>
        <translation>{limit} MB を超えるメッセージのため、読み込んでいません</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <source>the file holds no message</source>
        <translation>ファイルにメッセージがありません</translation>
    </message>
    <message>
        <source>empty message</source>
        <translation>空のメッセージです</translation>
    </message>
    <message>
        <source>not an mbox file (it does not start with a From line)</source>
        <translation>mbox ファイルではありません（From 行で始まっていません）</translation>
    </message>
    <message>
        <source>the folder holds no .eml, .msg or .mbox file</source>
        <translation>フォルダーに .eml、.msg、.mbox のファイルがありません</translation>
    </message>
    <message>
        <source>not readable as an Outlook message ({error})</source>
        <translation>Outlook のメッセージとして読み込めません（{error}）</translation>
    </message>
    <message>
        <source>No deadline can be computed from {date}: it is too far in the future.</source>
        <translation>{date} からは期限を計算できません。先の日付すぎます。</translation>
    </message>
    <message>
        <source>The number of persons must be 0 or more.</source>
        <translation>本人の数は0以上で入力してください。</translation>
    </message>
    <message>
        <source>the message could not be stored: {detail}</source>
        <translation>メッセージを保存できませんでした：{detail}</translation>
    </message>
    <message>
        <source>not a mail message: it does not start with mail headers</source>
        <translation>メールではありません（メールのヘッダーで始まっていません）</translation>
    </message>
    <message>
        <source>not a mail message: it has no From, Date or Message-ID header</source>
        <translation>メールではありません（From・Date・Message-ID のいずれのヘッダーもありません）</translation>
    </message>
    <message>
        <source>the message is cut short: the file ends inside its headers</source>
        <translation>メールが途中で切れています（ヘッダーの途中でファイルが終わっています）</translation>
    </message>
    <message>
        <source>the message is cut short: the file ends inside an attachment or part</source>
        <translation>メールが途中で切れています（添付ファイルまたはパートの途中でファイルが終わっています）</translation>
    </message>
    <message>
        <source>The mail server {host} has no Sent folder, so no copy of the sent mail was kept there.</source>
        <translation>メールサーバー {host} に送信済みフォルダーがないため、送信したメールの控えは保存されませんでした。</translation>
    </message>
    <message>
        <source>The system keychain could not be used: {reason}</source>
        <translation>システムのキーチェーン（資格情報の保管場所）を使用できませんでした：{reason}</translation>
    </message>
    <message>
        <source>An unencrypted connection is allowed only to this computer. Choose STARTTLS or TLS for {host}.</source>
        <translation>暗号化しない接続は、このコンピューター上のサーバーにしか使用できません。{host} にはSTARTTLSまたはTLSを選択してください。</translation>
    </message>
    <message>
        <source>The mail server {host} does not offer STARTTLS. Try TLS.</source>
        <translation>メールサーバー {host} はSTARTTLSに対応していません。TLSをお試しください。</translation>
    </message>
    <message>
        <source>The mail server {host} offers no login over this connection.</source>
        <translation>メールサーバー {host} は、この接続ではログインを受け付けていません。</translation>
    </message>
    <message>
        <source>The mail server {host} (port {port}) did not answer in time. Try again later.</source>
        <translation>メールサーバー {host}（ポート {port}）から時間内に応答がありませんでした。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>A secure (TLS) connection to the mail server {host} failed. Check the connection security and the port.</source>
        <translation>メールサーバー {host} との暗号化（TLS）接続に失敗しました。接続の保護方式とポート番号を確認してください。</translation>
    </message>
    <message>
        <source>The mail server {host} refused the message: {answer}</source>
        <translation>メールサーバー {host} がメールの受け取りを拒否しました：{answer}</translation>
    </message>
    <message>
        <source>Could not connect to the mail server {host} (port {port}). Check the server name and the port, and that this computer is online.</source>
        <translation>メールサーバー {host}（ポート {port}）に接続できませんでした。サーバー名とポート番号、このコンピューターがネットワークにつながっていることを確認してください。</translation>
    </message>
    <message>
        <source>The mail server {host} refused the recipient {recipients}.</source>
        <translation>メールサーバー {host} が宛先 {recipients} を拒否しました。</translation>
    </message>
    <message>
        <source>The mail server {host} does not accept mail from {sender}: {answer}</source>
        <translation>メールサーバー {host} は差出人 {sender} からのメールを受け付けません：{answer}</translation>
    </message>
    <message>
        <source>There is no database at {path}, and none was created. If the path is mistyped, correct it in Settings; Try Again offers to create a new, empty database there.</source>
        <translation>{path} にデータベースがないため、作成しませんでした。パスの入力ミスであれば設定で修正してください。「再試行」を押すと、そこに新しい空のデータベースを作成するか確認します。</translation>
    </message>
    <message>
        <source>Enter only the host name of the sending server, such as smtp.example.jp (no scheme, port or spaces).</source>
        <translation>送信サーバーはホスト名だけを入力してください（例: smtp.example.jp。スキーム、ポート、空白は不要です）。</translation>
    </message>
    <message>
        <source>Enter the desk's address alone, such as info@example.jp.</source>
        <translation>窓口のメールアドレスだけを入力してください（例: info@example.jp）。</translation>
    </message>
    <message>
        <source>Write the desk's name on one line, without line breaks or tabs.</source>
        <translation>窓口名は改行やタブを入れずに1行で入力してください。</translation>
    </message>
    <message>
        <source>The desk's name is too long (at most {high} characters).</source>
        <translation>窓口の名前が長すぎます（{high} 文字まで）。</translation>
    </message>
    <message>
        <source>Sending mail is not set up: an administrator enters the sending server and the desk's address in File › Settings › Sending Mail. Until then, open the reply in your mail client.</source>
        <translation>メール送信が設定されていません。管理者が［ファイル］›［設定］›［メール送信］で送信サーバーと窓口のアドレスを入力してください。それまでは返信をメールソフトで開いてください。</translation>
    </message>
    <message>
        <source>The password for {user} on {host} is not in this computer's keychain. Enter it in File › Settings › Sending Mail.</source>
        <translation>{host} の {user} のパスワードがこのコンピューターのキーチェーンにありません。［ファイル］›［設定］›［メール送信］で入力してください。</translation>
    </message>
    <message>
        <source>Enter the user name the password belongs to.</source>
        <translation>パスワードを使うユーザー名を入力してください。</translation>
    </message>
    <message>
        <source>The mail was sent, but it could not be recorded in {ref}: {reason} Add a note to the ticket that it was answered.</source>
        <translation>メールは送信されましたが、{ref} に記録できませんでした: {reason} 回答済みであることをチケットにメモしてください。</translation>
    </message>
    <message>
        <source>No copy was kept in the Sent folder: the mailbox password is not in this computer's keychain.</source>
        <translation>送信済みフォルダーに控えを保存できませんでした。メールボックスのパスワードがこのコンピューターのキーチェーンにありません。</translation>
    </message>
    <message>
        <source>The attachment {name} is no forwarded message.</source>
        <translation>添付ファイル {name} は転送されたメールではありません。</translation>
    </message>
    <message>
        <source>The forwarded message {name} was larger than the office's limit and not stored.</source>
        <translation>転送されたメール {name} は事務所の上限より大きかったため、保存されていません。</translation>
    </message>
    <message>
        <source>“{text}” is not a retention period: write a number and a unit, e.g. 7y, 6m, 2w or 90d.</source>
        <translation>「{text}」は保存期間として読めません。数と単位で入力してください（例：7y、6m、2w、90d）。</translation>
    </message>
    <message>
        <source>A retention period counts from 1 to {max}, not {count}.</source>
        <translation>保存期間の数は 1 から {max} までです（{count} は指定できません）。</translation>
    </message>
    <message>
        <source>A retention period from {day} would end after the year 9999.</source>
        <translation>{day} からの保存期間は 9999 年より後に終わるため、計算できません。</translation>
    </message>
    <message>
        <source>Incident {ref} is closed: it can no longer be changed.</source>
        <translation>事案 {ref} は終了しているため、変更できません。</translation>
    </message>
    <message>
        <source>No timeline entry with id {id}.</source>
        <translation>ID {id} の経過記録はありません。</translation>
    </message>
    <message>
        <source>Choose the timeline entry this corrects.</source>
        <translation>訂正する経過記録を選んでください。</translation>
    </message>
    <message>
        <source>The time of the entry needs its time zone.</source>
        <translation>経過記録の日時にはタイムゾーンが必要です。</translation>
    </message>
    <message>
        <source>A timeline entry may not be in the future.</source>
        <translation>経過記録に未来の日時は指定できません。</translation>
    </message>
    <message>
        <source>The numbers of persons must be 0 or more.</source>
        <translation>人数は0以上で入力してください。</translation>
    </message>
    <message>
        <source>Reached and unreachable persons add up to more than the notice was for.</source>
        <translation>到達数と不達数の合計が通知対象の人数を超えています。</translation>
    </message>
    <message>
        <source>A notice cannot be recorded before it is sent.</source>
        <translation>通知は送付した後に記録してください。</translation>
    </message>
    <message>
        <source>A receipt number may be up to {high} characters.</source>
        <translation>受付番号は{high}文字以内で入力してください。</translation>
    </message>
    <message>
        <source>A report cannot be marked filed before the day it is filed.</source>
        <translation>提出日より前に報告を提出済みにすることはできません。</translation>
    </message>
    <message>
        <source>A report cannot have been filed before the company became aware of it.</source>
        <translation>当社が事態を知った日より前の提出日は指定できません。</translation>
    </message>
    <message>
        <source>The {kind} of {ref} is already recorded as filed.</source>
        <translation>{ref} の{kind}は既に提出済みとして記録されています。</translation>
    </message>
    <message>
        <source>No incident {ref}.</source>
        <translation>事案 {ref} はありません。</translation>
    </message>
    <message>
        <source>No evidence with id {id}.</source>
        <translation>ID {id} の証拠ファイルはありません。</translation>
    </message>
    <message>
        <source>{ref} must be reported by its assessment: it cannot be closed as not reportable.</source>
        <translation>{ref} は判定上報告が必要なため、報告対象外として終了できません。</translation>
    </message>
    <message>
        <source>{ref} is closed once its final report is filed.</source>
        <translation>{ref} は確報を提出した後に終了できます。</translation>
    </message>
    <message>
        <source>{name} could not be read: {reason}</source>
        <translation>{name} を読み込めませんでした：{reason}</translation>
    </message>
    <message>
        <source>{name} is {size} bytes. The office stores files of up to {limit} bytes.</source>
        <translation>{name} は{size}バイトです。保存できるファイルは{limit}バイトまでです。</translation>
    </message>
    <message>
        <source>This incident</source>
        <translation>この事案</translation>
    </message>
    <message>
        <source>No incident with id {id}.</source>
        <translation>ID {id} の事案はありません。</translation>
    </message>
    <message>
        <source>Give either the exact number of persons or a range.</source>
        <translation>本人の数は確定数か範囲のどちらかで入力してください。</translation>
    </message>
    <message>
        <source>The range of persons must not end below where it starts.</source>
        <translation>本人の数の範囲は、上限を下限以上にしてください。</translation>
    </message>
    <message>
        <source>The incident needs a title.</source>
        <translation>事案の件名を入力してください。</translation>
    </message>
    <message>
        <source>The title may be up to {high} characters.</source>
        <translation>件名は{high}文字以内で入力してください。</translation>
    </message>
    <message>
        <source>A field may be up to {high} characters.</source>
        <translation>各項目は{high}文字以内で入力してください。</translation>
    </message>
    <message>
        <source>The incident's dates may not be in the future.</source>
        <translation>事案の日時に未来の日時は指定できません。</translation>
    </message>
    <message>
        <source>It cannot have happened after the company became aware of it.</source>
        <translation>発生日時が、当社が事態を知った日時より後になっています。</translation>
    </message>
    <message>
        <source>Name the commissioning company we handle the data for.</source>
        <translation>委託元の会社名を入力してください。</translation>
    </message>
    <message>
        <source>Only a contractor reports to the commissioning company (APPI Art. 26(1)).</source>
        <translation>委託元への通知を提出先にできるのは、当社が委託先である場合だけです（法26条1項ただし書）。</translation>
    </message>
    <message>
        <source>Name the ministry or organization the report goes to.</source>
        <translation>報告先の省庁又は団体の名称を入力してください。</translation>
    </message>
    <message>
        <source>Write what happened.</source>
        <translation>内容を入力してください。</translation>
    </message>
    <message>
        <source>{ref} has not been disposed of: there is no certificate yet.</source>
        <translation>{ref} はまだ消去されていないため、消去証明書はありません。</translation>
    </message>
    <message>
        <source>This holding</source>
        <translation>この保有データ</translation>
    </message>
    <message>
        <source>This data category</source>
        <translation>このデータ分類</translation>
    </message>
    <message>
        <source>This retention rule</source>
        <translation>この保存期間のルール</translation>
    </message>
    <message>
        <source>{ref} has been disposed of: its record can no longer be changed.</source>
        <translation>{ref} は廃棄済みのため、記録を変更できません。</translation>
    </message>
    <message>
        <source>{field} is required.</source>
        <translation>{field}を入力してください。</translation>
    </message>
    <message>
        <source>{field} is longer than {max} characters.</source>
        <translation>{field}は {max} 文字以内で入力してください。</translation>
    </message>
    <message>
        <source>Not a holding reference: {text} (expected e.g. RET-2026-0001)</source>
        <translation>保有データの管理番号ではありません：{text}（例：RET-2026-0001）</translation>
    </message>
    <message>
        <source>No holding with id {id}.</source>
        <translation>ID {id} の保有データはありません。</translation>
    </message>
    <message>
        <source>No data category with id {id}.</source>
        <translation>ID {id} のデータ分類はありません。</translation>
    </message>
    <message>
        <source>The note is longer than {max} characters.</source>
        <translation>メモは {max} 文字以内で入力してください。</translation>
    </message>
    <message>
        <source>The review date of a hold must be after today ({today}).</source>
        <translation>保留の見直し日は今日（{today}）より後の日付にしてください。</translation>
    </message>
    <message>
        <source>Say why the data must be kept: the note is empty.</source>
        <translation>保存を続ける理由をメモに記入してください。</translation>
    </message>
    <message>
        <source>{ref} is not on a hold.</source>
        <translation>{ref} は保留されていません。</translation>
    </message>
    <message>
        <source>{name} is not a manager: a disposal is approved by a manager.</source>
        <translation>{name} は管理者ではありません。廃棄は管理者が承認します。</translation>
    </message>
    <message>
        <source>{name} is larger than {size} MB.</source>
        <translation>{name} は {size} MB を超えています。</translation>
    </message>
    <message>
        <source>The evidence file {name} cannot be read: {reason}</source>
        <translation>証跡ファイル {name} を読み込めません：{reason}</translation>
    </message>
    <message>
        <source>{ref} is on a hold: release the hold before disposing of it.</source>
        <translation>{ref} は保留中です。廃棄する前に保留を解除してください。</translation>
    </message>
    <message>
        <source>A disposal cannot be dated after today.</source>
        <translation>廃棄日に今日より後の日付は指定できません。</translation>
    </message>
    <message>
        <source>A disposal cannot be dated before the holding's trigger day ({day}).</source>
        <translation>廃棄日に保有データの基準日（{day}）より前の日付は指定できません。</translation>
    </message>
    <message>
        <source>The stored file {sha256} is missing.</source>
        <translation>保存されているはずのファイル {sha256} が見つかりません。</translation>
    </message>
    <message>
        <source>No holding {ref}.</source>
        <translation>保有データ {ref} はありません。</translation>
    </message>
    <message>
        <source>This purge rule</source>
        <translation>この削除・匿名化のルール</translation>
    </message>
    <message>
        <source>Only junk tickets are deleted; other records are anonymised.</source>
        <translation>削除できるのは迷惑メール等のチケットだけです。その他の記録は匿名化します。</translation>
    </message>
    <message>
        <source>No record with id {id}.</source>
        <translation>ID {id} の記録はありません。</translation>
    </message>
    <message>
        <source>This record is not on a hold.</source>
        <translation>この記録は保留されていません。</translation>
    </message>
    <message>
        <source>There is no incident to report on.</source>
        <translation>報告書を作成するインシデントがありません。</translation>
    </message>
    <message>
        <source>The last day comes before the first day.</source>
        <translation>終了日が開始日より前になっています。</translation>
    </message>
</context>
<context>
    <name>FileRisk</name>
    <message>
        <source>a program</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <source>a script (program code that runs when opened)</source>
        <translation>スクリプト（開くと実行されるプログラムコード）</translation>
    </message>
    <message>
        <source>an installer or a change to the system's settings</source>
        <translation>インストーラーまたはシステム設定の変更</translation>
    </message>
    <message>
        <source>a shortcut that starts a program or opens an address</source>
        <translation>プログラムを起動するかアドレスを開くショートカット</translation>
    </message>
    <message>
        <source>a disk image that opens as a drive of its own</source>
        <translation>ひとつのドライブとして開くディスクイメージ</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>%n byte(s)</source>
        <translation>%nバイト</translation>
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
        <translation>ファイル用の一時フォルダーを作成できませんでした。</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>{path} に書き込めませんでした：{reason}</translation>
    </message>
    <message>
        <source>Saved as {path}.</source>
        <translation>{path} に保存しました。</translation>
    </message>
    <message>
        <source>No program on this computer opens {name}. Use Save As… instead.</source>
        <translation>このコンピューターには {name} を開けるプログラムがありません。「名前を付けて保存」を使ってください。</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Welcome to Privacy Desk</source>
        <translation>Privacy Desk へようこそ</translation>
    </message>
    <message>
        <source>This database is new: no inquiry, request or colleague is in it yet. Three steps get the desk started; each can be done later from the menus too.</source>
        <translation>このデータベースは新しく、問い合わせ・請求・利用者はまだ登録されていません。次の 3 つの手順で窓口業務を始められます。どれも後からメニューで行うこともできます。</translation>
    </message>
    <message>
        <source>1. Set up the mailbox</source>
        <translation>1. メールボックスを設定する</translation>
    </message>
    <message>
        <source>Connect the shared address the inquiries reach (IMAP), so new mail becomes tickets.</source>
        <translation>問い合わせが届く共有アドレス（IMAP）に接続し、新しいメールをチケットとして取り込みます。</translation>
    </message>
    <message>
        <source>Set Up the &amp;Mailbox…</source>
        <translation>メールボックスを設定(&amp;M)…</translation>
    </message>
    <message>
        <source>2. Add users</source>
        <translation>2. 利用者を追加する</translation>
    </message>
    <message>
        <source>Give each colleague a login and a role: desk staff, manager or administrator.</source>
        <translation>同僚ごとにログイン名と役割（窓口担当・管理職・管理者）を登録します。</translation>
    </message>
    <message>
        <source>Add &amp;Users…</source>
        <translation>利用者を追加(&amp;U)…</translation>
    </message>
    <message>
        <source>3. Load demo data</source>
        <translation>3. デモデータを読み込む</translation>
    </message>
    <message>
        <source>Try the app out on invented inquiries, requests and people. Only for a database used for practice: the demo records stay until it is deleted.</source>
        <translation>架空の問い合わせ・請求・人物でアプリを試せます。練習用のデータベースでのみ使ってください。デモのレコードはデータベースを削除するまで残ります。</translation>
    </message>
    <message>
        <source>Load &amp;Demo Data</source>
        <translation>デモデータを読み込む(&amp;D)</translation>
    </message>
    <message>
        <source>Closed, this page does not come back for this database.</source>
        <translation>閉じると、このデータベースではこのページは再び表示されません。</translation>
    </message>
    <message>
        <source>&amp;Close This Page</source>
        <translation>このページを閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Loading the demo data…</source>
        <translation>デモデータを読み込んでいます…</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>Something went wrong ({error}). Nothing was saved.</source>
        <translation>問題が発生しました（{error}）。何も保存されていません。</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>先にメモを書いてください。</translation>
    </message>
</context>
<context>
    <name>HoldReason</name>
    <message>
        <source>Required by law</source>
        <translation>法令に基づき保存が必要</translation>
    </message>
    <message>
        <source>The person consented</source>
        <translation>本人の同意がある</translation>
    </message>
    <message>
        <source>Business need with good reason</source>
        <translation>業務上必要で合理的な理由がある</translation>
    </message>
    <message>
        <source>Other special reason</source>
        <translation>その他特別な事由がある</translation>
    </message>
</context>
<context>
    <name>HoldingStatus</name>
    <message>
        <source>Kept</source>
        <translation>保存中</translation>
    </message>
    <message>
        <source>Due for deletion</source>
        <translation>消去期限到来</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>消去遅延</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>保存継続中</translation>
    </message>
    <message>
        <source>Hold to review</source>
        <translation>保存継続の見直し</translation>
    </message>
    <message>
        <source>Disposed</source>
        <translation>廃棄済み</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <source>&amp;Import Mail…</source>
        <translation>メールの取り込み(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export Inbox as CSV…</source>
        <translation>受信箱をCSVに書き出し(&amp;E)…</translation>
    </message>
    <message>
        <source>Internal note on {ref}</source>
        <translation>{ref} の社内メモ</translation>
    </message>
    <message>
        <source>An internal note stays in the thread for the desk. It is never sent to the requester.</source>
        <translation>社内メモは窓口内の記録としてスレッドに残ります。相手方に送られることはありません。</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>相手方</translation>
    </message>
    <message>
        <source>Mail on {ref}</source>
        <translation>{ref} のメール</translation>
    </message>
    <message>
        <source>&amp;Language of the reply:</source>
        <translation>返信の言語(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>宛先(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation>&amp;Cc:</translation>
    </message>
    <message>
        <source>Tem&amp;plate:</source>
        <translation>テンプレート(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>送信(&amp;S)</translation>
    </message>
    <message>
        <source>Open in &amp;Mail Client</source>
        <translation>メールソフトで開く(&amp;M)</translation>
    </message>
    <message>
        <source>Your text was replaced by the new draft; Ctrl+Z brings it back.</source>
        <translation>書いた本文を新しい下書きに置き換えました。Ctrl+Z で元に戻せます。</translation>
    </message>
    <message>
        <source>Enter the address the mail goes to.</source>
        <translation>宛先のアドレスを入力してください。</translation>
    </message>
    <message>
        <source>&amp;New mail (not a reply to the last message)</source>
        <translation>新規メール（最後のメールへの返信ではない）(&amp;N)</translation>
    </message>
    <message>
        <source>Without the quote and threading headers, for example after a call.</source>
        <translation>引用とスレッド用ヘッダーを付けません。電話のあとなどに使います。</translation>
    </message>
    <message>
        <source>Addresses separated by commas</source>
        <translation>複数のアドレスはカンマで区切ります</translation>
    </message>
    <message>
        <source>Send now through the office's mail server (Ctrl+Return)</source>
        <translation>事務所のメールサーバーから今すぐ送信します（Ctrl+Return）</translation>
    </message>
    <message>
        <source>Log the mail and open it in your mail client, to send it from there</source>
        <translation>メールを記録し、メールソフトで開きます。送信はメールソフトから行います</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>詳細(&amp;D)</translation>
    </message>
    <message>
        <source>My Si&amp;gnature…</source>
        <translation>自分の署名(&amp;G)…</translation>
    </message>
    <message>
        <source>The lines under every mail you send</source>
        <translation>送信するすべてのメールの末尾に付く行</translation>
    </message>
    <message>
        <source>Sent to {recipients}; the server refused {refused}.</source>
        <translation>{recipients} に送信しました。サーバーは {refused} を拒否しました。</translation>
    </message>
    <message>
        <source>Sent to {recipients}. {warning}</source>
        <translation>{recipients} に送信しました。{warning}</translation>
    </message>
    <message>
        <source>Sent to {recipients}. A copy is in the folder {folder}.</source>
        <translation>{recipients} に送信しました。控えはフォルダー「{folder}」にあります。</translation>
    </message>
    <message>
        <source>Sent to {recipients}.</source>
        <translation>{recipients} に送信しました。</translation>
    </message>
    <message>
        <source>Save as .&amp;eml…</source>
        <translation>.emlとして保存(&amp;E)…</translation>
    </message>
    <message>
        <source>Enter the reference of the ticket to merge into.</source>
        <translation>統合先チケットの管理番号を入力してください。</translation>
    </message>
    <message>
        <source>Merge {ref}</source>
        <translation>{ref} の統合</translation>
    </message>
    <message>
        <source>Every message of {ref} moves into the other ticket; {ref} then points to it. You can undo the merge later.</source>
        <translation>{ref} のすべてのメッセージが統合先のチケットに移り、{ref} はそのチケットを指すようになります。統合は後で元に戻せます。</translation>
    </message>
    <message>
        <source>Merge &amp;into:</source>
        <translation>統合先(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>統合(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>日時(&amp;W)：</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>方向：</translation>
    </message>
    <message>
        <source>Add to the thread of {ref} (otherwise a new ticket)</source>
        <translation>{ref} のスレッドに追加する（外すと新しいチケット）</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>内容(&amp;S)：</translation>
    </message>
    <message>
        <source>Write what the call was about.</source>
        <translation>通話の内容を書いてください。</translation>
    </message>
    <message>
        <source>Log a Phone Call</source>
        <translation>電話の記録</translation>
    </message>
    <message>
        <source>The requester called the desk</source>
        <translation>相手方から窓口への着信</translation>
    </message>
    <message>
        <source>The desk called the requester</source>
        <translation>窓口から相手方への発信</translation>
    </message>
    <message>
        <source>&amp;Caller:</source>
        <translation>相手の氏名(&amp;C)：</translation>
    </message>
    <message>
        <source>Phone &amp;number:</source>
        <translation>電話番号(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>通話時間(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Recording reference:</source>
        <translation>録音の参照先(&amp;R)：</translation>
    </message>
    <message>
        <source>where the phone system stored the recording</source>
        <translation>電話システムが録音を保存した場所</translation>
    </message>
    <message>
        <source>&amp;Log Call</source>
        <translation>電話を記録(&amp;L)</translation>
    </message>
    <message>
        <source>Se&amp;nder:</source>
        <translation>差出人(&amp;N)：</translation>
    </message>
    <message>
        <source>Scanned Letter</source>
        <translation>書面のスキャン</translation>
    </message>
    <message>
        <source>Enter who wrote the letter.</source>
        <translation>差出人を入力してください。</translation>
    </message>
    <message>
        <source>Log a Letter</source>
        <translation>書面の記録</translation>
    </message>
    <message>
        <source>Received from the requester</source>
        <translation>相手方から受領</translation>
    </message>
    <message>
        <source>Sent by the desk</source>
        <translation>窓口から送付</translation>
    </message>
    <message>
        <source>Postal &amp;address:</source>
        <translation>住所(&amp;A)：</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>件名(&amp;B)：</translation>
    </message>
    <message>
        <source>Scanned pages:</source>
        <translation>スキャンしたページ：</translation>
    </message>
    <message>
        <source>Add &amp;File…</source>
        <translation>ファイルを追加(&amp;F)…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>&amp;Log Letter</source>
        <translation>書面を記録(&amp;L)</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>スキャン画像 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>IMAPS (TLS, port 993)</source>
        <translation>IMAPS（TLS、ポート993）</translation>
    </message>
    <message>
        <source>STARTTLS (port 143)</source>
        <translation>STARTTLS（ポート143）</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation>なし（暗号化しない）</translation>
    </message>
    <message>
        <source>&amp;Mail server (IMAP):</source>
        <translation>メールサーバー（IMAP）(&amp;M)：</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続しています…</translation>
    </message>
    <message>
        <source>Connected: %n message(s) in the folder.</source>
        <translation>接続しました。フォルダーに%n件のメッセージがあります。</translation>
    </message>
    <message>
        <source>Could not connect: {reason}</source>
        <translation>接続できませんでした：{reason}</translation>
    </message>
    <message>
        <source>An administrator must first enter the mail server and the user name.</source>
        <translation>先に管理者がメールサーバーとユーザー名を設定する必要があります。</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>パスワードを入力してください。</translation>
    </message>
    <message>
        <source>Mailbox Settings</source>
        <translation>メールボックスの設定</translation>
    </message>
    <message>
        <source>Mail sent to the desk's address is fetched from this IMAP mailbox. The server settings are shared by every desk; the password is kept only in this computer's keychain.</source>
        <translation>窓口のアドレスに届いたメールは、このIMAPメールボックスから取得します。サーバーの設定はすべての窓口で共有され、パスワードはこのコンピューターのキーチェーンにのみ保存されます。</translation>
    </message>
    <message>
        <source>Only an administrator can change the server settings. You can store the password in this computer's keychain, so this desk can fetch mail.</source>
        <translation>サーバーの設定を変更できるのは管理者だけです。パスワードをこのコンピューターのキーチェーンに保存すると、この窓口でメールを取得できるようになります。</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>ポート(&amp;P)：</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>暗号化(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>ユーザー名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>フォルダー(&amp;F)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>パスワード(&amp;W)：</translation>
    </message>
    <message>
        <source>stored in the keychain; type to replace it</source>
        <translation>キーチェーンに保存済み（入力すると置き換えます）</translation>
    </message>
    <message>
        <source>not stored on this computer yet</source>
        <translation>このコンピューターにはまだ保存されていません</translation>
    </message>
    <message>
        <source>Fetch &amp;every (minutes, 0 = only on request):</source>
        <translation>自動取得の間隔（分、0＝手動のみ）(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>接続テスト(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>管理番号</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分類</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受信日時</translation>
    </message>
    <message>
        <source>Response due</source>
        <translation>初回応答期限</translation>
    </message>
    <message>
        <source>The first response to the requester is due by this day (office policy).</source>
        <translation>この日までに相手方へ初回の応答をします（社内規程）。</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>回答待ち</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>請求</translation>
    </message>
    <message>
        <source>The first response has been given.</source>
        <translation>初回応答は済んでいます。</translation>
    </message>
    <message>
        <source>Request cases from this ticket: {links}</source>
        <translation>このチケットから作成した請求案件：{links}</translation>
    </message>
    <message>
        <source>Assign To</source>
        <translation>担当者を割り当て</translation>
    </message>
    <message>
        <source>Set Status</source>
        <translation>状態を変更</translation>
    </message>
    <message>
        <source>Set Category</source>
        <translation>分類を変更</translation>
    </message>
    <message>
        <source>Mark Selected as Junk</source>
        <translation>選択したチケットを迷惑メールにする</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>未割り当て</translation>
    </message>
    <message>
        <source>Changing %n ticket(s)…</source>
        <translation>%n件のチケットを変更しています…</translation>
    </message>
    <message>
        <source>%n ticket(s) changed.</source>
        <translation>%n件のチケットを変更しました。</translation>
    </message>
    <message>
        <source>%n ticket(s) not changed: {reason}</source>
        <translation>%n件は変更できませんでした：{reason}</translation>
    </message>
    <message>
        <source>📎 %n attachment(s)</source>
        <translation>📎 添付%n件</translation>
    </message>
    <message>
        <source>{kind} · {who} · {when}{extra}
{first_line}</source>
        <translation>{kind}・{who}・{when}{extra}
{first_line}</translation>
    </message>
    <message>
        <source>Internal note: never sent to the requester.</source>
        <translation>社内メモ：相手方には送られません。</translation>
    </message>
    <message>
        <source>{name} ({size}, not stored: larger than the office's limit)</source>
        <translation>{name}（{size}、保存されていません：上限を超えるサイズ）</translation>
    </message>
    <message>
        <source>{name} ({size})</source>
        <translation>{name}（{size}）</translation>
    </message>
    <message>
        <source>From: {sender}</source>
        <translation>差出人：{sender}</translation>
    </message>
    <message>
        <source>To: {recipients}</source>
        <translation>宛先：{recipients}</translation>
    </message>
    <message>
        <source>Cc: {recipients}</source>
        <translation>CC：{recipients}</translation>
    </message>
    <message>
        <source>Delivery failed to {address}: {status} (the server said: {diagnostic})</source>
        <translation>{address} へ配信できませんでした：{status}（サーバーの応答：{diagnostic}）</translation>
    </message>
    <message>
        <source>Delivery delayed to {address}: {status} (the server said: {diagnostic})</source>
        <translation>{address} への配信が遅れています：{status}（サーバーの応答：{diagnostic}）</translation>
    </message>
    <message>
        <source>Delivery failed to {address}: {status}</source>
        <translation>{address} へ配信できませんでした：{status}</translation>
    </message>
    <message>
        <source>Delivery delayed to {address}: {status}</source>
        <translation>{address} への配信が遅れています：{status}</translation>
    </message>
    <message>
        <source>A mail of the desk's could not be delivered.</source>
        <translation>窓口から送ったメールが配信できませんでした。</translation>
    </message>
    <message>
        <source>Show the mail that was not delivered</source>
        <translation>配信できなかったメールを表示</translation>
    </message>
    <message>
        <source>Open &amp;File</source>
        <translation>ファイルを開く(&amp;F)</translation>
    </message>
    <message>
        <source>Forwarded message</source>
        <translation>転送されたメール</translation>
    </message>
    <message>
        <source>Date: {when}</source>
        <translation>日時：{when}</translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation>件名：{subject}</translation>
    </message>
    <message>
        <source>Text of the forwarded message</source>
        <translation>転送されたメールの本文</translation>
    </message>
    <message>
        <source>Files of the forwarded message</source>
        <translation>転送されたメールの添付ファイル</translation>
    </message>
    <message>
        <source>number {number}</source>
        <translation>番号 {number}</translation>
    </message>
    <message>
        <source>duration {duration}</source>
        <translation>通話時間 {duration}</translation>
    </message>
    <message>
        <source>recording {ref}</source>
        <translation>録音 {ref}</translation>
    </message>
    <message>
        <source>Call: {details}</source>
        <translation>通話：{details}</translation>
    </message>
    <message>
        <source>Problems in this mail: {defects}</source>
        <translation>このメールの問題点：{defects}</translation>
    </message>
    <message>
        <source>Internal note by {author} — for the desk only, never sent to the requester.</source>
        <translation>{author} の社内メモ — 窓口内のみ。相手方には送られません。</translation>
    </message>
    <message>
        <source>{ref} · {channel}</source>
        <translation>{ref}・{channel}</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>（件名なし）</translation>
    </message>
    <message>
        <source>From {requester}</source>
        <translation>差出人 {requester}</translation>
    </message>
    <message>
        <source>received {when}</source>
        <translation>受信 {when}</translation>
    </message>
    <message>
        <source>first response given</source>
        <translation>初回応答済み</translation>
    </message>
    <message>
        <source>first response overdue since {date}</source>
        <translation>初回応答の期限（{date}）超過</translation>
    </message>
    <message>
        <source>first response due {date}</source>
        <translation>初回応答期限 {date}</translation>
    </message>
    <message>
        <source>This ticket was merged into {ref}. Undo the merge to work on it here.</source>
        <translation>このチケットは {ref} に統合されています。ここで対応するには統合を元に戻してください。</translation>
    </message>
    <message>
        <source>Merged in: {refs}</source>
        <translation>統合済み：{refs}</translation>
    </message>
    <message>
        <source>Possibly related: {refs}</source>
        <translation>関連の可能性：{refs}</translation>
    </message>
    <message>
        <source>not linked</source>
        <translation>未紐付け</translation>
    </message>
    <message>
        <source>Suggested from the words of the mail; confirm or choose another category.</source>
        <translation>メールの語句から推定した分類です。確定するか、別の分類を選んでください。</translation>
    </message>
    <message>
        <source>&amp;Undo Merge</source>
        <translation>統合を元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>Conf&amp;irm</source>
        <translation>確定(&amp;I)</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>状態(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>担当者(&amp;A)：</translation>
    </message>
    <message>
        <source>Convert to Re&amp;quest Case…</source>
        <translation>請求案件に変換(&amp;Q)…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>編集(&amp;D)…</translation>
    </message>
    <message>
        <source>Lin&amp;k…</source>
        <translation>紐付け(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;Undo Merge of {ref}</source>
        <translation>{ref} の統合を元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>Choose a ticket in the list to read and work on it.</source>
        <translation>一覧からチケットを選ぶと、ここで内容の確認と対応ができます。</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>分類(&amp;C)：</translation>
    </message>
    <message>
        <source>Requester:</source>
        <translation>相手方：</translation>
    </message>
    <message>
        <source>&amp;Reply…</source>
        <translation>返信(&amp;R)…</translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation>社内メモ(&amp;N)…</translation>
    </message>
    <message>
        <source>Answered Elsewhere</source>
        <translation>他の方法で回答済み</translation>
    </message>
    <message>
        <source>The first response was given outside Privacy Desk: stop the first-response clock.</source>
        <translation>初回応答をPrivacy Desk以外で行った場合に押します。初回応答の期限管理を止めます。</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>統合(&amp;M)…</translation>
    </message>
    <message>
        <source>S&amp;plit Off…</source>
        <translation>分割(&amp;P)…</translation>
    </message>
    <message>
        <source>Move the messages selected in the thread into a new ticket.</source>
        <translation>スレッドで選択したメッセージを新しいチケットに移します。</translation>
    </message>
    <message>
        <source>Open a data-subject request case for this ticket, linked to it.</source>
        <translation>このチケットに紐づけて、開示等の請求の案件を作成します。</translation>
    </message>
    <message>
        <source>Open Incident…</source>
        <translation>インシデントを記録…</translation>
    </message>
    <message>
        <source>Record a breach this ticket tells of (someone received another's data), linked to it.</source>
        <translation>このチケットが伝える漏えい等（他人のデータが届いた等）をインシデントとして記録し、チケットと関連付けます。</translation>
    </message>
    <message>
        <source>Mark as &amp;Junk</source>
        <translation>迷惑メールにする(&amp;J)</translation>
    </message>
    <message>
        <source>Spam or no inquiry: out of Today and the lists (Ctrl+J).</source>
        <translation>迷惑メールや問い合わせでないメール：「今日」と一覧から外します（Ctrl+J）。</translation>
    </message>
    <message>
        <source>Not &amp;Junk</source>
        <translation>迷惑メールではない(&amp;J)</translation>
    </message>
    <message>
        <source>Back to the Inbox as a new ticket (Ctrl+J).</source>
        <translation>新規のチケットとして受信箱に戻します（Ctrl+J）。</translation>
    </message>
    <message>
        <source>Incidents of this ticket: {links}</source>
        <translation>このチケットのインシデント：{links}</translation>
    </message>
    <message>
        <source>Junk: left out of Today and the lists. Not Junk puts it back.</source>
        <translation>迷惑メール：「今日」と一覧から外れています。「迷惑メールではない」で戻せます。</translation>
    </message>
    <message>
        <source>Request cases from this ticket</source>
        <translation>このチケットから作成した請求案件</translation>
    </message>
    <message>
        <source>Incidents of this ticket</source>
        <translation>このチケットのインシデント</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>スレッド</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>本文</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>Header&amp;s</source>
        <translation>ヘッダー(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <source>View &amp;Original</source>
        <translation>原文を表示(&amp;O)</translation>
    </message>
    <message>
        <source>Unread: {subject}</source>
        <translation>未読：{subject}</translation>
    </message>
    <message>
        <source>{category} (suggested)</source>
        <translation>{category}（推定）</translation>
    </message>
    <message>
        <source>{date} (overdue)</source>
        <translation>{date}（期限超過）</translation>
    </message>
    <message>
        <source>The first response is overdue: answer the requester.</source>
        <translation>初回応答の期限を過ぎています。相手方に回答してください。</translation>
    </message>
    <message>
        <source>Suggested from the words of the mail; confirm or change it.</source>
        <translation>メールの語句から推定した分類です。確定または変更してください。</translation>
    </message>
    <message>
        <source>Mail (*.eml *.msg *.mbox);;All files (*)</source>
        <translation>メール (*.eml *.msg *.mbox);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>%n ticket(s)</source>
        <translation>%n件</translation>
    </message>
    <message>
        <source>more than %n ticket(s)</source>
        <translation>%n件以上</translation>
    </message>
    <message>
        <source>Words of one or two characters ({words}) are looked for in subjects and senders, and in the text of the newest mail only. Longer words are searched everywhere.</source>
        <translation>1〜2文字の語（{words}）は、件名・差出人と、新しいメールの本文だけから探します。3文字以上の語はすべてのメールから探します。</translation>
    </message>
    <message>
        <source>No tickets match the filter.</source>
        <translation>条件に合うチケットはありません。</translation>
    </message>
    <message>
        <source>Mail (*.eml)</source>
        <translation>メール (*.eml)</translation>
    </message>
    <message>
        <source>Save Reply</source>
        <translation>返信の保存</translation>
    </message>
    <message>
        <source>No mail program opened the reply. It is saved as {path}.</source>
        <translation>返信を開けるメールソフトがありませんでした。{path} に保存されています。</translation>
    </message>
    <message>
        <source>The reply is logged and open in your mail program.</source>
        <translation>返信を記録し、メールソフトで開きました。</translation>
    </message>
    <message>
        <source>Merged into {ref}.</source>
        <translation>{ref} に統合しました。</translation>
    </message>
    <message>
        <source>Undo Merge</source>
        <translation>統合を元に戻す</translation>
    </message>
    <message>
        <source>Give {ref} its messages back as a ticket of its own?</source>
        <translation>{ref} のメッセージを戻して、独立したチケットにしますか？</translation>
    </message>
    <message>
        <source>{ref} is a ticket of its own again.</source>
        <translation>{ref} を独立したチケットに戻しました。</translation>
    </message>
    <message>
        <source>Split Off</source>
        <translation>分割</translation>
    </message>
    <message>
        <source>Move the %n selected message(s) into a new ticket?</source>
        <translation>選択した%n件のメッセージを新しいチケットに移しますか？</translation>
    </message>
    <message>
        <source>The messages are now in {ref}.</source>
        <translation>メッセージを {ref} に移しました。</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>添付ファイルの保存</translation>
    </message>
    <message>
        <source>{ref} is marked as junk.</source>
        <translation>{ref} を迷惑メールにしました。</translation>
    </message>
    <message>
        <source>{ref} is back in the Inbox.</source>
        <translation>{ref} を受信箱に戻しました。</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>ヘッダー</translation>
    </message>
    <message>
        <source>The original of this message is not stored.</source>
        <translation>このメッセージの原文は保存されていません。</translation>
    </message>
    <message>
        <source>Original Message (plain text)</source>
        <translation>原文（テキスト表示）</translation>
    </message>
    <message>
        <source>Logged in {ref}.</source>
        <translation>{ref} に記録しました。</translation>
    </message>
    <message>
        <source>Import Mail</source>
        <translation>メールの取り込み</translation>
    </message>
    <message>
        <source>Importing mail…</source>
        <translation>メールを取り込んでいます…</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>受信箱</translation>
    </message>
    <message>
        <source>Fetching mail failed: {reason}</source>
        <translation>メールを取得できませんでした：{reason}</translation>
    </message>
    <message>
        <source>%n message(s) imported.</source>
        <translation>%n件のメッセージを取り込みました。</translation>
    </message>
    <message>
        <source>New tickets: {new}. Added to existing threads: {threaded}. Already there: {duplicates}.</source>
        <translation>新規チケット：{new}件。既存のスレッドに追加：{threaded}件。取り込み済み：{duplicates}件。</translation>
    </message>
    <message>
        <source>Cancelled: the rest was not imported. Import again to add it.</source>
        <translation>中止しました。残りは取り込まれていません。もう一度取り込むと追加されます。</translation>
    </message>
    <message>
        <source>%n file(s) or message(s) could not be read:</source>
        <translation>%n件のファイルまたはメッセージを読み込めませんでした：</translation>
    </message>
    <message>
        <source>… and %n more (see Show Details).</source>
        <translation>…ほか%n件（「詳細を表示」を参照）</translation>
    </message>
    <message>
        <source>… and %n more.</source>
        <translation>…ほか%n件</translation>
    </message>
    <message>
        <source>%n new message(s) fetched.</source>
        <translation>%n件の新着メッセージを取得しました。</translation>
    </message>
    <message>
        <source>Already there: {duplicates}. Failed (tried again next time): {failed}.</source>
        <translation>取り込み済み：{duplicates}件。失敗（次回再試行）：{failed}件。</translation>
    </message>
    <message>
        <source>Cancelled: the rest is fetched next time.</source>
        <translation>中止しました。残りは次回取得します。</translation>
    </message>
    <message>
        <source>Fetch Mail</source>
        <translation>メールの取得</translation>
    </message>
    <message>
        <source>Fetching mail…</source>
        <translation>メールを取得しています…</translation>
    </message>
    <message>
        <source>The mailbox settings are saved.</source>
        <translation>メールボックスの設定を保存しました。</translation>
    </message>
    <message>
        <source>Export Inbox as CSV</source>
        <translation>受信箱をCSVに書き出し</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>%n row(s) exported to {path}.</source>
        <translation>%n行を {path} に書き出しました。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>書き出しています…</translation>
    </message>
    <message>
        <source>Drop .eml, .msg or .mbox files here to import them.</source>
        <translation>.eml・.msg・.mboxファイルをここにドロップすると取り込めます。</translation>
    </message>
    <message>
        <source>Search subject, sender, text or reference (Ctrl+F)</source>
        <translation>件名・差出人・本文・管理番号で検索（Ctrl+F）</translation>
    </message>
    <message>
        <source>Fetch No&amp;w</source>
        <translation>今すぐ取得(&amp;W)</translation>
    </message>
    <message>
        <source>Lo&amp;g Call…</source>
        <translation>電話を記録(&amp;G)…</translation>
    </message>
    <message>
        <source>Log L&amp;etter…</source>
        <translation>書面を記録(&amp;E)…</translation>
    </message>
    <message>
        <source>Open (new, open, waiting)</source>
        <translation>未完了（新規・対応中・回答待ち）</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>すべての分類</translation>
    </message>
    <message>
        <source>Overdue onl&amp;y</source>
        <translation>期限超過のみ(&amp;Y)</translation>
    </message>
    <message>
        <source>Fetch new mail from the shared mailbox.</source>
        <translation>共有メールボックスから新着メールを取得します。</translation>
    </message>
    <message>
        <source>Mailbox…</source>
        <translation>メールボックス…</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>チケット</translation>
    </message>
</context>
<context>
    <name>IncidentKind</name>
    <message>
        <source>Leak</source>
        <translation>漏えい</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>滅失</translation>
    </message>
    <message>
        <source>Damage</source>
        <translation>毀損</translation>
    </message>
</context>
<context>
    <name>IncidentNotice</name>
    <message>
        <source>This is still under investigation; we will inform you as soon as it is known.</source>
        <translation>現在調査中です。判明しだい、改めてお知らせいたします。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Items of your personal data concerned</source>
        <translation>漏えい等が発生し、又は発生したおそれがある個人データの項目</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Whether there is or may be secondary damage, and its nature</source>
        <translation>二次被害又はそのおそれの有無及びその内容</translation>
    </message>
    <message>
        <source>Other matters</source>
        <translation>その他参考となる事項</translation>
    </message>
    <message>
        <source>our company</source>
        <translation>当社</translation>
    </message>
    <message>
        <source>Dear {name},</source>
        <translation>{name} 様</translation>
    </message>
    <message>
        <source>Dear customer,</source>
        <translation>お客様各位</translation>
    </message>
    <message>
        <source>Notice and apology concerning the leak of personal data ({ref})</source>
        <translation>個人情報の漏えい等に関するお詫びとお知らせ（{ref}）</translation>
    </message>
    <message>
        <source>We regret to inform you that personal data about you held by {company} has been, or may have been, leaked, lost or damaged. We sincerely apologise for the concern and inconvenience this causes. As required by Article 26(2) of the Act on the Protection of Personal Information, we set out the details below.</source>
        <translation>このたび、{company}がお預かりしているお客様の個人データについて、漏えい、滅失若しくは毀損が発生し、又は発生したおそれがあることが判明いたしました。お客様には多大なるご迷惑とご心配をおかけしますことを、心より深くお詫び申し上げます。個人情報の保護に関する法律第26条第2項に基づき、下記のとおりお知らせいたします。</translation>
    </message>
    <message>
        <source>For any question about this matter, please contact us:</source>
        <translation>本件に関するお問い合わせは、下記の窓口までご連絡ください。</translation>
    </message>
</context>
<context>
    <name>IncidentReport</name>
    <message>
        <source>Not yet determined</source>
        <translation>未確定</translation>
    </message>
    <message>
        <source>{count} persons</source>
        <translation>{count}人</translation>
    </message>
    <message>
        <source>{low} to {high} persons (still being established)</source>
        <translation>{low}～{high}人（調査中）</translation>
    </message>
    <message>
        <source>At least {low} persons (still being established)</source>
        <translation>{low}人以上（調査中）</translation>
    </message>
    <message>
        <source>At most {high} persons (still being established)</source>
        <translation>{high}人以下（調査中）</translation>
    </message>
    <message>
        <source>{kind} (suspected)</source>
        <translation>{kind}（発生したおそれ）</translation>
    </message>
    <message>
        <source>{kind} (actual)</source>
        <translation>{kind}（発生）</translation>
    </message>
    <message>
        <source>Personal data breach report (preliminary)</source>
        <translation>漏えい等報告書（速報）</translation>
    </message>
    <message>
        <source>Personal data breach report (final)</source>
        <translation>漏えい等報告書（確報）</translation>
    </message>
    <message>
        <source>Preliminary report under Rule Art. 8(1): the matters known at the time of reporting.</source>
        <translation>施行規則第8条第1項による速報：報告をしようとする時点において把握している事項に限る。</translation>
    </message>
    <message>
        <source>Final report under Rule Art. 8(2): every matter of Rule Art. 8(1).</source>
        <translation>施行規則第8条第2項による確報：同条第1項各号に定める事項のすべて。</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>報告</translation>
    </message>
    <message>
        <source>Kind of report</source>
        <translation>報告の種類</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>管理番号</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>事案</translation>
    </message>
    <message>
        <source>Report to</source>
        <translation>報告先</translation>
    </message>
    <message>
        <source>Individual numbers (My Number)</source>
        <translation>特定個人情報（個人番号）</translation>
    </message>
    <message>
        <source>Involved: the My Number Act's rules apply</source>
        <translation>含む：番号法の規定による報告の対象</translation>
    </message>
    <message>
        <source>Not involved</source>
        <translation>含まない</translation>
    </message>
    <message>
        <source>Not yet determined: treated as involved</source>
        <translation>未確定：含むものとして扱う</translation>
    </message>
    <message>
        <source>Reporter (the business operator)</source>
        <translation>報告者（個人情報取扱事業者）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>代表者</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>発生日時</translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation>発覚日時</translation>
    </message>
    <message>
        <source>Company became aware (start of the deadlines)</source>
        <translation>事態を知った日時（期限の起算点）</translation>
    </message>
    <message>
        <source>Reported to the desk by</source>
        <translation>発見者・報告者</translation>
    </message>
    <message>
        <source>(1) Sensitive personal information</source>
        <translation>（1）要配慮個人情報</translation>
    </message>
    <message>
        <source>(2) Risk of financial loss through misuse</source>
        <translation>（2）不正利用による財産的被害のおそれ</translation>
    </message>
    <message>
        <source>(3) Malicious act (including data being acquired)</source>
        <translation>（3）不正の目的をもって行われたおそれ（取得しようとしている個人情報を含む）</translation>
    </message>
    <message>
        <source>(4) More than 1,000 persons</source>
        <translation>（4）本人の数が1,000人を超える</translation>
    </message>
    <message>
        <source>Strong encryption, key not compromised (exemption)</source>
        <translation>高度な暗号化等の措置（除外事由）</translation>
    </message>
    <message>
        <source>Pseudonymised information (exemption)</source>
        <translation>仮名加工情報（除外事由）</translation>
    </message>
    <message>
        <source>EU data subjects (GDPR Art. 33)</source>
        <translation>EU域内の本人（GDPR第33条）</translation>
    </message>
    <message>
        <source>Reportable</source>
        <translation>報告対象</translation>
    </message>
    <message>
        <source>Not reportable</source>
        <translation>報告対象外</translation>
    </message>
    <message>
        <source>{result} (not settled: some answers are not yet known)</source>
        <translation>{result}（未確定の回答があり、確定していない）</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Assessment (Rule Art. 7)</source>
        <translation>報告対象事態の判定（施行規則第7条）</translation>
    </message>
    <message>
        <source>Final report due (Rule Art. 8(2))</source>
        <translation>確報の期限（施行規則第8条第2項）</translation>
    </message>
    <message>
        <source>{target} (target) / {due} (at the latest)</source>
        <translation>{target}（目安）／{due}（遅くとも）</translation>
    </message>
    <message>
        <source>Preliminary report due</source>
        <translation>速報の期限</translation>
    </message>
    <message>
        <source>GDPR notification due (72 hours)</source>
        <translation>GDPRの通知期限（72時間）</translation>
    </message>
    <message>
        <source>{report} filed</source>
        <translation>{report}の提出</translation>
    </message>
    <message>
        <source>Not filed yet</source>
        <translation>未提出</translation>
    </message>
    <message>
        <source>{date}, receipt number {number}, by {name}</source>
        <translation>{date}　受付番号 {number}（{name}）</translation>
    </message>
    <message>
        <source>Deadlines and filings</source>
        <translation>期限と提出状況</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事態の区分</translation>
    </message>
    <message>
        <source>Systems and places involved</source>
        <translation>関係するシステム・場所</translation>
    </message>
    <message>
        <source>Contractors involved</source>
        <translation>関係する委託先</translation>
    </message>
    <message>
        <source>Commissioning company (we act as its contractor)</source>
        <translation>委託元（当社は委託先）</translation>
    </message>
    <message>
        <source>{method}, {date}: for {planned}, reached {reached}, unreachable {unreachable}</source>
        <translation>{method}　{date}：対象 {planned}人、到達 {reached}人、不達 {unreachable}人</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Corrects entry #{id}: {text}</source>
        <translation>#{id} の訂正：{text}</translation>
    </message>
    <message>
        <source>(corrected by entry #{id})</source>
        <translation>（#{id} で訂正）</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Items of the personal data leaked, lost or damaged, or possibly so</source>
        <translation>漏えい等が発生し、又は発生したおそれがある個人データの項目</translation>
    </message>
    <message>
        <source>Number of persons whose personal data was leaked, lost or damaged, or possibly so</source>
        <translation>漏えい等が発生し、又は発生したおそれがある個人データに係る本人の数</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Whether there is or may be secondary damage, and its nature</source>
        <translation>二次被害又はそのおそれの有無及びその内容</translation>
    </message>
    <message>
        <source>Status of the response to the persons concerned</source>
        <translation>本人への対応の実施状況</translation>
    </message>
    <message>
        <source>Status of public announcement</source>
        <translation>公表の実施状況</translation>
    </message>
    <message>
        <source>Measures to prevent recurrence</source>
        <translation>再発防止のための措置</translation>
    </message>
    <message>
        <source>Other matters for reference</source>
        <translation>その他参考となる事項</translation>
    </message>
    <message>
        <source>Reference: {ref}</source>
        <translation>管理番号：{ref}</translation>
    </message>
    <message>
        <source>No.</source>
        <comment>timeline column: entry number</comment>
        <translation>番号</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>記録者</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>No entries yet.</source>
        <translation>記録はまだありません。</translation>
    </message>
    <message>
        <source>Times are in the office time zone ({zone}). The timeline is append-only: a correction is a new entry naming the one it corrects.</source>
        <translation>時刻は事業所のタイムゾーン（{zone}）。経緯は追記のみで、訂正は訂正対象を示す新しい記録として残る。</translation>
    </message>
    <message>
        <source>Annex: timeline</source>
        <translation>別紙：経緯</translation>
    </message>
</context>
<context>
    <name>IncidentStatus</name>
    <message>
        <source>Investigating</source>
        <translation>調査中</translation>
    </message>
    <message>
        <source>Preliminary report filed</source>
        <translation>速報済み</translation>
    </message>
    <message>
        <source>Final report filed</source>
        <translation>確報済み</translation>
    </message>
    <message>
        <source>Closed, not reportable</source>
        <translation>終了（報告対象外）</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>終了</translation>
    </message>
</context>
<context>
    <name>Incidents</name>
    <message>
        <source>New Inci&amp;dent…</source>
        <translation>新規インシデント(&amp;D)…</translation>
    </message>
    <message>
        <source>Exemption: strongly encrypted, key safe</source>
        <translation>除外：高度な暗号化（鍵は安全）</translation>
    </message>
    <message>
        <source>Sensitive personal information</source>
        <translation>要配慮個人情報が含まれる</translation>
    </message>
    <message>
        <source>Risk of financial loss</source>
        <translation>財産的被害が生じるおそれ</translation>
    </message>
    <message>
        <source>Malicious act, incl. acquiring data</source>
        <translation>不正の目的によるおそれ（取得中を含む）</translation>
    </message>
    <message>
        <source>Exemption: pseudonymised data</source>
        <translation>除外：仮名加工情報</translation>
    </message>
    <message>
        <source>Individual numbers (My Number) involved</source>
        <translation>個人番号（マイナンバー）が含まれる</translation>
    </message>
    <message>
        <source>EU data subjects (GDPR Art. 33)</source>
        <translation>EUのデータ主体（GDPR第33条）</translation>
    </message>
    <message>
        <source>Persons affected (more than 1,000?)</source>
        <translation>本人の数（1,000人超か）</translation>
    </message>
    <message>
        <source>%n person(s)</source>
        <translation>%n人</translation>
    </message>
    <message>
        <source>{low} to {high} persons</source>
        <translation>{low}～{high}人</translation>
    </message>
    <message>
        <source>at least {low} persons</source>
        <translation>{low}人以上</translation>
    </message>
    <message>
        <source>Not yet known</source>
        <translation>未確定</translation>
    </message>
    <message>
        <source>Reportable</source>
        <translation>報告対象</translation>
    </message>
    <message>
        <source>Reportable for now: answers not yet known count as yes</source>
        <translation>現時点では報告対象：未確定の回答は「該当」とみなします</translation>
    </message>
    <message>
        <source>Not reportable</source>
        <translation>報告対象外</translation>
    </message>
    <message>
        <source>Not reportable so far</source>
        <translation>現時点では報告対象外</translation>
    </message>
    <message>
        <source>Change Count…</source>
        <translation>人数を変更…</translation>
    </message>
    <message>
        <source>Answers, newest first:</source>
        <translation>回答の履歴（新しい順）：</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>質問</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Preliminary report (target)</source>
        <translation>速報（目安）</translation>
    </message>
    <message>
        <source>Preliminary report</source>
        <translation>速報</translation>
    </message>
    <message>
        <source>Final report</source>
        <translation>確報</translation>
    </message>
    <message>
        <source>GDPR 72 hours</source>
        <translation>GDPR 72時間</translation>
    </message>
    <message>
        <source>Statutory deadline (Rule Art. 8(2)).</source>
        <translation>法定の期限です（規則第8条第2項）。</translation>
    </message>
    <message>
        <source>GDPR Art. 33(1): 72 hours from awareness.</source>
        <translation>GDPR第33条第1項：知った時から72時間。</translation>
    </message>
    <message>
        <source>PPC guideline: about 3 to 5 days from awareness.</source>
        <translation>個人情報保護委員会ガイドライン：知った時から概ね3～5日以内。</translation>
    </message>
    <message>
        <source>Filed on {date} (receipt {number})</source>
        <translation>{date}に提出済み（受付番号 {number}）</translation>
    </message>
    <message>
        <source>Filed on {date}</source>
        <translation>{date}に提出済み</translation>
    </message>
    <message>
        <source>The incident is closed: no report is due.</source>
        <translation>このインシデントは終了しています：報告期限はありません。</translation>
    </message>
    <message>
        <source>Not reportable on the answers so far: no report is due.</source>
        <translation>現時点の回答では報告対象外です：報告期限はありません。</translation>
    </message>
    <message>
        <source>Persons Affected — {ref}</source>
        <translation>本人の数 — {ref}</translation>
    </message>
    <message>
        <source>no upper bound</source>
        <translation>上限なし</translation>
    </message>
    <message>
        <source>Count:</source>
        <translation>人数：</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>範囲：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>メモ(&amp;N)：</translation>
    </message>
    <message>
        <source>The upper bound is below the lower one.</source>
        <translation>上限が下限を下回っています。</translation>
    </message>
    <message>
        <source>More than 1,000 persons makes the incident reportable (Rule Art. 7(4)). While the count is not known, give a range: it decides only when both ends are on the same side of 1,000.</source>
        <translation>本人の数が1,000人を超えると報告対象です（規則第7条第4号）。人数が確定するまでは範囲で入力してください。範囲の上限と下限がともに1,000人の同じ側にあるときだけ判定が確定します。</translation>
    </message>
    <message>
        <source>E&amp;xactly</source>
        <translation>確定数(&amp;X)</translation>
    </message>
    <message>
        <source>Bet&amp;ween</source>
        <translation>範囲(&amp;W)</translation>
    </message>
    <message>
        <source>Not yet &amp;known</source>
        <translation>未確定(&amp;K)</translation>
    </message>
    <message>
        <source>Timeline Entry — {ref}</source>
        <translation>経過の記録 — {ref}</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>日時(&amp;W)：</translation>
    </message>
    <message>
        <source>W&amp;hat:</source>
        <translation>内容(&amp;H)：</translation>
    </message>
    <message>
        <source>Write what happened first.</source>
        <translation>内容を入力してください。</translation>
    </message>
    <message>
        <source>The correction says the same as the entry.</source>
        <translation>訂正の内容が元の記録と同じです。</translation>
    </message>
    <message>
        <source>A correction is a new entry that refers to this one; the original stays in the timeline as it was recorded, marked as corrected.</source>
        <translation>訂正は元の記録を参照する新しい記録として追加されます。元の記録は記録されたまま残り、訂正済みと表示されます。</translation>
    </message>
    <message>
        <source>Add a {kind} to the timeline. Entries cannot be changed later.</source>
        <translation>経過に「{kind}」を追加します。記録は後から変更できません。</translation>
    </message>
    <message>
        <source>Notice to the Persons — {ref}</source>
        <translation>本人への通知 — {ref}</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>方法(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Sent on:</source>
        <translation>通知日(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;For how many persons:</source>
        <translation>対象人数(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Reached:</source>
        <translation>到達(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Unreachable:</source>
        <translation>不達(&amp;U)：</translation>
    </message>
    <message>
        <source>Give the date.</source>
        <translation>日付を入力してください。</translation>
    </message>
    <message>
        <source>Reached and unreachable together exceed the persons the notice was for.</source>
        <translation>到達と不達の合計が対象人数を超えています。</translation>
    </message>
    <message>
        <source>Record a notice sent to the persons affected. When notice is impossible, a public announcement stands in for it.</source>
        <translation>本人に送った通知を記録します。本人への通知が困難な場合は、公表等の代替措置で代えることができます。</translation>
    </message>
    <message>
        <source>Mark Report Filed — {ref}</source>
        <translation>報告の提出を記録 — {ref}</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>報告(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Filed on:</source>
        <translation>提出日(&amp;F)：</translation>
    </message>
    <message>
        <source>Receipt &amp;number:</source>
        <translation>受付番号(&amp;N)：</translation>
    </message>
    <message>
        <source>Mark Filed</source>
        <translation>提出を記録</translation>
    </message>
    <message>
        <source>The day the report was filed and the receipt number the PPC's form gave. Its countdown stops.</source>
        <translation>報告を提出した日と、個人情報保護委員会の報告フォームが示した受付番号を記録します。その期限のカウントダウンは止まります。</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>概要：</translation>
    </message>
    <message>
        <source>Personal data items:</source>
        <translation>個人データの項目：</translation>
    </message>
    <message>
        <source>Cause:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Secondary damage:</source>
        <translation>二次被害：</translation>
    </message>
    <message>
        <source>Response to the persons:</source>
        <translation>本人への対応：</translation>
    </message>
    <message>
        <source>Public announcement:</source>
        <translation>公表：</translation>
    </message>
    <message>
        <source>Prevention of recurrence:</source>
        <translation>再発防止策：</translation>
    </message>
    <message>
        <source>Other information:</source>
        <translation>その他参考となる事項：</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>判明</translation>
    </message>
    <message>
        <source>Incident Facts — {ref}</source>
        <translation>インシデントの事実 — {ref}</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>件名(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>事態(&amp;W)：</translation>
    </message>
    <message>
        <source>It happened:</source>
        <translation>発生日時：</translation>
    </message>
    <message>
        <source>Discovered:</source>
        <translation>発覚日時：</translation>
    </message>
    <message>
        <source>The company became &amp;aware:</source>
        <translation>当社が知った日時(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Reported by:</source>
        <translation>報告者(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Systems and places:</source>
        <translation>システム・場所(&amp;S)：</translation>
    </message>
    <message>
        <source>C&amp;ontractors involved:</source>
        <translation>関係する委託先(&amp;O)：</translation>
    </message>
    <message>
        <source>Commissioning &amp;company:</source>
        <translation>委託元(&amp;C)：</translation>
    </message>
    <message>
        <source>Report &amp;goes to:</source>
        <translation>報告先(&amp;G)：</translation>
    </message>
    <message>
        <source>Ministry or organi&amp;zation:</source>
        <translation>省庁・団体名(&amp;Z)：</translation>
    </message>
    <message>
        <source>Give the incident a title.</source>
        <translation>インシデントの件名を入力してください。</translation>
    </message>
    <message>
        <source>Name the commissioning company.</source>
        <translation>委託元の名称を入力してください。</translation>
    </message>
    <message>
        <source>What Happened</source>
        <translation>事態</translation>
    </message>
    <message>
        <source>Report Items</source>
        <translation>報告事項</translation>
    </message>
    <message>
        <source>Suspected, not confirmed</source>
        <translation>おそれ（未確認）</translation>
    </message>
    <message>
        <source>We handle the data as a contractor of another company</source>
        <translation>当社は他社の委託先としてこのデータを取り扱っている</translation>
    </message>
    <message>
        <source>Every deadline counts from this moment (office time zone).</source>
        <translation>すべての期限はこの日時から数えます（事務所のタイムゾーン）。</translation>
    </message>
    <message>
        <source>New Incident</source>
        <translation>新規インシデント</translation>
    </message>
    <message>
        <source>Open Incident</source>
        <translation>インシデントを記録</translation>
    </message>
    <message>
        <source>Open an incident from ticket {ref}; the two are linked. The moment the company became aware defaults to the ticket's arrival.</source>
        <translation>チケット {ref} からインシデントを記録します。両者は関連付けられます。当社が知った日時は、チケットの受信日時を初期値とします。</translation>
    </message>
    <message>
        <source>Record a leak, loss or damage of personal data, actual or suspected. The deadlines of the reports count from the moment the company became aware.</source>
        <translation>個人データの漏えい・滅失・毀損（そのおそれを含む）を記録します。報告の期限は、当社が知った日時から数えます。</translation>
    </message>
    <message>
        <source>Save Facts</source>
        <translation>事実を保存</translation>
    </message>
    <message>
        <source>Change the facts as they emerge; the assessment's answers and the timeline keep their own history.</source>
        <translation>判明した事実に合わせて修正します。判定の回答と経過は、それぞれの履歴を残します。</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Rule Art. 7: yes when a trigger applies and no exemption does; pending while an answer is not yet known (counted as reportable for the deadlines).</source>
        <translation>規則第7条：いずれかの事由に該当し、除外に該当しないときは報告対象。未確定の回答がある間は「判定中」（期限上は報告対象とみなします）。</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Aware</source>
        <translation>覚知</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>次の期限</translation>
    </message>
    <message>
        <source>The nearest report still due: the list is sorted by it, overdue first.</source>
        <translation>まだ提出していない直近の報告期限です。一覧はこの順（期限超過が先頭）に並びます。</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>判定中</translation>
    </message>
    <message>
        <source>{kind}: {date}</source>
        <translation>{kind}：{date}</translation>
    </message>
    <message>
        <source>{deadline} (overdue)</source>
        <translation>{deadline}（期限超過）</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>通知日</translation>
    </message>
    <message>
        <source>For</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>到達</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>不達</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>記録者</translation>
    </message>
    <message>
        <source>Record Notice…</source>
        <translation>通知を記録…</translation>
    </message>
    <message>
        <source>Notice Text (PDF)…</source>
        <translation>通知文（PDF）…</translation>
    </message>
    <message>
        <source>The notice to the persons with the Rule's items (summary, data items, cause, secondary damage, other), in the report language.</source>
        <translation>規則の事項（概要、項目、原因、二次被害、その他）を記載した本人への通知文を、報告の言語で作成します。</translation>
    </message>
    <message>
        <source>Mail-Merge CSV…</source>
        <translation>差し込み印刷用CSV…</translation>
    </message>
    <message>
        <source>The notice's texts as columns, for a mail merge.</source>
        <translation>通知文の各項目を列にしたCSV（差し込み印刷用）。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Add Evidence…</source>
        <translation>証拠を追加…</translation>
    </message>
    <message>
        <source>Keep a file with the incident; its SHA-256 is recorded.</source>
        <translation>ファイルをインシデントとともに保管し、そのSHA-256を記録します。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>名前を付けて保存…</translation>
    </message>
    <message>
        <source>{who}, {when}</source>
        <translation>{who}、{when}</translation>
    </message>
    <message>
        <source>Add Fact…</source>
        <translation>事実を追加…</translation>
    </message>
    <message>
        <source>Add Action…</source>
        <translation>対応を追加…</translation>
    </message>
    <message>
        <source>Add Decision…</source>
        <translation>判断を追加…</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>訂正…</translation>
    </message>
    <message>
        <source>Record a correction of the entry selected: the original stays in the timeline, marked.</source>
        <translation>選択した記録の訂正を追加します。元の記録は経過に残り、訂正済みと表示されます。</translation>
    </message>
    <message>
        <source>Corrects the entry of {date}: {text}</source>
        <translation>{date}の記録を訂正：{text}</translation>
    </message>
    <message>
        <source>{kind} (corrected)</source>
        <translation>{kind}（訂正済み）</translation>
    </message>
    <message>
        <source>Corrected by a later entry; kept as it was recorded.</source>
        <translation>後の記録で訂正されています。記録されたまま保存しています。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>記録</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>報告書を作成しています…</translation>
    </message>
    <message>
        <source>{report} — {ref}</source>
        <translation>{report} — {ref}</translation>
    </message>
    <message>
        <source>The {report}'s text is on the clipboard: paste it into the PPC's form.</source>
        <translation>{report}の本文をクリップボードにコピーしました。個人情報保護委員会の報告フォームに貼り付けてください。</translation>
    </message>
    <message>
        <source>Writing the notice…</source>
        <translation>通知文を作成しています…</translation>
    </message>
    <message>
        <source>Save Mail-Merge CSV</source>
        <translation>差し込み印刷用CSVを保存</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSVファイル (*.csv)</translation>
    </message>
    <message>
        <source>Add Evidence</source>
        <translation>証拠を追加</translation>
    </message>
    <message>
        <source>Save Evidence</source>
        <translation>証拠を保存</translation>
    </message>
    <message>
        <source>&amp;Edit Facts…</source>
        <translation>事実を編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Mark Filed…</source>
        <translation>提出を記録(&amp;M)…</translation>
    </message>
    <message>
        <source>Record the day a report was filed and its PPC receipt number.</source>
        <translation>報告を提出した日と個人情報保護委員会の受付番号を記録します。</translation>
    </message>
    <message>
        <source>Close Incident…</source>
        <translation>インシデントを終了…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>PDFとして保存(&amp;D)…</translation>
    </message>
    <message>
        <source>Copy Text for the PPC Form</source>
        <translation>報告フォーム用にテキストをコピー</translation>
    </message>
    <message>
        <source>The report's items as plain text on the clipboard, to paste into the PPC's online form.</source>
        <translation>報告の各事項をテキストでクリップボードにコピーします。個人情報保護委員会のオンライン報告フォームに貼り付けてください。</translation>
    </message>
    <message>
        <source>My Number: individual numbers are or may be involved. The PPC's form asks first; the My Number Act's rules apply.</source>
        <translation>マイナンバー：個人番号が含まれる、またはそのおそれがあります（特定個人情報）。報告フォームの最初の質問です。番号法の規律が適用されます。</translation>
    </message>
    <message>
        <source>{kind}, suspected</source>
        <translation>{kind}（おそれ）</translation>
    </message>
    <message>
        <source>{kind}, actual</source>
        <translation>{kind}（発生）</translation>
    </message>
    <message>
        <source>{destination}: {company}</source>
        <translation>{destination}：{company}</translation>
    </message>
    <message>
        <source>{status} · {happened} · aware {aware} · report to {destination}</source>
        <translation>{status} · {happened} · 覚知 {aware} · 報告先 {destination}</translation>
    </message>
    <message>
        <source>Linked tickets:</source>
        <translation>関連チケット：</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>判定(&amp;A)</translation>
    </message>
    <message>
        <source>Fa&amp;cts</source>
        <translation>事実(&amp;C)</translation>
    </message>
    <message>
        <source>Timeli&amp;ne ({count})</source>
        <translation>経過(&amp;N)（{count}）</translation>
    </message>
    <message>
        <source>N&amp;otices ({count})</source>
        <translation>通知(&amp;O)（{count}）</translation>
    </message>
    <message>
        <source>Evidence ({count})</source>
        <translation>証拠（{count}）</translation>
    </message>
    <message>
        <source>Choose an incident in the list to see it here.</source>
        <translation>一覧でインシデントを選ぶと、ここに表示されます。</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Report &amp;kind:</source>
        <translation>報告の種類(&amp;K)：</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>言語(&amp;G)：</translation>
    </message>
    <message>
        <source>The report that Print, Save and Copy give.</source>
        <translation>印刷・保存・コピーの対象となる報告。</translation>
    </message>
    <message>
        <source>The language of the report and the notice.</source>
        <translation>報告書と通知文の言語。</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>報告</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>報告の言語</translation>
    </message>
    <message>
        <source>Close {ref} as not reportable? The answers and their reasons stay on record.</source>
        <translation>{ref}を報告対象外として終了しますか？回答とその理由は記録に残ります。</translation>
    </message>
    <message>
        <source>Close {ref}? Its timeline and reports stay on record.</source>
        <translation>{ref}を終了しますか？経過と報告は記録に残ります。</translation>
    </message>
    <message>
        <source>Close Incident</source>
        <translation>インシデントを終了</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>インシデント</translation>
    </message>
    <message>
        <source>Search reference or title (Ctrl+F)</source>
        <translation>番号・件名で検索 (Ctrl+F)</translation>
    </message>
    <message>
        <source>The list could not be loaded.</source>
        <translation>一覧を読み込めませんでした。</translation>
    </message>
    <message>
        <source>New &amp;Incident…</source>
        <translation>新規インシデント(&amp;I)…</translation>
    </message>
    <message>
        <source>Record a leak, loss or damage of personal data (Ctrl+Shift+I).</source>
        <translation>個人データの漏えい・滅失・毀損を記録します (Ctrl+Shift+I)。</translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation>対応中のインシデント</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>&amp;Reportable only</source>
        <translation>報告対象のみ(&amp;R)</translation>
    </message>
    <message>
        <source>Overd&amp;ue only</source>
        <translation>期限超過のみ(&amp;U)</translation>
    </message>
    <message>
        <source>%n incident(s)</source>
        <translation>%n件</translation>
    </message>
    <message>
        <source>No incidents match the filter.</source>
        <translation>条件に合うインシデントはありません。</translation>
    </message>
    <message>
        <source>No open incidents. New Incident… (Ctrl+Shift+I) records one.</source>
        <translation>対応中のインシデントはありません。「新規インシデント…」(Ctrl+Shift+I) で記録できます。</translation>
    </message>
    <message>
        <source>No incidents yet. New Incident… (Ctrl+Shift+I) records one.</source>
        <translation>インシデントはまだありません。「新規インシデント…」(Ctrl+Shift+I) で記録できます。</translation>
    </message>
    <message>
        <source>Incident {ref} recorded.</source>
        <translation>インシデント {ref} を記録しました。</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>Opening the database…</source>
        <translation>データベースを開いています…</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>全担当者</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未割り当て</translation>
    </message>
    <message>
        <source>Cancelled: none of the selected rows was changed.</source>
        <translation>取り消しました。選んだ行はどれも変更されていません。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込んでいます…</translation>
    </message>
    <message>
        <source>The list could not be loaded: {reason}</source>
        <translation>一覧を読み込めませんでした：{reason}</translation>
    </message>
    <message>
        <source>unexpected error ({error})</source>
        <translation>予期しないエラー（{error}）</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>The list cannot be sorted by this column.</source>
        <translation>この列では並べ替えできません。</translation>
    </message>
    <message>
        <source>Selected rows</source>
        <translation>選択した行</translation>
    </message>
</context>
<context>
    <name>MailProblems</name>
    <message>
        <source>body</source>
        <translation>本文</translation>
    </message>
    <message>
        <source>HTML body</source>
        <translation>HTML 本文</translation>
    </message>
    <message>
        <source>message</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>attachment name</source>
        <translation>添付ファイル名</translation>
    </message>
    <message>
        <source>an unknown escape sequence was replaced</source>
        <translation>不明なエスケープシーケンスを置き換えました</translation>
    </message>
    <message>
        <source>8-bit bytes outside any escape sequence were read as CP932</source>
        <translation>エスケープシーケンス外の 8 ビットのバイトを CP932 として読みました</translation>
    </message>
    <message>
        <source>a byte outside the half-width katakana set was replaced</source>
        <translation>半角カタカナの範囲外のバイトを置き換えました</translation>
    </message>
    <message>
        <source>a JIS X 0208 code without a character was replaced</source>
        <translation>文字のない JIS X 0208 のコードを置き換えました</translation>
    </message>
    <message>
        <source>a broken double-byte sequence was replaced</source>
        <translation>壊れた 2 バイト文字を置き換えました</translation>
    </message>
    <message>
        <source>a quote is not closed</source>
        <translation>引用符が閉じていません</translation>
    </message>
    <message>
        <source>a comment (parenthesis) is not closed</source>
        <translation>コメント（括弧）が閉じていません</translation>
    </message>
    <message>
        <source>an angle bracket &lt; is not closed</source>
        <translation>山括弧 &lt; が閉じていません</translation>
    </message>
    <message>
        <source>a stray &gt; was ignored</source>
        <translation>余分な &gt; を無視しました</translation>
    </message>
    <message>
        <source>ISO-2022-JP-2 character sets present: read as ISO-2022-JP-2</source>
        <translation>ISO-2022-JP-2 の文字集合を含むため ISO-2022-JP-2 として読みました</translation>
    </message>
    <message>
        <source>ISO-2022-JP: {mode} characters read with the standard codec</source>
        <translation>ISO-2022-JP：{mode} の文字を標準のコーデックで読みました</translation>
    </message>
    <message>
        <source>ISO-2022-JP: {problem}</source>
        <translation>ISO-2022-JP：{problem}</translation>
    </message>
    <message>
        <source>Shift_JIS text is not CP932: read as {codec}</source>
        <translation>Shift_JIS のテキストが CP932 ではないため {codec} として読みました</translation>
    </message>
    <message>
        <source>Shift_JIS: bytes CP932 cannot read were replaced</source>
        <translation>Shift_JIS：CP932 で読めないバイトを置き換えました</translation>
    </message>
    <message>
        <source>EUC-JP: {count} unreadable byte sequence(s) replaced</source>
        <translation>EUC-JP：読めないバイト列 {count} 個を置き換えました</translation>
    </message>
    <message>
        <source>Message-ID: missing; made from the file's contents</source>
        <translation>Message-ID：ないため、ファイルの内容から作りました</translation>
    </message>
    <message>
        <source>From: missing; taken from {header}</source>
        <translation>From：ないため {header} から取りました</translation>
    </message>
    <message>
        <source>From: no address</source>
        <translation>From：アドレスがありません</translation>
    </message>
    <message>
        <source>From: missing</source>
        <translation>From：ありません</translation>
    </message>
    <message>
        <source>From: the .msg has no mail address</source>
        <translation>From：.msg ファイルにメールアドレスがありません</translation>
    </message>
    <message>
        <source>.msg: attachment {number} could not be read ({error})</source>
        <translation>.msg：添付ファイル {number} を読めませんでした（{error}）</translation>
    </message>
    <message>
        <source>.msg: embedded message {number} could not be read ({error})</source>
        <translation>.msg：埋め込まれたメール {number} を読めませんでした（{error}）</translation>
    </message>
    <message>
        <source>.msg: attachment {number} of type {kind} left out</source>
        <translation>.msg：種類 {kind} の添付ファイル {number} は取り込みませんでした</translation>
    </message>
    <message>
        <source>.msg: {what} could not be read ({error})</source>
        <translation>.msg：{what} を読めませんでした（{error}）</translation>
    </message>
    <message>
        <source>{where}: encoded words split in the middle were joined</source>
        <translation>{where}：途中で分割されたエンコード語をつなぎました</translation>
    </message>
    <message>
        <source>{where}: could not be decoded ({error}); bytes replaced</source>
        <translation>{where}：デコードできなかったため（{error}）バイトを置き換えました</translation>
    </message>
    <message>
        <source>{where}: 8-bit text labelled {charset} is not ISO-2022-JP; charset guessed</source>
        <translation>{where}：{charset} と表示された 8 ビットのテキストが ISO-2022-JP ではないため、文字コードを推定しました</translation>
    </message>
    <message>
        <source>{where}: text labelled {charset} is not valid UTF-8; charset guessed</source>
        <translation>{where}：{charset} と表示されたテキストが正しい UTF-8 ではないため、文字コードを推定しました</translation>
    </message>
    <message>
        <source>{where}: 8-bit bytes in text labelled {charset}; charset guessed</source>
        <translation>{where}：{charset} と表示されたテキストに 8 ビットのバイトがあるため、文字コードを推定しました</translation>
    </message>
    <message>
        <source>{where}: {actual} text labelled {charset}</source>
        <translation>{where}：{charset} と表示された {actual} のテキストです</translation>
    </message>
    <message>
        <source>{where}: text is not valid {charset}; charset guessed</source>
        <translation>{where}：テキストが正しい {charset} ではないため、文字コードを推定しました</translation>
    </message>
    <message>
        <source>{where}: unknown charset {charset}; charset guessed</source>
        <translation>{where}：不明な文字コード {charset} のため、文字コードを推定しました</translation>
    </message>
    <message>
        <source>{where}: charset guessed as {charset}</source>
        <translation>{where}：文字コードを {charset} と推定しました</translation>
    </message>
    <message>
        <source>{where}: charset unknown; read as CP932, unreadable bytes replaced</source>
        <translation>{where}：文字コードが不明なため CP932 として読み、読めないバイトを置き換えました</translation>
    </message>
    <message>
        <source>{where}: charset unknown; read as Windows-1252</source>
        <translation>{where}：文字コードが不明なため Windows-1252 として読みました</translation>
    </message>
    <message>
        <source>MIME: nested too deep; inner parts left out</source>
        <translation>MIME：入れ子が深すぎるため、内側のパートは取り込みませんでした</translation>
    </message>
    <message>
        <source>MIME: {ctype} without parts was read as text</source>
        <translation>MIME：パートのない {ctype} をテキストとして読みました</translation>
    </message>
    <message>
        <source>MIME structure: {defect}</source>
        <translation>MIME 構造：{defect}</translation>
    </message>
    <message>
        <source>Content-Type: {ctype} is no media type; read as text/plain</source>
        <translation>Content-Type：{ctype} はメディアタイプではないため text/plain として読みました</translation>
    </message>
    <message>
        <source>Content-Transfer-Encoding: unknown {cte}; data kept as it is</source>
        <translation>Content-Transfer-Encoding：不明な {cte} のため、データをそのまま保存しました</translation>
    </message>
    <message>
        <source>attachment name {name} made safe as {safe}</source>
        <translation>添付ファイル名 {name} を安全な {safe} に変えました</translation>
    </message>
    <message>
        <source>base64 body with bad padding repaired</source>
        <translation>パディングの誤った base64 の本文を修復しました</translation>
    </message>
    <message>
        <source>base64 body unreadable; kept as it is</source>
        <translation>base64 の本文を読めないため、そのまま保存しました</translation>
    </message>
    <message>
        <source>uuencoded body partly unreadable</source>
        <translation>uuencode の本文の一部を読めませんでした</translation>
    </message>
    <message>
        <source>Date: missing</source>
        <translation>Date：ありません</translation>
    </message>
    <message>
        <source>Date: empty</source>
        <translation>Date：空です</translation>
    </message>
    <message>
        <source>Date: unreadable ({text})</source>
        <translation>Date：読めません（{text}）</translation>
    </message>
    <message>
        <source>Date: no time zone; taken as UTC</source>
        <translation>Date：タイムゾーンがないため UTC とみなしました</translation>
    </message>
    <message>
        <source>Date: not in the standard form (RFC 5322)</source>
        <translation>Date：標準の形式（RFC 5322）ではありません</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}：{problem}</translation>
    </message>
    <message>
        <source>a multipart's first boundary is missing</source>
        <translation>マルチパートの最初の区切りがありません</translation>
    </message>
    <message>
        <source>a multipart's closing boundary is missing</source>
        <translation>マルチパートの終わりの区切りがありません</translation>
    </message>
    <message>
        <source>a multipart has no boundary</source>
        <translation>マルチパートに区切りの指定がありません</translation>
    </message>
    <message>
        <source>a multipart has no parts</source>
        <translation>マルチパートにパートがありません</translation>
    </message>
    <message>
        <source>a line in the headers is not a header; the body starts there</source>
        <translation>ヘッダー中にヘッダーでない行があり、そこから本文とみなしました</translation>
    </message>
    <message>
        <source>the first header line is a continuation line</source>
        <translation>最初のヘッダー行が継続行です</translation>
    </message>
    <message>
        <source>a From_ line inside the headers</source>
        <translation>ヘッダーの中に From_ 行があります</translation>
    </message>
    <message>
        <source>a multipart with a transfer encoding it may not have</source>
        <translation>マルチパートに使えない転送エンコーディングが指定されています</translation>
    </message>
    <message>
        <source>base64 with bad padding</source>
        <translation>base64 のパディングが誤っています</translation>
    </message>
    <message>
        <source>base64 with characters it may not have</source>
        <translation>base64 に使えない文字があります</translation>
    </message>
    <message>
        <source>base64 of a length it cannot have</source>
        <translation>base64 の長さが正しくありません</translation>
    </message>
    <message>
        <source>bytes that cannot be decoded</source>
        <translation>デコードできないバイトがあります</translation>
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
        <translation>次回の起動時のために言語を保存できませんでした：{reason}</translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation>{path} にデータベースがありません。</translation>
    </message>
    <message>
        <source>Create a new, empty database there? If the path is mistyped, choose Do Not Create and correct it in Settings: no file or folder is made.</source>
        <translation>そこに新しい空のデータベースを作成しますか？パスの入力ミスであれば「作成しない」を選び、設定で修正してください。ファイルやフォルダーは作成されません。</translation>
    </message>
    <message>
        <source>&amp;Create Database</source>
        <translation>データベースを作成(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Do Not Create</source>
        <translation>作成しない(&amp;D)</translation>
    </message>
    <message>
        <source>Database: {location}</source>
        <translation>データベース：{location}</translation>
    </message>
    <message>
        <source>{location} (read-only)</source>
        <translation>{location}（読み取り専用）</translation>
    </message>
    <message>
        <source>Signed in as {user} ({role})</source>
        <translation>ログイン中：{user}（{role}）</translation>
    </message>
    <message>
        <source>Read-only: this desk may not change the database, so editing is turned off. Ask an administrator for write access to the database file and its folder, then reopen it.</source>
        <translation>読み取り専用：この端末ではデータベースを変更できないため、編集はできません。データベースファイルとそのフォルダーへの書き込み権限を管理者に依頼してから、開き直してください。</translation>
    </message>
    <message>
        <source>{view} — {app}</source>
        <translation>{view} — {app}</translation>
    </message>
    <message>
        <source>{view} ({shortcut})</source>
        <translation>{view}（{shortcut}）</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>画面</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <comment>menu</comment>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>最新の情報に更新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Deadline Calculator…</source>
        <translation>期限計算(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>ユーザー(&amp;U)…</translation>
    </message>
    <message>
        <source>My &amp;Signature…</source>
        <translation>自分の署名(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Privacy Desk</source>
        <translation>Privacy Deskについて(&amp;A)</translation>
    </message>
</context>
<context>
    <name>MaskImageDialog</name>
    <message>
        <source>Mask Individual Number — {file}</source>
        <translation>個人番号のマスキング — {file}</translation>
    </message>
    <message>
        <source>Drag a rectangle over the individual number (My Number) and anything else that must not be kept. Only the masked copy is saved; the areas are blacked out in the image itself.</source>
        <translation>個人番号（マイナンバー）など保管してはならない部分を、ドラッグして四角形で囲んでください。保存されるのはマスキングした画像だけで、囲んだ部分は画像そのものが黒く塗りつぶされます。</translation>
    </message>
    <message>
        <source>&amp;Undo Last Mask</source>
        <translation>直前のマスキングを取り消す(&amp;U)</translation>
    </message>
</context>
<context>
    <name>MessageKind</name>
    <message>
        <source>Received</source>
        <translation>受信</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>社内メモ</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>郵送</translation>
    </message>
    <message>
        <source>Delivery failure</source>
        <translation>配信エラー</translation>
    </message>
</context>
<context>
    <name>NoticeMethod</name>
    <message>
        <source>E-mail</source>
        <translation>電子メール</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>郵送</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Public announcement (notice impossible)</source>
        <translation>公表（本人への通知が困難な場合の代替措置）</translation>
    </message>
</context>
<context>
    <name>OpenFile</name>
    <message>
        <source>{name} is {kind}, although its name ends in .{extension}.</source>
        <translation>{name} は名前の末尾が .{extension} ですが、中身は{kind}です。</translation>
    </message>
    <message>
        <source>{name} is {kind}, although its name does not say so.</source>
        <translation>{name} は名前からは分かりませんが、中身は{kind}です。</translation>
    </message>
    <message>
        <source>{name} is {kind} (.{extension}), although its name looks like a .{disguise} file.</source>
        <translation>{name} は .{disguise} ファイルのような名前ですが、{kind}（.{extension}）です。</translation>
    </message>
    <message>
        <source>{name} is {kind} (.{extension}).</source>
        <translation>{name} は{kind}（.{extension}）です。</translation>
    </message>
    <message>
        <source>Open a File That Can Run?</source>
        <translation>実行されるおそれのあるファイルを開きますか？</translation>
    </message>
    <message>
        <source>Opening it may run it on this computer with your rights, and a program sent from outside can read or damage the desk's files. Open it only if you know who sent it and why. Save As… keeps a copy without running it.</source>
        <translation>開くと、このコンピューターであなたの権限のまま実行されるおそれがあり、外部から送られたプログラムは窓口のファイルを読み取ったり壊したりできます。送り主と目的が分かっている場合にだけ開いてください。「名前を付けて保存…」なら実行せずにコピーを保存できます。</translation>
    </message>
    <message>
        <source>&amp;Open Anyway</source>
        <translation>それでも開く(&amp;O)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>PauseReason</name>
    <message>
        <source>Waiting for identity documents</source>
        <translation>本人確認書類の提出待ち</translation>
    </message>
    <message>
        <source>Waiting for the fee</source>
        <translation>手数料の納付待ち</translation>
    </message>
    <message>
        <source>Waiting for a clarification</source>
        <translation>請求内容の確認待ち</translation>
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
    <name>PersonDialog</name>
    <message>
        <source>%n person(s) found.</source>
        <translation>%n人見つかりました。</translation>
    </message>
    <message>
        <source>Nobody found. Make a new person record below.</source>
        <translation>該当する人が見つかりません。下で新しい個人記録を作成してください。</translation>
    </message>
    <message>
        <source>Choose a person from the list or make a new one.</source>
        <translation>一覧から人を選ぶか、新しく作成してください。</translation>
    </message>
    <message>
        <source>Person record (changes are saved with OK)</source>
        <translation>個人記録（変更はOKで保存されます）</translation>
    </message>
    <message>
        <source>New person record</source>
        <translation>新しい個人記録</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>相手方</translation>
    </message>
    <message>
        <source>&amp;Find a person by name, reading, e-mail or phone:</source>
        <translation>氏名・読み・メール・電話番号で検索(&amp;F)：</translation>
    </message>
    <message>
        <source>e.g. 高橋, たかはし, hanako@example.jp</source>
        <translation>例：高橋、たかはし、hanako@example.jp</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>検索(&amp;S)</translation>
    </message>
    <message>
        <source>Ne&amp;w person</source>
        <translation>新規作成(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>紐付けを解除(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>氏名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Reading (kana):</source>
        <translation>読み（かな）(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>メール(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>電話番号(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>住所(&amp;A)：</translation>
    </message>
    <message>
        <source>Link to this ticket</source>
        <translation>このチケットに紐付ける</translation>
    </message>
</context>
<context>
    <name>Platform</name>
    <message>
        <source>Privacy Desk cannot open its window: the window system plugin of Qt (xcb) needs system libraries that are not installed: {libraries}.
On Debian or Ubuntu, install them with:
  sudo apt-get install {packages}</source>
        <translation>Privacy Desk のウィンドウを開けません。Qt のウィンドウシステム用プラグイン（xcb）に必要な次のシステムライブラリがインストールされていません：{libraries}
Debian または Ubuntu では次のコマンドでインストールできます：
  sudo apt-get install {packages}</translation>
    </message>
    <message>
        <source>Privacy Desk cannot open its window: the window system plugin of Qt (xcb) could not be loaded ({error}). README.md lists the system packages a Linux desktop needs.</source>
        <translation>Privacy Desk のウィンドウを開けません。Qt のウィンドウシステム用プラグイン（xcb）を読み込めませんでした（{error}）。Linux デスクトップに必要なシステムパッケージは README.md に記載しています。</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Print {title}</source>
        <translation>{title} の印刷</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDFとして保存</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF文書 (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save the PDF: {reason}</source>
        <translation>PDFを保存できませんでした：{reason}</translation>
    </message>
    <message>
        <source>Saved as {path}.</source>
        <translation>{path} に保存しました。</translation>
    </message>
</context>
<context>
    <name>RefusalGround</name>
    <message>
        <source>Likely to harm the life, body, property or other rights or interests of the person or a third party</source>
        <translation>本人又は第三者の生命、身体、財産その他の権利利益を害するおそれがある</translation>
    </message>
    <message>
        <source>Likely to seriously hinder the proper conduct of the company's business</source>
        <translation>当社の業務の適正な実施に著しい支障を及ぼすおそれがある</translation>
    </message>
    <message>
        <source>Would violate another law</source>
        <translation>他の法令に違反することとなる</translation>
    </message>
</context>
<context>
    <name>ReplyTemplate</name>
    <message>
        <source>Acknowledgement of receipt</source>
        <translation>受付のお知らせ</translation>
    </message>
    <message>
        <source>Request for identity documents</source>
        <translation>本人確認書類のご提出のお願い</translation>
    </message>
    <message>
        <source>Request for more information</source>
        <translation>追加情報のご提供のお願い</translation>
    </message>
    <message>
        <source>Notice of completion</source>
        <translation>対応完了のお知らせ</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>{name}, {when}</source>
        <translation>{name}（{when}）</translation>
    </message>
    <message>
        <source>Department head</source>
        <translation>部長</translation>
    </message>
    <message>
        <source>Section chief</source>
        <translation>課長</translation>
    </message>
    <message>
        <source>Staff</source>
        <comment>approval seal box of the person in charge</comment>
        <translation>担当</translation>
    </message>
    <message>
        <source>Printed: {when}</source>
        <translation>印刷日時：{when}</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>社外秘</translation>
    </message>
    <message>
        <source>Confidential — contains personal data</source>
        <translation>社外秘 — 個人情報を含みます</translation>
    </message>
</context>
<context>
    <name>ReportKind</name>
    <message>
        <source>Preliminary report</source>
        <translation>速報</translation>
    </message>
    <message>
        <source>Final report</source>
        <translation>確報</translation>
    </message>
</context>
<context>
    <name>Reportability</name>
    <message>
        <source>Sensitive personal information is involved (Rule Art. 7(1)).</source>
        <translation>要配慮個人情報が含まれる（規則7条1号）。</translation>
    </message>
    <message>
        <source>Misuse of the data could cause financial loss (Rule Art. 7(2)).</source>
        <translation>不正に利用されることにより財産的被害が生じるおそれがある（規則7条2号）。</translation>
    </message>
    <message>
        <source>It was caused or may have been caused by a malicious act, such as unauthorized access, including data being acquired by the business (Rule Art. 7(3)).</source>
        <translation>不正アクセス等、不正の目的をもって行われたおそれがある行為による（当社が取得しようとしている個人情報を含む。規則7条3号）。</translation>
    </message>
    <message>
        <source>More than 1,000 persons are affected (Rule Art. 7(4)).</source>
        <translation>本人の数が1,000人を超える（規則7条4号）。</translation>
    </message>
    <message>
        <source>Whether sensitive personal information is involved is not yet known: counted as yes for the deadlines.</source>
        <translation>要配慮個人情報が含まれるかは未確定です。期限の計算上は該当として扱います。</translation>
    </message>
    <message>
        <source>Whether misuse could cause financial loss is not yet known: counted as yes for the deadlines.</source>
        <translation>財産的被害が生じるおそれがあるかは未確定です。期限の計算上は該当として扱います。</translation>
    </message>
    <message>
        <source>Whether a malicious act is behind it is not yet known: counted as yes for the deadlines (the final report is then due within 60 days).</source>
        <translation>不正の目的によるおそれがあるかは未確定です。期限の計算上は該当として扱います（確報の期限は60日以内）。</translation>
    </message>
    <message>
        <source>The number of persons affected is not yet known to be 1,000 or fewer: counted as more than 1,000 for the deadlines.</source>
        <translation>本人の数が1,000人以下であることは未確定です。期限の計算上は1,000人超として扱います。</translation>
    </message>
    <message>
        <source>The data was protected by strong encryption and the key was not compromised: no report to the authority is required (Rule Art. 7).</source>
        <translation>高度な暗号化その他の措置が講じられ、鍵も漏えいしていないため、報告は不要です（規則7条）。</translation>
    </message>
    <message>
        <source>The data was pseudonymized information: the duty to report does not apply (APPI Art. 41(9)).</source>
        <translation>仮名加工情報であるため、報告義務は適用されません（法41条9項）。</translation>
    </message>
    <message>
        <source>None of the four cases of Rule Art. 7 applies: no report to the authority is required.</source>
        <translation>規則7条各号のいずれにも該当しないため、報告は不要です。</translation>
    </message>
    <message>
        <source>A preliminary report is due promptly (about 3 to 5 days) and a final report within 30 days, 60 for a malicious act (Rule Art. 8), and the persons affected must be notified (APPI Art. 26(2)).</source>
        <translation>速やかに（概ね3～5日以内）速報を、30日以内（不正の目的によるものは60日以内）に確報を提出し（規則8条）、本人に通知する必要があります（法26条2項）。</translation>
    </message>
    <message>
        <source>Whether strong encryption protected the data is not yet known: if it did, no report is required.</source>
        <translation>高度な暗号化がされていたかは未確定です。されていれば報告は不要です。</translation>
    </message>
    <message>
        <source>Individual numbers (My Number) are or may be involved: the My Number Act's reporting rules apply as well.</source>
        <translation>個人番号（マイナンバー）が含まれる又はそのおそれがあります。番号法の報告の規定も適用されます。</translation>
    </message>
    <message>
        <source>EU data subjects are affected: the supervisory authority must be notified within 72 hours (GDPR Art. 33).</source>
        <translation>EU域内の本人が含まれます。72時間以内に監督機関へ通知する必要があります（GDPR33条）。</translation>
    </message>
</context>
<context>
    <name>RequestType</name>
    <message>
        <source>Notification of purpose of use</source>
        <translation>利用目的の通知</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>開示</translation>
    </message>
    <message>
        <source>Disclosure of third-party provision records</source>
        <translation>第三者提供記録の開示</translation>
    </message>
    <message>
        <source>Correction, addition or deletion</source>
        <translation>訂正・追加・削除</translation>
    </message>
    <message>
        <source>Cessation of use or erasure</source>
        <translation>利用停止・消去</translation>
    </message>
    <message>
        <source>Cessation of third-party provision</source>
        <translation>第三者提供の停止</translation>
    </message>
</context>
<context>
    <name>RequesterKind</name>
    <message>
        <source>The person</source>
        <translation>本人</translation>
    </message>
    <message>
        <source>Legal representative (of a minor or adult ward)</source>
        <translation>法定代理人（未成年者・成年被後見人）</translation>
    </message>
    <message>
        <source>Appointed agent (power of attorney)</source>
        <translation>任意代理人（委任状による）</translation>
    </message>
</context>
<context>
    <name>Requests</name>
    <message>
        <source>&amp;New Request Case…</source>
        <translation>新しい請求案件(&amp;N)…</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>管理番号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>請求の種類</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>本人</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受付日</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>社内期限</translation>
    </message>
    <message>
        <source>The office's internal due date: the policy's days after arrival, moved by the days the desk waited for the requester.</source>
        <translation>社内期限：受付日から社内規程の日数後の日です。請求者の対応を待った日数の分だけ後ろにずれます。</translation>
    </message>
    <message>
        <source>Statutory: from this day the requester may sue (APPI Art. 39, two weeks after the request arrived). Waiting for the requester does not move it.</source>
        <translation>法定：この日から請求者は訴えを提起できます（個人情報保護法第39条、請求の到達から2週間経過後）。請求者の対応待ちがあってもずれません。</translation>
    </message>
    <message>
        <source>Suit possible</source>
        <translation>訴え提起可能日</translation>
    </message>
    <message>
        <source>GDPR marks a request of an EU data subject: the GDPR's month runs too (Art. 12(3)).</source>
        <translation>「GDPR」はEU域内のデータ主体からの請求を示します。GDPRの1か月の期限も適用されます（第12条3項）。</translation>
    </message>
    <message>
        <source>Purpose of use</source>
        <translation>利用目的</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>開示</translation>
    </message>
    <message>
        <source>Provision records</source>
        <translation>提供記録</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>訂正等</translation>
    </message>
    <message>
        <source>Stop use</source>
        <translation>利用停止等</translation>
    </message>
    <message>
        <source>Stop provision</source>
        <translation>提供停止</translation>
    </message>
    <message>
        <source>{name} (representative: {agent})</source>
        <translation>{name}（法定代理人：{agent}）</translation>
    </message>
    <message>
        <source>{name} (agent: {agent})</source>
        <translation>{name}（代理人：{agent}）</translation>
    </message>
    <message>
        <source>{date}, due soon</source>
        <translation>{date}、期限間近</translation>
    </message>
    <message>
        <source>{type} · GDPR</source>
        <translation>{type}・GDPR</translation>
    </message>
    <message>
        <source>{state} (waiting)</source>
        <translation>{state}（対応待ち）</translation>
    </message>
    <message>
        <source>{state} (waiting for requester)</source>
        <translation>{state}（請求者の対応待ち）</translation>
    </message>
    <message>
        <source>{date} (overdue)</source>
        <translation>{date}（期限超過）</translation>
    </message>
    <message>
        <source>{reason}. The due date moves on while the desk waits.</source>
        <translation>{reason}。待っている間、社内期限は後ろにずれます。</translation>
    </message>
    <message>
        <source>Art. 39 does not apply to a notification of the purpose of use.</source>
        <translation>利用目的の通知には第39条は適用されません。</translation>
    </message>
    <message>
        <source>An EU data subject: under GDPR Art. 12(3) the answer is due by {date}.</source>
        <translation>EU域内のデータ主体：GDPR第12条3項により{date}までに回答が必要です。</translation>
    </message>
    <message>
        <source>Opened from ticket {ref}.</source>
        <translation>チケット {ref} から作成しました。</translation>
    </message>
    <message>
        <source>Internal due date {date}; the case is no longer open.</source>
        <translation>社内期限は{date}。この案件は対応を終えています。</translation>
    </message>
    <message>
        <source>Overdue: the internal due date was {date}.</source>
        <translation>期限超過：社内期限は{date}でした。</translation>
    </message>
    <message>
        <source>Due soon: the internal due date is {date}.</source>
        <translation>期限間近：社内期限は{date}です。</translation>
    </message>
    <message>
        <source>Internal due date (office policy): {date}.</source>
        <translation>社内期限（社内規程）：{date}</translation>
    </message>
    <message>
        <source>Moved from {date} by %n day(s) of waiting for the requester.</source>
        <translation>請求者の対応待ち%n日分、{date}から後ろにずれています。</translation>
    </message>
    <message>
        <source>GDPR (statutory): the answer is due by {date}.</source>
        <translation>GDPR（法定）：{date}までに回答が必要です。</translation>
    </message>
    <message>
        <source>Requester of the Case</source>
        <translation>案件の本人</translation>
    </message>
    <message>
        <source>&amp;Use This Person</source>
        <translation>この人を選ぶ(&amp;U)</translation>
    </message>
    <message>
        <source>The database is not open. Try again once it is open; nothing was saved.</source>
        <translation>データベースが開いていないため、保存していません。データベースが開いてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Choose the person the request is about.</source>
        <translation>請求の対象となる本人を選んでください。</translation>
    </message>
    <message>
        <source>Enter the name of the representative or agent who made the request.</source>
        <translation>請求を行った法定代理人または任意代理人の氏名を入力してください。</translation>
    </message>
    <message>
        <source>Enter the date the request was received.</source>
        <translation>請求の受付日を入力してください。</translation>
    </message>
    <message>
        <source>{sender}: the ticket's sender (a person record is made if none has this address)</source>
        <translation>{sender}：チケットの差出人（このアドレスの人物情報がなければ新しく作成します）</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>未選択</translation>
    </message>
    <message>
        <source>Choose the requester</source>
        <translation>本人を選択</translation>
    </message>
    <message>
        <source>A fee may be charged for this type (Art. 38).</source>
        <translation>この種類の請求では手数料を徴収できます（第38条）。</translation>
    </message>
    <message>
        <source>The requester may sue two weeks after it arrived (Art. 39).</source>
        <translation>請求の到達から2週間を経過すると、請求者は訴えを提起できます（第39条）。</translation>
    </message>
    <message>
        <source>Convert {ref} to a Request Case</source>
        <translation>{ref} を請求案件に変換</translation>
    </message>
    <message>
        <source>The new case is linked to ticket {ref}, and the files stored with its mail come along. The ticket becomes a confirmed data-subject request.</source>
        <translation>新しい案件はチケット {ref} に紐づけられ、メールに保存されているファイルも引き継がれます。チケットの分類は「開示等の請求」に確定します。</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>変更(&amp;H)…</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>選択(&amp;H)…</translation>
    </message>
    <message>
        <source>Conv&amp;ert</source>
        <translation>変換(&amp;E)</translation>
    </message>
    <message>
        <source>New Request Case</source>
        <translation>新しい請求案件</translation>
    </message>
    <message>
        <source>&amp;Open Case</source>
        <translation>案件を登録(&amp;O)</translation>
    </message>
    <message>
        <source>Request &amp;type:</source>
        <translation>請求の種類(&amp;T)：</translation>
    </message>
    <message>
        <source>GDPR:</source>
        <translation>GDPR：</translation>
    </message>
    <message>
        <source>&amp;Requester:</source>
        <translation>本人(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Who asks:</source>
        <translation>請求者(&amp;W)：</translation>
    </message>
    <message>
        <source>Agent's na&amp;me:</source>
        <translation>代理人の氏名(&amp;M)：</translation>
    </message>
    <message>
        <source>Agent's &amp;contact:</source>
        <translation>代理人の連絡先(&amp;C)：</translation>
    </message>
    <message>
        <source>An EU data subject: the &amp;GDPR's month runs too</source>
        <translation>EU域内のデータ主体（GDPRの1か月の期限も適用）(&amp;G)</translation>
    </message>
    <message>
        <source>Recei&amp;ved on:</source>
        <translation>受付日(&amp;V)：</translation>
    </message>
    <message>
        <source>Requested &amp;items:</source>
        <translation>請求の対象(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Delivery asked for:</source>
        <translation>希望する開示の方法(&amp;D)：</translation>
    </message>
    <message>
        <source>Delivery &amp;note:</source>
        <translation>方法の補足(&amp;N)：</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>指定なし</translation>
    </message>
    <message>
        <source>the legal representative or appointed agent who made the request</source>
        <translation>請求を行った法定代理人または任意代理人</translation>
    </message>
    <message>
        <source>address, e-mail or phone</source>
        <translation>住所、メールアドレスまたは電話番号</translation>
    </message>
    <message>
        <source>What the requester asks for, in their words (e.g. purchase history since 2024)</source>
        <translation>請求者が求めている内容（例：2024年以降の購入履歴）</translation>
    </message>
    <message>
        <source>The office date the request arrived: every deadline runs from it.</source>
        <translation>請求が到達した日（事務所の日付）。すべての期限はこの日から計算されます。</translation>
    </message>
    <message>
        <source>No request cases match the filter.</source>
        <translation>条件に合う請求案件はありません。</translation>
    </message>
    <message>
        <source>The list could not be loaded.</source>
        <translation>一覧を読み込めませんでした。</translation>
    </message>
    <message>
        <source>No open request cases. New Case… (Ctrl+Shift+N) opens one.</source>
        <translation>対応中の請求案件はありません。「新しい案件…」（Ctrl+Shift+N）で登録できます。</translation>
    </message>
    <message>
        <source>No request cases yet. New Case… (Ctrl+Shift+N) opens one.</source>
        <translation>請求案件はまだありません。「新しい案件…」（Ctrl+Shift+N）で登録できます。</translation>
    </message>
    <message>
        <source>Request case {ref} opened.</source>
        <translation>請求案件 {ref} を登録しました。</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>開示等の請求</translation>
    </message>
    <message>
        <source>&amp;New Case…</source>
        <translation>新しい案件(&amp;N)…</translation>
    </message>
    <message>
        <source>Open a request case received by letter, at the counter or by phone (Ctrl+Shift+N).</source>
        <translation>郵送・窓口・電話で受け付けた請求の案件を登録します（Ctrl+Shift+N）。</translation>
    </message>
    <message>
        <source>Search reference, requester or agent (Ctrl+F)</source>
        <translation>管理番号・本人・代理人で検索（Ctrl+F）</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>対応中の案件</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>すべての状況</translation>
    </message>
    <message>
        <source>Assign To</source>
        <translation>担当者を割り当て</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>未割り当て</translation>
    </message>
    <message>
        <source>Assigning the cases…</source>
        <translation>案件の担当者を割り当てています…</translation>
    </message>
    <message>
        <source>%n case(s) assigned.</source>
        <translation>%n件の案件に担当者を割り当てました。</translation>
    </message>
    <message>
        <source>%n case(s) not changed: {reason}</source>
        <translation>%n件は変更できませんでした：{reason}</translation>
    </message>
    <message>
        <source>%n case(s)</source>
        <translation>%n件</translation>
    </message>
    <message>
        <source>Overdue onl&amp;y</source>
        <translation>期限超過のみ(&amp;X)</translation>
    </message>
    <message>
        <source>D&amp;ue soon</source>
        <translation>期限間近(&amp;Z)</translation>
    </message>
    <message>
        <source>Open cases that are overdue or due within the office's due-soon days.</source>
        <translation>期限を過ぎた案件と、社内で定めた「期限間近」の日数以内に期限が来る対応中の案件です。</translation>
    </message>
    <message>
        <source>Request cases</source>
        <translation>請求案件</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Purpose of use</source>
        <translation>利用目的</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>システム・保管先</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>管理責任者</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>保管場所</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>New &amp;Holding…</source>
        <translation>保有データの登録(&amp;H)…</translation>
    </message>
    <message>
        <source>Export Retention Calendar (ICS)…</source>
        <translation>保存期間カレンダーの書き出し (ICS)…</translation>
    </message>
    <message>
        <source>Export Retention Register (CSV/XLSX)…</source>
        <translation>保存期間台帳の書き出し (CSV/XLSX)…</translation>
    </message>
    <message>
        <source>Purge Old Records…</source>
        <translation>古い記録の消去…</translation>
    </message>
    <message>
        <source>Due for deletion</source>
        <translation>消去期日</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>期日超過</translation>
    </message>
    <message>
        <source>Hold to review</source>
        <translation>保留の見直し</translation>
    </message>
    <message>
        <source>Retention Calendar (ICS)…</source>
        <translation>保存期間カレンダー (ICS)…</translation>
    </message>
    <message>
        <source>Register (CSV/XLSX)…</source>
        <translation>台帳 (CSV/XLSX)…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>書き出し(&amp;X)</translation>
    </message>
    <message>
        <source>Export Retention Calendar</source>
        <translation>保存期間カレンダーの書き出し</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar ファイル (*.ics)</translation>
    </message>
    <message>
        <source>%n event(s) written to {path}.</source>
        <translation>{path} に %n 件の予定を書き出しました。</translation>
    </message>
    <message>
        <source>Writing the calendar…</source>
        <translation>カレンダーを書き出しています…</translation>
    </message>
    <message>
        <source>Export Retention Register</source>
        <translation>保存期間台帳の書き出し</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Excel ブック (*.xlsx);;CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Writing the register…</source>
        <translation>台帳を書き出しています…</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>管理番号</translation>
    </message>
    <message>
        <source>Holding</source>
        <translation>保有データ</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Due or review</source>
        <translation>期日・見直し日</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>On hold ({reason}) until {date}</source>
        <translation>保留中（{reason}）：{date} まで</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>日(&amp;D)</translation>
    </message>
    <message>
        <source>Wee&amp;k</source>
        <translation>週(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>月(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;New Holding…</source>
        <translation>保有データの登録(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Register…</source>
        <translation>台帳(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Purge Old Records…</source>
        <translation>古い記録の消去(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>区分(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;System:</source>
        <translation>システム(&amp;S)：</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>管理責任者(&amp;W)：</translation>
    </message>
    <message>
        <source>Holding {ref} added.</source>
        <translation>保有データ {ref} を登録しました。</translation>
    </message>
    <message>
        <source>Due for deletion or to review, {when}: %n holding(s)</source>
        <translation>{when} の消去期日・見直し：%n 件</translation>
    </message>
    <message>
        <source>&amp;Overdue: %n holding(s)</source>
        <translation>期日超過(&amp;O)：%n 件</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>保存期間</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>すべての区分</translation>
    </message>
    <message>
        <source>All systems</source>
        <translation>すべてのシステム</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>すべての管理責任者</translation>
    </message>
    <message>
        <source>Retention calendar</source>
        <translation>保存期間カレンダー</translation>
    </message>
    <message>
        <source>Holdings of the chosen days</source>
        <translation>選んだ期間の保有データ</translation>
    </message>
    <message>
        <source>Overdue holdings</source>
        <translation>期日超過の保有データ</translation>
    </message>
</context>
<context>
    <name>RetentionExport</name>
    <message>
        <source>Reference</source>
        <translation>管理番号</translation>
    </message>
    <message>
        <source>Holding</source>
        <translation>保有データ</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分類</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>管理責任者</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>保管場所</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>保存期間</translation>
    </message>
    <message>
        <source>Trigger event</source>
        <translation>起算事由</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>Trigger day</source>
        <translation>基準日</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>保存期限</translation>
    </message>
    <message>
        <source>Delete from</source>
        <translation>消去予定日</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>保留理由</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>見直し日</translation>
    </message>
    <message>
        <source>Disposed on</source>
        <translation>消去日</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>証明書番号</translation>
    </message>
    <message>
        <source>Delete: {name} ({ref})</source>
        <translation>消去: {name} ({ref})</translation>
    </message>
    <message>
        <source>Review hold: {name} ({ref})</source>
        <translation>保留の見直し: {name} ({ref})</translation>
    </message>
    <message>
        <source>Personal data retention</source>
        <translation>個人情報の保存期間</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>保存期間台帳</translation>
    </message>
</context>
<context>
    <name>RetentionForms</name>
    <message>
        <source>&amp;Category:</source>
        <translation>区分(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>数量(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>保管場所(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Trigger date:</source>
        <translation>起算日(&amp;T)：</translation>
    </message>
    <message>
        <source>Choose a category (Register… adds one).</source>
        <translation>区分を選んでください（台帳…で追加できます）。</translation>
    </message>
    <message>
        <source>Name the holding.</source>
        <translation>保有データの名称を入力してください。</translation>
    </message>
    <message>
        <source>Enter the trigger date.</source>
        <translation>起算日を入力してください。</translation>
    </message>
    <message>
        <source>Edit Holding {ref}</source>
        <translation>保有データ {ref} の編集</translation>
    </message>
    <message>
        <source>New Holding</source>
        <translation>保有データの登録</translation>
    </message>
    <message>
        <source>A holding is one batch of personal data kept somewhere (e.g. a month of call recordings). Its category's rule counts the retention period from the trigger date.</source>
        <translation>保有データとは、ある場所に保管している個人データのひとまとまり（例：1か月分の通話録音）です。区分の保存規程により、起算日から保存期間を数えます。</translation>
    </message>
    <message>
        <source>Place Hold on {ref}</source>
        <translation>{ref} の消去保留</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>事由(&amp;R)：</translation>
    </message>
    <message>
        <source>Re&amp;view on:</source>
        <translation>見直し日(&amp;V)：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>メモ(&amp;O)：</translation>
    </message>
    <message>
        <source>Place Hold</source>
        <translation>保留する</translation>
    </message>
    <message>
        <source>Enter the review date.</source>
        <translation>見直し日を入力してください。</translation>
    </message>
    <message>
        <source>The review date must be after today.</source>
        <translation>見直し日は明日以降の日付にしてください。</translation>
    </message>
    <message>
        <source>Say why the data must be kept.</source>
        <translation>保存が必要な理由を書いてください。</translation>
    </message>
    <message>
        <source>The privacy policy keeps data past its period only when the law requires it, the person consented, the business needs it with good reason, or for another special reason. A held holding leaves the due list and comes back for review on the review date.</source>
        <translation>プライバシーポリシーにより、保存期間を過ぎても保存できるのは、法令に基づく場合、本人の同意がある場合、業務上必要な範囲で合理的な理由がある場合、その他特別な事由がある場合に限られます。保留した保有データは消去期日の一覧から外れ、見直し日に見直しの一覧に戻ります。</translation>
    </message>
    <message>
        <source>Release Hold on {ref}</source>
        <translation>{ref} の保留の解除</translation>
    </message>
    <message>
        <source>Say why the hold ends. The holding is due for deletion again from its end of retention.</source>
        <translation>保留を解除する理由を書いてください。保有データは保存期間の満了により再び消去の対象になります。</translation>
    </message>
    <message>
        <source>Dispose of {ref}</source>
        <translation>{ref} の消去</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>消去方法(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Disposed on:</source>
        <translation>消去日(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Approved by:</source>
        <translation>承認者(&amp;A)：</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>証跡：</translation>
    </message>
    <message>
        <source>Dispose</source>
        <translation>消去を記録</translation>
    </message>
    <message>
        <source>Evidence Files</source>
        <translation>証跡ファイル</translation>
    </message>
    <message>
        <source>Enter the day it was disposed of.</source>
        <translation>消去した日を入力してください。</translation>
    </message>
    <message>
        <source>A manager must approve the disposal; none is set up.</source>
        <translation>消去には管理職の承認が必要ですが、管理職のユーザーが登録されていません。</translation>
    </message>
    <message>
        <source>Add &amp;Files…</source>
        <translation>ファイルを追加(&amp;F)…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>取り除く(&amp;V)</translation>
    </message>
    <message>
        <source>Record how the data was destroyed and who approved it. A disposed holding stays on record and can no longer be changed; its certificate of disposal lists the evidence files.</source>
        <translation>データをどのように消去し、誰が承認したかを記録します。消去済みの保有データは記録として残り、変更できなくなります。消去証明書には証跡ファイルが記載されます。</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <source>Category:</source>
        <translation>区分：</translation>
    </message>
    <message>
        <source>Systems:</source>
        <translation>システム：</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>管理責任者：</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>保管場所：</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>数量：</translation>
    </message>
    <message>
        <source>Trigger date:</source>
        <translation>起算日：</translation>
    </message>
    <message>
        <source>Kept until:</source>
        <translation>保存期限：</translation>
    </message>
    <message>
        <source>Delete from:</source>
        <translation>消去期日：</translation>
    </message>
    <message>
        <source>Hold:</source>
        <translation>保留：</translation>
    </message>
    <message>
        <source>Disposal:</source>
        <translation>消去：</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Pl&amp;ace Hold…</source>
        <translation>保留(&amp;A)…</translation>
    </message>
    <message>
        <source>Rele&amp;ase Hold…</source>
        <translation>保留の解除(&amp;A)…</translation>
    </message>
    <message>
        <source>D&amp;ispose…</source>
        <translation>消去を記録(&amp;I)…</translation>
    </message>
    <message>
        <source>Print C&amp;ertificate…</source>
        <translation>証明書を印刷(&amp;E)…</translation>
    </message>
    <message>
        <source>Save Certificate &amp;as PDF…</source>
        <translation>証明書を PDF で保存(&amp;A)…</translation>
    </message>
    <message>
        <source>{status} — kept on record; it can no longer be changed.</source>
        <translation>{status}（記録として保存。変更はできません）</translation>
    </message>
    <message>
        <source>No rule for its category yet</source>
        <translation>区分の保存規程が未設定</translation>
    </message>
    <message>
        <source>{reason}, review on {date} ({who}): {note}</source>
        <translation>{reason}、見直し日 {date}（{who}）：{note}</translation>
    </message>
    <message>
        <source>{method} on {date} by {by}, approved by {approver}; certificate {number}</source>
        <translation>{date} {by} が{method}（承認：{approver}）、証明書 {number}</translation>
    </message>
    <message>
        <source>Evidence: {files}</source>
        <translation>証跡：{files}</translation>
    </message>
    <message>
        <source>{ref} saved.</source>
        <translation>{ref} を保存しました。</translation>
    </message>
    <message>
        <source>{ref} is on hold.</source>
        <translation>{ref} を保留にしました。</translation>
    </message>
    <message>
        <source>The hold on {ref} was released.</source>
        <translation>{ref} の保留を解除しました。</translation>
    </message>
    <message>
        <source>{ref} was disposed of. Its certificate can be printed.</source>
        <translation>{ref} の消去を記録しました。消去証明書を印刷できます。</translation>
    </message>
    <message>
        <source>Writing the certificate…</source>
        <translation>消去証明書を作成しています…</translation>
    </message>
    <message>
        <source>Certificate of disposal {number}</source>
        <translation>消去証明書 {number}</translation>
    </message>
    <message>
        <source>Certificate &amp;in:</source>
        <translation>証明書の言語(&amp;I)：</translation>
    </message>
    <message>
        <source>Choose a holding in the lists to see its facts, place a hold or dispose of it.</source>
        <translation>一覧から保有データを選ぶと、内容の確認、保留、消去の記録ができます。</translation>
    </message>
</context>
<context>
    <name>RetentionPurge</name>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>匿名化</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>記録</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>完了日</translation>
    </message>
    <message>
        <source>Due from</source>
        <translation>消去期日</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>処理</translation>
    </message>
    <message>
        <source>Reading what would be purged…</source>
        <translation>消去の対象を確認しています…</translation>
    </message>
    <message>
        <source>&amp;I am a manager and approve this purge</source>
        <translation>管理職としてこの消去を承認します(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Purge</source>
        <translation>消去する(&amp;P)</translation>
    </message>
    <message>
        <source>%n record(s) would be purged.</source>
        <translation>%n 件の記録が消去の対象です。</translation>
    </message>
    <message>
        <source>Kept: {held} on a hold, {linked} linked to an open case or incident.</source>
        <translation>残す記録：保留中 {held} 件、処理中の請求・事案に関連 {linked} 件。</translation>
    </message>
    <message>
        <source>Only a user whose role is “{manager}” may run the purge. You are signed in as {user}, whose role is “{role}”. You can see what the purge would do.</source>
        <translation>消去を実行できるのは、ロールが「{manager}」のユーザーだけです。ログイン中の {user} さんのロールは「{role}」です。消去の対象は確認できます。</translation>
    </message>
    <message>
        <source>An administrator sets up the office and its users but does not approve decisions such as a purge; ask a manager, or have your role changed in Tools › Users.</source>
        <translation>「管理者」は事務所の設定とユーザーを管理するロールで、消去などの決定は承認しません。「管理職」のユーザーに依頼するか、ツール › ユーザーでロールを変更してください。</translation>
    </message>
    <message>
        <source>Nothing to purge as of {date}: no ticket, request case or incident is past its retention rule.</source>
        <translation>{date} 現在、消去の対象はありません：問い合わせ、開示等の請求、漏えい等事案のいずれも保存規程の期間内です。</translation>
    </message>
    <message>
        <source>Purging old records…</source>
        <translation>古い記録を消去しています…</translation>
    </message>
    <message>
        <source>Deleted: {deleted}. Anonymised: {anonymised}.</source>
        <translation>削除 {deleted} 件、匿名化 {anonymised} 件。</translation>
    </message>
    <message>
        <source>Cancelled; what was done before is kept.</source>
        <translation>中止しました。それまでの処理はそのまま残ります。</translation>
    </message>
    <message>
        <source>Purge Old Records</source>
        <translation>古い記録の消去</translation>
    </message>
    <message>
        <source>Tickets, request cases and incidents closed longer ago than their retention rule allows are deleted or anonymised; the monthly statistics are kept and the purge is audited. Nothing has changed yet: this is what the purge would do today.</source>
        <translation>保存規程の期間を過ぎて完了した問い合わせ、開示等の請求、漏えい等事案を削除または匿名化します。月ごとの統計は残り、消去は監査記録に残ります。まだ何も変更していません。以下は今日消去した場合の内容です。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>RetentionRegister</name>
    <message>
        <source>%n day(s)</source>
        <translation>%n日</translation>
    </message>
    <message>
        <source>%n week(s)</source>
        <translation>%n週間</translation>
    </message>
    <message>
        <source>%n month(s)</source>
        <translation>%nか月</translation>
    </message>
    <message>
        <source>%n year(s)</source>
        <translation>%n年</translation>
    </message>
    <message>
        <source>days</source>
        <translation>日</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>週間</translation>
    </message>
    <message>
        <source>months</source>
        <translation>か月</translation>
    </message>
    <message>
        <source>years</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>管理責任者</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>保存期間</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>起算事由</translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation>データ区分</translation>
    </message>
    <message>
        <source>The app's own records</source>
        <translation>本アプリの記録</translation>
    </message>
    <message>
        <source>Anonymise (the statistics keep the record)</source>
        <translation>匿名化（統計用に記録は残す）</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>記録</translation>
    </message>
    <message>
        <source>Kept after closing</source>
        <translation>完了後の保存期間</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>期間後の処理</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>Purge Rule — {ref}</source>
        <translation>消去規程 — {ref}</translation>
    </message>
    <message>
        <source>Kept after closing:</source>
        <translation>完了後の保存期間：</translation>
    </message>
    <message>
        <source>&amp;Then:</source>
        <translation>期間後の処理(&amp;T)：</translation>
    </message>
    <message>
        <source>Purge Rule…</source>
        <translation>消去規程…</translation>
    </message>
    <message>
        <source>Holdings</source>
        <translation>保有データ数</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Purpose of use:</source>
        <translation>利用目的(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Systems or places:</source>
        <translation>システム・保管先(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>管理責任者(&amp;O)：</translation>
    </message>
    <message>
        <source>Name the category.</source>
        <translation>区分の名称を入力してください。</translation>
    </message>
    <message>
        <source>Edit Category {ref}</source>
        <translation>区分「{ref}」の編集</translation>
    </message>
    <message>
        <source>New Category</source>
        <translation>区分の追加</translation>
    </message>
    <message>
        <source>Retention Rule — {ref}</source>
        <translation>保存規程 — {ref}</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期間：</translation>
    </message>
    <message>
        <source>&amp;Counted from:</source>
        <translation>起算事由(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Legal basis:</source>
        <translation>根拠(&amp;L)：</translation>
    </message>
    <message>
        <source>Name the legal basis or the internal rule.</source>
        <translation>根拠となる法令または社内規程を入力してください。</translation>
    </message>
    <message>
        <source>Add Category…</source>
        <translation>区分を追加…</translation>
    </message>
    <message>
        <source>Edit Category…</source>
        <translation>区分を編集…</translation>
    </message>
    <message>
        <source>Rule…</source>
        <translation>保存規程…</translation>
    </message>
    <message>
        <source>No rule</source>
        <translation>規程なし</translation>
    </message>
    <message>
        <source>Retention Register</source>
        <translation>保存期間台帳</translation>
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
        <source>A converted ticket follows its case</source>
        <translation>変換元チケットを請求案件に連動させる</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>会社名</translation>
    </message>
    <message>
        <source>Company address</source>
        <translation>会社の住所</translation>
    </message>
    <message>
        <source>Representative (title and name)</source>
        <translation>代表者（役職・氏名）</translation>
    </message>
    <message>
        <source>Contact for the report (department, phone, e-mail)</source>
        <translation>報告の連絡先（部署・電話・メール）</translation>
    </message>
    <message>
        <source>Breach reports go to</source>
        <translation>漏えい等報告の提出先</translation>
    </message>
    <message>
        <source>Name of the delegated ministry or accredited organization</source>
        <translation>権限委任先の省庁又は認定個人情報保護団体の名称</translation>
    </message>
    <message>
        <source>Internal due days</source>
        <translation>社内期限（日数）</translation>
    </message>
    <message>
        <source>Mail server (IMAP)</source>
        <translation>メールサーバー（IMAP）</translation>
    </message>
    <message>
        <source>Mail server port</source>
        <translation>メールサーバーのポート</translation>
    </message>
    <message>
        <source>Connection security</source>
        <translation>接続の暗号化</translation>
    </message>
    <message>
        <source>Mail server user name</source>
        <translation>メールサーバーのユーザー名</translation>
    </message>
    <message>
        <source>Mail folder to fetch</source>
        <translation>取得するメールフォルダー</translation>
    </message>
    <message>
        <source>Fetch new mail every (minutes, 0 = off)</source>
        <translation>新着メールの取得間隔（分、0＝取得しない）</translation>
    </message>
    <message>
        <source>Mail server for sending (SMTP)</source>
        <translation>送信用メールサーバー（SMTP）</translation>
    </message>
    <message>
        <source>Sending server port</source>
        <translation>送信サーバーのポート</translation>
    </message>
    <message>
        <source>Sending connection security</source>
        <translation>送信の接続の保護</translation>
    </message>
    <message>
        <source>Sending server user name</source>
        <translation>送信サーバーのユーザー名</translation>
    </message>
    <message>
        <source>The desk's address mail is sent from</source>
        <translation>送信元となる窓口のアドレス</translation>
    </message>
    <message>
        <source>The desk's name on mail it sends</source>
        <translation>送信メールに表示する窓口の名前</translation>
    </message>
    <message>
        <source>First response to an inquiry due within (business days)</source>
        <translation>問い合わせへの初回応答の期限（営業日数）</translation>
    </message>
    <message>
        <source>Largest attachment stored (bytes)</source>
        <translation>保存する添付ファイルの最大サイズ（バイト）</translation>
    </message>
    <message>
        <source>Fee for a disclosure or notification (yen)</source>
        <translation>開示・利用目的の通知の手数料（円）</translation>
    </message>
    <message>
        <source>Identity documents accepted</source>
        <translation>本人確認書類として認めるもの</translation>
    </message>
    <message>
        <source>IMAPS (TLS from the start, usually port 993)</source>
        <translation>IMAPS（接続時からTLS、通常はポート993）</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 143)</source>
        <translation>STARTTLS（通常はポート143）</translation>
    </message>
    <message>
        <source>None (only for a server on this computer)</source>
        <translation>なし（このコンピューター上のサーバー専用）</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS（通常はポート587）</translation>
    </message>
    <message>
        <source>TLS from the start (usually port 465)</source>
        <translation>TLS（接続時からTLS、通常はポート465）</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source> yen</source>
        <translation>円</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続しています…</translation>
    </message>
    <message>
        <source>Connected successfully.</source>
        <translation>接続に成功しました。</translation>
    </message>
    <message>
        <source>Could not connect: {reason}</source>
        <translation>接続できませんでした：{reason}</translation>
    </message>
    <message>
        <source>{iso}  ({date})</source>
        <translation>{iso}（{date}）</translation>
    </message>
    <message>
        <source>Enter the name of the document.</source>
        <translation>書類の名前を入力してください。</translation>
    </message>
    <message>
        <source>“{name}” is already in the list.</source>
        <translation>「{name}」は既に一覧にあります。</translation>
    </message>
    <message>
        <source>At least one identity document is needed: add another before removing this one.</source>
        <translation>本人確認書類は少なくとも1つ必要です。別の書類を追加してから削除してください。</translation>
    </message>
    <message>
        <source>Nothing was saved: {reason}</source>
        <translation>設定は保存されていません：{reason}</translation>
    </message>
    <message>
        <source>The settings file could not be saved: {reason}</source>
        <translation>設定ファイルを保存できませんでした：{reason}</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>This &amp;computer</source>
        <translation>このコンピューター(&amp;C)</translation>
    </message>
    <message>
        <source>Office &amp;deadlines</source>
        <translation>事務所の期限(&amp;D)</translation>
    </message>
    <message>
        <source>Re&amp;quests</source>
        <translation>開示等の請求(&amp;Q)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>The new language is used as soon as you press OK.</source>
        <translation>［OK］を押すと、すぐに新しい言語に切り替わります。</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <source>Database &amp;URL:</source>
        <translation>データベースURL(&amp;U)：</translation>
    </message>
    <message>
        <source>Leave empty to use the database file on this computer (shown greyed out above). For a database shared by the whole office, enter a PostgreSQL URL such as postgresql+psycopg://user@server/privacydesk. Privacy Desk reconnects when you press OK.</source>
        <translation>空欄のままにすると、このコンピューター上のデータベースファイル（上に灰色で表示）を使用します。事務所全体で共有するデータベースを使う場合は、postgresql+psycopg://user@server/privacydesk のようなPostgreSQLのURLを入力してください。［OK］を押すと、Privacy Deskは再接続します。</translation>
    </message>
    <message>
        <source>The environment variable PRIVACY_DESK_DB is set, so this computer uses {url} whatever you enter here.</source>
        <translation>環境変数 PRIVACY_DESK_DB が設定されているため、ここに何を入力しても、このコンピューターは {url} を使用します。</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>接続テスト(&amp;T)</translation>
    </message>
    <message>
        <source>Try to connect to the database in the field, without saving.</source>
        <translation>入力したデータベースに、保存せずに接続を試します。</translation>
    </message>
    <message>
        <source>Internal due dates</source>
        <translation>社内期限</translation>
    </message>
    <message>
        <source>Request type</source>
        <translation>請求の種類</translation>
    </message>
    <message>
        <source>Days after arrival</source>
        <translation>受付からの日数</translation>
    </message>
    <message>
        <source>The law sets no number of days for answering a request: it says 「遅滞なく」 (without delay). These are the office's own targets, counted from the day the request arrived and moved back to the last day the office is open.</source>
        <translation>法律は請求への回答期限を日数では定めておらず、「遅滞なく」としています。ここで定めるのは事務所独自の目標です。請求の受付日から数え、休業日に当たるときはその前の営業日に繰り上げます。</translation>
    </message>
    <message>
        <source>{request_type}:</source>
        <translation>{request_type}：</translation>
    </message>
    <message>
        <source>Company closure days</source>
        <translation>会社休業日</translation>
    </message>
    <message>
        <source>Days the office is closed on top of Saturdays, Sundays, national holidays and 29 December – 3 January, which are always closure days.</source>
        <translation>常に休業日となる土曜日、日曜日、国民の祝日・休日、12月29日～1月3日のほかに、事務所が休業する日です。</translation>
    </message>
    <message>
        <source>C&amp;losure days:</source>
        <translation>休業日(&amp;L)：</translation>
    </message>
    <message>
        <source>Add a closure da&amp;y:</source>
        <translation>休業日を追加(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Days before a deadline that count as due &amp;soon:</source>
        <translation>期限間近とみなす日数(&amp;S)：</translation>
    </message>
    <message>
        <source>Office &amp;time zone:</source>
        <translation>事務所のタイムゾーン(&amp;T)：</translation>
    </message>
    <message>
        <source>Dates of arrival and awareness are counted in this time zone.</source>
        <translation>請求の受付日や事態を知った日は、このタイムゾーンで判断します。</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>手数料</translation>
    </message>
    <message>
        <source>Charged for a notification of the purpose of use, a disclosure and a disclosure of third-party provision records (APPI Art. 38), within what the actual cost justifies. Enter 0 if the office charges no fee.</source>
        <translation>利用目的の通知、開示および第三者提供記録の開示の請求について徴収します（個人情報保護法第38条）。実費を勘案して合理的と認められる範囲内の額としてください。手数料を徴収しない場合は 0 を入力します。</translation>
    </message>
    <message>
        <source>&amp;Fee per request:</source>
        <translation>1件あたりの手数料(&amp;F)：</translation>
    </message>
    <message>
        <source>Converted tickets</source>
        <translation>請求案件に変換したチケット</translation>
    </message>
    <message>
        <source>When a case opened from a ticket is answered, its ticket records the first response and leaves Today. Choose what else the ticket does when the case is answered, withdrawn or closed.</source>
        <translation>チケットから作った請求案件に回答すると、そのチケットには初回対応が記録され、「今日」から外れます。案件の回答・取下げ・完了のときにチケットをどうするかを選んでください。</translation>
    </message>
    <message>
        <source>&amp;Ticket of a case:</source>
        <translation>案件のチケット(&amp;T)：</translation>
    </message>
    <message>
        <source>Identity verification</source>
        <translation>本人確認</translation>
    </message>
    <message>
        <source>The documents staff can tick when they verify a requester's identity, shown in this order. Names are written as the office writes them.</source>
        <translation>担当者が請求者の本人確認を行う際にチェックできる書類です。この順序で表示されます。名称は事務所で用いている表記で入力してください。</translation>
    </message>
    <message>
        <source>Accepted &amp;identity documents:</source>
        <translation>受け付ける本人確認書類(&amp;I)：</translation>
    </message>
    <message>
        <source>Double-click a name or press F2 to rename it.</source>
        <translation>名称を変更するには、ダブルクリックするか F2 キーを押します。</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>名称変更(&amp;R)</translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation>削除(&amp;E)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上へ(&amp;U)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下へ(&amp;W)</translation>
    </message>
    <message>
        <source>New d&amp;ocument:</source>
        <translation>追加する書類(&amp;O)：</translation>
    </message>
    <message>
        <source>No database is open. Office settings are stored in the database; connect to it to see and change them.</source>
        <translation>データベースが開かれていません。事務所の設定はデータベースに保存されています。確認・変更するにはデータベースに接続してください。</translation>
    </message>
    <message>
        <source>The office settings could not be read: {reason}</source>
        <translation>事務所の設定を読み込めませんでした：{reason}</translation>
    </message>
    <message>
        <source>These settings are shared by every desk using this database. Only an administrator can change them; you are signed in as {user} ({role}).</source>
        <translation>この設定は、このデータベースを使うすべての窓口で共有されます。変更できるのは管理者だけです（現在のログイン：{user}（{role}））。</translation>
    </message>
    <message>
        <source>These settings are shared by every desk using this database ({database}).</source>
        <translation>この設定は、このデータベース（{database}）を使うすべての窓口で共有されます。</translation>
    </message>
    <message>
        <source>Sending &amp;Mail</source>
        <translation>メール送信(&amp;M)</translation>
    </message>
    <message>
        <source>Enter the sending server and the desk's address first.</source>
        <translation>先に送信サーバーと窓口のアドレスを入力してください。</translation>
    </message>
    <message>
        <source>The password for {user} is stored in this computer's keychain.</source>
        <translation>{user} のパスワードをこのコンピューターのキーチェーンに保存しました。</translation>
    </message>
    <message>
        <source>The password for {user} is removed from this computer.</source>
        <translation>{user} のパスワードをこのコンピューターから削除しました。</translation>
    </message>
    <message>
        <source>Send Test Mail</source>
        <translation>テストメールの送信</translation>
    </message>
    <message>
        <source>Send a test mail to this address:</source>
        <translation>テストメールの宛先:</translation>
    </message>
    <message>
        <source>Sending a test mail to {to}…</source>
        <translation>{to} にテストメールを送信しています…</translation>
    </message>
    <message>
        <source>The test mail was accepted for {to}. Check that it arrives.</source>
        <translation>{to} 宛てのテストメールをサーバーが受け付けました。届いたことを確かめてください。</translation>
    </message>
    <message>
        <source>Sending server (SMTP)</source>
        <translation>送信サーバー（SMTP）</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>サーバー(&amp;V):</translation>
    </message>
    <message>
        <source>Connection s&amp;ecurity:</source>
        <translation>接続の保護(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>ポート(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;User name (empty: no login):</source>
        <translation>ユーザー名（空欄: ログインなし）(&amp;U):</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>送信者</translation>
    </message>
    <message>
        <source>The desk's &amp;address:</source>
        <translation>窓口のアドレス(&amp;A):</translation>
    </message>
    <message>
        <source>T&amp;he desk's name:</source>
        <translation>窓口の名前(&amp;H):</translation>
    </message>
    <message>
        <source>Empty: the desk's usual name in the language of each reply.</source>
        <translation>空欄: 返信ごとの言語で窓口の通常の名前を使います。</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>このコンピューター</translation>
    </message>
    <message>
        <source>The password is kept only in this computer's keychain, never in the database. Each desk that sends stores it once.</source>
        <translation>パスワードはこのコンピューターのキーチェーンにだけ保存され、データベースには保存されません。送信する端末ごとに一度保存してください。</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>パスワード(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Store in Keychain</source>
        <translation>キーチェーンに保存(&amp;S)</translation>
    </message>
    <message>
        <source>Send &amp;Test Mail…</source>
        <translation>テストメールを送信(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>詳細(&amp;D)</translation>
    </message>
    <message>
        <source>Incide&amp;nts</source>
        <translation>インシデント(&amp;N)</translation>
    </message>
    <message>
        <source>The company as the reporter</source>
        <translation>報告者としての会社</translation>
    </message>
    <message>
        <source>A breach report names the business that reports, not the clerk who files it (Rule Art. 8). These appear on the preliminary and final reports and on the notices to the persons.</source>
        <translation>漏えい等報告の報告者は、提出する担当者ではなく事業者です（規則第8条）。速報・確報と本人への通知に記載されます。</translation>
    </message>
    <message>
        <source>Compan&amp;y name:</source>
        <translation>会社名(&amp;Y)：</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>所在地(&amp;R)：</translation>
    </message>
    <message>
        <source>Re&amp;presentative:</source>
        <translation>代表者(&amp;P)：</translation>
    </message>
    <message>
        <source>Con&amp;tact:</source>
        <translation>連絡先(&amp;T)：</translation>
    </message>
    <message>
        <source>Where breach reports go</source>
        <translation>漏えい等報告の報告先</translation>
    </message>
    <message>
        <source>To the Personal Information Protection Commission, unless the PPC has delegated its authority for the company's sector to a ministry, or the company belongs to an accredited personal information protection organization. Each incident may choose another.</source>
        <translation>報告先は個人情報保護委員会です。ただし、委員会が事業分野の権限を事業所管大臣に委任している場合や、当社が認定個人情報保護団体の対象事業者である場合は、その報告先を選びます。インシデントごとに変更できます。</translation>
    </message>
    <message>
        <source>Reports &amp;go to:</source>
        <translation>報告先(&amp;G)：</translation>
    </message>
    <message>
        <source>Ministry or organi&amp;zation:</source>
        <translation>省庁・団体名(&amp;Z)：</translation>
    </message>
</context>
<context>
    <name>Signature</name>
    <message>
        <source>My Signature</source>
        <translation>自分の署名</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Use the &amp;Default</source>
        <translation>既定に戻す(&amp;D)</translation>
    </message>
    <message>
        <source>These lines go under every mail you send, after the separator "-- ". Only you can change them.</source>
        <translation>送信するすべてのメールの末尾、区切り「-- 」の下にこの行が入ります。変更できるのはあなただけです。</translation>
    </message>
</context>
<context>
    <name>TicketCategory</name>
    <message>
        <source>Inquiry</source>
        <translation>問い合わせ</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>苦情</translation>
    </message>
    <message>
        <source>Data-subject request</source>
        <translation>開示等の請求</translation>
    </message>
    <message>
        <source>Opt-out</source>
        <translation>オプトアウト</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
</context>
<context>
    <name>TicketFollow</name>
    <message>
        <source>Resolved when the case is answered, closed when it ends</source>
        <translation>回答で解決済み、案件の終了で完了</translation>
    </message>
    <message>
        <source>Closed when the case is answered or ends</source>
        <translation>回答または案件の終了で完了</translation>
    </message>
    <message>
        <source>Only its first response recorded; staff set its status</source>
        <translation>初回対応の記録のみ（状態は担当者が設定）</translation>
    </message>
</context>
<context>
    <name>TicketStatus</name>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>対応中</translation>
    </message>
    <message>
        <source>Waiting for requester</source>
        <translation>相手方の回答待ち</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>解決済み</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Junk</source>
        <translation>迷惑メール</translation>
    </message>
</context>
<context>
    <name>TimelineKind</name>
    <message>
        <source>Fact</source>
        <translation>事実</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>対応</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>判断</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>訂正</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <source>Agenda</source>
        <translation>予定</translation>
    </message>
    <message>
        <source>Office closed</source>
        <translation>休業日</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>問い合わせ</translation>
    </message>
    <message>
        <source>Data-subject request</source>
        <translation>開示等の請求</translation>
    </message>
    <message>
        <source>Breach</source>
        <translation>漏えい等</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>保存期間</translation>
    </message>
    <message>
        <source>Preliminary breach report due</source>
        <translation>漏えい等の速報期限</translation>
    </message>
    <message>
        <source>Final breach report due</source>
        <translation>漏えい等の確報期限</translation>
    </message>
    <message>
        <source>GDPR 72 hours end</source>
        <translation>GDPR 72時間の期限</translation>
    </message>
    <message>
        <source>What</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>管理番号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Overdue — {date}</source>
        <translation>期限超過 — {date}</translation>
    </message>
    <message>
        <source>Today — {date}</source>
        <translation>今日 — {date}</translation>
    </message>
    <message>
        <source>Tomorrow — {date}</source>
        <translation>明日 — {date}</translation>
    </message>
    <message>
        <source>In %n days — {date}</source>
        <translation>%n日後 — {date}</translation>
    </message>
    <message>
        <source>The law sets this date; it cannot be moved by office policy.</source>
        <translation>法律で定められた期限です。社内規程で変更することはできません。</translation>
    </message>
    <message>
        <source>The office's own target date (office policy), not a legal deadline.</source>
        <translation>事務所独自の目標日（社内規程）で、法定の期限ではありません。</translation>
    </message>
    <message>
        <source>The office is closed: deadlines that fall on this day move.</source>
        <translation>休業日です。この日に当たる期限は移動します。</translation>
    </message>
    <message>
        <source>{deadline}, overdue</source>
        <translation>{deadline}（期限超過）</translation>
    </message>
    <message>
        <source>{deadline} · {left}</source>
        <translation>{deadline} · {left}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>First response due, overdue</source>
        <translation>初回応答期限（期限超過）</translation>
    </message>
    <message>
        <source>First response due</source>
        <translation>初回応答期限</translation>
    </message>
    <message>
        <source>Hold to review</source>
        <translation>保留の見直し</translation>
    </message>
    <message>
        <source>Due for deletion, overdue</source>
        <translation>消去期日（超過）</translation>
    </message>
    <message>
        <source>Due for deletion</source>
        <translation>消去期日</translation>
    </message>
    <message>
        <source>Statutory deadline, overdue</source>
        <translation>法定期限（超過）</translation>
    </message>
    <message>
        <source>Internal deadline, overdue</source>
        <translation>社内期限（超過）</translation>
    </message>
    <message>
        <source>Statutory deadline</source>
        <translation>法定期限</translation>
    </message>
    <message>
        <source>Internal deadline</source>
        <translation>社内期限</translation>
    </message>
    <message>
        <source>The agenda could not be loaded: {reason}</source>
        <translation>予定を読み込めませんでした：{reason}</translation>
    </message>
    <message>
        <source>Nothing due in the next %n days.</source>
        <translation>今後%n日間に期限はありません。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込んでいます…</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>データベースを開いています…</translation>
    </message>
    <message>
        <source>Overdue: {overdue}. Due in the next %n days: {coming}.</source>
        <translation>期限超過: {overdue} 件。今後 %n 日以内の期限: {coming} 件。</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Deadlines, overdue work and office closures in the next %n days.</source>
        <translation>今後%n日間の期限、期限を過ぎた対応、休業日を表示します。</translation>
    </message>
    <message>
        <source>Show more ({shown} of {total} shown)</source>
        <translation>さらに表示（{total} 件中 {shown} 件を表示中）</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再試行</translation>
    </message>
</context>
<context>
    <name>TriggerEvent</name>
    <message>
        <source>Collection</source>
        <translation>取得</translation>
    </message>
    <message>
        <source>Contract end</source>
        <translation>契約終了</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最終連絡</translation>
    </message>
    <message>
        <source>Application closed</source>
        <translation>選考終了</translation>
    </message>
    <message>
        <source>Employment end</source>
        <translation>退職</translation>
    </message>
    <message>
        <source>Fiscal year end</source>
        <translation>事業年度末</translation>
    </message>
    <message>
        <source>Record closed</source>
        <translation>記録の終了</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>The change was not made: {reason}</source>
        <translation>変更できませんでした：{reason}</translation>
    </message>
    <message>
        <source>The user {login} was added.</source>
        <translation>ユーザー {login} を追加しました。</translation>
    </message>
    <message>
        <source>Users and Roles</source>
        <translation>ユーザーと役割</translation>
    </message>
    <message>
        <source>&amp;Users:</source>
        <translation>ユーザー(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Add User…</source>
        <translation>ユーザーを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>To change a role from the keyboard, move to it and press F2; Space ticks Active.</source>
        <translation>キーボードで役割を変更するには、その欄に移動してF2キーを押します。スペースキーで「有効」のチェックを切り替えます。</translation>
    </message>
    <message>
        <source>Changes take effect at once. Desk staff work on inquiries and cases, managers also approve decisions, administrators manage users and office settings.</source>
        <translation>変更はすぐに反映されます。窓口担当者は問い合わせと請求案件に対応し、管理職はさらに決定を承認し、管理者はユーザーと事務所の設定を管理します。</translation>
    </message>
    <message>
        <source>Only an administrator can change users and roles.</source>
        <translation>ユーザーと役割を変更できるのは管理者だけです。</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Login</source>
        <translation>ログイン名</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>表示名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>column header: the user may sign in</comment>
        <translation>有効</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>This is you.</source>
        <translation>ご自身のアカウントです。</translation>
    </message>
    <message>
        <source>Deactivated: this user cannot sign in.</source>
        <translation>無効：このユーザーはログインできません。</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>受信箱</translation>
    </message>
    <message>
        <source>Case report</source>
        <translation>案件報告書</translation>
    </message>
    <message>
        <source>Certificate of disposal</source>
        <translation>消去証明書</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>開示等の請求</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>インシデント</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>保存期間</translation>
    </message>
</context>
</TS>