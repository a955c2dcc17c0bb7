# Generated from ui/catalog_record_dialog.ui by gkdesk.gui.compile_forms — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'catalog_record_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from gkdesk.gui.widgets.dates import DateEdit

class Ui_CatalogRecordDialog(object):
    def setupUi(self, CatalogRecordDialog):
        if not CatalogRecordDialog.objectName():
            CatalogRecordDialog.setObjectName(u"CatalogRecordDialog")
        CatalogRecordDialog.resize(600, 620)
        self.dialogLayout = QVBoxLayout(CatalogRecordDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.itemLabel = QLabel(CatalogRecordDialog)
        self.itemLabel.setObjectName(u"itemLabel")
        self.itemLabel.setText(u"")
        self.itemLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.itemLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.titleLabel = QLabel(CatalogRecordDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(CatalogRecordDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.formedLabel = QLabel(CatalogRecordDialog)
        self.formedLabel.setObjectName(u"formedLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.formedLabel)

        self.formedEdit = DateEdit(CatalogRecordDialog)
        self.formedEdit.setObjectName(u"formedEdit")
        self.formedEdit.setCalendarPopup(True)
        self.formedEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.formedEdit)

        self.publishedLabel = QLabel(CatalogRecordDialog)
        self.publishedLabel.setObjectName(u"publishedLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.publishedLabel)

        self.publishedLayout = QHBoxLayout()
        self.publishedLayout.setObjectName(u"publishedLayout")
        self.publishedCheck = QCheckBox(CatalogRecordDialog)
        self.publishedCheck.setObjectName(u"publishedCheck")

        self.publishedLayout.addWidget(self.publishedCheck)

        self.publishedEdit = DateEdit(CatalogRecordDialog)
        self.publishedEdit.setObjectName(u"publishedEdit")
        self.publishedEdit.setCalendarPopup(True)
        self.publishedEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.publishedLayout.addWidget(self.publishedEdit)

        self.publishedSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.publishedLayout.addItem(self.publishedSpacer)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.publishedLayout)

        self.channelsLabel = QLabel(CatalogRecordDialog)
        self.channelsLabel.setObjectName(u"channelsLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.channelsLabel)

        self.channelList = QListWidget(CatalogRecordDialog)
        self.channelList.setObjectName(u"channelList")
        self.channelList.setMinimumSize(QSize(0, 150))

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.channelList)

        self.otherChannelsLabel = QLabel(CatalogRecordDialog)
        self.otherChannelsLabel.setObjectName(u"otherChannelsLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.otherChannelsLabel)

        self.otherChannelsEdit = QLineEdit(CatalogRecordDialog)
        self.otherChannelsEdit.setObjectName(u"otherChannelsEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.otherChannelsEdit)

        self.placeLabel = QLabel(CatalogRecordDialog)
        self.placeLabel.setObjectName(u"placeLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeEdit = QLineEdit(CatalogRecordDialog)
        self.placeEdit.setObjectName(u"placeEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.placeEdit)

        self.handlerLabel = QLabel(CatalogRecordDialog)
        self.handlerLabel.setObjectName(u"handlerLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.handlerLabel)

        self.handlerEdit = QLineEdit(CatalogRecordDialog)
        self.handlerEdit.setObjectName(u"handlerEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.handlerEdit)

        self.reviewerLabel = QLabel(CatalogRecordDialog)
        self.reviewerLabel.setObjectName(u"reviewerLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.reviewerLabel)

        self.reviewerEdit = QLineEdit(CatalogRecordDialog)
        self.reviewerEdit.setObjectName(u"reviewerEdit")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.reviewerEdit)

        self.reviewedLabel = QLabel(CatalogRecordDialog)
        self.reviewedLabel.setObjectName(u"reviewedLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.reviewedLabel)

        self.reviewedLayout = QHBoxLayout()
        self.reviewedLayout.setObjectName(u"reviewedLayout")
        self.reviewedCheck = QCheckBox(CatalogRecordDialog)
        self.reviewedCheck.setObjectName(u"reviewedCheck")

        self.reviewedLayout.addWidget(self.reviewedCheck)

        self.reviewedEdit = DateEdit(CatalogRecordDialog)
        self.reviewedEdit.setObjectName(u"reviewedEdit")
        self.reviewedEdit.setCalendarPopup(True)
        self.reviewedEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.reviewedLayout.addWidget(self.reviewedEdit)

        self.reviewedSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.reviewedLayout.addItem(self.reviewedSpacer)


        self.formLayout.setLayout(8, QFormLayout.ItemRole.FieldRole, self.reviewedLayout)


        self.dialogLayout.addLayout(self.formLayout)

        self.deadlineLabel = QLabel(CatalogRecordDialog)
        self.deadlineLabel.setObjectName(u"deadlineLabel")
        self.deadlineLabel.setText(u"")
        self.deadlineLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.deadlineLabel)

        self.errorLabel = QLabel(CatalogRecordDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CatalogRecordDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.formedLabel.setBuddy(self.formedEdit)
        self.otherChannelsLabel.setBuddy(self.otherChannelsEdit)
        self.placeLabel.setBuddy(self.placeEdit)
        self.handlerLabel.setBuddy(self.handlerEdit)
        self.reviewerLabel.setBuddy(self.reviewerEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CatalogRecordDialog)

        QMetaObject.connectSlotsByName(CatalogRecordDialog)
    # setupUi

    def retranslateUi(self, CatalogRecordDialog):
        CatalogRecordDialog.setWindowTitle(QCoreApplication.translate("CatalogRecordDialog", u"\u767b\u8bb0\u516c\u5f00", None))
        self.titleLabel.setText(QCoreApplication.translate("CatalogRecordDialog", u"\u4fe1\u606f\u6807\u9898*", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("CatalogRecordDialog", u"\u5982\uff1a\u4e1c\u98ce\u9547\u519c\u6751\u5371\u623f\u6539\u9020\u8865\u52a9\u519c\u6237\u540d\u5355\uff08\u7b2c\u4e8c\u6279\uff09", None))
        self.formedLabel.setText(QCoreApplication.translate("CatalogRecordDialog", u"\u4fe1\u606f\u5f62\u6210\u65e5\u671f*", None))
        self.publishedLabel.setText(QCoreApplication.translate("CatalogRecordDialog", u"\u516c\u5f00\u65e5\u671f", None))
        self.publishedCheck.setText(QCoreApplication.translate("CatalogRecordDialog", u"\u5df2\u516c\u5f00", None))
        self.channelsLabel.setText(QCoreApplication.translate("CatalogRecordDialog", u"\u516c\u5f00\u6e20\u9053", None))
        self.otherChannelsLabel.setText(QCoreApplication.translate("CatalogRecordDialog", u"\u5176\u4ed6\u6e20\u9053", None))
        self.otherChannelsEdit.setPlaceholderText(QCoreApplication.translate("CatalogRecordDialog", u"\u5982\uff1a12345\u653f\u52a1\u670d\u52a1\u70ed\u7ebf\uff08\u591a\u4e2a\u7528\u987f\u53f7\u5206\u9694\uff09", None))
        self.placeLabel.setText(QCoreApplication.translate("CatalogRecordDialog", u"\u516c\u5f00\u5730\u70b9\u6216\u94fe\u63a5", None))
        self.placeEdit.setPlaceholderText(QCoreApplication.translate("CatalogRecordDialog", u"\u5982\uff1a\u4e1c\u98ce\u6751\u6751\u52a1\u516c\u5f00\u680f\uff0c\u6216\u7f51\u9875\u94fe\u63a5", None))
        self.handlerLabel.setText(QCoreApplication.translate("CatalogRecordDialog", u"\u7ecf\u529e\u4eba", None))
        self.reviewerLabel.setText(QCoreApplication.translate("CatalogRecordDialog", u"\u4fdd\u5bc6\u5ba1\u67e5\u4eba", None))
        self.reviewedLabel.setText(QCoreApplication.translate("CatalogRecordDialog", u"\u5ba1\u67e5\u65e5\u671f", None))
        self.reviewedCheck.setText(QCoreApplication.translate("CatalogRecordDialog", u"\u5df2\u5ba1\u67e5", None))
    # retranslateUi

