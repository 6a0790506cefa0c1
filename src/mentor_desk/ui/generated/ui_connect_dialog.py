# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_ConnectDialog(object):
    def setupUi(self, ConnectDialog):
        if not ConnectDialog.objectName():
            ConnectDialog.setObjectName(u"ConnectDialog")
        ConnectDialog.setMinimumSize(QSize(460, 0))
        self.mainLayout = QVBoxLayout(ConnectDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(ConnectDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.mainForm = QFormLayout()
        self.mainForm.setObjectName(u"mainForm")
        self.mainForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.hostEditLabel = QLabel(ConnectDialog)
        self.hostEditLabel.setObjectName(u"hostEditLabel")

        self.mainForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.hostEditLabel)

        self.hostEdit = QLineEdit(ConnectDialog)
        self.hostEdit.setObjectName(u"hostEdit")

        self.mainForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.hostEdit)

        self.portSpinLabel = QLabel(ConnectDialog)
        self.portSpinLabel.setObjectName(u"portSpinLabel")

        self.mainForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.portSpinLabel)

        self.portSpin = QSpinBox(ConnectDialog)
        self.portSpin.setObjectName(u"portSpin")
        self.portSpin.setMinimum(1)
        self.portSpin.setMaximum(65535)
        self.portSpin.setValue(5432)

        self.mainForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.portSpin)

        self.databaseEditLabel = QLabel(ConnectDialog)
        self.databaseEditLabel.setObjectName(u"databaseEditLabel")

        self.mainForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.databaseEditLabel)

        self.databaseEdit = QLineEdit(ConnectDialog)
        self.databaseEdit.setObjectName(u"databaseEdit")

        self.mainForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.databaseEdit)

        self.userEditLabel = QLabel(ConnectDialog)
        self.userEditLabel.setObjectName(u"userEditLabel")

        self.mainForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.userEditLabel)

        self.userEdit = QLineEdit(ConnectDialog)
        self.userEdit.setObjectName(u"userEdit")

        self.mainForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.userEdit)

        self.passwordEditLabel = QLabel(ConnectDialog)
        self.passwordEditLabel.setObjectName(u"passwordEditLabel")

        self.mainForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.passwordEditLabel)

        self.passwordEdit = QLineEdit(ConnectDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.mainForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.sslComboLabel = QLabel(ConnectDialog)
        self.sslComboLabel.setObjectName(u"sslComboLabel")

        self.mainForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.sslComboLabel)

        self.sslCombo = QComboBox(ConnectDialog)
        self.sslCombo.setObjectName(u"sslCombo")

        self.mainForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.sslCombo)


        self.mainLayout.addLayout(self.mainForm)

        self.rememberCheck = QCheckBox(ConnectDialog)
        self.rememberCheck.setObjectName(u"rememberCheck")
        self.rememberCheck.setChecked(True)

        self.mainLayout.addWidget(self.rememberCheck)

        self.errorLabel = QLabel(ConnectDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ConnectDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.hostEditLabel.setBuddy(self.hostEdit)
        self.portSpinLabel.setBuddy(self.portSpin)
        self.databaseEditLabel.setBuddy(self.databaseEdit)
        self.userEditLabel.setBuddy(self.userEdit)
        self.passwordEditLabel.setBuddy(self.passwordEdit)
        self.sslComboLabel.setBuddy(self.sslCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.hostEdit, self.portSpin)
        QWidget.setTabOrder(self.portSpin, self.databaseEdit)
        QWidget.setTabOrder(self.databaseEdit, self.userEdit)
        QWidget.setTabOrder(self.userEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.sslCombo)
        QWidget.setTabOrder(self.sslCombo, self.rememberCheck)

        self.retranslateUi(ConnectDialog)

        QMetaObject.connectSlotsByName(ConnectDialog)
    # setupUi

    def retranslateUi(self, ConnectDialog):
        ConnectDialog.setWindowTitle(QCoreApplication.translate("ConnectDialog", u"\u041f\u043e\u0434\u043a\u043b\u044e\u0447\u0438\u0442\u044c\u0441\u044f \u043a \u0441\u0435\u0440\u0432\u0435\u0440\u0443", None))
        self.introLabel.setText(QCoreApplication.translate("ConnectDialog", u"\u041e\u0431\u0449\u0430\u044f \u0431\u0430\u0437\u0430 \u0448\u043a\u043e\u043b \u0440\u0430\u0439\u043e\u043d\u0430 \u043d\u0430 \u0441\u0435\u0440\u0432\u0435\u0440\u0435 PostgreSQL. \u0410\u0434\u0440\u0435\u0441, \u0431\u0430\u0437\u0443 \u0438 \u043b\u043e\u0433\u0438\u043d \u0441\u043e\u043e\u0431\u0449\u0430\u0435\u0442 \u0430\u0434\u043c\u0438\u043d\u0438\u0441\u0442\u0440\u0430\u0442\u043e\u0440 \u0440\u0430\u0439\u043e\u043d\u0430. \u041f\u0430\u0440\u043e\u043b\u044c \u0445\u0440\u0430\u043d\u0438\u0442\u0441\u044f \u0432 \u0441\u0438\u0441\u0442\u0435\u043c\u043d\u043e\u043c \u0445\u0440\u0430\u043d\u0438\u043b\u0438\u0449\u0435 \u043f\u0430\u0440\u043e\u043b\u0435\u0439, \u0430 \u043d\u0435 \u0432 \u043d\u0430\u0441\u0442\u0440\u043e\u0439\u043a\u0430\u0445 \u043f\u0440\u043e\u0433\u0440\u0430\u043c\u043c\u044b.", None))
        self.hostEditLabel.setText(QCoreApplication.translate("ConnectDialog", u"\u0421\u0435\u0440\u0432\u0435\u0440", None))
        self.hostEdit.setPlaceholderText(QCoreApplication.translate("ConnectDialog", u"\u043d\u0430\u043f\u0440\u0438\u043c\u0435\u0440, server.rono.local", None))
        self.portSpinLabel.setText(QCoreApplication.translate("ConnectDialog", u"\u041f\u043e\u0440\u0442", None))
        self.databaseEditLabel.setText(QCoreApplication.translate("ConnectDialog", u"\u0411\u0430\u0437\u0430 \u0434\u0430\u043d\u043d\u044b\u0445", None))
        self.databaseEdit.setPlaceholderText(QCoreApplication.translate("ConnectDialog", u"\u043d\u0430\u043f\u0440\u0438\u043c\u0435\u0440, mentor", None))
        self.userEditLabel.setText(QCoreApplication.translate("ConnectDialog", u"\u041b\u043e\u0433\u0438\u043d", None))
        self.userEdit.setPlaceholderText(QCoreApplication.translate("ConnectDialog", u"\u0432\u044b\u0434\u0430\u0451\u0442 \u0430\u0434\u043c\u0438\u043d\u0438\u0441\u0442\u0440\u0430\u0442\u043e\u0440 \u0440\u0430\u0439\u043e\u043d\u0430", None))
        self.passwordEditLabel.setText(QCoreApplication.translate("ConnectDialog", u"\u041f\u0430\u0440\u043e\u043b\u044c", None))
        self.sslComboLabel.setText(QCoreApplication.translate("ConnectDialog", u"\u0417\u0430\u0449\u0438\u0442\u0430 (SSL)", None))
        self.rememberCheck.setText(QCoreApplication.translate("ConnectDialog", u"\u0417\u0430\u043f\u043e\u043c\u043d\u0438\u0442\u044c \u043f\u0430\u0440\u043e\u043b\u044c \u0432 \u0441\u0438\u0441\u0442\u0435\u043c\u043d\u043e\u043c \u0445\u0440\u0430\u043d\u0438\u043b\u0438\u0449\u0435 \u043f\u0430\u0440\u043e\u043b\u0435\u0439", None))
        self.errorLabel.setStyleSheet(QCoreApplication.translate("ConnectDialog", u"color: #b00020;", None))
        self.errorLabel.setText("")
    # retranslateUi

