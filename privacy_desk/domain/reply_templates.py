"""Reply templates in Japanese and English, filled with the requester's name and the ticket reference.

The language of a reply is the requester's, chosen per reply, not the language of the user interface:
so the texts are data here, and only the templates' names are translated (context "ReplyTemplate").
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from privacy_desk.errors import QT_TRANSLATE_NOOP

REPLY_LANGUAGES = ("ja", "en")

DESK_ADDRESS = "info@gmo-c.jp"
DESK_NAME = {
    "ja": "GMOコマース株式会社 個人情報問い合わせ係",
    "en": "GMO Commerce Personal Information Inquiry Desk",
}
SIGNATURE = {
    "ja": "――――――――――――――――\nGMOコマース株式会社\n個人情報問い合わせ係\nE-mail: info@gmo-c.jp",
    "en": "----------------------------------------\nGMO Commerce\nPersonal Information Inquiry Desk\n"
    "E-mail: info@gmo-c.jp",
}


class ReplyTemplate(StrEnum):
    ACKNOWLEDGEMENT = "acknowledgement"
    IDENTITY_DOCUMENTS = "identity_documents"
    MORE_INFORMATION = "more_information"
    COMPLETED = "completed"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    ReplyTemplate.ACKNOWLEDGEMENT: QT_TRANSLATE_NOOP("ReplyTemplate", "Acknowledgement of receipt"),
    ReplyTemplate.IDENTITY_DOCUMENTS: QT_TRANSLATE_NOOP("ReplyTemplate", "Request for identity documents"),
    ReplyTemplate.MORE_INFORMATION: QT_TRANSLATE_NOOP("ReplyTemplate", "Request for more information"),
    ReplyTemplate.COMPLETED: QT_TRANSLATE_NOOP("ReplyTemplate", "Notice of completion"),
}

_SUBJECTS = {
    ("ja", ReplyTemplate.ACKNOWLEDGEMENT): "お問い合わせを受け付けました",
    ("ja", ReplyTemplate.IDENTITY_DOCUMENTS): "本人確認書類のご提出のお願い",
    ("ja", ReplyTemplate.MORE_INFORMATION): "お問い合わせ内容の確認のお願い",
    ("ja", ReplyTemplate.COMPLETED): "お問い合わせへの対応完了のご連絡",
    ("en", ReplyTemplate.ACKNOWLEDGEMENT): "We have received your inquiry",
    ("en", ReplyTemplate.IDENTITY_DOCUMENTS): "Please send us a copy of your identity document",
    ("en", ReplyTemplate.MORE_INFORMATION): "A few questions about your inquiry",
    ("en", ReplyTemplate.COMPLETED): "Your inquiry has been dealt with",
}

_BODIES = {
    ("ja", ReplyTemplate.ACKNOWLEDGEMENT): (
        "このたびは個人情報の取扱いについてお問い合わせいただき、ありがとうございます。\n"
        "お問い合わせを受け付けました。受付番号は {ref} です。\n\n"
        "内容を確認のうえ、担当者より改めてご連絡いたします。\n"
        "ご返信の際は、件名の受付番号を消さずにお送りください。"
    ),
    ("ja", ReplyTemplate.IDENTITY_DOCUMENTS): (
        "受付番号 {ref} のご請求について、ご連絡いたします。\n\n"
        "ご請求を進めるにあたり、ご本人であることを確認させていただく必要がございます。\n"
        "恐れ入りますが、次のいずれかの書類の写しを本メールへの返信でお送りください。\n\n"
        "・運転免許証\n"
        "・マイナンバーカード（表面のみ。個人番号が記載された裏面はお送りにならないでください）\n"
        "・パスポート\n"
        "・健康保険の資格確認書等（保険者番号及び被保険者等記号・番号は塗りつぶしてください）\n\n"
        "代理人によるご請求の場合は、代理権を確認できる書類（委任状など）もあわせてお送りください。\n"
        "いただいた書類は本人確認のためにのみ利用いたします。"
    ),
    ("ja", ReplyTemplate.MORE_INFORMATION): (
        "受付番号 {ref} のお問い合わせについて、ご連絡いたします。\n\n"
        "お調べするにあたり、恐れ入りますが次の点をお知らせいただけますでしょうか。\n\n"
        "・ご利用のサービス名\n"
        "・ご登録のお名前と、メールアドレスまたは会員番号\n"
        "・お問い合わせの対象となる時期"
    ),
    ("ja", ReplyTemplate.COMPLETED): (
        "受付番号 {ref} のお問い合わせについて、対応が完了しましたのでお知らせいたします。\n\n"
        "ご不明な点がございましたら、本メールにご返信ください。"
    ),
    ("en", ReplyTemplate.ACKNOWLEDGEMENT): (
        "Thank you for contacting us about your personal information.\n"
        "We have received your inquiry under the reference {ref}.\n\n"
        "We will look into it and get back to you.\n"
        "When you reply, please keep the reference in the subject line."
    ),
    ("en", ReplyTemplate.IDENTITY_DOCUMENTS): (
        "This is about your request {ref}.\n\n"
        "Before we can go on, we need to confirm your identity. Please reply to this message with a copy\n"
        "of one of the following documents:\n\n"
        "- passport\n"
        "- driving licence\n"
        "- national identity card (Japanese My Number card: the front side only)\n\n"
        "If you are making the request on someone else's behalf, please also send a document showing\n"
        "your authority (for example a power of attorney).\n"
        "We will use the documents only to confirm your identity."
    ),
    ("en", ReplyTemplate.MORE_INFORMATION): (
        "This is about your inquiry {ref}.\n\n"
        "To look into it, we need a little more information. Could you please tell us:\n\n"
        "- which of our services you use\n"
        "- the name and the e-mail address or customer number you registered with\n"
        "- the period your inquiry concerns"
    ),
    ("en", ReplyTemplate.COMPLETED): (
        "This is to let you know that we have dealt with your inquiry {ref}.\n\n"
        "If anything is unclear, please reply to this message."
    ),
}


@dataclass(frozen=True)
class FilledTemplate:
    subject: str
    body: str


def salutation(language: str, name: str) -> str:
    name = " ".join(name.split())
    if language == "ja":
        return f"{name} 様" if name else "お客様"
    return f"Dear {name}," if name else "Dear Sir or Madam,"


def template_texts(template: ReplyTemplate, language: str) -> FilledTemplate:
    """A template's subject and body as written, the {ref} placeholder unfilled and without salutation
    or signature: for mail the desk sends itself, which adds them (privacy_desk/mail/templates.py)."""
    if language not in REPLY_LANGUAGES:
        raise ValueError(f"no reply templates in {language!r}")
    return FilledTemplate(_SUBJECTS[(language, template)], _BODIES[(language, template)])


def fill(template: ReplyTemplate, language: str, *, name: str, ref: str) -> FilledTemplate:
    """Subject (without the reference tag) and body of a reply, signed by the desk."""
    if language not in REPLY_LANGUAGES:
        raise ValueError(f"no reply templates in {language!r}")
    body = _BODIES[(language, template)].format(ref=ref)
    if language == "ja":
        text = (
            f"{salutation(language, name)}\n\n{DESK_NAME['ja']}でございます。\n{body}\n\n{SIGNATURE['ja']}\n"
        )
    else:
        text = f"{salutation(language, name)}\n\n{body}\n\nKind regards,\n\n{SIGNATURE['en']}\n"
    return FilledTemplate(_SUBJECTS[(language, template)], text)
