# Generated from ui/subsidy_review.ui by gkdesk.gui.compile_forms — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'subsidy_review.ui'
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
    QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

from gkdesk.gui.widgets.dates import DateEdit

class Ui_ReviewDialog(object):
    def setupUi(self, ReviewDialog):
        if not ReviewDialog.objectName():
            ReviewDialog.setObjectName(u"ReviewDialog")
        ReviewDialog.resize(520, 360)
        self.reviewLayout = QVBoxLayout(ReviewDialog)
        self.reviewLayout.setObjectName(u"reviewLayout")
        self.titleLabel = QLabel(ReviewDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setText(u"")
        self.titleLabel.setWordWrap(True)

        self.reviewLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(ReviewDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.reviewLayout.addWidget(self.introLabel)

        self.reviewForm = QFormLayout()
        self.reviewForm.setObjectName(u"reviewForm")
        self.reviewForm.setVerticalSpacing(10)
        self.reviewerLabel = QLabel(ReviewDialog)
        self.reviewerLabel.setObjectName(u"reviewerLabel")

        self.reviewForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reviewerLabel)

        self.reviewerEdit = QLineEdit(ReviewDialog)
        self.reviewerEdit.setObjectName(u"reviewerEdit")

        self.reviewForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reviewerEdit)

        self.dateLabel = QLabel(ReviewDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.reviewForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = DateEdit(ReviewDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.reviewForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.opinionLabel = QLabel(ReviewDialog)
        self.opinionLabel.setObjectName(u"opinionLabel")

        self.reviewForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.opinionLabel)

        self.opinionEdit = QPlainTextEdit(ReviewDialog)
        self.opinionEdit.setObjectName(u"opinionEdit")
        self.opinionEdit.setTabChangesFocus(True)
        self.opinionEdit.setMaximumSize(QSize(16777215, 110))

        self.reviewForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.opinionEdit)


        self.reviewLayout.addLayout(self.reviewForm)

        self.buttonBox = QDialogButtonBox(ReviewDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.reviewLayout.addWidget(self.buttonBox)


        self.retranslateUi(ReviewDialog)

        QMetaObject.connectSlotsByName(ReviewDialog)
    # setupUi

    def retranslateUi(self, ReviewDialog):
        ReviewDialog.setWindowTitle(QCoreApplication.translate("ReviewDialog", u"\u4fdd\u5bc6\u5ba1\u67e5", None))
        self.introLabel.setText(QCoreApplication.translate("ReviewDialog", u"\u8bf7\u6838\u5bf9\u540d\u5355\u4e2d\u6ca1\u6709\u4e0d\u5e94\u516c\u5f00\u7684\u4fe1\u606f\uff08\u4f4f\u5740\u3001\u75c5\u60c5\u3001\u6b8b\u75be\u60c5\u51b5\u3001\u5b8c\u6574\u7684\u8eab\u4efd\u8bc1\u53f7\u548c\u8d26\u53f7\uff09\uff0c\u518d\u586b\u5199\u5ba1\u67e5\u4eba\u548c\u610f\u89c1\u3002\u5148\u5ba1\u540e\u53d1\uff1a\u5ba1\u67e5\u540e\u624d\u80fd\u6253\u5370\u516c\u793a\u548c\u5f00\u59cb\u516c\u793a\u3002", None))
        self.reviewerLabel.setText(QCoreApplication.translate("ReviewDialog", u"\u5ba1\u67e5\u4eba", None))
        self.reviewerEdit.setPlaceholderText(QCoreApplication.translate("ReviewDialog", u"\u5ba1\u67e5\u4eba\u59d3\u540d", None))
        self.dateLabel.setText(QCoreApplication.translate("ReviewDialog", u"\u5ba1\u67e5\u65e5\u671f", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("ReviewDialog", u"yyyy\u5e74M\u6708d\u65e5", None))
        self.opinionLabel.setText(QCoreApplication.translate("ReviewDialog", u"\u5ba1\u67e5\u610f\u89c1", None))
    # retranslateUi

