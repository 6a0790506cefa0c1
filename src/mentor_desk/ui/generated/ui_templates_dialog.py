# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_TemplatesDialog(object):
    def setupUi(self, TemplatesDialog):
        if not TemplatesDialog.objectName():
            TemplatesDialog.setObjectName(u"TemplatesDialog")
        TemplatesDialog.setMinimumSize(QSize(760, 460))
        self.mainLayout = QVBoxLayout(TemplatesDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(TemplatesDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.templatesList = QListWidget(TemplatesDialog)
        self.templatesList.setObjectName(u"templatesList")
        self.templatesList.setMinimumSize(QSize(300, 0))

        self.bodyLayout.addWidget(self.templatesList)

        self.detailLayout = QVBoxLayout()
        self.detailLayout.setObjectName(u"detailLayout")
        self.statusLabel = QLabel(TemplatesDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.detailLayout.addWidget(self.statusLabel)

        self.fieldsLabel = QLabel(TemplatesDialog)
        self.fieldsLabel.setObjectName(u"fieldsLabel")

        self.detailLayout.addWidget(self.fieldsLabel)

        self.fieldsView = QPlainTextEdit(TemplatesDialog)
        self.fieldsView.setObjectName(u"fieldsView")
        self.fieldsView.setReadOnly(True)

        self.detailLayout.addWidget(self.fieldsView)


        self.bodyLayout.addLayout(self.detailLayout)


        self.mainLayout.addLayout(self.bodyLayout)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.openButton = QPushButton(TemplatesDialog)
        self.openButton.setObjectName(u"openButton")

        self.buttonsLayout.addWidget(self.openButton)

        self.loadButton = QPushButton(TemplatesDialog)
        self.loadButton.setObjectName(u"loadButton")

        self.buttonsLayout.addWidget(self.loadButton)

        self.resetButton = QPushButton(TemplatesDialog)
        self.resetButton.setObjectName(u"resetButton")

        self.buttonsLayout.addWidget(self.resetButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)


        self.mainLayout.addLayout(self.buttonsLayout)

        self.errorLabel = QLabel(TemplatesDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(TemplatesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(TemplatesDialog)

        QMetaObject.connectSlotsByName(TemplatesDialog)
    # setupUi

    def retranslateUi(self, TemplatesDialog):
        TemplatesDialog.setWindowTitle(QCoreApplication.translate("TemplatesDialog", u"\u0428\u0430\u0431\u043b\u043e\u043d\u044b \u0434\u043e\u043a\u0443\u043c\u0435\u043d\u0442\u043e\u0432", None))
        self.introLabel.setText(QCoreApplication.translate("TemplatesDialog", u"\u0422\u0435\u043a\u0441\u0442 \u043a\u0430\u0436\u0434\u043e\u0433\u043e \u0434\u043e\u043a\u0443\u043c\u0435\u043d\u0442\u0430 \u0431\u0435\u0440\u0451\u0442\u0441\u044f \u0438\u0437 \u0448\u0430\u0431\u043b\u043e\u043d\u0430 Word. \u041e\u0442\u043a\u0440\u043e\u0439\u0442\u0435 \u0448\u0430\u0431\u043b\u043e\u043d \u0432 Word \u0438\u043b\u0438 LibreOffice Writer, \u0438\u0437\u043c\u0435\u043d\u0438\u0442\u0435 \u0444\u043e\u0440\u043c\u0443\u043b\u0438\u0440\u043e\u0432\u043a\u0438, \u0441\u043e\u0445\u0440\u0430\u043d\u0438\u0442\u0435 \u043a\u0430\u043a \u00ab\u0414\u043e\u043a\u0443\u043c\u0435\u043d\u0442 Word (.docx)\u00bb \u0438 \u0437\u0430\u0433\u0440\u0443\u0437\u0438\u0442\u0435 \u043e\u0431\u0440\u0430\u0442\u043d\u043e. \u041f\u043e\u043b\u044f \u0432 \u0434\u0432\u043e\u0439\u043d\u044b\u0445 \u0444\u0438\u0433\u0443\u0440\u043d\u044b\u0445 \u0441\u043a\u043e\u0431\u043a\u0430\u0445 \u0437\u0430\u043f\u043e\u043b\u043d\u044f\u0435\u0442 \u043f\u0440\u043e\u0433\u0440\u0430\u043c\u043c\u0430;"
                        " \u0443\u0441\u043b\u043e\u0432\u0438\u044f {% if \u2026 %} \u2026 {% endif %} \u0438 \u043f\u043e\u0432\u0442\u043e\u0440\u044b {%p for \u2026 %} \u043c\u0435\u043d\u044f\u0442\u044c \u043d\u0435 \u043d\u0443\u0436\u043d\u043e.", None))
        self.fieldsLabel.setText(QCoreApplication.translate("TemplatesDialog", u"\u041f\u043e\u043b\u044f, \u043a\u043e\u0442\u043e\u0440\u044b\u0435 \u043c\u043e\u0436\u043d\u043e \u0438\u0441\u043f\u043e\u043b\u044c\u0437\u043e\u0432\u0430\u0442\u044c \u0432 \u0448\u0430\u0431\u043b\u043e\u043d\u0435:", None))
        self.openButton.setText(QCoreApplication.translate("TemplatesDialog", u"&\u041e\u0442\u043a\u0440\u044b\u0442\u044c \u0432 Word/Writer", None))
        self.loadButton.setText(QCoreApplication.translate("TemplatesDialog", u"&\u0417\u0430\u0433\u0440\u0443\u0437\u0438\u0442\u044c \u0438\u0437\u043c\u0435\u043d\u0451\u043d\u043d\u044b\u0439\u2026", None))
        self.resetButton.setText(QCoreApplication.translate("TemplatesDialog", u"&\u0412\u0435\u0440\u043d\u0443\u0442\u044c \u0438\u0441\u0445\u043e\u0434\u043d\u044b\u0439", None))
        self.errorLabel.setStyleSheet(QCoreApplication.translate("TemplatesDialog", u"color: #b00020;", None))
    # retranslateUi

