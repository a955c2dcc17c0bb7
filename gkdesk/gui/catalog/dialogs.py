"""Dialogs of the 标准目录 page: a catalog item (new or edited), a ledger record, and the correction of a
deadline rule (the import preview is in import_dialog.py).

They show and collect values; the page saves them through `gkdesk.services.catalog`. A dialog given a `save`
callback keeps itself open with the service's sentence when the values are refused."""
from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from gkdesk import clock
from gkdesk.domain import timelimit
from gkdesk.domain.dates import format_cn
from gkdesk.domain.vocab import AUDIENCES, CHANNELS_13, DISCLOSURE_MODES, LEVELS, NATURAL_DAYS, WORKING_DAYS
from gkdesk.domain.workcal import WorkCalendar
from gkdesk.gui.confirm import AsksBeforeDiscarding, confirm
from gkdesk.gui.errors import USER_ERRORS
from gkdesk.gui.forms.ui_catalog_item_dialog import Ui_CatalogItemDialog
from gkdesk.gui.forms.ui_catalog_record_dialog import Ui_CatalogRecordDialog
from gkdesk.gui.forms.ui_catalog_rule_dialog import Ui_CatalogRuleDialog
from gkdesk.gui.widgets.dates import qdate
from gkdesk.io.catalog_reader import normalize_channel
from gkdesk.services import catalog

RED, GREEN, ORANGE, GREY = "#c62828", "#2e7d32", "#e65100", "#6b7785"


def split_channels(text: str) -> list[str]:
    for sep in "，,；;":
        text = text.replace(sep, "、")
    return [c for c in (normalize_channel(t) for t in text.split("、") if t.strip()) if c]


# ---- a catalog item ---------------------------------------------------------------------------------------------

OPTION_GROUPS = (("audience", AUDIENCES), ("modes", DISCLOSURE_MODES), ("levels", LEVELS))
EXAMPLE_TIME_LIMIT = "信息形成或者变更之日起20个工作日内"


def saved(dialog, values: dict) -> bool:
    """Run the dialog's ``save`` with the values; a refusal is shown in its error label and keeps it open."""
    if dialog.save is None:
        return True
    try:
        dialog.save(values)
    except USER_ERRORS as exc:
        dialog.ui.errorLabel.setText(str(exc))
        dialog.ui.errorLabel.show()
        return False
    return True


@dataclass(frozen=True)
class ProgramChoice:
    """A subsidy program as the item dialog lists it: linked to this item, to another one, or to none."""

    id: int
    name: str
    linked_here: bool = False
    linked_elsewhere: str = ""  # "领域 / 事项" of the item it is linked to now
    active: bool = True


def rule_preview(text: str, cal: WorkCalendar | None, today: dt.date) -> tuple[str, str]:
    """How a 公开时限 text will be counted (the wording of the page's 期限计算) and the colour to show it in.
    Says first whether a deadline can be computed at all."""
    text = text.strip()
    if not text:
        return "不计算期限：未填写公开时限，台账中只记录是否已公开。", GREY
    rule = timelimit.parse_time_limit(text)
    if rule is None:
        return (f"未能识别，不计算期限。请写明起算日和天数，如“{EXAMPLE_TIME_LIMIT}”，"
                + "或保存后用“更正期限规则…”手工设定。"), ORANGE
    if not rule.computable:
        return f"不计算期限：{rule.kind or '无固定期限'}，台账中只记录是否已公开。", GREY
    out = f"可以计算期限：{rule.describe()}"
    if rule.assumed_event:
        out += "（未写明起算日，按信息形成之日计）"
    out += "。"
    if cal is not None:
        out += f"例如今天形成的信息，应于{format_cn(rule.deadline(today, cal.working_days_after))}前公开。"
    return out, GREEN


