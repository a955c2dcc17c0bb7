# Generated from ui/interp_page.ui by gkdesk.gui.compile_forms — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'interp_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

from gkdesk.gui.widgets.dates import DateEdit

class Ui_InterpPage(object):
    def setupUi(self, InterpPage):
        if not InterpPage.objectName():
            InterpPage.setObjectName(u"InterpPage")
        InterpPage.resize(1000, 680)
        self.pageLayout = QVBoxLayout(InterpPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(24, 20, 24, 16)
        self.titleLabel = QLabel(InterpPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.pageLayout.addWidget(self.titleLabel)

        self.hintLabel = QLabel(InterpPage)
        self.hintLabel.setObjectName(u"hintLabel")

        self.pageLayout.addWidget(self.hintLabel)

        self.tabs = QTabWidget(InterpPage)
        self.tabs.setObjectName(u"tabs")
        self.recordsTab = QWidget()
        self.recordsTab.setObjectName(u"recordsTab")
        self.recordsLayout = QVBoxLayout(self.recordsTab)
        self.recordsLayout.setObjectName(u"recordsLayout")
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.monthFilterLabel = QLabel(self.recordsTab)
        self.monthFilterLabel.setObjectName(u"monthFilterLabel")

        self.filterLayout.addWidget(self.monthFilterLabel)

        self.monthFilter = QComboBox(self.recordsTab)
        self.monthFilter.setObjectName(u"monthFilter")
        self.monthFilter.setMinimumSize(QSize(130, 0))

        self.filterLayout.addWidget(self.monthFilter)

        self.formFilterLabel = QLabel(self.recordsTab)
        self.formFilterLabel.setObjectName(u"formFilterLabel")

        self.filterLayout.addWidget(self.formFilterLabel)

        self.formFilter = QComboBox(self.recordsTab)
        self.formFilter.setObjectName(u"formFilter")
        self.formFilter.setMinimumSize(QSize(110, 0))

        self.filterLayout.addWidget(self.formFilter)

        self.roleFilterLabel = QLabel(self.recordsTab)
        self.roleFilterLabel.setObjectName(u"roleFilterLabel")

        self.filterLayout.addWidget(self.roleFilterLabel)

        self.roleFilter = QComboBox(self.recordsTab)
        self.roleFilter.setObjectName(u"roleFilter")
        self.roleFilter.setMinimumSize(QSize(110, 0))

        self.filterLayout.addWidget(self.roleFilter)

        self.searchEdit = QLineEdit(self.recordsTab)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)


        self.recordsLayout.addLayout(self.filterLayout)

        self.recordButtons = QHBoxLayout()
        self.recordButtons.setObjectName(u"recordButtons")
        self.addButton = QPushButton(self.recordsTab)
        self.addButton.setObjectName(u"addButton")

        self.recordButtons.addWidget(self.addButton)

        self.editButton = QPushButton(self.recordsTab)
        self.editButton.setObjectName(u"editButton")

        self.recordButtons.addWidget(self.editButton)

        self.deleteButton = QPushButton(self.recordsTab)
        self.deleteButton.setObjectName(u"deleteButton")

        self.recordButtons.addWidget(self.deleteButton)

        self.undoButton = QPushButton(self.recordsTab)
        self.undoButton.setObjectName(u"undoButton")

        self.recordButtons.addWidget(self.undoButton)

        self.redoButton = QPushButton(self.recordsTab)
        self.redoButton.setObjectName(u"redoButton")

        self.recordButtons.addWidget(self.redoButton)

        self.recordButtonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.recordButtons.addItem(self.recordButtonSpacer)

        self.importButton = QPushButton(self.recordsTab)
        self.importButton.setObjectName(u"importButton")

        self.recordButtons.addWidget(self.importButton)


        self.recordsLayout.addLayout(self.recordButtons)

        self.recordTable = QTableView(self.recordsTab)
        self.recordTable.setObjectName(u"recordTable")
        self.recordTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.recordTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.recordTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.recordTable.setAlternatingRowColors(True)
        self.recordTable.setWordWrap(False)

        self.recordsLayout.addWidget(self.recordTable)

        self.countLabel = QLabel(self.recordsTab)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.recordsLayout.addWidget(self.countLabel)

        self.tabs.addTab(self.recordsTab, "")
        self.monthTab = QWidget()
        self.monthTab.setObjectName(u"monthTab")
        self.monthLayout = QVBoxLayout(self.monthTab)
        self.monthLayout.setObjectName(u"monthLayout")
        self.monthChooserLayout = QHBoxLayout()
        self.monthChooserLayout.setObjectName(u"monthChooserLayout")
        self.reportMonthLabel = QLabel(self.monthTab)
        self.reportMonthLabel.setObjectName(u"reportMonthLabel")

        self.monthChooserLayout.addWidget(self.reportMonthLabel)

        self.reportMonthCombo = QComboBox(self.monthTab)
        self.reportMonthCombo.setObjectName(u"reportMonthCombo")
        self.reportMonthCombo.setMinimumSize(QSize(180, 0))

        self.monthChooserLayout.addWidget(self.reportMonthCombo)

        self.statusLabel = QLabel(self.monthTab)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")

        self.monthChooserLayout.addWidget(self.statusLabel)

        self.monthChooserSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.monthChooserLayout.addItem(self.monthChooserSpacer)


        self.monthLayout.addLayout(self.monthChooserLayout)

        self.monthBodyLayout = QHBoxLayout()
        self.monthBodyLayout.setObjectName(u"monthBodyLayout")
        self.headerGroup = QGroupBox(self.monthTab)
        self.headerGroup.setObjectName(u"headerGroup")
        self.headerForm = QFormLayout(self.headerGroup)
        self.headerForm.setObjectName(u"headerForm")
        self.unitCaption = QLabel(self.headerGroup)
        self.unitCaption.setObjectName(u"unitCaption")

        self.headerForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.unitCaption)

        self.unitLabel = QLabel(self.headerGroup)
        self.unitLabel.setObjectName(u"unitLabel")
        self.unitLabel.setText(u"")

        self.headerForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.unitLabel)

        self.fillerCaption = QLabel(self.headerGroup)
        self.fillerCaption.setObjectName(u"fillerCaption")

        self.headerForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fillerCaption)

        self.fillerEdit = QLineEdit(self.headerGroup)
        self.fillerEdit.setObjectName(u"fillerEdit")

        self.headerForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fillerEdit)

        self.phoneCaption = QLabel(self.headerGroup)
        self.phoneCaption.setObjectName(u"phoneCaption")

        self.headerForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.phoneCaption)

        self.phoneEdit = QLineEdit(self.headerGroup)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.headerForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.reviewerCaption = QLabel(self.headerGroup)
        self.reviewerCaption.setObjectName(u"reviewerCaption")

        self.headerForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reviewerCaption)

        self.reviewerEdit = QLineEdit(self.headerGroup)
        self.reviewerEdit.setObjectName(u"reviewerEdit")

        self.headerForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reviewerEdit)

        self.filledOnCaption = QLabel(self.headerGroup)
        self.filledOnCaption.setObjectName(u"filledOnCaption")

        self.headerForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.filledOnCaption)

        self.filledOnEdit = DateEdit(self.headerGroup)
        self.filledOnEdit.setObjectName(u"filledOnEdit")
        self.filledOnEdit.setDisplayFormat(u"yyyy-MM-dd")
        self.filledOnEdit.setCalendarPopup(True)

        self.headerForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.filledOnEdit)


        self.monthBodyLayout.addWidget(self.headerGroup)

        self.monthActionsLayout = QVBoxLayout()
        self.monthActionsLayout.setObjectName(u"monthActionsLayout")
        self.summaryLabel = QLabel(self.monthTab)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)

        self.monthActionsLayout.addWidget(self.summaryLabel)

        self.exportLayout = QHBoxLayout()
        self.exportLayout.setObjectName(u"exportLayout")
        self.exportXlsxButton = QPushButton(self.monthTab)
        self.exportXlsxButton.setObjectName(u"exportXlsxButton")

        self.exportLayout.addWidget(self.exportXlsxButton)

        self.exportDocxButton = QPushButton(self.monthTab)
        self.exportDocxButton.setObjectName(u"exportDocxButton")

        self.exportLayout.addWidget(self.exportDocxButton)

        self.exportSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.exportLayout.addItem(self.exportSpacer)


        self.monthActionsLayout.addLayout(self.exportLayout)

        self.submitLayout = QHBoxLayout()
        self.submitLayout.setObjectName(u"submitLayout")
        self.submitDateLabel = QLabel(self.monthTab)
        self.submitDateLabel.setObjectName(u"submitDateLabel")

        self.submitLayout.addWidget(self.submitDateLabel)

        self.submitDateEdit = DateEdit(self.monthTab)
        self.submitDateEdit.setObjectName(u"submitDateEdit")
        self.submitDateEdit.setDisplayFormat(u"yyyy-MM-dd")
        self.submitDateEdit.setCalendarPopup(True)

        self.submitLayout.addWidget(self.submitDateEdit)

        self.submitButton = QPushButton(self.monthTab)
        self.submitButton.setObjectName(u"submitButton")

        self.submitLayout.addWidget(self.submitButton)

        self.reopenButton = QPushButton(self.monthTab)
        self.reopenButton.setObjectName(u"reopenButton")

        self.submitLayout.addWidget(self.reopenButton)

        self.submitSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.submitLayout.addItem(self.submitSpacer)


        self.monthActionsLayout.addLayout(self.submitLayout)

        self.monthHintLabel = QLabel(self.monthTab)
        self.monthHintLabel.setObjectName(u"monthHintLabel")
        self.monthHintLabel.setWordWrap(True)

        self.monthActionsLayout.addWidget(self.monthHintLabel)


        self.monthBodyLayout.addLayout(self.monthActionsLayout)


        self.monthLayout.addLayout(self.monthBodyLayout)

        self.monthTable = QTableView(self.monthTab)
        self.monthTable.setObjectName(u"monthTable")
        self.monthTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.monthTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.monthTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.monthTable.setAlternatingRowColors(True)
        self.monthTable.setWordWrap(False)

        self.monthLayout.addWidget(self.monthTable)

        self.tabs.addTab(self.monthTab, "")
        self.yearTab = QWidget()
        self.yearTab.setObjectName(u"yearTab")
        self.yearLayout = QVBoxLayout(self.yearTab)
        self.yearLayout.setObjectName(u"yearLayout")
        self.yearChooserLayout = QHBoxLayout()
        self.yearChooserLayout.setObjectName(u"yearChooserLayout")
        self.yearLabel = QLabel(self.yearTab)
        self.yearLabel.setObjectName(u"yearLabel")

        self.yearChooserLayout.addWidget(self.yearLabel)

        self.yearSpin = QSpinBox(self.yearTab)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)
        self.yearSpin.setValue(2026)

        self.yearChooserLayout.addWidget(self.yearSpin)

        self.yearSummaryLabel = QLabel(self.yearTab)
        self.yearSummaryLabel.setObjectName(u"yearSummaryLabel")
        self.yearSummaryLabel.setText(u"")

        self.yearChooserLayout.addWidget(self.yearSummaryLabel)

        self.yearSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.yearChooserLayout.addItem(self.yearSpacer)


        self.yearLayout.addLayout(self.yearChooserLayout)

        self.yearBodyLayout = QHBoxLayout()
        self.yearBodyLayout.setObjectName(u"yearBodyLayout")
        self.chartHost = QWidget(self.yearTab)
        self.chartHost.setObjectName(u"chartHost")
        self.chartHost.setMinimumSize(QSize(420, 300))
        self.chartLayout = QVBoxLayout(self.chartHost)
        self.chartLayout.setObjectName(u"chartLayout")
        self.chartLayout.setContentsMargins(0, 0, 0, 0)

        self.yearBodyLayout.addWidget(self.chartHost)

        self.yearSideLayout = QVBoxLayout()
        self.yearSideLayout.setObjectName(u"yearSideLayout")
        self.targetGroup = QGroupBox(self.yearTab)
        self.targetGroup.setObjectName(u"targetGroup")
        self.targetLayout = QVBoxLayout(self.targetGroup)
        self.targetLayout.setObjectName(u"targetLayout")
        self.targetTable = QTableView(self.targetGroup)
        self.targetTable.setObjectName(u"targetTable")
        self.targetTable.setAlternatingRowColors(True)
        self.targetTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.targetLayout.addWidget(self.targetTable)

        self.targetButtons = QHBoxLayout()
        self.targetButtons.setObjectName(u"targetButtons")
        self.targetHint = QLabel(self.targetGroup)
        self.targetHint.setObjectName(u"targetHint")

        self.targetButtons.addWidget(self.targetHint)

        self.targetSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.targetButtons.addItem(self.targetSpacer)

        self.saveTargetsButton = QPushButton(self.targetGroup)
        self.saveTargetsButton.setObjectName(u"saveTargetsButton")

        self.targetButtons.addWidget(self.saveTargetsButton)


        self.targetLayout.addLayout(self.targetButtons)


        self.yearSideLayout.addWidget(self.targetGroup)

        self.channelGroup = QGroupBox(self.yearTab)
        self.channelGroup.setObjectName(u"channelGroup")
        self.channelGroupLayout = QVBoxLayout(self.channelGroup)
        self.channelGroupLayout.setObjectName(u"channelGroupLayout")
        self.channelTable = QTableView(self.channelGroup)
        self.channelTable.setObjectName(u"channelTable")
        self.channelTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.channelTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.channelTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.channelTable.setAlternatingRowColors(True)
        self.channelTable.setWordWrap(False)

        self.channelGroupLayout.addWidget(self.channelTable)


        self.yearSideLayout.addWidget(self.channelGroup)


        self.yearBodyLayout.addLayout(self.yearSideLayout)


        self.yearLayout.addLayout(self.yearBodyLayout)

        self.tabs.addTab(self.yearTab, "")

        self.pageLayout.addWidget(self.tabs)


        self.retranslateUi(InterpPage)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(InterpPage)
    # setupUi

    def retranslateUi(self, InterpPage):
        self.titleLabel.setText(QCoreApplication.translate("InterpPage", u"\u653f\u7b56\u89e3\u8bfb\u62a5\u5907", None))
        self.hintLabel.setText(QCoreApplication.translate("InterpPage", u"\u8bb0\u5f55\u6bcf\u4e00\u6761\u653f\u7b56\u89e3\u8bfb\uff1b\u6bcf\u6708\u751f\u6210\u62a5\u5907\u8868\u62a5\u9001\u4e0a\u7ea7\uff0c\u62a5\u9001\u540e\u6807\u8bb0\u201c\u5df2\u62a5\u9001\u201d\u3002", None))
        self.monthFilterLabel.setText(QCoreApplication.translate("InterpPage", u"\u6708\u4efd", None))
        self.formFilterLabel.setText(QCoreApplication.translate("InterpPage", u"\u89e3\u8bfb\u5f62\u5f0f", None))
        self.roleFilterLabel.setText(QCoreApplication.translate("InterpPage", u"\u804c\u52a1", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("InterpPage", u"\u641c\u7d22\u6587\u4ef6\u540d\u79f0\u3001\u6587\u53f7\u3001\u89e3\u8bfb\u6807\u9898\u3001\u89e3\u8bfb\u4eba", None))
        self.addButton.setText(QCoreApplication.translate("InterpPage", u"\u65b0\u589e\u89e3\u8bfb\u2026", None))
        self.editButton.setText(QCoreApplication.translate("InterpPage", u"\u4fee\u6539\u2026", None))
        self.deleteButton.setText(QCoreApplication.translate("InterpPage", u"\u5220\u9664", None))
        self.undoButton.setText(QCoreApplication.translate("InterpPage", u"\u64a4\u9500", None))
        self.redoButton.setText(QCoreApplication.translate("InterpPage", u"\u91cd\u505a", None))
        self.importButton.setText(QCoreApplication.translate("InterpPage", u"\u4eceExcel\u5bfc\u5165\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.recordsTab), QCoreApplication.translate("InterpPage", u"\u89e3\u8bfb\u8bb0\u5f55", None))
        self.reportMonthLabel.setText(QCoreApplication.translate("InterpPage", u"\u62a5\u9001\u6708\u4efd", None))
        self.headerGroup.setTitle(QCoreApplication.translate("InterpPage", u"\u8868\u5934\u4fe1\u606f", None))
        self.unitCaption.setText(QCoreApplication.translate("InterpPage", u"\u586b\u62a5\u5355\u4f4d", None))
        self.fillerCaption.setText(QCoreApplication.translate("InterpPage", u"\u586b\u62a5\u4eba", None))
        self.phoneCaption.setText(QCoreApplication.translate("InterpPage", u"\u8054\u7cfb\u7535\u8bdd", None))
        self.reviewerCaption.setText(QCoreApplication.translate("InterpPage", u"\u5ba1\u6838\u4eba", None))
        self.filledOnCaption.setText(QCoreApplication.translate("InterpPage", u"\u586b\u62a5\u65e5\u671f", None))
        self.exportXlsxButton.setText(QCoreApplication.translate("InterpPage", u"\u5bfc\u51faExcel\u2026", None))
        self.exportDocxButton.setText(QCoreApplication.translate("InterpPage", u"\u5bfc\u51faWord\u2026", None))
        self.submitDateLabel.setText(QCoreApplication.translate("InterpPage", u"\u62a5\u9001\u65e5\u671f", None))
        self.submitButton.setText(QCoreApplication.translate("InterpPage", u"\u6807\u8bb0\u5df2\u62a5\u9001", None))
        self.reopenButton.setText(QCoreApplication.translate("InterpPage", u"\u91cd\u65b0\u6253\u5f00", None))
        self.monthHintLabel.setText(QCoreApplication.translate("InterpPage", u"\u62a5\u5907\u8868\u5bfc\u51fa\u540e\u8bf7\u6838\u5bf9\u3001\u76d6\u7ae0\uff0c\u62a5\u9001\u672c\u7ea7\u653f\u52a1\u516c\u5f00\u4e3b\u7ba1\u90e8\u95e8\uff1b\u62a5\u9001\u540e\u70b9\u201c\u6807\u8bb0\u5df2\u62a5\u9001\u201d\uff0c\u8be5\u6708\u8bb0\u5f55\u5373\u9501\u5b9a\u3002", None))
        self.tabs.setTabText(self.tabs.indexOf(self.monthTab), QCoreApplication.translate("InterpPage", u"\u6708\u5ea6\u62a5\u5907\u8868", None))
        self.yearLabel.setText(QCoreApplication.translate("InterpPage", u"\u5e74\u4efd", None))
        self.targetGroup.setTitle(QCoreApplication.translate("InterpPage", u"\u6309\u89e3\u8bfb\u5f62\u5f0f\u548c\u804c\u52a1\uff08\u201c\u5e74\u5ea6\u76ee\u6807\u201d\u53ef\u4fee\u6539\uff0c0\u8868\u793a\u4e0d\u8bbe\u76ee\u6807\uff09", None))
        self.targetHint.setText(QCoreApplication.translate("InterpPage", u"\u53cc\u51fb\u201c\u5e74\u5ea6\u76ee\u6807\u201d\u4e00\u683c\u4fee\u6539\u6b21\u6570\uff0c\u6539\u597d\u540e\u70b9\u201c\u4fdd\u5b58\u76ee\u6807\u201d\u3002", None))
        self.saveTargetsButton.setText(QCoreApplication.translate("InterpPage", u"\u4fdd\u5b58\u76ee\u6807", None))
        self.channelGroup.setTitle(QCoreApplication.translate("InterpPage", u"\u6309\u53d1\u5e03\u6e20\u9053", None))
        self.tabs.setTabText(self.tabs.indexOf(self.yearTab), QCoreApplication.translate("InterpPage", u"\u5e74\u5ea6\u7edf\u8ba1", None))
        pass
    # retranslateUi

