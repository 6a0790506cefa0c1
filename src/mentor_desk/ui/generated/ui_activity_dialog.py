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
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ActivityDialog(object):
    def setupUi(self, ActivityDialog):
        if not ActivityDialog.objectName():
            ActivityDialog.setObjectName(u"ActivityDialog")
        ActivityDialog.setMinimumSize(QSize(560, 0))
        self.mainLayout = QVBoxLayout(ActivityDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainForm = QFormLayout()
        self.mainForm.setObjectName(u"mainForm")
        self.mainForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.directionComboLabel = QLabel(ActivityDialog)
        self.directionComboLabel.setObjectName(u"directionComboLabel")

        self.mainForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.directionComboLabel)

        self.directionCombo = QComboBox(ActivityDialog)
        self.directionCombo.setObjectName(u"directionCombo")

        self.mainForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.directionCombo)

        self.titleEditLabel = QLabel(ActivityDialog)
        self.titleEditLabel.setObjectName(u"titleEditLabel")

        self.mainForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.titleEditLabel)

        self.titleEdit = QPlainTextEdit(ActivityDialog)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setTabChangesFocus(True)
        self.titleEdit.setMaximumSize(QSize(16777215, 70))

        self.mainForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.periodEditLabel = QLabel(ActivityDialog)
        self.periodEditLabel.setObjectName(u"periodEditLabel")

        self.mainForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.periodEditLabel)

        self.periodEdit = QLineEdit(ActivityDialog)
        self.periodEdit.setObjectName(u"periodEdit")

        self.mainForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.periodEdit)

        self.dueBoxLabel = QLabel(ActivityDialog)
        self.dueBoxLabel.setObjectName(u"dueBoxLabel")

        self.mainForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dueBoxLabel)

        self.dueBox = QWidget(ActivityDialog)
        self.dueBox.setObjectName(u"dueBox")
        self.dueBoxLayout = QHBoxLayout(self.dueBox)
        self.dueBoxLayout.setObjectName(u"dueBoxLayout")
        self.dueBoxLayout.setContentsMargins(0, 0, 0, 0)
        self.dueCheck = QCheckBox(self.dueBox)
        self.dueCheck.setObjectName(u"dueCheck")

        self.dueBoxLayout.addWidget(self.dueCheck)

        self.dueDateEdit = QDateEdit(self.dueBox)
        self.dueDateEdit.setObjectName(u"dueDateEdit")
        self.dueDateEdit.setCalendarPopup(True)

        self.dueBoxLayout.addWidget(self.dueDateEdit)

        self.dueBoxSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dueBoxLayout.addItem(self.dueBoxSpacer)


        self.mainForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.dueBox)

        self.productTypeComboLabel = QLabel(ActivityDialog)
        self.productTypeComboLabel.setObjectName(u"productTypeComboLabel")

        self.mainForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.productTypeComboLabel)

        self.productTypeCombo = QComboBox(ActivityDialog)
        self.productTypeCombo.setObjectName(u"productTypeCombo")

        self.mainForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.productTypeCombo)

        self.productEditLabel = QLabel(ActivityDialog)
        self.productEditLabel.setObjectName(u"productEditLabel")

        self.mainForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.productEditLabel)

        self.productEdit = QLineEdit(ActivityDialog)
        self.productEdit.setObjectName(u"productEdit")

        self.mainForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.productEdit)

        self.responsibleEditLabel = QLabel(ActivityDialog)
        self.responsibleEditLabel.setObjectName(u"responsibleEditLabel")

        self.mainForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.responsibleEditLabel)

        self.responsibleEdit = QLineEdit(ActivityDialog)
        self.responsibleEdit.setObjectName(u"responsibleEdit")

        self.mainForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.responsibleEdit)

        self.statusComboLabel = QLabel(ActivityDialog)
        self.statusComboLabel.setObjectName(u"statusComboLabel")

        self.mainForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.statusComboLabel)

        self.statusCombo = QComboBox(ActivityDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.mainForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.doneOnEditLabel = QLabel(ActivityDialog)
        self.doneOnEditLabel.setObjectName(u"doneOnEditLabel")

        self.mainForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.doneOnEditLabel)

        self.doneOnEdit = QDateEdit(ActivityDialog)
        self.doneOnEdit.setObjectName(u"doneOnEdit")
        self.doneOnEdit.setCalendarPopup(True)

        self.mainForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.doneOnEdit)

        self.markEditLabel = QLabel(ActivityDialog)
        self.markEditLabel.setObjectName(u"markEditLabel")

        self.mainForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.markEditLabel)

        self.markEdit = QLineEdit(ActivityDialog)
        self.markEdit.setObjectName(u"markEdit")

        self.mainForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.markEdit)


        self.mainLayout.addLayout(self.mainForm)

        self.errorLabel = QLabel(ActivityDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ActivityDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.directionComboLabel.setBuddy(self.directionCombo)
        self.titleEditLabel.setBuddy(self.titleEdit)
        self.periodEditLabel.setBuddy(self.periodEdit)
        self.dueBoxLabel.setBuddy(self.dueBox)
        self.productTypeComboLabel.setBuddy(self.productTypeCombo)
        self.productEditLabel.setBuddy(self.productEdit)
        self.responsibleEditLabel.setBuddy(self.responsibleEdit)
        self.statusComboLabel.setBuddy(self.statusCombo)
        self.doneOnEditLabel.setBuddy(self.doneOnEdit)
        self.markEditLabel.setBuddy(self.markEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ActivityDialog)

        QMetaObject.connectSlotsByName(ActivityDialog)
    # setupUi

    def retranslateUi(self, ActivityDialog):
        ActivityDialog.setWindowTitle(QCoreApplication.translate("ActivityDialog", u"\u041c\u0435\u0440\u043e\u043f\u0440\u0438\u044f\u0442\u0438\u0435 \u0418\u041e\u041c", None))
        self.directionComboLabel.setText(QCoreApplication.translate("ActivityDialog", u"\u041d\u0430\u043f\u0440\u0430\u0432\u043b\u0435\u043d\u0438\u0435", None))
        self.titleEditLabel.setText(QCoreApplication.translate("ActivityDialog", u"\u041c\u0435\u0440\u043e\u043f\u0440\u0438\u044f\u0442\u0438\u0435 *", None))
        self.periodEditLabel.setText(QCoreApplication.translate("ActivityDialog", u"\u0421\u0440\u043e\u043a\u0438", None))
        self.periodEdit.setPlaceholderText(QCoreApplication.translate("ActivityDialog", u"\u043d\u0430\u043f\u0440\u0438\u043c\u0435\u0440, \u043e\u043a\u0442\u044f\u0431\u0440\u044c", None))
        self.dueBoxLabel.setText(QCoreApplication.translate("ActivityDialog", u"\u0421\u0440\u043e\u043a (\u0434\u0430\u0442\u0430)", None))
        self.dueCheck.setText(QCoreApplication.translate("ActivityDialog", u"\u0443\u043a\u0430\u0437\u0430\u0442\u044c", None))
        self.dueDateEdit.setDisplayFormat(QCoreApplication.translate("ActivityDialog", u"dd.MM.yyyy", None))
        self.productTypeComboLabel.setText(QCoreApplication.translate("ActivityDialog", u"\u0422\u0438\u043f \u043f\u0440\u043e\u0434\u0443\u043a\u0442\u0430", None))
        self.productEditLabel.setText(QCoreApplication.translate("ActivityDialog", u"\u041f\u0440\u043e\u0434\u0443\u043a\u0442", None))
        self.productEdit.setPlaceholderText(QCoreApplication.translate("ActivityDialog", u"\u0447\u0442\u043e \u0438\u043c\u0435\u043d\u043d\u043e \u0431\u0443\u0434\u0435\u0442 \u043f\u0440\u0435\u0434\u0441\u0442\u0430\u0432\u043b\u0435\u043d\u043e", None))
        self.responsibleEditLabel.setText(QCoreApplication.translate("ActivityDialog", u"\u041e\u0442\u0432\u0435\u0442\u0441\u0442\u0432\u0435\u043d\u043d\u044b\u0439", None))
        self.responsibleEdit.setPlaceholderText(QCoreApplication.translate("ActivityDialog", u"\u041d \u2014 \u043d\u0430\u0441\u0442\u0430\u0432\u043d\u0438\u043a, \u041c\u041f \u2014 \u043c\u043e\u043b\u043e\u0434\u043e\u0439 \u043f\u0435\u0434\u0430\u0433\u043e\u0433, \u041a \u2014 \u043a\u0443\u0440\u0430\u0442\u043e\u0440", None))
        self.statusComboLabel.setText(QCoreApplication.translate("ActivityDialog", u"\u0421\u0442\u0430\u0442\u0443\u0441", None))
        self.doneOnEditLabel.setText(QCoreApplication.translate("ActivityDialog", u"\u0414\u0430\u0442\u0430 \u0432\u044b\u043f\u043e\u043b\u043d\u0435\u043d\u0438\u044f", None))
        self.doneOnEdit.setDisplayFormat(QCoreApplication.translate("ActivityDialog", u"dd.MM.yyyy", None))
        self.markEditLabel.setText(QCoreApplication.translate("ActivityDialog", u"\u041e\u0442\u043c\u0435\u0442\u043a\u0430", None))
        self.errorLabel.setStyleSheet(QCoreApplication.translate("ActivityDialog", u"color: #b00020;", None))
        self.errorLabel.setText("")
    # retranslateUi

