# Generated from ui/subsidy_batch.ui by gkdesk.gui.compile_forms — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'subsidy_batch.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFrame, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTabWidget, QTableView,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_BatchView(object):
    def setupUi(self, BatchView):
        if not BatchView.objectName():
            BatchView.setObjectName(u"BatchView")
        BatchView.resize(1000, 640)
        self.batchLayout = QVBoxLayout(BatchView)
        self.batchLayout.setSpacing(8)
        self.batchLayout.setObjectName(u"batchLayout")
        self.batchLayout.setContentsMargins(0, 0, 0, 0)
        self.topRow = QHBoxLayout()
        self.topRow.setObjectName(u"topRow")
        self.backButton = QPushButton(BatchView)
        self.backButton.setObjectName(u"backButton")

        self.topRow.addWidget(self.backButton)

        self.topSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topRow.addItem(self.topSpacer)


        self.batchLayout.addLayout(self.topRow)

        self.headRow = QHBoxLayout()
        self.headRow.setObjectName(u"headRow")
        self.titleLabel = QLabel(BatchView)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setText(u"")
        self.titleLabel.setWordWrap(True)

        self.headRow.addWidget(self.titleLabel)

        self.stateLabel = QLabel(BatchView)
        self.stateLabel.setObjectName(u"stateLabel")
        self.stateLabel.setText(u"")

        self.headRow.addWidget(self.stateLabel)

        self.headRow.setStretch(0, 1)

        self.batchLayout.addLayout(self.headRow)

        self.infoLabel = QLabel(BatchView)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setText(u"")
        self.infoLabel.setTextFormat(Qt.TextFormat.RichText)
        self.infoLabel.setWordWrap(True)
        self.infoLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.batchLayout.addWidget(self.infoLabel)

        self.linksLabel = QLabel(BatchView)
        self.linksLabel.setObjectName(u"linksLabel")
        self.linksLabel.setText(u"")
        self.linksLabel.setTextFormat(Qt.TextFormat.RichText)
        self.linksLabel.setWordWrap(True)

        self.batchLayout.addWidget(self.linksLabel)

        self.readOnlyBanner = QFrame(BatchView)
        self.readOnlyBanner.setObjectName(u"readOnlyBanner")
        self.bannerLayout = QVBoxLayout(self.readOnlyBanner)
        self.bannerLayout.setObjectName(u"bannerLayout")
        self.bannerLayout.setContentsMargins(10, 10, 10, 10)
        self.readOnlyLabel = QLabel(self.readOnlyBanner)
        self.readOnlyLabel.setObjectName(u"readOnlyLabel")
        self.readOnlyLabel.setText(u"")
        self.readOnlyLabel.setWordWrap(True)

        self.bannerLayout.addWidget(self.readOnlyLabel)


        self.batchLayout.addWidget(self.readOnlyBanner)

        self.tabs = QTabWidget(BatchView)
        self.tabs.setObjectName(u"tabs")
        self.listTab = QWidget()
        self.listTab.setObjectName(u"listTab")
        self.listTabLayout = QVBoxLayout(self.listTab)
        self.listTabLayout.setObjectName(u"listTabLayout")
        self.listTabLayout.setContentsMargins(8, 8, 8, 8)
        self.listTools = QHBoxLayout()
        self.listTools.setObjectName(u"listTools")
        self.searchEdit = QLineEdit(self.listTab)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)
        self.searchEdit.setMinimumSize(QSize(300, 0))

        self.listTools.addWidget(self.searchEdit)

        self.addButton = QPushButton(self.listTab)
        self.addButton.setObjectName(u"addButton")

        self.listTools.addWidget(self.addButton)

        self.editButton = QPushButton(self.listTab)
        self.editButton.setObjectName(u"editButton")

        self.listTools.addWidget(self.editButton)

        self.deleteButton = QPushButton(self.listTab)
        self.deleteButton.setObjectName(u"deleteButton")

        self.listTools.addWidget(self.deleteButton)

        self.listToolsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.listTools.addItem(self.listToolsSpacer)

        self.undoButton = QPushButton(self.listTab)
        self.undoButton.setObjectName(u"undoButton")

        self.listTools.addWidget(self.undoButton)

        self.redoButton = QPushButton(self.listTab)
        self.redoButton.setObjectName(u"redoButton")

        self.listTools.addWidget(self.redoButton)


        self.listTabLayout.addLayout(self.listTools)

        self.recipientTable = QTableView(self.listTab)
        self.recipientTable.setObjectName(u"recipientTable")
        self.recipientTable.setAlternatingRowColors(True)
        self.recipientTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.recipientTable.setWordWrap(False)

        self.listTabLayout.addWidget(self.recipientTable)

        self.totalsRow = QHBoxLayout()
        self.totalsRow.setObjectName(u"totalsRow")
        self.totalsLabel = QLabel(self.listTab)
        self.totalsLabel.setObjectName(u"totalsLabel")
        self.totalsLabel.setText(u"")
        self.totalsLabel.setTextFormat(Qt.TextFormat.RichText)

        self.totalsRow.addWidget(self.totalsLabel)

        self.totalsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.totalsRow.addItem(self.totalsSpacer)

        self.statusLabel = QLabel(self.listTab)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.totalsRow.addWidget(self.statusLabel)


        self.listTabLayout.addLayout(self.totalsRow)

        self.tabs.addTab(self.listTab, "")
        self.objectionTab = QWidget()
        self.objectionTab.setObjectName(u"objectionTab")
        self.objectionTabLayout = QVBoxLayout(self.objectionTab)
        self.objectionTabLayout.setObjectName(u"objectionTabLayout")
        self.objectionTabLayout.setContentsMargins(8, 8, 8, 8)
        self.objectionTable = QTableWidget(self.objectionTab)
        self.objectionTable.setObjectName(u"objectionTable")
        self.objectionTable.setAlternatingRowColors(True)
        self.objectionTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.objectionTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.objectionTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.objectionTabLayout.addWidget(self.objectionTable)

        self.objectionTools = QHBoxLayout()
        self.objectionTools.setObjectName(u"objectionTools")
        self.addObjectionButton = QPushButton(self.objectionTab)
        self.addObjectionButton.setObjectName(u"addObjectionButton")

        self.objectionTools.addWidget(self.addObjectionButton)

        self.resolveButton = QPushButton(self.objectionTab)
        self.resolveButton.setObjectName(u"resolveButton")

        self.objectionTools.addWidget(self.resolveButton)

        self.correctButton = QPushButton(self.objectionTab)
        self.correctButton.setObjectName(u"correctButton")

        self.objectionTools.addWidget(self.correctButton)

        self.objectionSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.objectionTools.addItem(self.objectionSpacer)


        self.objectionTabLayout.addLayout(self.objectionTools)

        self.tabs.addTab(self.objectionTab, "")
        self.attachmentTab = QWidget()
        self.attachmentTab.setObjectName(u"attachmentTab")
        self.attachmentTabLayout = QVBoxLayout(self.attachmentTab)
        self.attachmentTabLayout.setObjectName(u"attachmentTabLayout")
        self.attachmentTabLayout.setContentsMargins(8, 8, 8, 8)
        self.attachmentTable = QTableWidget(self.attachmentTab)
        self.attachmentTable.setObjectName(u"attachmentTable")
        self.attachmentTable.setAlternatingRowColors(True)
        self.attachmentTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.attachmentTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.attachmentTabLayout.addWidget(self.attachmentTable)

        self.attachmentTools = QHBoxLayout()
        self.attachmentTools.setObjectName(u"attachmentTools")
        self.archiveButton = QPushButton(self.attachmentTab)
        self.archiveButton.setObjectName(u"archiveButton")

        self.attachmentTools.addWidget(self.archiveButton)

        self.attachmentSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.attachmentTools.addItem(self.attachmentSpacer)


        self.attachmentTabLayout.addLayout(self.attachmentTools)

        self.tabs.addTab(self.attachmentTab, "")

        self.batchLayout.addWidget(self.tabs)


        self.retranslateUi(BatchView)

        QMetaObject.connectSlotsByName(BatchView)
    # setupUi

    def retranslateUi(self, BatchView):
        self.backButton.setText(QCoreApplication.translate("BatchView", u"\u2190 \u8fd4\u56de\u6279\u6b21\u5217\u8868", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("BatchView", u"\u6309\u59d3\u540d\u3001\u7ec4\u3001\u5907\u6ce8\u6216\u8eab\u4efd\u8bc1\u53f7\u540e\u51e0\u4f4d\u641c\u7d22\uff08Ctrl+F\uff09", None))
        self.addButton.setText(QCoreApplication.translate("BatchView", u"\u6dfb\u52a0\u4e00\u884c\u2026", None))
        self.editButton.setText(QCoreApplication.translate("BatchView", u"\u4fee\u6539\u6240\u9009\u2026", None))
        self.deleteButton.setText(QCoreApplication.translate("BatchView", u"\u5220\u9664\u6240\u9009", None))
        self.undoButton.setText(QCoreApplication.translate("BatchView", u"\u64a4\u9500", None))
        self.redoButton.setText(QCoreApplication.translate("BatchView", u"\u91cd\u505a", None))
        self.tabs.setTabText(self.tabs.indexOf(self.listTab), QCoreApplication.translate("BatchView", u"\u540d\u5355", None))
        self.addObjectionButton.setText(QCoreApplication.translate("BatchView", u"\u767b\u8bb0\u5f02\u8bae\u2026", None))
        self.resolveButton.setText(QCoreApplication.translate("BatchView", u"\u8bb0\u5f55\u6838\u5b9e\u7ed3\u679c\u2026", None))
        self.correctButton.setText(QCoreApplication.translate("BatchView", u"\u66f4\u6b63\u91cd\u65b0\u516c\u793a", None))
        self.tabs.setTabText(self.tabs.indexOf(self.objectionTab), QCoreApplication.translate("BatchView", u"\u5f02\u8bae", None))
        self.archiveButton.setText(QCoreApplication.translate("BatchView", u"\u4e0a\u4f20\u7167\u7247\u5e76\u5f52\u6863\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.attachmentTab), QCoreApplication.translate("BatchView", u"\u7167\u7247\u548c\u9644\u4ef6", None))
        pass
    # retranslateUi

