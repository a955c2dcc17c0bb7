# Generated from ui/subsidy_notice.ui by gkdesk.gui.compile_forms — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'subsidy_notice.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_NoticeDialog(object):
    def setupUi(self, NoticeDialog):
        if not NoticeDialog.objectName():
            NoticeDialog.setObjectName(u"NoticeDialog")
        NoticeDialog.resize(560, 380)
        self.noticeLayout = QVBoxLayout(NoticeDialog)
        self.noticeLayout.setObjectName(u"noticeLayout")
        self.titleLabel = QLabel(NoticeDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setText(u"")
        self.titleLabel.setWordWrap(True)

        self.noticeLayout.addWidget(self.titleLabel)

        self.noticeRow = QHBoxLayout()
        self.noticeRow.setObjectName(u"noticeRow")
        self.optionsBox = QGroupBox(NoticeDialog)
        self.optionsBox.setObjectName(u"optionsBox")
        self.optionsForm = QFormLayout(self.optionsBox)
        self.optionsForm.setObjectName(u"optionsForm")
        self.optionsForm.setVerticalSpacing(10)
        self.paperLabel = QLabel(self.optionsBox)
        self.paperLabel.setObjectName(u"paperLabel")

        self.optionsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.paperLabel)

        self.paperCombo = QComboBox(self.optionsBox)
        self.paperCombo.setObjectName(u"paperCombo")

        self.optionsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.paperCombo)

        self.landscapeCheck = QCheckBox(self.optionsBox)
        self.landscapeCheck.setObjectName(u"landscapeCheck")

        self.optionsForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.landscapeCheck)

        self.largeCheck = QCheckBox(self.optionsBox)
        self.largeCheck.setObjectName(u"largeCheck")

        self.optionsForm.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.largeCheck)


        self.noticeRow.addWidget(self.optionsBox)

        self.outputButtons = QVBoxLayout()
        self.outputButtons.setObjectName(u"outputButtons")
        self.previewButton = QPushButton(NoticeDialog)
        self.previewButton.setObjectName(u"previewButton")

        self.outputButtons.addWidget(self.previewButton)

        self.pdfButton = QPushButton(NoticeDialog)
        self.pdfButton.setObjectName(u"pdfButton")

        self.outputButtons.addWidget(self.pdfButton)

        self.docxButton = QPushButton(NoticeDialog)
        self.docxButton.setObjectName(u"docxButton")

        self.outputButtons.addWidget(self.docxButton)

        self.xlsxButton = QPushButton(NoticeDialog)
        self.xlsxButton.setObjectName(u"xlsxButton")

        self.outputButtons.addWidget(self.xlsxButton)

        self.outputSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outputButtons.addItem(self.outputSpacer)


        self.noticeRow.addLayout(self.outputButtons)

        self.noticeRow.setStretch(0, 1)

        self.noticeLayout.addLayout(self.noticeRow)

        self.layoutRow = QHBoxLayout()
        self.layoutRow.setObjectName(u"layoutRow")
        self.layoutLabel = QLabel(NoticeDialog)
        self.layoutLabel.setObjectName(u"layoutLabel")
        self.layoutLabel.setText(u"")
        self.layoutLabel.setWordWrap(True)

        self.layoutRow.addWidget(self.layoutLabel)

        self.suggestButton = QPushButton(NoticeDialog)
        self.suggestButton.setObjectName(u"suggestButton")

        self.layoutRow.addWidget(self.suggestButton)

        self.layoutRow.setStretch(0, 1)

        self.noticeLayout.addLayout(self.layoutRow)

        self.hintLabel = QLabel(NoticeDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.noticeLayout.addWidget(self.hintLabel)

        self.buttonBox = QDialogButtonBox(NoticeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.noticeLayout.addWidget(self.buttonBox)


        self.retranslateUi(NoticeDialog)

        QMetaObject.connectSlotsByName(NoticeDialog)
    # setupUi

    def retranslateUi(self, NoticeDialog):
        NoticeDialog.setWindowTitle(QCoreApplication.translate("NoticeDialog", u"\u6253\u5370\u548c\u5bfc\u51fa\u516c\u793a", None))
        self.optionsBox.setTitle(QCoreApplication.translate("NoticeDialog", u"\u7248\u5f0f", None))
        self.paperLabel.setText(QCoreApplication.translate("NoticeDialog", u"\u7eb8\u5f20", None))
        self.landscapeCheck.setText(QCoreApplication.translate("NoticeDialog", u"\u6a2a\u5411", None))
        self.largeCheck.setText(QCoreApplication.translate("NoticeDialog", u"\u5927\u5b57\u7248\uff08\u5f20\u8d34\u5728\u516c\u5f00\u680f\u7528\uff09", None))
        self.previewButton.setText(QCoreApplication.translate("NoticeDialog", u"\u6253\u5370\u9884\u89c8\u2026", None))
        self.pdfButton.setText(QCoreApplication.translate("NoticeDialog", u"\u5bfc\u51faPDF\u2026", None))
        self.docxButton.setText(QCoreApplication.translate("NoticeDialog", u"\u5bfc\u51faWord\u2026", None))
        self.xlsxButton.setText(QCoreApplication.translate("NoticeDialog", u"\u5bfc\u51fa\u540d\u5355Excel\u2026", None))
        self.suggestButton.setText(QCoreApplication.translate("NoticeDialog", u"\u6539\u7528\u5efa\u8bae\u7684\u7eb8\u5f20", None))
        self.hintLabel.setText(QCoreApplication.translate("NoticeDialog", u"\u8eab\u4efd\u8bc1\u53f7\u3001\u8d26\u53f7\u6309\u201c\u8bbe\u7f6e \u2192 \u4e2a\u4eba\u4fe1\u606f\u906e\u6321\u201d\u7684\u89c4\u5219\u906e\u6321\u540e\u624d\u6253\u5370\u6216\u5bfc\u51fa\uff0c\u5b8c\u6574\u53f7\u7801\u4e0d\u4f1a\u51fa\u73b0\u5728\u516c\u793a\u4e0a\u3002", None))
    # retranslateUi

