# Generated from ui/subsidy_page.ui by gkdesk.gui.compile_forms — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'subsidy_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QStackedWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_SubsidyPage(object):
    def setupUi(self, SubsidyPage):
        if not SubsidyPage.objectName():
            SubsidyPage.setObjectName(u"SubsidyPage")
        SubsidyPage.resize(1000, 680)
        self.pageLayout = QVBoxLayout(SubsidyPage)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(24, 20, 24, 16)
        self.titleRow = QHBoxLayout()
        self.titleRow.setObjectName(u"titleRow")
        self.titleLabel = QLabel(SubsidyPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.titleRow.addWidget(self.titleLabel)

        self.titleSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.titleRow.addItem(self.titleSpacer)

        self.generalBarLayout = QHBoxLayout()
        self.generalBarLayout.setObjectName(u"generalBarLayout")

        self.titleRow.addLayout(self.generalBarLayout)


        self.pageLayout.addLayout(self.titleRow)

        self.toolbarLayout = QHBoxLayout()
        self.toolbarLayout.setSpacing(6)
        self.toolbarLayout.setObjectName(u"toolbarLayout")

        self.pageLayout.addLayout(self.toolbarLayout)

        self.stack = QStackedWidget(SubsidyPage)
        self.stack.setObjectName(u"stack")
        self.listPage = QWidget()
        self.listPage.setObjectName(u"listPage")
        self.listLayout = QVBoxLayout(self.listPage)
        self.listLayout.setSpacing(8)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.stateFilterLabel = QLabel(self.listPage)
        self.stateFilterLabel.setObjectName(u"stateFilterLabel")

        self.filterRow.addWidget(self.stateFilterLabel)

        self.stateCombo = QComboBox(self.listPage)
        self.stateCombo.setObjectName(u"stateCombo")

        self.filterRow.addWidget(self.stateCombo)

        self.villageFilterLabel = QLabel(self.listPage)
        self.villageFilterLabel.setObjectName(u"villageFilterLabel")

        self.filterRow.addWidget(self.villageFilterLabel)

        self.villageCombo = QComboBox(self.listPage)
        self.villageCombo.setObjectName(u"villageCombo")

        self.filterRow.addWidget(self.villageCombo)

        self.programFilterLabel = QLabel(self.listPage)
        self.programFilterLabel.setObjectName(u"programFilterLabel")

        self.filterRow.addWidget(self.programFilterLabel)

        self.programCombo = QComboBox(self.listPage)
        self.programCombo.setObjectName(u"programCombo")

        self.filterRow.addWidget(self.programCombo)

        self.toArchiveCheck = QCheckBox(self.listPage)
        self.toArchiveCheck.setObjectName(u"toArchiveCheck")

        self.filterRow.addWidget(self.toArchiveCheck)

        self.filterSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)

        self.searchEdit = QLineEdit(self.listPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)
        self.searchEdit.setMinimumSize(QSize(220, 0))

        self.filterRow.addWidget(self.searchEdit)


        self.listLayout.addLayout(self.filterRow)

        self.batchTable = QTableView(self.listPage)
        self.batchTable.setObjectName(u"batchTable")
        self.batchTable.setAlternatingRowColors(True)
        self.batchTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.batchTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.batchTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.batchTable.setSortingEnabled(True)
        self.batchTable.setWordWrap(False)

        self.listLayout.addWidget(self.batchTable)

        self.countRow = QHBoxLayout()
        self.countRow.setObjectName(u"countRow")
        self.countLabel = QLabel(self.listPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.countRow.addWidget(self.countLabel)

        self.countSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.countRow.addItem(self.countSpacer)

        self.hintLabel = QLabel(self.listPage)
        self.hintLabel.setObjectName(u"hintLabel")

        self.countRow.addWidget(self.hintLabel)


        self.listLayout.addLayout(self.countRow)

        self.stack.addWidget(self.listPage)

        self.pageLayout.addWidget(self.stack)


        self.retranslateUi(SubsidyPage)

        QMetaObject.connectSlotsByName(SubsidyPage)
    # setupUi

    def retranslateUi(self, SubsidyPage):
        self.titleLabel.setText(QCoreApplication.translate("SubsidyPage", u"\u60e0\u6c11\u8865\u8d34\u516c\u793a", None))
        self.stateFilterLabel.setText(QCoreApplication.translate("SubsidyPage", u"\u72b6\u6001", None))
        self.villageFilterLabel.setText(QCoreApplication.translate("SubsidyPage", u"\u6751", None))
        self.programFilterLabel.setText(QCoreApplication.translate("SubsidyPage", u"\u9879\u76ee", None))
        self.toArchiveCheck.setText(QCoreApplication.translate("SubsidyPage", u"\u53ea\u770b\u5f85\u5f52\u6863", None))
#if QT_CONFIG(tooltip)
        self.toArchiveCheck.setToolTip(QCoreApplication.translate("SubsidyPage", u"\u53ea\u663e\u793a\u516c\u793a\u671f\u5df2\u6ee1\u3001\u8fd8\u6ca1\u6709\u5f52\u6863\u7684\u6279\u6b21", None))
#endif // QT_CONFIG(tooltip)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("SubsidyPage", u"\u641c\u7d22\u6279\u6b21\uff08Ctrl+F\uff09", None))
        self.hintLabel.setText(QCoreApplication.translate("SubsidyPage", u"\u6d41\u7a0b\uff1a\u5bfc\u5165\u540d\u5355 \u2192 \u6838\u5bf9 \u2192 \u9001\u5ba1 \u2192 \u4fdd\u5bc6\u5ba1\u67e5 \u2192 \u5f00\u59cb\u516c\u793a \u2192 \u6253\u5370\u5f20\u8d34 \u2192 \u671f\u6ee1\u540e\u4e0a\u4f20\u7167\u7247\u5e76\u5f52\u6863", None))
        pass
    # retranslateUi

