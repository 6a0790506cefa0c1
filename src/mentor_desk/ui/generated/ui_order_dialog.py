# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QListView, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_OrderDialog(object):
    def setupUi(self, OrderDialog):
        if not OrderDialog.objectName():
            OrderDialog.setObjectName(u"OrderDialog")
        OrderDialog.setMinimumSize(QSize(620, 560))
        self.mainLayout = QVBoxLayout(OrderDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainForm = QFormLayout()
        self.mainForm.setObjectName(u"mainForm")
        self.mainForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.numberEditLabel = QLabel(OrderDialog)
        self.numberEditLabel.setObjectName(u"numberEditLabel")

        self.mainForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.numberEditLabel)

        self.numberEdit = QLineEdit(OrderDialog)
        self.numberEdit.setObjectName(u"numberEdit")

        self.mainForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.numberEdit)

        self.dateEditLabel = QLabel(OrderDialog)
        self.dateEditLabel.setObjectName(u"dateEditLabel")

        self.mainForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateEditLabel)

        self.dateEdit = QDateEdit(OrderDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.mainForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.titleEditLabel = QLabel(OrderDialog)
        self.titleEditLabel.setObjectName(u"titleEditLabel")

        self.mainForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.titleEditLabel)

        self.titleEdit = QLineEdit(OrderDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.mainForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.preambleEditLabel = QLabel(OrderDialog)
        self.preambleEditLabel.setObjectName(u"preambleEditLabel")

        self.mainForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.preambleEditLabel)

        self.preambleEdit = QPlainTextEdit(OrderDialog)
        self.preambleEdit.setObjectName(u"preambleEdit")
        self.preambleEdit.setMaximumSize(QSize(16777215, 70))

        self.mainForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.preambleEdit)

        self.yearEditLabel = QLabel(OrderDialog)
        self.yearEditLabel.setObjectName(u"yearEditLabel")

        self.mainForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.yearEditLabel)

        self.yearEdit = QLineEdit(OrderDialog)
        self.yearEdit.setObjectName(u"yearEdit")

        self.mainForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.yearEdit)

        self.coordinatorComboLabel = QLabel(OrderDialog)
        self.coordinatorComboLabel.setObjectName(u"coordinatorComboLabel")

        self.mainForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.coordinatorComboLabel)

        self.coordinatorCombo = QComboBox(OrderDialog)
        self.coordinatorCombo.setObjectName(u"coordinatorCombo")

        self.mainForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.coordinatorCombo)

        self.amendmentComboLabel = QLabel(OrderDialog)
        self.amendmentComboLabel.setObjectName(u"amendmentComboLabel")

        self.mainForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.amendmentComboLabel)

        self.amendmentLayout = QHBoxLayout()
        self.amendmentLayout.setObjectName(u"amendmentLayout")
        self.amendmentCombo = QComboBox(OrderDialog)
        self.amendmentCombo.setObjectName(u"amendmentCombo")

        self.amendmentLayout.addWidget(self.amendmentCombo)

        self.amendsCombo = QComboBox(OrderDialog)
        self.amendsCombo.setObjectName(u"amendsCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.amendsCombo.sizePolicy().hasHeightForWidth())
        self.amendsCombo.setSizePolicy(sizePolicy)

        self.amendmentLayout.addWidget(self.amendsCombo)


        self.mainForm.setLayout(6, QFormLayout.ItemRole.FieldRole, self.amendmentLayout)


        self.mainLayout.addLayout(self.mainForm)

        self.pairsLabel = QLabel(OrderDialog)
        self.pairsLabel.setObjectName(u"pairsLabel")

        self.mainLayout.addWidget(self.pairsLabel)

        self.pairsSearchEdit = QLineEdit(OrderDialog)
        self.pairsSearchEdit.setObjectName(u"pairsSearchEdit")
        self.pairsSearchEdit.setClearButtonEnabled(True)

        self.mainLayout.addWidget(self.pairsSearchEdit)

        self.pairsView = QListView(OrderDialog)
        self.pairsView.setObjectName(u"pairsView")
        self.pairsView.setAlternatingRowColors(True)

        self.mainLayout.addWidget(self.pairsView)

        self.countLabel = QLabel(OrderDialog)
        self.countLabel.setObjectName(u"countLabel")

        self.mainLayout.addWidget(self.countLabel)

        self.errorLabel = QLabel(OrderDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(OrderDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.numberEditLabel.setBuddy(self.numberEdit)
        self.dateEditLabel.setBuddy(self.dateEdit)
        self.titleEditLabel.setBuddy(self.titleEdit)
        self.preambleEditLabel.setBuddy(self.preambleEdit)
        self.yearEditLabel.setBuddy(self.yearEdit)
        self.coordinatorComboLabel.setBuddy(self.coordinatorCombo)
        self.amendmentComboLabel.setBuddy(self.amendmentCombo)
        self.pairsLabel.setBuddy(self.pairsView)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.numberEdit, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.preambleEdit)
        QWidget.setTabOrder(self.preambleEdit, self.yearEdit)
        QWidget.setTabOrder(self.yearEdit, self.coordinatorCombo)
        QWidget.setTabOrder(self.coordinatorCombo, self.amendmentCombo)
        QWidget.setTabOrder(self.amendmentCombo, self.amendsCombo)
        QWidget.setTabOrder(self.amendsCombo, self.pairsSearchEdit)
        QWidget.setTabOrder(self.pairsSearchEdit, self.pairsView)

        self.retranslateUi(OrderDialog)

        QMetaObject.connectSlotsByName(OrderDialog)
    # setupUi

    def retranslateUi(self, OrderDialog):
        OrderDialog.setWindowTitle(QCoreApplication.translate("OrderDialog", u"\u041f\u0440\u0438\u043a\u0430\u0437", None))
        self.numberEditLabel.setText(QCoreApplication.translate("OrderDialog", u"&\u041d\u043e\u043c\u0435\u0440 *", None))
        self.numberEdit.setPlaceholderText(QCoreApplication.translate("OrderDialog", u"\u043d\u0430\u043f\u0440\u0438\u043c\u0435\u0440, 135-\u043e", None))
        self.dateEditLabel.setText(QCoreApplication.translate("OrderDialog", u"&\u0414\u0430\u0442\u0430 *", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("OrderDialog", u"dd.MM.yyyy", None))
        self.titleEditLabel.setText(QCoreApplication.translate("OrderDialog", u"&\u0417\u0430\u0433\u043e\u043b\u043e\u0432\u043e\u043a", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("OrderDialog", u"\u0435\u0441\u043b\u0438 \u043f\u0443\u0441\u0442\u043e \u2014 \u043f\u043e \u0432\u0438\u0434\u0443 \u043f\u0440\u0438\u043a\u0430\u0437\u0430", None))
        self.preambleEditLabel.setText(QCoreApplication.translate("OrderDialog", u"&\u041e\u0441\u043d\u043e\u0432\u0430\u043d\u0438\u0435", None))
        self.preambleEdit.setPlaceholderText(QCoreApplication.translate("OrderDialog", u"\u0435\u0441\u043b\u0438 \u043f\u0443\u0441\u0442\u043e \u2014 \u0441\u0442\u0430\u043d\u0434\u0430\u0440\u0442\u043d\u044b\u0439 \u0442\u0435\u043a\u0441\u0442 \u0441\u043e \u0441\u0441\u044b\u043b\u043a\u043e\u0439 \u043d\u0430 \u043f\u043e\u043b\u043e\u0436\u0435\u043d\u0438\u0435 \u043e \u043d\u0430\u0441\u0442\u0430\u0432\u043d\u0438\u0447\u0435\u0441\u0442\u0432\u0435", None))
        self.yearEditLabel.setText(QCoreApplication.translate("OrderDialog", u"&\u0423\u0447\u0435\u0431\u043d\u044b\u0439 \u0433\u043e\u0434", None))
        self.yearEdit.setPlaceholderText(QCoreApplication.translate("OrderDialog", u"\u0435\u0441\u043b\u0438 \u043f\u0443\u0441\u0442\u043e \u2014 \u0433\u043e\u0434, \u043d\u0430 \u043a\u043e\u0442\u043e\u0440\u044b\u0439 \u0434\u0435\u0439\u0441\u0442\u0432\u0443\u0435\u0442 \u043f\u0440\u0438\u043a\u0430\u0437 (\u043f\u043e\u0434\u043f\u0438\u0441\u0430\u043d \u0432 \u0430\u0432\u0433\u0443\u0441\u0442\u0435 \u2014 \u0441\u043b\u0435\u0434\u0443\u044e\u0449\u0438\u0439)", None))
        self.coordinatorComboLabel.setText(QCoreApplication.translate("OrderDialog", u"&\u041a\u0443\u0440\u0430\u0442\u043e\u0440 *", None))
        self.amendmentComboLabel.setText(QCoreApplication.translate("OrderDialog", u"&\u041f\u0440\u0435\u0436\u043d\u0438\u0439 \u043f\u0440\u0438\u043a\u0430\u0437", None))
        self.pairsLabel.setText(QCoreApplication.translate("OrderDialog", u"&\u041f\u0430\u0440\u044b \u0438 \u0433\u0440\u0443\u043f\u043f\u044b, \u043a\u043e\u0442\u043e\u0440\u044b\u0435 \u0437\u0430\u043a\u0440\u0435\u043f\u043b\u044f\u0435\u0442 \u043f\u0440\u0438\u043a\u0430\u0437:", None))
        self.pairsSearchEdit.setPlaceholderText(QCoreApplication.translate("OrderDialog", u"\u041f\u043e\u0438\u0441\u043a \u043f\u043e \u0424\u0418\u041e", None))
    # retranslateUi

