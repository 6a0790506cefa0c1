# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_ReferenceDialog(object):
    def setupUi(self, ReferenceDialog):
        if not ReferenceDialog.objectName():
            ReferenceDialog.setObjectName(u"ReferenceDialog")
        ReferenceDialog.setMinimumSize(QSize(560, 520))
        self.mainLayout = QVBoxLayout(ReferenceDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.topForm = QFormLayout()
        self.topForm.setObjectName(u"topForm")
        self.topForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.catalogueComboLabel = QLabel(ReferenceDialog)
        self.catalogueComboLabel.setObjectName(u"catalogueComboLabel")

        self.topForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.catalogueComboLabel)

        self.catalogueCombo = QComboBox(ReferenceDialog)
        self.catalogueCombo.setObjectName(u"catalogueCombo")

        self.topForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.catalogueCombo)


        self.mainLayout.addLayout(self.topForm)

        self.itemsList = QListWidget(ReferenceDialog)
        self.itemsList.setObjectName(u"itemsList")
        self.itemsList.setMinimumSize(QSize(0, 220))

        self.mainLayout.addWidget(self.itemsList)

        self.itemGroup = QGroupBox(ReferenceDialog)
        self.itemGroup.setObjectName(u"itemGroup")
        self.itemGroupForm = QFormLayout(self.itemGroup)
        self.itemGroupForm.setObjectName(u"itemGroupForm")
        self.itemGroupForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.nameEditLabel = QLabel(self.itemGroup)
        self.nameEditLabel.setObjectName(u"nameEditLabel")

        self.itemGroupForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameEditLabel)

        self.nameEdit = QLineEdit(self.itemGroup)
        self.nameEdit.setObjectName(u"nameEdit")

        self.itemGroupForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.mentorKindComboLabel = QLabel(self.itemGroup)
        self.mentorKindComboLabel.setObjectName(u"mentorKindComboLabel")

        self.itemGroupForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.mentorKindComboLabel)

        self.mentorKindCombo = QComboBox(self.itemGroup)
        self.mentorKindCombo.setObjectName(u"mentorKindCombo")

        self.itemGroupForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.mentorKindCombo)

        self.menteeKindComboLabel = QLabel(self.itemGroup)
        self.menteeKindComboLabel.setObjectName(u"menteeKindComboLabel")

        self.itemGroupForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.menteeKindComboLabel)

        self.menteeKindCombo = QComboBox(self.itemGroup)
        self.menteeKindCombo.setObjectName(u"menteeKindCombo")

        self.itemGroupForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.menteeKindCombo)

        self.teachersCheckLabel = QLabel(self.itemGroup)
        self.teachersCheckLabel.setObjectName(u"teachersCheckLabel")

        self.itemGroupForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.teachersCheckLabel)

        self.teachersCheck = QCheckBox(self.itemGroup)
        self.teachersCheck.setObjectName(u"teachersCheck")

        self.itemGroupForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.teachersCheck)

        self.activeCheckLabel = QLabel(self.itemGroup)
        self.activeCheckLabel.setObjectName(u"activeCheckLabel")

        self.itemGroupForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.activeCheckLabel)

        self.activeCheck = QCheckBox(self.itemGroup)
        self.activeCheck.setObjectName(u"activeCheck")
        self.activeCheck.setChecked(True)

        self.itemGroupForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.activeCheck)

        self.itemButtons = QWidget(self.itemGroup)
        self.itemButtons.setObjectName(u"itemButtons")
        self.itemButtonsLayout = QHBoxLayout(self.itemButtons)
        self.itemButtonsLayout.setObjectName(u"itemButtonsLayout")
        self.itemButtonsLayout.setContentsMargins(0, 0, 0, 0)
        self.itemButtonsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.itemButtonsLayout.addItem(self.itemButtonsSpacer)

        self.newButton = QPushButton(self.itemButtons)
        self.newButton.setObjectName(u"newButton")

        self.itemButtonsLayout.addWidget(self.newButton)

        self.saveButton = QPushButton(self.itemButtons)
        self.saveButton.setObjectName(u"saveButton")

        self.itemButtonsLayout.addWidget(self.saveButton)


        self.itemGroupForm.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.itemButtons)


        self.mainLayout.addWidget(self.itemGroup)

        self.errorLabel = QLabel(ReferenceDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ReferenceDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.catalogueComboLabel.setBuddy(self.catalogueCombo)
        self.nameEditLabel.setBuddy(self.nameEdit)
        self.mentorKindComboLabel.setBuddy(self.mentorKindCombo)
        self.menteeKindComboLabel.setBuddy(self.menteeKindCombo)
        self.teachersCheckLabel.setBuddy(self.teachersCheck)
        self.activeCheckLabel.setBuddy(self.activeCheck)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReferenceDialog)

        QMetaObject.connectSlotsByName(ReferenceDialog)
    # setupUi

    def retranslateUi(self, ReferenceDialog):
        ReferenceDialog.setWindowTitle(QCoreApplication.translate("ReferenceDialog", u"\u0421\u043f\u0440\u0430\u0432\u043e\u0447\u043d\u0438\u043a\u0438", None))
        self.catalogueComboLabel.setText(QCoreApplication.translate("ReferenceDialog", u"\u0421\u043f\u0440\u0430\u0432\u043e\u0447\u043d\u0438\u043a", None))
        self.itemGroup.setTitle(QCoreApplication.translate("ReferenceDialog", u"\u0417\u0430\u043f\u0438\u0441\u044c", None))
        self.nameEditLabel.setText(QCoreApplication.translate("ReferenceDialog", u"\u041d\u0430\u0437\u0432\u0430\u043d\u0438\u0435 *", None))
        self.mentorKindComboLabel.setText(QCoreApplication.translate("ReferenceDialog", u"\u041d\u0430\u0441\u0442\u0430\u0432\u043d\u0438\u043a", None))
        self.menteeKindComboLabel.setText(QCoreApplication.translate("ReferenceDialog", u"\u041d\u0430\u0441\u0442\u0430\u0432\u043b\u044f\u0435\u043c\u044b\u0439", None))
        self.teachersCheckLabel.setText("")
        self.teachersCheck.setText(QCoreApplication.translate("ReferenceDialog", u"\u043f\u0440\u043e\u0433\u0440\u0430\u043c\u043c\u0430 \u0434\u043b\u044f \u043f\u0435\u0434\u0430\u0433\u043e\u0433\u043e\u0432", None))
        self.activeCheckLabel.setText("")
        self.activeCheck.setText(QCoreApplication.translate("ReferenceDialog", u"\u0438\u0441\u043f\u043e\u043b\u044c\u0437\u0443\u0435\u0442\u0441\u044f", None))
        self.newButton.setText(QCoreApplication.translate("ReferenceDialog", u"\u041d\u043e\u0432\u0430\u044f \u0437\u0430\u043f\u0438\u0441\u044c", None))
        self.saveButton.setText(QCoreApplication.translate("ReferenceDialog", u"\u0421\u043e\u0445\u0440\u0430\u043d\u0438\u0442\u044c", None))
        self.errorLabel.setStyleSheet(QCoreApplication.translate("ReferenceDialog", u"color: #b00020;", None))
        self.errorLabel.setText("")
    # retranslateUi

