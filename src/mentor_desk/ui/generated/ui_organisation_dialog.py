# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_OrganisationDialog(object):
    def setupUi(self, OrganisationDialog):
        if not OrganisationDialog.objectName():
            OrganisationDialog.setObjectName(u"OrganisationDialog")
        OrganisationDialog.setMinimumSize(QSize(660, 0))
        self.mainLayout = QVBoxLayout(OrganisationDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainForm = QFormLayout()
        self.mainForm.setObjectName(u"mainForm")
        self.mainForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fullNameEditLabel = QLabel(OrganisationDialog)
        self.fullNameEditLabel.setObjectName(u"fullNameEditLabel")

        self.mainForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fullNameEditLabel)

        self.fullNameEdit = QPlainTextEdit(OrganisationDialog)
        self.fullNameEdit.setObjectName(u"fullNameEdit")
        self.fullNameEdit.setTabChangesFocus(True)
        self.fullNameEdit.setMaximumSize(QSize(16777215, 60))

        self.mainForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fullNameEdit)

        self.shortNameEditLabel = QLabel(OrganisationDialog)
        self.shortNameEditLabel.setObjectName(u"shortNameEditLabel")

        self.mainForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.shortNameEditLabel)

        self.shortNameEdit = QLineEdit(OrganisationDialog)
        self.shortNameEdit.setObjectName(u"shortNameEdit")

        self.mainForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.shortNameEdit)

        self.directorNameEditLabel = QLabel(OrganisationDialog)
        self.directorNameEditLabel.setObjectName(u"directorNameEditLabel")

        self.mainForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.directorNameEditLabel)

        self.directorNameEdit = QLineEdit(OrganisationDialog)
        self.directorNameEdit.setObjectName(u"directorNameEdit")

        self.mainForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.directorNameEdit)

        self.directorPositionEditLabel = QLabel(OrganisationDialog)
        self.directorPositionEditLabel.setObjectName(u"directorPositionEditLabel")

        self.mainForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.directorPositionEditLabel)

        self.directorPositionEdit = QLineEdit(OrganisationDialog)
        self.directorPositionEdit.setObjectName(u"directorPositionEdit")

        self.mainForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.directorPositionEdit)

        self.coordinatorNameEditLabel = QLabel(OrganisationDialog)
        self.coordinatorNameEditLabel.setObjectName(u"coordinatorNameEditLabel")

        self.mainForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.coordinatorNameEditLabel)

        self.coordinatorNameEdit = QLineEdit(OrganisationDialog)
        self.coordinatorNameEdit.setObjectName(u"coordinatorNameEdit")

        self.mainForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.coordinatorNameEdit)

        self.coordinatorPositionEditLabel = QLabel(OrganisationDialog)
        self.coordinatorPositionEditLabel.setObjectName(u"coordinatorPositionEditLabel")

        self.mainForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.coordinatorPositionEditLabel)

        self.coordinatorPositionEdit = QLineEdit(OrganisationDialog)
        self.coordinatorPositionEdit.setObjectName(u"coordinatorPositionEdit")

        self.mainForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.coordinatorPositionEdit)

        self.addressEditLabel = QLabel(OrganisationDialog)
        self.addressEditLabel.setObjectName(u"addressEditLabel")

        self.mainForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.addressEditLabel)

        self.addressEdit = QLineEdit(OrganisationDialog)
        self.addressEdit.setObjectName(u"addressEdit")

        self.mainForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.municipalityEditLabel = QLabel(OrganisationDialog)
        self.municipalityEditLabel.setObjectName(u"municipalityEditLabel")

        self.mainForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.municipalityEditLabel)

        self.municipalityEdit = QLineEdit(OrganisationDialog)
        self.municipalityEdit.setObjectName(u"municipalityEdit")

        self.mainForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.municipalityEdit)

        self.schoolYearComboLabel = QLabel(OrganisationDialog)
        self.schoolYearComboLabel.setObjectName(u"schoolYearComboLabel")

        self.mainForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.schoolYearComboLabel)

        self.schoolYearCombo = QComboBox(OrganisationDialog)
        self.schoolYearCombo.setObjectName(u"schoolYearCombo")
        self.schoolYearCombo.setEditable(True)

        self.mainForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.schoolYearCombo)


        self.mainLayout.addLayout(self.mainForm)

        self.errorLabel = QLabel(OrganisationDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(OrganisationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.fullNameEditLabel.setBuddy(self.fullNameEdit)
        self.shortNameEditLabel.setBuddy(self.shortNameEdit)
        self.directorNameEditLabel.setBuddy(self.directorNameEdit)
        self.directorPositionEditLabel.setBuddy(self.directorPositionEdit)
        self.coordinatorNameEditLabel.setBuddy(self.coordinatorNameEdit)
        self.coordinatorPositionEditLabel.setBuddy(self.coordinatorPositionEdit)
        self.addressEditLabel.setBuddy(self.addressEdit)
        self.municipalityEditLabel.setBuddy(self.municipalityEdit)
        self.schoolYearComboLabel.setBuddy(self.schoolYearCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OrganisationDialog)

        QMetaObject.connectSlotsByName(OrganisationDialog)
    # setupUi

    def retranslateUi(self, OrganisationDialog):
        OrganisationDialog.setWindowTitle(QCoreApplication.translate("OrganisationDialog", u"\u0420\u0435\u043a\u0432\u0438\u0437\u0438\u0442\u044b \u0448\u043a\u043e\u043b\u044b", None))
        self.fullNameEditLabel.setText(QCoreApplication.translate("OrganisationDialog", u"\u041f\u043e\u043b\u043d\u043e\u0435 \u043d\u0430\u0438\u043c\u0435\u043d\u043e\u0432\u0430\u043d\u0438\u0435 *", None))
        self.shortNameEditLabel.setText(QCoreApplication.translate("OrganisationDialog", u"\u041a\u0440\u0430\u0442\u043a\u043e\u0435 \u043d\u0430\u0438\u043c\u0435\u043d\u043e\u0432\u0430\u043d\u0438\u0435 *", None))
        self.directorNameEditLabel.setText(QCoreApplication.translate("OrganisationDialog", u"\u0420\u0443\u043a\u043e\u0432\u043e\u0434\u0438\u0442\u0435\u043b\u044c (\u0424\u0418\u041e)", None))
        self.directorPositionEditLabel.setText(QCoreApplication.translate("OrganisationDialog", u"\u0414\u043e\u043b\u0436\u043d\u043e\u0441\u0442\u044c \u0440\u0443\u043a\u043e\u0432\u043e\u0434\u0438\u0442\u0435\u043b\u044f", None))
        self.coordinatorNameEditLabel.setText(QCoreApplication.translate("OrganisationDialog", u"\u041a\u0443\u0440\u0430\u0442\u043e\u0440 \u043d\u0430\u0441\u0442\u0430\u0432\u043d\u0438\u0447\u0435\u0441\u0442\u0432\u0430 (\u0424\u0418\u041e)", None))
        self.coordinatorPositionEditLabel.setText(QCoreApplication.translate("OrganisationDialog", u"\u0414\u043e\u043b\u0436\u043d\u043e\u0441\u0442\u044c \u043a\u0443\u0440\u0430\u0442\u043e\u0440\u0430", None))
        self.addressEditLabel.setText(QCoreApplication.translate("OrganisationDialog", u"\u0410\u0434\u0440\u0435\u0441", None))
        self.municipalityEditLabel.setText(QCoreApplication.translate("OrganisationDialog", u"\u041c\u0443\u043d\u0438\u0446\u0438\u043f\u0430\u043b\u0438\u0442\u0435\u0442", None))
        self.schoolYearComboLabel.setText(QCoreApplication.translate("OrganisationDialog", u"\u0422\u0435\u043a\u0443\u0449\u0438\u0439 \u0443\u0447\u0435\u0431\u043d\u044b\u0439 \u0433\u043e\u0434", None))
        self.errorLabel.setStyleSheet(QCoreApplication.translate("OrganisationDialog", u"color: #b00020;", None))
        self.errorLabel.setText("")
    # retranslateUi

