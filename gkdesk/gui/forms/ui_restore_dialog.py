# Generated from ui/restore_dialog.ui by gkdesk.gui.compile_forms — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'restore_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QVBoxLayout, QWidget)

class Ui_RestoreDialog(object):
    def setupUi(self, RestoreDialog):
        if not RestoreDialog.objectName():
            RestoreDialog.setObjectName(u"RestoreDialog")
        RestoreDialog.resize(520, 440)
        self.restoreLayout = QVBoxLayout(RestoreDialog)
        self.restoreLayout.setObjectName(u"restoreLayout")
        self.introLabel = QLabel(RestoreDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.restoreLayout.addWidget(self.introLabel)

        self.backupList = QListWidget(RestoreDialog)
        self.backupList.setObjectName(u"backupList")

        self.restoreLayout.addWidget(self.backupList)

        self.restoreButtons = QHBoxLayout()
        self.restoreButtons.setObjectName(u"restoreButtons")
        self.otherFileButton = QPushButton(RestoreDialog)
        self.otherFileButton.setObjectName(u"otherFileButton")

        self.restoreButtons.addWidget(self.otherFileButton)

        self.buttonBox = QDialogButtonBox(RestoreDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.restoreButtons.addWidget(self.buttonBox)


        self.restoreLayout.addLayout(self.restoreButtons)


        self.retranslateUi(RestoreDialog)

        QMetaObject.connectSlotsByName(RestoreDialog)
    # setupUi

    def retranslateUi(self, RestoreDialog):
        RestoreDialog.setWindowTitle(QCoreApplication.translate("RestoreDialog", u"\u4ece\u5907\u4efd\u6062\u590d", None))
        self.introLabel.setText(QCoreApplication.translate("RestoreDialog", u"\u8bf7\u9009\u62e9\u8981\u6062\u590d\u5230\u7684\u5907\u4efd\uff08\u6700\u65b0\u7684\u5728\u6700\u4e0a\u9762\uff09\u3002\u6062\u590d\u524d\uff0c\u7a0b\u5e8f\u4f1a\u5148\u628a\u73b0\u5728\u7684\u6570\u636e\u53e6\u5b58\u4e00\u4efd\u5907\u4efd\u3002", None))
        self.otherFileButton.setText(QCoreApplication.translate("RestoreDialog", u"\u9009\u62e9\u5176\u4ed6\u6587\u4ef6\u2026", None))
    # retranslateUi

