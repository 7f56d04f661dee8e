"""The assessment on the incident page: each question of Rule Art. 7 (the four triggers, the two
exemptions) and the two flags (My Number, EU data subjects) answered yes / no / not yet known, the
number of persons exact or as a range, the result with its reasons in plain words, and every change of
an answer with who and when.

Choosing an answer asks the page to record it (`answer_chosen`); the page shows the incident the
service returns, so the result beside the answers is always the domain's (`domain/incidents.assess`).
"""

from __future__ import annotations

from datetime import UTC, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from privacy_desk.domain.incidents import Answer, PersonsAffected, Question
from privacy_desk.errors import QT_TRANSLATE_NOOP
from privacy_desk.ui.widgets import FollowsLanguage, current_language, error_color, success_color
from privacy_desk.ui.widgets.forms import EnumCombo
from privacy_desk.ui.widgets.plain_text import plain_label, safe_tooltip

if TYPE_CHECKING:
    from privacy_desk.services.incidents.records import IncidentDetail

translate = QCoreApplication.translate

# The questions in the order the PPC's form and Rule Art. 7 ask them; OVER_1000 is the persons row. The
# English texts are English only: the Japanese catalogue carries the statute's terms (要配慮個人情報, …).
QUESTIONS = (
    (Question.SENSITIVE, QT_TRANSLATE_NOOP("Incidents", "Sensitive personal information")),
    (Question.FINANCIAL, QT_TRANSLATE_NOOP("Incidents", "Risk of financial loss")),
    (Question.MALICIOUS, QT_TRANSLATE_NOOP("Incidents", "Malicious act, incl. acquiring data")),
    (Question.ENCRYPTED, QT_TRANSLATE_NOOP("Incidents", "Exemption: strongly encrypted, key safe")),
    (Question.PSEUDONYMISED, QT_TRANSLATE_NOOP("Incidents", "Exemption: pseudonymised data")),
    (Question.MY_NUMBER, QT_TRANSLATE_NOOP("Incidents", "Individual numbers (My Number) involved")),
    (Question.EU_SUBJECTS, QT_TRANSLATE_NOOP("Incidents", "EU data subjects (GDPR Art. 33)")),
)
PERSONS_QUESTION = QT_TRANSLATE_NOOP("Incidents", "Persons affected (more than 1,000?)")
QUESTION_NAMES = {question: text for question, text in QUESTIONS} | {Question.OVER_1000: PERSONS_QUESTION}


def persons_text(persons: PersonsAffected, language: str) -> str:
    """ "1,240", "1,000–5,000", "at least 800", "not yet known"."""
    from privacy_desk.i18n.formatting import format_number

    if persons.exact is not None:
        count = persons.exact  # Qt writes %n in plain digits: grouped as the language writes numbers (1,240)
        return translate("Incidents", "%n person(s)", None, count).replace(
            str(count), format_number(count, language), 1
        )
    if persons.low is not None and persons.high is not None:
        return translate("Incidents", "{low} to {high} persons").format(
            low=format_number(persons.low, language), high=format_number(persons.high, language)
        )
    if persons.low is not None:
        return translate("Incidents", "at least {low} persons").format(
            low=format_number(persons.low, language)
        )
    return translate("Incidents", "Not yet known")


def answer_of(detail: IncidentDetail, question: Question) -> Answer:
    return getattr(detail.assessment, question.value)


