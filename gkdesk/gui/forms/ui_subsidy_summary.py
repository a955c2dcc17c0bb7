# Generated from ui/subsidy_summary.ui by gkdesk.gui.compile_forms — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'subsidy_summary.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QGridLayout, QLabel,
    QLineEdit, QRadioButton, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_SummaryDialog(object):
    def setupUi(self, SummaryDialog):
        if not SummaryDialog.objectName():
            SummaryDialog.setObjectName(u"SummaryDialog")
        SummaryDialog.resize(480, 340)
        self.summaryLayout = QVBoxLayout(SummaryDialog)
        self.summaryLayout.setObjectName(u"summaryLayout")
        self.introLabel = QLabel(SummaryDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.summaryLayout.addWidget(self.introLabel)

        self.scopeGrid = QGridLayout()
        self.scopeGrid.setObjectName(u"scopeGrid")
        self.periodRadio = QRadioButton(SummaryDialog)
        self.periodRadio.setObjectName(u"periodRadio")
        self.periodRadio.setChecked(True)

        self.scopeGrid.addWidget(self.periodRadio, 0, 0, 1, 1)

        self.periodCombo = QComboBox(SummaryDialog)
        self.periodCombo.setObjectName(u"periodCombo")
        self.periodCombo.setEditable(True)

        self.scopeGrid.addWidget(self.periodCombo, 0, 1, 1, 1)

        self.yearRadio = QRadioButton(SummaryDialog)
        self.yearRadio.setObjectName(u"yearRadio")

        self.scopeGrid.addWidget(self.yearRadio, 1, 0, 1, 1)

        self.yearSpin = QSpinBox(SummaryDialog)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)
        self.yearSpin.setValue(2026)

        self.scopeGrid.addWidget(self.yearSpin, 1, 1, 1, 1)

        self.fillerLabel = QLabel(SummaryDialog)
        self.fillerLabel.setObjectName(u"fillerLabel")

        self.scopeGrid.addWidget(self.fillerLabel, 2, 0, 1, 1)

        self.fillerEdit = QLineEdit(SummaryDialog)
        self.fillerEdit.setObjectName(u"fillerEdit")

        self.scopeGrid.addWidget(self.fillerEdit, 2, 1, 1, 1)

        self.phoneLabel = QLabel(SummaryDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.scopeGrid.addWidget(self.phoneLabel, 3, 0, 1, 1)

        self.phoneEdit = QLineEdit(SummaryDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.scopeGrid.addWidget(self.phoneEdit, 3, 1, 1, 1)

        self.reviewerLabel = QLabel(SummaryDialog)
        self.reviewerLabel.setObjectName(u"reviewerLabel")

        self.scopeGrid.addWidget(self.reviewerLabel, 4, 0, 1, 1)

        self.reviewerEdit = QLineEdit(SummaryDialog)
        self.reviewerEdit.setObjectName(u"reviewerEdit")

        self.scopeGrid.addWidget(self.reviewerEdit, 4, 1, 1, 1)

        self.scopeGrid.setColumnStretch(1, 1)

        self.summaryLayout.addLayout(self.scopeGrid)

        self.unpostedCheck = QCheckBox(SummaryDialog)
        self.unpostedCheck.setObjectName(u"unpostedCheck")

        self.summaryLayout.addWidget(self.unpostedCheck)

        self.summarySpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.summaryLayout.addItem(self.summarySpacer)

        self.buttonBox = QDialogButtonBox(SummaryDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.summaryLayout.addWidget(self.buttonBox)


        self.retranslateUi(SummaryDialog)

        QMetaObject.connectSlotsByName(SummaryDialog)
    # setupUi

    def retranslateUi(self, SummaryDialog):
        SummaryDialog.setWindowTitle(QCoreApplication.translate("SummaryDialog", u"\u4e0a\u62a5\u6c47\u603b\u8868", None))
        self.introLabel.setText(QCoreApplication.translate("SummaryDialog", u"\u6309\u6751\u548c\u8865\u8d34\u9879\u76ee\u6c47\u603b\u5df2\u516c\u793a\uff08\u516c\u793a\u4e2d\u3001\u516c\u793a\u671f\u6ee1\u3001\u5df2\u5f52\u6863\uff09\u540d\u5355\u7684\u4eba\u6570\u548c\u91d1\u989d\uff0c\u5bfc\u51fa\u4e3a Excel \u8868\u683c\u4e0a\u62a5\u3002\u5df2\u88ab\u66f4\u6b63\u516c\u793a\u53d6\u4ee3\u7684\u6279\u6b21\u4e0d\u8ba1\u5165\u3002", None))
        self.periodRadio.setText(QCoreApplication.translate("SummaryDialog", u"\u6309\u671f\u95f4", None))
        self.yearRadio.setText(QCoreApplication.translate("SummaryDialog", u"\u6309\u5e74\u4efd", None))
        self.yearSpin.setSuffix(QCoreApplication.translate("SummaryDialog", u"\u5e74", None))
        self.fillerLabel.setText(QCoreApplication.translate("SummaryDialog", u"\u586b\u62a5\u4eba", None))
        self.phoneLabel.setText(QCoreApplication.translate("SummaryDialog", u"\u8054\u7cfb\u7535\u8bdd", None))
        self.reviewerLabel.setText(QCoreApplication.translate("SummaryDialog", u"\u5ba1\u6838\u4eba", None))
        self.reviewerEdit.setPlaceholderText(QCoreApplication.translate("SummaryDialog", u"\u4e0d\u586b\u5219\u7559\u7a7a\uff0c\u6253\u5370\u540e\u624b\u7b7e", None))
        self.unpostedCheck.setText(QCoreApplication.translate("SummaryDialog", u"\u53e6\u5217\u672a\u516c\u793a\u7684\u540d\u5355\uff08\u8349\u7a3f\u3001\u5f85\u5ba1\u6838\u3001\u5f85\u5f00\u59cb\u516c\u793a\uff09\uff0c\u4e0d\u8ba1\u5165\u5408\u8ba1", None))
    # retranslateUi

