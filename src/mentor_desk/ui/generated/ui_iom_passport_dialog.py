# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_IomPassportDialog(object):
    def setupUi(self, IomPassportDialog):
        if not IomPassportDialog.objectName():
            IomPassportDialog.setObjectName(u"IomPassportDialog")
        IomPassportDialog.setMinimumSize(QSize(600, 0))
        self.mainLayout = QVBoxLayout(IomPassportDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainForm = QFormLayout()
        self.mainForm.setObjectName(u"mainForm")
        self.mainForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.schoolYearEditLabel = QLabel(IomPassportDialog)
        self.schoolYearEditLabel.setObjectName(u"schoolYearEditLabel")

        self.mainForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.schoolYearEditLabel)

        self.schoolYearEdit = QLineEdit(IomPassportDialog)
        self.schoolYearEdit.setObjectName(u"schoolYearEdit")

        self.mainForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.schoolYearEdit)

        self.topicEditLabel = QLabel(IomPassportDialog)
        self.topicEditLabel.setObjectName(u"topicEditLabel")

        self.mainForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.topicEditLabel)

        self.topicEdit = QLineEdit(IomPassportDialog)
        self.topicEdit.setObjectName(u"topicEdit")

        self.mainForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.topicEdit)

        self.deficitsEditLabel = QLabel(IomPassportDialog)
        self.deficitsEditLabel.setObjectName(u"deficitsEditLabel")

        self.mainForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.deficitsEditLabel)

        self.deficitsEdit = QPlainTextEdit(IomPassportDialog)
        self.deficitsEdit.setObjectName(u"deficitsEdit")
        self.deficitsEdit.setTabChangesFocus(True)

        self.mainForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.deficitsEdit)

        self.goalEditLabel = QLabel(IomPassportDialog)
        self.goalEditLabel.setObjectName(u"goalEditLabel")

        self.mainForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.goalEditLabel)

        self.goalEdit = QPlainTextEdit(IomPassportDialog)
        self.goalEdit.setObjectName(u"goalEdit")
        self.goalEdit.setTabChangesFocus(True)

        self.mainForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.goalEdit)

        self.tasksEditLabel = QLabel(IomPassportDialog)
        self.tasksEditLabel.setObjectName(u"tasksEditLabel")

        self.mainForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.tasksEditLabel)

        self.tasksEdit = QPlainTextEdit(IomPassportDialog)
        self.tasksEdit.setObjectName(u"tasksEdit")
        self.tasksEdit.setTabChangesFocus(True)

        self.mainForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.tasksEdit)

        self.approvedByEditLabel = QLabel(IomPassportDialog)
        self.approvedByEditLabel.setObjectName(u"approvedByEditLabel")

        self.mainForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.approvedByEditLabel)

        self.approvedByEdit = QLineEdit(IomPassportDialog)
        self.approvedByEdit.setObjectName(u"approvedByEdit")

        self.mainForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.approvedByEdit)

        self.approvedBoxLabel = QLabel(IomPassportDialog)
        self.approvedBoxLabel.setObjectName(u"approvedBoxLabel")

        self.mainForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.approvedBoxLabel)

        self.approvedBox = QWidget(IomPassportDialog)
        self.approvedBox.setObjectName(u"approvedBox")
        self.approvedBoxLayout = QHBoxLayout(self.approvedBox)
        self.approvedBoxLayout.setObjectName(u"approvedBoxLayout")
        self.approvedBoxLayout.setContentsMargins(0, 0, 0, 0)
        self.approvedCheck = QCheckBox(self.approvedBox)
        self.approvedCheck.setObjectName(u"approvedCheck")

        self.approvedBoxLayout.addWidget(self.approvedCheck)

        self.approvedOnEdit = QDateEdit(self.approvedBox)
        self.approvedOnEdit.setObjectName(u"approvedOnEdit")
        self.approvedOnEdit.setCalendarPopup(True)

        self.approvedBoxLayout.addWidget(self.approvedOnEdit)

        self.approvedBoxSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.approvedBoxLayout.addItem(self.approvedBoxSpacer)


        self.mainForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.approvedBox)

        self.selfReportEditLabel = QLabel(IomPassportDialog)
        self.selfReportEditLabel.setObjectName(u"selfReportEditLabel")

        self.mainForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.selfReportEditLabel)

        self.selfReportEdit = QPlainTextEdit(IomPassportDialog)
        self.selfReportEdit.setObjectName(u"selfReportEdit")
        self.selfReportEdit.setTabChangesFocus(True)

        self.mainForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.selfReportEdit)

        self.conclusionEditLabel = QLabel(IomPassportDialog)
        self.conclusionEditLabel.setObjectName(u"conclusionEditLabel")

        self.mainForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.conclusionEditLabel)

        self.conclusionEdit = QPlainTextEdit(IomPassportDialog)
        self.conclusionEdit.setObjectName(u"conclusionEdit")
        self.conclusionEdit.setTabChangesFocus(True)

        self.mainForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.conclusionEdit)


        self.mainLayout.addLayout(self.mainForm)

        self.errorLabel = QLabel(IomPassportDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(IomPassportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.schoolYearEditLabel.setBuddy(self.schoolYearEdit)
        self.topicEditLabel.setBuddy(self.topicEdit)
        self.deficitsEditLabel.setBuddy(self.deficitsEdit)
        self.goalEditLabel.setBuddy(self.goalEdit)
        self.tasksEditLabel.setBuddy(self.tasksEdit)
        self.approvedByEditLabel.setBuddy(self.approvedByEdit)
        self.approvedBoxLabel.setBuddy(self.approvedBox)
        self.selfReportEditLabel.setBuddy(self.selfReportEdit)
        self.conclusionEditLabel.setBuddy(self.conclusionEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(IomPassportDialog)

        QMetaObject.connectSlotsByName(IomPassportDialog)
    # setupUi

    def retranslateUi(self, IomPassportDialog):
        IomPassportDialog.setWindowTitle(QCoreApplication.translate("IomPassportDialog", u"\u041f\u0430\u0441\u043f\u043e\u0440\u0442 \u0418\u041e\u041c", None))
        self.schoolYearEditLabel.setText(QCoreApplication.translate("IomPassportDialog", u"\u0423\u0447\u0435\u0431\u043d\u044b\u0439 \u0433\u043e\u0434", None))
        self.topicEditLabel.setText(QCoreApplication.translate("IomPassportDialog", u"\u0422\u0435\u043c\u0430 \u0441\u0430\u043c\u043e\u043e\u0431\u0440\u0430\u0437\u043e\u0432\u0430\u043d\u0438\u044f", None))
        self.deficitsEditLabel.setText(QCoreApplication.translate("IomPassportDialog", u"\u0414\u0435\u0444\u0438\u0446\u0438\u0442\u044b", None))
        self.goalEditLabel.setText(QCoreApplication.translate("IomPassportDialog", u"\u0426\u0435\u043b\u044c", None))
        self.tasksEditLabel.setText(QCoreApplication.translate("IomPassportDialog", u"\u0417\u0430\u0434\u0430\u0447\u0438", None))
        self.approvedByEditLabel.setText(QCoreApplication.translate("IomPassportDialog", u"\u0423\u0442\u0432\u0435\u0440\u0434\u0438\u043b", None))
        self.approvedByEdit.setPlaceholderText(QCoreApplication.translate("IomPassportDialog", u"\u0418.\u041e. \u0424\u0430\u043c\u0438\u043b\u0438\u044f", None))
        self.approvedBoxLabel.setText(QCoreApplication.translate("IomPassportDialog", u"\u0414\u0430\u0442\u0430 \u0443\u0442\u0432\u0435\u0440\u0436\u0434\u0435\u043d\u0438\u044f", None))
        self.approvedCheck.setText(QCoreApplication.translate("IomPassportDialog", u"\u0443\u0442\u0432\u0435\u0440\u0436\u0434\u0451\u043d", None))
        self.approvedOnEdit.setDisplayFormat(QCoreApplication.translate("IomPassportDialog", u"dd.MM.yyyy", None))
        self.selfReportEditLabel.setText(QCoreApplication.translate("IomPassportDialog", u"\u0421\u0430\u043c\u043e\u043e\u0442\u0447\u0451\u0442", None))
        self.conclusionEditLabel.setText(QCoreApplication.translate("IomPassportDialog", u"\u0417\u0430\u043a\u043b\u044e\u0447\u0435\u043d\u0438\u0435 \u043d\u0430\u0441\u0442\u0430\u0432\u043d\u0438\u043a\u0430", None))
        self.errorLabel.setStyleSheet(QCoreApplication.translate("IomPassportDialog", u"color: #b00020;", None))
        self.errorLabel.setText("")
    # retranslateUi

