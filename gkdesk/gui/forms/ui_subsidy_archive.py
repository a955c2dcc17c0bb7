# Generated from ui/subsidy_archive.ui by gkdesk.gui.compile_forms — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'subsidy_archive.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QFrame, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ArchiveDialog(object):
    def setupUi(self, ArchiveDialog):
        if not ArchiveDialog.objectName():
            ArchiveDialog.setObjectName(u"ArchiveDialog")
        ArchiveDialog.resize(900, 480)
        self.archiveLayout = QVBoxLayout(ArchiveDialog)
        self.archiveLayout.setObjectName(u"archiveLayout")
        self.titleLabel = QLabel(ArchiveDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setText(u"")
        self.titleLabel.setWordWrap(True)

        self.archiveLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(ArchiveDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.archiveLayout.addWidget(self.introLabel)

        self.attachmentRow = QHBoxLayout()
        self.attachmentRow.setObjectName(u"attachmentRow")
        self.attachmentTable = QTableWidget(ArchiveDialog)
        self.attachmentTable.setObjectName(u"attachmentTable")
        self.attachmentTable.setAlternatingRowColors(True)
        self.attachmentTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.attachmentTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.attachmentTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.attachmentRow.addWidget(self.attachmentTable)

        self.previewLabel = QLabel(ArchiveDialog)
        self.previewLabel.setObjectName(u"previewLabel")
        self.previewLabel.setMinimumSize(QSize(260, 200))
        self.previewLabel.setMaximumSize(QSize(260, 16777215))
        self.previewLabel.setFrameShape(QFrame.Shape.StyledPanel)
        self.previewLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.previewLabel.setWordWrap(True)

        self.attachmentRow.addWidget(self.previewLabel)

        self.attachmentRow.setStretch(0, 1)

        self.archiveLayout.addLayout(self.attachmentRow)

        self.attachmentButtons = QHBoxLayout()
        self.attachmentButtons.setObjectName(u"attachmentButtons")
        self.addPhotoButton = QPushButton(ArchiveDialog)
        self.addPhotoButton.setObjectName(u"addPhotoButton")

        self.attachmentButtons.addWidget(self.addPhotoButton)

        self.addSignedButton = QPushButton(ArchiveDialog)
        self.addSignedButton.setObjectName(u"addSignedButton")

        self.attachmentButtons.addWidget(self.addSignedButton)

        self.removeButton = QPushButton(ArchiveDialog)
        self.removeButton.setObjectName(u"removeButton")

        self.attachmentButtons.addWidget(self.removeButton)

        self.attachmentSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.attachmentButtons.addItem(self.attachmentSpacer)

        self.archiveButton = QPushButton(ArchiveDialog)
        self.archiveButton.setObjectName(u"archiveButton")

        self.attachmentButtons.addWidget(self.archiveButton)


        self.archiveLayout.addLayout(self.attachmentButtons)

        self.stateLabel = QLabel(ArchiveDialog)
        self.stateLabel.setObjectName(u"stateLabel")
        self.stateLabel.setText(u"")
        self.stateLabel.setWordWrap(True)

        self.archiveLayout.addWidget(self.stateLabel)

        self.buttonBox = QDialogButtonBox(ArchiveDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.archiveLayout.addWidget(self.buttonBox)


        self.retranslateUi(ArchiveDialog)

        QMetaObject.connectSlotsByName(ArchiveDialog)
    # setupUi

    def retranslateUi(self, ArchiveDialog):
        ArchiveDialog.setWindowTitle(QCoreApplication.translate("ArchiveDialog", u"\u4e0a\u4f20\u7167\u7247\u5e76\u5f52\u6863", None))
        self.introLabel.setText(QCoreApplication.translate("ArchiveDialog", u"\u8bf7\u4e0a\u4f20\u5f20\u8d34\u516c\u793a\u7684\u7167\u7247\uff08\u81f3\u5c11\u4e00\u5f20\uff09\u548c\u7fa4\u4f17\u7b7e\u5b57\u7684\u540d\u5355\uff0c\u516c\u793a\u671f\u6ee1\u4e14\u5f02\u8bae\u90fd\u5df2\u529e\u7ed3\u540e\u70b9\u201c\u5f52\u6863\u201d\u3002\u5f52\u6863\u540e\u8be5\u6279\u6b21\u4e0d\u80fd\u518d\u4fee\u6539\u3002", None))
        self.previewLabel.setText(QCoreApplication.translate("ArchiveDialog", u"\u9009\u4e2d\u4e00\u5f20\u7167\u7247\uff0c\u5728\u8fd9\u91cc\u67e5\u770b", None))
        self.addPhotoButton.setText(QCoreApplication.translate("ArchiveDialog", u"\u6dfb\u52a0\u516c\u793a\u7167\u7247\u2026", None))
        self.addSignedButton.setText(QCoreApplication.translate("ArchiveDialog", u"\u6dfb\u52a0\u7b7e\u5b57\u540d\u5355\u2026", None))
        self.removeButton.setText(QCoreApplication.translate("ArchiveDialog", u"\u5220\u9664\u6240\u9009", None))
        self.archiveButton.setText(QCoreApplication.translate("ArchiveDialog", u"\u5f52\u6863", None))
    # retranslateUi

