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
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_MeetingDialog(object):
    def setupUi(self, MeetingDialog):
        if not MeetingDialog.objectName():
            MeetingDialog.setObjectName(u"MeetingDialog")
        MeetingDialog.setMinimumSize(QSize(480, 0))
        self.mainLayout = QVBoxLayout(MeetingDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainForm = QFormLayout()
        self.mainForm.setObjectName(u"mainForm")
        self.mainForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.heldOnEditLabel = QLabel(MeetingDialog)
        self.heldOnEditLabel.setObjectName(u"heldOnEditLabel")

        self.mainForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.heldOnEditLabel)

        self.heldOnEdit = QDateEdit(MeetingDialog)
        self.heldOnEdit.setObjectName(u"heldOnEdit")
        self.heldOnEdit.setCalendarPopup(True)

        self.mainForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.heldOnEdit)

        self.topicEditLabel = QLabel(MeetingDialog)
        self.topicEditLabel.setObjectName(u"topicEditLabel")

        self.mainForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.topicEditLabel)

        self.topicEdit = QLineEdit(MeetingDialog)
        self.topicEdit.setObjectName(u"topicEdit")

        self.mainForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.topicEdit)

        self.formComboLabel = QLabel(MeetingDialog)
        self.formComboLabel.setObjectName(u"formComboLabel")

        self.mainForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.formComboLabel)

        self.formCombo = QComboBox(MeetingDialog)
        self.formCombo.setObjectName(u"formCombo")
        self.formCombo.setEditable(True)

        self.mainForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.formCombo)

        self.durationSpinLabel = QLabel(MeetingDialog)
        self.durationSpinLabel.setObjectName(u"durationSpinLabel")

        self.mainForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.durationSpinLabel)

        self.durationSpin = QSpinBox(MeetingDialog)
        self.durationSpin.setObjectName(u"durationSpin")
        self.durationSpin.setMinimum(1)
        self.durationSpin.setMaximum(600)
        self.durationSpin.setValue(45)

        self.mainForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.durationSpin)

        self.doneEditLabel = QLabel(MeetingDialog)
        self.doneEditLabel.setObjectName(u"doneEditLabel")

        self.mainForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.doneEditLabel)

        self.doneEdit = QPlainTextEdit(MeetingDialog)
        self.doneEdit.setObjectName(u"doneEdit")
        self.doneEdit.setTabChangesFocus(True)

        self.mainForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.doneEdit)

        self.nextStepsEditLabel = QLabel(MeetingDialog)
        self.nextStepsEditLabel.setObjectName(u"nextStepsEditLabel")

        self.mainForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.nextStepsEditLabel)

        self.nextStepsEdit = QPlainTextEdit(MeetingDialog)
        self.nextStepsEdit.setObjectName(u"nextStepsEdit")
        self.nextStepsEdit.setTabChangesFocus(True)

        self.mainForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.nextStepsEdit)


        self.mainLayout.addLayout(self.mainForm)

        self.errorLabel = QLabel(MeetingDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(MeetingDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.heldOnEditLabel.setBuddy(self.heldOnEdit)
        self.topicEditLabel.setBuddy(self.topicEdit)
        self.formComboLabel.setBuddy(self.formCombo)
        self.durationSpinLabel.setBuddy(self.durationSpin)
        self.doneEditLabel.setBuddy(self.doneEdit)
        self.nextStepsEditLabel.setBuddy(self.nextStepsEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MeetingDialog)

        QMetaObject.connectSlotsByName(MeetingDialog)
    # setupUi

    def retranslateUi(self, MeetingDialog):
        MeetingDialog.setWindowTitle(QCoreApplication.translate("MeetingDialog", u"\u0412\u0441\u0442\u0440\u0435\u0447\u0430", None))
        self.heldOnEditLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u0414\u0430\u0442\u0430", None))
        self.heldOnEdit.setDisplayFormat(QCoreApplication.translate("MeetingDialog", u"dd.MM.yyyy", None))
        self.topicEditLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u0422\u0435\u043c\u0430 *", None))
        self.formComboLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u0424\u043e\u0440\u043c\u0430", None))
        self.durationSpinLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u0414\u043b\u0438\u0442\u0435\u043b\u044c\u043d\u043e\u0441\u0442\u044c, \u043c\u0438\u043d", None))
        self.doneEditLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u0427\u0442\u043e \u0441\u0434\u0435\u043b\u0430\u043d\u043e", None))
        self.nextStepsEditLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u0421\u043b\u0435\u0434\u0443\u044e\u0449\u0438\u0435 \u0448\u0430\u0433\u0438", None))
        self.errorLabel.setStyleSheet(QCoreApplication.translate("MeetingDialog", u"color: #b00020;", None))
        self.errorLabel.setText("")
    # retranslateUi

