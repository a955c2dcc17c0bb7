# Generated from ui/subsidy_resolve.ui by gkdesk.gui.compile_forms — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'subsidy_resolve.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

from gkdesk.gui.widgets.dates import DateEdit

class Ui_ResolveDialog(object):
    def setupUi(self, ResolveDialog):
        if not ResolveDialog.objectName():
            ResolveDialog.setObjectName(u"ResolveDialog")
        ResolveDialog.resize(540, 420)
        self.resolveLayout = QVBoxLayout(ResolveDialog)
        self.resolveLayout.setObjectName(u"resolveLayout")
        self.objectionLabel = QLabel(ResolveDialog)
        self.objectionLabel.setObjectName(u"objectionLabel")
        self.objectionLabel.setText(u"")
        self.objectionLabel.setWordWrap(True)

        self.resolveLayout.addWidget(self.objectionLabel)

        self.resolveForm = QFormLayout()
        self.resolveForm.setObjectName(u"resolveForm")
        self.resolveForm.setVerticalSpacing(10)
        self.handlingLabel = QLabel(ResolveDialog)
        self.handlingLabel.setObjectName(u"handlingLabel")

        self.resolveForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.handlingLabel)

        self.handlingEdit = QPlainTextEdit(ResolveDialog)
        self.handlingEdit.setObjectName(u"handlingEdit")
        self.handlingEdit.setTabChangesFocus(True)

        self.resolveForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.handlingEdit)

        self.resultLabel = QLabel(ResolveDialog)
        self.resultLabel.setObjectName(u"resultLabel")

        self.resolveForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.resultLabel)

        self.resultCombo = QComboBox(ResolveDialog)
        self.resultCombo.setObjectName(u"resultCombo")

        self.resolveForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.resultCombo)

        self.closedLabel = QLabel(ResolveDialog)
        self.closedLabel.setObjectName(u"closedLabel")

        self.resolveForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.closedLabel)

        self.closedDateEdit = DateEdit(ResolveDialog)
        self.closedDateEdit.setObjectName(u"closedDateEdit")
        self.closedDateEdit.setCalendarPopup(True)

        self.resolveForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.closedDateEdit)


        self.resolveLayout.addLayout(self.resolveForm)

        self.hintLabel = QLabel(ResolveDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.resolveLayout.addWidget(self.hintLabel)

        self.buttonBox = QDialogButtonBox(ResolveDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.resolveLayout.addWidget(self.buttonBox)


        self.retranslateUi(ResolveDialog)

        QMetaObject.connectSlotsByName(ResolveDialog)
    # setupUi

    def retranslateUi(self, ResolveDialog):
        ResolveDialog.setWindowTitle(QCoreApplication.translate("ResolveDialog", u"\u8bb0\u5f55\u6838\u5b9e\u7ed3\u679c", None))
        self.handlingLabel.setText(QCoreApplication.translate("ResolveDialog", u"\u6838\u5b9e\u53ca\u5904\u7406\u60c5\u51b5", None))
        self.handlingEdit.setPlaceholderText(QCoreApplication.translate("ResolveDialog", u"\u5982\uff1a\u7ecf\u6751\u59d4\u4f1a\u5165\u6237\u6838\u5b9e\uff0c\u9762\u79ef\u5e94\u4e3a3.5\u4ea9", None))
        self.resultLabel.setText(QCoreApplication.translate("ResolveDialog", u"\u6838\u5b9e\u7ed3\u679c", None))
        self.closedLabel.setText(QCoreApplication.translate("ResolveDialog", u"\u529e\u7ed3\u65e5\u671f", None))
        self.closedDateEdit.setDisplayFormat(QCoreApplication.translate("ResolveDialog", u"yyyy\u5e74M\u6708d\u65e5", None))
        self.hintLabel.setText(QCoreApplication.translate("ResolveDialog", u"\u6838\u5b9e\u7ed3\u679c\u4e3a\u201c\u6210\u7acb\u201d\u7684\uff0c\u8bf7\u5728\u6279\u6b21\u4e0a\u70b9\u201c\u66f4\u6b63\u91cd\u65b0\u516c\u793a\u201d\uff1a\u7a0b\u5e8f\u4f1a\u590d\u5236\u4e00\u4efd\u540d\u5355\uff0c\u6539\u6b63\u540e\u91cd\u65b0\u5ba1\u67e5\u5e76\u516c\u793a\u3002", None))
    # retranslateUi

