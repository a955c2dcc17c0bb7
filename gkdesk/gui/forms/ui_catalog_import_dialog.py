# Generated from ui/catalog_import_dialog.ui by gkdesk.gui.compile_forms — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'catalog_import_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QDialog, QDialogButtonBox, QHeaderView, QLabel,
    QListWidget, QListWidgetItem, QSizePolicy, QTableView,
    QVBoxLayout, QWidget)

class Ui_CatalogImportDialog(object):
    def setupUi(self, CatalogImportDialog):
        if not CatalogImportDialog.objectName():
            CatalogImportDialog.setObjectName(u"CatalogImportDialog")
        CatalogImportDialog.resize(1000, 640)
        self.dialogLayout = QVBoxLayout(CatalogImportDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.summaryLabel = QLabel(CatalogImportDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.summaryLabel)

        self.previewTable = QTableView(CatalogImportDialog)
        self.previewTable.setObjectName(u"previewTable")
        self.previewTable.setAlternatingRowColors(True)
        self.previewTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.dialogLayout.addWidget(self.previewTable)

        self.problemsLabel = QLabel(CatalogImportDialog)
        self.problemsLabel.setObjectName(u"problemsLabel")

        self.dialogLayout.addWidget(self.problemsLabel)

        self.problemList = QListWidget(CatalogImportDialog)
        self.problemList.setObjectName(u"problemList")
        self.problemList.setMaximumSize(QSize(16777215, 150))

        self.dialogLayout.addWidget(self.problemList)

        self.replaceReferenceCheck = QCheckBox(CatalogImportDialog)
        self.replaceReferenceCheck.setObjectName(u"replaceReferenceCheck")
        self.replaceReferenceCheck.setChecked(True)

        self.dialogLayout.addWidget(self.replaceReferenceCheck)

        self.buttonBox = QDialogButtonBox(CatalogImportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(CatalogImportDialog)

        QMetaObject.connectSlotsByName(CatalogImportDialog)
    # setupUi

    def retranslateUi(self, CatalogImportDialog):
        CatalogImportDialog.setWindowTitle(QCoreApplication.translate("CatalogImportDialog", u"\u5bfc\u5165\u6807\u51c6\u76ee\u5f55\uff1a\u9884\u89c8", None))
        self.problemsLabel.setText(QCoreApplication.translate("CatalogImportDialog", u"\u9700\u8981\u6ce8\u610f\u7684\u95ee\u9898\uff08\u6309\u884c\uff09", None))
        self.replaceReferenceCheck.setText(QCoreApplication.translate("CatalogImportDialog", u"\u5bfc\u5165\u540e\u79fb\u9664\u53c2\u8003\u6a21\u677f\u4e2d\u7684\u4e8b\u9879\uff08\u5df2\u6709\u516c\u5f00\u8bb0\u5f55\u6216\u5173\u8054\u8865\u8d34\u9879\u76ee\u7684\u4fdd\u7559\uff09", None))
    # retranslateUi

