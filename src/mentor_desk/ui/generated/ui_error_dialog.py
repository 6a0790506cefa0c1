# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ErrorDialog(object):
    def setupUi(self, ErrorDialog):
        if not ErrorDialog.objectName():
            ErrorDialog.setObjectName(u"ErrorDialog")
        ErrorDialog.setMinimumSize(QSize(640, 420))
        self.mainLayout = QVBoxLayout(ErrorDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.messageLabel = QLabel(ErrorDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.messageLabel)

        self.detailsEdit = QPlainTextEdit(ErrorDialog)
        self.detailsEdit.setObjectName(u"detailsEdit")
        self.detailsEdit.setTabChangesFocus(True)
        self.detailsEdit.setReadOnly(True)

        self.mainLayout.addWidget(self.detailsEdit)

        self.errorButtons = QWidget(ErrorDialog)
        self.errorButtons.setObjectName(u"errorButtons")
        self.errorButtonsLayout = QHBoxLayout(self.errorButtons)
        self.errorButtonsLayout.setObjectName(u"errorButtonsLayout")
        self.errorButtonsLayout.setContentsMargins(0, 0, 0, 0)
        self.copyButton = QPushButton(self.errorButtons)
        self.copyButton.setObjectName(u"copyButton")

        self.errorButtonsLayout.addWidget(self.copyButton)

        self.logButton = QPushButton(self.errorButtons)
        self.logButton.setObjectName(u"logButton")

        self.errorButtonsLayout.addWidget(self.logButton)

        self.errorButtonsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.errorButtonsLayout.addItem(self.errorButtonsSpacer)


        self.mainLayout.addWidget(self.errorButtons)

        self.buttonBox = QDialogButtonBox(ErrorDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(ErrorDialog)

        QMetaObject.connectSlotsByName(ErrorDialog)
    # setupUi

    def retranslateUi(self, ErrorDialog):
        ErrorDialog.setWindowTitle(QCoreApplication.translate("ErrorDialog", u"\u041d\u0435\u043f\u0440\u0435\u0434\u0432\u0438\u0434\u0435\u043d\u043d\u0430\u044f \u043e\u0448\u0438\u0431\u043a\u0430", None))
        self.copyButton.setText(QCoreApplication.translate("ErrorDialog", u"\u041a\u043e\u043f\u0438\u0440\u043e\u0432\u0430\u0442\u044c \u043f\u043e\u0434\u0440\u043e\u0431\u043d\u043e\u0441\u0442\u0438", None))
        self.logButton.setText(QCoreApplication.translate("ErrorDialog", u"\u041e\u0442\u043a\u0440\u044b\u0442\u044c \u043f\u0430\u043f\u043a\u0443 \u0436\u0443\u0440\u043d\u0430\u043b\u0430", None))
    # retranslateUi

