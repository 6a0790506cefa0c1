# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QLabel,
    QLineEdit, QRadioButton, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_NewIomDialog(object):
    def setupUi(self, NewIomDialog):
        if not NewIomDialog.objectName():
            NewIomDialog.setObjectName(u"NewIomDialog")
        NewIomDialog.setMinimumSize(QSize(520, 0))
        self.mainLayout = QVBoxLayout(NewIomDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainForm = QFormLayout()
        self.mainForm.setObjectName(u"mainForm")
        self.mainForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.menteeComboLabel = QLabel(NewIomDialog)
        self.menteeComboLabel.setObjectName(u"menteeComboLabel")

        self.mainForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.menteeComboLabel)

        self.menteeCombo = QComboBox(NewIomDialog)
        self.menteeCombo.setObjectName(u"menteeCombo")

        self.mainForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.menteeCombo)

        self.mentorComboLabel = QLabel(NewIomDialog)
        self.mentorComboLabel.setObjectName(u"mentorComboLabel")

        self.mainForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.mentorComboLabel)

        self.mentorCombo = QComboBox(NewIomDialog)
        self.mentorCombo.setObjectName(u"mentorCombo")

        self.mainForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.mentorCombo)

        self.schoolYearComboLabel = QLabel(NewIomDialog)
        self.schoolYearComboLabel.setObjectName(u"schoolYearComboLabel")

        self.mainForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.schoolYearComboLabel)

        self.schoolYearCombo = QComboBox(NewIomDialog)
        self.schoolYearCombo.setObjectName(u"schoolYearCombo")
        self.schoolYearCombo.setEditable(True)

        self.mainForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.schoolYearCombo)

        self.topicEditLabel = QLabel(NewIomDialog)
        self.topicEditLabel.setObjectName(u"topicEditLabel")

        self.mainForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.topicEditLabel)

        self.topicEdit = QLineEdit(NewIomDialog)
        self.topicEdit.setObjectName(u"topicEdit")

        self.mainForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.topicEdit)


        self.mainLayout.addLayout(self.mainForm)

        self.sourceGroup = QGroupBox(NewIomDialog)
        self.sourceGroup.setObjectName(u"sourceGroup")
        self.sourceGroupForm = QFormLayout(self.sourceGroup)
        self.sourceGroupForm.setObjectName(u"sourceGroupForm")
        self.sourceGroupForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.templateRadio = QRadioButton(self.sourceGroup)
        self.templateRadio.setObjectName(u"templateRadio")
        self.templateRadio.setChecked(True)

        self.sourceGroupForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.templateRadio)

        self.templateComboLabel = QLabel(self.sourceGroup)
        self.templateComboLabel.setObjectName(u"templateComboLabel")

        self.sourceGroupForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.templateComboLabel)

        self.templateCombo = QComboBox(self.sourceGroup)
        self.templateCombo.setObjectName(u"templateCombo")

        self.sourceGroupForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.templateCombo)

        self.copyRadio = QRadioButton(self.sourceGroup)
        self.copyRadio.setObjectName(u"copyRadio")

        self.sourceGroupForm.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.copyRadio)

        self.copyComboLabel = QLabel(self.sourceGroup)
        self.copyComboLabel.setObjectName(u"copyComboLabel")

        self.sourceGroupForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.copyComboLabel)

        self.copyCombo = QComboBox(self.sourceGroup)
        self.copyCombo.setObjectName(u"copyCombo")

        self.sourceGroupForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.copyCombo)

        self.emptyRadio = QRadioButton(self.sourceGroup)
        self.emptyRadio.setObjectName(u"emptyRadio")

        self.sourceGroupForm.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.emptyRadio)


        self.mainLayout.addWidget(self.sourceGroup)

        self.errorLabel = QLabel(NewIomDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(NewIomDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.menteeComboLabel.setBuddy(self.menteeCombo)
        self.mentorComboLabel.setBuddy(self.mentorCombo)
        self.schoolYearComboLabel.setBuddy(self.schoolYearCombo)
        self.topicEditLabel.setBuddy(self.topicEdit)
        self.templateComboLabel.setBuddy(self.templateCombo)
        self.copyComboLabel.setBuddy(self.copyCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NewIomDialog)

        QMetaObject.connectSlotsByName(NewIomDialog)
    # setupUi

    def retranslateUi(self, NewIomDialog):
        NewIomDialog.setWindowTitle(QCoreApplication.translate("NewIomDialog", u"\u041d\u043e\u0432\u044b\u0439 \u0418\u041e\u041c", None))
        self.menteeComboLabel.setText(QCoreApplication.translate("NewIomDialog", u"\u041d\u0430\u0441\u0442\u0430\u0432\u043b\u044f\u0435\u043c\u044b\u0439 *", None))
        self.mentorComboLabel.setText(QCoreApplication.translate("NewIomDialog", u"\u041d\u0430\u0441\u0442\u0430\u0432\u043d\u0438\u043a", None))
        self.schoolYearComboLabel.setText(QCoreApplication.translate("NewIomDialog", u"\u0423\u0447\u0435\u0431\u043d\u044b\u0439 \u0433\u043e\u0434 *", None))
        self.topicEditLabel.setText(QCoreApplication.translate("NewIomDialog", u"\u0422\u0435\u043c\u0430 \u0441\u0430\u043c\u043e\u043e\u0431\u0440\u0430\u0437\u043e\u0432\u0430\u043d\u0438\u044f", None))
        self.sourceGroup.setTitle(QCoreApplication.translate("NewIomDialog", u"\u0414\u043e\u0440\u043e\u0436\u043d\u0430\u044f \u043a\u0430\u0440\u0442\u0430", None))
        self.templateRadio.setText(QCoreApplication.translate("NewIomDialog", u"\u043f\u043e \u0448\u0430\u0431\u043b\u043e\u043d\u0443", None))
        self.templateComboLabel.setText(QCoreApplication.translate("NewIomDialog", u"\u0428\u0430\u0431\u043b\u043e\u043d", None))
        self.copyRadio.setText(QCoreApplication.translate("NewIomDialog", u"\u043a\u043e\u043f\u0438\u044f \u0434\u0440\u0443\u0433\u043e\u0433\u043e \u0418\u041e\u041c (\u0441\u0440\u043e\u043a\u0438 \u0441\u0434\u0432\u0438\u0433\u0430\u044e\u0442\u0441\u044f \u043d\u0430 \u043d\u043e\u0432\u044b\u0439 \u0433\u043e\u0434)", None))
        self.copyComboLabel.setText(QCoreApplication.translate("NewIomDialog", u"\u041e\u0431\u0440\u0430\u0437\u0435\u0446", None))
        self.emptyRadio.setText(QCoreApplication.translate("NewIomDialog", u"\u043f\u0443\u0441\u0442\u0430\u044f", None))
        self.errorLabel.setStyleSheet(QCoreApplication.translate("NewIomDialog", u"color: #b00020;", None))
        self.errorLabel.setText("")
    # retranslateUi