class ItemDialog(AsksBeforeDiscarding, QDialog):
    """Add or edit one catalog item: area, names, the columns of the published form, channels, options, and
    the subsidy programs linked to it. `values` holds the item's fields (keys of catalog.ITEM_FIELDS plus
    area_id); `save(values)` stores them and raises a user error to keep the dialog open with the sentence.
    The result is in `values`, with `program_ids`: the programs to be linked to this item."""

    def __init__(self, areas: list[tuple[int, str]], values: dict, programs: list[ProgramChoice],
                 save: Callable[[dict], None] | None = None, *, item_text: str = "", rule_now: str = "",
                 rule_edited: bool = False, calendar: WorkCalendar | None = None,
                 option_labels: dict[str, list[str]] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_CatalogItemDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.errorLabel.setObjectName("error")
        for label in (ui.introLabel, ui.programsHint):
            label.setObjectName("hint")
        self.save = save
        self.values: dict | None = None
        self.calendar = calendar
        self.original_limit = (values.get("time_limit") or "").strip()
        self.rule_now, self.rule_edited = rule_now, rule_edited
        self.setWindowTitle(f"修改事项：{item_text}" if item_text else "新增事项")

        for area_id, name in areas:
            ui.areaCombo.addItem(name, area_id)
        # Channels: the 12 named ones in two columns; 其他 with its text is in the form.
        self.channel_checks: list[QCheckBox] = []
        named = [c for c in CHANNELS_13 if c != catalog.OTHER]
        rows = (len(named) + 1) // 2
        for k, name in enumerate(named):
            check = QCheckBox(name, ui.channelGroup)
            check.setObjectName(f"channel{k}")
            ui.channelGrid.addWidget(check, k % rows, k // rows)
            self.channel_checks.append(check)
        # 公开对象 / 公开方式 / 公开层级: the standard labels, the county's labels, and any the item holds.
        self.option_checks: dict[str, list[QCheckBox]] = {}
        layouts = {"audience": ui.audienceLayout, "modes": ui.modesLayout, "levels": ui.levelsLayout}
        for group, default in OPTION_GROUPS:
            labels = list((option_labels or {}).get(group) or default)
            labels += [x for x in values.get(group) or [] if x not in labels]
            checks = []
            for label in labels:
                check = QCheckBox(label, self)
                layouts[group].addWidget(check)
                checks.append(check)
            layouts[group].addStretch(1)
            self.option_checks[group] = checks
        for choice in programs:
            text = choice.name + ("（已停用）" if not choice.active else "")
            if choice.linked_elsewhere:
                text += f"（现关联“{choice.linked_elsewhere}”）"
            entry = QListWidgetItem(text)
            entry.setData(Qt.ItemDataRole.UserRole, choice.id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked if choice.linked_here else Qt.CheckState.Unchecked)
            if choice.linked_elsewhere:
                entry.setToolTip(f"“{choice.name}”现关联“{choice.linked_elsewhere}”；勾选后改为关联本事项"
                                 "（原事项台账中已登记的公示记录不移动）。")
            ui.programList.addItem(entry)
        if not programs:
            ui.programsHint.setText("还没有补贴项目；可以在“惠民补贴公示 → 补贴项目…”中添加后再关联。")
            ui.programList.hide()

        self.set_values(values)
        ui.otherCheck.toggled.connect(self._other_toggled)
        ui.timeLimitEdit.textChanged.connect(lambda _t: self._update_rule())
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText("保存")
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.errorLabel.hide()
        options = [c for group in self.option_checks.values() for c in group]
        order = [ui.areaCombo, ui.level1Edit, ui.level2Edit, ui.contentEdit, ui.basisEdit, ui.timeLimitEdit,
                 ui.subjectEdit, *options, *self.channel_checks, ui.otherCheck, ui.otherEdit, ui.programList,
                 ui.buttonBox]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self._update_rule()
        ui.level1Edit.setFocus()

    def set_values(self, v: dict) -> None:
        ui = self.ui
        k = ui.areaCombo.findData(v.get("area_id"))
        ui.areaCombo.setCurrentIndex(max(k, 0))
        ui.level1Edit.setText(v.get("level1", ""))
        ui.level2Edit.setText(v.get("level2", ""))
        ui.contentEdit.setPlainText(v.get("content", ""))
        ui.basisEdit.setPlainText(v.get("basis", ""))
        ui.timeLimitEdit.setText(v.get("time_limit", ""))
        ui.subjectEdit.setText(v.get("subject", ""))
        channels = set(v.get("channels") or [])
        for check in self.channel_checks:
            check.setChecked(check.text() in channels)
        other = v.get("channel_other", "")
        ui.otherCheck.setChecked(catalog.OTHER in channels or bool(other))
        ui.otherEdit.setText(other)
        ui.otherEdit.setEnabled(ui.otherCheck.isChecked())
        for group, checks in self.option_checks.items():
            chosen = set(v.get(group) or [])
            for check in checks:
                check.setChecked(check.text() in chosen)

    def _other_toggled(self, on: bool) -> None:
        self.ui.otherEdit.setEnabled(on)
        if on:
            self.ui.otherEdit.setFocus()

    def _update_rule(self) -> None:
        text = self.ui.timeLimitEdit.text().strip()
        if self.rule_edited and text == self.original_limit:
            computable = "不计算期限" not in self.rule_now
            message = f"可以计算期限：{self.rule_now}" if computable else "不计算期限（已手工更正）。"
            colour = GREEN if computable else GREY
        else:
            message, colour = rule_preview(text, self.calendar, clock.today())
            if self.rule_edited:
                message += "\n注意：公开时限改动后将按新文字重新识别，原来手工更正的规则不再使用。"
        label = self.ui.ruleValue
        label.setText(message)
        label.setStyleSheet(f"color: {colour};")

    def raw_values(self) -> dict:
        ui = self.ui
        other_on = ui.otherCheck.isChecked()
        channels = [c.text() for c in self.channel_checks if c.isChecked()]
        channels += [catalog.OTHER] if other_on else []
        programs = [ui.programList.item(i) for i in range(ui.programList.count())]
        return dict(
            area_id=ui.areaCombo.currentData(), level1=ui.level1Edit.text().strip(),
            level2=ui.level2Edit.text().strip(), content=ui.contentEdit.toPlainText().strip(),
            basis=ui.basisEdit.toPlainText().strip(), time_limit=ui.timeLimitEdit.text().strip(),
            subject=ui.subjectEdit.text().strip(), channels=channels,
            channel_other=ui.otherEdit.text().strip() if other_on else "",
            **{group: [c.text() for c in checks if c.isChecked()]
               for group, checks in self.option_checks.items()},
            program_ids=[p.data(Qt.ItemDataRole.UserRole) for p in programs
                         if p.checkState() == Qt.CheckState.Checked])

    def accept(self) -> None:
        values = self.raw_values()
        if not saved(self, values):
            return
        self.values = values
        super().accept()


# ---- a ledger record ------------------------------------------------------------------------------------------

class RecordDialog(AsksBeforeDiscarding, QDialog):
    """Add or edit one disclosure. `deadline_of(formed_on)` gives the item's deadline (None: no fixed deadline);
    `save(values)` stores the values and raises a user error to keep the dialog open."""

    def __init__(self, item_text: str, rule_text: str, deadline_of: Callable[[dt.date], dt.date | None],
                 values: dict | None = None, save: Callable[[dict], None] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_CatalogRecordDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.errorLabel.setObjectName("error")
        ui.deadlineLabel.setObjectName("hint")
        self.deadline_of = deadline_of
        self.rule_text = rule_text
        self.save = save
        self.values: dict | None = None
        ui.itemLabel.setText(f"<b>{item_text}</b><br><span style='color:{GREY}'>公开时限：{rule_text}</span>")
        for name in CHANNELS_13:
            entry = QListWidgetItem(name)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked)
            ui.channelList.addItem(entry)
        today = clock.today()
        for edit in (ui.formedEdit, ui.publishedEdit, ui.reviewedEdit):
            edit.setDate(qdate(today))
        values = values or {}
        self.setWindowTitle("修改公开记录" if values.get("title") else "登记公开")
        self.set_values(values)
        ui.publishedCheck.toggled.connect(ui.publishedEdit.setEnabled)
        ui.reviewedCheck.toggled.connect(ui.reviewedEdit.setEnabled)
        # a reviewer named is a review done: its date is asked for with it (today unless changed)
        ui.reviewerEdit.textEdited.connect(lambda text: text.strip() and ui.reviewedCheck.setChecked(True))
        for signal in (ui.formedEdit.day_changed, ui.publishedEdit.day_changed, ui.publishedCheck.toggled):
            signal.connect(lambda *_: self._update_deadline())
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText("保存")
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.errorLabel.hide()
        self._update_deadline()

    def set_values(self, v: dict) -> None:
        ui = self.ui
        ui.titleEdit.setText(v.get("title", ""))
        if v.get("formed_on"):
            ui.formedEdit.setDate(qdate(v["formed_on"]))
        ui.publishedCheck.setChecked(v.get("published_on") is not None)
        ui.publishedEdit.setEnabled(v.get("published_on") is not None)
        if v.get("published_on"):
            ui.publishedEdit.setDate(qdate(v["published_on"]))
        chosen = list(v.get("channels") or [])
        for i in range(ui.channelList.count()):
            entry = ui.channelList.item(i)
            entry.setCheckState(Qt.CheckState.Checked if entry.text() in chosen else Qt.CheckState.Unchecked)
        ui.otherChannelsEdit.setText("、".join(c for c in chosen if c not in CHANNELS_13))
        ui.placeEdit.setText(v.get("place", ""))
        ui.handlerEdit.setText(v.get("handler", ""))
        ui.reviewerEdit.setText(v.get("reviewer", ""))
        ui.reviewedCheck.setChecked(v.get("reviewed_on") is not None)
        ui.reviewedEdit.setEnabled(v.get("reviewed_on") is not None)
        if v.get("reviewed_on"):
            ui.reviewedEdit.setDate(qdate(v["reviewed_on"]))

    def raw_values(self) -> dict:
        ui = self.ui
        channels = [ui.channelList.item(i).text() for i in range(ui.channelList.count())
                    if ui.channelList.item(i).checkState() == Qt.CheckState.Checked]
        channels += [c for c in split_channels(ui.otherChannelsEdit.text()) if c not in channels]
        return dict(
            title=ui.titleEdit.text().strip(), formed_on=ui.formedEdit.day(),
            published_on=ui.publishedEdit.day() if ui.publishedCheck.isChecked() else None,
            channels=channels, place=ui.placeEdit.text().strip(), handler=ui.handlerEdit.text().strip(),
            reviewer=ui.reviewerEdit.text().strip(),
            reviewed_on=ui.reviewedEdit.day() if ui.reviewedCheck.isChecked() else None)

    def _update_deadline(self) -> None:
        ui = self.ui
        typing = [f for f in (ui.formedEdit, ui.publishedEdit) if f.typing() and f.isEnabled()]
        if typing:
            ui.deadlineLabel.setText(f"应公开日期{typing[0].pending_hint()}")
            ui.deadlineLabel.setStyleSheet(f"color: {GREY};")
            return
        deadline = self.deadline_of(ui.formedEdit.day())
        label = ui.deadlineLabel
        if deadline is None:
            label.setText("该事项的公开时限不计算具体期限。")
            label.setStyleSheet(f"color: {GREY};")
            return
        text = f"应于 {format_cn(deadline)} 前公开"
        published = ui.publishedEdit.day() if ui.publishedCheck.isChecked() else None
        if published is not None:
            ok = published <= deadline
            text += "；按时公开。" if ok else "；公开日期晚于期限，将记为“逾期公开”。"
            colour = GREEN if ok else RED
        else:
            left = (deadline - clock.today()).days
            text += (f"；还剩{left}天。" if left > 0 else "；今天到期。" if left == 0 else f"；已逾期{-left}天。")
            colour = GREY if left > 0 else RED
        label.setText(text)
        label.setStyleSheet(f"color: {colour};")

    @staticmethod
    def missing(values: dict) -> list[str]:
        """What a disclosure (published_on set) lacks for the ledger: its channels and its 保密审查. Information
        still to be disclosed has neither yet (先审后发), so nothing is missing then."""
        if values["published_on"] is None:
            return []
        return [what for what, empty in (("没有选择公开渠道", not values["channels"]),
                                          ("没有填写保密审查人", not values["reviewer"])) if empty]

    def accept(self) -> None:
        values = self.raw_values()
        missing = self.missing(values)
        if missing:
            if not confirm(self, "保存公开记录",
                           f"这条公开记录{'，也'.join(missing)}。\n台账中每次公开都要写明公开渠道，并记录保密审查人和审查日期"
                           "（先审后发）。\n\n仍要保存吗？选“否”可回到对话框补填。"):
                (self.ui.channelList if not values["channels"] else self.ui.reviewerEdit).setFocus()
                return
        if not saved(self, values):
            return
        self.values = values
        super().accept()


# ---- correcting a rule ---------------------------------------------------------------------------------------------

class RuleDialog(QDialog):
    """Correct how an item's deadline is counted. Result: `values` (event, days, unit, publicity_days) or
    `reset` (parse the text again)."""

    def __init__(self, item_text: str, time_limit: str, rule: timelimit.TimeLimitRule | None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_CatalogRuleDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.errorLabel.setObjectName("error")
        ui.exampleLabel.setObjectName("hint")
        ui.parsedLabel.setObjectName("hint")
        self.time_limit = time_limit
        self.values: dict | None = None
        self.reset = False
        ui.unitCombo.addItems([WORKING_DAYS, NATURAL_DAYS])
        ui.textLabel.setText(f"<b>{item_text}</b><br>公开时限：{time_limit or '（未填写）'}")
        parsed = timelimit.parse_time_limit(time_limit)
        ui.parsedLabel.setText("程序按文字识别为：" + (parsed.describe() if parsed else "未能识别（不计算期限）"))
        computable = rule is not None and rule.computable
        ui.noDeadlineCheck.setChecked(not computable)
        ui.eventEdit.setText(rule.event if computable else timelimit.DEFAULT_EVENT)
        ui.daysSpin.setValue(rule.days if computable else 20)
        ui.unitCombo.setCurrentText(rule.unit if computable else WORKING_DAYS)
        ui.publicitySpin.setValue(rule.publicity_days or 0 if rule else 0)
        ui.noDeadlineCheck.toggled.connect(self._update)
        ui.daysSpin.valueChanged.connect(lambda _v: self._update())
        ui.unitCombo.currentIndexChanged.connect(lambda _i: self._update())
        ui.eventEdit.textChanged.connect(lambda _t: self._update())
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText("确定")
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        reset = ui.buttonBox.button(QDialogButtonBox.StandardButton.Reset)
        reset.setText("按文字重新识别")
        reset.clicked.connect(self._reset)
        ui.errorLabel.hide()
        self._update()

    def _update(self) -> None:
        ui = self.ui
        off = ui.noDeadlineCheck.isChecked()
        for w in (ui.eventEdit, ui.daysSpin, ui.unitCombo):
            w.setEnabled(not off)
        if off:
            ui.exampleLabel.setText("不计算期限：台账中只记录是否已公开。")
            return
        rule = timelimit.TimeLimitRule(self.time_limit, event=ui.eventEdit.text().strip() or "起算日",
                                       days=ui.daysSpin.value(), unit=ui.unitCombo.currentText())
        ui.exampleLabel.setText(f"即：{rule.describe()}。")

    def raw_values(self) -> dict:
        ui = self.ui
        off = ui.noDeadlineCheck.isChecked()
        return dict(event="" if off else ui.eventEdit.text().strip(), days=None if off else ui.daysSpin.value(),
                    unit=ui.unitCombo.currentText(), publicity_days=ui.publicitySpin.value() or None)

    def accept(self) -> None:
        v = self.raw_values()
        try:
            timelimit.make_rule(self.time_limit, v["event"], v["days"], v["unit"], v["publicity_days"])
        except timelimit.TimeLimitError as exc:
            self.ui.errorLabel.setText(str(exc))
            self.ui.errorLabel.show()
            return
        self.values = v
        super().accept()

    def _reset(self) -> None:
        self.reset = True
        super().accept()
