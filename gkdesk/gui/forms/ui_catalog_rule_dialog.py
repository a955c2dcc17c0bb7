# Generated from ui/catalog_rule_dialog.ui by gkdesk.gui.compile_forms — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'catalog_rule_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_CatalogRuleDialog(object):
    def setupUi(self, CatalogRuleDialog):
        if not CatalogRuleDialog.objectName():
            CatalogRuleDialog.setObjectName(u"CatalogRuleDialog")
        CatalogRuleDialog.resize(520, 320)
        self.dialogLayout = QVBoxLayout(CatalogRuleDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.textLabel = QLabel(CatalogRuleDialog)
        self.textLabel.setObjectName(u"textLabel")
        self.textLabel.setText(u"")
        self.textLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.textLabel)

        self.parsedLabel = QLabel(CatalogRuleDialog)
        self.parsedLabel.setObjectName(u"parsedLabel")
        self.parsedLabel.setText(u"")
        self.parsedLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.parsedLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.kindLabel = QLabel(CatalogRuleDialog)
        self.kindLabel.setObjectName(u"kindLabel")
        self.kindLabel.setText(u"")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.noDeadlineCheck = QCheckBox(CatalogRuleDialog)
        self.noDeadlineCheck.setObjectName(u"noDeadlineCheck")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.noDeadlineCheck)

        self.eventLabel = QLabel(CatalogRuleDialog)
        self.eventLabel.setObjectName(u"eventLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.eventLabel)

        self.eventEdit = QLineEdit(CatalogRuleDialog)
        self.eventEdit.setObjectName(u"eventEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.eventEdit)

        self.daysLabel = QLabel(CatalogRuleDialog)
        self.daysLabel.setObjectName(u"daysLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.daysLabel)

        self.daysLayout = QHBoxLayout()
        self.daysLayout.setObjectName(u"daysLayout")
        self.daysSpin = QSpinBox(CatalogRuleDialog)
        self.daysSpin.setObjectName(u"daysSpin")
        self.daysSpin.setMinimum(0)
        self.daysSpin.setMaximum(3650)
        self.daysSpin.setValue(20)

        self.daysLayout.addWidget(self.daysSpin)

        self.unitCombo = QComboBox(CatalogRuleDialog)
        self.unitCombo.setObjectName(u"unitCombo")

        self.daysLayout.addWidget(self.unitCombo)

        self.withinLabel = QLabel(CatalogRuleDialog)
        self.withinLabel.setObjectName(u"withinLabel")

        self.daysLayout.addWidget(self.withinLabel)

        self.daysSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.daysLayout.addItem(self.daysSpacer)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.daysLayout)

        self.publicityLabel = QLabel(CatalogRuleDialog)
        self.publicityLabel.setObjectName(u"publicityLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.publicityLabel)

        self.publicityLayout = QHBoxLayout()
        self.publicityLayout.setObjectName(u"publicityLayout")
        self.publicitySpin = QSpinBox(CatalogRuleDialog)
        self.publicitySpin.setObjectName(u"publicitySpin")
        self.publicitySpin.setMinimum(0)
        self.publicitySpin.setMaximum(365)

        self.publicityLayout.addWidget(self.publicitySpin)

        self.publicitySpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.publicityLayout.addItem(self.publicitySpacer)


        self.formLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.publicityLayout)


        self.dialogLayout.addLayout(self.formLayout)

        self.exampleLabel = QLabel(CatalogRuleDialog)
        self.exampleLabel.setObjectName(u"exampleLabel")
        self.exampleLabel.setText(u"")
        self.exampleLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.exampleLabel)

        self.errorLabel = QLabel(CatalogRuleDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CatalogRuleDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok|QDialogButtonBox.StandardButton.Reset)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.eventLabel.setBuddy(self.eventEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CatalogRuleDialog)

        QMetaObject.connectSlotsByName(CatalogRuleDialog)
    # setupUi

    def retranslateUi(self, CatalogRuleDialog):
        CatalogRuleDialog.setWindowTitle(QCoreApplication.translate("CatalogRuleDialog", u"\u66f4\u6b63\u671f\u9650\u89c4\u5219", None))
        self.noDeadlineCheck.setText(QCoreApplication.translate("CatalogRuleDialog", u"\u65e0\u56fa\u5b9a\u671f\u9650\uff08\u4e0d\u8ba1\u7b97\u671f\u9650\uff0c\u5982\u5b9e\u65f6\u3001\u957f\u671f\u3001\u6bcf\u5b63\u5ea6\uff09", None))
        self.eventLabel.setText(QCoreApplication.translate("CatalogRuleDialog", u"\u8d77\u7b97\u4e8b\u4ef6", None))
        self.eventEdit.setPlaceholderText(QCoreApplication.translate("CatalogRuleDialog", u"\u5982\uff1a\u4fe1\u606f\u5f62\u6210\u6216\u8005\u53d8\u66f4\u4e4b\u65e5", None))
        self.daysLabel.setText(QCoreApplication.translate("CatalogRuleDialog", u"\u671f\u9650", None))
        self.withinLabel.setText(QCoreApplication.translate("CatalogRuleDialog", u"\u5185", None))
        self.publicityLabel.setText(QCoreApplication.translate("CatalogRuleDialog", u"\u516c\u793a\u5929\u6570", None))
        self.publicitySpin.setSpecialValueText(QCoreApplication.translate("CatalogRuleDialog", u"\u4e0d\u516c\u793a", None))
    # retranslateUi

