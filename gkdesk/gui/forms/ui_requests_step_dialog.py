# Generated from ui/requests_step_dialog.ui by gkdesk.gui.compile_forms — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'requests_step_dialog.ui'
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
    QFormLayout, QLabel, QSizePolicy, QVBoxLayout,
    QWidget)

from gkdesk.gui.widgets.dates import DateEdit

class Ui_RequestsStepDialog(object):
    def setupUi(self, RequestsStepDialog):
        if not RequestsStepDialog.objectName():
            RequestsStepDialog.setObjectName(u"RequestsStepDialog")
        RequestsStepDialog.resize(560, 360)
        self.dialogLayout = QVBoxLayout(RequestsStepDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headingLabel = QLabel(RequestsStepDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setText(u"")
        self.headingLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.headingLabel)

        self.ruleLabel = QLabel(RequestsStepDialog)
        self.ruleLabel.setObjectName(u"ruleLabel")
        self.ruleLabel.setText(u"")
        self.ruleLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.ruleLabel)

        self.fieldsLayout = QFormLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.dateLabel = QLabel(RequestsStepDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = DateEdit(RequestsStepDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setDisplayFormat(u"yyyy-MM-dd")
        self.dateEdit.setCalendarPopup(True)

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)


        self.dialogLayout.addLayout(self.fieldsLayout)

        self.previewLabel = QLabel(RequestsStepDialog)
        self.previewLabel.setObjectName(u"previewLabel")
        self.previewLabel.setText(u"")
        self.previewLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.previewLabel)

        self.errorLabel = QLabel(RequestsStepDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(RequestsStepDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RequestsStepDialog)

        QMetaObject.connectSlotsByName(RequestsStepDialog)
    # setupUi

    def retranslateUi(self, RequestsStepDialog):
        RequestsStepDialog.setWindowTitle(QCoreApplication.translate("RequestsStepDialog", u"\u529e\u7406", None))
        self.dateLabel.setText(QCoreApplication.translate("RequestsStepDialog", u"\u65e5\u671f", None))
    # retranslateUi

