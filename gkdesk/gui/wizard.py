"""First-run wizard: the township, its clerk and its villages, or the demo township to try the program. 取消 asks
before it quits (nothing is set up yet)."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget, QWizard

from gkdesk.gui.confirm import confirm
from gkdesk.gui.context import AppContext
from gkdesk.gui.errors import USER_ERRORS
from gkdesk.gui.forms.ui_first_run_wizard import Ui_FirstRunWizard
from gkdesk.services import demo, settings, subsidy


def parse_villages(text: str) -> list[tuple[str, list[str]]]:
    """'东村：一组、二组' per line → [('东村', ['一组', '二组'])]; a line without a colon may list several
    villages without groups ('东村、西村')."""
    out: list[tuple[str, list[str]]] = []
    for line in text.splitlines():
        line = line.replace(":", "：").strip()
        if not line:
            continue
        if "：" in line:
            name, groups = line.split("：", 1)
            if name.strip():
                out.append((name.strip(), settings.split_names(groups)))
        else:
            out.extend((name, []) for name in settings.split_names(line))
    return out


class FirstRunWizard(QWizard):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.used_demo = False
        self.ui = Ui_FirstRunWizard()
        self.ui.setupUi(self)
        self.ui.unitError.setObjectName("error")
        self.ui.demoBox.setObjectName("demoBox")
        self.setButtonText(QWizard.WizardButton.NextButton, "下一步 >")
        self.setButtonText(QWizard.WizardButton.BackButton, "< 上一步")
        self.setButtonText(QWizard.WizardButton.FinishButton, "完成")
        self.setButtonText(QWizard.WizardButton.CancelButton, "取消")
        self.ui.demoButton.clicked.connect(self.use_demo)
        self.ui.villageEdit.textChanged.connect(self._count_villages)
        self._count_villages()

    def _count_villages(self) -> None:
        found = parse_villages(self.ui.villageEdit.toPlainText())
        groups = sum(len(g) for _, g in found)
        self.ui.villageCount.setText(f"已识别 {len(found)} 个村、{groups} 个村民小组。" if found else
                                     "还没有填写村。")

    def validateCurrentPage(self) -> bool:
        if self.used_demo:  # the demo township is set up already: nothing on the pages to check
            return True
        if self.currentPage() is self.ui.unitPage and not self.ui.nameEdit.text().strip():
            self.ui.unitError.setText("请先填写单位名称，例如“东风镇”。")
            self.ui.nameEdit.setFocus()
            return False
        self.ui.unitError.clear()
        return super().validateCurrentPage()

    def accept(self) -> None:
        if not self.used_demo and not self.save():
            return
        super().accept()

    def save(self) -> bool:
        ui = self.ui
        try:
            with self.ctx.db.transaction() as s:
                settings.save_unit(s, ui.nameEdit.text(), county=ui.countyEdit.text(), phone=ui.phoneEdit.text(),
                                   kind=ui.kindCombo.currentText(), supervision_phone=ui.supervisionEdit.text())
                settings.save_villages(s, parse_villages(ui.villageEdit.toPlainText()))
                subsidy.ensure_default_programs(s)
                self._save_clerk(s)
        except USER_ERRORS as exc:
            QMessageBox.warning(self, "无法保存", str(exc))
            return False
        return True

    def _save_clerk(self, session) -> None:
        """The clerk's name: the 填报人 of the 报备表 and the 经办人 offered in the ledger."""
        if name := self.ui.clerkEdit.text().strip():
            settings.set_setting(session, "clerk_name", name)

    def use_demo(self) -> None:
        try:
            demo.create_demo(self.ctx.db)
            with self.ctx.db.transaction() as s:
                self._save_clerk(s)
        except USER_ERRORS as exc:
            QMessageBox.warning(self, "无法生成演示数据", str(exc))
            return
        self.used_demo = True
        super().accept()  # QWizard validates the page it is on: validateCurrentPage lets the demo through

    def reject(self) -> None:
        """取消, Esc or the window's close button: quitting now leaves nothing set up, so ask first."""
        if confirm(self, "退出设置", "还没有设置本单位。现在退出，下次打开程序时会从这里重新开始。\n\n"
                   "要退出吗？（只想看看程序的话，可以点“使用演示数据试用”。）"):
            super().reject()
