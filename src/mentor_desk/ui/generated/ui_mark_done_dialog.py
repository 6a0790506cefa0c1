# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_MarkDoneDialog(object):
    def setupUi(self, MarkDoneDialog):
        if not MarkDoneDialog.objectName():
            MarkDoneDialog.setObjectName(u"MarkDoneDialog")
        MarkDoneDialog.setMinimumSize(QSize(440, 0))
        self.mainLayout = QVBoxLayout(MarkDoneDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.activityLabel = QLabel(MarkDoneDialog)
        self.activityLabel.setObjectName(u"activityLabel")
        self.activityLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.activityLabel)

        self.mainForm = QFormLayout()
        self.mainForm.setObjectName(u"mainForm")
        self.mainForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.doneOnEditLabel = QLabel(MarkDoneDialog)
        self.doneOnEditLabel.setObjectName(u"doneOnEditLabel")

        self.mainForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.doneOnEditLabel)

        self.doneOnEdit = QDateEdit(MarkDoneDialog)
        self.doneOnEdit.setObjectName(u"doneOnEdit")
        self.doneOnEdit.setCalendarPopup(True)

        self.mainForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.doneOnEdit)

        self.markEditLabel = QLabel(MarkDoneDialog)
        self.markEditLabel.setObjectName(u"markEditLabel")

        self.mainForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.markEditLabel)

        self.markEdit = QLineEdit(MarkDoneDialog)
        self.markEdit.setObjectName(u"markEdit")

        self.mainForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.markEdit)


        self.mainLayout.addLayout(self.mainForm)

        self.errorLabel = QLabel(MarkDoneDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(MarkDoneDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.doneOnEditLabel.setBuddy(self.doneOnEdit)
        self.markEditLabel.setBuddy(self.markEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MarkDoneDialog)

        QMetaObject.connectSlotsByName(MarkDoneDialog)
    # setupUi

    def retranslateUi(self, MarkDoneDialog):
        MarkDoneDialog.setWindowTitle(QCoreApplication.translate("MarkDoneDialog", u"\u041e\u0442\u043c\u0435\u0442\u0438\u0442\u044c \u0432\u044b\u043f\u043e\u043b\u043d\u0435\u043d\u0438\u0435", None))
        self.doneOnEditLabel.setText(QCoreApplication.translate("MarkDoneDialog", u"\u0414\u0430\u0442\u0430 \u0432\u044b\u043f\u043e\u043b\u043d\u0435\u043d\u0438\u044f", None))
        self.doneOnEdit.setDisplayFormat(QCoreApplication.translate("MarkDoneDialog", u"dd.MM.yyyy", None))
        self.markEditLabel.setText(QCoreApplication.translate("MarkDoneDialog", u"\u041e\u0442\u043c\u0435\u0442\u043a\u0430", None))
        self.markEdit.setPlaceholderText(QCoreApplication.translate("MarkDoneDialog", u"\u043d\u0430\u043f\u0440\u0438\u043c\u0435\u0440, \u043f\u0440\u0435\u0434\u0441\u0442\u0430\u0432\u043b\u0435\u043d\u043e \u043d\u0430 \u0428\u041c\u041e", None))
        self.errorLabel.setStyleSheet(QCoreApplication.translate("MarkDoneDialog", u"color: #b00020;", None))
        self.errorLabel.setText("")
    # retranslateUi

