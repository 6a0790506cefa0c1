# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_ConsentsDialog(object):
    def setupUi(self, ConsentsDialog):
        if not ConsentsDialog.objectName():
            ConsentsDialog.setObjectName(u"ConsentsDialog")
        ConsentsDialog.setMinimumSize(QSize(620, 460))
        self.mainLayout = QVBoxLayout(ConsentsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.personLabel = QLabel(ConsentsDialog)
        self.personLabel.setObjectName(u"personLabel")
        self.personLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.personLabel)

        self.consentsView = QTableView(ConsentsDialog)
        self.consentsView.setObjectName(u"consentsView")
        self.consentsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.consentsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.mainLayout.addWidget(self.consentsView)

        self.consentButtons = QWidget(ConsentsDialog)
        self.consentButtons.setObjectName(u"consentButtons")
        self.consentButtonsLayout = QHBoxLayout(self.consentButtons)
        self.consentButtonsLayout.setObjectName(u"consentButtonsLayout")
        self.consentButtonsLayout.setContentsMargins(0, 0, 0, 0)
        self.withdrawButton = QPushButton(self.consentButtons)
        self.withdrawButton.setObjectName(u"withdrawButton")

        self.consentButtonsLayout.addWidget(self.withdrawButton)

        self.consentButtonsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.consentButtonsLayout.addItem(self.consentButtonsSpacer)


        self.mainLayout.addWidget(self.consentButtons)

        self.newGroup = QGroupBox(ConsentsDialog)
        self.newGroup.setObjectName(u"newGroup")
        self.newGroupForm = QFormLayout(self.newGroup)
        self.newGroupForm.setObjectName(u"newGroupForm")
        self.newGroupForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.typeComboLabel = QLabel(self.newGroup)
        self.typeComboLabel.setObjectName(u"typeComboLabel")

        self.newGroupForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.typeComboLabel)

        self.typeCombo = QComboBox(self.newGroup)
        self.typeCombo.setObjectName(u"typeCombo")

        self.newGroupForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.typeCombo)

        self.signedOnEditLabel = QLabel(self.newGroup)
        self.signedOnEditLabel.setObjectName(u"signedOnEditLabel")

        self.newGroupForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.signedOnEditLabel)

        self.signedOnEdit = QDateEdit(self.newGroup)
        self.signedOnEdit.setObjectName(u"signedOnEdit")
        self.signedOnEdit.setCalendarPopup(True)

        self.newGroupForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.signedOnEdit)

        self.signerComboLabel = QLabel(self.newGroup)
        self.signerComboLabel.setObjectName(u"signerComboLabel")

        self.newGroupForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.signerComboLabel)

        self.signerCombo = QComboBox(self.newGroup)
        self.signerCombo.setObjectName(u"signerCombo")

        self.newGroupForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.signerCombo)

        self.signerNameEditLabel = QLabel(self.newGroup)
        self.signerNameEditLabel.setObjectName(u"signerNameEditLabel")

        self.newGroupForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.signerNameEditLabel)

        self.signerNameEdit = QLineEdit(self.newGroup)
        self.signerNameEdit.setObjectName(u"signerNameEdit")

        self.newGroupForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.signerNameEdit)

        self.addBox = QWidget(self.newGroup)
        self.addBox.setObjectName(u"addBox")
        self.addBoxLayout = QHBoxLayout(self.addBox)
        self.addBoxLayout.setObjectName(u"addBoxLayout")
        self.addBoxLayout.setContentsMargins(0, 0, 0, 0)
        self.addBoxSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.addBoxLayout.addItem(self.addBoxSpacer)

        self.addButton = QPushButton(self.addBox)
        self.addButton.setObjectName(u"addButton")

        self.addBoxLayout.addWidget(self.addButton)


        self.newGroupForm.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.addBox)


        self.mainLayout.addWidget(self.newGroup)

        self.errorLabel = QLabel(ConsentsDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ConsentsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.typeComboLabel.setBuddy(self.typeCombo)
        self.signedOnEditLabel.setBuddy(self.signedOnEdit)
        self.signerComboLabel.setBuddy(self.signerCombo)
        self.signerNameEditLabel.setBuddy(self.signerNameEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ConsentsDialog)

        QMetaObject.connectSlotsByName(ConsentsDialog)
    # setupUi

    def retranslateUi(self, ConsentsDialog):
        ConsentsDialog.setWindowTitle(QCoreApplication.translate("ConsentsDialog", u"\u0421\u043e\u0433\u043b\u0430\u0441\u0438\u044f \u043d\u0430 \u043e\u0431\u0440\u0430\u0431\u043e\u0442\u043a\u0443 \u043f\u0435\u0440\u0441\u043e\u043d\u0430\u043b\u044c\u043d\u044b\u0445 \u0434\u0430\u043d\u043d\u044b\u0445", None))
        self.withdrawButton.setText(QCoreApplication.translate("ConsentsDialog", u"\u041e\u0442\u043e\u0437\u0432\u0430\u043d\u043e\u2026", None))
        self.newGroup.setTitle(QCoreApplication.translate("ConsentsDialog", u"\u041d\u043e\u0432\u043e\u0435 \u0441\u043e\u0433\u043b\u0430\u0441\u0438\u0435", None))
        self.typeComboLabel.setText(QCoreApplication.translate("ConsentsDialog", u"\u0412\u0438\u0434 \u0441\u043e\u0433\u043b\u0430\u0441\u0438\u044f", None))
        self.signedOnEditLabel.setText(QCoreApplication.translate("ConsentsDialog", u"\u0414\u0430\u0442\u0430 \u043f\u043e\u0434\u043f\u0438\u0441\u0430\u043d\u0438\u044f", None))
        self.signedOnEdit.setDisplayFormat(QCoreApplication.translate("ConsentsDialog", u"dd.MM.yyyy", None))
        self.signerComboLabel.setText(QCoreApplication.translate("ConsentsDialog", u"\u041a\u0442\u043e \u043f\u043e\u0434\u043f\u0438\u0441\u0430\u043b", None))
        self.signerNameEditLabel.setText(QCoreApplication.translate("ConsentsDialog", u"\u0424\u0418\u041e \u043f\u043e\u0434\u043f\u0438\u0441\u0430\u0432\u0448\u0435\u0433\u043e", None))
        self.signerNameEdit.setPlaceholderText(QCoreApplication.translate("ConsentsDialog", u"\u0434\u043b\u044f \u0440\u043e\u0434\u0438\u0442\u0435\u043b\u044f \u2014 \u0435\u0433\u043e \u0424\u0418\u041e", None))
        self.addButton.setText(QCoreApplication.translate("ConsentsDialog", u"\u0414\u043e\u0431\u0430\u0432\u0438\u0442\u044c \u0441\u043e\u0433\u043b\u0430\u0441\u0438\u0435", None))
        self.errorLabel.setStyleSheet(QCoreApplication.translate("ConsentsDialog", u"color: #b00020;", None))
        self.errorLabel.setText("")
    # retranslateUi

