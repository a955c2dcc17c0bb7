# Generated from ui/main_window.ui by gkdesk.gui.compile_forms — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QMainWindow, QMenu,
    QMenuBar, QPushButton, QSizePolicy, QStackedWidget,
    QStatusBar, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1180, 760)
        self.actionBackup = QAction(MainWindow)
        self.actionBackup.setObjectName(u"actionBackup")
#if QT_CONFIG(shortcut)
        self.actionBackup.setShortcut(u"Ctrl+B")
#endif // QT_CONFIG(shortcut)
        self.actionBackupTo = QAction(MainWindow)
        self.actionBackupTo.setObjectName(u"actionBackupTo")
        self.actionHelp = QAction(MainWindow)
        self.actionHelp.setObjectName(u"actionHelp")
#if QT_CONFIG(shortcut)
        self.actionHelp.setShortcut(u"F1")
#endif // QT_CONFIG(shortcut)
        self.actionRestore = QAction(MainWindow)
        self.actionRestore.setObjectName(u"actionRestore")
        self.actionOpenFolder = QAction(MainWindow)
        self.actionOpenFolder.setObjectName(u"actionOpenFolder")
        self.actionSettings = QAction(MainWindow)
        self.actionSettings.setObjectName(u"actionSettings")
#if QT_CONFIG(shortcut)
        self.actionSettings.setShortcut(u"Ctrl+,")
#endif // QT_CONFIG(shortcut)
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(u"Ctrl+Q")
#endif // QT_CONFIG(shortcut)
        self.actionRefresh = QAction(MainWindow)
        self.actionRefresh.setObjectName(u"actionRefresh")
#if QT_CONFIG(shortcut)
        self.actionRefresh.setShortcut(u"F5")
#endif // QT_CONFIG(shortcut)
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.centralwidget = QWidget(MainWindow)
        self.centralwidget.setObjectName(u"centralwidget")
        self.centralLayout = QHBoxLayout(self.centralwidget)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.navPanel = QFrame(self.centralwidget)
        self.navPanel.setObjectName(u"navPanel")
        self.navPanel.setMinimumSize(QSize(190, 0))
        self.navPanel.setMaximumSize(QSize(190, 16777215))
        self.navLayout = QVBoxLayout(self.navPanel)
        self.navLayout.setSpacing(6)
        self.navLayout.setObjectName(u"navLayout")
        self.navLayout.setContentsMargins(10, 14, 10, 12)
        self.unitLabel = QLabel(self.navPanel)
        self.unitLabel.setObjectName(u"unitLabel")
        self.unitLabel.setText(u"\u4e1c\u98ce\u9547")
        self.unitLabel.setWordWrap(True)

        self.navLayout.addWidget(self.unitLabel)

        self.appLabel = QLabel(self.navPanel)
        self.appLabel.setObjectName(u"appLabel")

        self.navLayout.addWidget(self.appLabel)

        self.navList = QListWidget(self.navPanel)
        self.navList.setObjectName(u"navList")
        self.navList.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.navList.setFrameShape(QFrame.Shape.NoFrame)
        self.navList.setIconSize(QSize(22, 22))

        self.navLayout.addWidget(self.navList)

        self.settingsButton = QPushButton(self.navPanel)
        self.settingsButton.setObjectName(u"settingsButton")

        self.navLayout.addWidget(self.settingsButton)


        self.centralLayout.addWidget(self.navPanel)

        self.pageStack = QStackedWidget(self.centralwidget)
        self.pageStack.setObjectName(u"pageStack")

        self.centralLayout.addWidget(self.pageStack)

        MainWindow.setCentralWidget(self.centralwidget)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.menuFile = QMenu(self.menubar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuView = QMenu(self.menubar)
        self.menuView.setObjectName(u"menuView")
        self.menuHelp = QMenu(self.menubar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menubar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)

        self.menubar.addAction(self.menuFile.menuAction())
        self.menubar.addAction(self.menuView.menuAction())
        self.menubar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionBackup)
        self.menuFile.addAction(self.actionBackupTo)
        self.menuFile.addAction(self.actionRestore)
        self.menuFile.addAction(self.actionOpenFolder)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionSettings)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuView.addAction(self.actionRefresh)
        self.menuView.addSeparator()
        self.menuHelp.addAction(self.actionHelp)
        self.menuHelp.addSeparator()
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"\u57fa\u5c42\u653f\u52a1\u516c\u5f00\u5de5\u4f5c\u53f0", None))
        self.actionBackup.setText(QCoreApplication.translate("MainWindow", u"\u7acb\u5373\u5907\u4efd(&B)", None))
        self.actionBackupTo.setText(QCoreApplication.translate("MainWindow", u"\u5907\u4efd\u5230U\u76d8(&U)\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionBackupTo.setToolTip(QCoreApplication.translate("MainWindow", u"\u628a\u5168\u90e8\u6570\u636e\u53e6\u5b58\u4e00\u4efd\u5230U\u76d8\u6216\u5176\u4ed6\u4f4d\u7f6e", None))
#endif // QT_CONFIG(tooltip)
        self.actionHelp.setText(QCoreApplication.translate("MainWindow", u"\u4f7f\u7528\u8bf4\u660e(&H)", None))
        self.actionRestore.setText(QCoreApplication.translate("MainWindow", u"\u4ece\u5907\u4efd\u6062\u590d(&R)\u2026", None))
        self.actionOpenFolder.setText(QCoreApplication.translate("MainWindow", u"\u6253\u5f00\u6570\u636e\u6587\u4ef6\u5939(&O)", None))
        self.actionSettings.setText(QCoreApplication.translate("MainWindow", u"\u8bbe\u7f6e(&S)\u2026", None))
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"\u9000\u51fa(&X)", None))
        self.actionRefresh.setText(QCoreApplication.translate("MainWindow", u"\u5237\u65b0(&R)", None))
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"\u5173\u4e8e(&A)", None))
        self.appLabel.setText(QCoreApplication.translate("MainWindow", u"\u653f\u52a1\u516c\u5f00\u5de5\u4f5c\u53f0", None))
        self.settingsButton.setText(QCoreApplication.translate("MainWindow", u"\u8bbe\u7f6e", None))
#if QT_CONFIG(tooltip)
        self.settingsButton.setToolTip(QCoreApplication.translate("MainWindow", u"\u672c\u5355\u4f4d\u3001\u6751\u548c\u6751\u6c11\u5c0f\u7ec4\u3001\u4fe1\u606f\u906e\u6321\u3001\u5de5\u4f5c\u65e5\u5386", None))
#endif // QT_CONFIG(tooltip)
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"\u6587\u4ef6(&F)", None))
        self.menuView.setTitle(QCoreApplication.translate("MainWindow", u"\u67e5\u770b(&V)", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"\u5e2e\u52a9(&H)", None))
    # retranslateUi

