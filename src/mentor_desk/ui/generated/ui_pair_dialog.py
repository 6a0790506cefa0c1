# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QListView,
    QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_PairDialog(object):
    def setupUi(self, PairDialog):
        if not PairDialog.objectName():
            PairDialog.setObjectName(u"PairDialog")
        PairDialog.setMinimumSize(QSize(620, 0))
        self.mainLayout = QVBoxLayout(PairDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainForm = QFormLayout()
        self.mainForm.setObjectName(u"mainForm")
        self.mainForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formComboLabel = QLabel(PairDialog)
        self.formComboLabel.setObjectName(u"formComboLabel")

        self.mainForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.formComboLabel)

        self.formCombo = QComboBox(PairDialog)
        self.formCombo.setObjectName(u"formCombo")

        self.mainForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.formCombo)

        self.programmeComboLabel = QLabel(PairDialog)
        self.programmeComboLabel.setObjectName(u"programmeComboLabel")

        self.mainForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.programmeComboLabel)

        self.programmeCombo = QComboBox(PairDialog)
        self.programmeCombo.setObjectName(u"programmeCombo")

        self.mainForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.programmeCombo)

        self.typeComboLabel = QLabel(PairDialog)
        self.typeComboLabel.setObjectName(u"typeComboLabel")

        self.mainForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.typeComboLabel)

        self.typeCombo = QComboBox(PairDialog)
        self.typeCombo.setObjectName(u"typeCombo")

        self.mainForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.typeCombo)

        self.roleModelComboLabel = QLabel(PairDialog)
        self.roleModelComboLabel.setObjectName(u"roleModelComboLabel")

        self.mainForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.roleModelComboLabel)

        self.roleModelCombo = QComboBox(PairDialog)
        self.roleModelCombo.setObjectName(u"roleModelCombo")

        self.mainForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.roleModelCombo)

        self.mentorComboLabel = QLabel(PairDialog)
        self.mentorComboLabel.setObjectName(u"mentorComboLabel")

        self.mainForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.mentorComboLabel)

        self.mentorCombo = QComboBox(PairDialog)
        self.mentorCombo.setObjectName(u"mentorCombo")

        self.mainForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.mentorCombo)

        self.loadLabelLabel = QLabel(PairDialog)
        self.loadLabelLabel.setObjectName(u"loadLabelLabel")

        self.mainForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.loadLabelLabel)

        self.loadLabel = QLabel(PairDialog)
        self.loadLabel.setObjectName(u"loadLabel")

        self.mainForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.loadLabel)

        self.menteeFilterEditLabel = QLabel(PairDialog)
        self.menteeFilterEditLabel.setObjectName(u"menteeFilterEditLabel")

        self.mainForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.menteeFilterEditLabel)

        self.menteeFilterEdit = QLineEdit(PairDialog)
        self.menteeFilterEdit.setObjectName(u"menteeFilterEdit")

        self.mainForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.menteeFilterEdit)

        self.menteeList = QListView(PairDialog)
        self.menteeList.setObjectName(u"menteeList")
        self.menteeList.setMinimumSize(QSize(0, 150))
        self.menteeList.setUniformItemSizes(True)

        self.mainForm.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.menteeList)

        self.selectedLabelLabel = QLabel(PairDialog)
        self.selectedLabelLabel.setObjectName(u"selectedLabelLabel")

        self.mainForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.selectedLabelLabel)

        self.selectedLabel = QLabel(PairDialog)
        self.selectedLabel.setObjectName(u"selectedLabel")

        self.mainForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.selectedLabel)

        self.startDateEditLabel = QLabel(PairDialog)
        self.startDateEditLabel.setObjectName(u"startDateEditLabel")

        self.mainForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.startDateEditLabel)

        self.startDateEdit = QDateEdit(PairDialog)
        self.startDateEdit.setObjectName(u"startDateEdit")
        self.startDateEdit.setCalendarPopup(True)

        self.mainForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.startDateEdit)

        self.endBoxLabel = QLabel(PairDialog)
        self.endBoxLabel.setObjectName(u"endBoxLabel")

        self.mainForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.endBoxLabel)

        self.endBox = QWidget(PairDialog)
        self.endBox.setObjectName(u"endBox")
        self.endBoxLayout = QHBoxLayout(self.endBox)
        self.endBoxLayout.setObjectName(u"endBoxLayout")
        self.endBoxLayout.setContentsMargins(0, 0, 0, 0)
        self.endCheck = QCheckBox(self.endBox)
        self.endCheck.setObjectName(u"endCheck")

        self.endBoxLayout.addWidget(self.endCheck)

        self.endDateEdit = QDateEdit(self.endBox)
        self.endDateEdit.setObjectName(u"endDateEdit")
        self.endDateEdit.setCalendarPopup(True)

        self.endBoxLayout.addWidget(self.endDateEdit)

        self.endBoxSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.endBoxLayout.addItem(self.endBoxSpacer)


        self.mainForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.endBox)

        self.statusComboLabel = QLabel(PairDialog)
        self.statusComboLabel.setObjectName(u"statusComboLabel")

        self.mainForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.statusComboLabel)

        self.statusCombo = QComboBox(PairDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.mainForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.schoolYearComboLabel = QLabel(PairDialog)
        self.schoolYearComboLabel.setObjectName(u"schoolYearComboLabel")

        self.mainForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.schoolYearComboLabel)

        self.schoolYearCombo = QComboBox(PairDialog)
        self.schoolYearCombo.setObjectName(u"schoolYearCombo")
        self.schoolYearCombo.setEditable(True)

        self.mainForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.schoolYearCombo)

        self.goalEditLabel = QLabel(PairDialog)
        self.goalEditLabel.setObjectName(u"goalEditLabel")

        self.mainForm.setWidget(13, QFormLayout.ItemRole.LabelRole, self.goalEditLabel)

        self.goalEdit = QPlainTextEdit(PairDialog)
        self.goalEdit.setObjectName(u"goalEdit")
        self.goalEdit.setTabChangesFocus(True)
        self.goalEdit.setMaximumSize(QSize(16777215, 60))

        self.mainForm.setWidget(13, QFormLayout.ItemRole.FieldRole, self.goalEdit)

        self.consentBoxLabel = QLabel(PairDialog)
        self.consentBoxLabel.setObjectName(u"consentBoxLabel")

        self.mainForm.setWidget(14, QFormLayout.ItemRole.LabelRole, self.consentBoxLabel)

        self.consentBox = QWidget(PairDialog)
        self.consentBox.setObjectName(u"consentBox")
        self.consentBoxLayout = QHBoxLayout(self.consentBox)
        self.consentBoxLayout.setObjectName(u"consentBoxLayout")
        self.consentBoxLayout.setContentsMargins(0, 0, 0, 0)
        self.consentCheck = QCheckBox(self.consentBox)
        self.consentCheck.setObjectName(u"consentCheck")

        self.consentBoxLayout.addWidget(self.consentCheck)

        self.consentDateEdit = QDateEdit(self.consentBox)
        self.consentDateEdit.setObjectName(u"consentDateEdit")
        self.consentDateEdit.setCalendarPopup(True)

        self.consentBoxLayout.addWidget(self.consentDateEdit)

        self.consentBoxSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.consentBoxLayout.addItem(self.consentBoxSpacer)


        self.mainForm.setWidget(14, QFormLayout.ItemRole.FieldRole, self.consentBox)

        self.agreementEditLabel = QLabel(PairDialog)
        self.agreementEditLabel.setObjectName(u"agreementEditLabel")

        self.mainForm.setWidget(15, QFormLayout.ItemRole.LabelRole, self.agreementEditLabel)

        self.agreementEdit = QLineEdit(PairDialog)
        self.agreementEdit.setObjectName(u"agreementEdit")

        self.mainForm.setWidget(15, QFormLayout.ItemRole.FieldRole, self.agreementEdit)


        self.mainLayout.addLayout(self.mainForm)

        self.errorLabel = QLabel(PairDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(PairDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.formComboLabel.setBuddy(self.formCombo)
        self.programmeComboLabel.setBuddy(self.programmeCombo)
        self.typeComboLabel.setBuddy(self.typeCombo)
        self.roleModelComboLabel.setBuddy(self.roleModelCombo)
        self.mentorComboLabel.setBuddy(self.mentorCombo)
        self.loadLabelLabel.setBuddy(self.loadLabel)
        self.menteeFilterEditLabel.setBuddy(self.menteeFilterEdit)
        self.selectedLabelLabel.setBuddy(self.selectedLabel)
        self.startDateEditLabel.setBuddy(self.startDateEdit)
        self.endBoxLabel.setBuddy(self.endBox)
        self.statusComboLabel.setBuddy(self.statusCombo)
        self.schoolYearComboLabel.setBuddy(self.schoolYearCombo)
        self.goalEditLabel.setBuddy(self.goalEdit)
        self.consentBoxLabel.setBuddy(self.consentBox)
        self.agreementEditLabel.setBuddy(self.agreementEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PairDialog)

        QMetaObject.connectSlotsByName(PairDialog)
    # setupUi

    def retranslateUi(self, PairDialog):
        PairDialog.setWindowTitle(QCoreApplication.translate("PairDialog", u"\u041f\u0430\u0440\u0430 / \u0433\u0440\u0443\u043f\u043f\u0430", None))
        self.formComboLabel.setText(QCoreApplication.translate("PairDialog", u"\u0424\u043e\u0440\u043c\u0430 \u043d\u0430\u0441\u0442\u0430\u0432\u043d\u0438\u0447\u0435\u0441\u0442\u0432\u0430 *", None))
        self.programmeComboLabel.setText(QCoreApplication.translate("PairDialog", u"\u041f\u0440\u043e\u0433\u0440\u0430\u043c\u043c\u0430 *", None))
        self.typeComboLabel.setText(QCoreApplication.translate("PairDialog", u"\u0412\u0438\u0434", None))
        self.roleModelComboLabel.setText(QCoreApplication.translate("PairDialog", u"\u0420\u043e\u043b\u0435\u0432\u0430\u044f \u043c\u043e\u0434\u0435\u043b\u044c", None))
        self.mentorComboLabel.setText(QCoreApplication.translate("PairDialog", u"\u041d\u0430\u0441\u0442\u0430\u0432\u043d\u0438\u043a *", None))
        self.loadLabelLabel.setText("")
        self.menteeFilterEditLabel.setText(QCoreApplication.translate("PairDialog", u"\u041d\u0430\u0441\u0442\u0430\u0432\u043b\u044f\u0435\u043c\u044b\u0435 *", None))
        self.menteeFilterEdit.setPlaceholderText(QCoreApplication.translate("PairDialog", u"\u043f\u043e\u0438\u0441\u043a \u043f\u043e \u0424\u0418\u041e \u0438\u043b\u0438 \u043a\u043b\u0430\u0441\u0441\u0443", None))
        self.selectedLabelLabel.setText("")
        self.startDateEditLabel.setText(QCoreApplication.translate("PairDialog", u"\u041d\u0430\u0447\u0430\u043b\u043e *", None))
        self.startDateEdit.setDisplayFormat(QCoreApplication.translate("PairDialog", u"dd.MM.yyyy", None))
        self.endBoxLabel.setText(QCoreApplication.translate("PairDialog", u"\u041e\u043a\u043e\u043d\u0447\u0430\u043d\u0438\u0435", None))
        self.endCheck.setText(QCoreApplication.translate("PairDialog", u"\u0443\u043a\u0430\u0437\u0430\u0442\u044c", None))
        self.endDateEdit.setDisplayFormat(QCoreApplication.translate("PairDialog", u"dd.MM.yyyy", None))
        self.statusComboLabel.setText(QCoreApplication.translate("PairDialog", u"\u0421\u0442\u0430\u0442\u0443\u0441", None))
        self.schoolYearComboLabel.setText(QCoreApplication.translate("PairDialog", u"\u0423\u0447\u0435\u0431\u043d\u044b\u0439 \u0433\u043e\u0434", None))
        self.goalEditLabel.setText(QCoreApplication.translate("PairDialog", u"\u0426\u0435\u043b\u044c / \u0437\u0430\u043f\u0440\u043e\u0441", None))
        self.consentBoxLabel.setText(QCoreApplication.translate("PairDialog", u"\u0421\u043e\u0433\u043b\u0430\u0441\u0438\u0435 \u043d\u0430\u0441\u0442\u0430\u0432\u043d\u0438\u043a\u0430", None))
        self.consentCheck.setText(QCoreApplication.translate("PairDialog", u"\u043f\u043e\u043b\u0443\u0447\u0435\u043d\u043e", None))
        self.consentDateEdit.setDisplayFormat(QCoreApplication.translate("PairDialog", u"dd.MM.yyyy", None))
        self.agreementEditLabel.setText(QCoreApplication.translate("PairDialog", u"\u0414\u043e\u043f. \u0441\u043e\u0433\u043b\u0430\u0448\u0435\u043d\u0438\u0435", None))
        self.agreementEdit.setPlaceholderText(QCoreApplication.translate("PairDialog", u"\u2116 \u0438 \u0434\u0430\u0442\u0430 \u0434\u043e\u043f. \u0441\u043e\u0433\u043b\u0430\u0448\u0435\u043d\u0438\u044f \u043a \u0442\u0440\u0443\u0434\u043e\u0432\u043e\u043c\u0443 \u0434\u043e\u0433\u043e\u0432\u043e\u0440\u0443", None))
        self.errorLabel.setStyleSheet(QCoreApplication.translate("PairDialog", u"color: #b00020;", None))
        self.errorLabel.setText("")
    # retranslateUi

