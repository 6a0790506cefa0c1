# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_ClosePairDialog(object):
    def setupUi(self, ClosePairDialog):
        if not ClosePairDialog.objectName():
            ClosePairDialog.setObjectName(u"ClosePairDialog")
        ClosePairDialog.setMinimumSize(QSize(480, 0))
        self.mainLayout = QVBoxLayout(ClosePairDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.pairLabel = QLabel(ClosePairDialog)
        self.pairLabel.setObjectName(u"pairLabel")
        self.pairLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.pairLabel)

        self.mainForm = QFormLayout()
        self.mainForm.setObjectName(u"mainForm")
        self.mainForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.statusComboLabel = QLabel(ClosePairDialog)
        self.statusComboLabel.setObjectName(u"statusComboLabel")

        self.mainForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.statusComboLabel)

        self.statusCombo = QComboBox(ClosePairDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.mainForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.endDateEditLabel = QLabel(ClosePairDialog)
        self.endDateEditLabel.setObjectName(u"endDateEditLabel")

        self.mainForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.endDateEditLabel)

        self.endDateEdit = QDateEdit(ClosePairDialog)
        self.endDateEdit.setObjectName(u"endDateEdit")
        self.endDateEdit.setCalendarPopup(True)

        self.mainForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.endDateEdit)

        self.reasonEditLabel = QLabel(ClosePairDialog)
        self.reasonEditLabel.setObjectName(u"reasonEditLabel")

        self.mainForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reasonEditLabel)

        self.reasonEdit = QLineEdit(ClosePairDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.mainForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.resultEditLabel = QLabel(ClosePairDialog)
        self.resultEditLabel.setObjectName(u"resultEditLabel")

        self.mainForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.resultEditLabel)

        self.resultEdit = QPlainTextEdit(ClosePairDialog)
        self.resultEdit.setObjectName(u"resultEdit")
        self.resultEdit.setTabChangesFocus(True)

        self.mainForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.resultEdit)


        self.mainLayout.addLayout(self.mainForm)

        self.errorLabel = QLabel(ClosePairDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ClosePairDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.statusComboLabel.setBuddy(self.statusCombo)
        self.endDateEditLabel.setBuddy(self.endDateEdit)
        self.reasonEditLabel.setBuddy(self.reasonEdit)
        self.resultEditLabel.setBuddy(self.resultEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ClosePairDialog)

        QMetaObject.connectSlotsByName(ClosePairDialog)
    # setupUi

    def retranslateUi(self, ClosePairDialog):
        ClosePairDialog.setWindowTitle(QCoreApplication.translate("ClosePairDialog", u"\u0417\u0430\u043a\u0440\u044b\u0442\u044c \u043f\u0430\u0440\u0443", None))
        self.statusComboLabel.setText(QCoreApplication.translate("ClosePairDialog", u"\u0418\u0442\u043e\u0433", None))
        self.endDateEditLabel.setText(QCoreApplication.translate("ClosePairDialog", u"\u0414\u0430\u0442\u0430 \u043e\u043a\u043e\u043d\u0447\u0430\u043d\u0438\u044f", None))
        self.endDateEdit.setDisplayFormat(QCoreApplication.translate("ClosePairDialog", u"dd.MM.yyyy", None))
        self.reasonEditLabel.setText(QCoreApplication.translate("ClosePairDialog", u"\u041f\u0440\u0438\u0447\u0438\u043d\u0430", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("ClosePairDialog", u"\u043e\u0431\u044f\u0437\u0430\u0442\u0435\u043b\u044c\u043d\u043e, \u0435\u0441\u043b\u0438 \u043f\u0430\u0440\u0430 \u043f\u0440\u0435\u0440\u0432\u0430\u043d\u0430", None))
        self.resultEditLabel.setText(QCoreApplication.translate("ClosePairDialog", u"\u0420\u0435\u0437\u0443\u043b\u044c\u0442\u0430\u0442", None))
        self.errorLabel.setStyleSheet(QCoreApplication.translate("ClosePairDialog", u"color: #b00020;", None))
        self.errorLabel.setText("")
    # retranslateUi

