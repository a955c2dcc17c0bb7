# Generated from ui/catalog_item_dialog.ui by gkdesk.gui.compile_forms — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'catalog_item_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QGridLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_CatalogItemDialog(object):
    def setupUi(self, CatalogItemDialog):
        if not CatalogItemDialog.objectName():
            CatalogItemDialog.setObjectName(u"CatalogItemDialog")
        CatalogItemDialog.resize(980, 640)
        self.dialogLayout = QVBoxLayout(CatalogItemDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(CatalogItemDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setSpacing(16)
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.fieldsLayout = QFormLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.areaLabel = QLabel(CatalogItemDialog)
        self.areaLabel.setObjectName(u"areaLabel")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.areaLabel)

        self.areaCombo = QComboBox(CatalogItemDialog)
        self.areaCombo.setObjectName(u"areaCombo")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.areaCombo)

        self.level1Label = QLabel(CatalogItemDialog)
        self.level1Label.setObjectName(u"level1Label")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.level1Label)

        self.level1Edit = QLineEdit(CatalogItemDialog)
        self.level1Edit.setObjectName(u"level1Edit")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.level1Edit)

        self.level2Label = QLabel(CatalogItemDialog)
        self.level2Label.setObjectName(u"level2Label")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.level2Label)

        self.level2Edit = QLineEdit(CatalogItemDialog)
        self.level2Edit.setObjectName(u"level2Edit")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.level2Edit)

        self.contentLabel = QLabel(CatalogItemDialog)
        self.contentLabel.setObjectName(u"contentLabel")

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.contentLabel)

        self.contentEdit = QPlainTextEdit(CatalogItemDialog)
        self.contentEdit.setObjectName(u"contentEdit")
        self.contentEdit.setMinimumSize(QSize(0, 76))
        self.contentEdit.setTabChangesFocus(True)

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.contentEdit)

        self.basisLabel = QLabel(CatalogItemDialog)
        self.basisLabel.setObjectName(u"basisLabel")

        self.fieldsLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.basisLabel)

        self.basisEdit = QPlainTextEdit(CatalogItemDialog)
        self.basisEdit.setObjectName(u"basisEdit")
        self.basisEdit.setMinimumSize(QSize(0, 56))
        self.basisEdit.setMaximumSize(QSize(16777215, 90))
        self.basisEdit.setTabChangesFocus(True)

        self.fieldsLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.basisEdit)

        self.timeLimitLabel = QLabel(CatalogItemDialog)
        self.timeLimitLabel.setObjectName(u"timeLimitLabel")

        self.fieldsLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.timeLimitLabel)

        self.timeLimitEdit = QLineEdit(CatalogItemDialog)
        self.timeLimitEdit.setObjectName(u"timeLimitEdit")

        self.fieldsLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.timeLimitEdit)

        self.ruleLabel = QLabel(CatalogItemDialog)
        self.ruleLabel.setObjectName(u"ruleLabel")

        self.fieldsLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.ruleLabel)

        self.ruleValue = QLabel(CatalogItemDialog)
        self.ruleValue.setObjectName(u"ruleValue")
        self.ruleValue.setMinimumSize(QSize(0, 62))
        self.ruleValue.setText(u"")
        self.ruleValue.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.ruleValue.setWordWrap(True)

        self.fieldsLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.ruleValue)

        self.subjectLabel = QLabel(CatalogItemDialog)
        self.subjectLabel.setObjectName(u"subjectLabel")

        self.fieldsLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.subjectLabel)

        self.subjectEdit = QLineEdit(CatalogItemDialog)
        self.subjectEdit.setObjectName(u"subjectEdit")

        self.fieldsLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.subjectEdit)

        self.audienceLabel = QLabel(CatalogItemDialog)
        self.audienceLabel.setObjectName(u"audienceLabel")

        self.fieldsLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.audienceLabel)

        self.audienceLayout = QHBoxLayout()
        self.audienceLayout.setSpacing(16)
        self.audienceLayout.setObjectName(u"audienceLayout")

        self.fieldsLayout.setLayout(8, QFormLayout.ItemRole.FieldRole, self.audienceLayout)

        self.modesLabel = QLabel(CatalogItemDialog)
        self.modesLabel.setObjectName(u"modesLabel")

        self.fieldsLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.modesLabel)

        self.modesLayout = QHBoxLayout()
        self.modesLayout.setSpacing(16)
        self.modesLayout.setObjectName(u"modesLayout")

        self.fieldsLayout.setLayout(9, QFormLayout.ItemRole.FieldRole, self.modesLayout)

        self.levelsLabel = QLabel(CatalogItemDialog)
        self.levelsLabel.setObjectName(u"levelsLabel")

        self.fieldsLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.levelsLabel)

        self.levelsLayout = QHBoxLayout()
        self.levelsLayout.setSpacing(16)
        self.levelsLayout.setObjectName(u"levelsLayout")

        self.fieldsLayout.setLayout(10, QFormLayout.ItemRole.FieldRole, self.levelsLayout)


        self.columnsLayout.addLayout(self.fieldsLayout)

        self.rightLayout = QVBoxLayout()
        self.rightLayout.setObjectName(u"rightLayout")
        self.channelGroup = QGroupBox(CatalogItemDialog)
        self.channelGroup.setObjectName(u"channelGroup")
        self.channelLayout = QVBoxLayout(self.channelGroup)
        self.channelLayout.setObjectName(u"channelLayout")
        self.channelGrid = QGridLayout()
        self.channelGrid.setObjectName(u"channelGrid")
        self.channelGrid.setHorizontalSpacing(16)

        self.channelLayout.addLayout(self.channelGrid)

        self.otherLayout = QHBoxLayout()
        self.otherLayout.setObjectName(u"otherLayout")
        self.otherCheck = QCheckBox(self.channelGroup)
        self.otherCheck.setObjectName(u"otherCheck")

        self.otherLayout.addWidget(self.otherCheck)

        self.otherEdit = QLineEdit(self.channelGroup)
        self.otherEdit.setObjectName(u"otherEdit")

        self.otherLayout.addWidget(self.otherEdit)


        self.channelLayout.addLayout(self.otherLayout)


        self.rightLayout.addWidget(self.channelGroup)

        self.programsGroup = QGroupBox(CatalogItemDialog)
        self.programsGroup.setObjectName(u"programsGroup")
        self.programsLayout = QVBoxLayout(self.programsGroup)
        self.programsLayout.setObjectName(u"programsLayout")
        self.programsHint = QLabel(self.programsGroup)
        self.programsHint.setObjectName(u"programsHint")
        self.programsHint.setWordWrap(True)

        self.programsLayout.addWidget(self.programsHint)

        self.programList = QListWidget(self.programsGroup)
        self.programList.setObjectName(u"programList")
        self.programList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.programList.setWordWrap(True)
        self.programList.setMinimumSize(QSize(0, 110))

        self.programsLayout.addWidget(self.programList)


        self.rightLayout.addWidget(self.programsGroup)


        self.columnsLayout.addLayout(self.rightLayout)

        self.columnsLayout.setStretch(0, 5)
        self.columnsLayout.setStretch(1, 4)

        self.dialogLayout.addLayout(self.columnsLayout)

        self.errorLabel = QLabel(CatalogItemDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CatalogItemDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.areaLabel.setBuddy(self.areaCombo)
        self.level1Label.setBuddy(self.level1Edit)
        self.level2Label.setBuddy(self.level2Edit)
        self.contentLabel.setBuddy(self.contentEdit)
        self.basisLabel.setBuddy(self.basisEdit)
        self.timeLimitLabel.setBuddy(self.timeLimitEdit)
        self.subjectLabel.setBuddy(self.subjectEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CatalogItemDialog)

        QMetaObject.connectSlotsByName(CatalogItemDialog)
    # setupUi

    def retranslateUi(self, CatalogItemDialog):
        CatalogItemDialog.setWindowTitle(QCoreApplication.translate("CatalogItemDialog", u"\u65b0\u589e\u4e8b\u9879", None))
        self.introLabel.setText(QCoreApplication.translate("CatalogItemDialog", u"\u5e26 * \u7684\u5fc5\u987b\u586b\u5199\u3002\u516c\u5f00\u65f6\u9650\u8bf7\u5199\u660e\u8d77\u7b97\u65e5\u548c\u5929\u6570\uff08\u5982\u201c\u4fe1\u606f\u5f62\u6210\u6216\u8005\u53d8\u66f4\u4e4b\u65e5\u8d7720\u4e2a\u5de5\u4f5c\u65e5\u5185\u201d\uff09\uff0c\u7a0b\u5e8f\u624d\u80fd\u7b97\u51fa\u6bcf\u6761\u4fe1\u606f\u7684\u5e94\u516c\u5f00\u65e5\u671f\u3002", None))
        self.areaLabel.setText(QCoreApplication.translate("CatalogItemDialog", u"\u9886\u57df*", None))
        self.level1Label.setText(QCoreApplication.translate("CatalogItemDialog", u"\u4e00\u7ea7\u4e8b\u9879*", None))
        self.level1Edit.setPlaceholderText(QCoreApplication.translate("CatalogItemDialog", u"\u5982\uff1a\u519c\u4e1a\u751f\u4ea7\u53d1\u5c55\u8d44\u91d1", None))
        self.level2Label.setText(QCoreApplication.translate("CatalogItemDialog", u"\u4e8c\u7ea7\u4e8b\u9879", None))
        self.level2Edit.setPlaceholderText(QCoreApplication.translate("CatalogItemDialog", u"\u5982\uff1a\u8015\u5730\u5730\u529b\u4fdd\u62a4\uff08\u6ca1\u6709\u53ef\u4e0d\u586b\uff09", None))
        self.contentLabel.setText(QCoreApplication.translate("CatalogItemDialog", u"\u516c\u5f00\u5185\u5bb9\uff08\u8981\u7d20\uff09", None))
        self.contentEdit.setPlaceholderText(QCoreApplication.translate("CatalogItemDialog", u"\u5982\uff1a\u653f\u7b56\u4f9d\u636e\uff1b\u7533\u8bf7\u6307\u5357\uff08\u5bf9\u8c61\u3001\u8303\u56f4\u3001\u6807\u51c6\u3001\u7a0b\u5e8f\u3001\u6750\u6599\u3001\u54a8\u8be2\u7535\u8bdd\uff09\uff1b\u8865\u8d34\u7ed3\u679c\uff1b\u76d1\u7763\u6e20\u9053", None))
        self.basisLabel.setText(QCoreApplication.translate("CatalogItemDialog", u"\u516c\u5f00\u4f9d\u636e", None))
        self.basisEdit.setPlaceholderText(QCoreApplication.translate("CatalogItemDialog", u"\u5982\uff1a\u300a\u4e2d\u534e\u4eba\u6c11\u5171\u548c\u56fd\u653f\u5e9c\u4fe1\u606f\u516c\u5f00\u6761\u4f8b\u300b", None))
        self.timeLimitLabel.setText(QCoreApplication.translate("CatalogItemDialog", u"\u516c\u5f00\u65f6\u9650", None))
        self.timeLimitEdit.setPlaceholderText(QCoreApplication.translate("CatalogItemDialog", u"\u5982\uff1a\u4fe1\u606f\u5f62\u6210\u6216\u8005\u53d8\u66f4\u4e4b\u65e5\u8d7720\u4e2a\u5de5\u4f5c\u65e5\u5185", None))
        self.ruleLabel.setText(QCoreApplication.translate("CatalogItemDialog", u"\u671f\u9650\u8ba1\u7b97", None))
        self.subjectLabel.setText(QCoreApplication.translate("CatalogItemDialog", u"\u516c\u5f00\u4e3b\u4f53", None))
        self.subjectEdit.setPlaceholderText(QCoreApplication.translate("CatalogItemDialog", u"\u5982\uff1a\u4e61\u9547\u4eba\u6c11\u653f\u5e9c\u3001\u884c\u653f\u6751\u6751\u6c11\u59d4\u5458\u4f1a", None))
        self.audienceLabel.setText(QCoreApplication.translate("CatalogItemDialog", u"\u516c\u5f00\u5bf9\u8c61", None))
        self.modesLabel.setText(QCoreApplication.translate("CatalogItemDialog", u"\u516c\u5f00\u65b9\u5f0f", None))
        self.levelsLabel.setText(QCoreApplication.translate("CatalogItemDialog", u"\u516c\u5f00\u5c42\u7ea7", None))
        self.channelGroup.setTitle(QCoreApplication.translate("CatalogItemDialog", u"\u516c\u5f00\u6e20\u9053\u548c\u8f7d\u4f53", None))
        self.otherCheck.setText(QCoreApplication.translate("CatalogItemDialog", u"\u5176\u4ed6", None))
        self.otherEdit.setPlaceholderText(QCoreApplication.translate("CatalogItemDialog", u"\u52fe\u9009\u201c\u5176\u4ed6\u201d\u540e\u586b\u5199\uff0c\u5982\uff1a12345\u653f\u52a1\u670d\u52a1\u70ed\u7ebf", None))
        self.programsGroup.setTitle(QCoreApplication.translate("CatalogItemDialog", u"\u5173\u8054\u7684\u60e0\u6c11\u8865\u8d34\u9879\u76ee", None))
        self.programsHint.setText(QCoreApplication.translate("CatalogItemDialog", u"\u52fe\u9009\u7684\u9879\u76ee\u5f00\u59cb\u516c\u793a\u65f6\uff0c\u4f1a\u81ea\u52a8\u767b\u8bb0\u5230\u672c\u4e8b\u9879\u7684\u516c\u5f00\u53f0\u8d26\uff1b\u5df2\u5f00\u59cb\u7684\u516c\u793a\u5728\u4fdd\u5b58\u65f6\u8865\u767b\u3002\u4e00\u4e2a\u9879\u76ee\u53ea\u80fd\u5173\u8054\u4e00\u4e2a\u4e8b\u9879\u3002", None))
    # retranslateUi

