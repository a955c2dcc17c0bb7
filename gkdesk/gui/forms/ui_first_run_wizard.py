# Generated from ui/first_run_wizard.ui by gkdesk.gui.compile_forms — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run_wizard.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QFrame,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget, QWizard, QWizardPage)

class Ui_FirstRunWizard(object):
    def setupUi(self, FirstRunWizard):
        if not FirstRunWizard.objectName():
            FirstRunWizard.setObjectName(u"FirstRunWizard")
        FirstRunWizard.resize(680, 560)
        FirstRunWizard.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        FirstRunWizard.setOptions(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.unitPage = QWizardPage()
        self.unitPage.setObjectName(u"unitPage")
        self.unitPageLayout = QVBoxLayout(self.unitPage)
        self.unitPageLayout.setObjectName(u"unitPageLayout")
        self.unitForm = QFormLayout()
        self.unitForm.setObjectName(u"unitForm")
        self.unitForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.unitForm.setVerticalSpacing(10)
        self.nameLabel = QLabel(self.unitPage)
        self.nameLabel.setObjectName(u"nameLabel")

        self.unitForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.unitPage)
        self.nameEdit.setObjectName(u"nameEdit")

        self.unitForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.kindLabel = QLabel(self.unitPage)
        self.kindLabel.setObjectName(u"kindLabel")

        self.unitForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(self.unitPage)
        self.kindCombo.addItem("")
        self.kindCombo.addItem("")
        self.kindCombo.addItem("")
        self.kindCombo.setObjectName(u"kindCombo")

        self.unitForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.countyLabel = QLabel(self.unitPage)
        self.countyLabel.setObjectName(u"countyLabel")

        self.unitForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.countyLabel)

        self.countyEdit = QLineEdit(self.unitPage)
        self.countyEdit.setObjectName(u"countyEdit")

        self.unitForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.countyEdit)

        self.phoneLabel = QLabel(self.unitPage)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.unitForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.unitPage)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.unitForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.supervisionLabel = QLabel(self.unitPage)
        self.supervisionLabel.setObjectName(u"supervisionLabel")

        self.unitForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.supervisionLabel)

        self.supervisionEdit = QLineEdit(self.unitPage)
        self.supervisionEdit.setObjectName(u"supervisionEdit")

        self.unitForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.supervisionEdit)

        self.clerkLabel = QLabel(self.unitPage)
        self.clerkLabel.setObjectName(u"clerkLabel")

        self.unitForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.clerkLabel)

        self.clerkEdit = QLineEdit(self.unitPage)
        self.clerkEdit.setObjectName(u"clerkEdit")

        self.unitForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.clerkEdit)


        self.unitPageLayout.addLayout(self.unitForm)

        self.unitError = QLabel(self.unitPage)
        self.unitError.setObjectName(u"unitError")
        self.unitError.setText(u"")
        self.unitError.setWordWrap(True)

        self.unitPageLayout.addWidget(self.unitError)

        self.unitSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.unitPageLayout.addItem(self.unitSpacer)

        self.demoBox = QFrame(self.unitPage)
        self.demoBox.setObjectName(u"demoBox")
        self.demoLayout = QHBoxLayout(self.demoBox)
        self.demoLayout.setObjectName(u"demoLayout")
        self.demoLabel = QLabel(self.demoBox)
        self.demoLabel.setObjectName(u"demoLabel")
        self.demoLabel.setWordWrap(True)

        self.demoLayout.addWidget(self.demoLabel)

        self.demoButton = QPushButton(self.demoBox)
        self.demoButton.setObjectName(u"demoButton")

        self.demoLayout.addWidget(self.demoButton)

        self.demoLayout.setStretch(0, 1)

        self.unitPageLayout.addWidget(self.demoBox)

        FirstRunWizard.addPage(self.unitPage)
        self.villagePage = QWizardPage()
        self.villagePage.setObjectName(u"villagePage")
        self.villagePageLayout = QVBoxLayout(self.villagePage)
        self.villagePageLayout.setObjectName(u"villagePageLayout")
        self.villageEdit = QPlainTextEdit(self.villagePage)
        self.villageEdit.setObjectName(u"villageEdit")

        self.villagePageLayout.addWidget(self.villageEdit)

        self.villageCount = QLabel(self.villagePage)
        self.villageCount.setObjectName(u"villageCount")
        self.villageCount.setText(u"")
        self.villageCount.setWordWrap(True)

        self.villagePageLayout.addWidget(self.villageCount)

        FirstRunWizard.addPage(self.villagePage)
