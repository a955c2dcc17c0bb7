# Generated from ui/report_page.ui by gkdesk.gui.compile_forms — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'report_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QTabWidget, QTableWidget, QTableWidgetItem,
    QToolButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget)

class Ui_ReportPage(object):
    def setupUi(self, ReportPage):
        if not ReportPage.objectName():
            ReportPage.setObjectName(u"ReportPage")
        ReportPage.resize(1100, 700)
        self.pageLayout = QVBoxLayout(ReportPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(24, 20, 24, 16)
        self.titleLabel = QLabel(ReportPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.pageLayout.addWidget(self.titleLabel)

        self.hintLabel = QLabel(ReportPage)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.hintLabel)

        self.topLayout = QHBoxLayout()
        self.topLayout.setObjectName(u"topLayout")
        self.yearLabel = QLabel(ReportPage)
        self.yearLabel.setObjectName(u"yearLabel")

        self.topLayout.addWidget(self.yearLabel)

        self.yearCombo = QComboBox(ReportPage)
        self.yearCombo.setObjectName(u"yearCombo")
        self.yearCombo.setMinimumSize(QSize(110, 0))

        self.topLayout.addWidget(self.yearCombo)

        self.stateLabel = QLabel(ReportPage)
        self.stateLabel.setObjectName(u"stateLabel")

        self.topLayout.addWidget(self.stateLabel)

        self.deadlineLabel = QLabel(ReportPage)
        self.deadlineLabel.setObjectName(u"deadlineLabel")

        self.topLayout.addWidget(self.deadlineLabel)

        self.deadlineButton = QToolButton(ReportPage)
        self.deadlineButton.setObjectName(u"deadlineButton")

        self.topLayout.addWidget(self.deadlineButton)

        self.topSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topLayout.addItem(self.topSpacer)

        self.exportDocxButton = QPushButton(ReportPage)
        self.exportDocxButton.setObjectName(u"exportDocxButton")

        self.topLayout.addWidget(self.exportDocxButton)

        self.exportXlsxButton = QPushButton(ReportPage)
        self.exportXlsxButton.setObjectName(u"exportXlsxButton")

        self.topLayout.addWidget(self.exportXlsxButton)

        self.finalizeButton = QPushButton(ReportPage)
        self.finalizeButton.setObjectName(u"finalizeButton")

        self.topLayout.addWidget(self.finalizeButton)

        self.reopenButton = QPushButton(ReportPage)
        self.reopenButton.setObjectName(u"reopenButton")

        self.topLayout.addWidget(self.reopenButton)


        self.pageLayout.addLayout(self.topLayout)

        self.summaryLabel = QLabel(ReportPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.summaryLabel)

        self.tabs = QTabWidget(ReportPage)
        self.tabs.setObjectName(u"tabs")
        self.tablesTab = QWidget()
        self.tablesTab.setObjectName(u"tablesTab")
        self.tablesTabLayout = QVBoxLayout(self.tablesTab)
        self.tablesTabLayout.setObjectName(u"tablesTabLayout")
        self.tablesScroll = QScrollArea(self.tablesTab)
        self.tablesScroll.setObjectName(u"tablesScroll")
        self.tablesScroll.setWidgetResizable(True)
        self.tablesHost = QWidget()
        self.tablesHost.setObjectName(u"tablesHost")
        self.tablesLayout = QVBoxLayout(self.tablesHost)
        self.tablesLayout.setObjectName(u"tablesLayout")
        self.table2Label = QLabel(self.tablesHost)
        self.table2Label.setObjectName(u"table2Label")

        self.tablesLayout.addWidget(self.table2Label)

        self.table2View = QTableWidget(self.tablesHost)
        self.table2View.setObjectName(u"table2View")
        self.table2View.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table2View.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table2View.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table2View.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table2View.setWordWrap(True)

        self.tablesLayout.addWidget(self.table2View)

        self.table3Label = QLabel(self.tablesHost)
        self.table3Label.setObjectName(u"table3Label")

        self.tablesLayout.addWidget(self.table3Label)

        self.table3View = QTableWidget(self.tablesHost)
        self.table3View.setObjectName(u"table3View")
        self.table3View.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table3View.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table3View.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table3View.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table3View.setWordWrap(True)

        self.tablesLayout.addWidget(self.table3View)

        self.table4Label = QLabel(self.tablesHost)
        self.table4Label.setObjectName(u"table4Label")

        self.tablesLayout.addWidget(self.table4Label)

        self.table4View = QTableWidget(self.tablesHost)
        self.table4View.setObjectName(u"table4View")
        self.table4View.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table4View.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table4View.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table4View.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table4View.setWordWrap(True)

        self.tablesLayout.addWidget(self.table4View)

        self.tablesSpacer = QSpacerItem(0, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.tablesLayout.addItem(self.tablesSpacer)

        self.tablesScroll.setWidget(self.tablesHost)

        self.tablesTabLayout.addWidget(self.tablesScroll)

        self.tabs.addTab(self.tablesTab, "")
        self.textsTab = QWidget()
        self.textsTab.setObjectName(u"textsTab")
        self.textsLayout = QHBoxLayout(self.textsTab)
        self.textsLayout.setObjectName(u"textsLayout")
        self.partList = QListWidget(self.textsTab)
        self.partList.setObjectName(u"partList")
        self.partList.setMaximumSize(QSize(230, 16777215))

        self.textsLayout.addWidget(self.partList)

        self.textRight = QVBoxLayout()
        self.textRight.setObjectName(u"textRight")
        self.partTitleLabel = QLabel(self.textsTab)
        self.partTitleLabel.setObjectName(u"partTitleLabel")

        self.textRight.addWidget(self.partTitleLabel)

        self.promptLabel = QLabel(self.textsTab)
        self.promptLabel.setObjectName(u"promptLabel")
        self.promptLabel.setWordWrap(True)

        self.textRight.addWidget(self.promptLabel)

        self.staleLabel = QLabel(self.textsTab)
        self.staleLabel.setObjectName(u"staleLabel")
        self.staleLabel.setWordWrap(True)

        self.textRight.addWidget(self.staleLabel)

        self.textEdit = QPlainTextEdit(self.textsTab)
        self.textEdit.setObjectName(u"textEdit")

        self.textRight.addWidget(self.textEdit)

        self.textButtons = QHBoxLayout()
        self.textButtons.setObjectName(u"textButtons")
        self.saveTextButton = QPushButton(self.textsTab)
        self.saveTextButton.setObjectName(u"saveTextButton")

        self.textButtons.addWidget(self.saveTextButton)

        self.redraftButton = QPushButton(self.textsTab)
        self.redraftButton.setObjectName(u"redraftButton")

        self.textButtons.addWidget(self.redraftButton)

        self.confirmButton = QPushButton(self.textsTab)
        self.confirmButton.setObjectName(u"confirmButton")

        self.textButtons.addWidget(self.confirmButton)

        self.compareButton = QPushButton(self.textsTab)
        self.compareButton.setObjectName(u"compareButton")

        self.textButtons.addWidget(self.compareButton)

        self.textSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.textButtons.addItem(self.textSpacer)

        self.textStatusLabel = QLabel(self.textsTab)
        self.textStatusLabel.setObjectName(u"textStatusLabel")

        self.textButtons.addWidget(self.textStatusLabel)


        self.textRight.addLayout(self.textButtons)


        self.textsLayout.addLayout(self.textRight)

        self.tabs.addTab(self.textsTab, "")
        self.checksTab = QWidget()
        self.checksTab.setObjectName(u"checksTab")
        self.checksLayout = QVBoxLayout(self.checksTab)
        self.checksLayout.setObjectName(u"checksLayout")
        self.checksHint = QLabel(self.checksTab)
        self.checksHint.setObjectName(u"checksHint")
        self.checksHint.setWordWrap(True)

        self.checksLayout.addWidget(self.checksHint)

        self.checkTree = QTreeWidget(self.checksTab)
        self.checkTree.setObjectName(u"checkTree")
        self.checkTree.setColumnCount(2)
        self.checkTree.setWordWrap(True)
        self.checkTree.setUniformRowHeights(False)

        self.checksLayout.addWidget(self.checkTree)

        self.tabs.addTab(self.checksTab, "")

        self.pageLayout.addWidget(self.tabs)


        self.retranslateUi(ReportPage)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ReportPage)
    # setupUi

    def retranslateUi(self, ReportPage):
        self.titleLabel.setText(QCoreApplication.translate("ReportPage", u"\u5e74\u5ea6\u62a5\u544a", None))
        self.hintLabel.setText(QCoreApplication.translate("ReportPage", u"\u653f\u5e9c\u4fe1\u606f\u516c\u5f00\u5de5\u4f5c\u5e74\u5ea6\u62a5\u544a\uff08\u56fd\u529e\u516c\u5f00\u529e\u51fd\u30142021\u301530\u53f7\u683c\u5f0f\uff09\uff1a\u8868\u4e09\u3001\u8868\u56db\u6309\u4f9d\u7533\u8bf7\u516c\u5f00\u767b\u8bb0\u7c3f\u7edf\u8ba1\uff0c\u8868\u4e8c\u548c\u6587\u5b57\u7531\u60a8\u586b\u5199\uff0c\u6838\u5bf9\u540e\u5b9a\u7a3f\u3002", None))
        self.yearLabel.setText(QCoreApplication.translate("ReportPage", u"\u5e74\u5ea6", None))
        self.stateLabel.setText(QCoreApplication.translate("ReportPage", u"\u8349\u7a3f", None))
        self.deadlineLabel.setText("")
        self.deadlineButton.setText(QCoreApplication.translate("ReportPage", u"\u4fee\u6539\u671f\u9650\u2026", None))
#if QT_CONFIG(tooltip)
        self.deadlineButton.setToolTip(QCoreApplication.translate("ReportPage", u"\u53bf\u91cc\u8981\u6c42\u4e61\u9547\u62a5\u9001\u5e74\u5ea6\u62a5\u544a\u7684\u65e5\u671f\uff08\u6cd5\u5b9a\u516c\u5e03\u671f\u9650\u4e3a1\u670831\u65e5\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.exportDocxButton.setText(QCoreApplication.translate("ReportPage", u"\u5bfc\u51fa Word", None))
#if QT_CONFIG(tooltip)
        self.exportDocxButton.setToolTip(QCoreApplication.translate("ReportPage", u"\u6309\u516c\u6587\u683c\u5f0f\u5bfc\u51fa\u62a5\u544a\u5168\u6587\uff08.docx\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.exportXlsxButton.setText(QCoreApplication.translate("ReportPage", u"\u5bfc\u51fa Excel", None))
#if QT_CONFIG(tooltip)
        self.exportXlsxButton.setToolTip(QCoreApplication.translate("ReportPage", u"\u4e09\u5f20\u8868\u5404\u5360\u4e00\u9875\uff08.xlsx\uff09\uff0c\u4f9b\u53bf\u91cc\u6c47\u603b", None))
#endif // QT_CONFIG(tooltip)
        self.finalizeButton.setText(QCoreApplication.translate("ReportPage", u"\u5b9a\u7a3f", None))
#if QT_CONFIG(tooltip)
        self.finalizeButton.setToolTip(QCoreApplication.translate("ReportPage", u"\u6838\u5bf9\u65e0\u8bef\u540e\u5b9a\u7a3f\uff1a\u62a5\u544a\u9501\u5b9a\uff0c\u4e0d\u518d\u968f\u6570\u636e\u53d8\u5316", None))
#endif // QT_CONFIG(tooltip)
        self.reopenButton.setText(QCoreApplication.translate("ReportPage", u"\u91cd\u65b0\u6253\u5f00\u2026", None))
#if QT_CONFIG(tooltip)
        self.reopenButton.setToolTip(QCoreApplication.translate("ReportPage", u"\u5df2\u5b9a\u7a3f\u7684\u62a5\u544a\u9700\u8981\u4fee\u6539\u65f6\uff0c\u5199\u660e\u539f\u56e0\u540e\u91cd\u65b0\u6253\u5f00", None))
#endif // QT_CONFIG(tooltip)
        self.summaryLabel.setText("")
        self.table2Label.setText(QCoreApplication.translate("ReportPage", u"\u4e8c\u3001\u4e3b\u52a8\u516c\u5f00\u653f\u5e9c\u4fe1\u606f\u60c5\u51b5\uff08\u53cc\u51fb\u6570\u5b57\u586b\u5199\uff09", None))
        self.table3Label.setText(QCoreApplication.translate("ReportPage", u"\u4e09\u3001\u6536\u5230\u548c\u5904\u7406\u653f\u5e9c\u4fe1\u606f\u516c\u5f00\u7533\u8bf7\u60c5\u51b5\uff08\u6309\u4f9d\u7533\u8bf7\u516c\u5f00\u767b\u8bb0\u7c3f\u7edf\u8ba1\uff0c\u9f20\u6807\u505c\u5728\u6570\u5b57\u4e0a\u53ef\u770b\u662f\u54ea\u51e0\u4ef6\uff09", None))
        self.table4Label.setText(QCoreApplication.translate("ReportPage", u"\u56db\u3001\u653f\u5e9c\u4fe1\u606f\u516c\u5f00\u884c\u653f\u590d\u8bae\u3001\u884c\u653f\u8bc9\u8bbc\u60c5\u51b5\uff08\u6309\u767b\u8bb0\u7684\u590d\u8bae\u3001\u8bc9\u8bbc\u7edf\u8ba1\uff09", None))
        self.tabs.setTabText(self.tabs.indexOf(self.tablesTab), QCoreApplication.translate("ReportPage", u"\u8868\u683c", None))
        self.partTitleLabel.setText("")
        self.promptLabel.setText("")
        self.staleLabel.setText("")
        self.saveTextButton.setText(QCoreApplication.translate("ReportPage", u"\u4fdd\u5b58", None))
        self.redraftButton.setText(QCoreApplication.translate("ReportPage", u"\u6062\u590d\u8d77\u8349\u7a3f", None))
#if QT_CONFIG(tooltip)
        self.redraftButton.setToolTip(QCoreApplication.translate("ReportPage", u"\u653e\u5f03\u5bf9\u8fd9\u4e00\u90e8\u5206\u7684\u4fee\u6539\uff0c\u6062\u590d\u6309\u6570\u636e\u8d77\u8349\u7684\u6587\u5b57\uff08\u6216\u4e0a\u5e74\u7684\u6587\u5b57\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.confirmButton.setText(QCoreApplication.translate("ReportPage", u"\u6570\u5b57\u5df2\u6838\u5bf9", None))
#if QT_CONFIG(tooltip)
        self.confirmButton.setToolTip(QCoreApplication.translate("ReportPage", u"\u5df2\u6309\u8868\u683c\u6838\u5bf9\u8fd9\u4e00\u90e8\u5206\u5f15\u7528\u7684\u6570\u5b57", None))
#endif // QT_CONFIG(tooltip)
        self.compareButton.setText(QCoreApplication.translate("ReportPage", u"\u52a0\u5165\u4e0e\u4e0a\u5e74\u6bd4\u8f83", None))
#if QT_CONFIG(tooltip)
        self.compareButton.setToolTip(QCoreApplication.translate("ReportPage", u"\u5728\u4f9d\u7533\u8bf7\u516c\u5f00\u90e8\u5206\u52a0\u5165\u4e0e\u4e0a\u5e74\u62a5\u544a\u7684\u6bd4\u8f83\uff08\u62a5\u544a\u9ed8\u8ba4\u4e0d\u4f5c\u6bd4\u8f83\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.textStatusLabel.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.textsTab), QCoreApplication.translate("ReportPage", u"\u6b63\u6587", None))
        self.checksHint.setText(QCoreApplication.translate("ReportPage", u"\u201c\u987b\u6539\u6b63\u201d\u7684\u95ee\u9898\u89e3\u51b3\u540e\u624d\u80fd\u5b9a\u7a3f\uff1b\u201c\u8bf7\u6838\u5bf9\u201d\u201c\u8bf4\u660e\u201d\u4f9b\u60a8\u6838\u5bf9\u3002", None))
        ___qtreewidgetitem = self.checkTree.headerItem()
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("ReportPage", u"\u5185\u5bb9\uff08\u53cc\u51fb\u7533\u8bf7\u7f16\u53f7\u6253\u5f00\u8be5\u7533\u8bf7\uff09", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("ReportPage", u"\u7c7b\u522b", None))
        self.tabs.setTabText(self.tabs.indexOf(self.checksTab), QCoreApplication.translate("ReportPage", u"\u68c0\u67e5", None))
        pass
    # retranslateUi

