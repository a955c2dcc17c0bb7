# Generated from ui/home_page.ui by gkdesk.gui.compile_forms — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'home_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFrame, QHBoxLayout,
    QLabel, QListView, QPushButton, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_HomePage(object):
    def setupUi(self, HomePage):
        if not HomePage.objectName():
            HomePage.setObjectName(u"HomePage")
        HomePage.resize(900, 640)
        self.homeLayout = QVBoxLayout(HomePage)
        self.homeLayout.setSpacing(10)
        self.homeLayout.setObjectName(u"homeLayout")
        self.homeLayout.setContentsMargins(24, 20, 24, 16)
        self.todayLabel = QLabel(HomePage)
        self.todayLabel.setObjectName(u"todayLabel")
        self.todayLabel.setText(u"\u4eca\u5929\u662f")

        self.homeLayout.addWidget(self.todayLabel)

        self.countsLabel = QLabel(HomePage)
        self.countsLabel.setObjectName(u"countsLabel")
        self.countsLabel.setText(u"")
        self.countsLabel.setTextFormat(Qt.TextFormat.RichText)

        self.homeLayout.addWidget(self.countsLabel)

        self.calendarBanner = QFrame(HomePage)
        self.calendarBanner.setObjectName(u"calendarBanner")
        self.bannerLayout = QHBoxLayout(self.calendarBanner)
        self.bannerLayout.setObjectName(u"bannerLayout")
        self.bannerLayout.setContentsMargins(14, 10, 10, 10)
        self.calendarLabel = QLabel(self.calendarBanner)
        self.calendarLabel.setObjectName(u"calendarLabel")
        self.calendarLabel.setText(u"")
        self.calendarLabel.setWordWrap(True)

        self.bannerLayout.addWidget(self.calendarLabel)

        self.calendarButton = QPushButton(self.calendarBanner)
        self.calendarButton.setObjectName(u"calendarButton")

        self.bannerLayout.addWidget(self.calendarButton)

        self.bannerLayout.setStretch(0, 1)

        self.homeLayout.addWidget(self.calendarBanner)

        self.reminderList = QListView(HomePage)
        self.reminderList.setObjectName(u"reminderList")
        self.reminderList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.reminderList.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.reminderList.setUniformItemSizes(False)

        self.homeLayout.addWidget(self.reminderList)

        self.hintLabel = QLabel(HomePage)
        self.hintLabel.setObjectName(u"hintLabel")

        self.homeLayout.addWidget(self.hintLabel)


        self.retranslateUi(HomePage)

        QMetaObject.connectSlotsByName(HomePage)
    # setupUi

    def retranslateUi(self, HomePage):
        self.calendarButton.setText(QCoreApplication.translate("HomePage", u"\u5f55\u5165\u8282\u5047\u65e5\u5b89\u6392\u2026", None))
        self.hintLabel.setText(QCoreApplication.translate("HomePage", u"\u53cc\u51fb\u4e00\u884c\uff08\u6216\u9009\u4e2d\u540e\u6309\u56de\u8f66\uff09\u53ef\u6253\u5f00\u5bf9\u5e94\u7684\u8bb0\u5f55\uff1b\u6309 F5 \u5237\u65b0\u3002", None))
        pass
    # retranslateUi

