# Generated from ui/subsidy_new_batch.ui by gkdesk.gui.compile_forms — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'subsidy_new_batch.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_NewBatchDialog(object):
    def setupUi(self, NewBatchDialog):
        if not NewBatchDialog.objectName():
            NewBatchDialog.setObjectName(u"NewBatchDialog")
        NewBatchDialog.resize(460, 240)
        self.newBatchLayout = QVBoxLayout(NewBatchDialog)
        self.newBatchLayout.setObjectName(u"newBatchLayout")
        self.introLabel = QLabel(NewBatchDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.newBatchLayout.addWidget(self.introLabel)

        self.newBatchForm = QFormLayout()
        self.newBatchForm.setObjectName(u"newBatchForm")
        self.newBatchForm.setVerticalSpacing(10)
        self.programLabel = QLabel(NewBatchDialog)
        self.programLabel.setObjectName(u"programLabel")

        self.newBatchForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.programLabel)

        self.programCombo = QComboBox(NewBatchDialog)
        self.programCombo.setObjectName(u"programCombo")

        self.newBatchForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.programCombo)

        self.villageLabel = QLabel(NewBatchDialog)
        self.villageLabel.setObjectName(u"villageLabel")

        self.newBatchForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.villageLabel)

        self.villageCombo = QComboBox(NewBatchDialog)
        self.villageCombo.setObjectName(u"villageCombo")

        self.newBatchForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.villageCombo)

        self.periodLabel = QLabel(NewBatchDialog)
        self.periodLabel.setObjectName(u"periodLabel")

        self.newBatchForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.periodLabel)

        self.periodEdit = QLineEdit(NewBatchDialog)
        self.periodEdit.setObjectName(u"periodEdit")

        self.newBatchForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.periodEdit)


        self.newBatchLayout.addLayout(self.newBatchForm)

        self.newBatchSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.newBatchLayout.addItem(self.newBatchSpacer)

        self.buttonBox = QDialogButtonBox(NewBatchDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.newBatchLayout.addWidget(self.buttonBox)


        self.retranslateUi(NewBatchDialog)

        QMetaObject.connectSlotsByName(NewBatchDialog)
    # setupUi

    def retranslateUi(self, NewBatchDialog):
        NewBatchDialog.setWindowTitle(QCoreApplication.translate("NewBatchDialog", u"\u65b0\u5efa\u7a7a\u767d\u540d\u5355", None))
        self.introLabel.setText(QCoreApplication.translate("NewBatchDialog", u"\u65b0\u5efa\u4e00\u4e2a\u7a7a\u767d\u540d\u5355\uff0c\u4e4b\u540e\u5728\u540d\u5355\u4e2d\u9010\u884c\u5f55\u5165\u3002", None))
        self.programLabel.setText(QCoreApplication.translate("NewBatchDialog", u"\u8865\u8d34\u9879\u76ee", None))
        self.villageLabel.setText(QCoreApplication.translate("NewBatchDialog", u"\u6751", None))
        self.periodLabel.setText(QCoreApplication.translate("NewBatchDialog", u"\u671f\u95f4", None))
        self.periodEdit.setPlaceholderText(QCoreApplication.translate("NewBatchDialog", u"\u5982 2026\u5e74\u5ea6\u30012026\u5e74\u7b2c\u4e09\u5b63\u5ea6", None))
    # retranslateUi

