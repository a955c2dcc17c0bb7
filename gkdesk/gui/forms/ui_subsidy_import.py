# Generated from ui/subsidy_import.ui by gkdesk.gui.compile_forms — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'subsidy_import.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDialog,
    QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QListView, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QStackedWidget,
    QTableView, QVBoxLayout, QWidget)

class Ui_ImportDialog(object):
    def setupUi(self, ImportDialog):
        if not ImportDialog.objectName():
            ImportDialog.setObjectName(u"ImportDialog")
        ImportDialog.resize(1000, 660)
        self.importLayout = QVBoxLayout(ImportDialog)
        self.importLayout.setSpacing(10)
        self.importLayout.setObjectName(u"importLayout")
        self.stepLabel = QLabel(ImportDialog)
        self.stepLabel.setObjectName(u"stepLabel")
        self.stepLabel.setText(u"")

        self.importLayout.addWidget(self.stepLabel)

        self.steps = QStackedWidget(ImportDialog)
        self.steps.setObjectName(u"steps")
        self.fileStep = QWidget()
        self.fileStep.setObjectName(u"fileStep")
        self.fileStepLayout = QVBoxLayout(self.fileStep)
        self.fileStepLayout.setObjectName(u"fileStepLayout")
        self.fileStepLayout.setContentsMargins(0, 0, 0, 0)
        self.fileIntro = QLabel(self.fileStep)
        self.fileIntro.setObjectName(u"fileIntro")
        self.fileIntro.setWordWrap(True)

        self.fileStepLayout.addWidget(self.fileIntro)

        self.fileForm = QFormLayout()
        self.fileForm.setObjectName(u"fileForm")
        self.fileForm.setVerticalSpacing(12)
        self.fileLabel = QLabel(self.fileStep)
        self.fileLabel.setObjectName(u"fileLabel")

        self.fileForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileEdit = QLineEdit(self.fileStep)
        self.fileEdit.setObjectName(u"fileEdit")
        self.fileEdit.setReadOnly(True)

        self.fileRow.addWidget(self.fileEdit)

        self.browseButton = QPushButton(self.fileStep)
        self.browseButton.setObjectName(u"browseButton")

        self.fileRow.addWidget(self.browseButton)


        self.fileForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.fileRow)

        self.programLabel = QLabel(self.fileStep)
        self.programLabel.setObjectName(u"programLabel")

        self.fileForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.programLabel)

        self.programCombo = QComboBox(self.fileStep)
        self.programCombo.setObjectName(u"programCombo")

        self.fileForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.programCombo)

        self.villageLabel = QLabel(self.fileStep)
        self.villageLabel.setObjectName(u"villageLabel")

        self.fileForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.villageLabel)

        self.villageCombo = QComboBox(self.fileStep)
        self.villageCombo.setObjectName(u"villageCombo")

        self.fileForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.villageCombo)

        self.periodLabel = QLabel(self.fileStep)
        self.periodLabel.setObjectName(u"periodLabel")

        self.fileForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.periodLabel)

        self.periodEdit = QLineEdit(self.fileStep)
        self.periodEdit.setObjectName(u"periodEdit")

        self.fileForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.periodEdit)


        self.fileStepLayout.addLayout(self.fileForm)

        self.fileSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.fileStepLayout.addItem(self.fileSpacer)

        self.steps.addWidget(self.fileStep)
        self.mappingStep = QWidget()
        self.mappingStep.setObjectName(u"mappingStep")
        self.mappingStepLayout = QVBoxLayout(self.mappingStep)
        self.mappingStepLayout.setObjectName(u"mappingStepLayout")
        self.mappingStepLayout.setContentsMargins(0, 0, 0, 0)
        self.mappingIntro = QLabel(self.mappingStep)
        self.mappingIntro.setObjectName(u"mappingIntro")
        self.mappingIntro.setWordWrap(True)

        self.mappingStepLayout.addWidget(self.mappingIntro)

        self.mappingRow = QHBoxLayout()
        self.mappingRow.setObjectName(u"mappingRow")
        self.mappingBox = QGroupBox(self.mappingStep)
        self.mappingBox.setObjectName(u"mappingBox")
        self.mappingForm = QFormLayout(self.mappingBox)
        self.mappingForm.setObjectName(u"mappingForm")
        self.mappingForm.setVerticalSpacing(6)

        self.mappingRow.addWidget(self.mappingBox)

        self.previewBox = QGroupBox(self.mappingStep)
        self.previewBox.setObjectName(u"previewBox")
        self.previewLayout = QVBoxLayout(self.previewBox)
        self.previewLayout.setObjectName(u"previewLayout")
        self.sheetRow = QHBoxLayout()
        self.sheetRow.setObjectName(u"sheetRow")
        self.sheetLabel = QLabel(self.previewBox)
        self.sheetLabel.setObjectName(u"sheetLabel")

        self.sheetRow.addWidget(self.sheetLabel)

        self.sheetCombo = QComboBox(self.previewBox)
        self.sheetCombo.setObjectName(u"sheetCombo")
        self.sheetCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.sheetRow.addWidget(self.sheetCombo)

        self.sheetSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sheetRow.addItem(self.sheetSpacer)


        self.previewLayout.addLayout(self.sheetRow)

        self.previewTable = QTableView(self.previewBox)
        self.previewTable.setObjectName(u"previewTable")
        self.previewTable.setAlternatingRowColors(True)
        self.previewTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.previewTable.setWordWrap(False)

        self.previewLayout.addWidget(self.previewTable)


        self.mappingRow.addWidget(self.previewBox)

        self.mappingRow.setStretch(1, 1)

        self.mappingStepLayout.addLayout(self.mappingRow)

        self.mappingWarning = QLabel(self.mappingStep)
        self.mappingWarning.setObjectName(u"mappingWarning")
        self.mappingWarning.setText(u"")
        self.mappingWarning.setWordWrap(True)

        self.mappingStepLayout.addWidget(self.mappingWarning)

        self.mappingStepLayout.setStretch(1, 1)
        self.steps.addWidget(self.mappingStep)
        self.resultStep = QWidget()
        self.resultStep.setObjectName(u"resultStep")
        self.resultStepLayout = QVBoxLayout(self.resultStep)
        self.resultStepLayout.setObjectName(u"resultStepLayout")
        self.resultStepLayout.setContentsMargins(0, 0, 0, 0)
        self.resultSummary = QLabel(self.resultStep)
        self.resultSummary.setObjectName(u"resultSummary")
        self.resultSummary.setText(u"")
        self.resultSummary.setTextFormat(Qt.TextFormat.RichText)
        self.resultSummary.setWordWrap(True)

        self.resultStepLayout.addWidget(self.resultSummary)

        self.resultSplitter = QSplitter(self.resultStep)
        self.resultSplitter.setObjectName(u"resultSplitter")
        self.resultSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.dataTable = QTableView(self.resultSplitter)
        self.dataTable.setObjectName(u"dataTable")
        self.dataTable.setAlternatingRowColors(True)
        self.dataTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.dataTable.setWordWrap(False)
        self.resultSplitter.addWidget(self.dataTable)
        self.problemPanel = QWidget(self.resultSplitter)
        self.problemPanel.setObjectName(u"problemPanel")
        self.problemLayout = QVBoxLayout(self.problemPanel)
        self.problemLayout.setObjectName(u"problemLayout")
        self.problemLayout.setContentsMargins(0, 0, 0, 0)
        self.problemsTitle = QLabel(self.problemPanel)
        self.problemsTitle.setObjectName(u"problemsTitle")

        self.problemLayout.addWidget(self.problemsTitle)

        self.problemList = QListView(self.problemPanel)
        self.problemList.setObjectName(u"problemList")
        self.problemList.setWordWrap(True)
        self.problemList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.problemLayout.addWidget(self.problemList)

        self.resultSplitter.addWidget(self.problemPanel)

        self.resultStepLayout.addWidget(self.resultSplitter)

        self.resultHint = QLabel(self.resultStep)
        self.resultHint.setObjectName(u"resultHint")
        self.resultHint.setText(u"")
        self.resultHint.setTextFormat(Qt.TextFormat.RichText)
        self.resultHint.setWordWrap(True)

        self.resultStepLayout.addWidget(self.resultHint)

        self.resultStepLayout.setStretch(1, 1)
        self.steps.addWidget(self.resultStep)

        self.importLayout.addWidget(self.steps)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.backButton = QPushButton(ImportDialog)
        self.backButton.setObjectName(u"backButton")

        self.buttonRow.addWidget(self.backButton)

        self.nextButton = QPushButton(ImportDialog)
        self.nextButton.setObjectName(u"nextButton")

        self.buttonRow.addWidget(self.nextButton)

        self.cancelButton = QPushButton(ImportDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonRow.addWidget(self.cancelButton)


        self.importLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.sheetLabel.setBuddy(self.sheetCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ImportDialog)

        QMetaObject.connectSlotsByName(ImportDialog)
    # setupUi

    def retranslateUi(self, ImportDialog):
        ImportDialog.setWindowTitle(QCoreApplication.translate("ImportDialog", u"\u5bfc\u5165\u540d\u5355", None))
        self.fileIntro.setText(QCoreApplication.translate("ImportDialog", u"\u8bf7\u9009\u62e9\u6751\u91cc\u62a5\u6765\u7684\u540d\u5355\uff08Excel \u6216 CSV \u6587\u4ef6\uff09\uff0c\u518d\u9009\u62e9\u5b83\u5c5e\u4e8e\u54ea\u4e2a\u8865\u8d34\u9879\u76ee\u3001\u54ea\u4e2a\u6751\u548c\u54ea\u4e2a\u671f\u95f4\u3002\u8868\u683c\u4e0a\u65b9\u7684\u6807\u9898\u884c\u3001\u5408\u8ba1\u884c\u548c\u7a7a\u884c\u4e0d\u7528\u5220\u9664\uff0c\u7a0b\u5e8f\u4f1a\u81ea\u52a8\u8bc6\u522b\u3002", None))
        self.fileLabel.setText(QCoreApplication.translate("ImportDialog", u"\u540d\u5355\u6587\u4ef6", None))
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("ImportDialog", u"\u5c1a\u672a\u9009\u62e9\u6587\u4ef6", None))
        self.browseButton.setText(QCoreApplication.translate("ImportDialog", u"\u9009\u62e9\u6587\u4ef6\u2026", None))
        self.programLabel.setText(QCoreApplication.translate("ImportDialog", u"\u8865\u8d34\u9879\u76ee", None))
        self.villageLabel.setText(QCoreApplication.translate("ImportDialog", u"\u6751", None))
        self.periodLabel.setText(QCoreApplication.translate("ImportDialog", u"\u671f\u95f4", None))
        self.periodEdit.setPlaceholderText(QCoreApplication.translate("ImportDialog", u"\u5982 2026\u5e74\u5ea6\u30012026\u5e74\u7b2c\u4e09\u5b63\u5ea6", None))
        self.mappingIntro.setText(QCoreApplication.translate("ImportDialog", u"\u7a0b\u5e8f\u5df2\u6309\u8868\u5934\u628a\u6587\u4ef6\u7684\u5404\u5217\u5bf9\u5e94\u5230\u540d\u5355\u7684\u5404\u9879\uff0c\u8bf7\u9010\u9879\u6838\u5bf9\uff1b\u6807 * \u7684\u662f\u5fc5\u586b\u9879\u3002\u5982\u679c\u67d0\u4e00\u9879\u5bf9\u9519\u4e86\u5217\u6216\u6ca1\u6709\u627e\u5230\uff0c\u8bf7\u5728\u4e0b\u62c9\u6846\u4e2d\u9009\u62e9\u6b63\u786e\u7684\u5217\u3002", None))
        self.mappingBox.setTitle(QCoreApplication.translate("ImportDialog", u"\u5404\u9879\u5bf9\u5e94\u7684\u5217", None))
        self.previewBox.setTitle(QCoreApplication.translate("ImportDialog", u"\u6587\u4ef6\u7684\u524d\u51e0\u884c", None))
        self.sheetLabel.setText(QCoreApplication.translate("ImportDialog", u"\u5de5\u4f5c\u8868", None))
#if QT_CONFIG(tooltip)
        self.sheetCombo.setToolTip(QCoreApplication.translate("ImportDialog", u"\u6587\u4ef6\u4e2d\u6709\u51e0\u4e2a\u5de5\u4f5c\u8868\u65f6\uff0c\u9009\u62e9\u540d\u5355\u6240\u5728\u7684\u90a3\u4e00\u4e2a\uff1b\u4e0b\u9762\u663e\u793a\u5b83\u7684\u524d\u51e0\u884c", None))
#endif // QT_CONFIG(tooltip)
        self.problemsTitle.setText(QCoreApplication.translate("ImportDialog", u"\u53d1\u73b0\u7684\u95ee\u9898\uff08\u70b9\u51fb\u4e00\u6761\uff0c\u5de6\u8fb9\u8df3\u5230\u90a3\u4e00\u884c\uff09", None))
        self.backButton.setText(QCoreApplication.translate("ImportDialog", u"\u4e0a\u4e00\u6b65", None))
        self.nextButton.setText(QCoreApplication.translate("ImportDialog", u"\u4e0b\u4e00\u6b65", None))
        self.cancelButton.setText(QCoreApplication.translate("ImportDialog", u"\u53d6\u6d88", None))
    # retranslateUi

