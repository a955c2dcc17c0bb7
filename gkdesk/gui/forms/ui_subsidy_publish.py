# Generated from ui/subsidy_publish.ui by gkdesk.gui.compile_forms — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'subsidy_publish.ui'
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
    QFormLayout, QFrame, QLabel, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from gkdesk.gui.widgets.dates import DateEdit

class Ui_PublishDialog(object):
    def setupUi(self, PublishDialog):
        if not PublishDialog.objectName():
            PublishDialog.setObjectName(u"PublishDialog")
        PublishDialog.resize(520, 320)
        self.publishLayout = QVBoxLayout(PublishDialog)
        self.publishLayout.setObjectName(u"publishLayout")
        self.titleLabel = QLabel(PublishDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setText(u"")
        self.titleLabel.setWordWrap(True)

        self.publishLayout.addWidget(self.titleLabel)

        self.publishForm = QFormLayout()
        self.publishForm.setObjectName(u"publishForm")
        self.publishForm.setVerticalSpacing(10)
        self.startLabel = QLabel(PublishDialog)
        self.startLabel.setObjectName(u"startLabel")

        self.publishForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startDateEdit = DateEdit(PublishDialog)
        self.startDateEdit.setObjectName(u"startDateEdit")
        self.startDateEdit.setCalendarPopup(True)

        self.publishForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.startDateEdit)

        self.lengthLabel = QLabel(PublishDialog)
        self.lengthLabel.setObjectName(u"lengthLabel")

        self.publishForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.lengthLabel)

        self.lengthValue = QLabel(PublishDialog)
        self.lengthValue.setObjectName(u"lengthValue")
        self.lengthValue.setText(u"")

        self.publishForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.lengthValue)

        self.endLabel = QLabel(PublishDialog)
        self.endLabel.setObjectName(u"endLabel")

        self.publishForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.endLabel)

        self.endValue = QLabel(PublishDialog)
        self.endValue.setObjectName(u"endValue")
        self.endValue.setText(u"")

        self.publishForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.endValue)


        self.publishLayout.addLayout(self.publishForm)

        self.calendarWarning = QFrame(PublishDialog)
        self.calendarWarning.setObjectName(u"calendarWarning")
        self.warningLayout = QVBoxLayout(self.calendarWarning)
        self.warningLayout.setObjectName(u"warningLayout")
        self.warningLayout.setContentsMargins(10, 10, 10, 10)
        self.calendarWarningLabel = QLabel(self.calendarWarning)
        self.calendarWarningLabel.setObjectName(u"calendarWarningLabel")
        self.calendarWarningLabel.setText(u"")
        self.calendarWarningLabel.setWordWrap(True)

        self.warningLayout.addWidget(self.calendarWarningLabel)


        self.publishLayout.addWidget(self.calendarWarning)

        self.hintLabel = QLabel(PublishDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.publishLayout.addWidget(self.hintLabel)

        self.publishSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.publishLayout.addItem(self.publishSpacer)

        self.buttonBox = QDialogButtonBox(PublishDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.publishLayout.addWidget(self.buttonBox)


        self.retranslateUi(PublishDialog)

        QMetaObject.connectSlotsByName(PublishDialog)
    # setupUi

    def retranslateUi(self, PublishDialog):
        PublishDialog.setWindowTitle(QCoreApplication.translate("PublishDialog", u"\u5f00\u59cb\u516c\u793a", None))
        self.startLabel.setText(QCoreApplication.translate("PublishDialog", u"\u5f00\u59cb\u65e5\u671f\uff08\u5f20\u8d34\u4e4b\u65e5\uff09", None))
        self.startDateEdit.setDisplayFormat(QCoreApplication.translate("PublishDialog", u"yyyy\u5e74M\u6708d\u65e5", None))
        self.lengthLabel.setText(QCoreApplication.translate("PublishDialog", u"\u516c\u793a\u671f", None))
        self.endLabel.setText(QCoreApplication.translate("PublishDialog", u"\u516c\u793a\u7ed3\u675f\u65e5\u671f", None))
        self.hintLabel.setText(QCoreApplication.translate("PublishDialog", u"\u5f00\u59cb\u540e\u540d\u5355\u4e0d\u80fd\u518d\u4fee\u6539\uff1b\u516c\u793a\u671f\u6ee1\u540e\uff0c\u7a0b\u5e8f\u4f1a\u81ea\u52a8\u628a\u72b6\u6001\u6539\u4e3a\u201c\u516c\u793a\u671f\u6ee1\u201d\u3002", None))
    # retranslateUi

