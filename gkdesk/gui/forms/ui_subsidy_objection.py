# Generated from ui/subsidy_objection.ui by gkdesk.gui.compile_forms — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'subsidy_objection.ui'
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
    QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

from gkdesk.gui.widgets.dates import DateEdit

class Ui_ObjectionDialog(object):
    def setupUi(self, ObjectionDialog):
        if not ObjectionDialog.objectName():
            ObjectionDialog.setObjectName(u"ObjectionDialog")
        ObjectionDialog.resize(520, 380)
        self.objectionLayout = QVBoxLayout(ObjectionDialog)
        self.objectionLayout.setObjectName(u"objectionLayout")
        self.titleLabel = QLabel(ObjectionDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setText(u"")
        self.titleLabel.setWordWrap(True)

        self.objectionLayout.addWidget(self.titleLabel)

        self.objectionForm = QFormLayout()
        self.objectionForm.setObjectName(u"objectionForm")
        self.objectionForm.setVerticalSpacing(10)
        self.dateLabel = QLabel(ObjectionDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.objectionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = DateEdit(ObjectionDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.objectionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.personLabel = QLabel(ObjectionDialog)
        self.personLabel.setObjectName(u"personLabel")

        self.objectionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.personLabel)

        self.personEdit = QLineEdit(ObjectionDialog)
        self.personEdit.setObjectName(u"personEdit")

        self.objectionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.personEdit)

        self.contactLabel = QLabel(ObjectionDialog)
        self.contactLabel.setObjectName(u"contactLabel")

        self.objectionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.contactLabel)

        self.contactEdit = QLineEdit(ObjectionDialog)
        self.contactEdit.setObjectName(u"contactEdit")

        self.objectionForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.contactEdit)

        self.contentLabel = QLabel(ObjectionDialog)
        self.contentLabel.setObjectName(u"contentLabel")

        self.objectionForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.contentLabel)

        self.contentEdit = QPlainTextEdit(ObjectionDialog)
        self.contentEdit.setObjectName(u"contentEdit")
        self.contentEdit.setTabChangesFocus(True)

        self.objectionForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.contentEdit)


        self.objectionLayout.addLayout(self.objectionForm)

        self.buttonBox = QDialogButtonBox(ObjectionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.objectionLayout.addWidget(self.buttonBox)


        self.retranslateUi(ObjectionDialog)

        QMetaObject.connectSlotsByName(ObjectionDialog)
    # setupUi

    def retranslateUi(self, ObjectionDialog):
        ObjectionDialog.setWindowTitle(QCoreApplication.translate("ObjectionDialog", u"\u767b\u8bb0\u5f02\u8bae", None))
        self.dateLabel.setText(QCoreApplication.translate("ObjectionDialog", u"\u6536\u5230\u65e5\u671f", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("ObjectionDialog", u"yyyy\u5e74M\u6708d\u65e5", None))
        self.personLabel.setText(QCoreApplication.translate("ObjectionDialog", u"\u53cd\u6620\u4eba", None))
        self.personEdit.setPlaceholderText(QCoreApplication.translate("ObjectionDialog", u"\u53ef\u7559\u7a7a\uff08\u533f\u540d\uff09", None))
        self.contactLabel.setText(QCoreApplication.translate("ObjectionDialog", u"\u8054\u7cfb\u65b9\u5f0f", None))
        self.contentLabel.setText(QCoreApplication.translate("ObjectionDialog", u"\u5f02\u8bae\u5185\u5bb9", None))
        self.contentEdit.setPlaceholderText(QCoreApplication.translate("ObjectionDialog", u"\u53cd\u6620\u7684\u95ee\u9898\uff0c\u5982\uff1a\u67d0\u67d0\u7684\u627f\u5305\u9762\u79ef\u767b\u8bb0\u6709\u8bef", None))
    # retranslateUi

