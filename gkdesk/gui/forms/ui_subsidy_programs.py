# Generated from ui/subsidy_programs.ui by gkdesk.gui.compile_forms — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'subsidy_programs.ui'
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
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_ProgramDialog(object):
    def setupUi(self, ProgramDialog):
        if not ProgramDialog.objectName():
            ProgramDialog.setObjectName(u"ProgramDialog")
        ProgramDialog.resize(900, 640)
        self.programsLayout = QVBoxLayout(ProgramDialog)
        self.programsLayout.setObjectName(u"programsLayout")
        self.programsRow = QHBoxLayout()
        self.programsRow.setObjectName(u"programsRow")
        self.listColumn = QVBoxLayout()
        self.listColumn.setObjectName(u"listColumn")
        self.programList = QListWidget(ProgramDialog)
        self.programList.setObjectName(u"programList")
        self.programList.setMaximumSize(QSize(240, 16777215))

        self.listColumn.addWidget(self.programList)

        self.addButton = QPushButton(ProgramDialog)
        self.addButton.setObjectName(u"addButton")

        self.listColumn.addWidget(self.addButton)


        self.programsRow.addLayout(self.listColumn)

        self.programForm = QFormLayout()
        self.programForm.setObjectName(u"programForm")
        self.programForm.setVerticalSpacing(8)
        self.nameLabel = QLabel(ProgramDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.programForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(ProgramDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.programForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.categoryLabel = QLabel(ProgramDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.programForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryCombo = QComboBox(ProgramDialog)
        self.categoryCombo.setObjectName(u"categoryCombo")
        self.categoryCombo.setEditable(True)

        self.programForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.unitLabel = QLabel(ProgramDialog)
        self.unitLabel.setObjectName(u"unitLabel")

        self.programForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unitEdit = QLineEdit(ProgramDialog)
        self.unitEdit.setObjectName(u"unitEdit")

        self.programForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.unitEdit)

        self.standardLabel = QLabel(ProgramDialog)
        self.standardLabel.setObjectName(u"standardLabel")

        self.programForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.standardLabel)

        self.standardEdit = QLineEdit(ProgramDialog)
        self.standardEdit.setObjectName(u"standardEdit")

        self.programForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.standardEdit)

        self.periodLabel = QLabel(ProgramDialog)
        self.periodLabel.setObjectName(u"periodLabel")

        self.programForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.periodLabel)

        self.periodRow = QHBoxLayout()
        self.periodRow.setObjectName(u"periodRow")
        self.periodSpin = QSpinBox(ProgramDialog)
        self.periodSpin.setObjectName(u"periodSpin")
        self.periodSpin.setMinimum(1)
        self.periodSpin.setMaximum(90)
        self.periodSpin.setValue(7)

        self.periodRow.addWidget(self.periodSpin)

        self.periodUnitCombo = QComboBox(ProgramDialog)
        self.periodUnitCombo.setObjectName(u"periodUnitCombo")

        self.periodRow.addWidget(self.periodUnitCombo)

        self.periodSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodRow.addItem(self.periodSpacer)


        self.programForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.periodRow)

        self.columnsLabel = QLabel(ProgramDialog)
        self.columnsLabel.setObjectName(u"columnsLabel")

        self.programForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.columnsLabel)

        self.columnList = QListWidget(ProgramDialog)
        self.columnList.setObjectName(u"columnList")
        self.columnList.setMaximumSize(QSize(16777215, 96))

        self.programForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.columnList)

        self.basisLabel = QLabel(ProgramDialog)
        self.basisLabel.setObjectName(u"basisLabel")

        self.programForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.basisLabel)

        self.basisEdit = QPlainTextEdit(ProgramDialog)
        self.basisEdit.setObjectName(u"basisEdit")
        self.basisEdit.setTabChangesFocus(True)
        self.basisEdit.setMaximumSize(QSize(16777215, 90))

        self.programForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.basisEdit)

        self.channelLabel = QLabel(ProgramDialog)
        self.channelLabel.setObjectName(u"channelLabel")

        self.programForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.channelLabel)

        self.channelEdit = QPlainTextEdit(ProgramDialog)
        self.channelEdit.setObjectName(u"channelEdit")
        self.channelEdit.setTabChangesFocus(True)
        self.channelEdit.setMaximumSize(QSize(16777215, 70))

        self.programForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.channelEdit)

        self.phonesLabel = QLabel(ProgramDialog)
        self.phonesLabel.setObjectName(u"phonesLabel")

        self.programForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.phonesLabel)

        self.phonesEdit = QLineEdit(ProgramDialog)
        self.phonesEdit.setObjectName(u"phonesEdit")

        self.programForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.phonesEdit)

        self.activeCheck = QCheckBox(ProgramDialog)
        self.activeCheck.setObjectName(u"activeCheck")

        self.programForm.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.activeCheck)

        self.placeholderHint = QLabel(ProgramDialog)
        self.placeholderHint.setObjectName(u"placeholderHint")
        self.placeholderHint.setWordWrap(True)

        self.programForm.setWidget(10, QFormLayout.ItemRole.SpanningRole, self.placeholderHint)


        self.programsRow.addLayout(self.programForm)

        self.programsRow.setStretch(1, 1)

        self.programsLayout.addLayout(self.programsRow)

        self.programButtons = QHBoxLayout()
        self.programButtons.setObjectName(u"programButtons")
        self.statusLabel = QLabel(ProgramDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setWordWrap(True)

        self.programButtons.addWidget(self.statusLabel)

        self.programSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.programButtons.addItem(self.programSpacer)

        self.saveButton = QPushButton(ProgramDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.programButtons.addWidget(self.saveButton)

        self.buttonBox = QDialogButtonBox(ProgramDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.programButtons.addWidget(self.buttonBox)


        self.programsLayout.addLayout(self.programButtons)


        self.retranslateUi(ProgramDialog)

        QMetaObject.connectSlotsByName(ProgramDialog)
    # setupUi

    def retranslateUi(self, ProgramDialog):
        ProgramDialog.setWindowTitle(QCoreApplication.translate("ProgramDialog", u"\u8865\u8d34\u9879\u76ee", None))
        self.addButton.setText(QCoreApplication.translate("ProgramDialog", u"\u65b0\u589e\u9879\u76ee", None))
        self.nameLabel.setText(QCoreApplication.translate("ProgramDialog", u"\u9879\u76ee\u540d\u79f0", None))
        self.categoryLabel.setText(QCoreApplication.translate("ProgramDialog", u"\u516c\u5f00\u9886\u57df", None))
        self.unitLabel.setText(QCoreApplication.translate("ProgramDialog", u"\u6570\u91cf\u5355\u4f4d", None))
        self.unitEdit.setPlaceholderText(QCoreApplication.translate("ProgramDialog", u"\u4ea9\u3001\u4eba\u3001\u6237\u3001\u5934\uff1b\u6309\u4eba\u53d1\u653e\u53ef\u7559\u7a7a", None))
        self.standardLabel.setText(QCoreApplication.translate("ProgramDialog", u"\u8865\u8d34\u6807\u51c6(\u5143)", None))
        self.standardEdit.setPlaceholderText(QCoreApplication.translate("ProgramDialog", u"\u6bcf\u5355\u4f4d\u7684\u91d1\u989d\uff1b\u5404\u6237\u91d1\u989d\u4e0d\u540c\u65f6\u7559\u7a7a", None))
        self.periodLabel.setText(QCoreApplication.translate("ProgramDialog", u"\u516c\u793a\u671f", None))
        self.columnsLabel.setText(QCoreApplication.translate("ProgramDialog", u"\u516c\u793a\u8868\u7684\u5217", None))
        self.basisLabel.setText(QCoreApplication.translate("ProgramDialog", u"\u516c\u793a\u4f9d\u636e", None))
        self.channelLabel.setText(QCoreApplication.translate("ProgramDialog", u"\u5f02\u8bae\u6e20\u9053", None))
        self.phonesLabel.setText(QCoreApplication.translate("ProgramDialog", u"\u76d1\u7763\u4e3e\u62a5\u7535\u8bdd", None))
        self.phonesEdit.setPlaceholderText(QCoreApplication.translate("ProgramDialog", u"\u7559\u7a7a\u5219\u7528\u672c\u5355\u4f4d\u7684\u7535\u8bdd", None))
        self.activeCheck.setText(QCoreApplication.translate("ProgramDialog", u"\u5728\u7528\uff08\u505c\u7528\u7684\u9879\u76ee\u4e0d\u51fa\u73b0\u5728\u5bfc\u5165\u548c\u65b0\u5efa\u540d\u5355\u4e2d\uff09", None))
        self.placeholderHint.setText(QCoreApplication.translate("ProgramDialog", u"\u516c\u793a\u4f9d\u636e\u548c\u5f02\u8bae\u6e20\u9053\u4e2d\u53ef\u4ee5\u5199\u3014\u6751\u540d\u3015\u3014\u671f\u95f4\u3015\u3014\u9879\u76ee\u3015\u3014\u5355\u4f4d\u3015\uff0c\u6253\u5370\u65f6\u6362\u6210\u6751\u540d\u3001\u671f\u95f4\u3001\u9879\u76ee\u540d\u548c\u672c\u5355\u4f4d\u5168\u79f0\uff08\u5982\u4e1c\u98ce\u9547\u4eba\u6c11\u653f\u5e9c\uff09\u3002", None))
        self.saveButton.setText(QCoreApplication.translate("ProgramDialog", u"\u4fdd\u5b58", None))
    # retranslateUi

