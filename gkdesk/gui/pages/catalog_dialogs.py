"""Dialogs of the 标准目录 page: a ledger record, the import preview, and the correction of a deadline rule.

They show and collect values; the page saves them through `gkdesk.services.catalog`. A dialog given a `save`
callback keeps itself open with the service's sentence when the values are refused."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QListWidgetItem, QWidget

from gkdesk import clock
from gkdesk.domain import timelimit
from gkdesk.domain.dates import format_cn
from gkdesk.domain.vocab import CHANNELS_13, NATURAL_DAYS, WORKING_DAYS
from gkdesk.gui.errors import USER_ERRORS
from gkdesk.gui.forms.ui_catalog_import_dialog import Ui_CatalogImportDialog
from gkdesk.gui.forms.ui_catalog_record_dialog import Ui_CatalogRecordDialog
from gkdesk.gui.forms.ui_catalog_rule_dialog import Ui_CatalogRuleDialog
from gkdesk.io.catalog_reader import GROUP_SEP, normalize_channel
from gkdesk.services import catalog

RED, GREEN, ORANGE, GREY = "#c62828", "#2e7d32", "#e65100", "#6b7785"


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def split_channels(text: str) -> list[str]:
    for sep in "，,；;":
        text = text.replace(sep, "、")
    return [c for c in (normalize_channel(t) for t in text.split("、") if t.strip()) if c]


# ---- a ledger record ------------------------------------------------------------------------------------------

class RecordDialog(QDialog):
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
        for signal in (ui.formedEdit.dateChanged, ui.publishedEdit.dateChanged, ui.publishedCheck.toggled):
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
            title=ui.titleEdit.text().strip(), formed_on=pydate(ui.formedEdit.date()),
            published_on=pydate(ui.publishedEdit.date()) if ui.publishedCheck.isChecked() else None,
            channels=channels, place=ui.placeEdit.text().strip(), handler=ui.handlerEdit.text().strip(),
            reviewer=ui.reviewerEdit.text().strip(),
            reviewed_on=pydate(ui.reviewedEdit.date()) if ui.reviewedCheck.isChecked() else None)

    def _update_deadline(self) -> None:
        v = self.raw_values()
        deadline = self.deadline_of(v["formed_on"])
        label = self.ui.deadlineLabel
        if deadline is None:
            label.setText("该事项的公开时限不计算具体期限。")
            label.setStyleSheet(f"color: {GREY};")
            return
        text = f"应于 {format_cn(deadline)} 前公开"
        published = v["published_on"]
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

    def accept(self) -> None:
        values = self.raw_values()
        if self.save is not None:
            try:
                self.save(values)
            except USER_ERRORS as exc:
                self.ui.errorLabel.setText(str(exc))
                self.ui.errorLabel.show()
                return
        self.values = values
        super().accept()


# ---- the import preview -----------------------------------------------------------------------------------------

PREVIEW_COLUMNS = ["位置", "处理", "领域", "一级事项", "二级事项", "公开内容", "公开时限", "期限计算", "公开渠道",
                   "对象·方式·层级", "其他列", "变化"]


class PreviewModel(QAbstractTableModel):
    """Each row of the file as the program understood it."""

    def __init__(self, plan: catalog.ImportPlan, parent=None):
        super().__init__(parent)
        self.plan = plan
        self.flagged = {(p.sheet, p.row) for p in plan.problems}

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.plan.items)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(PREVIEW_COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return PREVIEW_COLUMNS[section]
        return None

    def text(self, row: int, col: int) -> str:
        p = self.plan.items[row]
        r = p.row
        channels = "、".join(r.channels) + (f"（其他：{r.channel_other}）" if r.channel_other else "")
        options = " / ".join("、".join(x) or "—" for x in (r.audience, r.modes, r.levels))
        notes = "；".join(f"{k.replace(GROUP_SEP, '·')}：{v}" for k, v in r.notes.items())
        return [r.where, p.action, r.area, r.level1, r.level2, r.content, r.time_limit, p.rule_text, channels,
                options, notes, "、".join(p.changes)][col]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            p = self.plan.items[row]
            problems = self.plan.problems_at(p.row.sheet, p.row.row)
            text = self.text(row, col)
            return "\n".join([*(x.message for x in problems), text if len(text) > 14 else ""]).strip() or None
        if role == Qt.ItemDataRole.ForegroundRole and col == 1:
            action = self.plan.items[row].action
            return QColor(GREEN if action == catalog.ADD else ORANGE if action == catalog.UPDATE else GREY)
        if role == Qt.ItemDataRole.BackgroundRole:
            p = self.plan.items[row]
            if (p.row.sheet, p.row.row) in self.flagged:
                return QColor("#fff6d6")
        return None


class ImportDialog(QDialog):
    """Shows an ImportPlan before anything is saved: every row as understood, the problems by row, and whether
    the reference template is to be replaced."""

    def __init__(self, plan: catalog.ImportPlan, parent: QWidget | None = None):
        super().__init__(parent)
        self.plan = plan
        self.ui = Ui_CatalogImportDialog()
        self.ui.setupUi(self)
        ui = self.ui
        title = f"“{plan.title}”" if plan.title else ""
        ui.summaryLabel.setText(f"文件“{plan.path.name}”{title}：{plan.summary()}\n"
                                "请核对每一行的识别结果（黄色行有需要注意的问题），确认无误后点“导入”。")
        self.model = PreviewModel(plan, self)
        ui.previewTable.setModel(self.model)
        header = ui.previewTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate((150, 50, 90, 130, 130, 200, 200, 200, 220, 160, 140, 160)):
            ui.previewTable.setColumnWidth(col, width)
        ui.previewTable.verticalHeader().setDefaultSectionSize(26)
        for problem in plan.problems:
            ui.problemList.addItem(str(problem))
        ui.problemsLabel.setText(f"需要注意的问题（{len(plan.problems)}处）" if plan.problems else "没有发现问题。")
        ui.problemList.setVisible(bool(plan.problems))
        ui.replaceReferenceCheck.setVisible(plan.reference_items > 0)
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("导入")
        ok.setEnabled(bool(plan.items))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)

    @property
    def replace_reference(self) -> bool:
        return self.ui.replaceReferenceCheck.isChecked()


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