class AssessmentPanel(FollowsLanguage):
    """`answer_chosen(question, answer)` when the user picks an answer; `persons_requested` for the
    persons form. `combos` holds each question's answer box."""

    answer_chosen = Signal(object, object)  # Question, Answer
    persons_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: IncidentDetail | None = None
        self.zone: tzinfo | None = None
        self.result_label = QLabel(self)
        font = self.result_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.result_label.setFont(font)
        self.result_label.setWordWrap(True)  # "Reportable for now: …" is longer than the column at 1120 px
        self.reasons_label = plain_label(self, wrap=True, selectable=True)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(3)
        self.combos: dict[Question, QComboBox] = {}
        self._captions: list[tuple[QLabel, str]] = []
        for row, (question, text) in enumerate(QUESTIONS):
            caption = QLabel(self)
            combo = EnumCombo(Answer, self)
            combo.setMinimumContentsLength(10)
            caption.setBuddy(combo)
            combo.activated.connect(lambda _index, q=question, c=combo: self._chosen(q, c))
            grid.addWidget(caption, row, 0)
            grid.addWidget(combo, row, 1)
            self.combos[question] = combo
            self._captions.append((caption, text))
        persons_caption = QLabel(self)
        self.persons_value = plain_label(self)
        self.persons_button = QPushButton(self)
        self.persons_button.setAutoDefault(False)
        self.persons_button.clicked.connect(self.persons_requested)
        persons_caption.setBuddy(self.persons_button)
        persons_row = QHBoxLayout()  # the count, a gap, its button: the button does not touch the number
        persons_row.setSpacing(12)
        persons_row.addWidget(self.persons_value)
        persons_row.addWidget(self.persons_button)
        persons_row.addStretch(1)
        grid.addWidget(persons_caption, len(QUESTIONS), 0)
        grid.addLayout(persons_row, len(QUESTIONS), 1)
        self._captions.append((persons_caption, PERSONS_QUESTION))
        grid.setColumnStretch(2, 1)

        self.history = QTreeWidget(self)
        self.history.setRootIsDecorated(False)
        self.history.setColumnCount(5)
        self.history.setMinimumHeight(90)
        # It takes the height left (Ignored: its preferred height does not count), so the page scrolls only
        # when the answers, the reasons and 90 px of history do not fit.
        self.history.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.history_caption = QLabel(self)
        left = QVBoxLayout()
        left.addLayout(grid)
        left.addStretch(1)
        # The reasons are shown whole: the label grows with its text (its height for its width) and the
        # incident page scrolls when the answers and the reasons together are taller than the window.
        self.reasons_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        right = QVBoxLayout()
        right.addWidget(self.result_label)
        right.addWidget(self.reasons_label)
        right.addStretch(1)
        top = QHBoxLayout()
        top.addLayout(left, 3)
        top.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.history_caption)
        layout.addWidget(self.history, 1)
        self.retranslate()

    def _chosen(self, question: Question, combo: QComboBox) -> None:
        answer = Answer(combo.currentData())  # Qt gives a StrEnum back as its text
        if self.detail is not None and answer != answer_of(self.detail, question):
            self.answer_chosen.emit(question, answer)

    def set_editable(self, editable: bool) -> None:
        for combo in self.combos.values():
            combo.setEnabled(editable)
        self.persons_button.setEnabled(editable)

    def show_detail(self, detail: IncidentDetail | None, zone: tzinfo | None) -> None:
        self.detail, self.zone = detail, zone
        self._render()

    def _render(self) -> None:
        detail = self.detail
        self.history.clear()
        if detail is None:
            self.result_label.clear()
            self.reasons_label.clear()
            return
        language = current_language()
        for question, combo in self.combos.items():
            combo.setCurrentIndex(combo.findData(answer_of(detail, question)))
        self.persons_value.setText(persons_text(detail.assessment.persons, language))
        result = detail.reportability
        palette = self.palette()
        if result.reportable and result.settled:
            text, colour = translate("Incidents", "Reportable"), error_color(palette)
        elif result.reportable:
            text = translate("Incidents", "Reportable for now: answers not yet known count as yes")
            colour = error_color(palette)
        elif result.settled:
            text, colour = translate("Incidents", "Not reportable"), success_color(palette)
        else:
            text, colour = translate("Incidents", "Not reportable so far"), None
        self.result_label.setText(text)
        self.result_label.setStyleSheet(f"color: {colour.name()};" if colour is not None else "")
        reasons = [translate(reason.context, reason.source) for reason in result.reasons]
        self.reasons_label.setText("\n".join(f"• {reason}" for reason in reasons))
        from privacy_desk.i18n.formatting import format_datetime

        for change in reversed(detail.answers):  # the newest first
            item = QTreeWidgetItem(
                [
                    format_datetime(change.changed_at, language, self.zone or UTC),
                    change.changed_by,
                    translate("Incidents", QUESTION_NAMES.get(change.question, change.question.value)),
                    translate("Answer", change.answer.label),
                    change.note,
                ]
            )
            for column in (2, 4):  # the question and the note whole where their column cuts them short
                item.setToolTip(column, safe_tooltip(item.text(column)) or "")
            self.history.addTopLevelItem(item)
        for column in range(4):
            self.history.resizeColumnToContents(column)

    def retranslate(self) -> None:
        for caption, text in self._captions:
            caption.setText(translate("Incidents", text))
        self.persons_button.setText(translate("Incidents", "Change Count…"))
        self.history_caption.setText(translate("Incidents", "Answers, newest first:"))
        self.history.setHeaderLabels(
            [
                translate("Incidents", "When"),
                translate("Incidents", "Who"),
                translate("Incidents", "Question"),
                translate("Incidents", "Answer"),
                translate("Incidents", "Note"),
            ]
        )
        self._render()
