# Generated from ui/requests_add_dialog.ui by gkdesk.gui.compile_forms — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'requests_add_dialog.ui'
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
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

from gkdesk.gui.widgets.dates import DateEdit

class Ui_RequestsAddDialog(object):
    def setupUi(self, RequestsAddDialog):
        if not RequestsAddDialog.objectName():
            RequestsAddDialog.setObjectName(u"RequestsAddDialog")
        RequestsAddDialog.resize(620, 640)
        self.dialogLayout = QVBoxLayout(RequestsAddDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.receivedLabel = QLabel(RequestsAddDialog)
        self.receivedLabel.setObjectName(u"receivedLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.receivedLabel)

        self.receivedEdit = DateEdit(RequestsAddDialog)
        self.receivedEdit.setObjectName(u"receivedEdit")
        self.receivedEdit.setDisplayFormat(u"yyyy-MM-dd")
        self.receivedEdit.setCalendarPopup(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.receivedEdit)

        self.channelLabel = QLabel(RequestsAddDialog)
        self.channelLabel.setObjectName(u"channelLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.channelLabel)

        self.channelCombo = QComboBox(RequestsAddDialog)
        self.channelCombo.setObjectName(u"channelCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.channelCombo)

        self.receiptRuleLabel = QLabel(RequestsAddDialog)
        self.receiptRuleLabel.setObjectName(u"receiptRuleLabel")
        self.receiptRuleLabel.setText(u"")
        self.receiptRuleLabel.setWordWrap(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.receiptRuleLabel)

        self.applicantLabel = QLabel(RequestsAddDialog)
        self.applicantLabel.setObjectName(u"applicantLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.applicantLabel)

        self.applicantEdit = QLineEdit(RequestsAddDialog)
        self.applicantEdit.setObjectName(u"applicantEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.applicantEdit)

        self.typeLabel = QLabel(RequestsAddDialog)
        self.typeLabel.setObjectName(u"typeLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.typeLabel)

        self.typeCombo = QComboBox(RequestsAddDialog)
        self.typeCombo.setObjectName(u"typeCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.typeCombo)

        self.idLabel = QLabel(RequestsAddDialog)
        self.idLabel.setObjectName(u"idLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.idLabel)

        self.idEdit = QLineEdit(RequestsAddDialog)
        self.idEdit.setObjectName(u"idEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.idEdit)

        self.contactLabel = QLabel(RequestsAddDialog)
        self.contactLabel.setObjectName(u"contactLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.contactLabel)

        self.contactEdit = QLineEdit(RequestsAddDialog)
        self.contactEdit.setObjectName(u"contactEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.contactEdit)

        self.addressLabel = QLabel(RequestsAddDialog)
        self.addressLabel.setObjectName(u"addressLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(RequestsAddDialog)
        self.addressEdit.setObjectName(u"addressEdit")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.contentLabel = QLabel(RequestsAddDialog)
        self.contentLabel.setObjectName(u"contentLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.contentLabel)

        self.contentEdit = QPlainTextEdit(RequestsAddDialog)
        self.contentEdit.setObjectName(u"contentEdit")
        self.contentEdit.setMaximumSize(QSize(16777215, 90))

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.contentEdit)

        self.formWantedLabel = QLabel(RequestsAddDialog)
        self.formWantedLabel.setObjectName(u"formWantedLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.formWantedLabel)

        self.formWantedCombo = QComboBox(RequestsAddDialog)
        self.formWantedCombo.setObjectName(u"formWantedCombo")
        self.formWantedCombo.setEditable(True)

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.formWantedCombo)

        self.handlerLabel = QLabel(RequestsAddDialog)
        self.handlerLabel.setObjectName(u"handlerLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.handlerLabel)

        self.handlerEdit = QLineEdit(RequestsAddDialog)
        self.handlerEdit.setObjectName(u"handlerEdit")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.handlerEdit)

        self.noteLabel = QLabel(RequestsAddDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(RequestsAddDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.previewLabel = QLabel(RequestsAddDialog)
        self.previewLabel.setObjectName(u"previewLabel")
        self.previewLabel.setText(u"")
        self.previewLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.previewLabel)

        self.privacyLabel = QLabel(RequestsAddDialog)
        self.privacyLabel.setObjectName(u"privacyLabel")
        self.privacyLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.privacyLabel)

        self.errorLabel = QLabel(RequestsAddDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(RequestsAddDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.receivedLabel.setBuddy(self.receivedEdit)
        self.channelLabel.setBuddy(self.channelCombo)
        self.applicantLabel.setBuddy(self.applicantEdit)
        self.typeLabel.setBuddy(self.typeCombo)
        self.idLabel.setBuddy(self.idEdit)
        self.contactLabel.setBuddy(self.contactEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.contentLabel.setBuddy(self.contentEdit)
        self.formWantedLabel.setBuddy(self.formWantedCombo)
        self.handlerLabel.setBuddy(self.handlerEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RequestsAddDialog)

        QMetaObject.connectSlotsByName(RequestsAddDialog)
    # setupUi

    def retranslateUi(self, RequestsAddDialog):
        RequestsAddDialog.setWindowTitle(QCoreApplication.translate("RequestsAddDialog", u"\u767b\u8bb0\u653f\u5e9c\u4fe1\u606f\u516c\u5f00\u7533\u8bf7", None))
        self.receivedLabel.setText(QCoreApplication.translate("RequestsAddDialog", u"\u6536\u5230\u7533\u8bf7\u65e5\u671f*", None))
        self.channelLabel.setText(QCoreApplication.translate("RequestsAddDialog", u"\u63d0\u4ea4\u65b9\u5f0f*", None))
        self.applicantLabel.setText(QCoreApplication.translate("RequestsAddDialog", u"\u7533\u8bf7\u4eba\u59d3\u540d\u6216\u540d\u79f0*", None))
        self.typeLabel.setText(QCoreApplication.translate("RequestsAddDialog", u"\u7533\u8bf7\u4eba\u7c7b\u578b*", None))
        self.idLabel.setText(QCoreApplication.translate("RequestsAddDialog", u"\u8eab\u4efd\u8bc1\u53f7\u6216\u7edf\u4e00\u793e\u4f1a\u4fe1\u7528\u4ee3\u7801", None))
        self.contactLabel.setText(QCoreApplication.translate("RequestsAddDialog", u"\u8054\u7cfb\u7535\u8bdd\u6216\u90ae\u7bb1", None))
        self.addressLabel.setText(QCoreApplication.translate("RequestsAddDialog", u"\u901a\u4fe1\u5730\u5740", None))
        self.contentLabel.setText(QCoreApplication.translate("RequestsAddDialog", u"\u7533\u8bf7\u516c\u5f00\u7684\u653f\u5e9c\u4fe1\u606f*", None))
        self.contentEdit.setPlaceholderText(QCoreApplication.translate("RequestsAddDialog", u"\u4fe1\u606f\u7684\u540d\u79f0\u3001\u6587\u53f7\u6216\u4fbf\u4e8e\u67e5\u8be2\u7684\u5176\u4ed6\u7279\u5f81\u6027\u63cf\u8ff0", None))
        self.formWantedLabel.setText(QCoreApplication.translate("RequestsAddDialog", u"\u6240\u9700\u4fe1\u606f\u7684\u5f62\u5f0f", None))
        self.handlerLabel.setText(QCoreApplication.translate("RequestsAddDialog", u"\u7ecf\u529e\u4eba", None))
        self.noteLabel.setText(QCoreApplication.translate("RequestsAddDialog", u"\u5907\u6ce8", None))
        self.privacyLabel.setText(QCoreApplication.translate("RequestsAddDialog", u"\u7533\u8bf7\u4eba\u7684\u8eab\u4efd\u8bc1\u53f7\u3001\u8054\u7cfb\u65b9\u5f0f\u548c\u5730\u5740\u53ea\u7528\u4e8e\u529e\u7406\u548c\u7b54\u590d\uff0c\u4e0d\u4f1a\u51fa\u73b0\u5728\u767b\u8bb0\u53f0\u8d26\u7b49\u4efb\u4f55\u5bf9\u5916\u8f93\u51fa\u4e2d\u3002", None))
    # retranslateUi

