"""新增/修改政策解读: one interpretation record, checked by the service before the dialog closes."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QListWidgetItem

from gkdesk import clock
from gkdesk.domain.vocab import CHANNELS_13, INTERP_FORMS, INTERP_ROLES
from gkdesk.gui.confirm import AsksBeforeDiscarding
from gkdesk.gui.context import AppContext
from gkdesk.gui.errors import USER_ERRORS
from gkdesk.gui.forms.ui_interp_record_dialog import Ui_InterpRecordDialog
from gkdesk.gui.interp.models import GREEN, GREY, RED
from gkdesk.services import interp
from gkdesk.services.calendar import load_calendar


class RecordDialog(AsksBeforeDiscarding, QDialog):
    """Add or edit one record. The values are checked by the service before the dialog closes; 是否同步发布 is shown
    as the dates change."""

    def __init__(self, ctx: AppContext, values: dict | None = None, locked_reason: str = "", parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_InterpRecordDialog()
        self.ui.setupUi(self)
        self.values: dict | None = None
        ui = self.ui
        ui.lockLabel.setObjectName("error")
        ui.errorLabel.setObjectName("error")
        ui.formCombo.addItems(list(INTERP_FORMS))
        ui.roleCombo.addItems(list(INTERP_ROLES))
        for name in CHANNELS_13:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            ui.channelList.addItem(item)
        ui.policyDateEdit.set_optional()
        with ctx.db.session() as s:
            self._calendar = load_calendar(s)
            self._allowed = interp.sync_days(s)
        today = clock.today()
        values = values or {"published_on": today, "policy_published_on": None, "form": INTERP_FORMS[0],
                            "role": INTERP_ROLES[-1], "channels": ["政府网站"]}
        self.set_values(values)
        self.setWindowTitle("修改政策解读" if values.get("title") else "新增政策解读")
        ui.publishedEdit.day_changed.connect(self._update_sync)
        ui.policyDateEdit.day_changed.connect(self._update_sync)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.lockLabel.setVisible(bool(locked_reason))
        ui.lockLabel.setText(locked_reason)
        if locked_reason:
            for w in (ui.policyEdit, ui.docNumberEdit, ui.drafterEdit, ui.titleEdit, ui.interpreterEdit, ui.linkEdit,
                      ui.otherChannelsEdit):
                w.setReadOnly(True)
            for w in (ui.policyDateEdit, ui.publishedEdit, ui.formCombo, ui.roleCombo, ui.channelList):
                w.setEnabled(False)
            ui.remarkEdit.setReadOnly(True)
            ui.buttonBox.button(ui.buttonBox.StandardButton.Ok).setEnabled(False)
        ui.errorLabel.hide()
        self._update_sync()

    def set_values(self, v: dict) -> None:
        ui = self.ui
        ui.policyEdit.setText(v.get("policy_title", ""))
        ui.docNumberEdit.setText(v.get("doc_number", ""))
        ui.drafterEdit.setText(v.get("drafting_unit", ""))
        ui.policyDateEdit.set_day(v.get("policy_published_on"))
        ui.titleEdit.setText(v.get("title", ""))
        ui.formCombo.setCurrentText(v.get("form") or INTERP_FORMS[0])
        ui.interpreterEdit.setText(v.get("interpreter", ""))
        ui.roleCombo.setCurrentText(v.get("role") or INTERP_ROLES[-1])
        ui.publishedEdit.set_day(v.get("published_on") or clock.today())
        chosen = list(v.get("channels") or [])
        for i in range(ui.channelList.count()):
            item = ui.channelList.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.text() in chosen else Qt.CheckState.Unchecked)
        ui.otherChannelsEdit.setText("、".join(c for c in chosen if c not in CHANNELS_13))
        ui.linkEdit.setText(v.get("link", ""))
        ui.remarkEdit.setPlainText(v.get("remark", ""))

    def raw_values(self) -> dict:
        ui = self.ui
        channels = [ui.channelList.item(i).text() for i in range(ui.channelList.count())
                    if ui.channelList.item(i).checkState() == Qt.CheckState.Checked]
        channels += interp.normalize_channels(ui.otherChannelsEdit.text())
        return dict(
            policy_title=ui.policyEdit.text(), doc_number=ui.docNumberEdit.text(), drafting_unit=ui.drafterEdit.text(),
            policy_published_on=ui.policyDateEdit.day(),
            title=ui.titleEdit.text(), form=ui.formCombo.currentText(), interpreter=ui.interpreterEdit.text(),
            role=ui.roleCombo.currentText(), published_on=ui.publishedEdit.day(), channels=channels,
            link=ui.linkEdit.text(), remark=ui.remarkEdit.toPlainText().strip())

    def _update_sync(self) -> None:
        typing = [f for f in (self.ui.policyDateEdit, self.ui.publishedEdit) if f.typing()]
        if typing:
            self.ui.syncLabel.setText(f"是否同步发布{typing[0].pending_hint()}")
            self.ui.syncLabel.setStyleSheet(f"color: {GREY};")
            return
        v = self.raw_values()
        status = interp.sync_status(v["policy_published_on"], v["published_on"], self._calendar, self._allowed)
        doubtful = status.synced is None or status.state == interp.EARLY
        self.ui.syncLabel.setText(("" if doubtful else "是，" if status.synced else "否，") + status.explanation)
        colour = RED if status.synced is False else GREY if doubtful else GREEN
        self.ui.syncLabel.setStyleSheet(f"color: {colour};")

    def accept(self) -> None:
        try:
            self.values = interp.clean_values(self.raw_values())
        except USER_ERRORS as exc:
            self.ui.errorLabel.setText(str(exc))
            self.ui.errorLabel.show()
            return
        super().accept()
