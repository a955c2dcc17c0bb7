# Generated from ui/subsidy_recipient.ui by gkdesk.gui.compile_forms — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'subsidy_recipient.ui'
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

from gkdesk.gui.widgets.dates import DateEdit

class Ui_RecipientDialog(object):
    def setupUi(self, RecipientDialog):
        if not RecipientDialog.objectName():
            RecipientDialog.setObjectName(u"RecipientDialog")
        RecipientDialog.resize(480, 560)
        self.recipientLayout = QVBoxLayout(RecipientDialog)
        self.recipientLayout.setObjectName(u"recipientLayout")
        self.recipientForm = QFormLayout()
        self.recipientForm.setObjectName(u"recipientForm")
        self.recipientForm.setVerticalSpacing(8)
        self.groupLabel = QLabel(RecipientDialog)
        self.groupLabel.setObjectName(u"groupLabel")

        self.recipientForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.groupLabel)

        self.groupCombo = QComboBox(RecipientDialog)
        self.groupCombo.setObjectName(u"groupCombo")
        self.groupCombo.setEditable(True)

        self.recipientForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.groupCombo)

        self.nameLabel = QLabel(RecipientDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.recipientForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(RecipientDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.recipientForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.idLabel = QLabel(RecipientDialog)
        self.idLabel.setObjectName(u"idLabel")

        self.recipientForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.idLabel)

        self.idEdit = QLineEdit(RecipientDialog)
        self.idEdit.setObjectName(u"idEdit")

        self.recipientForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.idEdit)

        self.householdLabel = QLabel(RecipientDialog)
        self.householdLabel.setObjectName(u"householdLabel")

        self.recipientForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.householdLabel)

        self.householdEdit = QLineEdit(RecipientDialog)
        self.householdEdit.setObjectName(u"householdEdit")

        self.recipientForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.householdEdit)

        self.quantityLabel = QLabel(RecipientDialog)
        self.quantityLabel.setObjectName(u"quantityLabel")

        self.recipientForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.quantityLabel)

        self.quantityEdit = QLineEdit(RecipientDialog)
        self.quantityEdit.setObjectName(u"quantityEdit")

        self.recipientForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.quantityEdit)

        self.standardLabel = QLabel(RecipientDialog)
        self.standardLabel.setObjectName(u"standardLabel")

        self.recipientForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.standardLabel)

        self.standardEdit = QLineEdit(RecipientDialog)
        self.standardEdit.setObjectName(u"standardEdit")

        self.recipientForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.standardEdit)

        self.amountLabel = QLabel(RecipientDialog)
        self.amountLabel.setObjectName(u"amountLabel")

        self.recipientForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.amountLabel)

        self.amountEdit = QLineEdit(RecipientDialog)
        self.amountEdit.setObjectName(u"amountEdit")

        self.recipientForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.amountEdit)

        self.payMethodLabel = QLabel(RecipientDialog)
        self.payMethodLabel.setObjectName(u"payMethodLabel")

        self.recipientForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.payMethodLabel)

        self.payMethodEdit = QLineEdit(RecipientDialog)
        self.payMethodEdit.setObjectName(u"payMethodEdit")

        self.recipientForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.payMethodEdit)

        self.accountLabel = QLabel(RecipientDialog)
        self.accountLabel.setObjectName(u"accountLabel")

        self.recipientForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.accountLabel)

        self.accountEdit = QLineEdit(RecipientDialog)
        self.accountEdit.setObjectName(u"accountEdit")

        self.recipientForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.accountEdit)

        self.phoneLabel = QLabel(RecipientDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.recipientForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(RecipientDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.recipientForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.payDateLabel = QLabel(RecipientDialog)
        self.payDateLabel.setObjectName(u"payDateLabel")

        self.recipientForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.payDateLabel)

        self.payDateEdit = DateEdit(RecipientDialog)
        self.payDateEdit.setObjectName(u"payDateEdit")
        self.payDateEdit.setDisplayFormat(u"yyyy-MM-dd")
        self.payDateEdit.setCalendarPopup(True)

        self.recipientForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.payDateEdit)

        self.remarkLabel = QLabel(RecipientDialog)
        self.remarkLabel.setObjectName(u"remarkLabel")

        self.recipientForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.remarkLabel)

        self.remarkCombo = QComboBox(RecipientDialog)
        self.remarkCombo.setObjectName(u"remarkCombo")
        self.remarkCombo.setEditable(True)

        self.recipientForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.remarkCombo)


        self.recipientLayout.addLayout(self.recipientForm)

        self.errorLabel = QLabel(RecipientDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.recipientLayout.addWidget(self.errorLabel)

        self.recipientSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.recipientLayout.addItem(self.recipientSpacer)

        self.buttonBox = QDialogButtonBox(RecipientDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.recipientLayout.addWidget(self.buttonBox)


        self.retranslateUi(RecipientDialog)

        QMetaObject.connectSlotsByName(RecipientDialog)
    # setupUi

    def retranslateUi(self, RecipientDialog):
        RecipientDialog.setWindowTitle(QCoreApplication.translate("RecipientDialog", u"\u540d\u5355\u4e2d\u7684\u4e00\u884c", None))
        self.groupLabel.setText(QCoreApplication.translate("RecipientDialog", u"\u6751\u6c11\u5c0f\u7ec4", None))
        self.nameLabel.setText(QCoreApplication.translate("RecipientDialog", u"\u59d3\u540d *", None))
        self.idLabel.setText(QCoreApplication.translate("RecipientDialog", u"\u8eab\u4efd\u8bc1\u53f7 *", None))
        self.idEdit.setPlaceholderText(QCoreApplication.translate("RecipientDialog", u"18\u4f4d\u8eab\u4efd\u8bc1\u53f7", None))
        self.householdLabel.setText(QCoreApplication.translate("RecipientDialog", u"\u5bb6\u5ead\u4eba\u53e3", None))
        self.quantityLabel.setText(QCoreApplication.translate("RecipientDialog", u"\u6570\u91cf", None))
        self.quantityEdit.setPlaceholderText(QCoreApplication.translate("RecipientDialog", u"\u9762\u79ef\uff08\u4ea9\uff09\u3001\u4eba\u6570\u6216\u5934\u6570", None))
        self.standardLabel.setText(QCoreApplication.translate("RecipientDialog", u"\u8865\u8d34\u6807\u51c6(\u5143)", None))
        self.standardEdit.setPlaceholderText(QCoreApplication.translate("RecipientDialog", u"\u7559\u7a7a\u5219\u7528\u9879\u76ee\u7684\u6807\u51c6", None))
        self.amountLabel.setText(QCoreApplication.translate("RecipientDialog", u"\u8865\u8d34\u91d1\u989d(\u5143) *", None))
        self.amountEdit.setPlaceholderText(QCoreApplication.translate("RecipientDialog", u"\u6709\u6570\u91cf\u548c\u6807\u51c6\u65f6\u53ef\u7559\u7a7a\uff0c\u81ea\u52a8\u8ba1\u7b97", None))
        self.payMethodLabel.setText(QCoreApplication.translate("RecipientDialog", u"\u53d1\u653e\u65b9\u5f0f", None))
        self.payMethodEdit.setPlaceholderText(QCoreApplication.translate("RecipientDialog", u"\u5982 \u4e00\u5361\u901a", None))
        self.accountLabel.setText(QCoreApplication.translate("RecipientDialog", u"\u8d26\u53f7", None))
        self.phoneLabel.setText(QCoreApplication.translate("RecipientDialog", u"\u8054\u7cfb\u7535\u8bdd", None))
        self.payDateLabel.setText(QCoreApplication.translate("RecipientDialog", u"\u53d1\u653e\u65f6\u95f4", None))
        self.remarkLabel.setText(QCoreApplication.translate("RecipientDialog", u"\u5907\u6ce8", None))
    # retranslateUi

