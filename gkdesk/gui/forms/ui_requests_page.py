# Generated from ui/requests_page.ui by gkdesk.gui.compile_forms — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'requests_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGridLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTabWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_RequestsPage(object):
    def setupUi(self, RequestsPage):
        if not RequestsPage.objectName():
            RequestsPage.setObjectName(u"RequestsPage")
        RequestsPage.resize(1100, 700)
        self.pageLayout = QVBoxLayout(RequestsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(24, 20, 24, 16)
        self.titleLabel = QLabel(RequestsPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.pageLayout.addWidget(self.titleLabel)

        self.hintLabel = QLabel(RequestsPage)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.hintLabel)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.yearFilterLabel = QLabel(RequestsPage)
        self.yearFilterLabel.setObjectName(u"yearFilterLabel")

        self.filterLayout.addWidget(self.yearFilterLabel)

        self.yearFilter = QComboBox(RequestsPage)
        self.yearFilter.setObjectName(u"yearFilter")
        self.yearFilter.setMinimumSize(QSize(90, 0))

        self.filterLayout.addWidget(self.yearFilter)

        self.stateFilterLabel = QLabel(RequestsPage)
        self.stateFilterLabel.setObjectName(u"stateFilterLabel")

        self.filterLayout.addWidget(self.stateFilterLabel)

        self.stateFilter = QComboBox(RequestsPage)
        self.stateFilter.setObjectName(u"stateFilter")
        self.stateFilter.setMinimumSize(QSize(100, 0))

        self.filterLayout.addWidget(self.stateFilter)

        self.typeFilterLabel = QLabel(RequestsPage)
        self.typeFilterLabel.setObjectName(u"typeFilterLabel")

        self.filterLayout.addWidget(self.typeFilterLabel)

        self.typeFilter = QComboBox(RequestsPage)
        self.typeFilter.setObjectName(u"typeFilter")
        self.typeFilter.setMinimumSize(QSize(120, 0))

        self.filterLayout.addWidget(self.typeFilter)

        self.searchEdit = QLineEdit(RequestsPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)


        self.pageLayout.addLayout(self.filterLayout)

        self.topButtons = QHBoxLayout()
        self.topButtons.setObjectName(u"topButtons")
        self.addButton = QPushButton(RequestsPage)
        self.addButton.setObjectName(u"addButton")

        self.topButtons.addWidget(self.addButton)

        self.undoButton = QPushButton(RequestsPage)
        self.undoButton.setObjectName(u"undoButton")

        self.topButtons.addWidget(self.undoButton)

        self.redoButton = QPushButton(RequestsPage)
        self.redoButton.setObjectName(u"redoButton")

        self.topButtons.addWidget(self.redoButton)

        self.topButtonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topButtons.addItem(self.topButtonSpacer)

        self.exportButton = QPushButton(RequestsPage)
        self.exportButton.setObjectName(u"exportButton")

        self.topButtons.addWidget(self.exportButton)


        self.pageLayout.addLayout(self.topButtons)

        self.splitter = QSplitter(RequestsPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.listPane = QWidget(self.splitter)
        self.listPane.setObjectName(u"listPane")
        self.listLayout = QVBoxLayout(self.listPane)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 6, 0)
        self.requestTable = QTableView(self.listPane)
        self.requestTable.setObjectName(u"requestTable")
        self.requestTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.requestTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.requestTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.requestTable.setAlternatingRowColors(True)
        self.requestTable.setWordWrap(False)

        self.listLayout.addWidget(self.requestTable)

        self.countLabel = QLabel(self.listPane)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")
        self.countLabel.setWordWrap(True)

        self.listLayout.addWidget(self.countLabel)

        self.splitter.addWidget(self.listPane)
        self.detailPane = QWidget(self.splitter)
        self.detailPane.setObjectName(u"detailPane")
        self.detailLayout = QVBoxLayout(self.detailPane)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(6, 0, 0, 0)
        self.headLayout = QHBoxLayout()
        self.headLayout.setObjectName(u"headLayout")
        self.numberLabel = QLabel(self.detailPane)
        self.numberLabel.setObjectName(u"numberLabel")
        self.numberLabel.setText(u"")

        self.headLayout.addWidget(self.numberLabel)

        self.headSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headLayout.addItem(self.headSpacer)

        self.stateLabel = QLabel(self.detailPane)
        self.stateLabel.setObjectName(u"stateLabel")
        self.stateLabel.setText(u"")

        self.headLayout.addWidget(self.stateLabel)


        self.detailLayout.addLayout(self.headLayout)

        self.dueLabel = QLabel(self.detailPane)
        self.dueLabel.setObjectName(u"dueLabel")
        self.dueLabel.setText(u"")
        self.dueLabel.setWordWrap(True)

        self.detailLayout.addWidget(self.dueLabel)

        self.ruleLabel = QLabel(self.detailPane)
        self.ruleLabel.setObjectName(u"ruleLabel")
        self.ruleLabel.setText(u"")
        self.ruleLabel.setWordWrap(True)

        self.detailLayout.addWidget(self.ruleLabel)

        self.applicantLabel = QLabel(self.detailPane)
        self.applicantLabel.setObjectName(u"applicantLabel")
        self.applicantLabel.setText(u"")
        self.applicantLabel.setWordWrap(True)

        self.detailLayout.addWidget(self.applicantLabel)

        self.contentLabel = QLabel(self.detailPane)
        self.contentLabel.setObjectName(u"contentLabel")
        self.contentLabel.setText(u"")
        self.contentLabel.setWordWrap(True)

        self.detailLayout.addWidget(self.contentLabel)

        self.actionLayout = QGridLayout()
        self.actionLayout.setObjectName(u"actionLayout")
        self.supplementButton = QPushButton(self.detailPane)
        self.supplementButton.setObjectName(u"supplementButton")

        self.actionLayout.addWidget(self.supplementButton, 0, 0, 1, 1)

        self.supplementReceivedButton = QPushButton(self.detailPane)
        self.supplementReceivedButton.setObjectName(u"supplementReceivedButton")

        self.actionLayout.addWidget(self.supplementReceivedButton, 0, 1, 1, 1)

        self.consultButton = QPushButton(self.detailPane)
        self.consultButton.setObjectName(u"consultButton")

        self.actionLayout.addWidget(self.consultButton, 0, 2, 1, 1)

        self.replyButton = QPushButton(self.detailPane)
        self.replyButton.setObjectName(u"replyButton")

        self.actionLayout.addWidget(self.replyButton, 0, 3, 1, 1)

        self.extendButton = QPushButton(self.detailPane)
        self.extendButton.setObjectName(u"extendButton")

        self.actionLayout.addWidget(self.extendButton, 0, 4, 1, 1)

        self.feeButton = QPushButton(self.detailPane)
        self.feeButton.setObjectName(u"feeButton")

        self.actionLayout.addWidget(self.feeButton, 1, 0, 1, 1)

        self.feePaidButton = QPushButton(self.detailPane)
        self.feePaidButton.setObjectName(u"feePaidButton")

        self.actionLayout.addWidget(self.feePaidButton, 1, 1, 1, 1)

        self.answerButton = QPushButton(self.detailPane)
        self.answerButton.setObjectName(u"answerButton")

        self.actionLayout.addWidget(self.answerButton, 1, 2, 1, 1)

        self.abandonButton = QPushButton(self.detailPane)
        self.abandonButton.setObjectName(u"abandonButton")

        self.actionLayout.addWidget(self.abandonButton, 1, 3, 1, 1)

        self.caseButton = QPushButton(self.detailPane)
        self.caseButton.setObjectName(u"caseButton")

        self.actionLayout.addWidget(self.caseButton, 1, 4, 1, 1)


        self.detailLayout.addLayout(self.actionLayout)

        self.detailTabs = QTabWidget(self.detailPane)
        self.detailTabs.setObjectName(u"detailTabs")
        self.timelineTab = QWidget()
        self.timelineTab.setObjectName(u"timelineTab")
        self.timelineLayout = QVBoxLayout(self.timelineTab)
        self.timelineLayout.setObjectName(u"timelineLayout")
        self.timelineList = QListWidget(self.timelineTab)
        self.timelineList.setObjectName(u"timelineList")
        self.timelineList.setWordWrap(True)
        self.timelineList.setAlternatingRowColors(True)

        self.timelineLayout.addWidget(self.timelineList)

        self.detailTabs.addTab(self.timelineTab, "")
        self.lettersTab = QWidget()
        self.lettersTab.setObjectName(u"lettersTab")
        self.lettersLayout = QVBoxLayout(self.lettersTab)
        self.lettersLayout.setObjectName(u"lettersLayout")
        self.letterTable = QTableView(self.lettersTab)
        self.letterTable.setObjectName(u"letterTable")
        self.letterTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.letterTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.letterTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.letterTable.setAlternatingRowColors(True)
        self.letterTable.setWordWrap(False)

        self.lettersLayout.addWidget(self.letterTable)

        self.letterButtons = QHBoxLayout()
        self.letterButtons.setObjectName(u"letterButtons")
        self.letterKindCombo = QComboBox(self.lettersTab)
        self.letterKindCombo.setObjectName(u"letterKindCombo")
        self.letterKindCombo.setMinimumSize(QSize(150, 0))

        self.letterButtons.addWidget(self.letterKindCombo)

        self.letterButton = QPushButton(self.lettersTab)
        self.letterButton.setObjectName(u"letterButton")

        self.letterButtons.addWidget(self.letterButton)

        self.sentButton = QPushButton(self.lettersTab)
        self.sentButton.setObjectName(u"sentButton")

        self.letterButtons.addWidget(self.sentButton)

        self.letterSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.letterButtons.addItem(self.letterSpacer)


        self.lettersLayout.addLayout(self.letterButtons)

        self.detailTabs.addTab(self.lettersTab, "")

        self.detailLayout.addWidget(self.detailTabs)

        self.splitter.addWidget(self.detailPane)

        self.pageLayout.addWidget(self.splitter)


        self.retranslateUi(RequestsPage)

        self.detailTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(RequestsPage)
    # setupUi

    def retranslateUi(self, RequestsPage):
        self.titleLabel.setText(QCoreApplication.translate("RequestsPage", u"\u4f9d\u7533\u8bf7\u516c\u5f00", None))
        self.hintLabel.setText(QCoreApplication.translate("RequestsPage", u"\u767b\u8bb0\u6bcf\u4e00\u4ef6\u653f\u5e9c\u4fe1\u606f\u516c\u5f00\u7533\u8bf7\uff1b\u7b54\u590d\u671f\u9650\u6309\u5de5\u4f5c\u65e5\u81ea\u52a8\u8ba1\u7b97\uff08\u6536\u5230\u4e4b\u65e5\u4e0d\u8ba1\uff09\uff0c\u8865\u6b63\u3001\u5f81\u6c42\u610f\u89c1\u3001\u5ef6\u671f\u90fd\u4f1a\u91cd\u65b0\u63a8\u7b97\uff0c\u5e76\u5728\u9996\u9875\u63d0\u9192\u3002", None))
        self.yearFilterLabel.setText(QCoreApplication.translate("RequestsPage", u"\u5e74\u4efd", None))
        self.stateFilterLabel.setText(QCoreApplication.translate("RequestsPage", u"\u72b6\u6001", None))
        self.typeFilterLabel.setText(QCoreApplication.translate("RequestsPage", u"\u7533\u8bf7\u4eba", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("RequestsPage", u"\u641c\u7d22\u7f16\u53f7\u3001\u7533\u8bf7\u5185\u5bb9\u3001\u7533\u8bf7\u4eba", None))
        self.addButton.setText(QCoreApplication.translate("RequestsPage", u"\u767b\u8bb0\u7533\u8bf7\u2026", None))
        self.undoButton.setText(QCoreApplication.translate("RequestsPage", u"\u64a4\u9500", None))
        self.redoButton.setText(QCoreApplication.translate("RequestsPage", u"\u91cd\u505a", None))
        self.exportButton.setText(QCoreApplication.translate("RequestsPage", u"\u5bfc\u51fa\u767b\u8bb0\u53f0\u8d26\u2026", None))
        self.supplementButton.setText(QCoreApplication.translate("RequestsPage", u"\u544a\u77e5\u8865\u6b63\u2026", None))
        self.supplementReceivedButton.setText(QCoreApplication.translate("RequestsPage", u"\u6536\u5230\u8865\u6b63\u2026", None))
        self.consultButton.setText(QCoreApplication.translate("RequestsPage", u"\u5f81\u6c42\u610f\u89c1\u2026", None))
        self.replyButton.setText(QCoreApplication.translate("RequestsPage", u"\u6536\u5230\u610f\u89c1\u2026", None))
        self.extendButton.setText(QCoreApplication.translate("RequestsPage", u"\u5ef6\u671f\u7b54\u590d\u2026", None))
        self.feeButton.setText(QCoreApplication.translate("RequestsPage", u"\u6536\u8d39\u901a\u77e5\u2026", None))
        self.feePaidButton.setText(QCoreApplication.translate("RequestsPage", u"\u767b\u8bb0\u7f34\u8d39\u2026", None))
        self.answerButton.setText(QCoreApplication.translate("RequestsPage", u"\u7b54\u590d\u2026", None))
        self.abandonButton.setText(QCoreApplication.translate("RequestsPage", u"\u89c6\u4e3a\u653e\u5f03\u2026", None))
        self.caseButton.setText(QCoreApplication.translate("RequestsPage", u"\u590d\u8bae/\u8bc9\u8bbc\u2026", None))
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.timelineTab), QCoreApplication.translate("RequestsPage", u"\u529e\u7406\u8fc7\u7a0b", None))
        self.letterButton.setText(QCoreApplication.translate("RequestsPage", u"\u751f\u6210\u6587\u4e66\u2026", None))
        self.sentButton.setText(QCoreApplication.translate("RequestsPage", u"\u767b\u8bb0\u9001\u8fbe\u2026", None))
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.lettersTab), QCoreApplication.translate("RequestsPage", u"\u6587\u4e66", None))
        pass
    # retranslateUi

