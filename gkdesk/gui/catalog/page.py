"""标准目录与公开台账: the catalog as a tree of areas and items (applicability, disclosures this year; items with
none stand out), the selected item's columns and its ledger beside it, the item dialog (new and edited items,
their area and linked subsidy programs), the record dialog, the import with its preview, and the exports. Every
write goes through `gkdesk.services.catalog`.

Keys on the tree: double-click an item to edit it, Delete deletes it (after asking), Ctrl+N adds an item to
the current area.

Opens the reminders' refs: ("disclosure", record id) and ("catalog_item", item id)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QDialog, QHeaderView, QInputDialog, QMenu, QMessageBox, QWidget

from gkdesk import clock
from gkdesk.gui.catalog.dialogs import ItemDialog, ProgramChoice, RecordDialog, RuleDialog
from gkdesk.gui.catalog.import_dialog import ImportDialog
from gkdesk.gui.catalog.models import ORANGE, RED, AreaIdRole, CatalogTreeModel, LedgerLine, LedgerModel
from gkdesk.gui.confirm import confirm
from gkdesk.gui.context import AppContext
from gkdesk.gui.errors import report_error, written
from gkdesk.gui.forms.ui_catalog_page import Ui_CatalogPage
from gkdesk.gui.pages import Page
from gkdesk.gui.tasks import run_task
from gkdesk.gui.widgets.files import ask_open_path, ask_save_path, show_saved
from gkdesk.gui.widgets.names import offer_names
from gkdesk.gui.widgets.rows import fit_columns
from gkdesk.io.catalog_reader import GROUP_SEP
from gkdesk.services import catalog, names, settings, subsidy
from gkdesk.services.calendar import load_calendar

# The columns the item dialog edits besides 一级/二级事项 and the area (其他列 and 适用 are kept as they are).
# The ledger's columns at most this many characters wide: 信息标题, 公开渠道, 地点或链接 (cut text shows in its tooltip)
LEDGER_CAPS = {0: 14, 5: 8, 6: 10}
DIALOG_FIELDS = ("content", "basis", "time_limit", "subject", "channels", "channel_other", "audience",
                 "modes", "levels")


# ---- the page -----------------------------------------------------------------------------------------------------

class CatalogPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_CatalogPage()
        self.ui.setupUi(self)
        ui = self.ui
        ui.titleLabel.setObjectName("pageTitle")
        for label in (ui.hintLabel, ui.statusLabel, ui.ledgerCountLabel):
            label.setObjectName("hint")
        ui.referenceBanner.setObjectName("warningBanner")
        ui.itemTitleLabel.setStyleSheet("font-size: 13pt; font-weight: 600; color: #1b3a5c;")
        ui.bannerLayout.setStretch(0, 1)
        # The item's columns take the height they need and scroll when the window is low, so that the ledger
        # below keeps its rows.
        ui.detailScroll.setStyleSheet(
            "QScrollArea#detailScroll, QWidget#detailFormWidget { background: transparent; }")
        ui.detailScroll.installEventFilter(self)
        ledger_font = QFont(ui.ledgerTitleLabel.font())
        ledger_font.setBold(True)
        ui.ledgerTitleLabel.setFont(ledger_font)
        self._item_id: int | None = None

        self.tree = CatalogTreeModel(self)
        ui.catalogTree.setModel(self.tree)
        header = ui.catalogTree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, 5):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.ledger = LedgerModel(self)
        ui.ledgerTable.setModel(self.ledger)
        lh = ui.ledgerTable.horizontalHeader()
        lh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        lh.setStretchLastSection(True)
        fit_columns(ui.ledgerTable, LEDGER_CAPS)   # its titles whole while it is empty
        ui.ledgerTable.verticalHeader().setDefaultSectionSize(28)
        ui.splitter.setStretchFactor(0, 2)
        ui.splitter.setStretchFactor(1, 3)
        ui.splitter.setSizes([540, 560])  # the items' names whole at 1366×768
        ui.yearSpin.setValue(clock.today().year)

        area_menu = QMenu(self)
        area_menu.addAction("新增领域…", self.add_area)
        area_menu.addAction("改名…", self.rename_area)
        area_menu.addAction("合并所选领域…", self.merge_areas)
        area_menu.addAction("隐藏 / 显示所选领域", self.toggle_hidden)
        area_menu.addSeparator()
        area_menu.addAction("上移", lambda: self.move_area(-1))
        area_menu.addAction("下移", lambda: self.move_area(1))
        area_menu.addSeparator()
        area_menu.addAction("载入参考模板", self.install_reference)
        ui.areaButton.setMenu(area_menu)
        self.area_menu = area_menu
        self.item_actions = self._make_item_actions()
        tree = ui.catalogTree
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tree.customContextMenuRequested.connect(self._tree_menu)
        tree.doubleClicked.connect(self._tree_double_clicked)

        ui.catalogTree.selectionModel().currentChanged.connect(lambda cur, _prev: self._current_changed(cur))
        ui.yearSpin.valueChanged.connect(lambda _v: self.refresh())
        ui.searchEdit.textChanged.connect(lambda _t: self.load_tree())
        ui.showHiddenCheck.toggled.connect(lambda _c: self.load_tree())
        ui.overdueCheck.toggled.connect(lambda _c: self.load_tree())
        ui.importButton.clicked.connect(self.import_file)
        ui.bannerImportButton.clicked.connect(self.import_file)
        ui.referenceButton.clicked.connect(self.install_reference)
        export_menu = QMenu(self)   # one button: the filter row fits a 1366-pixel screen
        self.export_xlsx_action = export_menu.addAction("导出目录（Excel）…", lambda: self.export_catalog("xlsx"))
        self.export_docx_action = export_menu.addAction("导出目录（Word）…", lambda: self.export_catalog("docx"))
        export_menu.addSeparator()
        self.export_ledger_action = export_menu.addAction("导出公开台账（Excel）…", self.export_ledger)
        ui.exportButton.setMenu(export_menu)
        ui.applicableCheck.clicked.connect(self.set_applicable)
        ui.addItemButton.clicked.connect(lambda: self.new_item())
        ui.editItemButton.clicked.connect(lambda: self.edit_item())
        ui.deleteItemButton.clicked.connect(lambda: self.delete_item())
        ui.ruleButton.clicked.connect(self.edit_rule)
        ui.addRecordButton.clicked.connect(self.add_record)
        ui.editRecordButton.clicked.connect(lambda: self.edit_record())
        ui.deleteRecordButton.clicked.connect(self.delete_record)
        ui.ledgerTable.doubleClicked.connect(lambda index: self.edit_record(self.ledger.lines[index.row()].id))
        ui.ledgerTable.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.refresh()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.ui.detailScroll and event.type() == QEvent.Type.Resize:
            self._fit_details()
        return super().eventFilter(watched, event)

    def _fit_details(self) -> None:
        """No taller than the item's columns at the present width (the ledger gets the rest)."""
        scroll, form = self.ui.detailScroll, self.ui.detailFormWidget
        height = form.heightForWidth(scroll.width())
        height = height if height > 0 else form.sizeHint().height()
        scroll.setMaximumHeight(height + 2 * scroll.frameWidth())

    # ---- loading --------------------------------------------------------------------------------------------
    @property
    def year(self) -> int:
        return self.ui.yearSpin.value()

    def refresh(self) -> None:
        self.load_tree()

    def changed(self) -> None:
        """After a write: reload and tell the other pages (首页 lists the disclosures due)."""
        self.refresh()
        self.ctx.data_changed.emit()

    def load_tree(self) -> None:
        ui = self.ui
        today = clock.today()
        with self.ctx.db.session() as s:
            areas = catalog.overview(s, self.year, load_calendar(s), today,
                                     include_hidden=ui.showHiddenCheck.isChecked())
            notice = catalog.reference_notice(s)
            source = settings.get_setting(s, catalog.SETTING_SOURCE)
        needle = ui.searchEdit.text().strip()
        overdue_only = ui.overdueCheck.isChecked()
        if needle or overdue_only:
            areas = [catalog.AreaSummary(a.id, a.name, a.hidden, tuple(
                i for i in a.items if (not needle or needle in a.name or needle in i.label)
                and (not overdue_only or i.overdue))) for a in areas]
            areas = [a for a in areas if a.items]
        keep = self._item_id
        expanded = {self.tree.areas[r].id for r in range(len(self.tree.areas))
                    if ui.catalogTree.isExpanded(self.tree.index(r, 0))}
        first_load = not self.tree.areas
        self.tree.set_areas(areas, self.year)
        for r, area in enumerate(areas):
            if first_load or needle or overdue_only or area.id in expanded or area.overdue:
                ui.catalogTree.setExpanded(self.tree.index(r, 0), True)
        empty = not any(a.items for a in areas) and not needle and not overdue_only
        ui.referenceBanner.setVisible(bool(notice) or empty)
        ui.importButton.setVisible(not ui.referenceBanner.isVisibleTo(self))   # one 导入本县目录… at a time
        if empty:
            ui.referenceLabel.setText("目录中还没有事项。请导入本县（市、区）发布的基层政务公开事项标准目录（Excel），"
                                      "或先载入程序自带的参考模板。")
        elif notice:
            ui.referenceLabel.setText("⚠ " + notice)
        ui.referenceButton.setVisible(empty)
        items = [i for a in areas for i in a.items if i.applicable]
        none = sum(1 for i in items if i.none_this_year)
        overdue = sum(i.overdue for a in areas for i in a.items)
        parts = [f"共{len(areas)}个领域、{sum(len(a.items) for a in areas)}个事项",
                 f"{self.year}年已公开{sum(i.disclosed_this_year for i in items)}次"]
        if none:
            parts.append(f"<span style='color:{ORANGE}'>{none}个适用事项今年尚未公开</span>")
        if overdue:
            parts.append(f"<span style='color:{RED}'>{overdue}条信息逾期未公开</span>")
        if source and isinstance(source, dict) and source.get("file"):
            parts.append(f"目录来源：{source['file']}（{source.get('imported_on', '')}导入）")
        ui.statusLabel.setText("；".join(parts) + "。")
        if keep is not None and self.tree.index_of_item(keep).isValid():
            self.select_item(keep)
        else:
            self.show_item(None)

    def _current_changed(self, index) -> None:
        item = self.tree.item_at(index)
        self.show_item(item.id if item else None)

    def current_item_id(self) -> int | None:
        return self._item_id

    def show_item(self, item_id: int | None) -> None:
        ui = self.ui
        self._item_id = item_id
        values = (ui.areaValue, ui.contentValue, ui.basisValue, ui.limitValue, ui.ruleValue, ui.subjectValue,
                  ui.channelsValue, ui.optionsValue, ui.notesValue, ui.programsValue)
        if item_id is None:
            ui.itemTitleLabel.setText("请在左侧选择一个事项")
            for v in values:
                v.setText("")
            ui.ledgerTitleLabel.setText("公开台账")
            self.ledger.set_lines([])
            ui.ledgerCountLabel.setText("")
            for w in self._item_widgets():
                w.setEnabled(False)
            self._update_buttons()
            self._fit_details()
            return
        today = clock.today()
        with self.ctx.db.session() as s:
            item = catalog.get_item(s, item_id)
            cal = load_calendar(s)
            rows = catalog.item_records(s, item, cal, today)
            programs = catalog.linked_programs(s, item)
            texts = (item.area.name, item.content, item.basis, item.time_limit, catalog.rule_text(item),
                     item.subject,
                     "、".join(c if c != catalog.OTHER or not item.channel_other else f"其他（{item.channel_other}）"
                              for c in item.channels),
                     " / ".join("、".join(x) or "—" for x in (item.audience, item.modes, item.levels)),
                     "；".join(f"{k.replace(GROUP_SEP, '·')}：{v}" for k, v in item.notes.items()),
                     "、".join(programs) or "—")
            title = catalog.item_label(item)
            applicable, reference = item.applicable, item.is_reference
        ui.itemTitleLabel.setText(f"{texts[0]} / {title}" + ("（参考模板）" if reference else ""))
        for label, text in zip(values, texts):
            label.setText(text or "—")
        ui.applicableCheck.setChecked(applicable)
        for w in self._item_widgets():
            w.setEnabled(True)
        lines = [LedgerLine(r.record.id, r.record.title, r.record.formed_on, r.record.published_on, r.status.deadline,
                            "、".join(r.record.channels), r.record.place, r.record.handler,
                            f"{r.record.reviewer} {r.record.reviewed_on.isoformat()}" if r.record.reviewed_on
                            else r.record.reviewer, r.status.status, r.status.label, r.record.batch_id is not None)
                 for r in rows]
        keep = self.current_record_id()
        self.ledger.set_lines(lines)
        fit_columns(self.ui.ledgerTable, LEDGER_CAPS)
        ui.ledgerTitleLabel.setText(f"公开台账（{len(lines)}条）")
        self._fit_details()
        this_year = sum(1 for line in lines if line.published_on and line.published_on.year == self.year)
        ui.ledgerCountLabel.setText(f"{self.year}年公开{this_year}次")
        if keep is not None:
            self.select_record(keep)
        self._update_buttons()

    def _item_widgets(self) -> list:
        """What works on the selected item only."""
        ui = self.ui
        return [ui.applicableCheck, ui.ruleButton, ui.addRecordButton, ui.editItemButton, ui.deleteItemButton,
                *(self.item_actions[k] for k in ("edit", "programs", "delete"))]

    def current_record_id(self) -> int | None:
        sel = self.ui.ledgerTable.selectionModel()
        rows = sel.selectedRows() if sel else []
        if not rows:
            return None
        row = rows[0].row()
        return self.ledger.lines[row].id if row < len(self.ledger.lines) else None

    def _update_buttons(self) -> None:
        has = self.current_record_id() is not None
        self.ui.editRecordButton.setEnabled(has)
        self.ui.deleteRecordButton.setEnabled(has)

    def select_item(self, item_id: int) -> bool:
        index = self.tree.index_of_item(item_id)
        if not index.isValid():
            return False
        view = self.ui.catalogTree
        view.setExpanded(index.parent(), True)
        view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        view.scrollTo(index)
        if self._item_id != item_id:
            self.show_item(item_id)
        return True

    def select_record(self, record_id: int) -> None:
        row = self.ledger.row_of(record_id)
        if row is not None:
            self.ui.ledgerTable.selectRow(row)
            self.ui.ledgerTable.scrollTo(self.ledger.index(row, 0))
        self._update_buttons()

    # ---- refs from 首页 -------------------------------------------------------------------------------------
    def open_ref(self, entity: str, ref_id: int) -> None:
        with self.ctx.db.session() as s:
            item_id = catalog.item_of_record(s, ref_id) if entity == "disclosure" else ref_id
            item = s.get(catalog.CatalogItem, item_id) if item_id is not None else None
            hidden = item is not None and item.area.hidden
            item_id = item.id if item is not None else None
        if item_id is None:
            return
        ui = self.ui
        if ui.searchEdit.text():
            ui.searchEdit.clear()
        if hidden and not ui.showHiddenCheck.isChecked():
            ui.showHiddenCheck.setChecked(True)
        self.select_item(item_id)
        if entity == "disclosure":
            self.select_record(ref_id)

    # ---- item ---------------------------------------------------------------------------------------------
    def _write(self, fn) -> bool:
        if not written(self.ctx.db, self, fn):
            return False
        self.changed()
        return True

    def set_applicable(self) -> None:
        item_id, value = self._item_id, self.ui.applicableCheck.isChecked()
        if item_id is not None:
            self._write(lambda s: catalog.set_applicable(s, catalog.get_item(s, item_id), value))

    def edit_rule(self) -> None:
        item_id = self._item_id
        if item_id is None:
            return
        with self.ctx.db.session() as s:
            item = catalog.get_item(s, item_id)
            label, text, rule = catalog.item_label(item), item.time_limit, catalog.item_rule(item)
        dialog = RuleDialog(label, text, rule, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if dialog.reset:
            self._write(lambda s: catalog.reset_rule(s, catalog.get_item(s, item_id)))
        elif dialog.values is not None:
            v = dialog.values
            self._write(lambda s: catalog.set_rule(s, catalog.get_item(s, item_id), v["event"], v["days"], v["unit"],
                                                   v["publicity_days"]))

    # ---- adding, editing and deleting items ---------------------------------------------------------------
    def _make_item_actions(self) -> dict[str, QAction]:
        """The item actions of the tree's context menu, with their keys: Ctrl+N anywhere on the page, Delete
        on the tree."""
        actions = {}
        for key, text, slot in (("new", "新增事项…", lambda: self.new_item()),
                                ("edit", "修改事项…", lambda: self.edit_item()),
                                ("programs", "关联补贴项目…", lambda: self.edit_item(programs=True)),
                                ("delete", "删除事项", lambda: self.delete_item())):
            action = QAction(text, self)
            action.triggered.connect(slot)
            actions[key] = action
        new, delete = actions["new"], actions["delete"]
        new.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        new.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(new)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.ui.catalogTree.addAction(delete)
        return actions

    def _tree_menu(self, pos) -> None:
        tree = self.ui.catalogTree
        index = tree.indexAt(pos)
        item = self.tree.item_at(index)
        menu = QMenu(self)
        if item is not None:
            if self._item_id != item.id:
                self.select_item(item.id)
            for key in ("edit", "programs"):
                menu.addAction(self.item_actions[key])
            menu.addAction("更正期限规则…", self.edit_rule)
            menu.addSeparator()
            area = self.tree.area_at(index).name
            menu.addAction(f"在“{area}”中新增事项…", lambda: self.new_item(item.area_id))
            menu.addSeparator()
            menu.addAction(self.item_actions["delete"])
        elif index.isValid():
            area = self.tree.area_at(index)
            menu.addAction(f"在“{area.name}”中新增事项…", lambda: self.new_item(area.id))
            menu.addSeparator()
            menu.addActions(self.area_menu.actions())
        else:
            menu.addAction(self.item_actions["new"])
            menu.addAction("新增领域…", self.add_area)
        menu.exec(tree.viewport().mapToGlobal(pos))

    def _tree_double_clicked(self, index) -> None:
        item = self.tree.item_at(index)
        if item is not None:
            self.edit_item(item.id)

    def current_area_id(self) -> int | None:
        """The area of the current tree row (an area or one of its items); else the first area shown."""
        index = self.ui.catalogTree.currentIndex()
        if index.isValid():
            return index.data(AreaIdRole)
        return self.tree.areas[0].id if self.tree.areas else None

    def reveal_item(self, item_id: int) -> None:
        """Select an item in the tree, clearing the filter or showing hidden areas when they hide it."""
        ui = self.ui
        if not self.tree.index_of_item(item_id).isValid() and ui.searchEdit.text():
            ui.searchEdit.clear()
        if not self.tree.index_of_item(item_id).isValid() and not ui.showHiddenCheck.isChecked():
            ui.showHiddenCheck.setChecked(True)
        self.select_item(item_id)
        ui.catalogTree.setFocus()

    def make_item_dialog(self, item_id: int | None, area_id: int | None, save) -> ItemDialog:
        """The item dialog for `item_id` (None: a new item in `area_id`)."""
        with self.ctx.db.session() as s:
            area_list = [(a.id, a.name + ("（已隐藏）" if a.hidden else "")) for a in catalog.areas(s)]
            cal = load_calendar(s)
            stored = settings.get_setting(s, catalog.SETTING_OPTIONS) or {}
            labels = {g: list(stored.get(g) or []) for g in ("audience", "modes", "levels")}
            choices = []
            for p in subsidy.programs(s):
                elsewhere = ""
                other = s.get(catalog.CatalogItem, p.catalog_item_id) if p.catalog_item_id else None
                if other is not None and other.id != item_id:
                    elsewhere = f"{other.area.name} / {catalog.item_label(other)}"
                here = item_id is not None and p.catalog_item_id == item_id
                choices.append(ProgramChoice(p.id, p.name, here, elsewhere, bool(p.active)))
            if item_id is not None:
                item = catalog.get_item(s, item_id)
                values = {k: getattr(item, k) for k in ("level1", "level2", *DIALOG_FIELDS)}
                values["area_id"] = item.area_id
                extra = dict(item_text=f"{item.area.name} / {catalog.item_label(item)}",
                             rule_now=catalog.rule_text(item), rule_edited=bool(item.rule_edited))
            else:
                levels = labels["levels"] or ["乡级"]
                values = dict(area_id=area_id, audience=(labels["audience"] or ["全社会"])[:1],
                              modes=(labels["modes"] or ["主动"])[:1],
                              levels=[next((x for x in levels if "乡" in x or "镇" in x), levels[0])])
                extra = {}
        return ItemDialog(area_list, values, choices, save, calendar=cal, option_labels=labels, parent=self,
                          **extra)

    @staticmethod
    def _item_fields(values: dict) -> dict:
        return {k: values[k] for k in DIALOG_FIELDS}

    def _apply_links(self, s, item: catalog.CatalogItem, wanted: list[int]) -> list[str]:
        """Link the programs in `wanted` to `item` and unlink the others linked to it; a sentence for each
        change."""
        notes = []
        for p in subsidy.programs(s):
            if p.id in wanted and p.catalog_item_id != item.id:
                before = s.get(catalog.CatalogItem, p.catalog_item_id) if p.catalog_item_id else None
                added = catalog.link_program(s, p, item)
                note = (f"已关联补贴项目“{p.name}”：它已开始的{added}次公示已登记到本事项的公开台账。" if added else
                        f"已关联补贴项目“{p.name}”：它还没有已开始的公示，以后开始公示时会自动登记到本事项的公开台账。")
                if before is not None:
                    note += f"原关联事项“{catalog.item_label(before)}”台账中已登记的公示记录仍留在原事项。"
                notes.append(note)
            elif p.id not in wanted and p.catalog_item_id == item.id:
                catalog.link_program(s, p, None)
                notes.append(f"已取消关联补贴项目“{p.name}”：已登记的公示记录仍留在台账中，以后的公示不再自动登记。")
        return notes

    def _after_item_change(self, item_id: int, notes: list[str]) -> None:
        self.changed()
        self.reveal_item(item_id)
        if notes:
            QMessageBox.information(self, "关联补贴项目", "\n".join(notes))

    def new_item(self, area_id: int | None = None) -> None:
        """新增事项 (Ctrl+N): a township's own item, in the current area unless another is given."""
        area_id = area_id if area_id is not None else self.current_area_id()
        if area_id is None:
            QMessageBox.information(self, "新增事项", "目录中还没有领域。请先用“领域… → 新增领域…”添加领域，"
                                    "或载入参考模板，再新增事项。")
            return
        done: dict = {}

        def save(v: dict) -> None:
            with self.ctx.db.transaction() as s:
                area = catalog.find_area(s, str(v["area_id"]))
                item = catalog.add_item(s, area, v["level1"], v["level2"], **self._item_fields(v))
                new_id, notes = item.id, self._apply_links(s, item, v["program_ids"])
            done.update(id=new_id, notes=notes)

        dialog = self.make_item_dialog(None, area_id, save)
        if dialog.exec() != QDialog.DialogCode.Accepted or "id" not in done:
            return
        self._after_item_change(done["id"], done["notes"])

    def edit_item(self, item_id: int | None = None, programs: bool = False) -> None:
        """修改事项: its columns, its area and its linked programs (`programs`: start at the program list)."""
        item_id = item_id if item_id is not None else self._item_id
        if item_id is None:
            return
        done: dict = {}

        def save(v: dict) -> None:
            with self.ctx.db.transaction() as s:
                item = catalog.get_item(s, item_id)
                catalog.update_item(s, item, area=catalog.find_area(s, str(v["area_id"])), level1=v["level1"],
                                    level2=v["level2"], **self._item_fields(v))
                notes = self._apply_links(s, item, v["program_ids"])
            done.update(notes=notes)

        dialog = self.make_item_dialog(item_id, None, save)
        if programs:
            dialog.ui.programList.setFocus()
        if dialog.exec() != QDialog.DialogCode.Accepted or "notes" not in done:
            return
        self._after_item_change(item_id, done["notes"])

    def delete_item(self, item_id: int | None = None) -> None:
        """删除事项 (Delete): asks first, naming the item; the service refuses an item with ledger records or a
        linked program, and its sentence is shown."""
        item_id = item_id if item_id is not None else self._item_id
        if item_id is None:
            return
        with self.ctx.db.session() as s:
            item = catalog.get_item(s, item_id)
            name = f"{item.area.name} / {catalog.item_label(item)}"
        if not confirm(self, "删除事项", f"删除事项“{name}”吗？删除后不能恢复。\n\n如果只是本镇不涉及这个事项，"
                       "可以不删除，改为取消勾选“本镇适用此事项”。"):
            return
        # Afterwards the next item of the area is selected (or the one before).
        index = self.tree.index_of_item(item_id)
        siblings = [i.id for i in self.tree.area_at(index).items] if index.isValid() else [item_id]
        k = siblings.index(item_id)
        neighbours = siblings[k + 1:] + siblings[:k][::-1]
        if self._write(lambda s: catalog.delete_item(s, catalog.get_item(s, item_id))) and neighbours:
            self.select_item(neighbours[0])

    # ---- records ------------------------------------------------------------------------------------------
    def make_record_dialog(self, item_id: int, values: dict | None, save) -> RecordDialog:
        with self.ctx.db.session() as s:
            item = catalog.get_item(s, item_id)
            label, rule = f"{item.area.name} / {catalog.item_label(item)}", catalog.rule_text(item)
            cal = load_calendar(s)
            if values is None:
                values = {"channels": list(item.channels),
                          "handler": settings.get_setting(s, "clerk_name") or ""}

        def deadline_of(formed: dt.date) -> dt.date | None:
            with self.ctx.db.session() as s2:
                return catalog.deadline_for(catalog.get_item(s2, item_id), formed, cal)

        dialog = RecordDialog(label, rule, deadline_of, values, save, self)
        with self.ctx.db.session() as s:
            offer_names(dialog.ui.handlerEdit, names.remembered_names(s, names.HANDLER), fill_empty=False)
            offer_names(dialog.ui.reviewerEdit, names.remembered_names(s, names.REVIEWER), fill_empty=False)
        return dialog

    def add_record(self) -> None:
        item_id = self._item_id
        if item_id is None:
            return
        created: list[int] = []

        def save(values: dict) -> None:
            with self.ctx.db.transaction() as s:
                created.append(catalog.add_record(s, catalog.get_item(s, item_id), **values).id)

        dialog = self.make_record_dialog(item_id, None, save)
        if dialog.exec() != QDialog.DialogCode.Accepted or not created:
            return
        self.changed()
        self.select_record(created[-1])

    def edit_record(self, record_id: int | None = None) -> None:
        record_id = record_id or self.current_record_id()
        if record_id is None or self._item_id is None:
            return
        with self.ctx.db.session() as s:
            r = catalog.get_record(s, record_id)
            before = dict(title=r.title, formed_on=r.formed_on, published_on=r.published_on, channels=list(r.channels),
                          place=r.place, handler=r.handler, reviewer=r.reviewer, reviewed_on=r.reviewed_on)

        def save(values: dict) -> None:
            with self.ctx.db.transaction() as s:
                catalog.update_record(s, catalog.get_record(s, record_id), **values)

        dialog = self.make_record_dialog(self._item_id, before, save)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.changed()
        self.select_record(record_id)

    def delete_record(self) -> None:
        record_id = self.current_record_id()
        if record_id is None:
            return
        line = self.ledger.lines[self.ledger.row_of(record_id)]
        extra = "（这条记录是补贴公示开始时自动登记的）" if line.from_publicity else ""
        if not confirm(self, "删除公开记录", f"删除“{line.title}”这条公开记录吗？{extra}"):
            return
        self._write(lambda s: catalog.delete_record(s, catalog.get_record(s, record_id)))

    # ---- areas --------------------------------------------------------------------------------------------
    def selected_area_ids(self) -> list[int]:
        ids: list[int] = []
        for index in self.ui.catalogTree.selectionModel().selectedRows(0):
            area_id = index.data(AreaIdRole)
            if area_id is not None and area_id not in ids:
                ids.append(area_id)
        if not ids and self.ui.catalogTree.currentIndex().isValid():
            area_id = self.ui.catalogTree.currentIndex().data(AreaIdRole)
            ids = [area_id] if area_id is not None else []
        return ids

    def _area_names(self, ids: list[int]) -> list[str]:
        names = {a.id: a.name for a in self.tree.areas}
        return [names[i] for i in ids if i in names]

    def add_area(self) -> None:
        name, ok = QInputDialog.getText(self, "新增领域", "领域名称（如“乡村振兴”“自然资源”）：")
        if ok and name.strip():
            self._write(lambda s: catalog.add_area(s, name))

    def rename_area(self) -> None:
        ids = self.selected_area_ids()
        if not ids:
            QMessageBox.information(self, "改名", "请先在左侧选中一个领域（或其中的事项）。")
            return
        (old,) = self._area_names(ids[:1])
        name, ok = QInputDialog.getText(self, "领域改名", f"把“{old}”改名为：", text=old)
        if ok and name.strip() and name.strip() != old:
            self._write(lambda s: catalog.rename_area(s, catalog.find_area(s, str(ids[0])), name))

    def merge_areas(self) -> None:
        ids = self.selected_area_ids()
        names = self._area_names(ids)
        if len(ids) < 2:
            QMessageBox.information(self, "合并领域", "请在左侧按住 Ctrl 选中要合并的两个或多个领域。")
            return
        target, ok = QInputDialog.getText(self, "合并领域", f"把{'、'.join(names)}合并为（可用已有名称或新名称）：",
                                          text=names[0])
        if ok and target.strip():
            self._write(lambda s: catalog.merge_areas(s, [catalog.find_area(s, str(i)) for i in ids], target))

    def toggle_hidden(self) -> None:
        ids = self.selected_area_ids()
        if not ids:
            QMessageBox.information(self, "隐藏领域", "请先在左侧选中要隐藏或显示的领域。")
            return
        hidden = {a.id: a.hidden for a in self.tree.areas}

        def apply(s) -> None:
            for i in ids:
                catalog.set_area_hidden(s, catalog.find_area(s, str(i)), not hidden.get(i, False))
        self._write(apply)

    def move_area(self, delta: int) -> None:
        ids = self.selected_area_ids()
        if ids:
            self._write(lambda s: catalog.move_area(s, catalog.find_area(s, str(ids[0])), delta))

    def install_reference(self) -> None:
        added: list[int] = []
        if self._write(lambda s: added.append(catalog.install_reference(s))):
            QMessageBox.information(self, "参考模板", f"已载入参考模板中的{added[0]}个事项。参考模板仅作起步参考，"
                                    "请尽快导入本县发布的标准目录替换。" if added[0] else "参考模板中的事项都已在目录中。")

    # ---- import and export ----------------------------------------------------------------------------------
    def import_file(self) -> None:
        path = ask_open_path(self, "选择本县发布的标准目录", "Excel 表格 (*.xlsx *.xls *.xlsm *.et);;所有文件 (*)")
        if path is None:
            return
        db = self.ctx.db

        def plan():
            with db.session() as s:
                return catalog.plan_import(s, path)

        run_task(self, "正在读取标准目录…", plan, self.preview_import,
                 lambda exc: report_error(exc, self, self.ctx.folder.log_file))

    def preview_import(self, plan: catalog.ImportPlan) -> None:
        dialog = ImportDialog(plan, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        db, replace = self.ctx.db, dialog.replace_reference

        def apply() -> catalog.ImportResult:
            with db.transaction() as s:
                return catalog.apply_import(s, plan, replace_reference=replace)

        def done(result) -> None:
            self.changed()
            QMessageBox.information(self, "导入完成", result.summary())

        run_task(self, "正在导入标准目录…", apply, done, lambda exc: report_error(exc, self, self.ctx.folder.log_file),
                 writes=True)

    def export_catalog(self, fmt: str) -> None:
        with self.ctx.db.session() as s:
            unit = settings.get_unit(s)
        pattern = "Excel 工作簿 (*.xlsx)" if fmt == "xlsx" else "Word 文档 (*.docx)"
        path = ask_save_path(self, "导出标准目录", f"{unit.name if unit else ''}基层政务公开事项标准目录.{fmt}", pattern)
        if path is None:
            return
        db = self.ctx.db
        hidden = self.ui.showHiddenCheck.isChecked()

        def work():
            with db.session() as s:
                return catalog.export_catalog(s, path, fmt, include_hidden=hidden)

        run_task(self, "正在导出标准目录…", work, lambda p: show_saved(self, p, "导出完成"),
                 lambda exc: report_error(exc, self, self.ctx.folder.log_file))

    def export_ledger(self) -> None:
        year = self.year
        with self.ctx.db.session() as s:
            unit = settings.get_unit(s)
        path = ask_save_path(self, f"导出{year}年公开台账", f"{unit.name if unit else ''}{year}年政务公开台账.xlsx",
                             "Excel 工作簿 (*.xlsx)")
        if path is None:
            return
        db = self.ctx.db
        today = clock.today()

        def work():
            with db.session() as s:
                return catalog.export_ledger(s, year, path, load_calendar(s), today)

        run_task(self, "正在导出公开台账…", work, lambda p: show_saved(self, p, "导出完成"),
                 lambda exc: report_error(exc, self, self.ctx.folder.log_file))


PAGE = Page(title="标准目录", icon="catalog.svg", factory=CatalogPage, order=30,
            handles=("disclosure", "catalog_item"))
