# Generated from ui/settings_dialog.ui by gkdesk.gui.compile_forms — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QTabWidget, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(800, 640)
        self.settingsLayout = QVBoxLayout(SettingsDialog)
        self.settingsLayout.setObjectName(u"settingsLayout")
        self.tabs = QTabWidget(SettingsDialog)
        self.tabs.setObjectName(u"tabs")
        self.unitTab = QWidget()
        self.unitTab.setObjectName(u"unitTab")
        self.unitTabLayout = QVBoxLayout(self.unitTab)
        self.unitTabLayout.setObjectName(u"unitTabLayout")
        self.unitForm = QFormLayout()
        self.unitForm.setObjectName(u"unitForm")
        self.unitForm.setVerticalSpacing(10)
        self.unitNameLabel = QLabel(self.unitTab)
        self.unitNameLabel.setObjectName(u"unitNameLabel")

        self.unitForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.unitNameLabel)

        self.unitName = QLineEdit(self.unitTab)
        self.unitName.setObjectName(u"unitName")

        self.unitForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.unitName)

        self.unitKindLabel = QLabel(self.unitTab)
        self.unitKindLabel.setObjectName(u"unitKindLabel")

        self.unitForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.unitKindLabel)

        self.unitKind = QComboBox(self.unitTab)
        self.unitKind.addItem("")
        self.unitKind.addItem("")
        self.unitKind.addItem("")
        self.unitKind.setObjectName(u"unitKind")

        self.unitForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.unitKind)

        self.unitCountyLabel = QLabel(self.unitTab)
        self.unitCountyLabel.setObjectName(u"unitCountyLabel")

        self.unitForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.unitCountyLabel)

        self.unitCounty = QLineEdit(self.unitTab)
        self.unitCounty.setObjectName(u"unitCounty")

        self.unitForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.unitCounty)

        self.unitPhoneLabel = QLabel(self.unitTab)
        self.unitPhoneLabel.setObjectName(u"unitPhoneLabel")

        self.unitForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.unitPhoneLabel)

        self.unitPhone = QLineEdit(self.unitTab)
        self.unitPhone.setObjectName(u"unitPhone")

        self.unitForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.unitPhone)

        self.unitSupervisionLabel = QLabel(self.unitTab)
        self.unitSupervisionLabel.setObjectName(u"unitSupervisionLabel")

        self.unitForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.unitSupervisionLabel)

        self.unitSupervision = QLineEdit(self.unitTab)
        self.unitSupervision.setObjectName(u"unitSupervision")

        self.unitForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.unitSupervision)

        self.unitAddressLabel = QLabel(self.unitTab)
        self.unitAddressLabel.setObjectName(u"unitAddressLabel")

        self.unitForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.unitAddressLabel)

        self.unitAddress = QLineEdit(self.unitTab)
        self.unitAddress.setObjectName(u"unitAddress")

        self.unitForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.unitAddress)

        self.clerkNameLabel = QLabel(self.unitTab)
        self.clerkNameLabel.setObjectName(u"clerkNameLabel")

        self.unitForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.clerkNameLabel)

        self.clerkName = QLineEdit(self.unitTab)
        self.clerkName.setObjectName(u"clerkName")

        self.unitForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.clerkName)


        self.unitTabLayout.addLayout(self.unitForm)

        self.clerkHint = QLabel(self.unitTab)
        self.clerkHint.setObjectName(u"clerkHint")
        self.clerkHint.setWordWrap(True)

        self.unitTabLayout.addWidget(self.clerkHint)

        self.unitSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.unitTabLayout.addItem(self.unitSpacer)

        self.tabs.addTab(self.unitTab, "")
        self.villageTab = QWidget()
        self.villageTab.setObjectName(u"villageTab")
        self.villageTabLayout = QHBoxLayout(self.villageTab)
        self.villageTabLayout.setObjectName(u"villageTabLayout")
        self.villageBox = QGroupBox(self.villageTab)
        self.villageBox.setObjectName(u"villageBox")
        self.villageBoxLayout = QVBoxLayout(self.villageBox)
        self.villageBoxLayout.setObjectName(u"villageBoxLayout")
        self.villageList = QListWidget(self.villageBox)
        self.villageList.setObjectName(u"villageList")

        self.villageBoxLayout.addWidget(self.villageList)

        self.villageButtons = QHBoxLayout()
        self.villageButtons.setObjectName(u"villageButtons")
        self.villageAdd = QPushButton(self.villageBox)
        self.villageAdd.setObjectName(u"villageAdd")

        self.villageButtons.addWidget(self.villageAdd)

        self.villageRename = QPushButton(self.villageBox)
        self.villageRename.setObjectName(u"villageRename")

        self.villageButtons.addWidget(self.villageRename)

        self.villageRemove = QPushButton(self.villageBox)
        self.villageRemove.setObjectName(u"villageRemove")

        self.villageButtons.addWidget(self.villageRemove)

        self.villageUp = QPushButton(self.villageBox)
        self.villageUp.setObjectName(u"villageUp")

        self.villageButtons.addWidget(self.villageUp)

        self.villageDown = QPushButton(self.villageBox)
        self.villageDown.setObjectName(u"villageDown")

        self.villageButtons.addWidget(self.villageDown)


        self.villageBoxLayout.addLayout(self.villageButtons)

        self.villageHint = QLabel(self.villageBox)
        self.villageHint.setObjectName(u"villageHint")
        self.villageHint.setWordWrap(True)

        self.villageBoxLayout.addWidget(self.villageHint)


        self.villageTabLayout.addWidget(self.villageBox)

        self.groupBox = QGroupBox(self.villageTab)
        self.groupBox.setObjectName(u"groupBox")
        self.groupBoxLayout = QVBoxLayout(self.groupBox)
        self.groupBoxLayout.setObjectName(u"groupBoxLayout")
        self.groupList = QListWidget(self.groupBox)
        self.groupList.setObjectName(u"groupList")

        self.groupBoxLayout.addWidget(self.groupList)

        self.groupButtons = QHBoxLayout()
        self.groupButtons.setObjectName(u"groupButtons")
        self.groupAdd = QPushButton(self.groupBox)
        self.groupAdd.setObjectName(u"groupAdd")

        self.groupButtons.addWidget(self.groupAdd)

        self.groupRename = QPushButton(self.groupBox)
        self.groupRename.setObjectName(u"groupRename")

        self.groupButtons.addWidget(self.groupRename)

        self.groupRemove = QPushButton(self.groupBox)
        self.groupRemove.setObjectName(u"groupRemove")

        self.groupButtons.addWidget(self.groupRemove)

        self.groupUp = QPushButton(self.groupBox)
        self.groupUp.setObjectName(u"groupUp")

        self.groupButtons.addWidget(self.groupUp)

        self.groupDown = QPushButton(self.groupBox)
        self.groupDown.setObjectName(u"groupDown")

        self.groupButtons.addWidget(self.groupDown)


        self.groupBoxLayout.addLayout(self.groupButtons)

        self.groupHint = QLabel(self.groupBox)
        self.groupHint.setObjectName(u"groupHint")
        self.groupHint.setWordWrap(True)

        self.groupBoxLayout.addWidget(self.groupHint)


        self.villageTabLayout.addWidget(self.groupBox)

        self.tabs.addTab(self.villageTab, "")
        self.maskTab = QWidget()
        self.maskTab.setObjectName(u"maskTab")
        self.maskTabLayout = QVBoxLayout(self.maskTab)
        self.maskTabLayout.setObjectName(u"maskTabLayout")
        self.maskGrid = QGridLayout()
        self.maskGrid.setObjectName(u"maskGrid")
        self.maskGrid.setVerticalSpacing(12)
        self.maskIntro = QLabel(self.maskTab)
        self.maskIntro.setObjectName(u"maskIntro")
        self.maskIntro.setWordWrap(True)

        self.maskGrid.addWidget(self.maskIntro, 0, 0, 1, 6)

        self.maskIdLabel = QLabel(self.maskTab)
        self.maskIdLabel.setObjectName(u"maskIdLabel")

        self.maskGrid.addWidget(self.maskIdLabel, 1, 0, 1, 1)

        self.maskIdHead = QSpinBox(self.maskTab)
        self.maskIdHead.setObjectName(u"maskIdHead")
        self.maskIdHead.setMinimumSize(QSize(64, 0))
        self.maskIdHead.setMaximumSize(QSize(72, 16777215))
        self.maskIdHead.setMaximum(12)

        self.maskGrid.addWidget(self.maskIdHead, 1, 1, 1, 1)

        self.maskIdMid = QLabel(self.maskTab)
        self.maskIdMid.setObjectName(u"maskIdMid")

        self.maskGrid.addWidget(self.maskIdMid, 1, 2, 1, 1)

        self.maskIdTail = QSpinBox(self.maskTab)
        self.maskIdTail.setObjectName(u"maskIdTail")
        self.maskIdTail.setMinimumSize(QSize(64, 0))
        self.maskIdTail.setMaximumSize(QSize(72, 16777215))
        self.maskIdTail.setMaximum(12)

        self.maskGrid.addWidget(self.maskIdTail, 1, 3, 1, 1)

        self.maskIdEnd = QLabel(self.maskTab)
        self.maskIdEnd.setObjectName(u"maskIdEnd")

        self.maskGrid.addWidget(self.maskIdEnd, 1, 4, 1, 1)

        self.maskIdPreview = QLabel(self.maskTab)
        self.maskIdPreview.setObjectName(u"maskIdPreview")
        self.maskIdPreview.setText(u"")

        self.maskGrid.addWidget(self.maskIdPreview, 1, 5, 1, 1)

        self.maskAccountLabel = QLabel(self.maskTab)
        self.maskAccountLabel.setObjectName(u"maskAccountLabel")

        self.maskGrid.addWidget(self.maskAccountLabel, 2, 0, 1, 1)

        self.maskAccountHead = QSpinBox(self.maskTab)
        self.maskAccountHead.setObjectName(u"maskAccountHead")
        self.maskAccountHead.setMinimumSize(QSize(64, 0))
        self.maskAccountHead.setMaximumSize(QSize(72, 16777215))
        self.maskAccountHead.setMaximum(12)

        self.maskGrid.addWidget(self.maskAccountHead, 2, 1, 1, 1)

        self.maskAccountMid = QLabel(self.maskTab)
        self.maskAccountMid.setObjectName(u"maskAccountMid")

        self.maskGrid.addWidget(self.maskAccountMid, 2, 2, 1, 1)

        self.maskAccountTail = QSpinBox(self.maskTab)
        self.maskAccountTail.setObjectName(u"maskAccountTail")
        self.maskAccountTail.setMinimumSize(QSize(64, 0))
        self.maskAccountTail.setMaximumSize(QSize(72, 16777215))
        self.maskAccountTail.setMaximum(12)

        self.maskGrid.addWidget(self.maskAccountTail, 2, 3, 1, 1)

        self.maskAccountEnd = QLabel(self.maskTab)
        self.maskAccountEnd.setObjectName(u"maskAccountEnd")

        self.maskGrid.addWidget(self.maskAccountEnd, 2, 4, 1, 1)

        self.maskAccountPreview = QLabel(self.maskTab)
        self.maskAccountPreview.setObjectName(u"maskAccountPreview")
        self.maskAccountPreview.setText(u"")

        self.maskGrid.addWidget(self.maskAccountPreview, 2, 5, 1, 1)

        self.maskPhoneLabel = QLabel(self.maskTab)
        self.maskPhoneLabel.setObjectName(u"maskPhoneLabel")

        self.maskGrid.addWidget(self.maskPhoneLabel, 3, 0, 1, 1)

        self.maskPhoneHead = QSpinBox(self.maskTab)
        self.maskPhoneHead.setObjectName(u"maskPhoneHead")
        self.maskPhoneHead.setMinimumSize(QSize(64, 0))
        self.maskPhoneHead.setMaximumSize(QSize(72, 16777215))
        self.maskPhoneHead.setMaximum(12)

        self.maskGrid.addWidget(self.maskPhoneHead, 3, 1, 1, 1)

        self.maskPhoneMid = QLabel(self.maskTab)
        self.maskPhoneMid.setObjectName(u"maskPhoneMid")

        self.maskGrid.addWidget(self.maskPhoneMid, 3, 2, 1, 1)

        self.maskPhoneTail = QSpinBox(self.maskTab)
        self.maskPhoneTail.setObjectName(u"maskPhoneTail")
        self.maskPhoneTail.setMinimumSize(QSize(64, 0))
        self.maskPhoneTail.setMaximumSize(QSize(72, 16777215))
        self.maskPhoneTail.setMaximum(12)

        self.maskGrid.addWidget(self.maskPhoneTail, 3, 3, 1, 1)

        self.maskPhoneEnd = QLabel(self.maskTab)
        self.maskPhoneEnd.setObjectName(u"maskPhoneEnd")

        self.maskGrid.addWidget(self.maskPhoneEnd, 3, 4, 1, 1)

        self.maskPhonePreview = QLabel(self.maskTab)
        self.maskPhonePreview.setObjectName(u"maskPhonePreview")
        self.maskPhonePreview.setText(u"")

        self.maskGrid.addWidget(self.maskPhonePreview, 3, 5, 1, 1)

        self.maskGrid.setColumnStretch(5, 1)

        self.maskTabLayout.addLayout(self.maskGrid)

        self.maskSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.maskTabLayout.addItem(self.maskSpacer)

        self.tabs.addTab(self.maskTab, "")
        self.calendarTab = QWidget()
        self.calendarTab.setObjectName(u"calendarTab")
        self.calendarTabLayout = QVBoxLayout(self.calendarTab)
        self.calendarTabLayout.setObjectName(u"calendarTabLayout")
        self.calendarIntro = QLabel(self.calendarTab)
        self.calendarIntro.setObjectName(u"calendarIntro")
        self.calendarIntro.setWordWrap(True)

        self.calendarTabLayout.addWidget(self.calendarIntro)

        self.calendarTable = QTableWidget(self.calendarTab)
        self.calendarTable.setObjectName(u"calendarTable")
        self.calendarTable.setMinimumSize(QSize(0, 170))
        self.calendarTable.setMaximumSize(QSize(16777215, 170))
        self.calendarTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.calendarTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.calendarTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.calendarTabLayout.addWidget(self.calendarTable)

        self.calendarButtons = QHBoxLayout()
        self.calendarButtons.setObjectName(u"calendarButtons")
        self.calendarRemove = QPushButton(self.calendarTab)
        self.calendarRemove.setObjectName(u"calendarRemove")

        self.calendarButtons.addWidget(self.calendarRemove)

        self.calendarButtonSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.calendarButtons.addItem(self.calendarButtonSpacer)


        self.calendarTabLayout.addLayout(self.calendarButtons)

        self.calendarPasteRow = QHBoxLayout()
        self.calendarPasteRow.setObjectName(u"calendarPasteRow")
        self.calendarPasteColumn = QVBoxLayout()
        self.calendarPasteColumn.setObjectName(u"calendarPasteColumn")
        self.calendarPasteLabel = QLabel(self.calendarTab)
        self.calendarPasteLabel.setObjectName(u"calendarPasteLabel")

        self.calendarPasteColumn.addWidget(self.calendarPasteLabel)

        self.calendarPaste = QPlainTextEdit(self.calendarTab)
        self.calendarPaste.setObjectName(u"calendarPaste")

        self.calendarPasteColumn.addWidget(self.calendarPaste)


        self.calendarPasteRow.addLayout(self.calendarPasteColumn)

        self.calendarPreviewColumn = QVBoxLayout()
        self.calendarPreviewColumn.setObjectName(u"calendarPreviewColumn")
        self.calendarPreviewLabel = QLabel(self.calendarTab)
        self.calendarPreviewLabel.setObjectName(u"calendarPreviewLabel")

        self.calendarPreviewColumn.addWidget(self.calendarPreviewLabel)

        self.calendarError = QLabel(self.calendarTab)
        self.calendarError.setObjectName(u"calendarError")
        self.calendarError.setText(u"")
        self.calendarError.setWordWrap(True)
        self.calendarError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.calendarPreviewColumn.addWidget(self.calendarError)

        self.calendarPreview = QPlainTextEdit(self.calendarTab)
        self.calendarPreview.setObjectName(u"calendarPreview")
        self.calendarPreview.setReadOnly(True)

        self.calendarPreviewColumn.addWidget(self.calendarPreview)


        self.calendarPasteRow.addLayout(self.calendarPreviewColumn)

        self.calendarPasteRow.setStretch(0, 2)
        self.calendarPasteRow.setStretch(1, 3)

        self.calendarTabLayout.addLayout(self.calendarPasteRow)

        self.calendarPasteButtons = QHBoxLayout()
        self.calendarPasteButtons.setObjectName(u"calendarPasteButtons")
        self.calendarImport = QPushButton(self.calendarTab)
        self.calendarImport.setObjectName(u"calendarImport")

        self.calendarPasteButtons.addWidget(self.calendarImport)

        self.calendarPasteSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.calendarPasteButtons.addItem(self.calendarPasteSpacer)

        self.calendarApply = QPushButton(self.calendarTab)
        self.calendarApply.setObjectName(u"calendarApply")
        self.calendarApply.setEnabled(False)

        self.calendarPasteButtons.addWidget(self.calendarApply)


        self.calendarTabLayout.addLayout(self.calendarPasteButtons)

        self.calendarTabLayout.setStretch(3, 1)
        self.tabs.addTab(self.calendarTab, "")
        self.requestsTab = QWidget()
        self.requestsTab.setObjectName(u"requestsTab")
        self.requestsTabLayout = QVBoxLayout(self.requestsTab)
        self.requestsTabLayout.setObjectName(u"requestsTabLayout")
        self.requestsIntro = QLabel(self.requestsTab)
        self.requestsIntro.setObjectName(u"requestsIntro")
        self.requestsIntro.setWordWrap(True)

        self.requestsTabLayout.addWidget(self.requestsIntro)

        self.requestsForm = QFormLayout()
        self.requestsForm.setObjectName(u"requestsForm")
        self.requestsForm.setVerticalSpacing(10)
        self.requestPrefixLabel = QLabel(self.requestsTab)
        self.requestPrefixLabel.setObjectName(u"requestPrefixLabel")

        self.requestsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.requestPrefixLabel)

        self.requestPrefix = QLineEdit(self.requestsTab)
        self.requestPrefix.setObjectName(u"requestPrefix")

        self.requestsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.requestPrefix)

        self.requestReviewLabel = QLabel(self.requestsTab)
        self.requestReviewLabel.setObjectName(u"requestReviewLabel")

        self.requestsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.requestReviewLabel)

        self.requestReviewOrgan = QLineEdit(self.requestsTab)
        self.requestReviewOrgan.setObjectName(u"requestReviewOrgan")

        self.requestsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.requestReviewOrgan)

        self.requestCourtLabel = QLabel(self.requestsTab)
        self.requestCourtLabel.setObjectName(u"requestCourtLabel")

        self.requestsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.requestCourtLabel)

        self.requestCourt = QLineEdit(self.requestsTab)
        self.requestCourt.setObjectName(u"requestCourt")

        self.requestsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.requestCourt)

        self.requestSupplementLabel = QLabel(self.requestsTab)
        self.requestSupplementLabel.setObjectName(u"requestSupplementLabel")

        self.requestsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.requestSupplementLabel)

        self.requestSupplementDays = QSpinBox(self.requestsTab)
        self.requestSupplementDays.setObjectName(u"requestSupplementDays")
        self.requestSupplementDays.setMinimum(1)
        self.requestSupplementDays.setMaximum(60)

        self.requestsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.requestSupplementDays)


        self.requestsTabLayout.addLayout(self.requestsForm)

        self.requestsSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.requestsTabLayout.addItem(self.requestsSpacer)

        self.tabs.addTab(self.requestsTab, "")

        self.settingsLayout.addWidget(self.tabs)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.settingsLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.unitNameLabel.setBuddy(self.unitName)
        self.unitKindLabel.setBuddy(self.unitKind)
        self.unitCountyLabel.setBuddy(self.unitCounty)
        self.unitPhoneLabel.setBuddy(self.unitPhone)
        self.unitSupervisionLabel.setBuddy(self.unitSupervision)
        self.unitAddressLabel.setBuddy(self.unitAddress)
        self.clerkNameLabel.setBuddy(self.clerkName)
        self.calendarPasteLabel.setBuddy(self.calendarPaste)
        self.calendarPreviewLabel.setBuddy(self.calendarPreview)
        self.requestPrefixLabel.setBuddy(self.requestPrefix)
        self.requestReviewLabel.setBuddy(self.requestReviewOrgan)
        self.requestCourtLabel.setBuddy(self.requestCourt)
        self.requestSupplementLabel.setBuddy(self.requestSupplementDays)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsDialog)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"\u8bbe\u7f6e", None))
        self.unitNameLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u5355\u4f4d\u540d\u79f0\uff1a", None))
        self.unitKindLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u5355\u4f4d\u7c7b\u578b\uff1a", None))
        self.unitKind.setItemText(0, QCoreApplication.translate("SettingsDialog", u"\u4e61\u9547", None))
        self.unitKind.setItemText(1, QCoreApplication.translate("SettingsDialog", u"\u82cf\u6728\u9547", None))
        self.unitKind.setItemText(2, QCoreApplication.translate("SettingsDialog", u"\u8857\u9053", None))

        self.unitCountyLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u6240\u5c5e\u53bf\uff08\u65d7\u3001\u533a\uff09\uff1a", None))
        self.unitPhoneLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u515a\u653f\u529e\u7535\u8bdd\uff1a", None))
        self.unitSupervisionLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u76d1\u7763\u4e3e\u62a5\u7535\u8bdd\uff1a", None))
        self.unitAddressLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u5730\u5740\uff1a", None))
        self.clerkNameLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u7ecf\u529e\u4eba\u59d3\u540d\uff1a", None))
        self.clerkHint.setText(QCoreApplication.translate("SettingsDialog", u"\u7ecf\u529e\u4eba\u59d3\u540d\u4f1a\u8bb0\u5728\u6bcf\u4e00\u6b21\u4fee\u6539\u7684\u8bb0\u5f55\u91cc\uff0c\u4e5f\u7528\u4f5c\u62a5\u5907\u8868\u7684\u586b\u8868\u4eba\u3002", None))
        self.tabs.setTabText(self.tabs.indexOf(self.unitTab), QCoreApplication.translate("SettingsDialog", u"\u672c\u5355\u4f4d", None))
        self.villageBox.setTitle(QCoreApplication.translate("SettingsDialog", u"\u6751\uff08\u793e\u533a\u3001\u560e\u67e5\uff09", None))
        self.villageAdd.setText(QCoreApplication.translate("SettingsDialog", u"\u6dfb\u52a0", None))
        self.villageRename.setText(QCoreApplication.translate("SettingsDialog", u"\u6539\u540d", None))
        self.villageRemove.setText(QCoreApplication.translate("SettingsDialog", u"\u5220\u9664", None))
        self.villageUp.setText(QCoreApplication.translate("SettingsDialog", u"\u4e0a\u79fb", None))
        self.villageDown.setText(QCoreApplication.translate("SettingsDialog", u"\u4e0b\u79fb", None))
        self.villageHint.setText(QCoreApplication.translate("SettingsDialog", u"\u9009\u4e2d\u4e00\u4e2a\u6751\uff0c\u53f3\u8fb9\u663e\u793a\u5b83\u7684\u6751\u6c11\u5c0f\u7ec4\u3002\u53cc\u51fb\u53ef\u76f4\u63a5\u6539\u540d\u3002", None))
        self.groupBox.setTitle(QCoreApplication.translate("SettingsDialog", u"\u6751\u6c11\u5c0f\u7ec4", None))
        self.groupAdd.setText(QCoreApplication.translate("SettingsDialog", u"\u6dfb\u52a0", None))
        self.groupRename.setText(QCoreApplication.translate("SettingsDialog", u"\u6539\u540d", None))
        self.groupRemove.setText(QCoreApplication.translate("SettingsDialog", u"\u5220\u9664", None))
        self.groupUp.setText(QCoreApplication.translate("SettingsDialog", u"\u4e0a\u79fb", None))
        self.groupDown.setText(QCoreApplication.translate("SettingsDialog", u"\u4e0b\u79fb", None))
        self.groupHint.setText(QCoreApplication.translate("SettingsDialog", u"\u5df2\u6709\u516c\u793a\u6279\u6b21\u7684\u6751\u4e0d\u80fd\u5220\u9664\uff1b\u5982\u5df2\u64a4\u5e76\uff0c\u8bf7\u6539\u540d\u3002", None))
        self.tabs.setTabText(self.tabs.indexOf(self.villageTab), QCoreApplication.translate("SettingsDialog", u"\u6751\u548c\u6751\u6c11\u5c0f\u7ec4", None))
        self.maskIntro.setText(QCoreApplication.translate("SettingsDialog", u"\u516c\u793a\u8868\u4e0a\u7684\u4e2a\u4eba\u4fe1\u606f\u53ea\u663e\u793a\u5f00\u5934\u548c\u7ed3\u5c3e\u7684\u51e0\u4f4d\uff0c\u4e2d\u95f4\u7528 * \u906e\u6321\u3002\u4e00\u822c\u6309\u8eab\u4efd\u8bc1\u53f7\u201c\u524d6\u540e4\u201d\u3001\u8d26\u53f7\u201c\u540e4\u4f4d\u201d\u3001\u624b\u673a\u201c\u524d3\u540e4\u201d\u3002", None))
        self.maskIdLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u8eab\u4efd\u8bc1\u53f7\uff1a\u663e\u793a\u524d", None))
        self.maskIdMid.setText(QCoreApplication.translate("SettingsDialog", u"\u4f4d\uff0c\u540e", None))
        self.maskIdEnd.setText(QCoreApplication.translate("SettingsDialog", u"\u4f4d", None))
        self.maskAccountLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u94f6\u884c\u8d26\u53f7\uff1a\u663e\u793a\u524d", None))
        self.maskAccountMid.setText(QCoreApplication.translate("SettingsDialog", u"\u4f4d\uff0c\u540e", None))
        self.maskAccountEnd.setText(QCoreApplication.translate("SettingsDialog", u"\u4f4d", None))
        self.maskPhoneLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u624b\u673a\u53f7\u7801\uff1a\u663e\u793a\u524d", None))
        self.maskPhoneMid.setText(QCoreApplication.translate("SettingsDialog", u"\u4f4d\uff0c\u540e", None))
        self.maskPhoneEnd.setText(QCoreApplication.translate("SettingsDialog", u"\u4f4d", None))
        self.tabs.setTabText(self.tabs.indexOf(self.maskTab), QCoreApplication.translate("SettingsDialog", u"\u4e2a\u4eba\u4fe1\u606f\u906e\u6321", None))
        self.calendarIntro.setText(QCoreApplication.translate("SettingsDialog", u"\u6309\u5de5\u4f5c\u65e5\u8ba1\u7b97\u7684\u671f\u9650\u8981\u7528\u5230\u56fd\u5bb6\u7684\u8282\u5047\u65e5\u5b89\u6392\uff0c\u7a0b\u5e8f\u81ea\u5e26\u5df2\u53d1\u5e03\u7684\u5e74\u4efd\u3002\u65b0\u4e00\u5e74\u7684\u901a\u77e5\uff08\u4e00\u822c\u572811\u6708\u53d1\u5e03\uff09\u51fa\u6765\u540e\uff0c\u628a\u56fd\u52a1\u9662\u529e\u516c\u5385\u7684\u901a\u77e5\u8fde\u540c\u6807\u9898\u6574\u7bc7\u7c98\u8d34\u5230\u5de6\u4e0b\u6846\uff0c\u6838\u5bf9\u53f3\u8fb9\u8bfb\u51fa\u7684\u65e5\u671f\uff0c\u518d\u70b9\u201c\u91c7\u7528\u8fd9\u4efd\u5b89\u6392\u201d\u548c\u201c\u786e\u5b9a\u201d\u3002", None))
        self.calendarRemove.setText(QCoreApplication.translate("SettingsDialog", u"\u5220\u9664\u5f55\u5165\u7684\u5e74\u4efd", None))
        self.calendarPasteLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u8282\u5047\u65e5\u5b89\u6392\u901a\u77e5\uff08\u7c98\u8d34\uff09\uff1a", None))
        self.calendarPaste.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"\u628a\u300a\u56fd\u52a1\u9662\u529e\u516c\u5385\u5173\u4e8e20XX\u5e74\u90e8\u5206\u8282\u5047\u65e5\u5b89\u6392\u7684\u901a\u77e5\u300b\u8fde\u540c\u6807\u9898\u6574\u7bc7\u7c98\u8d34\u5230\u8fd9\u91cc\uff0c\u4f8b\u5982\uff1a\n"
