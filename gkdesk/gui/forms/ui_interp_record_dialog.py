# Generated from ui/interp_record_dialog.ui by gkdesk.gui.compile_forms — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'interp_record_dialog.ui'
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
    QListView, QListWidget, QListWidgetItem, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

from gkdesk.gui.widgets.dates import DateEdit

class Ui_InterpRecordDialog(object):
    def setupUi(self, InterpRecordDialog):
        if not InterpRecordDialog.objectName():
            InterpRecordDialog.setObjectName(u"InterpRecordDialog")
        InterpRecordDialog.resize(640, 720)
        self.dialogLayout = QVBoxLayout(InterpRecordDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.lockLabel = QLabel(InterpRecordDialog)
        self.lockLabel.setObjectName(u"lockLabel")
        self.lockLabel.setText(u"")
        self.lockLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.lockLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.policyLabel = QLabel(InterpRecordDialog)
        self.policyLabel.setObjectName(u"policyLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.policyLabel)

        self.policyEdit = QLineEdit(InterpRecordDialog)
        self.policyEdit.setObjectName(u"policyEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.policyEdit)

        self.docNumberLabel = QLabel(InterpRecordDialog)
        self.docNumberLabel.setObjectName(u"docNumberLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.docNumberLabel)

        self.docNumberEdit = QLineEdit(InterpRecordDialog)
        self.docNumberEdit.setObjectName(u"docNumberEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.docNumberEdit)

        self.drafterLabel = QLabel(InterpRecordDialog)
        self.drafterLabel.setObjectName(u"drafterLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.drafterLabel)

        self.drafterEdit = QLineEdit(InterpRecordDialog)
        self.drafterEdit.setObjectName(u"drafterEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.drafterEdit)

        self.policyDateLabel = QLabel(InterpRecordDialog)
        self.policyDateLabel.setObjectName(u"policyDateLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.policyDateLabel)

        self.policyDateEdit = DateEdit(InterpRecordDialog)
        self.policyDateEdit.setObjectName(u"policyDateEdit")
        self.policyDateEdit.setDisplayFormat(u"yyyy-MM-dd")
        self.policyDateEdit.setCalendarPopup(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.policyDateEdit)

        self.titleLabel = QLabel(InterpRecordDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(InterpRecordDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.formLabel = QLabel(InterpRecordDialog)
        self.formLabel.setObjectName(u"formLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.formLabel)

        self.formCombo = QComboBox(InterpRecordDialog)
        self.formCombo.setObjectName(u"formCombo")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.formCombo)

        self.interpreterLabel = QLabel(InterpRecordDialog)
        self.interpreterLabel.setObjectName(u"interpreterLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.interpreterLabel)

        self.interpreterEdit = QLineEdit(InterpRecordDialog)
        self.interpreterEdit.setObjectName(u"interpreterEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.interpreterEdit)

        self.roleLabel = QLabel(InterpRecordDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(InterpRecordDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.publishedLabel = QLabel(InterpRecordDialog)
        self.publishedLabel.setObjectName(u"publishedLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.publishedLabel)

        self.publishedEdit = DateEdit(InterpRecordDialog)
        self.publishedEdit.setObjectName(u"publishedEdit")
        self.publishedEdit.setDisplayFormat(u"yyyy-MM-dd")
        self.publishedEdit.setCalendarPopup(True)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.publishedEdit)

        self.syncCaption = QLabel(InterpRecordDialog)
        self.syncCaption.setObjectName(u"syncCaption")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.syncCaption)

        self.syncLabel = QLabel(InterpRecordDialog)
        self.syncLabel.setObjectName(u"syncLabel")
        self.syncLabel.setText(u"")
        self.syncLabel.setWordWrap(True)

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.syncLabel)

        self.channelLabel = QLabel(InterpRecordDialog)
        self.channelLabel.setObjectName(u"channelLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.channelLabel)

        self.channelLayout = QVBoxLayout()
        self.channelLayout.setObjectName(u"channelLayout")
        self.channelList = QListWidget(InterpRecordDialog)
        self.channelList.setObjectName(u"channelList")
        self.channelList.setMaximumSize(QSize(16777215, 150))
        self.channelList.setFlow(QListView.Flow.LeftToRight)
        self.channelList.setProperty(u"isWrapping", True)
        self.channelList.setResizeMode(QListView.ResizeMode.Adjust)

        self.channelLayout.addWidget(self.channelList)

        self.otherChannelsEdit = QLineEdit(InterpRecordDialog)
        self.otherChannelsEdit.setObjectName(u"otherChannelsEdit")

        self.channelLayout.addWidget(self.otherChannelsEdit)


        self.formLayout.setLayout(10, QFormLayout.ItemRole.FieldRole, self.channelLayout)

        self.linkLabel = QLabel(InterpRecordDialog)
        self.linkLabel.setObjectName(u"linkLabel")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.linkLabel)

        self.linkEdit = QLineEdit(InterpRecordDialog)
        self.linkEdit.setObjectName(u"linkEdit")
        self.linkEdit.setPlaceholderText(u"http://")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.linkEdit)

        self.remarkLabel = QLabel(InterpRecordDialog)
        self.remarkLabel.setObjectName(u"remarkLabel")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.remarkLabel)

        self.remarkEdit = QPlainTextEdit(InterpRecordDialog)
        self.remarkEdit.setObjectName(u"remarkEdit")
        self.remarkEdit.setMaximumSize(QSize(16777215, 70))

        self.formLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.remarkEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(InterpRecordDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(InterpRecordDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.policyLabel.setBuddy(self.policyEdit)
        self.docNumberLabel.setBuddy(self.docNumberEdit)
        self.drafterLabel.setBuddy(self.drafterEdit)
        self.policyDateLabel.setBuddy(self.policyDateEdit)
        self.titleLabel.setBuddy(self.titleEdit)
        self.formLabel.setBuddy(self.formCombo)
        self.interpreterLabel.setBuddy(self.interpreterEdit)
        self.roleLabel.setBuddy(self.roleCombo)
        self.publishedLabel.setBuddy(self.publishedEdit)
        self.channelLabel.setBuddy(self.channelList)
        self.linkLabel.setBuddy(self.linkEdit)
        self.remarkLabel.setBuddy(self.remarkEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.policyEdit, self.docNumberEdit)
        QWidget.setTabOrder(self.docNumberEdit, self.drafterEdit)
        QWidget.setTabOrder(self.drafterEdit, self.policyDateEdit)
        QWidget.setTabOrder(self.policyDateEdit, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.formCombo)
        QWidget.setTabOrder(self.formCombo, self.interpreterEdit)
        QWidget.setTabOrder(self.interpreterEdit, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.publishedEdit)
        QWidget.setTabOrder(self.publishedEdit, self.channelList)
        QWidget.setTabOrder(self.channelList, self.otherChannelsEdit)
        QWidget.setTabOrder(self.otherChannelsEdit, self.linkEdit)
        QWidget.setTabOrder(self.linkEdit, self.remarkEdit)

        self.retranslateUi(InterpRecordDialog)

        QMetaObject.connectSlotsByName(InterpRecordDialog)
    # setupUi

    def retranslateUi(self, InterpRecordDialog):
        InterpRecordDialog.setWindowTitle(QCoreApplication.translate("InterpRecordDialog", u"\u653f\u7b56\u89e3\u8bfb\u8bb0\u5f55", None))
        self.policyLabel.setText(QCoreApplication.translate("InterpRecordDialog", u"\u653f\u7b56\u6587\u4ef6\u540d\u79f0*", None))
        self.policyEdit.setPlaceholderText(QCoreApplication.translate("InterpRecordDialog", u"\u5982\uff1a\u4e1c\u98ce\u9547\u4eba\u5c45\u73af\u5883\u6574\u6cbb\u5b9e\u65bd\u65b9\u6848", None))
        self.docNumberLabel.setText(QCoreApplication.translate("InterpRecordDialog", u"\u6587\u53f7", None))
        self.docNumberEdit.setPlaceholderText(QCoreApplication.translate("InterpRecordDialog", u"\u5982\uff1a\u4e1c\u653f\u53d1\u30142026\u301521\u53f7", None))
        self.drafterLabel.setText(QCoreApplication.translate("InterpRecordDialog", u"\u8d77\u8349\u5355\u4f4d", None))
        self.policyDateLabel.setText(QCoreApplication.translate("InterpRecordDialog", u"\u6587\u4ef6\u53d1\u5e03\u65e5\u671f", None))
        self.policyDateEdit.setSpecialValueText(QCoreApplication.translate("InterpRecordDialog", u"\u672a\u586b", None))
        self.titleLabel.setText(QCoreApplication.translate("InterpRecordDialog", u"\u89e3\u8bfb\u6807\u9898*", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("InterpRecordDialog", u"\u5982\uff1a\u300a\u4e1c\u98ce\u9547\u4eba\u5c45\u73af\u5883\u6574\u6cbb\u5b9e\u65bd\u65b9\u6848\u300b\u653f\u7b56\u89e3\u8bfb", None))
        self.formLabel.setText(QCoreApplication.translate("InterpRecordDialog", u"\u89e3\u8bfb\u5f62\u5f0f*", None))
        self.interpreterLabel.setText(QCoreApplication.translate("InterpRecordDialog", u"\u89e3\u8bfb\u4eba", None))
        self.roleLabel.setText(QCoreApplication.translate("InterpRecordDialog", u"\u804c\u52a1", None))
        self.publishedLabel.setText(QCoreApplication.translate("InterpRecordDialog", u"\u89e3\u8bfb\u53d1\u5e03\u65e5\u671f*", None))
        self.syncCaption.setText(QCoreApplication.translate("InterpRecordDialog", u"\u662f\u5426\u540c\u6b65\u53d1\u5e03", None))
        self.channelLabel.setText(QCoreApplication.translate("InterpRecordDialog", u"\u53d1\u5e03\u6e20\u9053", None))
        self.otherChannelsEdit.setPlaceholderText(QCoreApplication.translate("InterpRecordDialog", u"\u5176\u4ed6\u6e20\u9053\uff0c\u5982\u201c\u9547\u653f\u52a1\u516c\u5f00\u680f\u201d\uff0c\u591a\u4e2a\u7528\u987f\u53f7\u5206\u9694", None))
        self.linkLabel.setText(QCoreApplication.translate("InterpRecordDialog", u"\u94fe\u63a5", None))
        self.remarkLabel.setText(QCoreApplication.translate("InterpRecordDialog", u"\u5907\u6ce8", None))
    # retranslateUi