#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.countyLabel.setBuddy(self.countyEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.supervisionLabel.setBuddy(self.supervisionEdit)
        self.clerkLabel.setBuddy(self.clerkEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FirstRunWizard)

        QMetaObject.connectSlotsByName(FirstRunWizard)
    # setupUi

    def retranslateUi(self, FirstRunWizard):
        FirstRunWizard.setWindowTitle(QCoreApplication.translate("FirstRunWizard", u"\u6b22\u8fce\u4f7f\u7528\u57fa\u5c42\u653f\u52a1\u516c\u5f00\u5de5\u4f5c\u53f0", None))
        self.unitPage.setTitle(QCoreApplication.translate("FirstRunWizard", u"\u7b2c\u4e00\u6b65\uff1a\u672c\u5355\u4f4d", None))
        self.unitPage.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"\u8bf7\u586b\u5199\u672c\u4e61\u9547\uff08\u82cf\u6728\u9547\u3001\u8857\u9053\uff09\u7684\u57fa\u672c\u4fe1\u606f\u3002\u8fd9\u4e9b\u5185\u5bb9\u4f1a\u5370\u5728\u516c\u793a\u8868\u548c\u62a5\u5907\u8868\u4e0a\uff0c\u4ee5\u540e\u53ef\u4ee5\u5728\u201c\u8bbe\u7f6e\u201d\u4e2d\u4fee\u6539\u3002", None))
        self.nameLabel.setText(QCoreApplication.translate("FirstRunWizard", u"\u5355\u4f4d\u540d\u79f0\uff08\u5fc5\u586b\uff09\uff1a", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"\u5982\uff1a\u4e1c\u98ce\u9547", None))
        self.kindLabel.setText(QCoreApplication.translate("FirstRunWizard", u"\u5355\u4f4d\u7c7b\u578b\uff1a", None))
        self.kindCombo.setItemText(0, QCoreApplication.translate("FirstRunWizard", u"\u4e61\u9547", None))
        self.kindCombo.setItemText(1, QCoreApplication.translate("FirstRunWizard", u"\u82cf\u6728\u9547", None))
        self.kindCombo.setItemText(2, QCoreApplication.translate("FirstRunWizard", u"\u8857\u9053", None))

        self.countyLabel.setText(QCoreApplication.translate("FirstRunWizard", u"\u6240\u5c5e\u53bf\uff08\u65d7\u3001\u533a\uff09\uff1a", None))
        self.countyEdit.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"\u5982\uff1a\u793a\u8303\u53bf", None))
        self.phoneLabel.setText(QCoreApplication.translate("FirstRunWizard", u"\u515a\u653f\u529e\u7535\u8bdd\uff1a", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"\u5982\uff1a0311-8123456", None))
        self.supervisionLabel.setText(QCoreApplication.translate("FirstRunWizard", u"\u76d1\u7763\u4e3e\u62a5\u7535\u8bdd\uff1a", None))
        self.supervisionEdit.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"\u5370\u5728\u516c\u793a\u8868\u4e0a\uff0c\u63a5\u53d7\u7fa4\u4f17\u76d1\u7763", None))
        self.clerkLabel.setText(QCoreApplication.translate("FirstRunWizard", u"\u7ecf\u529e\u4eba\uff1a", None))
        self.clerkEdit.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"\u60a8\u7684\u59d3\u540d\uff0c\u586b\u5728\u62a5\u5907\u8868\u3001\u516c\u5f00\u53f0\u8d26\u7684\u201c\u586b\u62a5\u4eba\u201d\u201c\u7ecf\u529e\u4eba\u201d\u5904", None))
        self.demoLabel.setText(QCoreApplication.translate("FirstRunWizard", u"\u53ea\u60f3\u5148\u770b\u770b\u7a0b\u5e8f\u600e\u4e48\u7528\uff1f\u53ef\u4ee5\u751f\u6210\u4e00\u4e2a\u865a\u6784\u7684\u201c\u4e1c\u98ce\u9547\u201d\u8bd5\u7528\uff0c\u4e0d\u5fc5\u586b\u5199\u4e0a\u9762\u7684\u5185\u5bb9\u3002", None))
        self.demoButton.setText(QCoreApplication.translate("FirstRunWizard", u"\u4f7f\u7528\u6f14\u793a\u6570\u636e\u8bd5\u7528", None))
        self.villagePage.setTitle(QCoreApplication.translate("FirstRunWizard", u"\u7b2c\u4e8c\u6b65\uff1a\u6751\u548c\u6751\u6c11\u5c0f\u7ec4", None))
        self.villagePage.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"\u6bcf\u884c\u5199\u4e00\u4e2a\u6751\uff0c\u5192\u53f7\u540e\u9762\u5199\u5b83\u7684\u6751\u6c11\u5c0f\u7ec4\uff0c\u5c0f\u7ec4\u4e4b\u95f4\u7528\u987f\u53f7\u9694\u5f00\u3002\u4e5f\u53ef\u4ee5\u5148\u8df3\u8fc7\uff0c\u4ee5\u540e\u5728\u201c\u8bbe\u7f6e\u201d\u4e2d\u6dfb\u52a0\u3002", None))
        self.villageEdit.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"\u4e1c\u6751\uff1a\u4e00\u7ec4\u3001\u4e8c\u7ec4\u3001\u4e09\u7ec4\n"
"\u897f\u6751\uff1a\u4e00\u7ec4\u3001\u4e8c\u7ec4\n"
"\u5357\u6751", None))
    # retranslateUi