"\u73b0\u5c062027\u5e74\u5143\u65e6\u3001\u6625\u8282\u2026\u2026\u7684\u5177\u4f53\u5b89\u6392\u901a\u77e5\u5982\u4e0b\u3002\n"
"\u4e00\u3001\u5143\u65e6\uff1a1\u67081\u65e5\uff08\u5468\u4e94\uff09\u81f33\u65e5\uff08\u5468\u65e5\uff09\u653e\u5047\uff0c\u51713\u5929\u3002\n"
"\u2026\u2026\n"
"\n"
"\u4e5f\u53ef\u4ee5\u9010\u884c\u5199\uff1a\n"
"\u4f11 2027-01-01 \u81f3 2027-01-03\n"
"\u73ed 2027-02-07", None))
        self.calendarPreviewLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u7a0b\u5e8f\u8bfb\u51fa\u7684\u5b89\u6392\uff1a", None))
        self.calendarPreview.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"\u7c98\u8d34\u901a\u77e5\u540e\uff0c\u8fd9\u91cc\u9010\u9879\u5217\u51fa\u8bfb\u51fa\u7684\u653e\u5047\u65e5\u671f\u548c\u8c03\u4f11\u4e0a\u73ed\u65e5\u671f\uff0c\u8bf7\u4e0e\u901a\u77e5\u6838\u5bf9\u3002", None))
        self.calendarImport.setText(QCoreApplication.translate("SettingsDialog", u"\u4ece\u6587\u4ef6\u8bfb\u5165\u2026", None))
        self.calendarApply.setText(QCoreApplication.translate("SettingsDialog", u"\u91c7\u7528\u8fd9\u4efd\u5b89\u6392", None))
        self.tabs.setTabText(self.tabs.indexOf(self.calendarTab), QCoreApplication.translate("SettingsDialog", u"\u5de5\u4f5c\u65e5\u5386", None))
        self.requestsIntro.setText(QCoreApplication.translate("SettingsDialog", u"\u7559\u7a7a\u7684\u9879\u6309\u672c\u5355\u4f4d\u4fe1\u606f\u81ea\u52a8\u586b\u5199\uff1a\u7f16\u53f7\u524d\u7f00\u53d6\u5355\u4f4d\u540d\u79f0\u7684\u7b2c\u4e00\u4e2a\u5b57\uff08\u4e1c\u98ce\u9547 \u2192 \u4e1c\u653f\u4f9d\u7533\uff09\uff0c\u590d\u8bae\u673a\u5173\u548c\u6cd5\u9662\u53d6\u6240\u5c5e\u53bf\u3002", None))
        self.requestPrefixLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u767b\u8bb0\u7f16\u53f7\u524d\u7f00\uff1a", None))
        self.requestReviewLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u884c\u653f\u590d\u8bae\u673a\u5173\uff1a", None))
        self.requestCourtLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u884c\u653f\u8bc9\u8bbc\u6cd5\u9662\uff1a", None))
        self.requestSupplementLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u8865\u6b63\u671f\u9650\u9ed8\u8ba4\uff1a", None))
        self.requestSupplementDays.setSuffix(QCoreApplication.translate("SettingsDialog", u" \u4e2a\u5de5\u4f5c\u65e5", None))
        self.tabs.setTabText(self.tabs.indexOf(self.requestsTab), QCoreApplication.translate("SettingsDialog", u"\u4f9d\u7533\u8bf7\u516c\u5f00", None))
    # retranslateUi

