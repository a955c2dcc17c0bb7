# Generated from ui/catalog_page.ui by gkdesk.gui.compile_forms — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'catalog_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QFrame,
    QGridLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QSpinBox, QSplitter, QTableView,
    QTreeView, QVBoxLayout, QWidget)

class Ui_CatalogPage(object):
    def setupUi(self, CatalogPage):
        if not CatalogPage.objectName():
            CatalogPage.setObjectName(u"CatalogPage")
        CatalogPage.resize(1100, 700)
        self.pageLayout = QVBoxLayout(CatalogPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(24, 20, 24, 16)
        self.titleLabel = QLabel(CatalogPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.pageLayout.addWidget(self.titleLabel)

        self.hintLabel = QLabel(CatalogPage)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.hintLabel)

        self.referenceBanner = QFrame(CatalogPage)
        self.referenceBanner.setObjectName(u"referenceBanner")
        self.bannerLayout = QHBoxLayout(self.referenceBanner)
        self.bannerLayout.setSpacing(12)
        self.bannerLayout.setObjectName(u"bannerLayout")
        self.referenceLabel = QLabel(self.referenceBanner)
        self.referenceLabel.setObjectName(u"referenceLabel")
        self.referenceLabel.setText(u"")
        self.referenceLabel.setWordWrap(True)

        self.bannerLayout.addWidget(self.referenceLabel)

        self.bannerImportButton = QPushButton(self.referenceBanner)
        self.bannerImportButton.setObjectName(u"bannerImportButton")

        self.bannerLayout.addWidget(self.bannerImportButton)

        self.referenceButton = QPushButton(self.referenceBanner)
        self.referenceButton.setObjectName(u"referenceButton")

        self.bannerLayout.addWidget(self.referenceButton)


        self.pageLayout.addWidget(self.referenceBanner)

        self.toolbarLayout = QHBoxLayout()
        self.toolbarLayout.setObjectName(u"toolbarLayout")
        self.yearLabel = QLabel(CatalogPage)
        self.yearLabel.setObjectName(u"yearLabel")

        self.toolbarLayout.addWidget(self.yearLabel)

        self.yearSpin = QSpinBox(CatalogPage)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)
        self.yearSpin.setValue(2026)

        self.toolbarLayout.addWidget(self.yearSpin)

        self.searchEdit = QLineEdit(CatalogPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setMinimumSize(QSize(150, 0))
        self.searchEdit.setClearButtonEnabled(True)

        self.toolbarLayout.addWidget(self.searchEdit)

        self.overdueCheck = QCheckBox(CatalogPage)
        self.overdueCheck.setObjectName(u"overdueCheck")

        self.toolbarLayout.addWidget(self.overdueCheck)

        self.showHiddenCheck = QCheckBox(CatalogPage)
        self.showHiddenCheck.setObjectName(u"showHiddenCheck")

        self.toolbarLayout.addWidget(self.showHiddenCheck)

        self.toolbarSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbarLayout.addItem(self.toolbarSpacer)

        self.importButton = QPushButton(CatalogPage)
        self.importButton.setObjectName(u"importButton")

        self.toolbarLayout.addWidget(self.importButton)

        self.exportButton = QPushButton(CatalogPage)
        self.exportButton.setObjectName(u"exportButton")

        self.toolbarLayout.addWidget(self.exportButton)


        self.pageLayout.addLayout(self.toolbarLayout)

        self.splitter = QSplitter(CatalogPage)
        self.splitter.setObjectName(u"splitter")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.splitter.sizePolicy().hasHeightForWidth())
        self.splitter.setSizePolicy(sizePolicy)
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.treePanel = QWidget(self.splitter)
        self.treePanel.setObjectName(u"treePanel")
        self.treeLayout = QVBoxLayout(self.treePanel)
        self.treeLayout.setObjectName(u"treeLayout")
        self.treeLayout.setContentsMargins(0, 0, 0, 0)
        self.catalogTree = QTreeView(self.treePanel)
        self.catalogTree.setObjectName(u"catalogTree")
        self.catalogTree.setAlternatingRowColors(True)
        self.catalogTree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.catalogTree.setUniformRowHeights(True)

        self.treeLayout.addWidget(self.catalogTree)

        self.treeButtons = QHBoxLayout()
        self.treeButtons.setObjectName(u"treeButtons")
        self.addItemButton = QPushButton(self.treePanel)
        self.addItemButton.setObjectName(u"addItemButton")

        self.treeButtons.addWidget(self.addItemButton)

        self.areaButton = QPushButton(self.treePanel)
        self.areaButton.setObjectName(u"areaButton")

        self.treeButtons.addWidget(self.areaButton)

        self.treeSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.treeButtons.addItem(self.treeSpacer)


        self.treeLayout.addLayout(self.treeButtons)

        self.splitter.addWidget(self.treePanel)
        self.detailPanel = QWidget(self.splitter)
        self.detailPanel.setObjectName(u"detailPanel")
        self.detailLayout = QVBoxLayout(self.detailPanel)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(12, 0, 0, 0)
        self.itemTitleLabel = QLabel(self.detailPanel)
        self.itemTitleLabel.setObjectName(u"itemTitleLabel")
        self.itemTitleLabel.setWordWrap(True)

        self.detailLayout.addWidget(self.itemTitleLabel)

        self.detailScroll = QScrollArea(self.detailPanel)
        self.detailScroll.setObjectName(u"detailScroll")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.detailScroll.sizePolicy().hasHeightForWidth())
        self.detailScroll.setSizePolicy(sizePolicy1)
        self.detailScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.detailScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.detailScroll.setWidgetResizable(True)
        self.detailFormWidget = QWidget()
        self.detailFormWidget.setObjectName(u"detailFormWidget")
        self.detailFormLayout = QVBoxLayout(self.detailFormWidget)
        self.detailFormLayout.setObjectName(u"detailFormLayout")
        self.detailFormLayout.setContentsMargins(0, 0, 0, 0)
        self.detailForm = QGridLayout()
        self.detailForm.setObjectName(u"detailForm")
        self.areaLabel = QLabel(self.detailFormWidget)
        self.areaLabel.setObjectName(u"areaLabel")

        self.detailForm.addWidget(self.areaLabel, 0, 0, 1, 1, Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.areaValue = QLabel(self.detailFormWidget)
        self.areaValue.setObjectName(u"areaValue")
        self.areaValue.setText(u"")
        self.areaValue.setWordWrap(True)
        self.areaValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailForm.addWidget(self.areaValue, 0, 1, 1, 1)

        self.contentLabel = QLabel(self.detailFormWidget)
        self.contentLabel.setObjectName(u"contentLabel")

        self.detailForm.addWidget(self.contentLabel, 1, 0, 1, 1, Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.contentValue = QLabel(self.detailFormWidget)
        self.contentValue.setObjectName(u"contentValue")
        self.contentValue.setText(u"")
        self.contentValue.setWordWrap(True)
        self.contentValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailForm.addWidget(self.contentValue, 1, 1, 1, 1)

        self.basisLabel = QLabel(self.detailFormWidget)
        self.basisLabel.setObjectName(u"basisLabel")

        self.detailForm.addWidget(self.basisLabel, 2, 0, 1, 1, Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.basisValue = QLabel(self.detailFormWidget)
        self.basisValue.setObjectName(u"basisValue")
        self.basisValue.setText(u"")
        self.basisValue.setWordWrap(True)
        self.basisValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailForm.addWidget(self.basisValue, 2, 1, 1, 1)

        self.limitLabel = QLabel(self.detailFormWidget)
        self.limitLabel.setObjectName(u"limitLabel")

        self.detailForm.addWidget(self.limitLabel, 3, 0, 1, 1, Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.limitValue = QLabel(self.detailFormWidget)
        self.limitValue.setObjectName(u"limitValue")
        self.limitValue.setText(u"")
        self.limitValue.setWordWrap(True)
        self.limitValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailForm.addWidget(self.limitValue, 3, 1, 1, 1)

        self.ruleLabel = QLabel(self.detailFormWidget)
        self.ruleLabel.setObjectName(u"ruleLabel")

        self.detailForm.addWidget(self.ruleLabel, 4, 0, 1, 1, Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.ruleValue = QLabel(self.detailFormWidget)
        self.ruleValue.setObjectName(u"ruleValue")
        self.ruleValue.setText(u"")
        self.ruleValue.setWordWrap(True)
        self.ruleValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailForm.addWidget(self.ruleValue, 4, 1, 1, 1)

        self.subjectLabel = QLabel(self.detailFormWidget)
        self.subjectLabel.setObjectName(u"subjectLabel")

        self.detailForm.addWidget(self.subjectLabel, 5, 0, 1, 1, Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.subjectValue = QLabel(self.detailFormWidget)
        self.subjectValue.setObjectName(u"subjectValue")
        self.subjectValue.setText(u"")
        self.subjectValue.setWordWrap(True)
        self.subjectValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailForm.addWidget(self.subjectValue, 5, 1, 1, 1)

        self.channelsLabel = QLabel(self.detailFormWidget)
        self.channelsLabel.setObjectName(u"channelsLabel")

        self.detailForm.addWidget(self.channelsLabel, 6, 0, 1, 1, Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.channelsValue = QLabel(self.detailFormWidget)
        self.channelsValue.setObjectName(u"channelsValue")
        self.channelsValue.setText(u"")
        self.channelsValue.setWordWrap(True)
        self.channelsValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailForm.addWidget(self.channelsValue, 6, 1, 1, 1)

        self.optionsLabel = QLabel(self.detailFormWidget)
        self.optionsLabel.setObjectName(u"optionsLabel")

        self.detailForm.addWidget(self.optionsLabel, 7, 0, 1, 1, Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.optionsValue = QLabel(self.detailFormWidget)
        self.optionsValue.setObjectName(u"optionsValue")
        self.optionsValue.setText(u"")
        self.optionsValue.setWordWrap(True)
        self.optionsValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailForm.addWidget(self.optionsValue, 7, 1, 1, 1)

        self.notesLabel = QLabel(self.detailFormWidget)
        self.notesLabel.setObjectName(u"notesLabel")

        self.detailForm.addWidget(self.notesLabel, 8, 0, 1, 1, Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.notesValue = QLabel(self.detailFormWidget)
        self.notesValue.setObjectName(u"notesValue")
        self.notesValue.setText(u"")
        self.notesValue.setWordWrap(True)
        self.notesValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailForm.addWidget(self.notesValue, 8, 1, 1, 1)

        self.programsLabel = QLabel(self.detailFormWidget)
        self.programsLabel.setObjectName(u"programsLabel")

        self.detailForm.addWidget(self.programsLabel, 9, 0, 1, 1, Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.programsValue = QLabel(self.detailFormWidget)
        self.programsValue.setObjectName(u"programsValue")
        self.programsValue.setText(u"")
        self.programsValue.setWordWrap(True)
        self.programsValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailForm.addWidget(self.programsValue, 9, 1, 1, 1)

        self.detailForm.setColumnStretch(1, 1)

        self.detailFormLayout.addLayout(self.detailForm)

        self.detailScroll.setWidget(self.detailFormWidget)

        self.detailLayout.addWidget(self.detailScroll)

        self.itemButtons = QHBoxLayout()
        self.itemButtons.setObjectName(u"itemButtons")
        self.applicableCheck = QCheckBox(self.detailPanel)
        self.applicableCheck.setObjectName(u"applicableCheck")

        self.itemButtons.addWidget(self.applicableCheck)

        self.editItemButton = QPushButton(self.detailPanel)
        self.editItemButton.setObjectName(u"editItemButton")

        self.itemButtons.addWidget(self.editItemButton)

        self.ruleButton = QPushButton(self.detailPanel)
        self.ruleButton.setObjectName(u"ruleButton")

        self.itemButtons.addWidget(self.ruleButton)

        self.itemSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.itemButtons.addItem(self.itemSpacer)

        self.deleteItemButton = QPushButton(self.detailPanel)
        self.deleteItemButton.setObjectName(u"deleteItemButton")

        self.itemButtons.addWidget(self.deleteItemButton)


        self.detailLayout.addLayout(self.itemButtons)

        self.ledgerTitleLabel = QLabel(self.detailPanel)
        self.ledgerTitleLabel.setObjectName(u"ledgerTitleLabel")

        self.detailLayout.addWidget(self.ledgerTitleLabel)

        self.ledgerTable = QTableView(self.detailPanel)
        self.ledgerTable.setObjectName(u"ledgerTable")
        self.ledgerTable.setMinimumSize(QSize(0, 140))
        self.ledgerTable.setAlternatingRowColors(True)
        self.ledgerTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.ledgerTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ledgerTable.setWordWrap(False)

        self.detailLayout.addWidget(self.ledgerTable)

        self.ledgerButtons = QHBoxLayout()
        self.ledgerButtons.setObjectName(u"ledgerButtons")
        self.addRecordButton = QPushButton(self.detailPanel)
        self.addRecordButton.setObjectName(u"addRecordButton")

        self.ledgerButtons.addWidget(self.addRecordButton)

        self.editRecordButton = QPushButton(self.detailPanel)
        self.editRecordButton.setObjectName(u"editRecordButton")

        self.ledgerButtons.addWidget(self.editRecordButton)

        self.deleteRecordButton = QPushButton(self.detailPanel)
        self.deleteRecordButton.setObjectName(u"deleteRecordButton")

        self.ledgerButtons.addWidget(self.deleteRecordButton)

        self.ledgerSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.ledgerButtons.addItem(self.ledgerSpacer)

        self.ledgerCountLabel = QLabel(self.detailPanel)
        self.ledgerCountLabel.setObjectName(u"ledgerCountLabel")
        self.ledgerCountLabel.setText(u"")

        self.ledgerButtons.addWidget(self.ledgerCountLabel)


        self.detailLayout.addLayout(self.ledgerButtons)

        self.detailLayout.setStretch(1, 3)
        self.detailLayout.setStretch(4, 2)
        self.splitter.addWidget(self.detailPanel)

        self.pageLayout.addWidget(self.splitter)

        self.statusLabel = QLabel(CatalogPage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")

        self.pageLayout.addWidget(self.statusLabel)


        self.retranslateUi(CatalogPage)

        QMetaObject.connectSlotsByName(CatalogPage)
    # setupUi

    def retranslateUi(self, CatalogPage):
        self.titleLabel.setText(QCoreApplication.translate("CatalogPage", u"\u6807\u51c6\u76ee\u5f55\u4e0e\u516c\u5f00\u53f0\u8d26", None))
        self.hintLabel.setText(QCoreApplication.translate("CatalogPage", u"\u672c\u9547\u7684\u57fa\u5c42\u653f\u52a1\u516c\u5f00\u4e8b\u9879\u6807\u51c6\u76ee\u5f55\u548c\u6bcf\u4e2a\u4e8b\u9879\u7684\u516c\u5f00\u53f0\u8d26\u3002\u671f\u9650\u6309\u5de5\u4f5c\u65e5\u5386\u8ba1\u7b97\uff1b\u4eca\u5e74\u8fd8\u6ca1\u6709\u516c\u5f00\u8fc7\u7684\u4e8b\u9879\u6807\u4e3a\u6a59\u8272\uff0c\u6709\u903e\u671f\u672a\u516c\u5f00\u4fe1\u606f\u7684\u4e8b\u9879\u6807\u4e3a\u7ea2\u8272\u3002", None))
        self.bannerImportButton.setText(QCoreApplication.translate("CatalogPage", u"\u5bfc\u5165\u672c\u53bf\u76ee\u5f55\u2026", None))
        self.referenceButton.setText(QCoreApplication.translate("CatalogPage", u"\u8f7d\u5165\u53c2\u8003\u6a21\u677f", None))
        self.yearLabel.setText(QCoreApplication.translate("CatalogPage", u"\u7edf\u8ba1\u5e74\u4efd", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("CatalogPage", u"\u6309\u540d\u79f0\u7b5b\u9009\u4e8b\u9879", None))
        self.overdueCheck.setText(QCoreApplication.translate("CatalogPage", u"\u53ea\u770b\u903e\u671f", None))
#if QT_CONFIG(tooltip)
        self.overdueCheck.setToolTip(QCoreApplication.translate("CatalogPage", u"\u53ea\u663e\u793a\u6709\u903e\u671f\u672a\u516c\u5f00\u4fe1\u606f\u7684\u4e8b\u9879", None))
#endif // QT_CONFIG(tooltip)
        self.showHiddenCheck.setText(QCoreApplication.translate("CatalogPage", u"\u663e\u793a\u9690\u85cf\u7684\u9886\u57df", None))
        self.importButton.setText(QCoreApplication.translate("CatalogPage", u"\u5bfc\u5165\u672c\u53bf\u76ee\u5f55\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("CatalogPage", u"\u5bfc\u51fa\u76ee\u5f55\uff08Excel \u6216 Word\uff09\uff0c\u6216\u5bfc\u51fa\u516c\u5f00\u53f0\u8d26", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("CatalogPage", u"\u5bfc\u51fa\u2026", None))
#if QT_CONFIG(tooltip)
        self.addItemButton.setToolTip(QCoreApplication.translate("CatalogPage", u"\u5728\u6240\u9009\u9886\u57df\u4e2d\u65b0\u589e\u4e00\u4e2a\u4e8b\u9879\uff08\u672c\u53bf\u76ee\u5f55\u6ca1\u6709\u7684\u672c\u9547\u4e8b\u9879\uff09\uff08Ctrl+N\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.addItemButton.setText(QCoreApplication.translate("CatalogPage", u"\u65b0\u589e\u4e8b\u9879\u2026", None))
        self.areaButton.setText(QCoreApplication.translate("CatalogPage", u"\u9886\u57df\u2026", None))
        self.itemTitleLabel.setText(QCoreApplication.translate("CatalogPage", u"\u8bf7\u5728\u5de6\u4fa7\u9009\u62e9\u4e00\u4e2a\u4e8b\u9879", None))
        self.areaLabel.setText(QCoreApplication.translate("CatalogPage", u"\u9886\u57df", None))
        self.contentLabel.setText(QCoreApplication.translate("CatalogPage", u"\u516c\u5f00\u5185\u5bb9", None))
        self.basisLabel.setText(QCoreApplication.translate("CatalogPage", u"\u516c\u5f00\u4f9d\u636e", None))
        self.limitLabel.setText(QCoreApplication.translate("CatalogPage", u"\u516c\u5f00\u65f6\u9650", None))
        self.ruleLabel.setText(QCoreApplication.translate("CatalogPage", u"\u671f\u9650\u8ba1\u7b97", None))
        self.subjectLabel.setText(QCoreApplication.translate("CatalogPage", u"\u516c\u5f00\u4e3b\u4f53", None))
        self.channelsLabel.setText(QCoreApplication.translate("CatalogPage", u"\u516c\u5f00\u6e20\u9053", None))
        self.optionsLabel.setText(QCoreApplication.translate("CatalogPage", u"\u5bf9\u8c61\u00b7\u65b9\u5f0f\u00b7\u5c42\u7ea7", None))
        self.notesLabel.setText(QCoreApplication.translate("CatalogPage", u"\u5176\u4ed6\u5217", None))
        self.programsLabel.setText(QCoreApplication.translate("CatalogPage", u"\u5173\u8054\u8865\u8d34\u9879\u76ee", None))
        self.applicableCheck.setText(QCoreApplication.translate("CatalogPage", u"\u672c\u9547\u9002\u7528\u6b64\u4e8b\u9879", None))
#if QT_CONFIG(tooltip)
        self.editItemButton.setToolTip(QCoreApplication.translate("CatalogPage", u"\u4fee\u6539\u4e8b\u9879\u540d\u79f0\u3001\u516c\u5f00\u5185\u5bb9\u3001\u65f6\u9650\u3001\u6e20\u9053\u7b49\u5404\u5217\uff0c\u79fb\u5230\u5176\u4ed6\u9886\u57df\uff0c\u5173\u8054\u8865\u8d34\u9879\u76ee\uff08\u53cc\u51fb\u4e8b\u9879\u4e5f\u53ef\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.editItemButton.setText(QCoreApplication.translate("CatalogPage", u"\u4fee\u6539\u4e8b\u9879\u2026", None))
        self.ruleButton.setText(QCoreApplication.translate("CatalogPage", u"\u66f4\u6b63\u671f\u9650\u89c4\u5219\u2026", None))
#if QT_CONFIG(tooltip)
        self.deleteItemButton.setToolTip(QCoreApplication.translate("CatalogPage", u"\u5220\u9664\u8fd9\u4e2a\u4e8b\u9879\uff08\u5df2\u6709\u516c\u5f00\u8bb0\u5f55\u6216\u5173\u8054\u4e86\u8865\u8d34\u9879\u76ee\u7684\u4e8b\u9879\u4e0d\u80fd\u5220\u9664\uff09\uff08Delete\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.deleteItemButton.setText(QCoreApplication.translate("CatalogPage", u"\u5220\u9664\u4e8b\u9879", None))
        self.ledgerTitleLabel.setText(QCoreApplication.translate("CatalogPage", u"\u516c\u5f00\u53f0\u8d26", None))
        self.addRecordButton.setText(QCoreApplication.translate("CatalogPage", u"\u767b\u8bb0\u516c\u5f00\u2026", None))
        self.editRecordButton.setText(QCoreApplication.translate("CatalogPage", u"\u4fee\u6539\u2026", None))
        self.deleteRecordButton.setText(QCoreApplication.translate("CatalogPage", u"\u5220\u9664", None))
        pass
    # retranslateUi

