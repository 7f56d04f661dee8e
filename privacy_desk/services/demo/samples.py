"""Realistic bilingual inquiry mail for demo data and benchmarks, generated from a seed."""

from __future__ import annotations

import random
from dataclasses import dataclass

# (surname, reading, romanisation): common surnames, the one-character 林 and variant forms (髙, 﨑, 齋).
SURNAMES = (
    ("佐藤", "サトウ", "sato"),
    ("鈴木", "スズキ", "suzuki"),
    ("髙橋", "タカハシ", "takahashi"),
    ("田中", "タナカ", "tanaka"),
    ("伊藤", "イトウ", "ito"),
    ("渡邉", "ワタナベ", "watanabe"),
    ("山本", "ヤマモト", "yamamoto"),
    ("中村", "ナカムラ", "nakamura"),
    ("小林", "コバヤシ", "kobayashi"),
    ("加藤", "カトウ", "kato"),
    ("吉田", "ヨシダ", "yoshida"),
    ("山田", "ヤマダ", "yamada"),
    ("佐々木", "ササキ", "sasaki"),
    ("山﨑", "ヤマザキ", "yamazaki"),
    ("齋藤", "サイトウ", "saito"),
    ("松本", "マツモト", "matsumoto"),
    ("井上", "イノウエ", "inoue"),
    ("木村", "キムラ", "kimura"),
    ("林", "ハヤシ", "hayashi"),
    ("清水", "シミズ", "shimizu"),
)
GIVEN_NAMES = (
    ("太郎", "タロウ", "taro"),
    ("花子", "ハナコ", "hanako"),
    ("健", "ケン", "ken"),
    ("美咲", "ミサキ", "misaki"),
    ("翔太", "ショウタ", "shota"),
    ("陽菜", "ヒナ", "hina"),
    ("大輔", "ダイスケ", "daisuke"),
    ("さくら", "サクラ", "sakura"),
    ("一郎", "イチロウ", "ichiro"),
    ("結衣", "ユイ", "yui"),
)
ENGLISH_NAMES = (
    ("Anna", "Schmidt", "example.de"),
    ("John", "Carter", "example.com"),
    ("Emily", "Brown", "example.co.uk"),
    ("Lucas", "Martin", "example.fr"),
    ("Sofia", "Rossi", "example.it"),
)
DOMAINS = ("example.jp", "example.ne.jp", "example.co.jp", "example.com", "mail.example.jp")
SERVICES = (
    "ネットショップ支援サービス",
    "ドメイン登録サービス",
    "決済代行サービス",
    "会員サイト",
    "メールマガジン",
)

# (subject, body) with {name} {service} {number}: what reaches an inquiry desk, in both languages.
JAPANESE_MAIL = (
    (
        "保有個人データの開示請求について",
        "個人情報お問い合わせ係 御中\n\nいつもお世話になっております。{name}と申します。\n"
        "{service}の利用に関して、御社が保有している私の個人データの開示を請求いたします。\n"
        "会員番号は{number}です。開示の方法と手数料、必要な本人確認書類を教えてください。\n\n"
        "よろしくお願いいたします。\n{name}",
    ),
    (
        "メールマガジン配信停止のお願い",
        "{service}からのメールマガジンの配信停止をお願いします。\n"
        "何度か解除の手続きをしましたが、まだ届いています。至急対応してください。\n{name}",
    ),
    (
        "個人情報の取扱いに関する苦情",
        "{name}です。先日、{service}の担当者から私の住所と電話番号を含むメールが"
        "別の方宛てに誤送信されたようです。大変不安に感じています。\n"
        "苦情として申し入れますので、経緯と再発防止策をご説明ください。",
    ),
    (
        "登録情報の訂正のお願い",
        "お世話になります。{name}です。\n{service}に登録している住所が古いままになっています。"
        "転居しましたので訂正をお願いします。会員番号：{number}\n",
    ),
    (
        "退会後の個人情報の削除について",
        "{service}を退会しました。退会後も私の個人情報が保存されているのであれば、"
        "利用停止と削除をお願いしたいです。いつまで保存されるのかも教えてください。\n{name}",
    ),
    (
        "個人情報の利用目的について教えてください",
        "{name}と申します。{service}に申し込む前に、取得した個人情報をどのような目的で利用するのか、"
        "第三者に提供することがあるのかを確認したいです。\nご回答をお待ちしております。",
    ),
    (
        "電話での対応について",
        "本日お電話した{name}です。担当の方の説明が分かりにくく、個人情報を確認される理由も"
        "教えていただけませんでした。改めて書面でご説明いただけますか。",
    ),
    (
        "Re: お問い合わせの件",
        "ご回答ありがとうございました。{name}です。\n追加で確認したいのですが、"
        "{service}のログイン履歴はどのくらいの期間保存されていますか。\n",
    ),
)
ENGLISH_MAIL = (
    (
        "Data subject access request (GDPR Art. 15)",
        "Dear Privacy Team,\n\nUnder Article 15 GDPR I request access to the personal data you hold "
        "about me in connection with your {service_en}. My customer number is {number}.\n\n"
        "Kind regards,\n{name}",
    ),
    (
        "Please unsubscribe me",
        "Hello,\nplease unsubscribe me from all marketing e-mails (opt-out). Thank you.\n{name}",
    ),
    (
        "Complaint about the handling of my personal data",
        "To whom it may concern,\nI wish to make a complaint: I received another customer's invoice "
        "together with mine. Please explain what happened to my data as well.\n{name}",
    ),
    (
        "Request to delete my account data",
        "Hi,\nI closed my account last month. Please delete my personal data (erasure) and confirm "
        "when it is done.\nBest,\n{name}",
    ),
    (
        "Question about your privacy policy",
        "Hello,\ncould you tell me which third parties receive my data when I use your {service_en}?\n"
        "Thanks,\n{name}",
    ),
)
SERVICES_EN = ("online shop service", "domain registration", "payment service", "member site")


@dataclass(frozen=True)
class SampleMail:
    from_name: str
    from_address: str
    subject: str
    body: str
    reading: str = ""


def sample_mail(rng: random.Random) -> SampleMail:
    """One inquiry: Japanese four times in five, English otherwise."""
    number = f"{rng.randrange(10_000_000):08d}"
    if rng.random() < 0.8:
        surname, surname_kana, surname_romaji = rng.choice(SURNAMES)
        given, given_kana, given_romaji = rng.choice(GIVEN_NAMES)
        name = f"{surname} {given}"
        address = f"{given_romaji}.{surname_romaji}{rng.randrange(100)}@{rng.choice(DOMAINS)}"
        subject, body = rng.choice(JAPANESE_MAIL)
        body = body.format(name=name, service=rng.choice(SERVICES), number=number)
        return SampleMail(name, address, subject, body, f"{surname_kana} {given_kana}")
    first, last, domain = rng.choice(ENGLISH_NAMES)
    name = f"{first} {last}"
    address = f"{first.lower()}.{last.lower()}{rng.randrange(100)}@{domain}"
    subject, body = rng.choice(ENGLISH_MAIL)
    return SampleMail(
        name, address, subject, body.format(name=name, service_en=rng.choice(SERVICES_EN), number=number)
    )
