# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QDoubleSpinBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QSizePolicy,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_PersonDialog(object):
    def setupUi(self, PersonDialog):
        if not PersonDialog.objectName():
            PersonDialog.setObjectName(u"PersonDialog")
        PersonDialog.setMinimumSize(QSize(620, 0))
        self.mainLayout = QVBoxLayout(PersonDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainForm = QFormLayout()
        self.mainForm.setObjectName(u"mainForm")
        self.mainForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kindComboLabel = QLabel(PersonDialog)
        self.kindComboLabel.setObjectName(u"kindComboLabel")

        self.mainForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindComboLabel)

        self.kindCombo = QComboBox(PersonDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.mainForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.lastNameEditLabel = QLabel(PersonDialog)
        self.lastNameEditLabel.setObjectName(u"lastNameEditLabel")

        self.mainForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.lastNameEditLabel)

        self.lastNameEdit = QLineEdit(PersonDialog)
        self.lastNameEdit.setObjectName(u"lastNameEdit")

        self.mainForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.lastNameEdit)

        self.firstNameEditLabel = QLabel(PersonDialog)
        self.firstNameEditLabel.setObjectName(u"firstNameEditLabel")

        self.mainForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.firstNameEditLabel)

        self.firstNameEdit = QLineEdit(PersonDialog)
        self.firstNameEdit.setObjectName(u"firstNameEdit")

        self.mainForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.firstNameEdit)

        self.middleNameEditLabel = QLabel(PersonDialog)
        self.middleNameEditLabel.setObjectName(u"middleNameEditLabel")

        self.mainForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.middleNameEditLabel)

        self.middleNameEdit = QLineEdit(PersonDialog)
        self.middleNameEdit.setObjectName(u"middleNameEdit")

        self.mainForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.middleNameEdit)

        self.genderComboLabel = QLabel(PersonDialog)
        self.genderComboLabel.setObjectName(u"genderComboLabel")

        self.mainForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.genderComboLabel)

        self.genderCombo = QComboBox(PersonDialog)
        self.genderCombo.setObjectName(u"genderCombo")

        self.mainForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.genderCombo)

        self.birthDateEditLabel = QLabel(PersonDialog)
        self.birthDateEditLabel.setObjectName(u"birthDateEditLabel")

        self.mainForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.birthDateEditLabel)

        self.birthDateEdit = QLineEdit(PersonDialog)
        self.birthDateEdit.setObjectName(u"birthDateEdit")

        self.mainForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.birthDateEdit)

        self.phoneEditLabel = QLabel(PersonDialog)
        self.phoneEditLabel.setObjectName(u"phoneEditLabel")

        self.mainForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.phoneEditLabel)

        self.phoneEdit = QLineEdit(PersonDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.mainForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.emailEditLabel = QLabel(PersonDialog)
        self.emailEditLabel.setObjectName(u"emailEditLabel")

        self.mainForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.emailEditLabel)

        self.emailEdit = QLineEdit(PersonDialog)
        self.emailEdit.setObjectName(u"emailEdit")

        self.mainForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.contactNoteEditLabel = QLabel(PersonDialog)
        self.contactNoteEditLabel.setObjectName(u"contactNoteEditLabel")

        self.mainForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.contactNoteEditLabel)

        self.contactNoteEdit = QLineEdit(PersonDialog)
        self.contactNoteEdit.setObjectName(u"contactNoteEdit")

        self.mainForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.contactNoteEdit)


        self.mainLayout.addLayout(self.mainForm)

        self.staffGroup = QGroupBox(PersonDialog)
        self.staffGroup.setObjectName(u"staffGroup")
        self.staffGroupForm = QFormLayout(self.staffGroup)
        self.staffGroupForm.setObjectName(u"staffGroupForm")
        self.staffGroupForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.positionEditLabel = QLabel(self.staffGroup)
        self.positionEditLabel.setObjectName(u"positionEditLabel")

        self.staffGroupForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.positionEditLabel)

        self.positionEdit = QLineEdit(self.staffGroup)
        self.positionEdit.setObjectName(u"positionEdit")

        self.staffGroupForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.positionEdit)

        self.subjectsEditLabel = QLabel(self.staffGroup)
        self.subjectsEditLabel.setObjectName(u"subjectsEditLabel")

        self.staffGroupForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.subjectsEditLabel)

        self.subjectsEdit = QLineEdit(self.staffGroup)
        self.subjectsEdit.setObjectName(u"subjectsEdit")

        self.staffGroupForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.subjectsEdit)

        self.experienceSpinLabel = QLabel(self.staffGroup)
        self.experienceSpinLabel.setObjectName(u"experienceSpinLabel")

        self.staffGroupForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.experienceSpinLabel)

        self.experienceSpin = QDoubleSpinBox(self.staffGroup)
        self.experienceSpin.setObjectName(u"experienceSpin")
        self.experienceSpin.setDecimals(1)
        self.experienceSpin.setMaximum(70.000000000000000)
        self.experienceSpin.setMinimum(-1.000000000000000)

        self.staffGroupForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.experienceSpin)

        self.hireDateEditLabel = QLabel(self.staffGroup)
        self.hireDateEditLabel.setObjectName(u"hireDateEditLabel")

        self.staffGroupForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.hireDateEditLabel)

        self.hireDateEdit = QLineEdit(self.staffGroup)
        self.hireDateEdit.setObjectName(u"hireDateEdit")

        self.staffGroupForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.hireDateEdit)

        self.categoryComboLabel = QLabel(self.staffGroup)
        self.categoryComboLabel.setObjectName(u"categoryComboLabel")

        self.staffGroupForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.categoryComboLabel)

        self.categoryCombo = QComboBox(self.staffGroup)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.staffGroupForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.educationEditLabel = QLabel(self.staffGroup)
        self.educationEditLabel.setObjectName(u"educationEditLabel")

        self.staffGroupForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.educationEditLabel)

        self.educationEdit = QLineEdit(self.staffGroup)
        self.educationEdit.setObjectName(u"educationEdit")

        self.staffGroupForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.educationEdit)

        self.shmoEditLabel = QLabel(self.staffGroup)
        self.shmoEditLabel.setObjectName(u"shmoEditLabel")

        self.staffGroupForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.shmoEditLabel)

        self.shmoEdit = QLineEdit(self.staffGroup)
        self.shmoEdit.setObjectName(u"shmoEdit")

        self.staffGroupForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.shmoEdit)


        self.mainLayout.addWidget(self.staffGroup)

        self.pupilGroup = QGroupBox(PersonDialog)
        self.pupilGroup.setObjectName(u"pupilGroup")
        self.pupilGroupForm = QFormLayout(self.pupilGroup)
        self.pupilGroupForm.setObjectName(u"pupilGroupForm")
        self.pupilGroupForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.classEditLabel = QLabel(self.pupilGroup)
        self.classEditLabel.setObjectName(u"classEditLabel")

        self.pupilGroupForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.classEditLabel)

        self.classEdit = QLineEdit(self.pupilGroup)
        self.classEdit.setObjectName(u"classEdit")

        self.pupilGroupForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.classEdit)

        self.categoriesBoxLabel = QLabel(self.pupilGroup)
        self.categoriesBoxLabel.setObjectName(u"categoriesBoxLabel")

        self.pupilGroupForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.categoriesBoxLabel)

        self.categoriesBox = QWidget(self.pupilGroup)
        self.categoriesBox.setObjectName(u"categoriesBox")
        self.categoriesBoxLayout = QHBoxLayout(self.categoriesBox)
        self.categoriesBoxLayout.setObjectName(u"categoriesBoxLayout")
        self.categoriesBoxLayout.setContentsMargins(0, 0, 0, 0)

        self.pupilGroupForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.categoriesBox)


        self.mainLayout.addWidget(self.pupilGroup)

        self.externalGroup = QGroupBox(PersonDialog)
        self.externalGroup.setObjectName(u"externalGroup")
        self.externalGroupForm = QFormLayout(self.externalGroup)
        self.externalGroupForm.setObjectName(u"externalGroupForm")
        self.externalGroupForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.organisationEditLabel = QLabel(self.externalGroup)
        self.organisationEditLabel.setObjectName(u"organisationEditLabel")

        self.externalGroupForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.organisationEditLabel)

        self.organisationEdit = QLineEdit(self.externalGroup)
        self.organisationEdit.setObjectName(u"organisationEdit")

        self.externalGroupForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.organisationEdit)

        self.positionOrCourseEditLabel = QLabel(self.externalGroup)
        self.positionOrCourseEditLabel.setObjectName(u"positionOrCourseEditLabel")

        self.externalGroupForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.positionOrCourseEditLabel)

        self.positionOrCourseEdit = QLineEdit(self.externalGroup)
        self.positionOrCourseEdit.setObjectName(u"positionOrCourseEdit")

        self.externalGroupForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.positionOrCourseEdit)


        self.mainLayout.addWidget(self.externalGroup)

        self.rolesBox = QWidget(PersonDialog)
        self.rolesBox.setObjectName(u"rolesBox")
        self.rolesBoxLayout = QHBoxLayout(self.rolesBox)
        self.rolesBoxLayout.setObjectName(u"rolesBoxLayout")
        self.rolesBoxLayout.setContentsMargins(0, 0, 0, 0)
        self.mentorGroup = QGroupBox(self.rolesBox)
        self.mentorGroup.setObjectName(u"mentorGroup")
        self.mentorGroup.setCheckable(True)
        self.mentorGroup.setChecked(False)
        self.mentorGroupForm = QFormLayout(self.mentorGroup)
        self.mentorGroupForm.setObjectName(u"mentorGroupForm")
        self.mentorGroupForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.resourceSpinLabel = QLabel(self.mentorGroup)
        self.resourceSpinLabel.setObjectName(u"resourceSpinLabel")

        self.mentorGroupForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.resourceSpinLabel)

        self.resourceSpin = QSpinBox(self.mentorGroup)
        self.resourceSpin.setObjectName(u"resourceSpin")
        self.resourceSpin.setMaximum(30)
        self.resourceSpin.setValue(1)

        self.mentorGroupForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.resourceSpin)

        self.competencesEditLabel = QLabel(self.mentorGroup)
        self.competencesEditLabel.setObjectName(u"competencesEditLabel")

        self.mentorGroupForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.competencesEditLabel)

        self.competencesEdit = QLineEdit(self.mentorGroup)
        self.competencesEdit.setObjectName(u"competencesEdit")

        self.mentorGroupForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.competencesEdit)


        self.rolesBoxLayout.addWidget(self.mentorGroup)

        self.menteeGroup = QGroupBox(self.rolesBox)
        self.menteeGroup.setObjectName(u"menteeGroup")
        self.menteeGroup.setCheckable(True)
        self.menteeGroup.setChecked(False)
        self.menteeGroupForm = QFormLayout(self.menteeGroup)
        self.menteeGroupForm.setObjectName(u"menteeGroupForm")
        self.menteeGroupForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.requestEditLabel = QLabel(self.menteeGroup)
        self.requestEditLabel.setObjectName(u"requestEditLabel")

        self.menteeGroupForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.requestEditLabel)

        self.requestEdit = QLineEdit(self.menteeGroup)
        self.requestEdit.setObjectName(u"requestEdit")

        self.menteeGroupForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.requestEdit)

        self.deficitsEditLabel = QLabel(self.menteeGroup)
        self.deficitsEditLabel.setObjectName(u"deficitsEditLabel")

        self.menteeGroupForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.deficitsEditLabel)

        self.deficitsEdit = QLineEdit(self.menteeGroup)
        self.deficitsEdit.setObjectName(u"deficitsEdit")

        self.menteeGroupForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.deficitsEdit)


        self.rolesBoxLayout.addWidget(self.menteeGroup)


        self.mainLayout.addWidget(self.rolesBox)

        self.errorLabel = QLabel(PersonDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(PersonDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindComboLabel.setBuddy(self.kindCombo)
        self.lastNameEditLabel.setBuddy(self.lastNameEdit)
        self.firstNameEditLabel.setBuddy(self.firstNameEdit)
        self.middleNameEditLabel.setBuddy(self.middleNameEdit)
        self.genderComboLabel.setBuddy(self.genderCombo)
        self.birthDateEditLabel.setBuddy(self.birthDateEdit)
        self.phoneEditLabel.setBuddy(self.phoneEdit)
        self.emailEditLabel.setBuddy(self.emailEdit)
        self.contactNoteEditLabel.setBuddy(self.contactNoteEdit)
        self.positionEditLabel.setBuddy(self.positionEdit)
        self.subjectsEditLabel.setBuddy(self.subjectsEdit)
        self.experienceSpinLabel.setBuddy(self.experienceSpin)
        self.hireDateEditLabel.setBuddy(self.hireDateEdit)
        self.categoryComboLabel.setBuddy(self.categoryCombo)
        self.educationEditLabel.setBuddy(self.educationEdit)
        self.shmoEditLabel.setBuddy(self.shmoEdit)
        self.classEditLabel.setBuddy(self.classEdit)
        self.categoriesBoxLabel.setBuddy(self.categoriesBox)
        self.organisationEditLabel.setBuddy(self.organisationEdit)
        self.positionOrCourseEditLabel.setBuddy(self.positionOrCourseEdit)
        self.resourceSpinLabel.setBuddy(self.resourceSpin)
        self.competencesEditLabel.setBuddy(self.competencesEdit)
        self.requestEditLabel.setBuddy(self.requestEdit)
        self.deficitsEditLabel.setBuddy(self.deficitsEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PersonDialog)

        QMetaObject.connectSlotsByName(PersonDialog)
    # setupUi

    def retranslateUi(self, PersonDialog):
        PersonDialog.setWindowTitle(QCoreApplication.translate("PersonDialog", u"\u0423\u0447\u0430\u0441\u0442\u043d\u0438\u043a", None))
        self.kindComboLabel.setText(QCoreApplication.translate("PersonDialog", u"\u041a\u0430\u0442\u0435\u0433\u043e\u0440\u0438\u044f", None))
        self.lastNameEditLabel.setText(QCoreApplication.translate("PersonDialog", u"\u0424\u0430\u043c\u0438\u043b\u0438\u044f *", None))
        self.firstNameEditLabel.setText(QCoreApplication.translate("PersonDialog", u"\u0418\u043c\u044f *", None))
        self.middleNameEditLabel.setText(QCoreApplication.translate("PersonDialog", u"\u041e\u0442\u0447\u0435\u0441\u0442\u0432\u043e", None))
        self.middleNameEdit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"\u0435\u0441\u043b\u0438 \u0435\u0441\u0442\u044c", None))
        self.genderComboLabel.setText(QCoreApplication.translate("PersonDialog", u"\u041f\u043e\u043b", None))
        self.birthDateEditLabel.setText(QCoreApplication.translate("PersonDialog", u"\u0414\u0430\u0442\u0430 \u0440\u043e\u0436\u0434\u0435\u043d\u0438\u044f", None))
        self.birthDateEdit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"\u0414\u0414.\u041c\u041c.\u0413\u0413\u0413\u0413", None))
        self.phoneEditLabel.setText(QCoreApplication.translate("PersonDialog", u"\u0422\u0435\u043b\u0435\u0444\u043e\u043d", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"+7 900 123-45-67", None))
        self.emailEditLabel.setText(QCoreApplication.translate("PersonDialog", u"\u042d\u043b. \u043f\u043e\u0447\u0442\u0430", None))
        self.emailEdit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"name@school.ru", None))
        self.contactNoteEditLabel.setText(QCoreApplication.translate("PersonDialog", u"\u041f\u0440\u0438\u043c\u0435\u0447\u0430\u043d\u0438\u0435 \u043a \u043a\u043e\u043d\u0442\u0430\u043a\u0442\u0430\u043c", None))
        self.contactNoteEdit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"\u0434\u043b\u044f \u043e\u0431\u0443\u0447\u0430\u044e\u0449\u0435\u0433\u043e\u0441\u044f \u2014 \u043a\u043e\u043d\u0442\u0430\u043a\u0442\u044b \u0440\u043e\u0434\u0438\u0442\u0435\u043b\u044f", None))
        self.staffGroup.setTitle(QCoreApplication.translate("PersonDialog", u"\u041f\u0435\u0434\u0430\u0433\u043e\u0433 / \u0441\u043e\u0442\u0440\u0443\u0434\u043d\u0438\u043a", None))
        self.positionEditLabel.setText(QCoreApplication.translate("PersonDialog", u"\u0414\u043e\u043b\u0436\u043d\u043e\u0441\u0442\u044c", None))
        self.subjectsEditLabel.setText(QCoreApplication.translate("PersonDialog", u"\u041f\u0440\u0435\u0434\u043c\u0435\u0442\u044b", None))
        self.experienceSpinLabel.setText(QCoreApplication.translate("PersonDialog", u"\u041f\u0435\u0434\u0430\u0433\u043e\u0433\u0438\u0447\u0435\u0441\u043a\u0438\u0439 \u0441\u0442\u0430\u0436, \u043b\u0435\u0442", None))
        self.experienceSpin.setSpecialValueText(QCoreApplication.translate("PersonDialog", u"\u043d\u0435 \u0443\u043a\u0430\u0437\u0430\u043d", None))
        self.hireDateEditLabel.setText(QCoreApplication.translate("PersonDialog", u"\u0414\u0430\u0442\u0430 \u043f\u0440\u0438\u0451\u043c\u0430", None))
        self.hireDateEdit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"\u0414\u0414.\u041c\u041c.\u0413\u0413\u0413\u0413", None))
        self.categoryComboLabel.setText(QCoreApplication.translate("PersonDialog", u"\u041a\u0430\u0442\u0435\u0433\u043e\u0440\u0438\u044f", None))
        self.educationEditLabel.setText(QCoreApplication.translate("PersonDialog", u"\u041e\u0431\u0440\u0430\u0437\u043e\u0432\u0430\u043d\u0438\u0435", None))
        self.shmoEditLabel.setText(QCoreApplication.translate("PersonDialog", u"\u0428\u041c\u041e", None))
        self.pupilGroup.setTitle(QCoreApplication.translate("PersonDialog", u"\u041e\u0431\u0443\u0447\u0430\u044e\u0449\u0438\u0439\u0441\u044f", None))
        self.classEditLabel.setText(QCoreApplication.translate("PersonDialog", u"\u041a\u043b\u0430\u0441\u0441 *", None))
        self.classEdit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"\u043d\u0430\u043f\u0440\u0438\u043c\u0435\u0440, 7\u0411", None))
        self.categoriesBoxLabel.setText(QCoreApplication.translate("PersonDialog", u"\u041a\u0430\u0442\u0435\u0433\u043e\u0440\u0438\u0438", None))
        self.externalGroup.setTitle(QCoreApplication.translate("PersonDialog", u"\u0421\u0442\u0443\u0434\u0435\u043d\u0442 / \u043f\u0440\u0435\u0434\u0441\u0442\u0430\u0432\u0438\u0442\u0435\u043b\u044c \u0440\u0430\u0431\u043e\u0442\u043e\u0434\u0430\u0442\u0435\u043b\u044f", None))
        self.organisationEditLabel.setText(QCoreApplication.translate("PersonDialog", u"\u041e\u0440\u0433\u0430\u043d\u0438\u0437\u0430\u0446\u0438\u044f", None))
        self.positionOrCourseEditLabel.setText(QCoreApplication.translate("PersonDialog", u"\u0414\u043e\u043b\u0436\u043d\u043e\u0441\u0442\u044c \u0438\u043b\u0438 \u043a\u0443\u0440\u0441", None))
        self.mentorGroup.setTitle(QCoreApplication.translate("PersonDialog", u"\u0412 \u0431\u0430\u0437\u0435 \u043d\u0430\u0441\u0442\u0430\u0432\u043d\u0438\u043a\u043e\u0432", None))
        self.resourceSpinLabel.setText(QCoreApplication.translate("PersonDialog", u"\u0420\u0435\u0441\u0443\u0440\u0441 (\u043d\u0430\u0441\u0442\u0430\u0432\u043b\u044f\u0435\u043c\u044b\u0445)", None))
        self.competencesEditLabel.setText(QCoreApplication.translate("PersonDialog", u"\u041a\u043e\u043c\u043f\u0435\u0442\u0435\u043d\u0446\u0438\u0438", None))
        self.menteeGroup.setTitle(QCoreApplication.translate("PersonDialog", u"\u0412 \u0431\u0430\u0437\u0435 \u043d\u0430\u0441\u0442\u0430\u0432\u043b\u044f\u0435\u043c\u044b\u0445", None))
        self.requestEditLabel.setText(QCoreApplication.translate("PersonDialog", u"\u041e\u0441\u043d\u043e\u0432\u043d\u043e\u0439 \u0437\u0430\u043f\u0440\u043e\u0441", None))
        self.deficitsEditLabel.setText(QCoreApplication.translate("PersonDialog", u"\u0414\u0435\u0444\u0438\u0446\u0438\u0442\u044b", None))
        self.errorLabel.setStyleSheet(QCoreApplication.translate("PersonDialog", u"color: #b00020;", None))
        self.errorLabel.setText("")
    # retranslateUi

